// The abstract object protocol (CPython's Objects/abstract.c, object.c).
#include "runtime/core/abstract.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/core/scalar_compare.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <vector>

namespace minipy {

// ---------------------------------------------------------------- repr/str

Ref<> repr(Object* o) {
    if (!o->type->repr) return str_from(fmt::format("<{} object at {}>", type_name(o), static_cast<const void*>(o)));
    RecursionScope scope(" while getting the repr of an object");
    if (!scope) return nullptr;
    Ref<> r = o->type->repr(o);
    if (r && !is_str(r.get())) return raisef(exc::TypeError, "__repr__ returned non-string (type {})", type_name(r.get()));
    return r;
}

Ref<> str(Object* o) {
    if (is_exact_str(o)) return share(o);
    if (!o->type->str) return repr(o);
    RecursionScope scope(" while getting the str of an object");
    if (!scope) return nullptr;
    Ref<> r = o->type->str(o);
    if (r && !is_str(r.get())) return raisef(exc::TypeError, "__str__ returned non-string (type {})", type_name(r.get()));
    return r;
}

bool repr_text(Object* o, std::string& out) {
    Ref<> r = repr(o);
    if (!r) return false;
    out.assign(cast<Str>(r.get())->view());
    return true;
}

bool str_text(Object* o, std::string& out) {
    Ref<> r = str(o);
    if (!r) return false;
    out.assign(cast<Str>(r.get())->view());
    return true;
}

// ------------------------------------------------------------ hash/compare

std::int64_t hash(Object* o) {
    if (!o->type->hash) {
        raisef(exc::TypeError, "unhashable type: '{}'", type_name(o));
        return -1;
    }
    return o->type->hash(o);
}

// CPython's do_richcompare: a right operand whose type is a proper subclass
// of the left's is asked first; each side may answer NotImplemented.
Ref<> compare(Object* a, Object* b, CompareOp op) {
    if (int fast = compare_scalars(a, b, op); fast >= 0) return bool_from(fast != 0);
    RecursionScope scope(" in comparison");
    if (!scope) return nullptr;
    const CompareOp reflected = names_of(op).reflected;
    bool checked_reverse = false;
    if (a->type != b->type && b->type->compare && type_is_subtype(b->type, a->type)) {
        checked_reverse = true;
        Ref<> r = b->type->compare(b, a, reflected);
        if (!r || r.get() != NotImplemented) return r;
    }
    if (a->type->compare) {
        Ref<> r = a->type->compare(a, b, op);
        if (!r || r.get() != NotImplemented) return r;
    }
    if (!checked_reverse && b->type->compare) {
        Ref<> r = b->type->compare(b, a, reflected);
        if (!r || r.get() != NotImplemented) return r;
    }
    switch (op) {
        case CompareOp::Eq:
            return bool_from(a == b);
        case CompareOp::Ne:
            return bool_from(a != b);
        default:
            return raisef(exc::TypeError, "'{}' not supported between instances of '{}' and '{}'", names_of(op).symbol,
                          type_name(a), type_name(b));
    }
}

int compare_bool(Object* a, Object* b, CompareOp op) {
    if (a == b) {
        if (op == CompareOp::Eq) return 1;
        if (op == CompareOp::Ne) return 0;
    }
    if (int fast = compare_scalars(a, b, op); fast >= 0) return fast;
    Ref<> r = compare(a, b, op);
    if (!r) return -1;
    if (r.get() == True) return 1;
    if (r.get() == False) return 0;
    return is_true(r.get());
}

int is_true(Object* o) {
    if (o == True) return 1;
    if (o == False || o == None) return 0;
    if (BoolFn f = o->type->to_bool) return f(o);
    if (LenFn len = o->type->length) {
        std::int64_t n = len(o);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

// ------------------------------------------------------------- operators

static bool is_concat_sequence(const Object* o) {
    return is_str(o) || is_list(o) || is_tuple(o) || o->type->builtin_name == "bytes";
}

// The TypeError for an operator nobody implemented, with CPython's wording
// for sequences ("can only concatenate str (not "int") to str").
static std::nullptr_t raise_unsupported(Object* a, Object* b, BinaryOp op, bool inplace) {
    if (op == BinaryOp::Add && is_concat_sequence(a))
        return raisef(exc::TypeError, "can only concatenate {} (not \"{}\") to {}", type_name(a), type_name(b),
                      type_name(a));
    if (op == BinaryOp::Mul && (is_concat_sequence(a) || is_concat_sequence(b))) {
        Object* other = is_concat_sequence(a) ? b : a;
        return raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(other));
    }
    std::string symbol = names_of(op).symbol;
    if (inplace) symbol += "=";
    if (op == BinaryOp::Pow && !inplace) symbol = "** or pow()";
    return raisef(exc::TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", symbol, type_name(a),
                  type_name(b));
}

// CPython's binary_op1: returns NotImplemented when neither side handles it.
static Ref<> binary_op1(Object* a, Object* b, int i) {
    BinaryFn slot_a = a->type->binary[i];
    BinaryFn slot_b = a->type != b->type ? b->type->binary[i] : nullptr;
    if (slot_b == slot_a) slot_b = nullptr;
    if (slot_a) {
        if (slot_b && type_is_subtype(b->type, a->type)) {
            Ref<> r = slot_b(a, b);
            if (!r || r.get() != NotImplemented) return r;
            slot_b = nullptr;
        }
        Ref<> r = slot_a(a, b);
        if (!r || r.get() != NotImplemented) return r;
    }
    if (slot_b) return slot_b(a, b);
    return not_implemented();
}

Ref<> binary_op(Object* a, Object* b, BinaryOp op) {
    Ref<> r = binary_op1(a, b, static_cast<int>(op));
    if (r.get() == NotImplemented) return raise_unsupported(a, b, op, false);
    return r;
}

Ref<> inplace_op(Object* a, Object* b, BinaryOp op) {
    const int i = static_cast<int>(op);
    if (BinaryFn slot = a->type->inplace[i]) {
        Ref<> r = slot(a, b);
        if (!r || r.get() != NotImplemented) return r;
    }
    Ref<> r = binary_op1(a, b, i);
    if (r.get() == NotImplemented) return raise_unsupported(a, b, op, true);
    return r;
}

Ref<> unary_op(Object* o, UnaryOp op) {
    if (UnaryFn slot = o->type->unary[static_cast<int>(op)]) return slot(o);
    if (op == UnaryOp::Abs) return raisef(exc::TypeError, "bad operand type for abs(): '{}'", type_name(o));
    return raisef(exc::TypeError, "bad operand type for unary {}: '{}'", names_of(op).symbol, type_name(o));
}

// pow(base, exp, mod) with a modulus: each distinct type's power slot is
// tried in turn (CPython's ternary_op).
Ref<> power(Object* base, Object* exp, Object* mod) {
    if (mod == None) return binary_op(base, exp, BinaryOp::Pow);
    TernaryFn slots[3] = {base->type->power, exp->type->power, mod->type->power};
    for (int i = 0; i < 3; ++i) {
        TernaryFn slot = slots[i];
        if (!slot || (i > 0 && slot == slots[0]) || (i > 1 && slot == slots[1])) continue;
        Ref<> r = slot(base, exp, mod);
        if (!r || r.get() != NotImplemented) return r;
    }
    return raisef(exc::TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", type_name(base),
                  type_name(exp), type_name(mod));
}

// ------------------------------------------------------------- attributes

// An AttributeError from attribute lookup carries the name and the object
// (CPython's set_attribute_error_context), for "Did you mean …?", unless it
// already names either.
void add_attribute_context(Object* o, Str* name) {
    Object* exc = pending_error();
    if (!exc || !is_instance_of(exc, exc::AttributeError)) return;
    auto* e = cast<AttributeErrorObject>(exc);
    if (e->name || e->obj) return;
    Ref<> keep = take_error();
    // As CPython, an error while setting them replaces the AttributeError.
    if (setattr(exc, intern("name"), name) < 0 || setattr(exc, intern("obj"), o) < 0) return;
    set_error(std::move(keep));
}

Ref<> getattr(Object* o, Str* name) {
    Ref<> r;
    if (GetAttrFn slot = o->type->getattr) r = slot(o, name);
    else raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), StrUtf8(name).view());
    if (!r) add_attribute_context(o, name);
    return r;
}

