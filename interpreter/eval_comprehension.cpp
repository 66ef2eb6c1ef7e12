// Evaluation of comprehensions: the call that starts each (generator expressions too), list/set/dict bodies.
#include "interpreter/nodes.hpp"
#include "interpreter/stmt_nodes.hpp"

#include "interpreter/call.hpp"
#include "interpreter/safe_point.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/set.hpp"

#include <optional>

namespace minipy::interp {

// As CPython 3.11's GET_ITER and CALL: once it has its iterator, the
// iterable is dropped, and the iterator moves into the function's ".0", so
// it goes with the comprehension's frame, first of its locals
// (`[0 for x in (a, b)]` releases a, then b, which x held).
Ref<> ComprehensionNode::eval(Frame& frame) const {
    Ref<> fn = function_->eval(frame);
    if (!fn) return nullptr;
    Ref<> it;
    {
        Ref<> iterable = first_iter_->eval(frame);
        if (!iterable) return nullptr;
        it = get_iter(iterable.get());
    }
    if (!it) return fail(frame);
    Object* argv[] = {it.get()};
    Ref<> result = call_consuming(std::move(fn), Args{argv, 1, nullptr}, &it);
    if (!result) return fail(frame);
    return result;
}

// Appends the element for the current iteration to the result (or yields it).
static bool emit(Frame& frame, ComprehensionKind kind, ExprNode* element, ExprNode* value, Object* result) {
    if (kind == ComprehensionKind::Dict) {
        Ref<> k = element->eval(frame);
        if (!k) return false;
        Ref<> v = value->eval(frame);
        if (!v) return false;
        return dict_set(cast<Dict>(result), k.get(), v.get()) == 0 || (traceback_add(frame, element->pos()), false);
    }
    Ref<> x = element->eval(frame);
    if (!x) return false;
    switch (kind) {
        case ComprehensionKind::List:
            return list_append(cast<List>(result), x.get());
        case ComprehensionKind::Set:
            return set_add(cast<Set>(result), x.get()) == 0 || (traceback_add(frame, element->pos()), false);
        default:  // generator expressions have a body of their own (GeneratorExpBodyNode)
            return false;
    }
}

bool ComprehensionBodyNode::run(Frame& frame, std::size_t level, Object* result) const {
    const ComprehensionLoop& loop = loops_[level];
    // The first iterator is the parameter ".0", made by the caller; the
    // others are held in hidden frame slots of a generator expression.
    std::optional<IteratorHold> hold;
    Object* it = frame.slots[0];
    if (loop.iter) {
        Ref<> iterable = loop.iter->eval(frame);
        if (!iterable) return false;
        Ref<> made = get_iter(iterable.get());
        if (!made) return fail(frame), false;
        hold.emplace(frame, loop.iter_slot, std::move(made));
        it = hold->get();
    }
    while (Ref<> item = iter_next(it)) {
        if (!loop.target->store(frame, std::move(item))) return false;
        int selected = loop.selects(frame);
        if (selected < 0) {
            condition_failed(frame, selected);
            return false;
        }
        if (selected) {
            bool ok = level + 1 < loops_.size() ? run(frame, level + 1, result)
                                                : emit(frame, kind_, element_, value_, result);
            if (!ok) return false;
        }
        // CPython's loop checks its eval breaker at each jump back: Ctrl-C
        // stops `{0 for _ in range(10**12)}`, and a collection that came due
        // runs here.
        if (!safe_point()) return fail(frame), false;
    }
    if (error_pending()) return fail(frame), false;
    return true;
}

Flow ComprehensionBodyNode::exec(Frame& frame) const {
    Ref<> result;
    switch (kind_) {
        case ComprehensionKind::List: result = list_new(); break;
        case ComprehensionKind::Set: result = set_new(); break;
        case ComprehensionKind::Dict: result = dict_new(); break;
        case ComprehensionKind::Generator:  // compiled to a GeneratorExpBodyNode instead
            raise(exc::SystemError, "generator expression body run as a comprehension");
            return Flow::Error;
    }
    if (!run(frame, 0, result.get())) return Flow::Error;
    frame.return_value = std::move(result);
    return Flow::Return;
}

}  // namespace minipy::interp
