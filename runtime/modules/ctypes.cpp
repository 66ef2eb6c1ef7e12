// The _ctypes module: the part of CPython's Modules/_ctypes/_ctypes.c that
// memory lessons use — simple C data (_SimpleCData: c_long, c_double,
// py_object …), pointers (_Pointer), from_address, sizeof, addressof and the
// core of cast — over minipy's heap. lib/ctypes/__init__.py names the types.
//
// A C data object (CPython's CDataObject) holds its value in an inline
// buffer when it was made from a value, and points at foreign memory when it
// was made by from_address, a pointer's .contents or cast. Unlike CPython,
// which reads whatever address it is given and may crash, every read of
// foreign memory is checked first against the heap (heap_span): an address
// outside a block minipy's heap owns raises ValueError. A freed pool block
// still belongs to the heap, so `c_long.from_address(addr).value` reads a
// freed object's refcount, 0, until the block is reused. Writes go only into
// the buffers of live C data objects: minipy never lets Python code
// overwrite an object's header.
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>
#include <gmp.h>

#include <cstdint>
#include <cstring>
#include <string>

namespace minipy {

namespace {

Type CDataType;
Type SimpleCDataType;
Type PointerType;

// CPython's CDataObject: 96 bytes with its inline b_value; the Python
// classes over it (c_long, …) add a weak reference list and a managed dict,
// so sys.getsizeof(c_long(5)) is 136 as in CPython, and the same pool blocks
// get reused.
struct CData : Object {
    unsigned char* ptr = nullptr;  // where the value lives: `buffer` or foreign memory
    std::int64_t size = 0;
    Object* objects = nullptr;     // owned: what the value keeps alive (py_object's object, a pointer's target)
    bool owns = false;             // the value is in `buffer`
    unsigned char reserved[16] = {};
    alignas(8) unsigned char buffer[32] = {};
};
static_assert(sizeof(CData) == 96, "CPython 3.11's CDataObject");

CData* as_cdata(Object* o) { return cast<CData>(o); }
bool is_cdata(const Object* o) { return is_instance_of(o, &CDataType); }

// The simple types' _type_ codes this module knows, with their sizes.
struct SimpleCode {
    char code;
    std::int64_t size;
};
constexpr SimpleCode kSimpleCodes[] = {
    {'b', 1}, {'B', 1}, {'h', 2}, {'H', 2}, {'i', 4}, {'I', 4}, {'l', 8}, {'L', 8},
    {'f', 4}, {'d', 8}, {'c', 1}, {'?', 1}, {'P', 8}, {'O', 8},
};

// The _type_ code of a simple C data type, or 0.
char simple_code(Type* type) {
    if (!type_is_subtype(type, &SimpleCDataType)) return 0;
    Object* code = type_lookup(type, "_type_");
    if (!code || !is_str(code)) return 0;
    std::string_view text = cast<Str>(code)->view();
    if (text.size() != 1) return 0;
    for (const SimpleCode& c : kSimpleCodes)
        if (c.code == text[0]) return c.code;
    return 0;
}

std::int64_t code_size(char code) {
    for (const SimpleCode& c : kSimpleCodes)
        if (c.code == code) return c.size;
    return 0;
}

// A pointer type's _type_: the ctypes type it points to (borrowed), or null.
Type* pointer_target(Type* type) {
    if (!type_is_subtype(type, &PointerType)) return nullptr;
    Object* target = type_lookup(type, "_type_");
    if (!target || !is_type(target) || !type_is_subtype(cast<Type>(target), &CDataType)) return nullptr;
    return cast<Type>(target);
}

// Bytes of an instance of `type`, 0 when it is not a ctypes type this module knows.
std::int64_t type_size(Type* type) {
    if (char code = simple_code(type)) return code_size(code);
    if (pointer_target(type)) return 8;
    return 0;
}

// ------------------------------------------------------------ memory checks

// The address `a` as CPython prints pointers.
std::string hex_address(std::uintptr_t a) { return fmt::format("{:#x}", a); }

// Whether `bytes` bytes at `address` lie in memory the heap owns; raises
// ValueError when not.
bool check_readable(std::uintptr_t address, std::int64_t bytes) {
    if (address && heap_span(address).readable >= static_cast<std::size_t>(bytes)) return true;
    raisef(exc::ValueError, "ctypes: cannot read {} bytes at {}: the address is outside minipy's heap", bytes,
           hex_address(address));
    return false;
}

bool readable_object(std::uintptr_t address, std::size_t bytes) {
    HeapSpan span = heap_span(address);
    return span.object_start && span.readable >= bytes;
}

// The live object at `address` (borrowed), or null with ValueError set: the
// address must be where a block's object starts, with a nonzero refcount and
// a type word that points to a live type.
Object* object_at(std::uintptr_t address) {
    if (!readable_object(address, sizeof(Object))) {
        raisef(exc::ValueError, "ctypes: no object at {}: the address is outside minipy's heap",
               hex_address(address));
        return nullptr;
    }
    auto* o = reinterpret_cast<Object*>(address);
    if (o->refcount <= 0) {
        raisef(exc::ValueError, "ctypes: no object at {}: its memory is free (refcount {})", hex_address(address),
               o->refcount);
        return nullptr;
    }
    const auto type = reinterpret_cast<std::uintptr_t>(o->type);
    bool valid = readable_object(type, sizeof(Type)) && o->type->refcount > 0;
    if (valid) {
        const auto meta = reinterpret_cast<std::uintptr_t>(o->type->type);
        valid = readable_object(meta, sizeof(Type)) && is_type(o->type);
    }
    if (!valid) {
        raisef(exc::ValueError, "ctypes: no object at {}: its type word is not a type", hex_address(address));
        return nullptr;
    }
    return o;
}

// Whether `bytes` bytes at `address` are inside the buffer of a live C data
// object, the only memory ctypes writes to.
bool check_writable(CData* self) {
    if (self->owns) return true;
    const auto address = reinterpret_cast<std::uintptr_t>(self->ptr);
    HeapSpan span = heap_span(address);
    if (span.readable >= static_cast<std::size_t>(self->size)) {
        // The buffer is the last field: its owner starts `offset` bytes before.
        for (std::size_t offset = offsetof(CData, buffer); offset < sizeof(CData); offset += 8) {
            if (address < offset) break;
            std::uintptr_t start = address - offset;
            if (!readable_object(start, sizeof(CData))) continue;
            auto* owner = reinterpret_cast<Object*>(start);
            if (owner->refcount > 0 && readable_object(reinterpret_cast<std::uintptr_t>(owner->type), sizeof(Type)) &&
                is_cdata(owner) && as_cdata(owner)->owns &&
                address + self->size <= start + offsetof(CData, buffer) + sizeof(CData::buffer))
                return true;
        }
    }
    raisef(exc::ValueError, "ctypes: cannot write to {}: minipy writes only into ctypes' own buffers",
           hex_address(address));
    return false;
}

// ------------------------------------------------------------ values

std::uint64_t read_word(const unsigned char* p, std::int64_t size) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, static_cast<std::size_t>(size));  // little-endian
    return v;
}

