// The _operator module (CPython's Modules/_operator.c): Python's operators
// as functions, and the callable attrgetter, itemgetter and methodcaller
// objects. lib/operator.py re-exports them with their dunder aliases
// (`operator.__add__ is operator.add`), as CPython's Lib/operator.py does.
//
// Each function is the abstract operation the operator itself runs
// (abstract.hpp), so `operator.add(a, b)` and `a + b` cannot disagree.
// Argument errors are worded as CPython's: the functions of one argument
// name themselves "_operator.neg()", the others "add expected 2 arguments,
// got 1".
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace minipy {

namespace {

// ------------------------------------------------------ argument checks

// A function of one argument (METH_O): "_operator.neg() takes exactly one
// argument (0 given)".
bool one_arg(const char* name, const Args& args) { return check_one_arg(std::string("_operator.") + name, args); }

// A function of a fixed or bounded number of positional arguments: keywords
// are refused under the module-qualified name, counts under the bare one.
bool positional_args(const char* name, const Args& args, std::size_t min, std::size_t max) {
    if (!check_no_keywords(std::string("_operator.") + name, args)) return false;
    return check_arg_range(name, args, min, max);
}

// ------------------------------------------------------- the operators

#define UNARY_FUNCTION(fn, name, expr)                  \
    Ref<> op_##fn(Object*, const Args& args) {          \
        if (!one_arg(name, args)) return nullptr;       \
        Object* a = args[0];                            \
        return expr;                                    \
    }

UNARY_FUNCTION(abs, "abs", unary_op(a, UnaryOp::Abs))
UNARY_FUNCTION(neg, "neg", unary_op(a, UnaryOp::Neg))
UNARY_FUNCTION(pos, "pos", unary_op(a, UnaryOp::Pos))
UNARY_FUNCTION(inv, "inv", unary_op(a, UnaryOp::Invert))
UNARY_FUNCTION(invert, "invert", unary_op(a, UnaryOp::Invert))
UNARY_FUNCTION(index, "index", number_index(a))
#undef UNARY_FUNCTION

Ref<> op_truth(Object*, const Args& args) {
    if (!one_arg("truth", args)) return nullptr;
    int truth = is_true(args[0]);
    return truth < 0 ? nullptr : bool_from(truth != 0);
}

Ref<> op_not(Object*, const Args& args) {
    if (!one_arg("not_", args)) return nullptr;
    int truth = is_true(args[0]);
    return truth < 0 ? nullptr : bool_from(truth == 0);
}

#define BINARY_FUNCTION(fn, name, expr)                         \
    Ref<> op_##fn(Object*, const Args& args) {                  \
        if (!positional_args(name, args, 2, 2)) return nullptr; \
        Object* a = args[0];                                    \
        Object* b = args[1];                                    \
        return expr;                                            \
    }

