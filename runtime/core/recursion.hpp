// The recursion limit, shared (as in CPython 3.11) by Python calls and the
// runtime's own recursive operations (repr of nested lists, comparisons of
// nested tuples, …), so deep nesting raises RecursionError instead of
// overflowing the C++ stack.
#pragma once

#include <cstdint>

namespace minipy {

extern int recursion_depth;
extern int recursion_limit;  // sys.getrecursionlimit(); 1000 by default

// Counts one level; false with RecursionError set ("maximum recursion depth
// exceeded" + `where`) when the limit or the end of the C++ stack is near.
[[nodiscard]] bool enter_recursion(const char* where);
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

// The lowest address the current thread's stack (or fiber's stack) may grow
// to before RecursionError; set by the interpreter when it starts a thread
// or switches to a generator's stack. Zero disables the check.
extern std::uintptr_t stack_limit;

}  // namespace minipy
