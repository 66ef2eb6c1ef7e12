// The array module (CPython 3.11's Modules/arraymodule.c): array.array, a
// sequence of C numbers of one typecode, and its iterator. This file holds
// the storage, the item conversions with CPython's messages, construction,
// the sequence protocol (indexing, slices, slice assignment, +, *, in,
// comparisons) and repr; array_methods.cpp holds the named methods.
#include "runtime/modules/array.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <climits>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

namespace minipy {

Type ArrayType;

namespace {

std::nullptr_t raise_no_memory() { return raise_object(exc::MemoryError); }

Type ArrayIterType;

// The typecodes in CPython's order ('u' is wchar_t: 4 bytes on Linux).
constexpr ArrayDescr kDescrs[] = {
    {'b', 1}, {'B', 1}, {'u', 4}, {'h', 2}, {'H', 2}, {'i', 4}, {'I', 4},
    {'l', 8}, {'L', 8}, {'q', 8}, {'Q', 8}, {'f', 4}, {'d', 8},
};

const ArrayDescr* find_descr(std::uint32_t code) {
    for (const ArrayDescr& d : kDescrs)
        if (static_cast<std::uint32_t>(d.code) == code) return &d;
    return nullptr;
}

Array* as_array(Object* o) { return cast<Array>(o); }

// -------------------------------------------------------------- items

template <class T>
T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <class T>
void store(char* p, T v) {
    std::memcpy(p, &v, sizeof v);
}

// An int argument read as CPython's converters read it: through __index__,
// then classified by range.
struct IntValue {
    bool fits_i64 = false;
    bool fits_u64 = false;  // non-negative and below 2**64
    bool negative = false;
    __int128 v = 0;
};

bool read_int(Object* value, IntValue& out) {
    Ref<> held;
    if (!is_int(value)) {
        if (!value->type->to_index) {
            raisef(exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(value));
            return false;
        }
        held = number_index(value);
        if (!held) return false;
        value = held.get();
    }
    const Int* i = static_cast<const Int*>(value);
    if (std::optional<std::int64_t> small = int_to_i64(i)) {
        out.fits_i64 = true;
        out.fits_u64 = *small >= 0;
        out.negative = *small < 0;
        out.v = *small;
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    out.negative = mpz_sgn(z) < 0;
    out.fits_u64 = !out.negative && mpz_fits_ulong_p(z);
    if (out.fits_u64) out.v = mpz_get_ui(z);
    mpz_clear(z);
    return true;
}

bool overflow(const char* message) {
    raise(exc::OverflowError, message);
    return false;
}

// PyArg_Parse's 'h' and 'i' range checks on a C long.
bool c_long_in(const IntValue& x, long lo, long hi, const char* kind) {
    if (!x.fits_i64) return overflow("Python int too large to convert to C long");
    if (x.v < lo) return raisef(exc::OverflowError, "{} is less than minimum", kind), false;
    if (x.v > hi) return raisef(exc::OverflowError, "{} is greater than maximum", kind), false;
    return true;
}

bool set_integer(char code, char* p, Object* value) {
    IntValue x;
    if (!read_int(value, x)) return false;
    switch (code) {
    case 'b':
        if (!c_long_in(x, SHRT_MIN, SHRT_MAX, "signed short integer")) return false;
        if (!c_long_in(x, SCHAR_MIN, SCHAR_MAX, "signed char")) return false;
        store(p, static_cast<signed char>(x.v));
        return true;
    case 'B':
        if (!c_long_in(x, 0, UCHAR_MAX, "unsigned byte integer")) return false;
        store(p, static_cast<unsigned char>(x.v));
        return true;
    case 'h':
        if (!c_long_in(x, SHRT_MIN, SHRT_MAX, "signed short integer")) return false;
        store(p, static_cast<short>(x.v));
        return true;
    case 'H':
        if (!c_long_in(x, INT_MIN, INT_MAX, "signed integer")) return false;
        if (!c_long_in(x, 0, USHRT_MAX, "unsigned short")) return false;
        store(p, static_cast<unsigned short>(x.v));
        return true;
    case 'i':
        if (!c_long_in(x, INT_MIN, INT_MAX, "signed integer")) return false;
        store(p, static_cast<int>(x.v));
        return true;
    case 'l':
        if (!x.fits_i64) return overflow("Python int too large to convert to C long");
        store(p, static_cast<long>(x.v));
        return true;
    case 'q':
        if (!x.fits_i64) return overflow("int too big to convert");
        store(p, static_cast<long long>(x.v));
        return true;
    case 'I': case 'L':
        if (x.negative) return overflow("can't convert negative value to unsigned int");
        if (!x.fits_u64) return overflow("Python int too large to convert to C unsigned long");
        if (code == 'I') {
            if (x.v > UINT_MAX) return overflow("unsigned int is greater than maximum");
            store(p, static_cast<unsigned int>(x.v));
        } else {
            store(p, static_cast<unsigned long>(x.v));
        }
        return true;
    default:  // 'Q'
        if (x.negative) return overflow("can't convert negative int to unsigned");
        if (!x.fits_u64) return overflow("int too big to convert");
        store(p, static_cast<unsigned long long>(x.v));
        return true;
    }
}

// PyArg_Parse's 'f' and 'd': anything float() accepts without parsing text.
bool set_real(char code, char* p, Object* value) {
    if (!is_float(value) && !is_int(value) && !value->type->to_float && !value->type->to_index) {
        raisef(exc::TypeError, "must be real number, not {}", type_name(value));
        return false;
    }
    double d;
    if (!to_double(value, d)) return false;
    if (code == 'f') store(p, static_cast<float>(d));
    else store(p, d);
    return true;
}

}  // namespace

Ref<> array_get(const Array* a, std::int64_t i) { return array_load(a->descr->code, a->items + i * a->descr->itemsize); }

Ref<> array_load(char code, const char* p) {
    switch (code) {
    case 'b': return int_from(load<signed char>(p));
    case 'B': return int_from(load<unsigned char>(p));
    case 'u': return str_from_codepoint(load<std::uint32_t>(p));
    case 'h': return int_from(load<short>(p));
    case 'H': return int_from(load<unsigned short>(p));
    case 'i': return int_from(load<int>(p));
    case 'I': return int_from(load<unsigned int>(p));
    case 'l': case 'q': return int_from(load<std::int64_t>(p));
    case 'f': return float_from(load<float>(p));
    case 'd': return float_from(load<double>(p));
    default: break;  // 'L', 'Q'
    }
    const auto u = load<std::uint64_t>(p);
    if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return int_from(static_cast<std::int64_t>(u));
    mpz_t z;
    mpz_init_set_ui(z, u);
    return int_from_mpz_move(z);
}

// Converts `value` into the item at p, as the typecode's setitem does.
bool array_store(char code, char* p, Object* value) {
    if (code == 'f' || code == 'd') return set_real(code, p, value);
    if (code != 'u') return set_integer(code, p, value);
    if (!is_str(value) || cast<Str>(value)->length != 1) {
        raise(exc::TypeError, "array item must be unicode character");
        return false;
    }
    store(p, cast<Str>(value)->at(0));
    return true;
}

bool array_set(Array* a, std::int64_t i, Object* value) {
    return array_store(a->descr->code, a->items + i * a->descr->itemsize, value);
}

// Whether the array may change size now (no memoryview holds its block).
static bool can_resize(const Array* a) {
    if (a->exports == 0) return true;
    raise(exc::BufferError, "cannot resize an array that is exporting buffers");
    return false;
}

bool array_resize(Array* a, std::int64_t n) {
    if (n != a->size && !can_resize(a)) return false;
    // Within the block, and not leaving 16 or more items unused: no move.
    if (a->allocated >= n && a->size < n + 16 && a->items) {
        a->size = n;
        return true;
    }
    if (n == 0) {
        std::free(a->items);
        a->items = nullptr;
        a->size = a->allocated = 0;
        return true;
    }
    const std::int64_t room = (n >> 4) + (a->size < 8 ? 3 : 7) + n;
    if (room > std::numeric_limits<std::int64_t>::max() / a->descr->itemsize) {
        raise_no_memory();
        return false;
    }
    auto* items = static_cast<char*>(std::realloc(a->items, static_cast<std::size_t>(room * a->descr->itemsize)));
    if (!items) {
        raise_no_memory();
        return false;
    }
    a->items = items;
    a->size = n;
    a->allocated = room;
    return true;
}

Ref<Array> array_new_exact(Type* type, const ArrayDescr* descr, std::int64_t n) {
    auto a = new_object<Array>(type);
    a->descr = descr;
    if (n > 0) {
        a->items = static_cast<char*>(std::malloc(static_cast<std::size_t>(n * descr->itemsize)));
        if (!a->items) return raise_no_memory();
    }
    a->size = a->allocated = n;
    gc_track(a.get());
    return a;
}

bool array_extend_iterable(Array* a, Object* iterable) {
    Ref<> it = get_iter(iterable);
    if (!it) return false;
    for (;;) {
        Ref<> item = iter_next(it.get());
        if (!item) return !error_pending();
        // Converted before the array grows, so a bad value leaves it as it was.
        alignas(8) char scratch[8];
        if (!array_store(a->descr->code, scratch, item.get())) return false;
        const std::int64_t n = a->size;
        if (!array_resize(a, n + 1)) return false;
        std::memcpy(a->items + n * a->descr->itemsize, scratch, static_cast<std::size_t>(a->descr->itemsize));
    }
}

bool array_extend_array(Array* a, Array* other) {
    const std::int64_t n = a->size, m = other->size;
    const std::int64_t bytes = m * a->descr->itemsize;
    std::string copy(other->items ? other->items : "", static_cast<std::size_t>(bytes));  // other may be a
    if (!array_resize(a, n + m)) return false;
    if (bytes) std::memcpy(a->items + n * a->descr->itemsize, copy.data(), static_cast<std::size_t>(bytes));
    return true;
}

bool array_delete_range(Array* a, std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) return true;
    if (!can_resize(a)) return false;  // before the items move
    const std::int64_t w = a->descr->itemsize;
    std::memmove(a->items + lo * w, a->items + hi * w, static_cast<std::size_t>((a->size - hi) * w));
    return array_resize(a, a->size - (hi - lo));
}

bool array_append_bytes(Array* a, const char* data, std::int64_t nbytes) {
    const std::int64_t n = a->size;
    const std::int64_t add = nbytes / a->descr->itemsize;
    if (add == 0) return true;
    std::string copy(data, static_cast<std::size_t>(nbytes));  // data may be a's own
    if (!array_resize(a, n + add)) return false;
    std::memcpy(a->items + n * a->descr->itemsize, copy.data(), static_cast<std::size_t>(nbytes));
    return true;
}

bool array_buffer(Object* o, char*& data, std::int64_t& size) {
    if (!is_array(o)) return false;
    Array* a = as_array(o);
    static char empty = 0;
    data = a->items ? a->items : &empty;
    size = a->size * a->descr->itemsize;
    return true;
}

namespace {

// ---------------------------------------------------------- lifetime

void array_destroy(Object* o) {
    std::free(as_array(o)->items);
    delete_object(as_array(o));
}

// Numbers only, and the type: CPython 3.11's array type is a heap type its
// instances visit; minipy's is static (the collector skips it) but is
// listed all the same. A subclass instance's own type is visited by the
// subclass.
void array_traverse(Object* o, VisitFn visit, void* arg) {
    if (o->type == &ArrayType) visit(o->type, arg);
}

// The text of a 'u' array.
Ref<> array_text(const Array* a) {
    return str_from_ucs4(reinterpret_cast<const std::uint32_t*>(a->items), static_cast<std::size_t>(a->size));
}

// array(typecode[, initializer])
Ref<> array_new(Type* type, const Args& args) {
    if (type == &ArrayType && !check_no_keywords("array.array", args)) return nullptr;
    if (args.size() < 1 || args.size() > 2) {
        return raisef(exc::TypeError, "array() takes at {} argument{} ({} given)", args.size() ? "most 2" : "least 1",
                      args.size() ? "s" : "", args.size());
    }
    Object* tc = args[0];
    if (!is_str(tc) || cast<Str>(tc)->length != 1) {
        return raisef(exc::TypeError, "array() argument 1 must be a unicode character, not {}", type_name(tc));
    }
    const ArrayDescr* descr = find_descr(cast<Str>(tc)->at(0));
    if (!descr) return raise(exc::ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Object* init = args.size() > 1 ? args[1] : nullptr;
    if (init && is_str(init) && descr->code != 'u')
        return raisef(exc::TypeError, "cannot use a str to initialize an array with typecode '{}'", descr->code);

    if (init && (is_list(init) || is_tuple(init))) {
        const std::int64_t n = length(init);
        Ref<Array> a = array_new_exact(type, descr, n);
        if (!a) return nullptr;
        for (std::int64_t i = 0; i < n; ++i) {
            Object* item = is_list(init) ? cast<List>(init)->items[i] : cast<Tuple>(init)->items()[i];
            if (!array_set(a.get(), i, item)) return nullptr;
        }
        return a;
    }
    if (init && is_array(init) && as_array(init)->descr == descr) {
        Array* src = as_array(init);
        Ref<Array> a = array_new_exact(type, descr, src->size);
        if (!a) return nullptr;
        if (src->size) std::memcpy(a->items, src->items, static_cast<std::size_t>(src->size * descr->itemsize));
        return a;
    }
    if (init && is_str(init)) {  // 'u': CPython takes over a block of exactly the text's size
        Str* s = cast<Str>(init);
        Ref<Array> a = array_new_exact(type, descr, s->length);
        if (!a) return nullptr;
        for (std::int64_t i = 0; i < s->length; ++i) store(a->items + i * 4, s->at(i));
        return a;
    }
    Ref<Array> a = array_new_exact(type, descr, 0);
    if (!a || !init) return a;
    if (is_bytes(init)) {
        std::string_view data = cast<Bytes>(init)->view();
        if (data.size() % static_cast<std::size_t>(descr->itemsize) != 0)
            return raise(exc::ValueError, "bytes length not a multiple of item size");
        if (!array_append_bytes(a.get(), data.data(), static_cast<std::int64_t>(data.size()))) return nullptr;
        return a;
    }
    if (!array_extend_iterable(a.get(), init)) return nullptr;
    return a;
}

// array('i', [1, 2]), array('u', 'text') or array('d'), named by the type.
Ref<> array_repr(Object* self) {
    Array* a = as_array(self);
    std::string name(self->type->name_view());
    if (auto dot = name.rfind('.'); dot != std::string::npos) name.erase(0, dot + 1);
    std::string out = name + "('" + a->descr->code + "'";
    if (a->size > 0) {
        Ref<> items;
        if (a->descr->code == 'u') {
            items = array_text(a);
        } else {
            Ref<List> list = list_new(a->size);
            if (!list) return nullptr;
            for (std::int64_t i = 0; i < a->size; ++i)
                if (!list_append(list.get(), array_get(a, i).get())) return nullptr;
            items = std::move(list);
        }
        std::string text;
        if (!items || !repr_text(items.get(), text)) return nullptr;
        out += ", " + text;
    }
    return str_from(out + ")");
}

// --------------------------------------------------------- comparison

Ref<> array_compare(Object* v, Object* w, CompareOp op) {
    if (!is_array(v) || !is_array(w)) return not_implemented();
    Array* a = as_array(v);
    Array* b = as_array(w);
    if (a->size != b->size && (op == CompareOp::Eq || op == CompareOp::Ne)) return bool_from(op == CompareOp::Ne);
    std::int64_t i = 0;
    Ref<> x, y;
    for (; i < a->size && i < b->size; ++i) {
        x = array_get(a, i);
        y = array_get(b, i);
        int k = compare_bool(x.get(), y.get(), CompareOp::Eq);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= a->size || i >= b->size) {
        const std::int64_t n = a->size, m = b->size;
        bool r = false;
        switch (op) {
        case CompareOp::Lt: r = n < m; break;
        case CompareOp::Le: r = n <= m; break;
        case CompareOp::Eq: r = n == m; break;
        case CompareOp::Ne: r = n != m; break;
        case CompareOp::Gt: r = n > m; break;
        case CompareOp::Ge: r = n >= m; break;
        }
        return bool_from(r);
    }
    if (op == CompareOp::Eq) return bool_from(false);
    if (op == CompareOp::Ne) return bool_from(true);
    return compare(x.get(), y.get(), op);
}

// ----------------------------------------------------------- sequence

std::int64_t array_length(Object* self) { return as_array(self)->size; }

Ref<Array> array_slice(Array* a, std::int64_t start, std::int64_t step, std::int64_t count) {
    Ref<Array> r = array_new_exact(&ArrayType, a->descr, count);
    if (!r) return nullptr;
    const std::int64_t w = a->descr->itemsize;
    if (step == 1) {
        if (count) std::memcpy(r->items, a->items + start * w, static_cast<std::size_t>(count * w));
    } else {
        for (std::int64_t k = 0; k < count; ++k)
            std::memcpy(r->items + k * w, a->items + (start + k * step) * w, static_cast<std::size_t>(w));
    }
    return r;
}

Ref<> array_getitem(Object* self, Object* key) {
    Array* a = as_array(self);
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return nullptr;
        if (i < 0) i += a->size;
        if (i < 0 || i >= a->size) return raise(exc::IndexError, "array index out of range");
        return array_get(a, i);
    }
    if (key->type == &SliceType) {
        std::int64_t start, stop, step, count;
        if (!slice_indices(cast<Slice>(key), a->size, start, stop, step, count)) return nullptr;
        return array_slice(a, start, step, count);
    }
    return raise(exc::TypeError, "array indices must be integers");
}

// a[i:j:k] = other (an array of the same typecode) or del a[i:j:k].
int array_assign_slice(Array* a, Slice* slice, Object* value) {
    std::int64_t start, stop, step, count;
    if (!slice_indices(slice, a->size, start, stop, step, count)) return -1;
    const std::int64_t w = a->descr->itemsize;
    std::string data;  // the new items' bytes (a copy: value may be a itself)
    std::int64_t needed = 0;
    if (value) {
        if (!is_array(value)) {
            raisef(exc::TypeError, "can only assign array (not \"{}\") to array slice", type_name(value));
            return -1;
        }
        Array* b = as_array(value);
        if (b->descr != a->descr) {
            raise(exc::TypeError, "bad argument type for built-in operation");
            return -1;
        }
        needed = b->size;
        data.assign(b->items ? b->items : "", static_cast<std::size_t>(needed * w));
    }
    if ((step < 0 && stop > start) || (step > 0 && stop < start)) stop = start;
    // As CPython (issue 4509): fail before anything moves if the size could change.
    if ((needed == 0 || count != needed) && !can_resize(a)) return -1;
    if (step == 1) {
        const std::int64_t old = stop - start;
        const std::int64_t tail = a->size - stop;
        if (needed < old) {
            std::memmove(a->items + (start + needed) * w, a->items + stop * w, static_cast<std::size_t>(tail * w));
            if (!array_resize(a, a->size - (old - needed))) return -1;
        } else if (needed > old) {
            const std::int64_t n = a->size;
            if (!array_resize(a, n + (needed - old))) return -1;
            std::memmove(a->items + (start + needed) * w, a->items + stop * w, static_cast<std::size_t>(tail * w));
        }
        if (needed) std::memcpy(a->items + start * w, data.data(), static_cast<std::size_t>(needed * w));
        return 0;
    }
    if (!value) {  // del a[i:j:k]: keep the items not in the slice, in order
        if (count == 0) return 0;
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        std::int64_t out = start;
        for (std::int64_t i = start; i < a->size; ++i) {
            if (i < start + step * count && (i - start) % step == 0) continue;
            std::memmove(a->items + out * w, a->items + i * w, static_cast<std::size_t>(w));
            ++out;
        }
        return array_resize(a, out) ? 0 : -1;
    }
    if (needed != count) {
        raisef(exc::ValueError, "attempt to assign array of size {} to extended slice of size {}", needed, count);
        return -1;
    }
    for (std::int64_t k = 0; k < count; ++k)
        std::memcpy(a->items + (start + k * step) * w, data.data() + k * w, static_cast<std::size_t>(w));
    return 0;
}

int array_setitem(Object* self, Object* key, Object* value) {
    Array* a = as_array(self);
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return -1;
        if (i < 0) i += a->size;
        if (i < 0 || i >= a->size) {
            raise(exc::IndexError, "array assignment index out of range");
            return -1;
        }
        if (!value) return array_delete_range(a, i, i + 1) ? 0 : -1;
        return array_set(a, i, value) ? 0 : -1;
    }
    if (key->type == &SliceType) return array_assign_slice(a, cast<Slice>(key), value);
    raise(exc::TypeError, "array indices must be integers");
    return -1;
}

int array_contains(Object* self, Object* value) {
    Array* a = as_array(self);
    for (std::int64_t i = 0; i < a->size; ++i) {
        Ref<> item = array_get(a, i);
        int k = compare_bool(item.get(), value, CompareOp::Eq);
        if (k != 0) return k;
    }
    return 0;
}

// True when `other`'s class defines the operator itself: CPython tries
// both operands' number slots before the sequence concat and repeat.
bool defers_to(Object* other, BinaryOp op) {
    return other->type->has_flag(type_flags::kHeapType) && other->type->binary[static_cast<int>(op)];
}

Ref<> array_concat(Object* v, Object* w) {
    if (!is_array(v)) return not_implemented();
    if (!is_array(w) && defers_to(w, BinaryOp::Add)) return not_implemented();
    if (!is_array(w)) return raisef(exc::TypeError, "can only append array (not \"{}\") to array", type_name(w));
    Array* a = as_array(v);
    Array* b = as_array(w);
    if (a->descr != b->descr) return raise(exc::TypeError, "bad argument type for built-in operation");
    Ref<Array> r = array_new_exact(&ArrayType, a->descr, a->size + b->size);
    if (!r) return nullptr;
    const std::int64_t wd = a->descr->itemsize;
    if (a->size) std::memcpy(r->items, a->items, static_cast<std::size_t>(a->size * wd));
    if (b->size) std::memcpy(r->items + a->size * wd, b->items, static_cast<std::size_t>(b->size * wd));
    return r;
}

Ref<> array_repeat(Object* v, Object* w) {
    Object* seq = is_array(v) ? v : w;
    Object* count = seq == v ? w : v;
    if (seq == v && !index_check(count) && defers_to(count, BinaryOp::Mul)) return not_implemented();
    std::int64_t n;
    if (!sequence_repeat_count(count, n)) return nullptr;
    Array* a = as_array(seq);
    const std::int64_t bytes = a->size * a->descr->itemsize;
    if (n > 0 && bytes > std::numeric_limits<std::int64_t>::max() / n) return raise_no_memory();
    Ref<Array> r = array_new_exact(&ArrayType, a->descr, a->size * n);
    if (!r) return nullptr;
    for (std::int64_t k = 0; k < n; ++k)
        if (bytes) std::memcpy(r->items + k * bytes, a->items, static_cast<std::size_t>(bytes));
    return r;
}

Ref<> array_inplace_concat(Object* self, Object* other) {
    if (!is_array(other))
        return raisef(exc::TypeError, "can only extend array with array (not \"{}\")", type_name(other));
    Array* a = as_array(self);
    if (as_array(other)->descr != a->descr) return raise(exc::TypeError, "can only extend with array of same kind");
    if (!array_extend_array(a, as_array(other))) return nullptr;
    return share(self);
}

Ref<> array_inplace_repeat(Object* self, Object* count) {
    std::int64_t n;
    if (!sequence_repeat_count(count, n)) return nullptr;
    Array* a = as_array(self);
    const std::int64_t size = a->size;
    if (size > 0 && n != 1) {
        const std::int64_t bytes = size * a->descr->itemsize;
        if (n > 0 && bytes > std::numeric_limits<std::int64_t>::max() / n) return raise_no_memory();
        if (!array_resize(a, n * size)) return nullptr;
        for (std::int64_t k = 1; k < n; ++k) std::memcpy(a->items + k * bytes, a->items, static_cast<std::size_t>(bytes));
    }
    return share(self);
}

// ----------------------------------------------------------- iterator

// CPython's arrayiterobject: the array, the position, and the array's
// typecode taken when the iterator was made (CPython keeps its getitem
// function), which is what an item is read with.
struct ArrayIter : Object {
    std::int64_t index = 0;
    Array* array = nullptr;  // owned; null once exhausted
    const ArrayDescr* descr = nullptr;
};

void iter_clear(Object* o) { clear_slot(cast<ArrayIter>(o)->array); }
void iter_destroy(Object* o) {
    iter_clear(o);
    delete_object(cast<ArrayIter>(o));
}
void iter_traverse(Object* o, VisitFn visit, void* arg) {
    visit(o->type, arg);
    visit_field(cast<ArrayIter>(o)->array, visit, arg);
}

Ref<> iter_next_item(Object* self) {
    auto* it = cast<ArrayIter>(self);
    if (!it->array) return nullptr;
    if (it->index < it->array->size) {
        std::int64_t i = it->index++;
        return array_load(it->descr->code, it->array->items + i * it->descr->itemsize);
    }
    clear_slot(it->array);
    return nullptr;
}

Ref<> array_iter(Object* self) {
    auto it = new_object<ArrayIter>(&ArrayIterType);
    it->array = share(as_array(self)).release();
    it->descr = it->array->descr;
    gc_track(it.get());
    return it;
}

Ref<> array_sizeof(Object* self, const Args& args) {
    if (!check_no_args("array.__sizeof__", args)) return nullptr;
    Array* a = as_array(self);
    return int_from(64 + a->allocated * a->descr->itemsize);
}

Ref<> array_get_typecode(Object* self) {
    return str_from(std::string_view(&as_array(self)->descr->code, 1));
}
Ref<> array_get_itemsize(Object* self) { return int_from(as_array(self)->descr->itemsize); }

void array_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    Type& t = ArrayType;
    type_init_builtin(t, "array.array", &ObjectType, sizeof(Array),
                      type_flags::kHasGC | type_flags::kBaseType);
    t.weaklist_offset = offsetof(Array, weakreflist);
    t.destroy = array_destroy;
    t.traverse = array_traverse;
    t.new_instance = array_new;
    t.repr = array_repr;
    t.compare = array_compare;
    t.iter = array_iter;
    t.length = array_length;
    t.getitem = array_getitem;
    t.setitem = array_setitem;
    t.contains = array_contains;
    t.binary[static_cast<int>(BinaryOp::Add)] = array_concat;
    t.binary[static_cast<int>(BinaryOp::Mul)] = array_repeat;
    t.inplace[static_cast<int>(BinaryOp::Add)] = array_inplace_concat;
    t.inplace[static_cast<int>(BinaryOp::Mul)] = array_inplace_repeat;
    array_add_methods(t);
    add_methods(t, {{"__sizeof__", array_sizeof}});
    add_getsets(t, {{"typecode", array_get_typecode}, {"itemsize", array_get_itemsize}});
    type_ready(t);

    init_iterator_type(ArrayIterType, "array.arrayiterator", sizeof(ArrayIter), type_flags::kHasGC,
                       iter_next_item);
    ArrayIterType.destroy = iter_destroy;
    ArrayIterType.traverse = iter_traverse;
    ArrayIterType.clear = iter_clear;
    type_ready(ArrayIterType);
}

}  // namespace

Ref<Module> make_array_module() {
    array_types_init();
    Ref<Module> m = module_new("array", ModuleOrigin::BuiltIn);
    module_add(m.get(), "array", &ArrayType);
    module_add(m.get(), "ArrayType", &ArrayType);
    module_add(m.get(), "typecodes", str_from("bBuhHiIlLqQfd").get());
    return m;
}

}  // namespace minipy