#define BINARY_OPERATOR(fn, name, op)                                      \
    BINARY_FUNCTION(fn, name, binary_op(a, b, BinaryOp::op))               \
    BINARY_FUNCTION(i##fn, "i" name, inplace_op(a, b, BinaryOp::op))
BINARY_OPERATOR(add, "add", Add)
BINARY_OPERATOR(sub, "sub", Sub)
BINARY_OPERATOR(mul, "mul", Mul)
BINARY_OPERATOR(matmul, "matmul", MatMul)
BINARY_OPERATOR(truediv, "truediv", TrueDiv)
BINARY_OPERATOR(floordiv, "floordiv", FloorDiv)
BINARY_OPERATOR(mod, "mod", Mod)
BINARY_OPERATOR(pow, "pow", Pow)
BINARY_OPERATOR(lshift, "lshift", LShift)
BINARY_OPERATOR(rshift, "rshift", RShift)
BINARY_OPERATOR(and, "and_", And)
BINARY_OPERATOR(xor, "xor", Xor)
BINARY_OPERATOR(or, "or_", Or)
#undef BINARY_OPERATOR

BINARY_FUNCTION(lt, "lt", compare(a, b, CompareOp::Lt))
BINARY_FUNCTION(le, "le", compare(a, b, CompareOp::Le))
BINARY_FUNCTION(eq, "eq", compare(a, b, CompareOp::Eq))
BINARY_FUNCTION(ne, "ne", compare(a, b, CompareOp::Ne))
BINARY_FUNCTION(gt, "gt", compare(a, b, CompareOp::Gt))
BINARY_FUNCTION(ge, "ge", compare(a, b, CompareOp::Ge))
BINARY_FUNCTION(is, "is_", bool_from(a == b))
BINARY_FUNCTION(is_not, "is_not", bool_from(a != b))
BINARY_FUNCTION(getitem, "getitem", getitem(a, b))

// CPython's PySequence_Check: something indexable that is not a mapping.
bool is_sequence(Object* o) { return o->type->getitem != nullptr && !is_dict(o); }

// concat(a, b): a + b for sequences only (PySequence_Concat).
Ref<> concat_with(Object* a, Object* b, bool in_place) {
    if (!is_sequence(a) || !is_sequence(b)) return raisef(exc::TypeError, "'{}' object can't be concatenated", type_name(a));
    return in_place ? inplace_op(a, b, BinaryOp::Add) : binary_op(a, b, BinaryOp::Add);
}
BINARY_FUNCTION(concat, "concat", concat_with(a, b, false))
BINARY_FUNCTION(iconcat, "iconcat", concat_with(a, b, true))

BINARY_FUNCTION(contains, "contains", [&]() -> Ref<> {
    int found = minipy::contains(a, b);
    return found < 0 ? nullptr : bool_from(found != 0);
}())

// The search behind countOf and indexOf (CPython's _PySequence_IterSearch):
// the number of items equal to `value`, or with `first` the index of the
// first one (-1 when there is none). -2 on error.
std::int64_t sequence_search(Object* seq, Object* value, bool first) {
    Ref<> it = get_iter(seq);
    if (!it) {
        if (error_matches(exc::TypeError)) {
            clear_error();
            raisef(exc::TypeError, "argument of type '{}' is not iterable", type_name(seq));
        }
        return -2;
    }
    std::int64_t count = 0;
    for (std::int64_t i = 0;; ++i) {
        Ref<> item = iter_next(it.get());
        if (!item) return error_pending() ? -2 : (first ? -1 : count);
        int same = compare_bool(item.get(), value, CompareOp::Eq);
        if (same < 0) return -2;
        if (same) {
            if (first) return i;
            ++count;
        }
    }
}

BINARY_FUNCTION(countOf, "countOf", [&]() -> Ref<> {
    std::int64_t n = sequence_search(a, b, false);
    return n < 0 ? nullptr : int_from(n);
}())

BINARY_FUNCTION(indexOf, "indexOf", [&]() -> Ref<> {
    std::int64_t n = sequence_search(a, b, true);
    if (n == -1) return raise(exc::ValueError, "sequence.index(x): x not in sequence");
    return n < 0 ? nullptr : int_from(n);
}())

BINARY_FUNCTION(delitem, "delitem", delitem(a, b) < 0 ? nullptr : none())
#undef BINARY_FUNCTION

Ref<> op_setitem(Object*, const Args& args) {
    if (!positional_args("setitem", args, 3, 3)) return nullptr;
    return setitem(args[0], args[1], args[2]) < 0 ? nullptr : none();
}

// length_hint(obj, default=0, /): len(obj), else obj.__length_hint__(),
// else default (CPython's PyObject_LengthHint).
Ref<> op_length_hint(Object*, const Args& args) {
    if (!positional_args("length_hint", args, 1, 2)) return nullptr;
    Object* obj = args[0];
    Ref<> fallback = args.size() > 1 ? share(args[1]) : int_from(0);
    if (!is_exact_int(fallback.get()))
        return raisef(exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(fallback.get()));
    if (obj->type->length) {
        std::int64_t n = length(obj);
        if (n >= 0) return int_from(n);
        if (!error_matches(exc::TypeError)) return nullptr;
        clear_error();
    }
    Object* method = type_lookup(obj->type, "__length_hint__");
    if (!method) return fallback;
    Ref<> bound = method->type->descr_get ? method->type->descr_get(method, obj, obj->type) : share(method);
    if (!bound) return nullptr;
    Ref<> hint = call(bound.get(), {});
    if (!hint) {
        if (!error_matches(exc::TypeError)) return nullptr;
        clear_error();
        return fallback;
    }
    if (hint.get() == NotImplemented) return fallback;
    if (!is_int(hint.get()))
        return raisef(exc::TypeError, "__length_hint__ must be an integer, not {}", type_name(hint.get()));
    std::int64_t n;
    if (!index_to_i64(hint.get(), n)) return nullptr;
    if (n < 0) return raise(exc::ValueError, "__length_hint__() should return >= 0");
    return int_from(n);
}

// call(obj, /, *args, **kwargs)
Ref<> op_call(Object*, const Args& args) {
    if (args.size() == 0) return raise(exc::TypeError, "call expected at least 1 argument, got 0");
    return call(args[0], args.drop_first());
}

// ---------------------------------------------------------- attrgetter

Type AttrGetterType;
Type ItemGetterType;
Type MethodCallerType;

// attrgetter('a.b', 'c'): each entry of `attrs` is a name, or for a dotted
// name the tuple of its parts.
// CPython 3.11's attrgetterobject: the count, the names (each an interned
// str, or a tuple of them for a dotted name) and the call's entry point.
struct AttrGetter : Object {
    std::int64_t nattrs = 0;
    Tuple* attrs = nullptr;       // owned: attr
    CallFn vectorcall = nullptr;  // Type::vectorcall_offset
};

// itemgetter(1, 'k'), CPython 3.11's itemgetterobject: `item` is the one
// item of a getter of one, else the tuple of them; `index` is that one
// item when it is an int >= 0 (tuples are indexed straight), else -1.
struct ItemGetter : Object {
    std::int64_t nitems = 0;
    Object* item = nullptr;       // owned
    std::int64_t index = -1;
    CallFn vectorcall = nullptr;  // Type::vectorcall_offset
};

// methodcaller('f', 1, k=2)
struct MethodCaller : Object {
    Str* name = nullptr;     // owned
    Tuple* args = nullptr;   // owned
    Dict* kwargs = nullptr;  // owned; null when there are none (CPython's kwds)
};

// "attrgetter expected 1 argument, got 2", and no keywords.
bool one_call_arg(const char* name, const Args& args) {
    if (!check_no_keywords(name, args)) return false;
    return check_arg_range(name, args, 1, 1);
}

void attrgetter_clear(Object* o) { clear_slot(cast<AttrGetter>(o)->attrs); }

void attrgetter_destroy(Object* o) {
    attrgetter_clear(o);
    delete_object(cast<AttrGetter>(o));
}

// Each getter also visits its type, as CPython's (heap types there) do, so
// gc.get_referents() answers alike; the collector ignores static types.
void attrgetter_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(cast<AttrGetter>(o)->attrs, visit, arg);
    visit(o->type, arg);
}

