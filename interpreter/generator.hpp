// Generators: functions whose frames suspend at `yield`.
//
// A tree-walking evaluator is in the middle of a C++ call chain when it
// reaches a `yield`. Most generators (every generator expression, and every
// generator whose yields are statements of their own outside try and with)
// are stackless: the yield unwinds the chain with Flow::Yield, leaving marks
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

#include <memory>
#include <vector>

namespace minipy::interp {

struct GeneratorContext;  // the fiber machinery (generator.cpp)

enum class GeneratorState : unsigned char { Created, Suspended, Running, Finished };

struct Generator : Object {
    Function* function = nullptr;      // owned
    WeakRef* weakreflist = nullptr;  // gi_weakreflist (weakref.hpp)
    Str* name = nullptr;               // owned: __name__
    Str* qualname = nullptr;           // owned: __qualname__
    Frame frame;                       // slots owned (heap array)
    GeneratorState state = GeneratorState::Created;
    GeneratorContext* context = nullptr;  // owned: stacks and fibers
    Object* transfer = nullptr;        // owned: the value being yielded or sent
    Object* yield_from = nullptr;      // owned: the iterator `yield from` delegates to
    std::vector<Ref<>>* handled = nullptr;  // owned: exceptions handled across a yield (fiber bodies)
    Object* to_throw = nullptr;        // owned: raised at the yield when resumed by throw()
    // Stackless bodies (CodeObject::stackless): where each statement on the
    // way to the last yield stood, and whether the body is on its way back
    // down there.
    int* resume_points = nullptr;      // owned
    bool resuming = false;
};

extern Type GeneratorType;

// Makes the generator for a call of `fn`; takes the slot references (the
// array's entries are cleared).
Ref<> generator_new(Function* fn, Object** slots);

// Inside a generator's body: hands `value` to the resumer and suspends.
// Returns the value sent in when resumed, or null with an exception set
// (throw(), close()).
Ref<> generator_yield(Frame& frame, Ref<> value);

// send(value): resumes; the next yielded value, or null at the end with
// StopIteration(return value) set when `raise_stop` (null with no error
// otherwise, as the next slot reports exhaustion).
Ref<> generator_send(Generator* gen, Object* value, bool raise_stop);

void generator_type_init();

}  // namespace minipy::interp
