// The executable tree's statements (the expressions are in nodes.hpp).
// A statement's exec() returns how control leaves it: normally, by break,
// continue or return, or with an error whose traceback entry is recorded.
#pragma once

#include "interpreter/nodes.hpp"
#include "interpreter/safe_point.hpp"
#include "runtime/objects/singletons.hpp"

#include <vector>

namespace minipy::interp {

// ========================================================== statements

class ReturnStmt;

class Block final : public StmtNode {
public:
    Block(const ast::Position& pos, std::vector<StmtNode*> stmts);
    Flow exec(Frame& frame) const override;
    // exec() written inline.
    [[gnu::always_inline]] Flow run(Frame& frame) const {
        for (StmtNode* s : stmts_) {
            if (Flow flow = run_one(frame, s); flow != Flow::Normal) return flow;
        }
        return Flow::Normal;
    }
    // The same for a function's body, which a call runs in its own C++
    // frame (run_frame.hpp): a final `return` runs here (ReturnStmt::run,
    // not the virtual exec), so that `return n + f(n - 1)` costs deep
    // recursion no C++ frame of its own. (Nested blocks keep run(): a loop
    // body rarely ends in a return, and runs every iteration.)
    Flow run_body(Frame& frame) const;
    const std::vector<StmtNode*>& statements() const { return stmts_; }

private:
    // What comes before each statement: its line, the safe point (false
    // when that raised) and the statement hook.
    [[gnu::always_inline]] bool start(Frame& frame, const StmtNode* s) const {
        frame.line = s->pos().line;
        if (!safe_point()) return s->fail_flow(frame), false;
        announce_statement(frame, this, s);
        return true;
    }
    [[gnu::always_inline]] Flow run_one(Frame& frame, StmtNode* s) const {
        return start(frame, s) ? s->exec(frame) : Flow::Error;
    }

    std::vector<StmtNode*> stmts_;
    const ReturnStmt* tail_return_ = nullptr;  // the final statement when it is a `return`
};

class ExprStmt final : public StmtNode {
public:
    ExprStmt(const ast::Position& pos, ExprNode* value) : StmtNode(pos), value_(value) {}
    Flow exec(Frame& frame) const override;

private:
    ExprNode* value_;
};

// An expression statement typed at the REPL: its repr is printed (sys.displayhook).
class DisplayStmt final : public StmtNode {
public:
    DisplayStmt(const ast::Position& pos, ExprNode* value) : StmtNode(pos), value_(value) {}
    Flow exec(Frame& frame) const override;

private:
    ExprNode* value_;
};

class AssignStmt final : public StmtNode {
public:
    AssignStmt(const ast::Position& pos, std::vector<TargetNode*> targets, ExprNode* value)
        : StmtNode(pos), targets_(std::move(targets)), value_(value) {}
    Flow exec(Frame& frame) const override;

private:
    std::vector<TargetNode*> targets_;
    ExprNode* value_;
};

// `x = value` for a function's local: the value goes straight into its
// slot, without the target's virtual call (CPython's STORE_FAST).
class LocalAssignStmt final : public StmtNode {
public:
    LocalAssignStmt(const ast::Position& pos, int slot, ExprNode* value) : StmtNode(pos), slot_(slot), value_(value) {}
    Flow exec(Frame& frame) const override;

private:
    int slot_;
    ExprNode* value_;
};

// `a, b = b, a + b` (Compiler::parallel_assign): two or three values,
// evaluated first to last without a tuple, then stored first to last, or
// last to first when `reversed` (every target a distinct local).
class ParallelAssignStmt final : public StmtNode {
public:
    ParallelAssignStmt(const ast::Position& pos, std::vector<TargetNode*> targets, std::vector<ExprNode*> values,
                       bool reversed)
        : StmtNode(pos), targets_(std::move(targets)), values_(std::move(values)), reversed_(reversed) {}
    Flow exec(Frame& frame) const override;

