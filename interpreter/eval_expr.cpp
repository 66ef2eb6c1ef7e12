// Evaluation of operators, attribute and item access, unpacking, displays
// and f-strings.
#include "interpreter/nodes.hpp"

#include "interpreter/number_fast.hpp"
#include "interpreter/peek_number.hpp"
#include "interpreter/subscript_fast.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/core/scalar_compare.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/format.hpp"
#include "runtime/text/str.hpp"

#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <string>

namespace minipy::interp {

// ------------------------------------------------------ attributes/items

Ref<> AttributeNode::eval(Frame& frame) const {
    Ref<> hold;
    Object* object = object_->eval_operand(frame, hold);
    if (!object) return nullptr;
    Ref<> value = getattr_cached(object, name_, cache_);
    if (!value) return fail(frame);
    return value;
}

Ref<> LentAttributeNode::eval(Frame& frame) const {
    if (Object* object = object_->lent_value(frame))
        if (Object* value = cached_instance_attribute(object, name_, cache_)) return share(value);
    return AttributeNode::eval(frame);
}

bool AttributeTarget::store(Frame& frame, Ref<> value) const {
    Ref<> hold;
    Object* object = object_->eval_operand(frame, hold);
    if (!object) return false;
    if (cached_store_instance_value(object, name_, value, cache_)) return true;
    if (setattr_cached(object, name_, value.get(), cache_) < 0) return fail(frame), false;
    return true;
}

bool AttributeTarget::remove(Frame& frame) const {
    Ref<> object = object_->eval(frame);
    if (!object) return false;
    if (setattr(object.get(), name_, nullptr) < 0) return fail(frame), false;
    return true;
}

Ref<> SubscriptNode::eval(Frame& frame) const {
    Ref<> object_hold, index_hold;
    Object* object = object_->eval_operand(frame, object_hold);
    if (!object) return nullptr;
    Object* index = index_->eval_operand(frame, index_hold);
    if (!index) return nullptr;
    if (Object* item = fast_item(object, index)) return share(item);
    Ref<> value = getitem(object, index);
    if (!value) return fail(frame);
    return value;
}

Ref<> LentSubscriptNode::eval(Frame& frame) const {
    Object* object = object_->lent_value(frame);
    Object* index = index_->lent_value(frame);
    if (object && index)
        if (Object* item = fast_item(object, index)) return share(item);
    return SubscriptNode::eval(frame);
}

bool SubscriptTarget::store(Frame& frame, Ref<> value) const {
    Ref<> object_hold, index_hold;
    Object* object = object_->eval_operand(frame, object_hold);
    if (!object) return false;
    Object* index = index_->eval_operand(frame, index_hold);
    if (!index) return false;
    if (fast_store_item(object, index, value.get())) return true;
    if (setitem(object, index, value.get()) < 0) return fail(frame), false;
    return true;
}

bool SubscriptTarget::remove(Frame& frame) const {
    Ref<> object = object_->eval(frame);
    if (!object) return false;
    Ref<> index = index_->eval(frame);
    if (!index) return false;
    if (delitem(object.get(), index.get()) < 0) return fail(frame), false;
    return true;
}

Ref<> SliceNode::eval(Frame& frame) const {
    Ref<> parts[3];
    ExprNode* nodes[3] = {lower_, upper_, step_};
    for (int i = 0; i < 3; ++i) {
        if (!nodes[i]) continue;
        parts[i] = nodes[i]->eval(frame);
        if (!parts[i]) return nullptr;
    }
    return slice_new(parts[0].get(), parts[1].get(), parts[2].get());
}

// ------------------------------------------------------------ unpacking

UnpackTarget::UnpackTarget(const ast::Position& pos, std::vector<TargetNode*> targets, int star_index)
    : TargetNode(pos), targets_(std::move(targets)), star_index_(star_index) {
    for (TargetNode* t : targets_) {
        auto* local = dynamic_cast<LocalTarget*>(t);
        if (!local) {
            local_slots_.clear();
            break;
        }
        local_slots_.push_back(local->slot());
    }
}

// items[i] into target i, first to last. When a store fails, the items not
// stored yet are released from the next one on, as they leave CPython's
// stack.
[[gnu::always_inline]] inline bool UnpackTarget::store_items(Frame& frame, Ref<>* items) const {
    const std::size_t n = targets_.size();
    if (!local_slots_.empty()) {
        for (std::size_t i = 0; i < n; ++i) {
            Object*& slot = frame.slots[local_slots_[i]];
            Object* old = slot;
            slot = items[i].release();
            xdecref(old);
        }
        return true;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!targets_[i]->store(frame, std::move(items[i]))) {
            for (std::size_t j = i + 1; j < n; ++j) items[j].reset();
            return false;
        }
    }
    return true;
}

