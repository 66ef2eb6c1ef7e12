// Slots <-> dunder methods (CPython's slotdefs in Objects/typeobject.c).
//
// One table, kSlotDefs, lists every dunder the slot machinery knows: the
// slot it belongs to (identified by its byte offset in Type), the generic
// dispatcher a class gets when the dunder is written in Python, and the
// wrapper that implements `int.__add__(self, other)` for builtins. Several
// dunders share one slot (`__add__`/`__radd__`, the six comparisons); a
// class gets the dispatcher if any of them is defined in Python.
#include "runtime/core/slot_dispatch.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/names.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <array>
#include <cstddef>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

namespace minipy {

// ================================================================ helpers

// Calls `method`, found on type(self), with self and args: a plain function
// directly, anything else through its __get__.
static Ref<> call_found(Object* method, Object* self, std::initializer_list<Object*> args) {
    if (method->type == &FunctionType)
        return call_function_prepended(cast<Function>(method), self, Args{args.begin(), args.size(), nullptr});
    Ref<> bound = method->type->descr_get ? method->type->descr_get(method, self, self->type) : share(method);
    if (!bound) return nullptr;
    return call(bound.get(), Args{args.begin(), args.size(), nullptr});
}

// Calls type(self).<name>(self, args...) as CPython's vectorcall_method:
// looked up on the type, never the instance. `missing` (when given) is set
// instead of raising AttributeError when the type has no such attribute.
static Ref<> call_special(Object* self, Str* name, std::initializer_list<Object*> args, bool* missing = nullptr) {
    Object* method = type_lookup(self->type, name);
    if (!method) {
        if (missing) {
            *missing = true;
            return nullptr;
        }
        // vectorcall_method's lookup failure: AttributeError(name), the bare
        // dunder name (`del obj[k]` on a class with only __setitem__).
        return raise(exc::AttributeError, name->view());
    }
    if (missing) *missing = false;
    return call_found(method, self, args);
}

// callable(first, *args, **kwargs), as CPython's _PyObject_Call_Prepend.
// With keywords, its _PyStack_UnpackDict copies the whole argument list
// (`first` included) with new references for the duration of the call;
// they are held here too, so sys.getrefcount inside __init__(self, k=x)
// agrees with CPython.
static Ref<> call_prepended(Object* callable, Object* first, const Args& args) {
    if (callable->type == &FunctionType && !args.has_keywords())
        return call_function_prepended(cast<Function>(callable), first, args);
    const std::size_t total = args.count + args.kw_count() + 1;
    Object* inline_argv[8];  // keyword calls and other callables: no allocation for short calls
    std::vector<Object*> heap_argv;
    Object** argv = inline_argv;
    if (total > std::size(inline_argv)) {
        heap_argv.resize(total);
        argv = heap_argv.data();
    }
    argv[0] = first;
    std::copy(args.values, args.values + (total - 1), argv + 1);  // values is null for no arguments
    std::vector<Ref<>> unpacked_copy;
    if (args.has_keywords())
        for (std::size_t i = 0; i < total; ++i) unpacked_copy.push_back(share(argv[i]));
    return call(callable, Args{argv, args.count + 1, args.kwnames});
}

// The same with the caller's whole argument list after self (for __call__, __init__, __new__).
static Ref<> call_special_args(Object* self, Str* name, Object* first, const Args& args) {
    Object* method = type_lookup(self->type, name);
    if (!method)
        return raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(self), StrUtf8(name).view());
    Ref<> callable = method->type->descr_get && method->type != &FunctionType
                         ? method->type->descr_get(method, self, self->type)
                         : share(method);
    if (!callable) return nullptr;
    if (method->type != &FunctionType && !first) return call(callable.get(), args);
    return call_prepended(callable.get(), first ? first : self, args);
}

// ============================================================ dispatchers
//
// The slot functions a class gets for dunders written in Python.

// The results are checked by repr() and str() (PyObject_Repr/PyObject_Str),
// which name the method the caller asked for: str() of an object whose
// __repr__ returns an int reports "__str__ returned non-string".
static Ref<> dispatch_repr(Object* self) { return call_special(self, names::repr, {}); }

static Ref<> dispatch_str(Object* self) { return call_special(self, names::str, {}); }

