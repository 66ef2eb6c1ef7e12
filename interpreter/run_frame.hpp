// Running a function's frame, written inline for the two places that run
// one on every Python call: run_function_in_slots (call.cpp) and the call
// node that evaluates arguments straight into the callee's slots
// (eval_call.cpp). Deep recursion pays for every C++ frame on a Python
// call's path, its saved registers and return address, once per level:
// with the frame run inside the call node, and a body's final return
// evaluated by the body (Block::run_body), a level of
// `return n + f(n - 1)` is two C++ frames, not four.
#pragma once

#include "interpreter/call.hpp"
#include "interpreter/frame.hpp"
#include "interpreter/stmt_nodes.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/singletons.hpp"

namespace minipy::interp {

// Releases a frame's slots in slot order, as CPython's frame clearing:
// locals die first to last.
inline void release_slots(Object** slots, int n) {
    for (int i = 0; i < n; ++i) {
        Object* o = slots[i];
        slots[i] = nullptr;
        xdecref(o);
    }
}

// execute_frame's work (call.hpp), inline.
[[gnu::always_inline]] inline Ref<> run_frame(Frame& frame) {
    Ref<> result;
    if (enter_recursion("")) {
        frame.back = current_frame;
        current_frame = &frame;
        const Block* block = frame.code->body_block;
        Flow flow = block ? block->run_body(frame) : frame.code->body->exec(frame);
        current_frame = frame.back;
        leave_recursion();
        if (flow == Flow::Return) result = std::move(frame.return_value);
        else if (flow == Flow::Normal) result = none();
    }
    frame_detach(frame);
    release_slots(frame.slots, frame.code->nslots);
    return result;
}

// run_function_in_slots's work (call.hpp) for code that is not a
// generator's, inline.
[[gnu::always_inline]] inline Ref<> run_plain_function_in_slots(Function* fn, CodeObject* code, Object** slots) {
    setup_cells(code, slots, fn->closure);
    Frame frame;
    frame.code = code;
    frame.function = fn;
    frame.slots = slots;
    frame.globals = fn->globals;
    frame.builtins = fn->builtins ? fn->builtins : builtins_dict;
    return run_frame(frame);
}

}  // namespace minipy::interp