Ref<> attrgetter_call(Object* self, const Args& args);

Ref<> attrgetter_new(Type* type, const Args& args) {
    if (!check_no_keywords("attrgetter", args)) return nullptr;
    if (args.size() == 0) return raise(exc::TypeError, "attrgetter expected 1 argument, got 0");
    Ref<Tuple> attrs = tuple_alloc(static_cast<std::int64_t>(args.size()));
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (!is_str(args[i])) return raise(exc::TypeError, "attribute name must be a string");
        std::string_view name = cast<Str>(args[i])->view();
        if (name.find('.') == std::string_view::npos) {
            tuple_init_item(attrs.get(), i, share<Object>(intern(name)));
            continue;
        }
        std::vector<Object*> parts;
        for (std::size_t start = 0;;) {
            std::size_t dot = name.find('.', start);
            parts.push_back(intern(name.substr(start, dot - start)));
            if (dot == std::string_view::npos) break;
            start = dot + 1;
        }
        tuple_init_item(attrs.get(), i, tuple_from_array(parts.data(), static_cast<std::int64_t>(parts.size())));
    }
    auto getter = new_object<AttrGetter>(type);
    getter->nattrs = attrs->size;
    getter->attrs = attrs.release();
    getter->vectorcall = attrgetter_call;
    gc_track(getter.get());
    return getter;
}

// One entry of attrs looked up on obj, following the dots.
Ref<> get_dotted(Object* obj, Object* attr) {
    if (is_str(attr)) return getattr(obj, cast<Str>(attr));
    Ref<> value = share(obj);
    for (Object* part : *cast<Tuple>(attr)) {
        value = getattr(value.get(), cast<Str>(part));
        if (!value) return nullptr;
    }
    return value;
}

Ref<> attrgetter_call(Object* self, const Args& args) {
    if (!one_call_arg("attrgetter", args)) return nullptr;
    Tuple* attrs = cast<AttrGetter>(self)->attrs;
    if (attrs->size == 1) return get_dotted(args[0], attrs->items()[0]);
    Ref<Tuple> result = tuple_alloc(attrs->size);
    for (std::int64_t i = 0; i < attrs->size; ++i) {
        Ref<> value = get_dotted(args[0], attrs->items()[i]);
        if (!value) return nullptr;
        tuple_init_item(result.get(), i, std::move(value));
    }
    return result;
}