    static constexpr std::size_t kMaxValues = 3;

private:
    std::vector<TargetNode*> targets_;
    std::vector<ExprNode*> values_;
    bool reversed_;
};

// x op= v for a name: load, in-place operator, store.
class AugAssignStmt : public StmtNode {
public:
    // `local_slot`: the frame slot when the name is a function's local, else -1.
    AugAssignStmt(const ast::Position& pos, BinaryOp op, ExprNode* load, TargetNode* store, ExprNode* value,
                  ast::Position op_pos, int local_slot)
        : StmtNode(pos), op_(op), load_(load), store_(store), value_(value), op_pos_(op_pos),
          local_slot_(local_slot), value_binary_(dynamic_cast<BinaryNode*>(value) != nullptr) {}
    Flow exec(Frame& frame) const override;

protected:
    BinaryOp op_;
    ExprNode* load_;
    TargetNode* store_;
    ExprNode* value_;
    ast::Position op_pos_;
    int local_slot_;
    bool value_binary_;  // the value comes unboxed (BinaryNode::eval_unboxed)
};

// `i += 1`, `total += x`: a local that lends its value, and a value that
// lends its own (ExprNode::lends). Two ints or floats are added and the
// local rebound in place, with no reference held and no virtual call, as
// CPython's BINARY_OP_ADD_INT and STORE_FAST; anything else (an unbound
// local, other types) takes AugAssignStmt's path.
class LentAugAssignStmt final : public AugAssignStmt {
public:
    using AugAssignStmt::AugAssignStmt;
    Flow exec(Frame& frame) const override;
};

// `count += step` on a closure's variable (a cell), with a value that
// peek_number reads: the cell's number is updated unboxed and rebound in
// place, with nothing run in between; anything else takes AugAssignStmt's
// path.
class AugCellStmt final : public AugAssignStmt {
public:
    AugCellStmt(const ast::Position& pos, BinaryOp op, CellNode* load, TargetNode* store, ExprNode* value,
                ast::Position op_pos)
        : AugAssignStmt(pos, op, load, store, value, op_pos, -1), cell_slot_(load->slot()) {}
    Flow exec(Frame& frame) const override;

private:
    int cell_slot_;
};

// obj.attr op= v: obj evaluated once. With obj a lent local and v a value
// peek_number reads (`b.x += dt * b.vx`), a number in the cached attribute
// is updated unboxed, as CPython's LOAD_ATTR_INSTANCE_VALUE, BINARY_OP_*
// and STORE_ATTR_INSTANCE_VALUE would, with no code run before the store.
class AugAttributeStmt final : public StmtNode {
public:
    AugAttributeStmt(const ast::Position& pos, BinaryOp op, ExprNode* object, Str* name, ExprNode* value,
                     ast::Position target_pos)
        : StmtNode(pos), op_(op), object_(object), name_(name), value_(value), target_pos_(target_pos),
          value_binary_(dynamic_cast<BinaryNode*>(value) != nullptr),
          peeks_(object->lends() && value->peek() != ExprNode::Peek::Never) {}
    Flow exec(Frame& frame) const override;

private:
    bool exec_peeked(Frame& frame, Flow& flow) const;
    Flow exec_in_full(Frame& frame) const;

    BinaryOp op_;
    ExprNode* object_;
    Str* name_;
    ExprNode* value_;
    ast::Position target_pos_;
    mutable AttributeCache load_cache_;
    mutable AttributeCache store_cache_;
    bool value_binary_;
    bool peeks_;
};

// obj[i] op= v: obj and i evaluated once.
// With obj and i lent locals or constants and v a value peek_number reads
// (`row[j] += aik * bk[j]`), a number item of a list is updated unboxed, as
// AugAttributeStmt does for attributes.
class AugSubscriptStmt final : public StmtNode {
public:
    AugSubscriptStmt(const ast::Position& pos, BinaryOp op, ExprNode* object, ExprNode* index, ExprNode* value,
                     ast::Position target_pos)
        : StmtNode(pos), op_(op), object_(object), index_(index), value_(value), target_pos_(target_pos),
          value_binary_(dynamic_cast<BinaryNode*>(value) != nullptr),
          peeks_(object->lends() && index->lends() && value->peek() != ExprNode::Peek::Never) {}
    Flow exec(Frame& frame) const override;

private:
    bool exec_peeked(Frame& frame, Flow& flow) const;
    Flow exec_in_full(Frame& frame) const;