// a, *b, c = value: CPython's UNPACK_SEQUENCE / UNPACK_EX, with its messages.
bool UnpackTarget::store(Frame& frame, Ref<> value) const {
    const std::size_t n = targets_.size();
    Object* v = value.get();
    if (n == 2 && v->type == &TupleType && cast<Tuple>(v)->length() == 2 && local_slots_.size() == 2) {
        // `for k, v in d.items()`, `for i, x in enumerate(xs)`: CPython's
        // UNPACK_SEQUENCE_TWO_TUPLE and two STORE_FASTs.
        Object* first = share(cast<Tuple>(v)->items()[0]).release();
        Object* second = share(cast<Tuple>(v)->items()[1]).release();
        value.reset();
        Object*& first_slot = frame.slots[local_slots_[0]];
        Object* old = first_slot;
        first_slot = first;
        xdecref(old);
        Object*& second_slot = frame.slots[local_slots_[1]];
        old = second_slot;
        second_slot = second;
        xdecref(old);
        return true;
    }
    const bool sequence = star_index_ < 0 && (v->type == &TupleType || v->type == &ListType);
    std::int64_t size = 0;
    Object* const* data = nullptr;
    if (sequence) {
        size = v->type == &TupleType ? cast<Tuple>(v)->length() : cast<List>(v)->size;
        data = v->type == &TupleType ? cast<Tuple>(v)->items() : cast<List>(v)->items;
        if (static_cast<std::size_t>(size) != n) {
            if (static_cast<std::size_t>(size) > n) raisef(exc::ValueError, "too many values to unpack (expected {})", n);
            else raisef(exc::ValueError, "not enough values to unpack (expected {}, got {})", n, size);
            return fail(frame), false;
        }
        // `for k, v in pairs` and `a, b = b, a`: up to four targets take the
        // items from an array, without a vector (CPython's
        // UNPACK_SEQUENCE_TWO_TUPLE and kin).
        constexpr std::size_t kFewTargets = 4;
        if (n <= kFewTargets) {
            Ref<> few[kFewTargets];
            for (std::size_t i = 0; i < n; ++i) few[i] = share(data[i]);
            value.reset();
            return store_items(frame, few);
        }
    }
    // `a, b, c, d, e = row` and `for i, x in enumerate(xs)`: no heap block
    // for the values of up to eight targets.
    boost::container::small_vector<Ref<>, 8> items;
    items.reserve(n);
    if (sequence) {
        for (std::int64_t i = 0; i < size; ++i) items.push_back(share(data[i]));
    } else {
        Ref<> it = get_iter(v);
        if (!it) {
            if (error_matches(exc::TypeError) && !v->type->iter && !v->type->getitem) {
                clear_error();
                raisef(exc::TypeError, "cannot unpack non-iterable {} object", type_name(v));
            }
            return fail(frame), false;
        }
        const std::size_t before = star_index_ < 0 ? n : static_cast<std::size_t>(star_index_);
        for (std::size_t i = 0; i < before; ++i) {
            Ref<> item = iter_next(it.get());
            if (!item) {
                if (error_pending()) return fail(frame), false;
                if (star_index_ < 0) raisef(exc::ValueError, "not enough values to unpack (expected {}, got {})", n, i);
                else raisef(exc::ValueError, "not enough values to unpack (expected at least {}, got {})", n - 1, i);
                return fail(frame), false;
            }
            items.push_back(std::move(item));
        }
        if (star_index_ < 0) {
            Ref<> extra = iter_next(it.get());
            if (extra) {
                raisef(exc::ValueError, "too many values to unpack (expected {})", n);
                return fail(frame), false;
            }
            if (error_pending()) return fail(frame), false;
        } else {
            Ref<List> rest = list_from_iterable(it.get());
            if (!rest) return fail(frame), false;
            const std::size_t after = n - 1 - before;
            if (static_cast<std::size_t>(rest->size) < after) {
                raisef(exc::ValueError, "not enough values to unpack (expected at least {}, got {})", n - 1,
                       before + static_cast<std::size_t>(rest->size));
                return fail(frame), false;
            }
            std::int64_t keep = rest->size - static_cast<std::int64_t>(after);
            Ref<List> starred = list_from_array(rest->items, keep);
            std::vector<Ref<>> tail;
            for (std::int64_t i = keep; i < rest->size; ++i) tail.push_back(share((*rest)[i]));
            items.push_back(std::move(starred));
            for (Ref<>& t : tail) items.push_back(std::move(t));
        }
    }
    value.reset();
    return store_items(frame, items.data());
}