Ref<> getattr(Object* o, std::string_view name) { return getattr(o, intern(name)); }

Ref<> getattr_optional(Object* o, Str* name) {
    if (o->type->getattr == generic_getattr) return generic_getattr_optional(o, name);
    Ref<> r = getattr(o, name);
    if (!r && error_matches(exc::AttributeError)) clear_error();
    return r;
}

int setattr(Object* o, Str* name, Object* value) {
    // PyObject_SetAttr interns the name, so the key stored in a __dict__ is
    // the interned str (`sys.intern(name) is key`).
    Ref<Str> interned;
    if (!name->interned() && is_exact_str(name)) {
        interned = intern_str(share(name));
        name = interned.get();
    }
    if (SetAttrFn slot = o->type->setattr) return slot(o, name, value);
    bool has_attrs = o->type->getattr != nullptr;
    if (!has_attrs || !value)
        raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), StrUtf8(name).view());
    else
        raisef(exc::AttributeError, "'{}' object attribute '{}' is read-only", type_name(o), name->view());
    return -1;
}

int setattr(Object* o, std::string_view name, Object* value) { return setattr(o, intern(name), value); }

// ------------------------------------------------------------------ calls

std::nullptr_t raise_not_callable(Object* o) {
    return raisef(exc::TypeError, "'{}' object is not callable", type_name(o));
}

