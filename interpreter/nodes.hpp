// The executable tree: what the compile pass builds and the evaluator walks.
//
// Every node keeps the CPython position of the syntax it came from. An
// expression node's eval() returns a new reference, or null with the pending
// exception set; a statement's exec() returns how control leaves it. Names
// are already resolved: a local is a slot index, a global a dict lookup.
//
// Tracebacks: the node whose *own* operation fails (a call, an operator, a
// subscript, a name lookup, a raise) records the frame and its position with
// fail(); failures of child nodes are just passed up. So each frame the
// exception crosses gets exactly one entry, at the innermost failing
// operation, as CPython's PyTraceBack_Here gives.
#pragma once

#include "grammar/position.hpp"
#include "interpreter/frame.hpp"
#include "runtime/core/attribute_cache.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/operators.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minipy {
struct MethodDescriptor;
struct Str;
struct Tuple;
}  // namespace minipy

namespace minipy::interp {

// Yield: a stackless generator's body suspends (interpreter/resumable.hpp).
enum class Flow : unsigned char { Normal, Break, Continue, Return, Error, Yield };

class Node {
public:
    explicit Node(const ast::Position& pos) : pos_(pos) {}
    virtual ~Node() = default;
    const ast::Position& pos() const { return pos_; }

    // Adds a traceback entry for `frame` at this node; returns null.
    std::nullptr_t fail(Frame& frame) const;
    // The same for statements.
    Flow fail_flow(Frame& frame) const {
        fail(frame);
        return Flow::Error;
    }
    // A condition that failed (ExprNode::eval_truth below 0): a failed truth
    // test of its value (-2) is reported here; a failed evaluation (-1) is
    // in the traceback already.
    Flow condition_failed(Frame& frame, int truth) const { return truth == -2 ? fail_flow(frame) : Flow::Error; }

private:
    ast::Position pos_;
};

class ExprNode : public Node {
public:
    using Node::Node;
    virtual Ref<> eval(Frame& frame) const = 0;

    // The value as a condition: 1 or 0; -1 when evaluating failed (the
    // traceback has it), -2 when the value's truth test failed (the caller
    // reports that, at its own position). Comparisons answer without
    // making a bool object.
    [[nodiscard]] virtual int eval_truth(Frame& frame) const;

    // The value of an operand that the caller only reads during its own
    // operation: a local variable is lent straight from its frame slot, a
    // constant from the code object (no virtual call, no reference count
    // traffic); anything else is evaluated into `hold`, which keeps it
    // alive. Null on error.
    Object* eval_operand(Frame& frame, Ref<>& hold) const {
        if (lendable_slot_ >= 0) {
            if (Object* v = frame.slots[lendable_slot_]) return v;
        } else if (lent_constant_) {
            return lent_constant_;
        }
        hold = eval(frame);
        return hold.get();
    }

    // The node is a local or a constant whose value the caller may borrow
    // (eval_operand answers without evaluating anything). `a[i]`, `i + 1`,
    // `if i < n:`, `self.x` and `i += 1` on such operands compile to the
    // Lent* kinds, whose eval answers the common case (a list item, machine
    // ints, floats, strs, a cached instance attribute) with no reference
    // held, no virtual call for the operands and no registers to save, as
    // CPython's specialised instructions do; anything else (an unbound
    // local, other types) goes on to the general node's path.
    bool lends() const { return lendable_slot_ >= 0 || lent_constant_; }

