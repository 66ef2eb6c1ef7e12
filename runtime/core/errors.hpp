// The pending exception: how runtime functions report failure.
//
// A failing function sets the pending exception and returns its failure value
// (null Ref, -1). Callers either handle it or return failure themselves until
// an `except` clause in the evaluator takes it. `raise` returns nullptr so the
// common case is one line:  return raise(exc::TypeError, "...");
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace minipy {

std::nullptr_t raise(Type* type, std::string_view message);

template <class... A>
std::nullptr_t raisef(Type* type, fmt::format_string<A...> format, A&&... args) {
    return raise(type, fmt::format(format, std::forward<A>(args)...));
}

// Raises an existing exception instance (or instantiates a class without
// arguments), as the `raise` statement does.
std::nullptr_t raise_object(Object* exc_or_type);
// Makes `exc` the pending exception as a *new* raise: while another
// exception is being handled, that one becomes exc.__context__ (implicit
// chaining, as CPython's _PyErr_SetObject).
void raise_chained(Ref<> exc);
// Restores a pending exception exactly as it was (no chaining): for code
// that saved an exception and puts it back.
void set_error(Ref<> exc);

// The exceptions being handled, innermost last (sys.exc_info()): an except
// block, or a finally block run because of an exception, pushes it while
// it runs.
void push_handled_exception(Object* exc);
void pop_handled_exception();
Object* handled_exception();  // borrowed; null when none
// A generator that yields inside an except block takes its entries off the
// stack (those above `depth`) and puts them back when resumed.
std::size_t handled_exception_depth();
std::vector<Ref<>> take_handled_exceptions(std::size_t depth);

bool error_pending();
Object* pending_error();  // borrowed; null when none
Ref<> take_error();       // the pending exception, which is cleared
void clear_error();
// The pending exception is an instance of `type` (or of one of a tuple of types).
bool error_matches(Object* type_or_tuple);

// Reports the pending exception as CPython's "Exception ignored in: <repr>"
// (for errors in __del__, weakref callbacks and other places nobody can catch
// them) and clears it. The interpreter installs a hook that adds a traceback.
void write_unraisable(Object* context);
using UnraisableHook = void (*)(Object* exc, Object* context);
extern UnraisableHook unraisable_hook;

// Name of an object's type, for messages: "int", "Foo".
std::string_view type_name(const Object* o);

}  // namespace minipy
