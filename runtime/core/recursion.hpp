// The recursion limit, shared (as in CPython 3.11) by Python calls and the
// runtime's own recursive operations (repr of nested lists, comparisons of
// nested tuples, …), so deep nesting raises RecursionError instead of
// overflowing the C++ stack.
#pragma once

#include <cstdint>

namespace minipy {

extern int recursion_depth;
extern int recursion_limit;  // sys.getrecursionlimit(); 1000 by default

// The lowest address the current thread's stack (or fiber's stack) may grow
// to before RecursionError; set by the interpreter when it starts a thread
// or switches to a generator's stack. Zero disables the check.
extern std::uintptr_t stack_limit;

// Whether the C++ stack has reached stack_limit, for recursion that is not
// Python's and has its own error: the compiler's walk of a deeply nested
// tree, the evaluator's walk of a deeply nested expression.
inline bool stack_exhausted() { return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) < stack_limit; }

// enter_recursion's failure: undoes the count and raises RecursionError.
[[nodiscard]] bool recursion_error(const char* where);

// Counts one level; false with RecursionError set ("maximum recursion depth
// exceeded" + `where`) when the limit or the end of the C++ stack is near.
// Inline: every Python call and generator resume passes here.
[[nodiscard]] inline bool enter_recursion(const char* where) {
    // The address of a local is the current stack pointer, near enough.
    char probe;
    if (++recursion_depth <= recursion_limit && reinterpret_cast<std::uintptr_t>(&probe) >= stack_limit) return true;
    return recursion_error(where);
}
inline void leave_recursion() { --recursion_depth; }

// RAII form for runtime code: `RecursionScope scope(" in comparison"); if (!scope) return nullptr;`
class RecursionScope {
public:
    explicit RecursionScope(const char* where) : entered_(enter_recursion(where)) {}
    ~RecursionScope() {
        if (entered_) leave_recursion();
    }
    RecursionScope(const RecursionScope&) = delete;
    RecursionScope& operator=(const RecursionScope&) = delete;
    explicit operator bool() const { return entered_; }

private:
    bool entered_;
};

}  // namespace minipy