    // How peek_number (interpreter/peek_number.hpp) reads the node's value
    // as a number without evaluating anything: a lent local or constant,
    // the value in a cell (a closure's variable), an attribute the cache
    // finds on a lent object, a list or tuple item at a lent index of a
    // lent sequence, or arithmetic on such.
    enum class Peek : std::uint8_t { Never, Lent, Cell, Attribute, Item, Arithmetic };
    Peek peek() const { return lends() ? Peek::Lent : peek_; }
    // That value, or null for an unbound local.
    Object* lent_value(const Frame& frame) const {
        return lendable_slot_ >= 0 ? frame.slots[lendable_slot_] : lent_constant_;
    }

protected:
    // Set by LocalNode: the slot of a local that no expression of its scope
    // rebinds (a walrus could free the lent value while the caller holds it).
    int lendable_slot_ = -1;
    // Set by ConstantNode: its value, which the running code object holds.
    Object* lent_constant_ = nullptr;
    // Set by LentAttributeNode, LentSubscriptNode and BinaryNode.
    Peek peek_ = Peek::Never;
};

class StmtNode : public Node {
public:
    using Node::Node;
    virtual Flow exec(Frame& frame) const = 0;
};

// Something a value can be stored into: a name, attribute, subscript, or an
// unpacking pattern. store() takes the reference it is given.
class TargetNode : public Node {
public:
    using Node::Node;
    [[nodiscard]] virtual bool store(Frame& frame, Ref<> value) const = 0;
    [[nodiscard]] virtual bool remove(Frame& frame) const = 0;  // `del target`
};

// ============================================================== names

// The value is borrowed from the code object's constants (CodeObject::consts).
class ConstantNode final : public ExprNode {
public:
    ConstantNode(const ast::Position& pos, Object* value) : ExprNode(pos), value_(value) { lent_constant_ = value; }
    Ref<> eval(Frame&) const override { return share(value_); }
    Object* value() const { return value_; }

private:
    Object* value_;
};

// A function's local variable (fast slot).
class LocalNode final : public ExprNode {
public:
    LocalNode(const ast::Position& pos, int slot, Str* name, bool lendable) : ExprNode(pos), slot_(slot), name_(name) {
        if (lendable) lendable_slot_ = slot;
    }
    Ref<> eval(Frame& frame) const override;
    int slot() const { return slot_; }

private:
    int slot_;
    Str* name_;  // interned, for the UnboundLocalError message
};

// A variable held in a cell: captured by an inner function (cell) or
// captured from an outer one (free).
class CellNode final : public ExprNode {
public:
    CellNode(const ast::Position& pos, int slot, Str* name, bool free)
        : ExprNode(pos), slot_(slot), name_(name), free_(free) {
        peek_ = Peek::Cell;
    }
    Ref<> eval(Frame& frame) const override;
    int slot() const { return slot_; }
    // The cell's value, borrowed; null when it is empty (peek_number.hpp).
    Object* peek_cell(const Frame& frame) const;

private:
    int slot_;
    Str* name_;
    bool free_;
};

// What a site reading a global name remembers (CPython 3.11's LOAD_GLOBAL
// cache): where the name was last found in the globals and in the builtins,
// and a state of the globals known not to hold it. A hint is checked before
// it is trusted; a dict version names one state of one dict.
struct GlobalNameCache {
    const Dict* absent_from = nullptr;
    std::uint64_t absent_version = 0;
    std::int32_t globals_hint = -1;
    std::int32_t builtins_hint = -1;
};

// globals, then builtins (CPython's LOAD_GLOBAL).
class GlobalNode final : public ExprNode {
public:
    GlobalNode(const ast::Position& pos, Str* name) : ExprNode(pos), name_(name) {}
    Ref<> eval(Frame& frame) const override;

private:
    Str* name_;
    mutable GlobalNameCache cache_;
};

// The namespace of a module or class body, then globals, then builtins (LOAD_NAME).
class NameNode final : public ExprNode {
public:
    NameNode(const ast::Position& pos, Str* name) : ExprNode(pos), name_(name) {}
    Ref<> eval(Frame& frame) const override;

private:
    Str* name_;
    mutable GlobalNameCache cache_;
};

// In a class body, a variable of an enclosing function: the class namespace
// first, then the cell (LOAD_CLASSDEREF).
class ClassDerefNode final : public ExprNode {
public:
    ClassDerefNode(const ast::Position& pos, Str* name, int slot) : ExprNode(pos), name_(name), slot_(slot) {}
    Ref<> eval(Frame& frame) const override;

private:
    Str* name_;
    int slot_;
};

class LocalTarget final : public TargetNode {
public:
    LocalTarget(const ast::Position& pos, int slot, Str* name) : TargetNode(pos), slot_(slot), name_(name) {}
    bool store(Frame& frame, Ref<> value) const override;
    bool remove(Frame& frame) const override;
    int slot() const { return slot_; }

private:
    int slot_;
    Str* name_;
};

class CellTarget final : public TargetNode {
public:
    CellTarget(const ast::Position& pos, int slot, Str* name, bool free)
        : TargetNode(pos), slot_(slot), name_(name), free_(free) {}
    bool store(Frame& frame, Ref<> value) const override;
    bool remove(Frame& frame) const override;

private:
    int slot_;
    Str* name_;
    bool free_;
};

class GlobalTarget final : public TargetNode {
public:
    GlobalTarget(const ast::Position& pos, Str* name) : TargetNode(pos), name_(name) {}
    bool store(Frame& frame, Ref<> value) const override;
    bool remove(Frame& frame) const override;

private:
    Str* name_;
    mutable std::int32_t hint_ = -1;  // the name's last entry position in the globals
};

class NameTarget final : public TargetNode {
public:
    NameTarget(const ast::Position& pos, Str* name) : TargetNode(pos), name_(name) {}
    bool store(Frame& frame, Ref<> value) const override;
    bool remove(Frame& frame) const override;

private:
    Str* name_;
    mutable std::int32_t hint_ = -1;  // the name's last entry position in the namespace
};

// ====================================================== attribute/item

class AttributeNode : public ExprNode {
public:
    AttributeNode(const ast::Position& pos, ExprNode* object, Str* name) : ExprNode(pos), object_(object), name_(name) {}
    Ref<> eval(Frame& frame) const override;
    ExprNode* object() const { return object_; }
    Str* name() const { return name_; }

protected:
    ExprNode* object_;
    Str* name_;
    mutable AttributeCache cache_;
};

// `self.x` where the object lends its value (ExprNode::lends): an instance
// attribute the cache finds is answered without a reference held or a
// virtual call, as CPython's LOAD_ATTR_INSTANCE_VALUE.
class LentAttributeNode final : public AttributeNode {
public:
    LentAttributeNode(const ast::Position& pos, ExprNode* object, Str* name) : AttributeNode(pos, object, name) {
        peek_ = Peek::Attribute;
    }
    Ref<> eval(Frame& frame) const override;

