// Execution of statements.
#include "interpreter/stmt_nodes.hpp"

#include "interpreter/namespace.hpp"
#include "interpreter/number_fast.hpp"
#include "interpreter/peek_number.hpp"
#include "interpreter/safe_point.hpp"
#include "interpreter/subscript_fast.hpp"
#include "interpreter/sys_hooks.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/names.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

namespace minipy::interp {

StatementHook statement_hook = nullptr;

Block::Block(const ast::Position& pos, std::vector<StmtNode*> stmts) : StmtNode(pos), stmts_(std::move(stmts)) {
    if (stmts_.empty()) return;
    tail_return_ = dynamic_cast<const ReturnStmt*>(stmts_.back());
}

Flow Block::exec(Frame& frame) const { return run(frame); }

Flow ExprStmt::exec(Frame& frame) const { return value_->eval(frame) ? Flow::Normal : Flow::Error; }

Flow DisplayStmt::exec(Frame& frame) const {
    Ref<> value = value_->eval(frame);
    if (!value) return Flow::Error;
    if (!display_value(value.get())) return fail_flow(frame);
    return Flow::Normal;
}

Flow AssignStmt::exec(Frame& frame) const {
    Ref<> value = value_->eval(frame);
    if (!value) return Flow::Error;
    const std::size_t last = targets_.size() - 1;
    for (std::size_t i = 0; i < last; ++i)
        if (!targets_[i]->store(frame, value)) return Flow::Error;
    return targets_[last]->store(frame, std::move(value)) ? Flow::Normal : Flow::Error;
}

// `current op= operand`: ints and floats are immutable, so their in-place
// operators are the plain ones, taken by the fast path.
static Ref<> augmented(Object* current, Object* operand, BinaryOp op) {
    if (Ref<> result = fast_binary(current, operand, op)) return result;
    return inplace_op(current, operand, op);
}

// Evaluates an augmented assignment's value. Arithmetic comes unboxed, and
// with a number as the current value `current OP value` is computed at once
// into `result`, so that `total += a * b` makes one object, not two.
// Otherwise the value is an object in `operand`. False on error (the
// traceback has it).
static bool eval_augmented_value(Frame& frame, Object* current, const ExprNode* value, bool value_binary, BinaryOp op,
                                 Ref<>& operand, Ref<>& result) {
    if (!value_binary || heap_tracing) {
        operand = value->eval(frame);
        return static_cast<bool>(operand);
    }
    Unboxed a, b, r;
    const int kind = static_cast<const BinaryNode*>(value)->eval_unboxed(frame, b, operand);
    if (kind <= 0) return kind == 0;
    if (unbox(current, a) && unboxed_binary(a, b, op, r)) result = box(r);
    else operand = box(b);
    return true;
}

Flow LocalAssignStmt::exec(Frame& frame) const {
    Object* value = value_->eval(frame).release();
    if (!value) return Flow::Error;
    Object* old = frame.slots[slot_];
    frame.slots[slot_] = value;
    xdecref(old);
    return Flow::Normal;
}

Flow ParallelAssignStmt::exec(Frame& frame) const {
    // Released last to first if an evaluation fails, as CPython's stack.
    Ref<> values[kMaxValues];
    const std::size_t n = values_.size();
    for (std::size_t i = 0; i < n; ++i) {
        values[i] = values_[i]->eval(frame);
        if (!values[i]) return Flow::Error;
    }
    if (reversed_) {
        for (std::size_t i = n; i-- > 0;)
            if (!targets_[i]->store(frame, std::move(values[i]))) return Flow::Error;  // locals: cannot fail
        return Flow::Normal;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!targets_[i]->store(frame, std::move(values[i]))) {
            // The values not stored leave the stack from the next one on.
            for (std::size_t j = i + 1; j < n; ++j) values[j].reset();
            return Flow::Error;
        }
    }
    return Flow::Normal;
}

