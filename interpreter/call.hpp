// Running code: calling Python functions, and executing a code object in a
// frame (function bodies, class bodies, modules, exec/eval).
#pragma once

#include "interpreter/frame.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <memory>
#include <new>
#include <string>

namespace minipy::interp {

// The evaluated arguments of one call and the references that keep them
// alive until the callee takes them (call_consuming). Up to kInline values
// live inside the object, on the C++ stack; the call path allocates nothing
// for ordinary calls.
class ArgBuffer {
public:
    explicit ArgBuffer(std::size_t capacity) {
        if (capacity > kInline) {
            big_refs_ = std::make_unique<Ref<>[]>(capacity);
            big_values_ = std::make_unique<Object*[]>(capacity);
            refs_ = big_refs_.get();
            values_ = big_values_.get();
        } else {
            refs_ = reinterpret_cast<Ref<>*>(inline_refs_);
        }
    }
    ArgBuffer(const ArgBuffer&) = delete;
    ArgBuffer& operator=(const ArgBuffer&) = delete;
    // The inline references are constructed one by one as they are pushed,
    // so a call with one argument does not pay for clearing and checking
    // all kInline of them (this is on every call's path).
    ~ArgBuffer() {
        if (!big_refs_)
            for (std::size_t i = size_; i-- > 0;) refs_[i].~Ref();
    }

    void push(Ref<> v) {
        values_[size_] = v.get();
        if (big_refs_) refs_[size_] = std::move(v);
        else ::new (static_cast<void*>(refs_ + size_)) Ref<>(std::move(v));
        ++size_;
    }
    Object** values() { return values_; }
    Ref<>* refs() { return refs_; }
    std::size_t size() const { return size_; }
    // Once the call is made, the references left (those the callee did not
    // take) go first to last, as CPython's CALL clears its stack: a builtin
    // called as zip(a, b) releases a before b. Left to the destructor, they
    // would go last to first, which is CPython's order only when evaluating
    // an argument failed and its stack unwinds.
    void release_after_call() {
        for (std::size_t i = 0; i < size_; ++i) refs_[i].reset();
    }

private:
    static constexpr std::size_t kInline = 8;
    std::size_t size_ = 0;
    Ref<>* refs_;
    Object** values_ = inline_values_;
    alignas(Ref<>) unsigned char inline_refs_[kInline * sizeof(Ref<>)];
    Object* inline_values_[kInline];
    std::unique_ptr<Ref<>[]> big_refs_;
    std::unique_ptr<Object*[]> big_values_;
};

// FunctionType's call slot: binds the arguments to a new frame and runs the
// body (or, for a generator function, returns a new generator).
Ref<> call_function(Object* callable, const Args& args);

// call_function_prepended (runtime/objects/function.hpp): `fn(first, *args)`
// for positional `args`.
Ref<> run_function_prepended(Function* fn, Object* first, const Args& args);

// A call whose argument references the caller gives up, as CPython 3.11's
// CALL does for Python functions (and bound methods of them): they move
// into the callee's frame, so inside it a value passed once is held once,
// not twice (sys.getrefcount shows it), and a temporary argument dies with
// the callee's frame. `owned[i]` is the caller's reference to
// args.values[i]; consumed entries are left null. Any other callable is
// called normally and `owned` is untouched.
Ref<> call_consuming(Ref<> callable, const Args& args, Ref<>* owned);

// Whether a call of `code` with `count` positional arguments and nothing
// else binds them to its first slots in order, so that a call node can
// evaluate them straight into the callee's slots (CPython 3.11's
// CALL_PY_EXACT_ARGS): a plain function taking exactly those parameters.
inline bool binds_positionally(const CodeObject* code, std::size_t count) {
    return count == static_cast<std::size_t>(code->argcount) && !code->kwonly_count && !code->has_varargs &&
           !code->has_varkw && !code->is_generator;
}

// Runs `fn`, whose code is `code`, with its arguments already bound in
// `slots` (or makes the generator that will run it): code->nslots slots
// from the slot stack (the caller gives them back afterwards), the
// parameters holding the arguments' references, which the frame takes, the
// rest null.
Ref<> run_function_in_slots(Function* fn, CodeObject* code, Object** slots);

// Runs frame.code's body in `frame`, whose slots are set up. Accounts the
// recursion depth, makes the frame current, and releases the slots at the
// end (after a frame object, if any, has taken them over). Returns the
// return value, None when the body falls off its end, or null on error.
Ref<> execute_frame(Frame& frame);

// Fills a frame's cells and free variables: fresh cells for variables that
// inner functions capture (and captured parameters, wrapping their value),
// and the closure's cells for free variables. Most code has neither, and
// every call asks: the test is inline, the work out of line. (Copying a
// closure's cells inline, in the call nodes, ran 2% fewer instructions but
// took about 10% longer on bench/closures.py and 3% on inheritance.py.)
void setup_cells_and_free_variables(CodeObject* code, Object** slots, Tuple* closure);
inline void setup_cells(CodeObject* code, Object** slots, Tuple* closure) {
    if (code->sets_up_cells) setup_cells_and_free_variables(code, slots, closure);
}

// Runs module-level code (a script, an import, exec()) with `ns` as both
// namespace and, for modules, globals.
Ref<> run_module_code(CodeObject* code, Dict* globals, Object* ns);

// "f()", "A.m()" or "__main__.f()" as CPython's _PyObject_FunctionStr names
// a callable in call errors.
std::string function_str(Object* callable);

// The builtins dict every frame falls back on.
extern Dict* builtins_dict;

}  // namespace minipy::interp