static std::int64_t dispatch_hash(Object* self) {
    Object* method = type_lookup(self->type, names::hash);
    if (!method || method == None) {
        raisef(exc::TypeError, "unhashable type: '{}'", type_name(self));
        return -1;
    }
    Ref<> r = call_found(method, self, {});
    if (!r) return -1;
    if (!is_int(r.get())) {
        raise(exc::TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // A result that fits a machine word is the hash as it is (CPython's
    // PyLong_AsSsize_t); only a bigger one is folded as hash(int) folds it.
    std::optional<std::int64_t> word = int_to_i64(cast<Int>(r.get()));
    std::int64_t h = word ? *word : int_hash(cast<Int>(r.get()));
    return h == -1 ? -2 : h;
}

static Ref<> dispatch_compare(Object* self, Object* other, CompareOp op) {
    // Interned once: dispatch runs for every comparison of class instances.
    static Str* const dunders[] = {intern(names_of(CompareOp::Lt).dunder), intern(names_of(CompareOp::Le).dunder),
                                   intern(names_of(CompareOp::Eq).dunder), intern(names_of(CompareOp::Ne).dunder),
                                   intern(names_of(CompareOp::Gt).dunder), intern(names_of(CompareOp::Ge).dunder)};
    bool missing = false;
    Ref<> r = call_special(self, dunders[static_cast<int>(op)], {other}, &missing);
    if (missing) return not_implemented();
    return r;
}

static Ref<> wrapped_getattr(Object* wrapper, Object* self, Str* name);

// __getattribute__ / __getattr__ (CPython's slot_tp_getattr_hook).
static Ref<> dispatch_getattr(Object* self, Str* name) {
    Object* getattribute = type_lookup(self->type, names::getattribute);
    Ref<> r;
    if (!getattribute) {
        r = generic_getattr(self, name);
    } else if (getattribute->type == &SlotWrapperType && cast<Type>(self->type)->getattr == nullptr) {
        r = wrapped_getattr(getattribute, self, name);
    } else if (Object* hook = type_lookup(self->type, names::getattr); !hook) {
        return call_special(self, names::getattribute, {name});
    } else {
        r = getattribute->type == &SlotWrapperType ? wrapped_getattr(getattribute, self, name)
                                                  : call_special(self, names::getattribute, {name});
    }
    if (r || !error_matches(exc::AttributeError)) return r;
    if (!type_lookup(self->type, names::getattr)) return r;
    clear_error();
    return call_special(self, names::getattr, {name});
}

static int dispatch_setattr(Object* self, Str* name, Object* value) {
    Ref<> r = value ? call_special(self, names::setattr, {name, value}) : call_special(self, names::delattr, {name});
    return r ? 0 : -1;
}

static Ref<> dispatch_descr_get(Object* descr, Object* instance, Type* owner) {
    return call_special(descr, names::get, {instance ? instance : None, owner ? static_cast<Object*>(owner) : None});
}

static int dispatch_descr_set(Object* descr, Object* instance, Object* value) {
    Ref<> r = value ? call_special(descr, names::set, {instance, value}) : call_special(descr, names::delete_, {instance});
    return r ? 0 : -1;
}

static Ref<> dispatch_call(Object* self, const Args& args) { return call_special_args(self, names::call, nullptr, args); }

static Ref<> dispatch_new(Type* type, const Args& args) {
    // __new__ is a staticmethod: the class is passed explicitly.
    Object* method = type_lookup(type, names::new_);
    if (!method) return raisef(exc::TypeError, "cannot create '{}' instances", type_qualified_name(type));
    Ref<> func = method->type->descr_get ? method->type->descr_get(method, nullptr, type) : share(method);
    if (!func) return nullptr;
    return call_prepended(func.get(), type, args);
}

static int dispatch_init(Object* self, const Args& args) {
    Ref<> r = call_special_args(self, names::init, nullptr, args);
    if (!r) return -1;
    if (r.get() != None) {
        raisef(exc::TypeError, "__init__() should return None, not '{}'", type_name(r.get()));
        return -1;
    }
    return 0;
}

static Ref<> dispatch_iter(Object* self) {
    Object* method = type_lookup(self->type, names::iter);
    if (method == None) return raisef(exc::TypeError, "'{}' object is not iterable", type_name(self));
    if (!method) return raise(exc::AttributeError, names::iter->view());
    return call_found(method, self, {});
}

// __next__ raising StopIteration means "exhausted"; the exception stays
// pending (iter_next absorbs it; next() passes its value on).
static Ref<> dispatch_next(Object* self) { return call_special(self, names::next, {}); }

// a OP b where a or b is an instance of a class (CPython's SLOT1BINFULL):
// the right operand's reflected method goes first when its type is a
// proper subclass of the left's, and each side may decline with
// NotImplemented.
template <BinaryOp Op>
static Ref<> dispatch_binary(Object* self, Object* other) {
    static Str* const forward = intern(names_of(Op).forward);
    static Str* const reflected = intern(names_of(Op).reflected);
    const BinaryFn me = dispatch_binary<Op>;
    const int i = static_cast<int>(Op);
    bool do_other = self->type != other->type && other->type->binary[i] == me;
    if (self->type->binary[i] == me) {
        if (do_other && type_is_subtype(other->type, self->type)) {
            bool missing = false;
            Ref<> r = call_special(other, reflected, {self}, &missing);
            if (!missing && (!r || r.get() != NotImplemented)) return r;
            do_other = false;
        }
        bool missing = false;
        Ref<> r = call_special(self, forward, {other}, &missing);
        if (!missing && (!r || r.get() != NotImplemented || self->type == other->type)) return r;
    }
    if (do_other) {
        bool missing = false;
        Ref<> r = call_special(other, reflected, {self}, &missing);
        if (!missing) return r;
    }
    return not_implemented();
}

template <BinaryOp Op>
static Ref<> dispatch_inplace(Object* self, Object* other) {
    bool missing = false;
    static Str* const inplace = intern(names_of(Op).inplace);
    Ref<> r = call_special(self, inplace, {other}, &missing);
    if (missing) return not_implemented();
    return r;
}

static Ref<> dispatch_power(Object* self, Object* exp, Object* mod) {
    if (mod == None) return binary_op(self, exp, BinaryOp::Pow);
    return call_special(self, intern("__pow__"), {exp, mod});
}

template <UnaryOp Op>
static Ref<> dispatch_unary(Object* self) {
    static Str* const dunder = intern(names_of(Op).dunder);
    return call_special(self, dunder, {});
}

// What __len__ returned, as a length (slot_mp_length): an int that fits,
// not negative; -1 with an error otherwise.
static std::int64_t length_result(Object* r) {
    if (!is_int(r)) {
        raisef(exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(r));
        return -1;
    }
    auto n = int_to_i64(cast<Int>(r));
    if (!n) {
        raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (*n < 0) {
        raise(exc::ValueError, "__len__() should return >= 0");
        return -1;
    }
    return *n;
}

// __bool__, else __len__ != 0 (as a length, with its checks), else true
// (CPython's slot_nb_bool, then PyObject_IsTrue's length).
static int dispatch_bool(Object* self) {
    bool missing = false;
    Ref<> r = call_special(self, names::bool_, {}, &missing);
    if (missing) {
        r = call_special(self, names::len, {}, &missing);
        if (missing) return 1;
        if (!r) return -1;
        const std::int64_t n = length_result(r.get());
        return n < 0 ? -1 : n != 0;
    }
    if (!r) return -1;
    if (!is_bool(r.get()))
        return raisef(exc::TypeError, "__bool__ should return bool, returned {}", type_name(r.get())), -1;
    return r.get() == True;
}

static Ref<> dispatch_int(Object* self) {
    Ref<> r = call_special(self, names::int_, {});
    if (r && !is_int(r.get())) return raisef(exc::TypeError, "__int__ returned non-int (type {})", type_name(r.get()));
    return r;
}

static Ref<> dispatch_float(Object* self) {
    Ref<> r = call_special(self, names::float_, {});
    if (r && !is_float(r.get()))
        return raisef(exc::TypeError, "{}.__float__ returned non-float (type {})", type_name(self), type_name(r.get()));
    return r;
}

static Ref<> dispatch_index(Object* self) {
    Ref<> r = call_special(self, names::index, {});
    if (r && !is_int(r.get())) return raisef(exc::TypeError, "__index__ returned non-int (type {})", type_name(r.get()));
    return r;
}

static std::int64_t dispatch_length(Object* self) {
    Ref<> r = call_special(self, names::len, {});
    return r ? length_result(r.get()) : -1;
}

static Ref<> dispatch_getitem(Object* self, Object* key) { return call_special(self, names::getitem, {key}); }

static int dispatch_setitem(Object* self, Object* key, Object* value) {
    Ref<> r = value ? call_special(self, names::setitem, {key, value}) : call_special(self, names::delitem, {key});
    return r ? 0 : -1;
}

static int dispatch_contains(Object* self, Object* item) {
    Object* method = type_lookup(self->type, names::contains);
    // `__contains__ = None` says the class is not a container (slot_sq_contains).
    if (method == None) {
        raisef(exc::TypeError, "'{}' object is not a container", type_name(self));
        return -1;
    }
    Ref<> r = method ? call_found(method, self, {item}) : call_special(self, names::contains, {item});
    if (!r) return -1;
    return is_true(r.get());
}

// __del__: an exception cannot propagate out of a finalizer; CPython prints
// "Exception ignored in: <function Foo.__del__ ...>" and goes on. Any
// exception pending around the call is kept.
static void dispatch_finalize(Object* self) {
    Ref<> saved = take_error();
    Object* method = type_lookup(self->type, names::del);
    if (method) {
        Ref<> keep_method = share(method);
        if (!call_found(method, self, {})) write_unraisable(method);
    }
    if (saved) set_error(std::move(saved));
}

// =================================================== wrapper descriptors
//
// `int.__add__` is a SlotWrapper: owner type + slot entry. Called with the
// instance first, it runs the owner's C++ slot.

struct SlotDef;
using WrapFn = Ref<> (*)(const SlotDef& def, Type* owner, Object* self, const Args& args);

struct SlotDef {
    const char* name;
    std::size_t slot;  // offset of the slot's function pointer in Type
    int op;            // operator index for binary/unary/compare entries
    void* dispatcher;  // what a class defining `name` in Python gets
    WrapFn wrap;       // the builtin wrapper; null when there is none
};

// Slots are function pointers of different types; the table handles them as
// untyped pointers at their offsets (POSIX guarantees the round trip).
static void* slot_read(const Type& t, std::size_t slot) {
    return *reinterpret_cast<void* const*>(reinterpret_cast<const char*>(&t) + slot);
}
static void slot_write(Type& t, std::size_t slot, void* fn) {
    *reinterpret_cast<void**>(reinterpret_cast<char*>(&t) + slot) = fn;
}

// PyWrapperDescrObject: the common part of descriptors, then the slot's
// entry (d_base) and the owner's function in that slot when the wrapper was
// made (d_wrapped), which a class inheriting the wrapper takes for its slot.
struct SlotWrapper : Descriptor {
    const SlotDef* def = nullptr;
    void* wrapped = nullptr;
};

Type SlotWrapperType;

// The builtin lookup a __getattribute__ wrapper stands for: object's generic
// one, or type's for the classes a metaclass with __getattr__ makes.
static Ref<> wrapped_getattr(Object* wrapper, Object* self, Str* name) {
    GetAttrFn fn = cast<SlotWrapper>(wrapper)->owner->getattr;
    if (!fn || fn == dispatch_getattr) fn = generic_getattr;
    return fn(self, name);
}

static bool wrapper_args(const SlotDef& def, const Args& args, std::size_t n) {
    if (args.has_keywords()) {
        raisef(exc::TypeError, "wrapper {}() takes no keyword arguments", def.name);
        return false;
    }
    if (args.size() != n) {
        raisef(exc::TypeError, "expected {} argument{}, got {}", n, n == 1 ? "" : "s", args.size());
        return false;
    }
    return true;
}

static Ref<> wrap_unary(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 0)) return nullptr;
    auto fn = reinterpret_cast<UnaryFn>(slot_read(*owner, def.slot));
    return fn(self);
}

static Ref<> wrap_hash(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 0)) return nullptr;
    std::int64_t h = owner->hash(self);
    if (h == -1 && error_pending()) return nullptr;
    return int_from(h);
}