    // The attribute as the cache finds it, borrowed, with nothing run; null
    // when the cache cannot answer.
    Object* peek_attribute(const Frame& frame) const {
        Object* object = object_->lent_value(frame);
        return object ? cached_instance_attribute(object, name_, cache_) : nullptr;
    }
};

class AttributeTarget final : public TargetNode {
public:
    AttributeTarget(const ast::Position& pos, ExprNode* object, Str* name)
        : TargetNode(pos), object_(object), name_(name) {}
    bool store(Frame& frame, Ref<> value) const override;
    bool remove(Frame& frame) const override;

private:
    ExprNode* object_;
    Str* name_;
    mutable AttributeCache cache_;
};

class SubscriptNode : public ExprNode {
public:
    SubscriptNode(const ast::Position& pos, ExprNode* object, ExprNode* index)
        : ExprNode(pos), object_(object), index_(index) {}
    Ref<> eval(Frame& frame) const override;

protected:
    ExprNode* object_;
    ExprNode* index_;
};

// `a[i]` where both operands lend their values (ExprNode::lends).
class LentSubscriptNode final : public SubscriptNode {
public:
    LentSubscriptNode(const ast::Position& pos, ExprNode* object, ExprNode* index) : SubscriptNode(pos, object, index) {
        peek_ = Peek::Item;
    }
    Ref<> eval(Frame& frame) const override;

