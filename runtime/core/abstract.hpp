// The abstract object protocol: what `repr(x)`, `a + b`, `x.attr`, `f(...)`,
// `for x in y` and `x in y` mean for any object, by way of the type slots.
// Semantics and error messages follow CPython 3.11's Objects/abstract.c and
// Objects/object.c; each function states its failure convention.
#pragma once

#include "runtime/core/interrupts.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/operators.hpp"
#include "runtime/core/scalar_compare.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace minipy {

struct Str;

// repr()/str() results are always str objects. Null on error.
Ref<> repr(Object* o);
Ref<> str(Object* o);
// The UTF-8 text of repr(o)/str(o); false with an exception set on error.
[[nodiscard]] bool repr_text(Object* o, std::string& out);
[[nodiscard]] bool str_text(Object* o, std::string& out);

// hash(o); -1 on error ("unhashable type: 'list'").
[[nodiscard]] std::int64_t hash(Object* o);

// a OP b with reflection and NotImplemented handling; == and != fall back to
// identity. Null on error.
Ref<> compare(Object* a, Object* b, CompareOp op);
// The same reduced to a truth value: 1, 0, or -1 on error. Identity implies
// equality for Eq/Ne (as CPython's PyObject_RichCompareBool).
[[nodiscard]] int compare_bool(Object* a, Object* b, CompareOp op);
// a == b as PyObject_RichCompareBool: identity, then two ints, floats or
// strs answered inline (the items of tuple keys), then compare_bool.
[[nodiscard]] inline int equals(Object* a, Object* b) {
    if (a == b) return 1;
    if (int fast = compare_scalars(a, b, CompareOp::Eq); fast >= 0) return fast;
    return compare_bool(a, b, CompareOp::Eq);
}

// bool(o): 1, 0, or -1 on error.
[[nodiscard]] int is_true(Object* o);

Ref<> binary_op(Object* a, Object* b, BinaryOp op);
// a OP= b: the in-place slot, falling back to the binary operator.
Ref<> inplace_op(Object* a, Object* b, BinaryOp op);
Ref<> unary_op(Object* o, UnaryOp op);
Ref<> power(Object* base, Object* exp, Object* mod);  // pow(base, exp, mod); mod may be None

// Attribute access; null with AttributeError when missing.
Ref<> getattr(Object* o, Str* name);
Ref<> getattr(Object* o, std::string_view name);
// Null *without* an exception when the attribute is missing (any other error is set).
Ref<> getattr_optional(Object* o, Str* name);
// Gives a pending AttributeError from looking up `name` on `o` its `name`
// and `obj` (CPython's set_attribute_error_context), for "Did you mean …?".
void add_attribute_context(Object* o, Str* name);
[[nodiscard]] int setattr(Object* o, Str* name, Object* value);  // value null deletes; -1 on error
[[nodiscard]] int setattr(Object* o, std::string_view name, Object* value);

// Calls; null on error ("'int' object is not callable").
Ref<> call(Object* callable, const Args& args);
Ref<> call(Object* callable, std::initializer_list<Object*> positional);
// o.name(positional...): looks the method up without creating a bound method.
Ref<> call_method(Object* o, Str* name, std::initializer_list<Object*> positional);
Ref<> call_method(Object* o, std::string_view name, std::initializer_list<Object*> positional);
bool is_callable(Object* o);

// iter(o) and next(it). iter_next returns null without an exception when the
// iterator is exhausted: a StopIteration the iterator raised is absorbed
// (builtin next() calls the slot itself to keep StopIteration's value).
// Inline, as CPython's callers call tp_iternext: enumerate, zip, for loops
// and the builtins that drain an iterator step once per item.
Ref<> get_iter(Object* o);
Ref<> raise_not_an_iterator(Object* o);
void absorb_stop_iteration();  // clears a pending StopIteration
inline Ref<> iter_next(Object* iterator) {
    NextFn slot = iterator->type->next;
    if (!slot) return raise_not_an_iterator(iterator);
    // A step of the budget: builtins that drain an iterator (sum, sorted,
    // set, ...) have no safe point of their own.
    if (!step_budget_point()) return nullptr;
    Ref<> item = slot(iterator);
    if (!item) absorb_stop_iteration();
    return item;
}

// Container protocol; -1 / null on error.
[[nodiscard]] std::int64_t length(Object* o);
Ref<> getitem(Object* o, Object* key);
[[nodiscard]] int setitem(Object* o, Object* key, Object* value);
[[nodiscard]] int delitem(Object* o, Object* key);
[[nodiscard]] int contains(Object* container, Object* item);  // `item in container`: 1, 0, -1

// int(o), operator.index(o); null on error.
Ref<> number_int(Object* o);
Ref<> number_index(Object* o);

// "'int' object is not subscriptable" and friends, in one place.
std::nullptr_t raise_not_callable(Object* o);

}  // namespace minipy