Flow AugAssignStmt::exec(Frame& frame) const {
    Ref<> current = load_->eval(frame);
    if (!current) return Flow::Error;
    Ref<> operand, result;
    if (!eval_augmented_value(frame, current.get(), value_, value_binary_, op_, operand, result)) return Flow::Error;
    const bool str_append = !result && op_ == BinaryOp::Add && local_slot_ >= 0 && is_exact_str(current.get()) &&
                            is_exact_str(operand.get()) && frame.slots[local_slot_] == current.get();
    if (str_append) {
        // CPython's BINARY_OP_INPLACE_ADD_UNICODE: the local lets go of its
        // str first, so that a string only it held grows in place and
        // `s += t` in a loop stays linear.
        clear_slot(frame.slots[local_slot_]);
        result = str_concat_consuming(std::move(current), operand.get());
    } else if (!result) {
        result = augmented(current.get(), operand.get(), op_);
    }
    if (!result) return fail_flow(frame);
    current.reset();
    return store_->store(frame, std::move(result)) ? Flow::Normal : Flow::Error;
}

Flow LentAugAssignStmt::exec(Frame& frame) const {
    Object* current = frame.slots[local_slot_];
    Object* operand = value_->lent_value(frame);
    if (!current || !operand) return AugAssignStmt::exec(frame);
    Ref<> result = fast_binary(current, operand, op_);
    if (!result) return AugAssignStmt::exec(frame);
    frame.slots[local_slot_] = result.release();
    decref(current);
    return Flow::Normal;
}

// Reading or storing the target of `obj.attr op= v` or `obj[i] op= v`
// failed: CPython reports it at the target, not at the statement.
static Flow fail_at_target(Frame& frame, const ast::Position& target) {
    traceback_add(frame, target);
    return Flow::Error;
}

// `current OP value` as the new object of a peeked augmented assignment:
// null, with nothing run, when `current` (borrowed, may be null) or the
// value is not a number peek_number reads, or the operator needs the
// general protocol.
[[gnu::always_inline]] static inline Ref<> peeked_update(const Object* current, const ExprNode* value, BinaryOp op,
                                                         const Frame& frame) {
    Unboxed a, b, result;
    if (!current || !unbox(current, a) || !peek_number(value, frame, b) || !unboxed_binary(a, b, op, result))
        return nullptr;
    return box(result);
}

Flow AugCellStmt::exec(Frame& frame) const {
    // As AugAttributeStmt::exec: the arithmetic of a peeked value makes one
    // object whatever its depth, so not while tracemalloc traces.
    if (!heap_tracing) {
        Cell* cell = cast<Cell>(frame.slots[cell_slot_]);
        if (Ref<> boxed = peeked_update(cell->value, value_, op_, frame)) {
            Object* old = cell->value;
            cell->value = boxed.release();
            decref(old);
            return Flow::Normal;
        }
    }
    return AugAssignStmt::exec(frame);
}

// The unboxed update; false, with nothing run, when the cache cannot read
// the attribute or the numbers need the general protocol.
inline bool AugAttributeStmt::exec_peeked(Frame& frame, Flow& flow) const {
    Object* object = object_->lent_value(frame);
    if (!object) return false;
    Ref<> boxed = peeked_update(cached_instance_attribute(object, name_, load_cache_), value_, op_, frame);
    if (!boxed) return false;
    flow = Flow::Normal;
    if (cached_store_instance_value(object, name_, boxed, store_cache_)) return true;
    Ref<> hold = share(object);  // as CPython's stack, while a __setattr__ runs
    if (setattr_cached(object, name_, boxed.get(), store_cache_) < 0) flow = fail_at_target(frame, target_pos_);
    return true;
}

Flow AugAttributeStmt::exec(Frame& frame) const {
    // The arithmetic of the peeked path makes one object whatever the
    // value's depth; tracemalloc sees each operator's result, as CPython's.
    if (Flow flow; peeks_ && !heap_tracing && exec_peeked(frame, flow)) return flow;
    return exec_in_full(frame);
}

// Out of line, so that the peeked path saves only the registers it needs.
[[gnu::noinline]] Flow AugAttributeStmt::exec_in_full(Frame& frame) const {
    // A reference, not a lent local: CPython's stack holds the object for
    // the whole statement, which sys.getrefcount in a __setattr__ shows.
    Ref<> object_ref = object_->eval(frame);
    Object* object = object_ref.get();
    if (!object) return Flow::Error;
    Ref<> current = getattr_cached(object, name_, load_cache_);
    if (!current) return fail_at_target(frame, target_pos_);
    Ref<> operand, result;
    if (!eval_augmented_value(frame, current.get(), value_, value_binary_, op_, operand, result)) return Flow::Error;
    if (!result) result = augmented(current.get(), operand.get(), op_);
    if (!result) return fail_flow(frame);
    current.reset();
    if (cached_store_instance_value(object, name_, result, store_cache_)) return Flow::Normal;
    if (setattr_cached(object, name_, result.get(), store_cache_) < 0) return fail_at_target(frame, target_pos_);
    return Flow::Normal;
}

