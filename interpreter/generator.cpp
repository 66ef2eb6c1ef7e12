// Generators on Boost.Context fibers (PEP 255, PEP 342, PEP 380, PEP 479).
#include "interpreter/generator.hpp"

#include "interpreter/call.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/resumable.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/fiber_stack.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <boost/context/fiber.hpp>
#include <fmt/format.h>

#include <utility>
#include <vector>

namespace minipy::interp {

Type GeneratorType;

namespace ctx = boost::context;

// ------------------------------------------------------------- stacks
//
// Each running or suspended generator owns a stack (runtime/core/fiber_stack.hpp),
// from a pool that keeps a few for generators created in a loop.

namespace {

constexpr std::size_t kStackSize = 1024 * 1024;
constexpr std::size_t kStackMargin = 128 * 1024;  // below this much headroom: RecursionError

StackPool& generator_stacks() {
    static auto* pool = new StackPool(kStackSize, 32);
    return *pool;
}

}  // namespace

// What a generator needs only sometimes, kept out of its CPython-sized
// object: the switching state of a body on a fiber, and what CPython keeps
// in the generator or on its value stack but most generators never use.
struct GeneratorContext {
    ctx::fiber body;    // where the generator continues, while it is suspended
    ctx::fiber caller;  // where it goes back to, while it runs
    std::uintptr_t stack_limit = 0;
    std::size_t handled_depth = 0;  // the resumer's handled-exception depth
    Ref<> delegate_outcome;         // how the `yield from` delegate ended, when resumed past it: its error,
    Ref<> delegate_result;          // or (a stackless body's) its return value, for which no StopIteration is made
    bool started = false;           // the fiber has been made
    bool finished = false;
    Object* yield_from = nullptr;   // owned: the iterator `yield from` delegates to (gi_yieldfrom)
    Object* to_throw = nullptr;     // owned: raised at the yield when resumed by throw() or close()
    std::vector<Ref<>> handled;     // exceptions handled across a yield (fiber bodies; gi_exc_state)
};

static GeneratorContext* context_of(Generator* gen) {
    if (!gen->context) gen->context = new GeneratorContext();
    return gen->context;
}
static Object* yield_from_of(const Generator* gen) { return gen->context ? gen->context->yield_from : nullptr; }

// ------------------------------------------------------------ lifecycle

std::size_t generator_words(const CodeObject* code) {
    const auto cpython = static_cast<std::size_t>(code->first_temp + code->stacksize);
    const auto needed = static_cast<std::size_t>(code->nslots) +
                        (static_cast<std::size_t>(code->resume_points) * sizeof(ResumePoint) + sizeof(Object*) - 1) /
                            sizeof(Object*);
    return std::max(cpython, needed);
}

// The object and its words in one block (zeroed: empty slots, resume
// points at their starts).
static std::size_t generator_size(Object* o) {
    return sizeof(Generator) + generator_words(cast<Generator>(o)->frame.code) * sizeof(Object*);
}

Ref<> generator_new(Function* fn, Object** slots) {
    CodeObject* code = cast<CodeObject>(fn->code);
    Object* raw = object_alloc_bytes(&GeneratorType, sizeof(Generator) + generator_words(code) * sizeof(Object*));
    auto* gen = ::new (static_cast<void*>(raw)) Generator();
    gen->refcount = 1;
    gen->type = &GeneratorType;
    Ref<Generator> ref = Ref<Generator>::adopt(gen);
    set_slot(gen->name, fn->name);
    set_slot(gen->qualname, fn->qualname);
    gen->frame.code = code;
    set_slot(gen->frame.function, fn);
    gen->frame.globals = fn->globals;
    gen->frame.builtins = fn->builtins ? fn->builtins : builtins_dict;
    gen->frame.generator = gen;
    gen->frame.slots = gen->words();
    gen->frame.line = code->first_line;  // an unstarted frame is at its def line, as CPython
    gen->points_at = static_cast<std::uint32_t>(code->nslots);
    for (int i = 0; i < code->nslots; ++i) {
        gen->frame.slots[i] = slots[i];
        slots[i] = nullptr;
    }
    gc_track(gen);
    return ref;
}

static void release_frame(Generator* gen) {
    if (!gen->frame.slots) return;
    frame_detach(gen->frame);
    Object** slots = gen->frame.slots;
    const int n = gen->frame.code->nslots;
    for (int i = 0; i < n; ++i) {
        Object* o = slots[i];
        slots[i] = nullptr;
        xdecref(o);
    }
}

// The body's end: the frame's locals go, as a function's do when it returns.
static void end_body(Generator* gen, Flow flow) {
    if (flow == Flow::Return) {
        steal_into(gen->transfer, std::move(gen->frame.return_value));
    } else if (flow == Flow::Normal) {
        set_slot(gen->transfer, None);
    } else if (error_matches(exc::StopIteration)) {
        // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
        Ref<> stop = take_error();
        Ref<> replacement = exception_with_message(exc::RuntimeError, "generator raised StopIteration");
        set_slot(cast<ExceptionObject>(replacement.get())->cause, stop.get());
        set_slot(cast<ExceptionObject>(replacement.get())->context, stop.get());
        cast<ExceptionObject>(replacement.get())->suppress_context = true;
        set_error(std::move(replacement));
    }
    release_frame(gen);
}

// A fiber body's last act: the body ends, and the resumer goes on.
static ctx::fiber finish(Generator* gen, Flow flow) {
    end_body(gen, flow);
    gen->context->finished = true;
    return std::move(gen->context->caller);
}

// A generator suspended in `yield from` another generator is resumed by
// resuming its delegate directly, on the resumer's stack: a value yielded
// deep in a chain of delegations reaches the resumer with one stack switch
// instead of one per level (and, for a stackless body, without going down
// the path to its YieldFromStmt). Only when the delegate ends does the
// delegator's own body wake up, in its YieldFromNode or YieldFromStmt, to
// take the outcome. Everything a script can see is as if the delegator ran:
// it is running meanwhile, its frame is the delegate's caller, its handled
// exceptions are in effect.
static Generator* direct_delegate(Generator* gen) {
    GeneratorContext* c = gen->context;
    if (!c || c->to_throw || !c->yield_from || c->yield_from->type != &GeneratorType) return nullptr;
    return cast<Generator>(c->yield_from);
}

// Switches to the generator's body until it yields or ends.
static void run_body(Generator* gen, Object* sent, std::size_t handled_depth) {
    if (!context_of(gen)->started) {
        gen->context->started = true;
        gen->context->body = ctx::fiber(std::allocator_arg, PooledStack{&generator_stacks()}, [gen](ctx::fiber&& caller) {
            GeneratorContext* c = gen->context;
            c->caller = std::move(caller);
            // This is the top of the new stack: below the margin, RecursionError.
            char probe;
            c->stack_limit = reinterpret_cast<std::uintptr_t>(&probe) - (kStackSize - kStackMargin);
            stack_limit = c->stack_limit;
            Flow flow = gen->frame.code->body->exec(gen->frame);
            return finish(gen, flow);
        });
    }
    GeneratorContext* c = gen->context;
    set_slot(gen->transfer, sent);
    c->handled_depth = handled_depth;
    stack_limit = c->stack_limit;
    c->body = std::move(c->body).resume();
}

// A stackless body suspended in a YieldFromStmt: the delegate goes on
// directly, and the body only when it has ended (null; its outcome noted for
// the YieldFromStmt), as resume_on_fiber does. A delegate that returns hands
// its value over as it is, without the StopIteration that would carry it, as
// CPython's SEND takes it from gen_send_ex2; one already finished returns
// None, as there. Out of line, so that the common resume stays small enough
// to inline into next().
[[gnu::noinline]] static Ref<> resume_delegate(Generator* gen, Object* sent) {
    Generator* delegate = direct_delegate(gen);
    const bool was_finished = delegate->state == GeneratorState::Finished;
    Ref<> yielded = generator_send(delegate, sent, false);
    if (yielded) return yielded;
    GeneratorContext* c = gen->context;
    if (error_pending()) c->delegate_outcome = take_error();
    else if (was_finished || !delegate->transfer) c->delegate_result = none();
    else c->delegate_result = adopt(std::exchange(delegate->transfer, nullptr));
    return nullptr;
}

// A stackless body runs on this stack until it yields (the value) or ends
// (null).
// (inline: with resume, the body of next(), which drives most generators)
[[gnu::always_inline]] static inline Ref<> resume_stackless(Generator* gen, Object* sent) {
    // The body is a ResumableBlock (resumable.hpp).
    const auto* body = static_cast<const ResumableStmt*>(gen->frame.code->body);
    Flow flow;
    if (gen->state == GeneratorState::Suspended) {
        gen->state = GeneratorState::Running;
        if (gen->context && direct_delegate(gen)) {
            if (Ref<> yielded = resume_delegate(gen, sent)) {
                gen->state = GeneratorState::Suspended;
                return yielded;
            }
        } else if (sent != None) {
            // For the yield statement to take; None, which next() sends, is
            // left out (the transfer is empty while suspended).
            set_slot(gen->transfer, sent);
        }
        flow = body->resume(gen->frame);
    } else {
        gen->state = GeneratorState::Running;
        flow = body->exec(gen->frame);
    }
    if (flow == Flow::Yield) {
        gen->state = GeneratorState::Suspended;
        return adopt(std::exchange(gen->transfer, nullptr));
    }
    end_body(gen, flow);
    gen->state = GeneratorState::Finished;
    return nullptr;
}

// Any other body runs on its fiber, or its delegate is resumed directly.
static Ref<> resume_on_fiber(Generator* gen, Object* sent) {
    const std::uintptr_t saved_limit = stack_limit;
    const int saved_depth = recursion_depth;
    const std::size_t handled_depth = handled_exception_depth();
    GeneratorContext* c = context_of(gen);  // only a fiber body can yield inside a handler
    for (Ref<>& e : c->handled) push_handled_exception(e.get());
    c->handled.clear();
    gen->state = GeneratorState::Running;

    Ref<> yielded;
    if (Generator* delegate = direct_delegate(gen)) {
        yielded = generator_send(delegate, sent, true);
        if (yielded) c->handled = take_handled_exceptions(handled_depth);
        else c->delegate_outcome = take_error();
    }
    if (!yielded) {
        run_body(gen, sent, handled_depth);
        if (!gen->context->finished) yielded = adopt(std::exchange(gen->transfer, nullptr));
    }
    gen->state = gen->context->finished ? GeneratorState::Finished : GeneratorState::Suspended;
    stack_limit = saved_limit;
    recursion_depth = saved_depth;
    return yielded;
}

[[gnu::always_inline]] static inline Ref<> resume(Generator* gen, Object* sent) {
    if (gen->state == GeneratorState::Running) return raise(exc::ValueError, "generator already executing");
    if (!enter_recursion("")) return nullptr;
    Ref<> keep_alive = share<Object>(gen);
    Frame* saved_frame = current_frame;
    gen->frame.back = current_frame;
    current_frame = &gen->frame;
    Ref<> yielded = gen->frame.code->stackless ? resume_stackless(gen, sent) : resume_on_fiber(gen, sent);
    current_frame = saved_frame;
    leave_recursion();
    return yielded;
}

Ref<> generator_take_context_thrown(Generator* gen) {
    GeneratorContext* c = gen->context;
    return c->to_throw ? adopt(std::exchange(c->to_throw, nullptr)) : nullptr;
}

// Raises an exception thrown in at the yield, chained only to what the
// generator itself is handling there: CPython's gen_send_ex2 chains it to
// the generator's own exception state, never to its resumer's.
static void raise_thrown(GeneratorContext* c, Ref<> exc) {
    if (handled_exception_depth() > c->handled_depth) raise_chained(std::move(exc));
    else set_error(std::move(exc));
}

Ref<> generator_yield(Frame& frame, Ref<> value) {
    Generator* gen = frame.generator;
    GeneratorContext* c = gen->context;
    steal_into(gen->transfer, std::move(value));
    // Exceptions being handled inside the generator leave with it.
    c->handled = take_handled_exceptions(c->handled_depth);
    c->caller = std::move(c->caller).resume();
    // Resumed.
    if (c->to_throw) {
        raise_thrown(c, adopt(std::exchange(c->to_throw, nullptr)));
        return nullptr;
    }
    Object* sent = gen->transfer;
    gen->transfer = nullptr;
    return adopt(sent);
}

Ref<> generator_send(Generator* gen, Object* value, bool raise_stop) {
    if (gen->state == GeneratorState::Finished) {
        if (raise_stop) raise_object(exc::StopIteration);
        return nullptr;
    }
    if (gen->state == GeneratorState::Created && value != None)
        return raise(exc::TypeError, "can't send non-None value to a just-started generator");
    Ref<> result = resume(gen, value);
    if (result || error_pending() || !raise_stop) return result;
    // Finished: the return value travels in StopIteration.
    Ref<> returned = adopt(gen->transfer);
    gen->transfer = nullptr;
    if (!returned || returned.get() == None) return raise_object(exc::StopIteration);
    Ref<> stop = call(exc::StopIteration, {returned.get()});
    if (stop) set_error(std::move(stop));
    return nullptr;
}

// Raises `exc` inside the generator at its current yield.
static Ref<> throw_into(Generator* gen, Ref<> exc) {
    if (gen->state != GeneratorState::Suspended) {
        // Not started (or finished): nothing runs; the generator is done.
        if (gen->state == GeneratorState::Created) {
            gen->state = GeneratorState::Finished;
            release_frame(gen);
        }
        set_error(std::move(exc));
        return nullptr;
    }
    steal_into(context_of(gen)->to_throw, std::move(exc));
    Ref<> result = resume(gen, None);
    if (!result && !error_pending() && gen->state == GeneratorState::Finished) {
        Ref<> returned = adopt(gen->transfer);
        gen->transfer = nullptr;
        if (!returned || returned.get() == None) return raise_object(exc::StopIteration);
        Ref<> stop = call(exc::StopIteration, {returned.get()});
        if (stop) set_error(std::move(stop));
    }
    return result;
}

// close(): GeneratorExit at the yield; the generator must not yield again.
static Ref<> close_generator(Generator* gen) {
    if (gen->state == GeneratorState::Created) {
        gen->state = GeneratorState::Finished;
        release_frame(gen);
        return none();
    }
    if (gen->state == GeneratorState::Finished) return none();
    Ref<> exit = exception_new(exc::GeneratorExit, Args{});
    if (!exit) return nullptr;
    steal_into(context_of(gen)->to_throw, std::move(exit));
    Ref<> result = resume(gen, None);
    if (result) return raise(exc::RuntimeError, "generator ignored GeneratorExit");
    if (!error_pending() || error_matches(exc::GeneratorExit) || error_matches(exc::StopIteration)) {
        clear_error();
        return none();
    }
    return nullptr;
}

// PEP 442: a suspended generator that becomes garbage is closed, so its
// finally blocks run.
static void generator_finalize(Object* o) {
    auto* gen = cast<Generator>(o);
    if (gen->state != GeneratorState::Suspended) return;
    Ref<> saved = take_error();
    if (!close_generator(gen)) write_unraisable(o);
    if (saved) set_error(std::move(saved));
}

// No clear, as CPython's generators: a suspended generator in a cycle is
// closed by its finalizer, which ends its frame. The frame goes first (its
// frame object, then the slots first to last, and whatever the fiber's
// stack still holds), then the rest in the order of CPython's gen_dealloc:
// the value stack (what `yield from` delegates to, the value in transit),
// the names, and last the exceptions being handled; the function (which
// holds the code, which says how big the block is) once the block is freed.
static void generator_destroy(Object* o) {
    auto* gen = cast<Generator>(o);
    release_frame(gen);
    if (GeneratorContext* c = gen->context) {
        // A fiber still suspended (a generator that ignored GeneratorExit) is
        // unwound by its destructor; keep the evaluator's state intact.
        Frame* saved_frame = current_frame;
        int saved_depth = recursion_depth;
        std::uintptr_t saved_limit = stack_limit;
        std::vector<Ref<>> handled = std::move(c->handled);
        Object* yield_from = std::exchange(c->yield_from, nullptr);
        Object* to_throw = std::exchange(c->to_throw, nullptr);
        delete c;
        gen->context = nullptr;
        current_frame = saved_frame;
        recursion_depth = saved_depth;
        stack_limit = saved_limit;
        xdecref(yield_from);
        clear_slot(gen->transfer);
        xdecref(to_throw);
        clear_slot(gen->name);
        clear_slot(gen->qualname);
        handled.clear();
    } else {
        clear_slot(gen->transfer);
        clear_slot(gen->name);
        clear_slot(gen->qualname);
    }
    Function* function = std::exchange(gen->frame.function, nullptr);
    delete_object(gen);
    xdecref(function);
}

// CPython's gen_traverse order: the names, the frame object, the function,
// the slots (a running generator's are its running frame's, seen from its
// stack), the value stack, the exceptions being handled.
static void generator_traverse(Object* o, VisitFn visit, void* arg) {
    auto* gen = cast<Generator>(o);
    visit_field(gen->name, visit, arg);
    visit_field(gen->qualname, visit, arg);
    visit_field(gen->frame.object, visit, arg);
    visit_field(gen->frame.function, visit, arg);
    if (gen->state != GeneratorState::Running)
        for (int i = 0; i < gen->frame.code->nslots; ++i) visit_field(gen->frame.slots[i], visit, arg);
    GeneratorContext* c = gen->context;
    if (c) visit_field(c->yield_from, visit, arg);
    visit_field(gen->transfer, visit, arg);
    if (c) {
        visit_field(c->to_throw, visit, arg);
        for (Ref<>& e : c->handled) visit_field(e.get(), visit, arg);
    }
}

// --------------------------------------------------------- Python side

static Ref<> generator_iter(Object* o) { return share(o); }

// The next slot: a return value other than None travels in StopIteration,
// as CPython's gen_iternext, so next(g) can report it.
static Ref<> generator_next(Object* o) {
    auto* gen = cast<Generator>(o);
    if (gen->state == GeneratorState::Finished) return nullptr;
    Ref<> r = resume(gen, None);  // generator_send(gen, None, false), inline
    if (r || error_pending() || gen->state != GeneratorState::Finished || !gen->transfer || gen->transfer == None)
        return r;
    Ref<> value = adopt(gen->transfer);
    gen->transfer = nullptr;
    Ref<> stop = call(exc::StopIteration, {value.get()});
    if (stop) set_error(std::move(stop));
    return nullptr;
}

static Ref<> generator_send_method(Object* self, const Args& args) {
    if (!check_one_arg("send", args)) return nullptr;
    return generator_send(cast<Generator>(self), args[0], true);
}

// throw(value) / throw(type[, value[, tb]]) (the 3-argument form is
// deprecated in 3.12 but valid in 3.11).
static Ref<> generator_throw_method(Object* self, const Args& args) {
    if (!check_arg_range("throw", args, 1, 3)) return nullptr;
    Object* type = args[0];
    Object* value = args.size() > 1 ? args[1] : None;
    Ref<> exc;
    if (is_exception_class(type)) {
        if (value != None && is_exception(value)) exc = share(value);
        else if (value != None) exc = call(type, {value});
        else exc = call(type, {});
        if (!exc) return nullptr;
    } else if (is_exception(type)) {
        if (value != None) return raise(exc::TypeError, "instance exception may not have a separate value");
        exc = share(type);
    } else {
        return raisef(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not {}",
                      type_name(type));
    }
    if (args.size() > 2 && args[2] != None)
        set_slot(cast<ExceptionObject>(exc.get())->traceback, args[2]);
    return throw_into(cast<Generator>(self), std::move(exc));
}

static Ref<> generator_close_method(Object* self, const Args& args) {
    if (!check_no_args("close", args)) return nullptr;
    return close_generator(cast<Generator>(self));
}

// <generator object f at 0x…>
static Ref<> generator_repr(Object* o) {
    auto* gen = cast<Generator>(o);
    return str_from(fmt::format("<generator object {} at {}>", gen->qualname->view(), static_cast<const void*>(o)));
}

static Ref<> gen_name(Object* o) { return share<Object>(cast<Generator>(o)->name); }
static Ref<> gen_qualname(Object* o) { return share<Object>(cast<Generator>(o)->qualname); }
static Ref<> gen_running(Object* o) { return bool_from(cast<Generator>(o)->state == GeneratorState::Running); }
static Ref<> gen_code(Object* o) { return share<Object>(cast<Generator>(o)->frame.code); }
static Ref<> gen_frame(Object* o) {
    auto* gen = cast<Generator>(o);
    if (gen->state == GeneratorState::Finished) return none();
    return share<Object>(frame_object(gen->frame));
}
// Only while suspended, as CPython's _PyGen_yf: a running delegator is not
// at its yield.
static Ref<> gen_yieldfrom(Object* o) {
    auto* gen = cast<Generator>(o);
    Object* y = gen->state == GeneratorState::Suspended ? yield_from_of(gen) : nullptr;
    return share(y ? y : None);
}

void generator_type_init() {
    type_init_builtin(GeneratorType, "generator", &ObjectType, sizeof(Generator),
                      type_flags::kHasGC);
    GeneratorType.weaklist_offset = offsetof(Generator, weakreflist);
    GeneratorType.destroy = generator_destroy;
    GeneratorType.traverse = generator_traverse;
    GeneratorType.finalize = generator_finalize;
    // The block is the object and its frame's words, as CPython's gen_sizeof
    // counts the frame it embeds; the size depends on the code, not on how
    // far the body ran.
    GeneratorType.allocated_size = generator_size;
    GeneratorType.size_of = generator_size;
    GeneratorType.iter = generator_iter;
    GeneratorType.next = generator_next;
    GeneratorType.repr = generator_repr;
    GeneratorType.getattr = generic_getattr;
    add_methods(GeneratorType, {
                                   {"send", generator_send_method},
                                   {"throw", generator_throw_method},
                                   {"close", generator_close_method},
                               });
    add_getsets(GeneratorType, {
                                   {"__name__", gen_name},
                                   {"__qualname__", gen_qualname},
                                   {"gi_running", gen_running},
                                   {"gi_code", gen_code},
                                   {"gi_frame", gen_frame},
                                   {"gi_yieldfrom", gen_yieldfrom},
                               });
    type_ready(GeneratorType);
}

// ------------------------------------------------------- yield nodes

Ref<> YieldNode::eval(Frame& frame) const {
    Ref<> value = value_ ? value_->eval(frame) : none();
    if (!value) return nullptr;
    Ref<> sent = generator_yield(frame, std::move(value));
    if (!sent) return fail(frame);
    return sent;
}

// ---------------------------------------------------------- yield from
//
// `yield from it` (PEP 380): every value of the sub-iterator passes through
// to our resumer, and what is sent or thrown in passes down. A body on a
// fiber runs the whole delegation in its YieldFromNode; a stackless body
// takes one step per exec or resume of its YieldFromStmt (resumable.hpp).

// The iterator `yield from` delegates to: a generator as it is.
static Ref<> delegate_iterator(Object* iterable) {
    return iterable->type == &GeneratorType ? share(iterable) : get_iter(iterable);
}

// Sends `sent` down: the delegate's next value, or null (StopIteration at
// its end, with its return value, or its error).
static Ref<> delegate_send(Object* it, Object* sent) {
    if (it->type == &GeneratorType) return generator_send(cast<Generator>(it), sent, true);
    if (sent == None) {
        // The next slot itself, not iter_next, which would drop the value
        // of a StopIteration the iterator raised (the result, as CPython's
        // _PyGen_FetchStopIterationValue takes it).
        if (!step_budget_point()) return nullptr;
        Ref<> r = it->type->next(it);
        if (!r && !error_pending()) raise_object(exc::StopIteration);
        return r;
    }
    return call_method(it, "send", {sent});
}

// Throws what was thrown in at the yield down: GeneratorExit closes the
// delegate; other exceptions are thrown into it when it can take them. The
// delegate's next value, or null: its outcome as delegate_send's, or (with
// `as_is` set) the exception thrown in or close()'s error, which propagate
// as they are.
static Ref<> delegate_throw(Object* it, Ref<> thrown, bool& as_is) {
    if (thrown->type == exc::GeneratorExit || is_instance_of(thrown.get(), exc::GeneratorExit)) {
        as_is = true;
        if (type_lookup(it->type, "close") && !call_method(it, "close", {})) return nullptr;
        set_error(std::move(thrown));
        return nullptr;
    }
    if (!type_lookup(it->type, "throw")) {
        as_is = true;
        set_error(std::move(thrown));
        return nullptr;
    }
    return call_method(it, "throw", {thrown.get()});
}

Ref<> generator_delegate_start(Frame& frame, Object* iterable, bool& as_is) {
    Ref<> it = delegate_iterator(iterable);
    if (!it) {
        as_is = true;
        return nullptr;
    }
    GeneratorContext* c = context_of(frame.generator);
    set_slot(c->yield_from, it.get());
    Ref<> to_yield = delegate_send(it.get(), None);
    if (!to_yield) clear_slot(c->yield_from);
    return to_yield;
}

Ref<> generator_delegate_resume(Frame& frame, bool& as_is, Ref<>& result) {
    Generator* gen = frame.generator;
    GeneratorContext* c = gen->context;
    if (c->delegate_result) {
        // Resumed past us (resume_delegate): the delegate has returned.
        result = std::move(c->delegate_result);
        clear_slot(c->yield_from);
        return nullptr;
    }
    if (Ref<> outcome = std::move(c->delegate_outcome)) {
        // Resumed past us (resume_stackless): the delegate has ended, and
        // this is its StopIteration or error, as its send() reported it.
        set_error(std::move(outcome));
        clear_slot(c->yield_from);
        return nullptr;
    }
    Ref<> it = share(c->yield_from);  // the delegate may drop our generator's hold on it
    Ref<> sent = adopt(std::exchange(gen->transfer, nullptr));  // null for None (resume_stackless)
    Ref<> to_yield;
    if (c->to_throw) {
        // Passed down as it is; what comes back up as it is (the exception,
        // or close()'s error) is raised here as if thrown in here.
        to_yield = delegate_throw(it.get(), adopt(std::exchange(c->to_throw, nullptr)), as_is);
        if (!to_yield && as_is && error_pending()) raise_thrown(c, take_error());
    } else {
        to_yield = delegate_send(it.get(), sent ? sent.get() : None);
    }
    if (!to_yield) clear_slot(c->yield_from);
    return to_yield;
}

Ref<> YieldFromNode::eval(Frame& frame) const {
    Ref<> iterable = value_->eval(frame);
    if (!iterable) return nullptr;
    Ref<> it = delegate_iterator(iterable.get());
    if (!it) return fail(frame);
    GeneratorContext* c = frame.generator->context;  // a body with `yield from` in an expression runs on a fiber
    set_slot(c->yield_from, it.get());
    Ref<> to_yield = delegate_send(it.get(), None);
    bool as_is = false;
    while (to_yield) {
        Ref<> sent = generator_yield(frame, std::move(to_yield));
        if (Ref<> outcome = std::move(c->delegate_outcome)) {
            // Resumed past us (see resume): the delegate has ended, and this
            // is its StopIteration or error, as its send() reported it.
            set_error(std::move(outcome));
            break;
        }
        to_yield = sent ? delegate_send(it.get(), sent.get()) : delegate_throw(it.get(), take_error(), as_is);
    }
    clear_slot(c->yield_from);
    if (as_is || !error_matches(exc::StopIteration)) return fail(frame);
    Ref<> stop = take_error();
    Object* value = cast<StopIterationObject>(stop.get())->value;
    return share(value ? value : None);
}

}  // namespace minipy::interp