Ref<> int_from_u64(std::uint64_t v) {
    if (v <= static_cast<std::uint64_t>(INT64_MAX)) return int_from(static_cast<std::int64_t>(v));
    mpz_t z;
    mpz_init_set_ui(z, v);
    return int_from_mpz_move(z);
}

// The C value of `size` bytes at `p` for the code, as a Python object.
Ref<> read_value(char code, const unsigned char* p) {
    const std::int64_t size = code_size(code);
    switch (code) {
    case 'b': case 'h': case 'i': case 'l': {
        const std::uint64_t raw = read_word(p, size);
        const int shift = 64 - static_cast<int>(size) * 8;
        return int_from(static_cast<std::int64_t>(raw << shift) >> shift);
    }
    case 'B': case 'H': case 'I': case 'L':
        return int_from_u64(read_word(p, size));
    case 'f': {
        float f;
        std::memcpy(&f, p, sizeof f);
        return float_from(f);
    }
    case 'd': {
        double d;
        std::memcpy(&d, p, sizeof d);
        return float_from(d);
    }
    case 'c':
        return bytes_from(std::string_view(reinterpret_cast<const char*>(p), 1));
    case '?':
        return bool_from(*p != 0);
    case 'P': {
        const std::uint64_t raw = read_word(p, 8);
        if (!raw) return none();
        return int_from_u64(raw);
    }
    case 'O': {
        const std::uint64_t raw = read_word(p, 8);
        if (!raw) return raise(exc::ValueError, "PyObject is NULL");
        Object* o = object_at(raw);
        if (!o) return nullptr;
        return share(o);
    }
    }
    return raise(exc::SystemError, "ctypes: unknown type code");
}