static Ref<> wrap_compare(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    return owner->compare(self, args[0], static_cast<CompareOp>(def.op));
}

static bool check_attr_name(Object* name) {
    if (is_str(name)) return true;
    raisef(exc::TypeError, "attribute name must be string, not '{}'", type_name(name));
    return false;
}

static Ref<> wrap_getattribute(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1) || !check_attr_name(args[0])) return nullptr;
    return owner->getattr(self, cast<Str>(args[0]));
}

static Ref<> wrap_setattr(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 2) || !check_attr_name(args[0])) return nullptr;
    if (owner->setattr(self, cast<Str>(args[0]), args[1]) < 0) return nullptr;
    return none();
}

static Ref<> wrap_delattr(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1) || !check_attr_name(args[0])) return nullptr;
    if (owner->setattr(self, cast<Str>(args[0]), nullptr) < 0) return nullptr;
    return none();
}

static Ref<> wrap_descr_get(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (args.size() < 1 || args.size() > 2)
        return raisef(exc::TypeError, "expected 1 or 2 arguments, got {}", args.size());
    Object* instance = args[0] == None ? nullptr : args[0];
    Object* cls = args.size() > 1 && args[1] != None ? args[1] : nullptr;
    if (!instance && !cls) return raise(exc::TypeError, "__get__(None, None) is invalid");
    return owner->descr_get(self, instance, cls ? cast<Type>(cls) : instance->type);
}