bool UnpackTarget::remove(Frame& frame) const {
    for (TargetNode* t : targets_)
        if (!t->remove(frame)) return false;
    return true;
}

// ------------------------------------------------------------ operators

BinaryNode::BinaryNode(const ast::Position& pos, BinaryOp op, ExprNode* left, ExprNode* right)
    : ExprNode(pos), op_(op), left_binary_(dynamic_cast<BinaryNode*>(left) != nullptr),
      right_binary_(dynamic_cast<BinaryNode*>(right) != nullptr),
      peekable_(left->peek() != Peek::Never && right->peek() != Peek::Never), left_(left), right_(right) {
    if (peekable_) peek_ = Peek::Arithmetic;
}

bool BinaryNode::peek_arithmetic(const Frame& frame, Unboxed& out) const {
    Unboxed a, b;
    return peek_number(left_, frame, a) && peek_number(right_, frame, b) && unboxed_binary(a, b, op_, out);
}

inline bool BinaryNode::try_peek(const Frame& frame, Unboxed& out) const {
    if (!peekable_ || peek_misses_.exhausted()) return false;
    if (peek_arithmetic(frame, out)) return true;
    peek_misses_.note();
    return false;
}

// Out of line, so that the common node (no nested arithmetic) saves and
// restores only the few registers its own path needs.
[[gnu::noinline]] Ref<> BinaryNode::eval_nested(Frame& frame) const {
    Unboxed value;
    Ref<> boxed;
    if (eval_unboxed(frame, value, boxed) > 0) return box(value);
    return boxed;
}

Ref<> BinaryNode::eval(Frame& frame) const {
    if ((left_binary_ || right_binary_) && !heap_tracing) return eval_nested(frame);
    Ref<> left_hold, right_hold;
    Object* left = left_->eval_operand(frame, left_hold);
    if (!left) return nullptr;
    Object* right = right_->eval_operand(frame, right_hold);
    if (!right) return nullptr;
    if (Ref<> fast = fast_binary(left, right, op_)) return fast;
    return apply_generic(frame, left, right);
}

bool PeekedBinaryNode::suits(const ExprNode* left, const ExprNode* right) {
    return left->peek() != Peek::Never && right->peek() != Peek::Never && !dynamic_cast<const BinaryNode*>(left) &&
           !dynamic_cast<const BinaryNode*>(right);
}