// The low 64 bits of an int, as C's conversions keep them.
bool int_low_bits(Object* value, std::uint64_t& out) {
    Ref<> i = number_index(value);
    if (!i) return false;
    Int* n = cast<Int>(i.get());
    if (auto small = int_to_i64(n)) {
        out = static_cast<std::uint64_t>(*small);
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    mpz_fdiv_r_2exp(z, z, 64);
    out = mpz_get_ui(z);
    mpz_clear(z);
    return true;
}

// Stores `value` at self->ptr as the code's C type (CPython's setfunc).
bool write_value(CData* self, char code, Object* value) {
    unsigned char* p = self->ptr;
    const std::int64_t size = code_size(code);
    switch (code) {
    case 'b': case 'h': case 'i': case 'l': case 'B': case 'H': case 'I': case 'L': {
        if (is_float(value)) {
            raisef(exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(value));
            return false;
        }
        std::uint64_t bits;
        if (!int_low_bits(value, bits)) return false;
        std::memcpy(p, &bits, static_cast<std::size_t>(size));
        return true;
    }
    case 'f': case 'd': {
        double d;
        if (!to_double(value, d)) return false;
        if (code == 'f') {
            const float f = static_cast<float>(d);
            std::memcpy(p, &f, sizeof f);
        } else {
            std::memcpy(p, &d, sizeof d);
        }
        return true;
    }
    case 'c': {
        if (is_bytes(value) && cast<Bytes>(value)->size == 1) {
            *p = cast<Bytes>(value)->at(0);
            return true;
        }
        if (is_int(value)) {
            auto v = int_to_i64(cast<Int>(value));
            if (v && *v >= 0 && *v < 256) {
                *p = static_cast<unsigned char>(*v);
                return true;
            }
        }
        raise(exc::TypeError, "one character bytes, bytearray or integer expected");
        return false;
    }
    case '?': {
        int truth = is_true(value);
        if (truth < 0) return false;
        *p = static_cast<unsigned char>(truth);
        return true;
    }
    case 'P': {
        std::uint64_t bits = 0;
        if (value != None) {
            if (!is_int(value)) {
                raise(exc::TypeError, "cannot be converted to pointer");
                return false;
            }
            if (!int_low_bits(value, bits)) return false;
        }
        std::memcpy(p, &bits, 8);
        return true;
    }
    case 'O': {
        if (!self->owns) {
            raise(exc::ValueError, "ctypes: minipy stores objects only in py_object's own buffer");
            return false;
        }
        const auto address = reinterpret_cast<std::uintptr_t>(value);
        std::memcpy(p, &address, 8);
        set_slot(self->objects, value);  // the buffer's reference
        return true;
    }
    }
    raise(exc::SystemError, "ctypes: unknown type code");
    return false;
}

// ------------------------------------------------------------ C data objects

// A new C data object of `type` with its own zeroed buffer, which keeps
// `keep` alive.
Ref<CData> cdata_new(Type* type, std::int64_t size, Object* keep = nullptr) {
    Ref<CData> d = new_object<CData>(type);
    d->size = size;
    d->owns = true;
    d->ptr = d->buffer;
    d->objects = share(keep).release();
    gc_track(d.get());
    return d;
}

// A new C data object of `type` over memory at `address` (not read yet).
Ref<CData> cdata_over(Type* type, std::int64_t size, std::uint64_t address, Object* keep = nullptr) {
    Ref<CData> d = cdata_new(type, size, keep);
    d->owns = false;
    d->ptr = reinterpret_cast<unsigned char*>(address);
    return d;
}

void cdata_destroy(Object* o) {
    clear_slot(as_cdata(o)->objects);
    delete_object(as_cdata(o));
}
void cdata_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_cdata(o)->objects, visit, arg); }
void cdata_clear(Object* o) { clear_slot(as_cdata(o)->objects); }