static Ref<> wrap_descr_set(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 2)) return nullptr;
    if (owner->descr_set(self, args[0], args[1]) < 0) return nullptr;
    return none();
}

static Ref<> wrap_descr_delete(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    if (owner->descr_set(self, args[0], nullptr) < 0) return nullptr;
    return none();
}

static Ref<> wrap_call(const SlotDef&, Type* owner, Object* self, const Args& args) { return owner->call(self, args); }

static Ref<> wrap_init(const SlotDef&, Type* owner, Object* self, const Args& args) {
    if (owner->init(self, args) < 0) return nullptr;
    return none();
}

static Ref<> wrap_next(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 0)) return nullptr;
    Ref<> r = owner->next(self);
    if (!r && !error_pending()) return raise_object(exc::StopIteration);
    return r;
}

static Ref<> wrap_binary(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    return owner->binary[def.op](self, args[0]);
}

static Ref<> wrap_binary_reflected(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    return owner->binary[def.op](args[0], self);
}

static Ref<> wrap_inplace(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    return owner->inplace[def.op](self, args[0]);
}

// __pow__(self, exp, mod=None): the ternary form reaches the power slot.
static Ref<> wrap_pow(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (args.size() == 2 && !args.has_keywords() && args[1] != None) {
        if (!owner->power) return not_implemented();
        return owner->power(self, args[0], args[1]);
    }
    if (args.size() == 2) return wrap_binary(def, owner, self, Args{args.values, 1, args.kwnames});
    return wrap_binary(def, owner, self, args);
}