// The names as they were given: the parts of a dotted one joined again.
Ref<Tuple> attrgetter_names(AttrGetter* getter) {
    Tuple* attrs = getter->attrs;
    Ref<Tuple> names = tuple_alloc(attrs->size);
    for (std::int64_t i = 0; i < attrs->size; ++i) {
        Object* attr = attrs->items()[i];
        if (is_str(attr)) {
            tuple_init_item(names.get(), i, share(attr));
            continue;
        }
        Tuple* parts = cast<Tuple>(attr);
        std::string joined;
        for (std::int64_t p = 0; p < parts->size; ++p) {
            if (p > 0) joined += '.';
            joined += cast<Str>(parts->items()[p])->view();
        }
        tuple_init_item(names.get(), i, str_from(joined));
    }
    return names;
}

// `operator.NAME(args...)`, or `operator.NAME(...)` when the object is
// already being printed further up.
Ref<> getter_repr(Object* self, const char* name, Object* const* shown, std::int64_t count) {
    ReprGuard guard(self);
    if (guard.recursive()) return str_from(std::string("operator.") + name + "(...)");
    std::string out = std::string("operator.") + name + "(";
    std::string text;
    for (std::int64_t i = 0; i < count; ++i) {
        if (!repr_text(shown[i], text)) return nullptr;
        if (i > 0) out += ", ";
        out += text;
    }
    return str_from(out + ")");
}

Ref<> attrgetter_repr(Object* self) {
    Ref<Tuple> names = attrgetter_names(cast<AttrGetter>(self));
    return getter_repr(self, "attrgetter", names->items(), names->size);
}

// __reduce__: (attrgetter, names)
Ref<> attrgetter_reduce(Object* self, const Args& args) {
    if (!check_no_args("attrgetter.__reduce__", args)) return nullptr;
    Ref<Tuple> names = attrgetter_names(cast<AttrGetter>(self));
    return tuple_from({self->type, names.get()});
}

// ---------------------------------------------------------- itemgetter

void itemgetter_clear(Object* o) { clear_slot(cast<ItemGetter>(o)->item); }

void itemgetter_destroy(Object* o) {
    itemgetter_clear(o);
    delete_object(cast<ItemGetter>(o));
}

void itemgetter_traverse(Object* o, VisitFn visit, void* arg) {
    visit(o->type, arg);
    visit_field(cast<ItemGetter>(o)->item, visit, arg);
}

Ref<> itemgetter_call(Object* self, const Args& args);

Ref<> itemgetter_new(Type* type, const Args& args) {
    if (!check_no_keywords("itemgetter", args)) return nullptr;
    if (args.size() == 0) return raise(exc::TypeError, "itemgetter expected 1 argument, got 0");
    const auto nitems = static_cast<std::int64_t>(args.size());
    Ref<> item = nitems == 1 ? share(args[0]) : Ref<>(tuple_from_array(args.values, nitems));
    if (!item) return nullptr;
    auto getter = new_object<ItemGetter>(type);
    getter->nitems = nitems;
    if (item->type == &IntType) {
        auto index = int_to_i64(cast<Int>(item.get()));
        if (index && *index >= 0) getter->index = *index;
    }
    getter->item = item.release();
    getter->vectorcall = itemgetter_call;
    gc_track(getter.get());
    return getter;
}

Ref<> itemgetter_call(Object* self, const Args& args) {
    if (!one_call_arg("itemgetter", args)) return nullptr;
    ItemGetter* getter = cast<ItemGetter>(self);
    if (getter->nitems == 1) {
        Object* obj = args[0];
        if (getter->index >= 0 && obj->type == &TupleType && getter->index < cast<Tuple>(obj)->size)
            return share(cast<Tuple>(obj)->items()[getter->index]);
        return getitem(obj, getter->item);
    }
    Tuple* items = cast<Tuple>(getter->item);
    Ref<Tuple> result = tuple_alloc(items->size);
    for (std::int64_t i = 0; i < items->size; ++i) {
        Ref<> value = getitem(args[0], items->items()[i]);
        if (!value) return nullptr;
        tuple_init_item(result.get(), i, std::move(value));
    }
    return result;
}

Ref<> itemgetter_repr(Object* self) {
    ItemGetter* getter = cast<ItemGetter>(self);
    if (getter->nitems == 1) return getter_repr(self, "itemgetter", &getter->item, 1);
    Tuple* items = cast<Tuple>(getter->item);
    return getter_repr(self, "itemgetter", items->items(), items->size);
}

