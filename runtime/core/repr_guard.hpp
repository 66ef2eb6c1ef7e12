// Guarding repr() of containers against self-reference (CPython's
// Py_ReprEnter / Py_ReprLeave).
//
// A list that contains itself prints as `[[...]]`: while a container's repr
// is being built it is "in progress", and a nested request for the repr of
// the same object returns the placeholder (`[...]`, `{...}`, `set(...)`)
// instead of recursing forever. The in-progress set is one small stack, as
// CPython keeps one list per thread.
#pragma once

#include "runtime/core/object.hpp"

namespace minipy {

class ReprGuard {
public:
    // Enters `o`; recursive() tells whether it was already in progress.
    explicit ReprGuard(Object* o);
    ~ReprGuard();
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;

    bool recursive() const { return recursive_; }

private:
    Object* object_;
    bool recursive_;
};

}  // namespace minipy