// The unboxed update; false, with nothing run, when the item is not a
// number of a list or tuple indexed by a machine int, or the numbers need
// the general protocol.
inline bool AugSubscriptStmt::exec_peeked(Frame& frame, Flow& flow) const {
    Object* object = object_->lent_value(frame);
    Object* index = index_->lent_value(frame);
    Ref<> boxed = peeked_update(object && index ? fast_item(object, index) : nullptr, value_, op_, frame);
    if (!boxed) return false;
    flow = Flow::Normal;
    if (fast_store_item(object, index, boxed.get())) return true;
    if (setitem(object, index, boxed.get()) < 0) flow = fail_at_target(frame, target_pos_);
    return true;
}

Flow AugSubscriptStmt::exec(Frame& frame) const {
    if (Flow flow; peeks_ && !heap_tracing && exec_peeked(frame, flow)) return flow;
    return exec_in_full(frame);
}

[[gnu::noinline]] Flow AugSubscriptStmt::exec_in_full(Frame& frame) const {
    Ref<> object_hold, index_hold;
    Object* object = object_->eval_operand(frame, object_hold);
    if (!object) return Flow::Error;
    Object* index = index_->eval_operand(frame, index_hold);
    if (!index) return Flow::Error;
    Ref<> current = share(fast_item(object, index));
    if (!current) current = getitem(object, index);
    if (!current) return fail_at_target(frame, target_pos_);
    Ref<> operand, result;
    if (!eval_augmented_value(frame, current.get(), value_, value_binary_, op_, operand, result)) return Flow::Error;
    if (!result) result = augmented(current.get(), operand.get(), op_);
    if (!result) return fail_flow(frame);
    current.reset();
    if (fast_store_item(object, index, result.get())) return Flow::Normal;
    if (setitem(object, index, result.get()) < 0) return fail_at_target(frame, target_pos_);
    return Flow::Normal;
}

Flow SetupAnnotationsStmt::exec(Frame& frame) const {
    Object* ns = namespace_of(frame);
    Ref<> annotations = namespace_lookup(ns, names::annotations);
    if (annotations) return Flow::Normal;
    if (error_pending()) return fail_flow(frame);
    annotations = dict_new();
    if (namespace_store(ns, names::annotations, annotations.get()) < 0) return fail_flow(frame);
    return Flow::Normal;
}

Flow AnnotateStmt::exec(Frame& frame) const {
    Ref<> annotation = annotation_->eval(frame);
    if (!annotation) return Flow::Error;
    Ref<> annotations = annotations_->eval(frame);
    if (!annotations) return Flow::Error;
    if (setitem(annotations.get(), name_, annotation.get()) < 0) return fail_flow(frame);
    return Flow::Normal;
}

Flow DeleteStmt::exec(Frame& frame) const {
    for (TargetNode* t : targets_)
        if (!t->remove(frame)) return Flow::Error;
    return Flow::Normal;
}

// ---------------------------------------------------------- control flow
//
// A body of one statement is that statement, not a Block (Compiler::block),
// so whatever runs a body first moves the frame's line to it, and a loop
// moves it back to its own line for its test or next item: f_lineno and
// tracemalloc's tracebacks name the line running, as in CPython.

static Flow run_body(Frame& frame, const StmtNode* body) {
    frame.line = body->pos().line;
    announce_statement(frame, nullptr, body);
    return body->exec(frame);
}

Flow IfStmt::exec(Frame& frame) const {
    int truth = test_->eval_truth(frame);
    if (truth < 0) return condition_failed(frame, truth);
    if (truth) return run_body(frame, body_);
    return orelse_ ? run_body(frame, orelse_) : Flow::Normal;
}

Flow WhileStmt::exec(Frame& frame) const {
    for (;;) {
        frame.line = pos().line;
        int truth = test_->eval_truth(frame);
        if (truth < 0) return condition_failed(frame, truth);
        if (!truth) break;
        Flow flow = run_body(frame, body_);
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return || flow == Flow::Error) return flow;
        if (!safe_point()) return fail_flow(frame);
    }
    return orelse_ ? run_body(frame, orelse_) : Flow::Normal;
}