// A class, or an instance of one, has no vectorcall in CPython 3.11: calling
// it goes through tp_call (_PyObject_MakeTpCall), which packs the positional
// arguments into a tuple and the keywords into a dict held for the whole
// call, and counts one recursion level (" while calling a Python object").
// The references show in sys.getrefcount inside __new__, __init__ and
// __call__, the level in how deep `def __init__(self): A()` can go.
static bool called_through_tp_call(Object* callable) {
    if (callable->type->has_flag(type_flags::kHeapType)) return true;  // an instance with __call__
    return is_type(callable) && cast<Type>(callable)->has_flag(type_flags::kHeapType);
}

Ref<> call(Object* callable, const Args& args) {
    if (const std::size_t offset = callable->type->vectorcall_offset) {
        if (CallFn entry = *reinterpret_cast<CallFn*>(reinterpret_cast<char*>(callable) + offset))
            return entry(callable, args);
    }
    CallFn slot = callable->type->call;
    if (!slot) return raise_not_callable(callable);
    if (!called_through_tp_call(callable)) return slot(callable, args);
    RecursionScope level(" while calling a Python object");
    if (!level) return nullptr;
    Ref<Tuple> arg_tuple = tuple_from_array(args.values, static_cast<std::int64_t>(args.count));
    Ref<Dict> kwargs;
    if (args.has_keywords()) {
        kwargs = dict_new();
        for (std::size_t i = 0; i < args.kw_count(); ++i)
            if (dict_set(kwargs.get(), args.kw_name(i), args.kw_value(i)) < 0) return nullptr;
    }
    return slot(callable, args);
}

Ref<> call(Object* callable, std::initializer_list<Object*> positional) {
    return call(callable, Args{positional.begin(), positional.size(), nullptr});
}

// o.name(args) without materialising a bound method when `name` resolves to
// a plain function or method descriptor on the type (CPython's LOAD_METHOD).
Ref<> call_method(Object* o, Str* name, std::initializer_list<Object*> positional) {
    Object* descr = type_lookup(o->type, name);
    bool unbound = descr && (descr->type == &FunctionType || descr->type == &MethodDescriptorType) &&
                   o->type->getattr == generic_getattr;
    if (unbound && o->type->dict_offset) {
        std::int32_t hint = -1;
        if (instance_find_attribute(o, name, hint)) unbound = false;
    }
    if (unbound) {
        std::vector<Object*> argv;
        argv.reserve(positional.size() + 1);
        argv.push_back(o);
        argv.insert(argv.end(), positional.begin(), positional.end());
        return call(descr, Args{argv.data(), argv.size(), nullptr});
    }
    Ref<> bound = getattr(o, name);
    if (!bound) return nullptr;
    return call(bound.get(), positional);
}

Ref<> call_method(Object* o, std::string_view name, std::initializer_list<Object*> positional) {
    return call_method(o, intern(name), positional);
}

bool is_callable(Object* o) { return o->type->call != nullptr; }

// -------------------------------------------------------------- iteration

Ref<> get_iter(Object* o) {
    if (UnaryFn slot = o->type->iter) {
        Ref<> it = slot(o);
        if (it && !it->type->next)
            return raisef(exc::TypeError, "iter() returned non-iterator of type '{}'", type_name(it.get()));
        return it;
    }
    if (o->type->getitem && !is_dict(o)) return seq_iter_new(o);
    return raisef(exc::TypeError, "'{}' object is not iterable", type_name(o));
}