Ref<> PeekedBinaryNode::eval(Frame& frame) const {
    if (Unboxed value; try_peek(frame, value)) return box(value);
    return BinaryNode::eval(frame);
}

Ref<> LentBinaryNode::eval(Frame& frame) const {
    Object* left = left_->lent_value(frame);
    Object* right = right_->lent_value(frame);
    if (!left || !right) return BinaryNode::eval(frame);
    if (Ref<> fast = fast_binary(left, right, op_)) return fast;
    return apply_generic(frame, left, right);
}

[[gnu::noinline]] Ref<> BinaryNode::apply_generic(Frame& frame, Object* left, Object* right) const {
    Ref<> result = binary_op(left, right, op_);
    if (!result) return fail(frame);
    return result;
}

namespace {

// One operand of an arithmetic node, evaluated as BinaryNode::eval_unboxed
// and CompareNode::eval_truth need it: a number unboxed when it is one, the
// object otherwise, or both.
struct ArithmeticOperand {
    Unboxed value;
    bool unboxed = false;
    Object* object = nullptr;  // null for a nested node's unboxed result
    Ref<> hold;                // keeps `object` alive

    // `binary`: the node is a BinaryNode. False on error (the traceback
    // has it).
    [[gnu::always_inline]] bool eval(Frame& frame, const ExprNode* node, bool binary) {
        if (binary) {
            const int kind = static_cast<const BinaryNode*>(node)->eval_unboxed(frame, value, hold);
            object = hold.get();
            unboxed = kind > 0;
            return kind >= 0;
        }
        object = node->eval_operand(frame, hold);
        if (!object) return false;
        unboxed = unbox(object, value);
        return true;
    }

    // The operand as an object for the general protocol: a nested node's
    // unboxed result is boxed now (it overflowed its consumer's operator,
    // or meets another type).
    Object* boxed() {
        if (!object) {
            hold = box(value);
            object = hold.get();
        }
        return object;
    }
};

}  // namespace

int BinaryNode::eval_unboxed(Frame& frame, Unboxed& out, Ref<>& boxed) const {
    if (try_peek(frame, out)) return 1;  // `dx * dx + dy * dy` in one go
    return eval_unboxed_in_full(frame, out, boxed);
}

[[gnu::noinline]] int BinaryNode::eval_unboxed_in_full(Frame& frame, Unboxed& out, Ref<>& boxed) const {
    ArithmeticOperand left, right;
    if (!left.eval(frame, left_, left_binary_) || !right.eval(frame, right_, right_binary_)) return -1;
    if (left.unboxed && right.unboxed && unboxed_binary(left.value, right.value, op_, out)) return 1;
    boxed = binary_op(left.boxed(), right.boxed(), op_);
    if (!boxed) return fail(frame), -1;
    return 0;
}

bool StackCheckNode::check(Frame& frame) const {
    if (!stack_exhausted()) return true;
    raise(exc::RecursionError, "maximum recursion depth exceeded");
    fail(frame);
    return false;
}

Ref<> StackCheckNode::eval(Frame& frame) const { return check(frame) ? inner_->eval(frame) : nullptr; }

int StackCheckNode::eval_truth(Frame& frame) const { return check(frame) ? inner_->eval_truth(frame) : -1; }

Ref<> UnaryNode::eval(Frame& frame) const {
    Ref<> operand = operand_->eval(frame);
    if (!operand) return nullptr;
    Ref<> result = unary_op(operand.get(), op_);
    if (!result) return fail(frame);
    return result;
}

Ref<> NotNode::eval(Frame& frame) const {
    int truth = operand_->eval_truth(frame);
    if (truth == -2) return fail(frame);
    if (truth < 0) return nullptr;
    return bool_from(!truth);
}

// As a condition, a failed truth test is the condition's (`if not x:`).
int NotNode::eval_truth(Frame& frame) const {
    int truth = operand_->eval_truth(frame);
    return truth < 0 ? truth : !truth;
}