Ref<> cdata_new_instance(Type* type, const Args&) {
    const std::int64_t size = type_size(type);
    if (!size) return raise(exc::TypeError, "abstract class");
    return cdata_new(type, size);
}

// cls.from_address(address): an instance over memory at `address`, read
// (and checked) only when its value is.
Ref<> cdata_from_address(Object* cls, const Args& args) {
    if (!check_no_keywords("from_address", args) || !check_one_arg("from_address", args)) return nullptr;
    Type* type = cast<Type>(cls);
    const std::int64_t size = type_size(type);
    if (!size) return raise(exc::TypeError, "abstract class");
    if (!is_int(args[0])) return raise(exc::TypeError, "integer expected");
    std::uint64_t address;
    if (!int_low_bits(args[0], address)) return nullptr;
    return cdata_over(type, size, address);
}

// The memory of a C data object that is about to be read: its own buffer,
// or foreign memory that must lie in the heap.
const unsigned char* readable_value(CData* self) {
    if (!self->owns && !check_readable(reinterpret_cast<std::uintptr_t>(self->ptr), self->size)) return nullptr;
    return self->ptr;
}

// _SimpleCData.__init__(value=<zero>, /)
int simple_init(Object* self, const Args& args) {
    if (!check_no_keywords("__init__", args) || !check_arg_range("__init__", args, 0, 1)) return -1;
    if (args.size() == 0) return 0;
    CData* d = as_cdata(self);
    return write_value(d, simple_code(d->type), args[0]) ? 0 : -1;
}

Ref<> simple_get_value(Object* self) {
    CData* d = as_cdata(self);
    const unsigned char* p = readable_value(d);
    if (!p) return nullptr;
    return read_value(simple_code(d->type), p);
}

int simple_set_value(Object* self, Object* value) {
    if (!value) {
        raise(exc::TypeError, "can't delete attribute");
        return -1;
    }
    CData* d = as_cdata(self);
    if (!check_writable(d)) return -1;
    return write_value(d, simple_code(d->type), value) ? 0 : -1;
}

// c_long(5), py_object(<NULL>); a subclass shows as <X object at 0x…>.
Ref<> simple_repr(Object* self) {
    if (self->type->base != &SimpleCDataType)
        return str_from(fmt::format("<{} object at {}>", type_name(self), static_cast<const void*>(self)));
    CData* d = as_cdata(self);
    const unsigned char* p = readable_value(d);
    if (!p) return nullptr;
    const char code = simple_code(d->type);
    if (code == 'O' && read_word(p, 8) == 0) return str_from(fmt::format("{}(<NULL>)", type_name(self)));
    Ref<> value = read_value(code, p);
    if (!value) return nullptr;
    std::string text;
    if (!repr_text(value.get(), text)) return nullptr;
    return str_from(fmt::format("{}({})", type_name(self), text));
}

// _Pointer.__init__(target=NULL, /): points at the target's value.
int pointer_init(Object* self, const Args& args) {
    if (!check_no_keywords("__init__", args) || !check_arg_range("__init__", args, 0, 1)) return -1;
    if (args.size() == 0) return 0;
    Type* target = pointer_target(self->type);
    if (!target || !is_instance_of(args[0], target)) {
        raisef(exc::TypeError, "expected {} instead of {}", target ? target->name->view() : "?",
               type_name(args[0]));
        return -1;
    }
    CData* d = as_cdata(self);
    const auto address = reinterpret_cast<std::uintptr_t>(as_cdata(args[0])->ptr);
    std::memcpy(d->ptr, &address, 8);
    set_slot(d->objects, args[0]);
    return 0;
}

// pointer.contents: an instance of the target type over the memory pointed
// at; it keeps the pointer (and so what the pointer keeps) alive.
Ref<> pointer_get_contents(Object* self) {
    CData* d = as_cdata(self);
    const unsigned char* p = readable_value(d);
    if (!p) return nullptr;
    const std::uint64_t address = read_word(p, 8);
    if (!address) return raise(exc::ValueError, "NULL pointer access");
    Type* target = pointer_target(self->type);
    if (!target) return raise(exc::TypeError, "_type_ must have storage info");
    const std::int64_t size = type_size(target);
    if (!size) return raise(exc::TypeError, "abstract class");
    return cdata_over(target, size, address, self);
}