// A next slot reports exhaustion by returning null with no exception, or
// (generators with a return value, classes whose __next__ raises) with
// StopIteration pending; for every caller of iter_next both mean "done".
Ref<> raise_not_an_iterator(Object* o) {
    return raisef(exc::TypeError, "'{}' object is not an iterator", type_name(o));
}

void absorb_stop_iteration() {
    if (error_pending() && error_matches(exc::StopIteration)) clear_error();
}

// ------------------------------------------------------------- containers

std::int64_t length(Object* o) {
    if (LenFn slot = o->type->length) return slot(o);
    raisef(exc::TypeError, "object of type '{}' has no len()", type_name(o));
    return -1;
}

Ref<> getitem(Object* o, Object* key) {
    if (GetItemFn slot = o->type->getitem) return slot(o, key);
    if (is_type(o)) {
        // Cls[x] looks for __class_getitem__ (PEP 560).
        if (Object* hook = type_lookup(cast<Type>(o), "__class_getitem__")) {
            Ref<> bound = hook->type->descr_get ? hook->type->descr_get(hook, nullptr, cast<Type>(o)) : share(hook);
            if (!bound) return nullptr;
            return call(bound.get(), {key});
        }
        return raisef(exc::TypeError, "type '{}' is not subscriptable", cast<Type>(o)->name_view());
    }
    return raisef(exc::TypeError, "'{}' object is not subscriptable", type_name(o));
}

int setitem(Object* o, Object* key, Object* value) {
    if (SetItemFn slot = o->type->setitem) return slot(o, key, value);
    raisef(exc::TypeError, "'{}' object does not support item assignment", type_name(o));
    return -1;
}

// CPython words the failure two ways: PySequence_DelItem's "doesn't" when
// the type has sequence methods and the key is an index (`del "s"[0]`), and
// PyObject_DelItem's own "does not" otherwise (`del "s"[1:2]`, `del f[0]`).
// Types with a `contains` slot, and every class (heap types always carry
// sequence methods), stand for "has sequence methods".
int delitem(Object* o, Object* key) {
    if (SetItemFn slot = o->type->setitem) return slot(o, key, nullptr);
    bool sequence = o->type->contains || o->type->has_flag(type_flags::kHeapType);
    if (sequence && index_check(key)) {
        raisef(exc::TypeError, "'{}' object doesn't support item deletion", type_name(o));
    } else {
        raisef(exc::TypeError, "'{}' object does not support item deletion", type_name(o));
    }
    return -1;
}

// `item in container`: __contains__, else a search by iteration comparing
// with == (identity first), as CPython's PySequence_Contains.
int contains(Object* container, Object* item) {
    if (ContainsFn slot = container->type->contains) return slot(container, item);
    if (!container->type->iter && !container->type->getitem) {
        raisef(exc::TypeError, "argument of type '{}' is not iterable", type_name(container));
        return -1;
    }
    Ref<> it = get_iter(container);
    if (!it) {
        // _PySequence_IterSearch words any TypeError from iter() its own way.
        if (error_matches(exc::TypeError)) {
            clear_error();
            raisef(exc::TypeError, "argument of type '{}' is not iterable", type_name(container));
        }
        return -1;
    }
    while (Ref<> x = iter_next(it.get())) {
        int eq = equals(x.get(), item);
        if (eq != 0) return eq;
    }
    return error_pending() ? -1 : 0;
}

// --------------------------------------------------------------- numbers

Ref<> number_index(Object* o) {
    if (is_exact_int(o)) return share(o);
    if (is_int(o)) {
        if (auto v = int_to_i64(cast<Int>(o))) return int_from(*v);
        mpz_t z;
        mpz_init(z);
        int_to_mpz(cast<Int>(o), z);
        return int_from_mpz_move(z);
    }
    if (UnaryFn slot = o->type->to_index) return slot(o);
    return raisef(exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
}

// int(x) for non-str x: __int__, then __index__, then __trunc__.
Ref<> number_int(Object* o) {
    if (is_int(o)) return number_index(o);
    if (UnaryFn slot = o->type->to_int) return slot(o);
    if (UnaryFn slot = o->type->to_index) return slot(o);
    if (type_lookup(o->type, "__trunc__")) {
        Ref<> r = call_method(o, "__trunc__", {});
        if (!r || is_int(r.get())) return r;
        return raisef(exc::TypeError, "__trunc__ returned non-Integral (type {})", type_name(r.get()));
    }
    return raisef(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                  type_name(o));
}

}  // namespace minipy