Ref<> BoolOpNode::eval(Frame& frame) const {
    Ref<> value;
    for (std::size_t i = 0; i < values_.size(); ++i) {
        value = values_[i]->eval(frame);
        if (!value) return nullptr;
        if (i + 1 == values_.size()) break;
        int truth = is_true(value.get());
        if (truth < 0) return fail(frame);
        if (truth != is_and_) break;  // `and` stops at a false value, `or` at a true one
    }
    return value;
}

// As a condition each operand is tested once, as CPython's jumps do: the
// deciding operand's truth is the answer.
int BoolOpNode::eval_truth(Frame& frame) const {
    for (ExprNode* value : values_) {
        int truth = value->eval_truth(frame);
        if (truth < 0 || truth != is_and_) return truth;
    }
    return is_and_;
}

// One link of a comparison chain (compare() takes ints, floats and strs
// straight).
static Ref<> compare_link(Object* left, Object* right, CompareKind op) {
    switch (op) {
        case CompareKind::Is: return bool_from(left == right);
        case CompareKind::IsNot: return bool_from(left != right);
        case CompareKind::In:
        case CompareKind::NotIn: {
            int r = contains(right, left);
            if (r < 0) return nullptr;
            return bool_from((r != 0) == (op == CompareKind::In));
        }
        default:
            return compare(left, right, static_cast<CompareOp>(op));
    }
}

Ref<> CompareNode::eval(Frame& frame) const {
    Ref<> left_hold;
    Object* left = left_->eval_operand(frame, left_hold);
    if (!left) return nullptr;
    Ref<> result;
    for (std::size_t i = 0; i < ops_.size(); ++i) {
        Ref<> right_hold;
        Object* right = comparators_[i]->eval_operand(frame, right_hold);
        if (!right) return nullptr;
        result = compare_link(left, right, ops_[i]);
        if (!result) return fail(frame);
        if (i + 1 == ops_.size()) break;
        int truth = is_true(result.get());
        if (truth < 0) return fail(frame);
        if (!truth) break;
        left_hold = std::move(right_hold);
        left = right;
    }
    return result;
}

CompareNode::CompareNode(const ast::Position& pos, ExprNode* left, std::vector<CompareKind> ops,
                         std::vector<ExprNode*> comparators)
    : ExprNode(pos), left_(left), ops_(std::move(ops)), comparators_(std::move(comparators)) {
    if (single()) {
        left_binary_ = dynamic_cast<BinaryNode*>(left_) != nullptr;
        right_binary_ = dynamic_cast<BinaryNode*>(comparators_[0]) != nullptr;
        const Peek left_peek = left_->peek(), right_peek = comparators_[0]->peek();
        peekable_ = left_peek != Peek::Never && right_peek != Peek::Never &&
                    (left_peek != Peek::Lent || right_peek != Peek::Lent);
    }
}

// The comparison of two peeked numbers; -1 with nothing run when they cannot
// be peeked or compared unboxed (an int with a float).
inline int CompareNode::eval_truth_peeked(Frame& frame) const {
    Unboxed left, right;
    if (peek_number(left_, frame, left) && peek_number(comparators_[0], frame, right)) {
        const int fast = unboxed_compare(left, right, static_cast<CompareOp>(ops_[0]));
        if (fast >= 0) return fast;
    }
    peek_misses_.note();
    return -1;
}

[[gnu::always_inline]] inline int CompareNode::truth_of(Frame& frame, Object* left, Object* right) const {
    int fast = compare_scalars(left, right, static_cast<CompareOp>(ops_[0]));
    if (fast >= 0) return fast;
    return truth_generic(frame, left, right);
}

[[gnu::noinline]] int CompareNode::truth_generic(Frame& frame, Object* left, Object* right) const {
    Ref<> result = compare_link(left, right, ops_[0]);
    if (!result) return fail(frame), -1;
    // CPython reports a failed truth test of the result at the comparison.
    int truth = is_true(result.get());
    if (truth < 0) fail(frame);
    return truth;
}