Flow ForStmt::exec(Frame& frame) const {
    Ref<> iterable = iter_->eval(frame);
    if (!iterable) return Flow::Error;
    Ref<> it = get_iter(iterable.get());
    if (!it) return fail_flow(frame);
    iterable.reset();
    Flow flow;
    {
        IteratorHold hold(frame, iter_slot_, std::move(it));
        flow = loop(frame, hold.get());
    }  // the iterator goes before the else clause runs, as CPython's FOR_ITER pops it
    if (flow == Flow::Break) return Flow::Normal;
    if (flow != Flow::Normal || !orelse_) return flow;
    return run_body(frame, orelse_);
}

// Normal when the iterator is exhausted, Break when the body broke out.
Flow ForStmt::loop(Frame& frame, Object* it) const {
    while (Ref<> item = iter_next(it)) {
        if (!target_->store(frame, std::move(item))) return Flow::Error;
        Flow flow = run_body(frame, body_);
        if (flow == Flow::Break || flow == Flow::Return || flow == Flow::Error) return flow;
        if (!safe_point()) return fail_flow(frame);
        frame.line = pos().line;
    }
    if (error_pending()) return fail_flow(frame);
    return Flow::Normal;
}

Flow ReturnStmt::exec(Frame& frame) const { return run(frame); }

// ------------------------------------------------------------ exceptions

// `raise X`: X may be a class (instantiated without arguments) or an instance.
static Ref<> make_exception(Object* value, const char* what) {
    if (is_exception_class(value)) {
        Ref<> exc = call(value, {});
        if (exc && !is_exception(exc.get())) {
            return raisef(exc::TypeError, "calling {} should have returned an instance of BaseException, not {}",
                          type_qualified_name(cast<Type>(value)), type_name(exc.get()));
        }
        return exc;
    }
    if (is_exception(value)) return share(value);
    return raise(exc::TypeError, what);
}

Flow RaiseStmt::exec(Frame& frame) const {
    if (!exc_) {
        // A bare raise re-raises the exception being handled as it is; this
        // frame gets no second traceback entry (CPython's RERAISE).
        Object* handled = handled_exception();
        if (!handled) {
            raise(exc::RuntimeError, "No active exception to reraise");
            return fail_flow(frame);
        }
        set_error(share(handled));
        return Flow::Error;
    }
    Ref<> value = exc_->eval(frame);
    if (!value) return Flow::Error;
    Ref<> exc = make_exception(value.get(), "exceptions must derive from BaseException");
    if (!exc) return fail_flow(frame);
    if (cause_) {
        Ref<> cause_value = cause_->eval(frame);
        if (!cause_value) return Flow::Error;
        Ref<> cause;
        if (cause_value.get() != None) {
            cause = make_exception(cause_value.get(), "exception causes must derive from BaseException");
            if (!cause) return fail_flow(frame);
        }
        auto* e = cast<ExceptionObject>(exc.get());
        set_slot(e->cause, cause.get());
        e->suppress_context = true;
    }
    raise_chained(std::move(exc));
    return fail_flow(frame);
}