    // A list or tuple item indexed by a machine int, borrowed, with nothing
    // run; null otherwise (interpreter/peek_number.hpp).
    inline Object* peek_item(const Frame& frame) const;
};

class SubscriptTarget final : public TargetNode {
public:
    SubscriptTarget(const ast::Position& pos, ExprNode* object, ExprNode* index)
        : TargetNode(pos), object_(object), index_(index) {}
    bool store(Frame& frame, Ref<> value) const override;
    bool remove(Frame& frame) const override;

private:
    ExprNode* object_;
    ExprNode* index_;
};

class SliceNode final : public ExprNode {
public:
    SliceNode(const ast::Position& pos, ExprNode* lower, ExprNode* upper, ExprNode* step)
        : ExprNode(pos), lower_(lower), upper_(upper), step_(step) {}
    Ref<> eval(Frame& frame) const override;

private:
    ExprNode* lower_;  // each may be null
    ExprNode* upper_;
    ExprNode* step_;
};

// a, *b, c = value  (and the list form)
class UnpackTarget final : public TargetNode {
public:
    UnpackTarget(const ast::Position& pos, std::vector<TargetNode*> targets, int star_index);
    bool store(Frame& frame, Ref<> value) const override;
    bool remove(Frame& frame) const override;

private:
    bool store_items(Frame& frame, Ref<>* items) const;  // one item per target

    std::vector<TargetNode*> targets_;
    // `for k, v in ...` in a function: the targets' slots when every target
    // is a local, which store_items then fills without virtual calls.
    std::vector<int> local_slots_;
    int star_index_;  // -1 when there is no starred target
};

// ========================================================== operators

struct Unboxed;

// How a node that guesses its operands can be peeked (peek_number) stops
// guessing: after kLimit misses at that node (an operand that is a str, a
// list, an int past a machine word ...), it only evaluates.
class PeekMisses {
public:
    bool exhausted() const { return misses_ >= kLimit; }
    void note() const { ++misses_; }

private:
    static constexpr std::uint8_t kLimit = 16;
    mutable std::uint8_t misses_ = 0;
};

class BinaryNode : public ExprNode {
public:
    BinaryNode(const ast::Position& pos, BinaryOp op, ExprNode* left, ExprNode* right);
    Ref<> eval(Frame& frame) const override;

    // The value, unboxed when it is a machine int or a float computed from
    // such operands (interpreter/number_fast.hpp): 1 with `out` set, 0 with
    // the value as an object in `boxed`, -1 on error (the traceback has it).
    int eval_unboxed(Frame& frame, Unboxed& out, Ref<>& boxed) const;

    // The value computed from operands that peek_number reads, every
    // operator done unboxed; false, with nothing run, when an operand is
    // not such a number or an operator needs the general protocol.
    bool peek_arithmetic(const Frame& frame, Unboxed& out) const;

protected:
    Ref<> eval_nested(Frame& frame) const;  // eval when an operand is a BinaryNode
    int eval_unboxed_in_full(Frame& frame, Unboxed& out, Ref<>& boxed) const;  // operands not lent
    // The operation through the general protocol (binary_op).
    Ref<> apply_generic(Frame& frame, Object* left, Object* right) const;