// `if a < b:` on two ints or floats decides without a bool object, and
// `if a * a < n:` without the product's object either.
// Out of line, as BinaryNode::eval_nested.
[[gnu::noinline]] int CompareNode::eval_truth_nested(Frame& frame) const {
    ArithmeticOperand left, right;
    if (!left.eval(frame, left_, left_binary_) || !right.eval(frame, comparators_[0], right_binary_)) return -1;
    if (left.unboxed && right.unboxed) {
        int fast = unboxed_compare(left.value, right.value, static_cast<CompareOp>(ops_[0]));
        if (fast >= 0) return fast;
    }
    return truth_of(frame, left.boxed(), right.boxed());
}

int CompareNode::eval_truth(Frame& frame) const {
    if (peekable_ && !peek_misses_.exhausted() && !heap_tracing)
        if (const int truth = eval_truth_peeked(frame); truth >= 0) return truth;
    if ((left_binary_ || right_binary_) && !heap_tracing) return eval_truth_nested(frame);
    const bool membership = ops_.size() == 1 && (ops_[0] == CompareKind::In || ops_[0] == CompareKind::NotIn);
    if (!single() && !membership) return ExprNode::eval_truth(frame);
    Ref<> left_hold, right_hold;
    Object* left = left_->eval_operand(frame, left_hold);
    if (!left) return -1;
    Object* right = comparators_[0]->eval_operand(frame, right_hold);
    if (!right) return -1;
    if (!membership) return truth_of(frame, left, right);
    // `if c in "+-":` asks the container, without a bool object.
    int found = contains(right, left);
    if (found < 0) return fail(frame), -1;
    return (found != 0) == (ops_[0] == CompareKind::In);
}

int LentCompareNode::eval_truth(Frame& frame) const {
    Object* left = left_->lent_value(frame);
    Object* right = comparators_[0]->lent_value(frame);
    if (!left || !right) return CompareNode::eval_truth(frame);
    return truth_of(frame, left, right);
}

Ref<> IfExpNode::eval(Frame& frame) const {
    int truth = test_->eval_truth(frame);
    if (truth == -2) return fail(frame);
    if (truth < 0) return nullptr;
    return (truth ? body_ : orelse_)->eval(frame);
}

Ref<> NamedExprNode::eval(Frame& frame) const {
    Ref<> value = value_->eval(frame);
    if (!value) return nullptr;
    if (!target_->store(frame, value)) return nullptr;
    return value;
}

// ------------------------------------------------------------- displays

// Extends `list` with `iterable` for a `*x` in a display.
static bool extend_from(List* list, Object* iterable) {
    if (list_extend(list, iterable) == 0) return true;
    if (error_matches(exc::TypeError) && !iterable->type->iter && !iterable->type->getitem) {
        clear_error();
        raisef(exc::TypeError, "Value after * must be an iterable, not {}", type_name(iterable));
    }
    return false;
}

DisplayNode::DisplayNode(const ast::Position& pos, DisplayKind kind, std::vector<DisplayItem> items)
    : ExprNode(pos), kind_(kind), items_(std::move(items)) {
    constexpr std::size_t kStackUseGuideline = 30;
    auto first_star = std::find_if(items_.begin(), items_.end(), [](const DisplayItem& i) { return i.starred; });
    if (first_star != items_.end() || items_.size() <= kStackUseGuideline)
        exact_prefix_ = first_star - items_.begin();
}