// (itemgetter, (item,)) or (itemgetter, items)
Ref<> itemgetter_reduce(Object* self, const Args& args) {
    if (!check_no_args("itemgetter.__reduce__", args)) return nullptr;
    ItemGetter* getter = cast<ItemGetter>(self);
    if (getter->nitems != 1) return tuple_from({self->type, getter->item});
    Ref<Tuple> items = tuple_from({getter->item});
    return tuple_from({self->type, items.get()});
}

// -------------------------------------------------------- methodcaller

void methodcaller_clear(Object* o) {
    MethodCaller* mc = cast<MethodCaller>(o);
    clear_slot(mc->name);
    clear_slot(mc->args);
    clear_slot(mc->kwargs);
}

void methodcaller_destroy(Object* o) {
    methodcaller_clear(o);
    delete_object(cast<MethodCaller>(o));
}

void methodcaller_traverse(Object* o, VisitFn visit, void* arg) {
    MethodCaller* mc = cast<MethodCaller>(o);
    visit_field(mc->name, visit, arg);
    visit_field(mc->args, visit, arg);
    visit_field(mc->kwargs, visit, arg);
    visit(o->type, arg);
}

// methodcaller(name, /, *args, **kwargs)
Ref<> methodcaller_new(Type* type, const Args& args) {
    if (args.size() == 0) return raise(exc::TypeError, "methodcaller needs at least one argument, the method name");
    if (!is_str(args[0])) return raise(exc::TypeError, "method name must be a string");
    Ref<Dict> kwargs;
    if (args.kw_count() > 0) {
        kwargs = dict_new();
        for (std::size_t i = 0; i < args.kw_count(); ++i)
            if (dict_set(kwargs.get(), args.kw_name(i), args.kw_value(i)) < 0) return nullptr;
    }
    auto mc = new_object<MethodCaller>(type);
    mc->name = share(intern(cast<Str>(args[0])->view())).release();
    mc->args = tuple_from_array(args.values + 1, static_cast<std::int64_t>(args.size() - 1)).release();
    mc->kwargs = kwargs.release();
    gc_track(mc.get());
    return mc;
}

Ref<> methodcaller_call(Object* self, const Args& args) {
    if (!one_call_arg("methodcaller", args)) return nullptr;
    MethodCaller* mc = cast<MethodCaller>(self);
    Ref<> method = getattr(args[0], mc->name);
    if (!method) return nullptr;
    std::vector<Object*> values(mc->args->begin(), mc->args->end());
    std::vector<Object*> names;
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; mc->kwargs && dict_next(mc->kwargs, pos, &key, &value);) {
        names.push_back(key);
        values.push_back(value);
    }
    Ref<Tuple> kwnames;
    if (!names.empty()) kwnames = tuple_from_array(names.data(), static_cast<std::int64_t>(names.size()));
    return call(method.get(), Args{values.data(), static_cast<std::size_t>(mc->args->size), kwnames.get()});
}

// operator.methodcaller('f', 1, k=2)
Ref<> methodcaller_repr(Object* self) {
    MethodCaller* mc = cast<MethodCaller>(self);
    ReprGuard guard(self);
    if (guard.recursive()) return str_from("operator.methodcaller(...)");
    std::string out = "operator.methodcaller(";
    std::string text;
    if (!repr_text(mc->name, text)) return nullptr;
    out += text;
    for (Object* arg : *mc->args) {
        if (!repr_text(arg, text)) return nullptr;
        out += ", " + text;
    }
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; mc->kwargs && dict_next(mc->kwargs, pos, &key, &value);) {
        if (!repr_text(value, text)) return nullptr;
        out += ", " + std::string(cast<Str>(key)->view()) + "=" + text;
    }
    return str_from(out + ")");
}

// __reduce__: (methodcaller, (name, *args)) when there are no keywords.
// With keywords CPython returns a functools.partial, which the runtime
// cannot build; that case raises instead of answering differently.
Ref<> methodcaller_reduce(Object* self, const Args& args) {
    if (!check_no_args("methodcaller.__reduce__", args)) return nullptr;
    MethodCaller* mc = cast<MethodCaller>(self);
    if (mc->kwargs && mc->kwargs->used)
        return raise(exc::NotImplementedError, "methodcaller.__reduce__ with keyword arguments is not supported");
    std::vector<Object*> items{mc->name};
    items.insert(items.end(), mc->args->begin(), mc->args->end());
    Ref<Tuple> ctor_args = tuple_from_array(items.data(), static_cast<std::int64_t>(items.size()));
    return tuple_from({self->type, ctor_args.get()});
}