static Ref<> wrap_unary_op(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 0)) return nullptr;
    return owner->unary[def.op](self);
}

static Ref<> wrap_bool(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 0)) return nullptr;
    int r = owner->to_bool(self);
    if (r < 0) return nullptr;
    return bool_from(r != 0);
}

static Ref<> wrap_length(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 0)) return nullptr;
    std::int64_t n = owner->length(self);
    if (n < 0) return nullptr;
    return int_from(n);
}

static Ref<> wrap_getitem(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    return owner->getitem(self, args[0]);
}

static Ref<> wrap_setitem(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 2)) return nullptr;
    if (owner->setitem(self, args[0], args[1]) < 0) return nullptr;
    return none();
}

static Ref<> wrap_delitem(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    if (owner->setitem(self, args[0], nullptr) < 0) return nullptr;
    return none();
}

static Ref<> wrap_contains(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 1)) return nullptr;
    int r = owner->contains(self, args[0]);
    if (r < 0) return nullptr;
    return bool_from(r != 0);
}

static Ref<> wrap_finalize(const SlotDef& def, Type* owner, Object* self, const Args& args) {
    if (!wrapper_args(def, args, 0)) return nullptr;
    owner->finalize(self);
    return none();
}

// ===================================================== the slot table

#define SLOT(field) offsetof(Type, field)
#define FN(f) reinterpret_cast<void*>(f)

template <BinaryOp Op>
SlotDef binary_def(bool reflected) {
    constexpr int i = static_cast<int>(Op);
    return SlotDef{reflected ? names_of(Op).reflected : names_of(Op).forward,
                   SLOT(binary) + i * sizeof(BinaryFn), i, FN(dispatch_binary<Op>),
                   Op == BinaryOp::Pow && !reflected ? wrap_pow
                   : reflected                       ? wrap_binary_reflected
                                                     : wrap_binary};
}

template <BinaryOp Op>
SlotDef inplace_def() {
    constexpr int i = static_cast<int>(Op);
    return SlotDef{names_of(Op).inplace, SLOT(inplace) + i * sizeof(BinaryFn), i, FN(dispatch_inplace<Op>),
                   wrap_inplace};
}

template <UnaryOp Op>
SlotDef unary_def() {
    constexpr int i = static_cast<int>(Op);
    return SlotDef{names_of(Op).dunder, SLOT(unary) + i * sizeof(UnaryFn), i, FN(dispatch_unary<Op>), wrap_unary_op};
}

static SlotDef compare_def(CompareOp op) {
    return SlotDef{names_of(op).dunder, SLOT(compare), static_cast<int>(op), FN(dispatch_compare), wrap_compare};
}