    BinaryOp op_;
    bool left_binary_;   // the operand is itself a BinaryNode, whose value
    bool right_binary_;  // comes unboxed
    // Both operands can be peeked (peek_number): eval and eval_unboxed try
    // that first, until it has missed too often.
    bool peekable_;
    PeekMisses peek_misses_;
    bool try_peek(const Frame& frame, Unboxed& out) const;
    ExprNode* left_;
    ExprNode* right_;
};

// `a.x - b.x`, `p[0] * k`: operands that peek_number reads, neither of
// them arithmetic itself (a nested node is computed unboxed as a whole,
// BinaryNode::eval_unboxed). eval tries the unboxed operation first, then
// BinaryNode's path. A kind of its own, so that the plain node's C++ frame
// has no room for the unboxed value: `n + f(n - 1)` has that frame on
// every level of the recursion.
class PeekedBinaryNode final : public BinaryNode {
public:
    using BinaryNode::BinaryNode;
    Ref<> eval(Frame& frame) const override;
    // Whether a node with these operands is one.
    static bool suits(const ExprNode* left, const ExprNode* right);
};

// `i + 1` where both operands lend their values (ExprNode::lends).
class LentBinaryNode final : public BinaryNode {
public:
    using BinaryNode::BinaryNode;
    Ref<> eval(Frame& frame) const override;
};

// Every 64th level of a deeply nested expression (Compiler::expr): checks
// that the C++ stack has room before evaluating the levels below, which
// recurse with no check of their own.
class StackCheckNode final : public ExprNode {
public:
    StackCheckNode(const ast::Position& pos, ExprNode* inner) : ExprNode(pos), inner_(inner) {}
    Ref<> eval(Frame& frame) const override;
    int eval_truth(Frame& frame) const override;

private:
    bool check(Frame& frame) const;
    ExprNode* inner_;
};

class UnaryNode final : public ExprNode {
public:
    UnaryNode(const ast::Position& pos, UnaryOp op, ExprNode* operand) : ExprNode(pos), op_(op), operand_(operand) {}
    Ref<> eval(Frame& frame) const override;

private:
    UnaryOp op_;
    ExprNode* operand_;
};

class NotNode final : public ExprNode {
public:
    NotNode(const ast::Position& pos, ExprNode* operand) : ExprNode(pos), operand_(operand) {}
    Ref<> eval(Frame& frame) const override;
    int eval_truth(Frame& frame) const override;

private:
    ExprNode* operand_;
};

// a and b and c / a or b: the deciding operand itself is the result.
class BoolOpNode final : public ExprNode {
public:
    BoolOpNode(const ast::Position& pos, bool is_and, std::vector<ExprNode*> values)
        : ExprNode(pos), is_and_(is_and), values_(std::move(values)) {}
    Ref<> eval(Frame& frame) const override;
    int eval_truth(Frame& frame) const override;

private:
    bool is_and_;
    std::vector<ExprNode*> values_;
};

enum class CompareKind : unsigned char { Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn };

// a < b <= c: each operand evaluated once, stopping at the first false
// link. A failing link is reported at the whole chain, as CPython 3.11 does.
class CompareNode : public ExprNode {
public:
    CompareNode(const ast::Position& pos, ExprNode* left, std::vector<CompareKind> ops,
                std::vector<ExprNode*> comparators);
    Ref<> eval(Frame& frame) const override;
    int eval_truth(Frame& frame) const override;

    // One order or equality comparison (`a < b`, `x == 'op'`).
    bool single() const { return ops_.size() == 1 && ops_[0] <= CompareKind::Ge; }

protected:
    // One comparison of two objects, as a condition.
    int truth_of(Frame& frame, Object* left, Object* right) const;
    // The same through the general protocol (compare).
    int truth_generic(Frame& frame, Object* left, Object* right) const;
    int eval_truth_nested(Frame& frame) const;  // eval_truth when an operand is a BinaryNode
    int eval_truth_peeked(Frame& frame) const;

    // `a * a < n`: one comparison with an arithmetic operand, whose value
    // comes unboxed (BinaryNode::eval_unboxed).
    bool left_binary_ = false;
    bool right_binary_ = false;
    // `x % 2 == 0`, `a.x < b.x`: one comparison of operands peek_number
    // reads, one of them more than a lent value; tried first, as BinaryNode.
    bool peekable_ = false;
    PeekMisses peek_misses_;
    ExprNode* left_;
    std::vector<CompareKind> ops_;
    std::vector<ExprNode*> comparators_;
};

// `i < n` where both operands lend their values (ExprNode::lends).
class LentCompareNode final : public CompareNode {
public:
    using CompareNode::CompareNode;
    int eval_truth(Frame& frame) const override;
};

class IfExpNode final : public ExprNode {
public:
    IfExpNode(const ast::Position& pos, ExprNode* test, ExprNode* body, ExprNode* orelse)
        : ExprNode(pos), test_(test), body_(body), orelse_(orelse) {}
    Ref<> eval(Frame& frame) const override;

private:
    ExprNode* test_;
    ExprNode* body_;
    ExprNode* orelse_;
};

class NamedExprNode final : public ExprNode {
public:
    NamedExprNode(const ast::Position& pos, TargetNode* target, ExprNode* value)
        : ExprNode(pos), target_(target), value_(value) {}
    Ref<> eval(Frame& frame) const override;

private:
    TargetNode* target_;
    ExprNode* value_;
};

// ============================================================== calls

// One argument of a call with unpacking: `x`, `*xs`, `name=x` or `**kw`.
struct CallArg {
    enum class Kind : unsigned char { Positional, Star, Keyword, DoubleStar } kind;
    ExprNode* value;
    Str* name;  // Keyword only
};

// f(a, b, k=c): positional arguments and keywords, no unpacking.
class CallNode final : public ExprNode {
public:
    CallNode(const ast::Position& pos, ExprNode* func, std::vector<ExprNode*> args, Ref<Tuple> kwnames);
    ~CallNode() override;
    Ref<> eval(Frame& frame) const override;

private:
    Ref<> call_through_buffer(Frame& frame, Ref<> func, bool& args_failed) const;

