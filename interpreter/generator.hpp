// Generators: functions whose frames suspend at `yield`.
//
// A tree-walking evaluator is in the middle of a C++ call chain when it
// reaches a `yield`. Most generators (every generator expression, and every
// generator whose yields and `yield from`s are statements of their own
// outside try and with) are stackless: the yield unwinds the chain with Flow::Yield, leaving marks
// of where each statement stood, and the next resume walks back down them
// (interpreter/resumable.hpp). Any other generator runs its body on a stack
// of its own (a Boost.Context fiber): `yield` switches back to whoever
// resumed it, and next()/send()/throw() switch in again. Either way the
// frame and its slots live in the generator object, so the collector sees
// what a suspended generator holds.
#pragma once

#include "interpreter/frame.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <cstdint>


namespace minipy::interp {

struct GeneratorContext;  // what a generator needs only sometimes (generator.cpp)

enum class GeneratorState : unsigned char { Created, Suspended, Running, Finished };

// Where one statement of a stackless body stood at the last yield
// (resumable.hpp): a statement's index in its block, an if's branch, a
// loop's part. Two bytes, so that the points fit in the stack words CPython
// has for the same body; scope.cpp leaves a body of more statements than a
// point counts to a fiber.
using ResumePoint = std::uint16_t;

// CPython 3.11's layout: a PyGenObject (80 bytes up to gi_iframe) that
// embeds its _PyInterpreterFrame (72 bytes up to localsplus), followed in
// the same heap block by the frame's words, one per local, cell and free
// variable (co_nlocalsplus) and one per value-stack entry (co_stacksize,
// compiler/stack_depth.hpp). So sys.getsizeof(gen) is CPython's, and it is
// the truth: the fixed part below is 152 bytes, and the words are there.
//
// The words: `frame.slots` points at the first; the locals, cells and free
// variables take the first co_nlocalsplus, as CPython's localsplus. What
// minipy keeps per suspended frame where CPython has its value stack takes
// the stack words: the hidden slots of the loops' iterators (the rest of
// the frame's nslots), then the resume points of a stackless body (two
// bytes each). When those need more room than co_stacksize words (a stackless
// body with many resume points), the generator has the words it needs, and
// counts them (generator_words).
//
// What CPython's generator and frame hold and minipy keeps elsewhere:
// gi_code is the frame's code (the function holds it); the exception state
// across a yield, the `yield from` delegate and the exception throw()
// brings are in the GeneratorContext, made the first time one of them or a
// fiber is needed.
struct Generator : Object {
    WeakRef* weakreflist = nullptr;       // gi_weakreflist (weakref.hpp)
    Str* name = nullptr;                  // owned: __name__
    Str* qualname = nullptr;              // owned: __qualname__
    Object* transfer = nullptr;           // owned: the value being yielded or sent (a stackless body's None: null)
    GeneratorContext* context = nullptr;  // owned: made when first needed
    GeneratorState state = GeneratorState::Created;
    // Stackless bodies (CodeObject::stackless): resume_points() says where
    // each statement on the path to the last yield stood.
    std::uint32_t points_at = 0;  // the word where the resume points start: the frame's nslots
    Frame frame;                  // the function is owned; slots point at the words

    Object** words() { return reinterpret_cast<Object**>(this + 1); }
    ResumePoint* resume_points() { return reinterpret_cast<ResumePoint*>(words() + points_at); }
};

static_assert(sizeof(Generator) == 80 + 72, "PyGenObject up to gi_iframe, and _PyInterpreterFrame up to localsplus");

extern Type GeneratorType;

// Makes the generator for a call of `fn`; takes the slot references (the
// array's entries are cleared).
Ref<> generator_new(Function* fn, Object** slots);

// The words of `code`'s generators: co_nlocalsplus + co_stacksize, or more
// when minipy's hidden slots and resume points need more.
std::size_t generator_words(const CodeObject* code);

// Back at a yield: the exception throw() or close() brought in, taken (null
// when resumed by next() or send()).
Ref<> generator_take_context_thrown(Generator* gen);
inline Ref<> generator_take_thrown(Generator* gen) {
    return gen->context ? generator_take_context_thrown(gen) : nullptr;
}

// Inside a generator's body: hands `value` to the resumer and suspends.
// Returns the value sent in when resumed, or null with an exception set
// (throw(), close()).
Ref<> generator_yield(Frame& frame, Ref<> value);

// `yield from` as a statement of a stackless body (resumable.hpp's
// YieldFromStmt), one step at a time: starting on `iterable`, and going on
// when resumed with what was sent or thrown in. Each returns the delegate's
// next value, to yield, or null when the delegation is over: with
// StopIteration pending (holding the result), or an error to propagate,
// which `as_is` marks when it is the exception thrown in (even a
// StopIteration). A generator delegate that returns while resumed directly
// (resume_delegate) ends the delegation with its value in `result` instead,
// and no exception. gi_yieldfrom is the delegate meanwhile.
Ref<> generator_delegate_start(Frame& frame, Object* iterable, bool& as_is);
Ref<> generator_delegate_resume(Frame& frame, bool& as_is, Ref<>& result);

// send(value): resumes; the next yielded value, or null at the end with
// StopIteration(return value) set when `raise_stop` (null with no error
// otherwise, as the next slot reports exhaustion).
Ref<> generator_send(Generator* gen, Object* value, bool raise_stop);

void generator_type_init();

}  // namespace minipy::interp