static const SlotDef kSlotDefs[] = {
    {"__repr__", SLOT(repr), 0, FN(dispatch_repr), wrap_unary},
    {"__str__", SLOT(str), 0, FN(dispatch_str), wrap_unary},
    {"__hash__", SLOT(hash), 0, FN(dispatch_hash), wrap_hash},
    compare_def(CompareOp::Lt),
    compare_def(CompareOp::Le),
    compare_def(CompareOp::Eq),
    compare_def(CompareOp::Ne),
    compare_def(CompareOp::Gt),
    compare_def(CompareOp::Ge),
    {"__getattribute__", SLOT(getattr), 0, FN(dispatch_getattr), wrap_getattribute},
    {"__getattr__", SLOT(getattr), 0, FN(dispatch_getattr), nullptr},
    {"__setattr__", SLOT(setattr), 0, FN(dispatch_setattr), wrap_setattr},
    {"__delattr__", SLOT(setattr), 0, FN(dispatch_setattr), wrap_delattr},
    {"__get__", SLOT(descr_get), 0, FN(dispatch_descr_get), wrap_descr_get},
    {"__set__", SLOT(descr_set), 0, FN(dispatch_descr_set), wrap_descr_set},
    {"__delete__", SLOT(descr_set), 0, FN(dispatch_descr_set), wrap_descr_delete},
    {"__call__", SLOT(call), 0, FN(dispatch_call), wrap_call},
    {"__new__", SLOT(new_instance), 0, FN(dispatch_new), nullptr},
    {"__init__", SLOT(init), 0, FN(dispatch_init), wrap_init},
    {"__iter__", SLOT(iter), 0, FN(dispatch_iter), wrap_unary},
    {"__next__", SLOT(next), 0, FN(dispatch_next), wrap_next},
    {"__del__", SLOT(finalize), 0, FN(dispatch_finalize), wrap_finalize},
#define X(name, symbol, fwd, rev, inplace) binary_def<BinaryOp::name>(false), binary_def<BinaryOp::name>(true),
    MINIPY_BINARY_OPS(X)
#undef X
#define X(name, symbol, fwd, rev, inplace) inplace_def<BinaryOp::name>(),
    MINIPY_BINARY_OPS(X)
#undef X
#define X(name, symbol, dunder) unary_def<UnaryOp::name>(),
    MINIPY_UNARY_OPS(X)
#undef X
    {"__bool__", SLOT(to_bool), 0, FN(dispatch_bool), wrap_bool},
    {"__int__", SLOT(to_int), 0, FN(dispatch_int), wrap_unary},
    {"__float__", SLOT(to_float), 0, FN(dispatch_float), wrap_unary},
    {"__index__", SLOT(to_index), 0, FN(dispatch_index), wrap_unary},
    {"__len__", SLOT(length), 0, FN(dispatch_length), wrap_length},
    {"__getitem__", SLOT(getitem), 0, FN(dispatch_getitem), wrap_getitem},
    {"__setitem__", SLOT(setitem), 0, FN(dispatch_setitem), wrap_setitem},
    {"__delitem__", SLOT(setitem), 0, FN(dispatch_setitem), wrap_delitem},
    {"__contains__", SLOT(contains), 0, FN(dispatch_contains), wrap_contains},
};
#undef SLOT
#undef FN

// ================================================== wrapper type itself

static Ref<> slot_wrapper_call(Object* callable, const Args& args) {
    auto* w = cast<SlotWrapper>(callable);
    if (args.size() < 1)
        return raisef(exc::TypeError, "descriptor '{}' of '{}' object needs an argument", w->def->name,
                      w->owner->name_view());
    Object* self = args[0];
    if (!is_instance_of(self, w->owner))
        return raisef(exc::TypeError, "descriptor '{}' requires a '{}' object but received a '{}'", w->def->name,
                      w->owner->name_view(), type_name(self));
    return w->def->wrap(*w->def, w->owner, self, args.drop_first());
}

// method-wrapper: a slot wrapper bound to an instance, `(1).__add__`.
struct MethodWrapper : Object {
    SlotWrapper* descr = nullptr;  // owned
    Object* self = nullptr;        // owned
};

Type MethodWrapperType;

static Ref<> slot_wrapper_get(Object* descr, Object* instance, Type*) {
    if (!instance) return share(descr);
    auto* w = cast<SlotWrapper>(descr);
    if (!is_instance_of(instance, w->owner))
        return raisef(exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", w->def->name,
                      w->owner->name_view(), type_name(instance));
    auto bound = new_object<MethodWrapper>(&MethodWrapperType);
    set_slot(bound->descr, w);
    set_slot(bound->self, instance);
    gc_track(bound.get());
    return bound;
}

static Ref<> method_wrapper_call(Object* callable, const Args& args) {
    auto* m = cast<MethodWrapper>(callable);
    return m->descr->def->wrap(*m->descr->def, m->descr->owner, m->self, args);
}

// <method-wrapper '__add__' of int object at 0x…>
static Ref<> method_wrapper_repr(Object* o) {
    auto* m = cast<MethodWrapper>(o);
    return str_from(fmt::format("<method-wrapper '{}' of {} object at {}>", m->descr->def->name, type_name(m->self),
                                static_cast<const void*>(m->self)));
}