    BinaryOp op_;
    ExprNode* object_;
    ExprNode* index_;
    ExprNode* value_;
    ast::Position target_pos_;
    bool value_binary_;
    bool peeks_;
};

// x: T = v at module or class level also records T in __annotations__.
// The start of a module or class body with annotations: __annotations__ = {}
// unless the namespace already has it (SETUP_ANNOTATIONS).
class SetupAnnotationsStmt final : public StmtNode {
public:
    explicit SetupAnnotationsStmt(const ast::Position& pos) : StmtNode(pos) {}
    Flow exec(Frame& frame) const override;
};

// name: annotation in a module or class body: __annotations__['name'] = annotation.
class AnnotateStmt final : public StmtNode {
public:
    AnnotateStmt(const ast::Position& pos, Str* name, ExprNode* annotation, ExprNode* annotations)
        : StmtNode(pos), name_(name), annotation_(annotation), annotations_(annotations) {}
    Flow exec(Frame& frame) const override;

private:
    Str* name_;
    ExprNode* annotation_;
    ExprNode* annotations_;  // the name __annotations__, looked up as any other
};

class DeleteStmt final : public StmtNode {
public:
    DeleteStmt(const ast::Position& pos, std::vector<TargetNode*> targets) : StmtNode(pos), targets_(std::move(targets)) {}
    Flow exec(Frame& frame) const override;

private:
    std::vector<TargetNode*> targets_;
};

class IfStmt final : public StmtNode {
public:
    IfStmt(const ast::Position& pos, ExprNode* test, StmtNode* body, StmtNode* orelse)
        : StmtNode(pos), test_(test), body_(body), orelse_(orelse) {}
    Flow exec(Frame& frame) const override;

private:
    ExprNode* test_;
    StmtNode* body_;
    StmtNode* orelse_;  // may be null
};

class WhileStmt final : public StmtNode {
public:
    WhileStmt(const ast::Position& pos, ExprNode* test, StmtNode* body, StmtNode* orelse)
        : StmtNode(pos), test_(test), body_(body), orelse_(orelse) {}
    Flow exec(Frame& frame) const override;

private:
    ExprNode* test_;
    StmtNode* body_;
    StmtNode* orelse_;
};

class ForStmt final : public StmtNode {
public:
    ForStmt(const ast::Position& pos, TargetNode* target, ExprNode* iter, StmtNode* body, StmtNode* orelse,
            int iter_slot)
        : StmtNode(pos), target_(target), iter_(iter), body_(body), orelse_(orelse), iter_slot_(iter_slot) {}
    Flow exec(Frame& frame) const override;

private:
    Flow loop(Frame& frame, Object* it) const;
    TargetNode* target_;
    ExprNode* iter_;
    StmtNode* body_;
    StmtNode* orelse_;
    int iter_slot_;  // a hidden frame slot for the iterator (generators), or -1
};

// Keeps a loop's iterator in a hidden frame slot while the loop runs (see
// CodeObject::first_temp): the slot is then its only owner, so the collector
// accounts for every reference to it. With slot -1 it just holds the reference.
class IteratorHold {
public:
    IteratorHold(Frame& frame, int slot, Ref<> it) : frame_(frame), slot_(slot) {
        if (slot_ >= 0) frame_.slots[slot_] = it.release();
        else it_ = std::move(it);
    }
    ~IteratorHold() {
        if (slot_ >= 0) clear_slot(frame_.slots[slot_]);
    }
    IteratorHold(const IteratorHold&) = delete;
    IteratorHold& operator=(const IteratorHold&) = delete;
    Object* get() const { return slot_ >= 0 ? frame_.slots[slot_] : it_.get(); }

private:
    Frame& frame_;
    int slot_;
    Ref<> it_;
};

class JumpStmt final : public StmtNode {
public:
    JumpStmt(const ast::Position& pos, Flow flow) : StmtNode(pos), flow_(flow) {}
    Flow exec(Frame&) const override { return flow_; }

private:
    Flow flow_;  // Break or Continue
};

class PassStmt final : public StmtNode {
public:
    using StmtNode::StmtNode;
    Flow exec(Frame&) const override { return Flow::Normal; }
};

class ReturnStmt final : public StmtNode {
public:
    ReturnStmt(const ast::Position& pos, ExprNode* value) : StmtNode(pos), value_(value) {}
    Flow exec(Frame& frame) const override;
    // exec() written inline, for Block::run_body.
    [[gnu::always_inline]] Flow run(Frame& frame) const {
        Ref<> value = value_ ? value_->eval(frame) : none();
        if (!value) return Flow::Error;
        frame.return_value = std::move(value);
        return Flow::Return;
    }

private:
    ExprNode* value_;  // may be null
};

// After ReturnStmt, whose run() it calls.
[[gnu::always_inline]] inline Flow Block::run_body(Frame& frame) const {
    if (!tail_return_) return run(frame);
    for (auto s = stmts_.begin(), last = stmts_.end() - 1; s != last; ++s) {
        if (Flow flow = run_one(frame, *s); flow != Flow::Normal) return flow;
    }
    if (!start(frame, tail_return_)) return Flow::Error;
    return tail_return_->run(frame);
}

class RaiseStmt final : public StmtNode {
public:
    RaiseStmt(const ast::Position& pos, ExprNode* exc, ExprNode* cause) : StmtNode(pos), exc_(exc), cause_(cause) {}
    Flow exec(Frame& frame) const override;

private:
    ExprNode* exc_;    // null: bare raise
    ExprNode* cause_;  // may be null
};

struct Handler {
    ast::Position pos;
    ExprNode* type;      // null: bare except
    TargetNode* name;    // null without `as`
    StmtNode* body;
};

class TryStmt final : public StmtNode {
public:
    TryStmt(const ast::Position& pos, StmtNode* body, std::vector<Handler> handlers, StmtNode* orelse,
            StmtNode* finalbody)
        : StmtNode(pos), body_(body), handlers_(std::move(handlers)), orelse_(orelse), finalbody_(finalbody) {}
    Flow exec(Frame& frame) const override;

private:
    Flow handle(Frame& frame) const;
    StmtNode* body_;
    std::vector<Handler> handlers_;
    StmtNode* orelse_;     // may be null
    StmtNode* finalbody_;  // may be null
};

// assert test, msg: the AssertionError is reported at `raise_pos`, which
// the compiler chooses as CPython 3.11 locates its RAISE_VARARGS.
class AssertStmt final : public StmtNode {
public:
    AssertStmt(const ast::Position& pos, ExprNode* test, ExprNode* msg, const ast::Position& raise_pos)
        : StmtNode(pos), test_(test), msg_(msg), raise_pos_(raise_pos) {}
    Flow exec(Frame& frame) const override;

private:
    ExprNode* test_;
    ExprNode* msg_;  // may be null
    ast::Position raise_pos_;
};

struct WithItem {
    ExprNode* context;
    TargetNode* target;  // may be null
};

// with a as x, b as y: body — nested context managers, innermost last.
class WithStmt final : public StmtNode {
public:
    WithStmt(const ast::Position& pos, std::vector<WithItem> items, StmtNode* body)
        : StmtNode(pos), items_(std::move(items)), body_(body) {}
    Flow exec(Frame& frame) const override;

private:
    Flow enter(Frame& frame, std::size_t index) const;
    std::vector<WithItem> items_;
    StmtNode* body_;
};

// import a.b.c [as x]
class ImportStmt final : public StmtNode {
public:
    struct Name {
        Str* module;       // "a.b.c"
        TargetNode* target;
        bool bind_top;     // without `as`, the name bound is the top package `a`
    };
    ImportStmt(const ast::Position& pos, std::vector<Name> names) : StmtNode(pos), names_(std::move(names)) {}
    Flow exec(Frame& frame) const override;

private:
    std::vector<Name> names_;
};

// from m import x [as y], ... / from m import *
class ImportFromStmt final : public StmtNode {
public:
    struct Name {
        Str* name;
        TargetNode* target;
    };
    ImportFromStmt(const ast::Position& pos, Str* module, int level, std::vector<Name> names, bool star)
        : StmtNode(pos), module_(module), level_(level), names_(std::move(names)), star_(star) {}
    Flow exec(Frame& frame) const override;

private:
    Str* module_;
    int level_;
    std::vector<Name> names_;
    bool star_;
};

}  // namespace minipy::interp