    ExprNode* func_;
    std::vector<ExprNode*> args_;  // positional, then keyword values
    Tuple* kwnames_;               // owned; null without keywords
};

// obj.name(args): looks the method up without making a bound method when
// it is a plain function on the type (CPython's LOAD_METHOD / CALL).
class MethodCallNode : public ExprNode {
public:
    MethodCallNode(const ast::Position& pos, const ast::Position& attribute_pos, ExprNode* object, Str* name,
                   std::vector<ExprNode*> args, Ref<Tuple> kwnames);
    ~MethodCallNode() override;
    Ref<> eval(Frame& frame) const override;

protected:
    // A builtin method of the object's builtin type, called with at most
    // this many positional arguments.
    static constexpr std::size_t kMaxBuiltinMethodArgs = 3;
    Ref<> call_builtin_method(Frame& frame, Ref<> object, const MethodDescriptor* method) const;
    // Any other call: `found` is the unbound method the object's type
    // gives (borrowed), or null when the attribute must be fetched.
    Ref<> call_through_buffer(Frame& frame, Ref<> object, Object* found) const;

    ast::Position attribute_pos_;  // `obj.name`: where a failed lookup is reported
    ExprNode* object_;
    Str* name_;
    std::vector<ExprNode*> args_;
    Tuple* kwnames_;  // owned; null without keywords
    mutable AttributeCache cache_;
};

// `super().name(args)` in a method whose first parameter and __class__ cell
// are plain slots. When `super` is the builtin and what super() would find
// is a plain function, that function is called with the method's first
// argument prepended, with no super object and no bound method made (as
// CPython 3.12's LOAD_SUPER_ATTR, which 3.11 lacks). The collector counts
// the two objects as made and freed where CPython 3.11 makes and frees
// them, so that collections fall where they fall there; the references
// held during the call are those CPython's stack holds. Anything else, and
// everything while tracemalloc traces, takes MethodCallNode's path.
class SuperMethodCallNode final : public MethodCallNode {
public:
    // `object`: the `super()` call, for that path; `super_name`: the name
    // `super` on its own; `class_slot`: the slot of the __class__ cell.
    SuperMethodCallNode(const ast::Position& pos, const ast::Position& attribute_pos, ExprNode* object,
                        ExprNode* super_name, int class_slot, Str* name, std::vector<ExprNode*> args,
                        Ref<Tuple> kwnames);
    Ref<> eval(Frame& frame) const override;

private:
    Object* find_function(const Frame& frame, Object* self) const;
    Ref<> call_through_buffer(Frame& frame, Ref<> function, Ref<> self) const;