// No clear, as CPython's method-wrapper: a cycle through one is broken at
// its other members. descr, then self, as in wrapper_dealloc and
// wrapper_traverse.
static void method_wrapper_destroy(Object* o) {
    auto* m = cast<MethodWrapper>(o);
    clear_slot(m->descr);
    clear_slot(m->self);
    delete_object(m);
}

static void method_wrapper_traverse(Object* o, VisitFn visit, void* arg) {
    auto* m = cast<MethodWrapper>(o);
    visit_field(m->descr, visit, arg);
    visit_field(m->self, visit, arg);
}

static Ref<> method_wrapper_name(Object* o) { return str_from(cast<MethodWrapper>(o)->descr->def->name); }
static Ref<> method_wrapper_self(Object* o) { return share(cast<MethodWrapper>(o)->self); }

static Ref<> slot_wrapper_repr(Object* o) {
    auto* w = cast<SlotWrapper>(o);
    return str_from(fmt::format("<slot wrapper '{}' of '{}' objects>", w->def->name, w->owner->name_view()));
}

static void slot_wrapper_destroy(Object* o) {
    auto* w = cast<SlotWrapper>(o);
    descriptor_release(w);
    delete_object(w);
}

void slot_wrapper_type_init() {
    type_init_builtin(SlotWrapperType, "wrapper_descriptor", &ObjectType, sizeof(SlotWrapper), type_flags::kHasGC);
    SlotWrapperType.destroy = slot_wrapper_destroy;
    SlotWrapperType.traverse = descriptor_traverse;
    SlotWrapperType.call = slot_wrapper_call;
    SlotWrapperType.descr_get = slot_wrapper_get;
    SlotWrapperType.repr = slot_wrapper_repr;
    SlotWrapperType.getattr = generic_getattr;
    add_descriptor_getsets(SlotWrapperType);
    type_ready(SlotWrapperType);

    type_init_builtin(MethodWrapperType, "method-wrapper", &ObjectType, sizeof(MethodWrapper), type_flags::kHasGC);
    MethodWrapperType.destroy = method_wrapper_destroy;
    MethodWrapperType.traverse = method_wrapper_traverse;
    MethodWrapperType.call = method_wrapper_call;
    MethodWrapperType.repr = method_wrapper_repr;
    MethodWrapperType.getattr = generic_getattr;
    add_getsets(MethodWrapperType, {{"__name__", method_wrapper_name}, {"__self__", method_wrapper_self}});
    type_ready(MethodWrapperType);
}

// `int.__new__(cls, ...)`: a builtin function bound to the owner type that
// checks `cls` and calls the owner's new slot (CPython's tp_new_wrapper).
static Ref<> new_wrapper(Object* self, const Args& args) {
    Type* owner = cast<Type>(self);
    if (args.size() < 1) return raisef(exc::TypeError, "{}.__new__(): not enough arguments", owner->name_view());
    if (!is_type(args[0]))
        return raisef(exc::TypeError, "{}.__new__(X): X is not a type object ({})", owner->name_view(),
                      type_name(args[0]));
    Type* sub = cast<Type>(args[0]);
    if (!type_is_subtype(sub, owner))
        return raisef(exc::TypeError, "{}.__new__({}): {} is not a subtype of {}", owner->name_view(), sub->name_view(),
                      sub->name_view(), owner->name_view());
    // The nearest class along `sub`'s bases whose __new__ is not written in
    // Python must make its instances with this very slot: object.__new__(T)
    // for a tuple class T would make an object without T's layout.
    Type* static_base = sub;
    while (static_base && static_base->new_instance == dispatch_new) static_base = static_base->base;
    if (static_base && static_base->new_instance != owner->new_instance)
        return raisef(exc::TypeError, "{}.__new__({}) is not safe, use {}.__new__()", owner->name_view(),
                      sub->name_view(), static_base->name_view());
    return owner->new_instance(sub, args.drop_first());
}
static const MethodDef kNewWrapperDef{"__new__", new_wrapper};

// The builtin sequences concatenate through `__add__` alone: CPython gives
// them no `__radd__` (their + is sq_concat, not a number slot).
static bool is_builtin_sequence(const Type& type) {
    return !type.has_flag(type_flags::kHeapType) &&
           (type.has_flag(type_flags::kStrSubclass | type_flags::kListSubclass | type_flags::kTupleSubclass) ||
            type.builtin_name == "bytes");
}