void getter_type_init(Type& type, const char* name, std::size_t size, DestroyFn destroy, TraverseFn traverse,
                      ClearFn clear, NewFn make, CallFn call_fn, UnaryFn repr_fn) {
    // Not subclassable, as in CPython.
    type_init_builtin(type, name, &ObjectType, size, type_flags::kHasGC);
    type.destroy = destroy;
    type.traverse = traverse;
    type.clear = clear;
    type.new_instance = make;
    type.call = call_fn;
    type.repr = repr_fn;
    type.getattr = generic_getattr;
}

void operator_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    getter_type_init(AttrGetterType, "operator.attrgetter", sizeof(AttrGetter), attrgetter_destroy,
                     attrgetter_traverse, attrgetter_clear, attrgetter_new, attrgetter_call, attrgetter_repr);
    AttrGetterType.vectorcall_offset = offsetof(AttrGetter, vectorcall);
    add_methods(AttrGetterType, {{"__reduce__", attrgetter_reduce}});
    type_ready(AttrGetterType);
    getter_type_init(ItemGetterType, "operator.itemgetter", sizeof(ItemGetter), itemgetter_destroy,
                     itemgetter_traverse, itemgetter_clear, itemgetter_new, itemgetter_call, itemgetter_repr);
    ItemGetterType.vectorcall_offset = offsetof(ItemGetter, vectorcall);
    add_methods(ItemGetterType, {{"__reduce__", itemgetter_reduce}});
    type_ready(ItemGetterType);
    getter_type_init(MethodCallerType, "operator.methodcaller", sizeof(MethodCaller), methodcaller_destroy,
                     methodcaller_traverse, methodcaller_clear, methodcaller_new, methodcaller_call,
                     methodcaller_repr);
    add_methods(MethodCallerType, {{"__reduce__", methodcaller_reduce}});
    type_ready(MethodCallerType);
}

const MethodDef kOperatorFunctions[] = {
    {"abs", op_abs},
    {"add", op_add},
    {"and_", op_and},
    {"call", op_call},
    {"concat", op_concat},
    {"contains", op_contains},
    {"countOf", op_countOf},
    {"delitem", op_delitem},
    {"eq", op_eq},
    {"floordiv", op_floordiv},
    {"ge", op_ge},
    {"getitem", op_getitem},
    {"gt", op_gt},
    {"iadd", op_iadd},
    {"iand", op_iand},
    {"iconcat", op_iconcat},
    {"ifloordiv", op_ifloordiv},
    {"ilshift", op_ilshift},
    {"imatmul", op_imatmul},
    {"imod", op_imod},
    {"imul", op_imul},
    {"index", op_index},
    {"indexOf", op_indexOf},
    {"inv", op_inv},
    {"invert", op_invert},
    {"ior", op_ior},
    {"ipow", op_ipow},
    {"irshift", op_irshift},
    {"is_", op_is},
    {"is_not", op_is_not},
    {"isub", op_isub},
    {"itruediv", op_itruediv},
    {"ixor", op_ixor},
    {"le", op_le},
    {"length_hint", op_length_hint},
    {"lshift", op_lshift},
    {"lt", op_lt},
    {"matmul", op_matmul},
    {"mod", op_mod},
    {"mul", op_mul},
    {"ne", op_ne},
    {"neg", op_neg},
    {"not_", op_not},
    {"or_", op_or},
    {"pos", op_pos},
    {"pow", op_pow},
    {"rshift", op_rshift},
    {"setitem", op_setitem},
    {"sub", op_sub},
    {"truediv", op_truediv},
    {"truth", op_truth},
    {"xor", op_xor},
};

}  // namespace

Ref<Module> make_operator_module() {
    operator_types_init();
    Ref<Module> m = module_new("_operator", ModuleOrigin::BuiltIn);
    Module* mod = m.get();
    for (const MethodDef& def : kOperatorFunctions) module_add(mod, def.name, builtin_function_new(&def, mod).get());
    module_add(mod, "attrgetter", &AttrGetterType);
    module_add(mod, "itemgetter", &ItemGetterType);
    module_add(mod, "methodcaller", &MethodCallerType);
    return m;
}

}  // namespace minipy