    ExprNode* super_name_;
    int class_slot_;
    bool args_lend_;  // every argument lends its value: nothing runs between the lookup and the call
    // The last answer: `function_` (borrowed) for type(self) at this version
    // and that __class__, as a type's version changes with its MRO or dicts.
    mutable std::uint32_t type_version_ = 0;
    mutable const Type* class_ = nullptr;
    mutable Object* function_ = nullptr;
};

// f(*args, **kwargs) and any mix with plain arguments.
class StarCallNode final : public ExprNode {
public:
    StarCallNode(const ast::Position& pos, ExprNode* func, std::vector<CallArg> args)
        : ExprNode(pos), func_(func), args_(std::move(args)) {}
    Ref<> eval(Frame& frame) const override;

private:
    ExprNode* func_;
    std::vector<CallArg> args_;
};

// ============================================================ displays

// An element of a display: `x` or `*xs`.
struct DisplayItem {
    ExprNode* value;
    bool starred;
};

enum class DisplayKind : unsigned char { Tuple, List, Set };

class DisplayNode final : public ExprNode {
public:
    DisplayNode(const ast::Position& pos, DisplayKind kind, std::vector<DisplayItem> items);
    Ref<> eval(Frame& frame) const override;

private:
    Ref<> eval_small_tuple(Frame& frame) const;

    // Tuple displays of at most this many items and no `*x` are built by
    // eval_small_tuple.
    static constexpr std::size_t kSmallTuple = 8;

    DisplayKind kind_;
    std::vector<DisplayItem> items_;
    // The room a list or tuple display starts with: its items up to the
    // first `*x`, except that a display of more than 30 items starts empty
    // (CPython's starunpack_helper and its STACK_USE_GUIDELINE).
    std::int64_t exact_prefix_ = 0;
};

// {k: v, **other}: a null key means "merge the mapping `value`".
class DictNode final : public ExprNode {
public:
    DictNode(const ast::Position& pos, std::vector<ExprNode*> keys, std::vector<ExprNode*> values)
        : ExprNode(pos), keys_(std::move(keys)), values_(std::move(values)) {}
    Ref<> eval(Frame& frame) const override;

private:
    // The dict of the plain items [begin, end), evaluated as one run.
    Ref<Dict> eval_run(Frame& frame, std::size_t begin, std::size_t end) const;

    std::vector<ExprNode*> keys_;  // null for a `**mapping` item
    std::vector<ExprNode*> values_;
};

// f-strings: the parts are concatenated.
class JoinedStrNode final : public ExprNode {
public:
    JoinedStrNode(const ast::Position& pos, std::vector<ExprNode*> parts) : ExprNode(pos), parts_(std::move(parts)) {}
    Ref<> eval(Frame& frame) const override;

private:
    std::vector<ExprNode*> parts_;
};

// {value!conversion:spec}
class FormatValueNode final : public ExprNode {
public:
    FormatValueNode(const ast::Position& pos, ExprNode* value, int conversion, ExprNode* spec)
        : ExprNode(pos), value_(value), conversion_(conversion), spec_(spec) {}
    Ref<> eval(Frame& frame) const override;

private:
    ExprNode* value_;
    int conversion_;  // -1, 's', 'r', 'a'
    ExprNode* spec_;  // may be null
};

// ============================================================ functions

// def/lambda: evaluates defaults, collects the closure cells, makes the function.
class MakeFunctionNode final : public ExprNode {
public:
    MakeFunctionNode(const ast::Position& pos, Ref<CodeObject> code, std::vector<ExprNode*> defaults,
                     std::vector<std::pair<Str*, ExprNode*>> kwdefaults, std::vector<int> closure_slots,
                     std::vector<std::pair<Str*, ExprNode*>> annotations, Object* doc);
    ~MakeFunctionNode() override;
    Ref<> eval(Frame& frame) const override;
    CodeObject* code() const { return code_.get(); }

private:
    Ref<CodeObject> code_;
    std::vector<ExprNode*> defaults_;
    std::vector<std::pair<Str*, ExprNode*>> kwdefaults_;
    std::vector<int> closure_slots_;  // slots of this frame whose cells the function captures
    std::vector<std::pair<Str*, ExprNode*>> annotations_;
    Object* doc_;  // owned, may be null
};

// @d1 @d2 def f: d1(d2(f)), decorators evaluated first (top to bottom).
class DecorateNode final : public ExprNode {
public:
    DecorateNode(const ast::Position& pos, std::vector<ExprNode*> decorators, ExprNode* inner,
                 std::vector<ast::Position> decorator_positions)
        : ExprNode(pos), decorators_(std::move(decorators)), inner_(inner),
          decorator_positions_(std::move(decorator_positions)) {}
    Ref<> eval(Frame& frame) const override;

private:
    std::vector<ExprNode*> decorators_;
    ExprNode* inner_;
    std::vector<ast::Position> decorator_positions_;
};

// class C(bases, **kw): body — runs the body code in a fresh namespace and
// calls the metaclass (CPython's __build_class__).
class BuildClassNode final : public ExprNode {
public:
    BuildClassNode(const ast::Position& pos, MakeFunctionNode* body, Str* name, std::vector<CallArg> bases)
        : ExprNode(pos), body_(body), name_(name), bases_(std::move(bases)) {}
    Ref<> eval(Frame& frame) const override;

private:
    MakeFunctionNode* body_;
    Str* name_;
    std::vector<CallArg> bases_;
};

// A comprehension or generator expression: calls its function with the
// iterator of the first `for` (evaluated here, in the enclosing scope).
class ComprehensionNode final : public ExprNode {
public:
    ComprehensionNode(const ast::Position& pos, MakeFunctionNode* function, ExprNode* first_iter)
        : ExprNode(pos), function_(function), first_iter_(first_iter) {}
    Ref<> eval(Frame& frame) const override;

private:
    MakeFunctionNode* function_;
    ExprNode* first_iter_;
};

// The body of a comprehension's function: nested loops and filters around
// the element, collected into a list, set or dict, or yielded.
enum class ComprehensionKind : unsigned char { List, Set, Dict, Generator };

struct ComprehensionLoop {
    TargetNode* target;
    ExprNode* iter;  // null for the first loop: the iterator is slot 0 (".0")
    std::vector<ExprNode*> conditions;
    int iter_slot = -1;  // a hidden frame slot for the iterator (generator expressions)