// Does the pending exception `exc` match the handler's type expression?
// 1, 0, or -1 with a new exception set.
static int handler_matches(Object* exc, Object* type) {
    auto valid = [](Object* t) { return is_exception_class(t); };
    if (is_tuple(type)) {
        for (Object* t : *cast<Tuple>(type)) {
            if (!valid(t)) {
                raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        for (Object* t : *cast<Tuple>(type))
            if (is_instance_of(exc, cast<Type>(t))) return 1;
        return 0;
    }
    if (!valid(type)) {
        raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return is_instance_of(exc, cast<Type>(type)) ? 1 : 0;
}

// Runs the matching except clause, if any, for the pending exception.
Flow TryStmt::handle(Frame& frame) const {
    Ref<> exc = take_error();
    for (const Handler& h : handlers_) {
        if (h.type) {
            // The type expression runs as part of handling: errors in it
            // chain to the exception being matched.
            push_handled_exception(exc.get());
            Ref<> type = h.type->eval(frame);
            int match = type ? handler_matches(exc.get(), type.get()) : -1;
            pop_handled_exception();
            if (match < 0) {
                if (type) traceback_add(frame, h.type->pos());
                return Flow::Error;
            }
            if (!match) continue;
        }
        push_handled_exception(exc.get());
        Flow flow = Flow::Normal;
        if (h.name && !h.name->store(frame, exc)) flow = Flow::Error;
        if (flow == Flow::Normal) flow = run_body(frame, h.body);
        pop_handled_exception();
        // `except E as e` ends with `e = None; del e` (the name must not
        // keep the traceback's frames alive).
        if (h.name) {
            Ref<> pending = take_error();
            if (!h.name->store(frame, none()) || !h.name->remove(frame)) clear_error();
            if (pending) set_error(std::move(pending));
        }
        return flow;
    }
    set_error(std::move(exc));
    return Flow::Error;
}

Flow TryStmt::exec(Frame& frame) const {
    Flow flow = run_body(frame, body_);
    if (flow == Flow::Error && !handlers_.empty()) flow = handle(frame);
    else if (flow == Flow::Normal && orelse_) flow = run_body(frame, orelse_);
    if (!finalbody_) return flow;

    // finally: runs whatever happened; a pending exception or return value
    // survives it unless the finally block itself leaves some other way.
    Ref<> exc = flow == Flow::Error ? take_error() : nullptr;
    Ref<> returned = flow == Flow::Return ? std::move(frame.return_value) : nullptr;
    if (exc) push_handled_exception(exc.get());
    Flow final_flow = run_body(frame, finalbody_);
    if (exc) pop_handled_exception();
    if (final_flow != Flow::Normal) return final_flow;
    if (exc) set_error(std::move(exc));
    if (returned) frame.return_value = std::move(returned);
    return flow;
}

Flow AssertStmt::exec(Frame& frame) const {
    int truth = test_->eval_truth(frame);
    if (truth < 0) return condition_failed(frame, truth);
    if (truth) return Flow::Normal;
    Ref<> exc;
    if (msg_) {
        Ref<> msg = msg_->eval(frame);
        if (!msg) return Flow::Error;
        exc = call(exc::AssertionError, {msg.get()});
    } else {
        exc = call(exc::AssertionError, {});
    }
    if (exc) raise_chained(std::move(exc));
    traceback_add(frame, raise_pos_);
    return Flow::Error;
}

// ------------------------------------------------------------------ with

Flow WithStmt::exec(Frame& frame) const { return enter(frame, 0); }

Flow WithStmt::enter(Frame& frame, std::size_t index) const {
    const WithItem& item = items_[index];
    Ref<> manager = item.context->eval(frame);
    if (!manager) return Flow::Error;
    Object* enter_fn = type_lookup(manager->type, intern("__enter__"));
    if (!enter_fn) {
        raisef(exc::TypeError, "'{}' object does not support the context manager protocol", type_name(manager.get()));
        return fail_flow(frame);
    }
    Object* exit_fn = type_lookup(manager->type, intern("__exit__"));
    if (!exit_fn) {
        raisef(exc::TypeError, "'{}' object does not support the context manager protocol (missed __exit__ method)",
               type_name(manager.get()));
        return fail_flow(frame);
    }
    Ref<> exit = exit_fn->type->descr_get ? exit_fn->type->descr_get(exit_fn, manager.get(), manager->type) : share(exit_fn);
    if (!exit) return fail_flow(frame);
    Ref<> value = call_method(manager.get(), intern("__enter__"), {});
    if (!value) return fail_flow(frame);
    Flow flow = Flow::Normal;
    if (item.target && !item.target->store(frame, std::move(value))) flow = Flow::Error;
    if (flow == Flow::Normal) flow = index + 1 < items_.size() ? enter(frame, index + 1) : run_body(frame, body_);
    frame.line = pos().line;  // __exit__ is called from the with statement's line

    if (flow == Flow::Error) {
        // __exit__(type, value, traceback): a true result swallows the exception.
        Ref<> exc = take_error();
        Object* tb = cast<ExceptionObject>(exc.get())->traceback;
        push_handled_exception(exc.get());
        Ref<> result = call(exit.get(), {exc->type, exc.get(), tb ? tb : None});
        int suppress = result ? is_true(result.get()) : -1;
        pop_handled_exception();
        if (suppress < 0) return fail_flow(frame);
        if (suppress) return Flow::Normal;
        set_error(std::move(exc));
        return Flow::Error;
    }
    Ref<> saved_return = flow == Flow::Return ? std::move(frame.return_value) : nullptr;
    if (!call(exit.get(), {None, None, None})) return fail_flow(frame);
    if (saved_return) frame.return_value = std::move(saved_return);
    return flow;
}

}  // namespace minipy::interp