// `(kind, value)`: the items first, then the tuple that takes them, as
// CPython's BUILD_TUPLE (no list in between, and the tuple is allocated
// after its items, which the collector's counts and id()s show).
[[gnu::noinline]] Ref<> DisplayNode::eval_small_tuple(Frame& frame) const {
    Object* values[kSmallTuple];
    std::size_t n = 0;
    auto release_values = [&] {
        while (n > 0) decref(values[--n]);  // last to first, as the stack unwinds
    };
    for (const DisplayItem& item : items_) {
        Object* value = item.value->eval(frame).release();
        if (!value) {
            release_values();
            return nullptr;
        }
        values[n++] = value;
    }
    Ref<Tuple> tuple = tuple_alloc(static_cast<std::int64_t>(n));
    if (!tuple) {
        release_values();
        return fail(frame);
    }
    for (std::size_t i = 0; i < n; ++i) tuple_init_item(tuple.get(), static_cast<std::int64_t>(i), adopt(values[i]));
    return tuple;
}

Ref<> DisplayNode::eval(Frame& frame) const {
    if (kind_ == DisplayKind::Tuple && items_.size() <= kSmallTuple && exact_prefix_ == std::ssize(items_))
        return eval_small_tuple(frame);
    if (kind_ == DisplayKind::Set) {
        Ref<Set> set = set_new();
        for (const DisplayItem& item : items_) {
            Ref<> v = item.value->eval(frame);
            if (!v) return nullptr;
            if (item.starred) {
                if (set_update(set.get(), v.get()) < 0) return fail(frame);
            } else if (set_add(set.get(), v.get()) < 0) {
                return fail(frame);
            }
        }
        return set;
    }
    // As CPython's BUILD_LIST then LIST_EXTEND / LIST_APPEND: the items
    // before the first `*x` fill a list of exactly that size, and it grows
    // from there as list.extend and list.append grow it (which sys.getsizeof
    // shows).
    Ref<List> list = list_new(exact_prefix_);
    for (const DisplayItem& item : items_) {
        Ref<> v = item.value->eval(frame);
        if (!v) return nullptr;
        if (item.starred) {
            if (!extend_from(list.get(), v.get())) return fail(frame);
        } else if (!list_append(list.get(), v.get())) {
            return fail(frame);
        }
    }
    if (kind_ == DisplayKind::List) return list;
    return tuple_from_array(list->items, list->size);
}

// {**m}: a dict is merged directly; anything else needs keys() and [].
static bool merge_mapping(Dict* into, Object* mapping) {
    if (is_dict(mapping)) return dict_merge(into, cast<Dict>(mapping)) == 0;
    if (!type_lookup(mapping->type, "keys")) {
        raisef(exc::TypeError, "'{}' object is not a mapping", type_name(mapping));
        return false;
    }
    Ref<> keys = call_method(mapping, "keys", {});
    if (!keys) return false;
    Ref<> it = get_iter(keys.get());
    if (!it) return false;
    while (Ref<> key = iter_next(it.get())) {
        Ref<> value = getitem(mapping, key.get());
        if (!value || dict_set(into, key.get(), value.get()) < 0) return false;
    }
    return !error_pending();
}

// CPython's compiler builds a display in runs of plain items between the
// `**` items: a run of up to 15 is evaluated whole and then stored in a dict
// presized for it (BUILD_MAP / BUILD_CONST_KEY_MAP), a longer one item by
// item (BUILD_MAP 0, MAP_ADD) and cut after 17 items; every run after the
// first is merged into the dict (DICT_UPDATE). The table sizes, and when an
// unhashable key is noticed, follow from that.
constexpr std::size_t kDisplayRun = 15;  // STACK_USE_GUIDELINE / 2