    // Whether the current item passes every `if`: 1 or 0, or eval_truth's
    // failure codes (below 0) from the condition that failed.
    [[nodiscard]] int selects(Frame& frame) const {
        for (ExprNode* condition : conditions) {
            int truth = condition->eval_truth(frame);
            if (truth <= 0) return truth;
        }
        return 1;
    }
};

class ComprehensionBodyNode final : public StmtNode {
public:
    ComprehensionBodyNode(const ast::Position& pos, ComprehensionKind kind, std::vector<ComprehensionLoop> loops,
                          ExprNode* element, ExprNode* value)
        : StmtNode(pos), kind_(kind), loops_(std::move(loops)), element_(element), value_(value) {}
    Flow exec(Frame& frame) const override;

private:
    [[nodiscard]] bool run(Frame& frame, std::size_t level, Object* result) const;
    ComprehensionKind kind_;
    std::vector<ComprehensionLoop> loops_;
    ExprNode* element_;
    ExprNode* value_;  // dict comprehensions only
};

class YieldNode final : public ExprNode {
public:
    YieldNode(const ast::Position& pos, ExprNode* value) : ExprNode(pos), value_(value) {}
    Ref<> eval(Frame& frame) const override;

private:
    ExprNode* value_;  // may be null
};

class YieldFromNode final : public ExprNode {
public:
    YieldFromNode(const ast::Position& pos, ExprNode* value) : ExprNode(pos), value_(value) {}
    Ref<> eval(Frame& frame) const override;

private:
    ExprNode* value_;
};

// The nodes of one code object's body. A code object owns its arena; the
// MakeFunctionNodes in it own the code objects of nested functions, so the
// ownership runs from outer code to inner code only, as CPython's co_consts
// does, and a compiled tree goes away with its last function.
struct NodeArena {
    std::vector<std::unique_ptr<Node>> nodes;

    template <class T, class... Args>
    T* make(Args&&... args) {
        auto node = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = node.get();
        nodes.push_back(std::move(node));
        return raw;
    }
};

}  // namespace minipy::interp