void cdata_types_init() {
    type_init_builtin(CDataType, "_ctypes._CData", &ObjectType, sizeof(CData),
                      type_flags::kHasGC | type_flags::kBaseType);
    CDataType.new_instance = cdata_new_instance;
    CDataType.destroy = cdata_destroy;
    CDataType.traverse = cdata_traverse;
    CDataType.clear = cdata_clear;
    CDataType.getattr = generic_getattr;
    CDataType.setattr = generic_setattr;
    add_methods(CDataType, {{"from_address", cdata_from_address, MethodKind::Class}});
    type_ready(CDataType);

    type_init_builtin(SimpleCDataType, "_ctypes._SimpleCData", &CDataType, sizeof(CData),
                      type_flags::kHasGC | type_flags::kBaseType);
    SimpleCDataType.init = simple_init;
    SimpleCDataType.repr = simple_repr;
    add_getsets(SimpleCDataType, {{"value", simple_get_value, simple_set_value}});
    type_ready(SimpleCDataType);

    type_init_builtin(PointerType, "_ctypes._Pointer", &CDataType, sizeof(CData),
                      type_flags::kHasGC | type_flags::kBaseType);
    PointerType.init = pointer_init;
    add_getsets(PointerType, {{"contents", pointer_get_contents}});
    type_ready(PointerType);
}

// ------------------------------------------------------------ functions

// sizeof(obj_or_type)
Ref<> ctypes_sizeof(Object*, const Args& args) {
    if (!check_no_keywords("sizeof", args) || !check_one_arg("sizeof", args)) return nullptr;
    Object* o = args[0];
    std::int64_t size = 0;
    if (is_type(o)) size = type_size(cast<Type>(o));
    else if (is_cdata(o)) size = as_cdata(o)->size;
    if (!size) return raise(exc::TypeError, "this type has no size");
    return int_from(size);
}

// addressof(obj): where a C data object's value lives.
Ref<> ctypes_addressof(Object*, const Args& args) {
    if (!check_no_keywords("addressof", args) || !check_one_arg("addressof", args)) return nullptr;
    if (!is_cdata(args[0])) return raise(exc::TypeError, "invalid type");
    return int_from_u64(reinterpret_cast<std::uintptr_t>(as_cdata(args[0])->ptr));
}

// _cast(obj, address, type): a `type` instance holding `address`, or, when
// address is None, the pointer value `obj` (a pointer or c_void_p) holds;
// it keeps `obj` alive, as CPython's cast does.
Ref<> ctypes_cast(Object*, const Args& args) {
    if (!check_no_keywords("_cast", args) || !check_arg_range("_cast", args, 3, 3)) return nullptr;
    Object* obj = args[0];
    Object* typ = args[2];
    const char code = is_type(typ) ? simple_code(cast<Type>(typ)) : 0;
    if (!is_type(typ) || (!pointer_target(cast<Type>(typ)) && code != 'P' && code != 'O'))
        return raisef(exc::TypeError, "cast() argument 2 must be a pointer type, not {}",
                      is_type(typ) ? cast<Type>(typ)->name->view() : type_name(typ));
    std::uint64_t address = 0;
    if (args[1] != None) {
        if (!int_low_bits(args[1], address)) return nullptr;
    } else if (is_cdata(obj)) {
        const unsigned char* p = readable_value(as_cdata(obj));
        if (!p) return nullptr;
        address = read_word(p, 8);
    }
    Ref<CData> result = cdata_new(cast<Type>(typ), 8, is_int(obj) || obj == None ? nullptr : obj);
    std::memcpy(result->ptr, &address, 8);
    return result;
}

}  // namespace

Ref<Module> make_ctypes_module() {
    static bool ready = false;
    if (!ready) {
        cdata_types_init();
        ready = true;
    }
    Ref<Module> m = module_new("_ctypes", ModuleOrigin::BuiltIn);
    module_add(m.get(), "_CData", &CDataType);
    module_add(m.get(), "_SimpleCData", &SimpleCDataType);
    module_add(m.get(), "_Pointer", &PointerType);
    add_module_functions(m.get(), {
                                      {"sizeof", ctypes_sizeof},
                                      {"addressof", ctypes_addressof},
                                      {"_cast", ctypes_cast},
                                  });
    return m;
}

}  // namespace minipy