Ref<Dict> DictNode::eval_run(Frame& frame, std::size_t begin, std::size_t end) const {
    const std::size_t count = end - begin;
    if (count > kDisplayRun) {
        Ref<Dict> dict = dict_new();
        for (std::size_t i = begin; i < end; ++i) {
            Ref<> key = keys_[i]->eval(frame);
            if (!key) return nullptr;
            Ref<> value = values_[i]->eval(frame);
            if (!value) return nullptr;
            if (dict_set(dict.get(), key.get(), value.get()) < 0) return fail(frame);
        }
        return dict;
    }
    // Owned references, released last to first as CPython pops its stack.
    Object* items[2 * kDisplayRun];
    std::size_t held = 0;
    auto release_items = [&] {
        while (held) decref(items[--held]);
    };
    bool str_keys = true;
    for (std::size_t i = begin; i < end; ++i) {
        Ref<> key = keys_[i]->eval(frame);
        if (!key) return release_items(), nullptr;
        str_keys = str_keys && is_exact_str(key.get());
        items[held++] = key.release();
        Ref<> value = values_[i]->eval(frame);
        if (!value) return release_items(), nullptr;
        items[held++] = value.release();
    }
    Ref<Dict> dict = dict_new_presized(static_cast<std::int64_t>(count), str_keys);
    bool stored = static_cast<bool>(dict);
    for (std::size_t i = 0; stored && i < held; i += 2) stored = dict_set(dict.get(), items[i], items[i + 1]) == 0;
    release_items();
    if (!stored) return fail(frame);
    return dict;
}

Ref<> DictNode::eval(Frame& frame) const {
    Ref<Dict> dict;
    // Adds a run to the display's dict (the first run is that dict).
    auto add_run = [&](std::size_t begin, std::size_t end) {
        Ref<Dict> run = eval_run(frame, begin, end);
        if (!run) return false;
        if (!dict) {
            dict = std::move(run);
            return true;
        }
        if (dict_merge(dict.get(), run.get()) < 0) return fail(frame), false;
        return true;
    };
    std::size_t pending = 0;  // plain items not yet added
    const std::size_t n = values_.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (keys_[i]) {
            if (pending <= kDisplayRun) {
                ++pending;
                continue;
            }
            if (!add_run(i - pending, i + 1)) return nullptr;
            pending = 0;
            continue;
        }
        if (pending && !add_run(i - pending, i)) return nullptr;
        pending = 0;
        if (!dict) dict = dict_new();
        Ref<> mapping = values_[i]->eval(frame);
        if (!mapping) return nullptr;
        if (!merge_mapping(dict.get(), mapping.get())) return fail(frame);
    }
    if (pending && !add_run(n - pending, n)) return nullptr;
    if (!dict) dict = dict_new();
    return dict;
}

// ------------------------------------------------------------- f-strings

// The pieces are joined in one step, as CPython's BUILD_STRING does, so the
// result is made in its final kind and no piece's UTF-8 form is made.
Ref<> JoinedStrNode::eval(Frame& frame) const {
    constexpr std::size_t kInline = 8;
    Object* inline_parts[kInline];
    std::vector<Object*> many;
    Object** parts = inline_parts;
    if (parts_.size() > kInline) {
        many.resize(parts_.size());
        parts = many.data();
    }
    std::size_t n = 0;
    auto release_parts = [&] {
        for (std::size_t i = 0; i < n; ++i) decref(parts[i]);
    };
    for (ExprNode* part : parts_) {
        Ref<> piece = part->eval(frame);
        if (!piece) {
            release_parts();
            return nullptr;
        }
        parts[n++] = piece.release();
    }
    Ref<Str> text = str_concat_array(parts, n);
    release_parts();
    return text;
}

Ref<> FormatValueNode::eval(Frame& frame) const {
    Ref<> value = value_->eval(frame);
    if (!value) return nullptr;
    switch (conversion_) {
        case 's': value = str(value.get()); break;
        case 'r': value = repr(value.get()); break;
        case 'a': value = ascii_of(value.get()); break;
        default: break;
    }
    if (!value) return fail(frame);
    Ref<> spec;
    if (spec_) {
        spec = spec_->eval(frame);
        if (!spec) return nullptr;
    }
    Ref<> result = format_value(value.get(), spec.get());
    if (!result) return fail(frame);
    return result;
}

}  // namespace minipy::interp