void add_slot_wrappers(Type& type, const Type* base) {
    for (const SlotDef& def : kSlotDefs) {
        void* mine = slot_read(type, def.slot);
        if (!mine) continue;
        if (is_builtin_sequence(type) && std::string_view(def.name) == "__radd__") continue;
        if (base && slot_read(*base, def.slot) == mine) continue;  // inherited: the base's wrapper serves
        Str* name = intern(def.name);
        if (dict_get_str(type.dict, name)) continue;
        if (std::string_view(def.name) == "__new__") {
            // Type set-up under a str key: fails only once memory is exhausted.
            (void)dict_set(type.dict, name, builtin_function_new(&kNewWrapperDef, &type).get());
            continue;
        }
        if (!def.wrap) continue;
        auto w = new_object<SlotWrapper>(&SlotWrapperType);
        w->def = &def;
        w->wrapped = mine;
        descriptor_start(w.get(), &type, name);
        (void)dict_set(type.dict, name, w.get());  // as __new__'s above
    }
}

// ======================================================== slot inheritance

void inherit_slots(Type& type, const Type& base) {
#define INHERIT(field) \
    if (!type.field) type.field = base.field
    INHERIT(destroy);
    INHERIT(traverse);
    INHERIT(clear);
    INHERIT(finalize);
    INHERIT(size_of);
    INHERIT(allocated_size);
    INHERIT(repr);
    INHERIT(str);
    if (!type.hash && !type.compare) {
        type.hash = base.hash;
        type.compare = base.compare;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(call);
    INHERIT(new_instance);
    INHERIT(init);
    INHERIT(iter);
    INHERIT(next);
    for (int i = 0; i < kBinaryOpCount; ++i) {
        INHERIT(binary[i]);
        INHERIT(inplace[i]);
    }
    INHERIT(power);
    for (int i = 0; i < kUnaryOpCount; ++i) INHERIT(unary[i]);
    INHERIT(to_bool);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(to_index);
    INHERIT(length);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
#undef INHERIT
}

// Resolves the slot that `def` belongs to for a class: if every dunder of
// the slot's group found on the MRO is a builtin's wrapper for this very
// slot, the builtin's function is used; a dunder defined in Python (or set
// to anything else) selects the dispatcher. Nothing found: keep what was
// inherited from the solid base.
static void update_one_slot(Type& type, const SlotDef& def) {
    void* builtin_fn = nullptr;
    bool use_dispatcher = false;
    bool found_any = false;
    for (const SlotDef& member : kSlotDefs) {
        if (member.slot != def.slot) continue;
        Object* attr = type_lookup(&type, intern(member.name));
        if (!attr) continue;
        found_any = true;
        void* fn = nullptr;
        if (attr->type == &SlotWrapperType && cast<SlotWrapper>(attr)->def->slot == def.slot) {
            fn = cast<SlotWrapper>(attr)->wrapped;
        } else if (attr->type == &BuiltinFunctionType && cast<BuiltinFunction>(attr)->def == &kNewWrapperDef &&
                   def.slot == offsetof(Type, new_instance)) {
            fn = reinterpret_cast<void*>(cast<Type>(cast<BuiltinFunction>(attr)->self)->new_instance);
        }
        if (!fn || (builtin_fn && builtin_fn != fn)) use_dispatcher = true;
        builtin_fn = fn;
    }
    if (!found_any) return;
    slot_write(type, def.slot, use_dispatcher ? def.dispatcher : builtin_fn);
}

void fix_heap_type_slots(Type& type) {
    for (const SlotDef& def : kSlotDefs) update_one_slot(type, def);
    // The ternary power slot follows __pow__; hash and compare are tied.
    if (type_lookup(&type, intern("__pow__")) && type.binary[static_cast<int>(BinaryOp::Pow)] ==
                                                      dispatch_binary<BinaryOp::Pow>)
        type.power = dispatch_power;
    if (Object* h = type_lookup(&type, names::hash); h == None) type.hash = dispatch_hash;
    // A class that defines __getattr__ needs the hook even when
    // __getattribute__ is object's.
    if (type_lookup(&type, names::getattr)) type.getattr = dispatch_getattr;
    // __bool__ falls back on __len__.
    if (!type_lookup(&type, names::bool_) && type.length == dispatch_length) type.to_bool = dispatch_bool;
}

void type_update_slot(Type* type, Str* name) {
    for (const SlotDef& def : kSlotDefs) {
        if (name->view() != def.name) continue;
        update_one_slot(*type, def);
        if (type->subclasses)
            for (Type* sub : *type->subclasses) type_update_slot(sub, name);
    }
    fix_heap_type_slots(*type);
}

}  // namespace minipy
