// The _struct module (CPython 3.11's Modules/_struct.c): values packed into
// and unpacked from bytes as C structs lay them out. lib/struct.py exports it.
//
// A format is an optional byte order ('@' native, the default: native
// sizes and alignment; '=' native order, standard sizes; '<' little; '>'
// and '!' big) then codes, each with an optional repeat count; whitespace
// between codes is ignored. "Native" is x86-64 Linux: little-endian, long
// and pointers 8 bytes, every item aligned to its size ('e' to 2). A Struct
// keeps the parsed codes, one per code letter with its repeat count ('s'
// and 'p' take the count as their length; 'x' and zero counts have none),
// which is what CPython's __sizeof__ counts.
//
// Errors are CPython's: struct.error for bad formats and values out of
// range ("ubyte format requires 0 <= number <= 255", "argument out of
// range"), OverflowError for floats too large for 'e' or standard 'f'.
#include "runtime/modules/array.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/codecs.hpp"
#include "runtime/text/str.hpp"

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace minipy {

namespace {

Type* StructError = nullptr;  // struct.error, made by make_struct_module
Type StructType;
Type UnpackIterType;

std::nullptr_t struct_error(std::string_view message) { return raise(StructError, message); }

// ------------------------------------------------------------ formats

struct Code {
    char letter;
    std::int64_t offset;  // where the first item starts
    std::int64_t size;    // one item's size; for 's' and 'p' the whole field
    std::int64_t repeat;  // items of this code (1 for 's' and 'p')
};

struct Layout {
    bool native = true;  // '@': native sizes and alignment
    bool little = true;  // byte order
    std::int64_t size = 0;
    std::int64_t items = 0;  // values packed or unpacked
    std::vector<Code> codes;
};

// The size of `letter` in native or standard mode; 0 when it has none
// there (a bad char).
std::int64_t item_size(char letter, bool native) {
    switch (letter) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

// Parses `fmt` (CPython's prepare_s). False with struct.error set.
bool parse_format(std::string_view fmt, Layout& out) {
    std::size_t i = 0;
    if (!fmt.empty()) {
        switch (fmt[0]) {
        case '@': ++i; break;
        case '=': out.native = false; ++i; break;
        case '<': out.native = false; ++i; break;
        case '>': case '!': out.native = false; out.little = false; ++i; break;
        }
    }
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    const auto too_long = [] { return struct_error("total struct size too long"), false; };
    while (i < fmt.size()) {
        char c = fmt[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ++i;
            continue;
        }
        std::int64_t num = 1;
        if (c >= '0' && c <= '9') {
            num = 0;
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                if (num > (kMax - (fmt[i] - '0')) / 10) return too_long();
                num = num * 10 + (fmt[i++] - '0');
            }
            if (i == fmt.size()) return struct_error("repeat count given without format specifier"), false;
            c = fmt[i];
        }
        ++i;
        const std::int64_t size = item_size(c, out.native);
        if (size == 0) return struct_error("bad char in struct format"), false;
        if (out.native && size > 1 && c != 's' && c != 'p') out.size = (out.size + size - 1) / size * size;
        if (c == 's' || c == 'p') {
            out.codes.push_back({c, out.size, num, 1});
            out.items += 1;
            if (num > kMax - out.size) return too_long();
            out.size += num;
            continue;
        }
        if (num > (kMax - out.size) / size) return too_long();
        if (c != 'x' && num > 0) {
            out.codes.push_back({c, out.size, size, num});
            out.items += num;
        }
        out.size += num * size;
    }
    return true;
}

// ------------------------------------------------------------- floats

// IEEE 754 binary16 from a double, rounding to nearest even; false when
// it is too large (CPython's PyFloat_Pack2 gives the same bits).
bool half_from_double(double x, std::uint16_t& out) {
    const std::uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) return out = sign | 0x7e00, true;
    if (std::isinf(x)) return out = sign | 0x7c00, true;
    double a = std::fabs(x);
    if (a == 0.0) return out = sign, true;
    int e;
    double f = std::frexp(a, &e) * 2.0;  // a = f * 2**(e-1), 1 <= f < 2
    --e;
    if (e >= 16) return false;
    if (e < -25) {
        f = 0.0;
        e = 0;
    } else if (e < -14) {
        f = std::ldexp(f, 14 + e);  // subnormal: no implicit leading bit
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    auto bits = static_cast<std::uint32_t>(f);
    const double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        if (++bits == 1024) {
            bits = 0;
            if (++e == 31) return false;
        }
    }
    out = static_cast<std::uint16_t>(sign | (e << 10) | bits);
    return true;
}

double half_to_double(std::uint16_t h) {
    const double sign = (h & 0x8000) ? -1.0 : 1.0;
    const int e = (h >> 10) & 0x1f;
    const int f = h & 0x3ff;
    if (e == 0x1f) return f == 0 ? sign * INFINITY : std::copysign(NAN, sign);
    if (e == 0) return sign * std::ldexp(f, -24);
    return sign * std::ldexp(1024 + f, e - 25);
}

// ------------------------------------------------------------ packing

void put_uint(char* p, std::uint64_t v, std::int64_t size, bool little) {
    for (std::int64_t k = 0; k < size; ++k) {
        const std::int64_t at = little ? k : size - 1 - k;
        p[at] = static_cast<char>(v & 0xff);
        v >>= 8;
    }
}

std::uint64_t get_uint(const char* p, std::int64_t size, bool little) {
    std::uint64_t v = 0;
    for (std::int64_t k = 0; k < size; ++k) {
        const std::int64_t at = little ? size - 1 - k : k;
        v = (v << 8) | static_cast<unsigned char>(p[at]);
    }
    return v;
}

// An int argument (CPython's get_pylong, then a C long or unsigned long
// long): within [-2**63, 2**64) or "argument out of range" (`message`
// for 'P'). False with an exception set.
bool integer_arg(Object* v, __int128& out, std::string_view message = "argument out of range") {
    Ref<> held;
    if (!is_int(v)) {
        if (!v->type->to_index) return struct_error("required argument is not an integer"), false;
        held = number_index(v);
        if (!held) return false;
        v = held.get();
    }
    const Int* i = static_cast<const Int*>(v);
    if (std::optional<std::int64_t> small = int_to_i64(i)) {
        out = *small;
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    const bool fits = mpz_sgn(z) > 0 && mpz_fits_ulong_p(z);
    if (fits) out = mpz_get_ui(z);
    mpz_clear(z);
    if (!fits) struct_error(message);
    return fits;
}

// The big-endian codes wider than a byte check ranges as CPython's bp_*
// functions do; the others as its native ones (which CPython also uses for
// little-endian codes of the native size on a little-endian machine).
bool pack_big(char letter, std::int64_t size, Object* v, char* p) {
    const bool is_signed = letter >= 'a' && letter <= 'z';
    __int128 x;
    if (size == 8) {
        if (!integer_arg(v, x, "int too large to convert")) return false;
        if (is_signed ? x > std::numeric_limits<std::int64_t>::max() : x < 0)
            return struct_error("int too large to convert"), false;
    } else {
        if (!integer_arg(v, x)) return false;
        if (is_signed ? x > std::numeric_limits<std::int64_t>::max() : x < 0)
            return struct_error("argument out of range"), false;
        const int bits = static_cast<int>(size * 8);
        const __int128 lo = is_signed ? -(__int128(1) << (bits - 1)) : 0;
        const __int128 hi = is_signed ? (__int128(1) << (bits - 1)) - 1 : (__int128(1) << bits) - 1;
        if (x < lo || x > hi) {
            raisef(StructError, "'{}' format requires {} <= number <= {}", letter, static_cast<std::int64_t>(lo),
                   static_cast<std::int64_t>(hi));
            return false;
        }
    }
    put_uint(p, static_cast<std::uint64_t>(x), size, false);
    return true;
}

bool pack_int(char letter, std::int64_t size, bool little, Object* v, char* p) {
    if (!little && size > 1) return pack_big(letter, size, v, p);
    __int128 x;
    if (!integer_arg(v, x, letter == 'P' ? "int too large to convert" : "argument out of range")) return false;
    const bool is_signed = letter >= 'a' && letter <= 'z';
    if (letter == 'P') {
        put_uint(p, static_cast<std::uint64_t>(x), size, little);
        return true;
    }
    // The short types range-check a C long; unsigned ones refuse negatives.
    if (size <= 2) {
        if (x > std::numeric_limits<std::int64_t>::max()) return struct_error("argument out of range"), false;
        static const char* const names[2][2] = {{"ubyte", "byte"}, {"ushort", "short"}};
        const __int128 lo = is_signed ? -(__int128(1) << (size * 8 - 1)) : 0;
        const __int128 hi = is_signed ? (__int128(1) << (size * 8 - 1)) - 1 : (__int128(1) << (size * 8)) - 1;
        if (x < lo || x > hi) {
            raisef(StructError, "{} format requires {} <= number <= {}", names[size - 1][is_signed],
                   static_cast<std::int64_t>(lo), static_cast<std::int64_t>(hi));
            return false;
        }
    } else if (is_signed) {
        if (x > std::numeric_limits<std::int64_t>::max()) return struct_error("argument out of range"), false;
        if (size == 4 && (x < INT32_MIN || x > INT32_MAX)) {
            raisef(StructError, "'{}' format requires {} <= number <= {}", letter, INT32_MIN, INT32_MAX);
            return false;
        }
    } else {
        if (x < 0) return struct_error("argument out of range"), false;
        if (size == 4 && x > UINT32_MAX) {
            raisef(StructError, "'{}' format requires 0 <= number <= {}", letter, UINT32_MAX);
            return false;
        }
    }
    put_uint(p, static_cast<std::uint64_t>(x), size, little);
    return true;
}

bool pack_float(char letter, bool native, bool little, Object* v, char* p) {
    double x;
    if (!to_double(v, x)) {
        clear_error();
        return struct_error("required argument is not a float"), false;
    }
    if (letter == 'd') {
        put_uint(p, std::bit_cast<std::uint64_t>(x), 8, little);
    } else if (letter == 'f') {
        const auto y = static_cast<float>(x);
        if (!native && std::isinf(y) && !std::isinf(x)) {
            raise(exc::OverflowError, "float too large to pack with f format");
            return false;
        }
        put_uint(p, std::bit_cast<std::uint32_t>(y), 4, little);
    } else {
        std::uint16_t h;
        if (!half_from_double(x, h)) {
            raise(exc::OverflowError, "float too large to pack with e format");
            return false;
        }
        put_uint(p, h, 2, little);
    }
    return true;
}

// Packs `values` (exactly layout.items of them) into `out`, which holds
// layout.size zeroed bytes. False with an exception set.
bool pack_values(const Layout& layout, Object* const* values, char* out) {
    for (const Code& code : layout.codes) {
        for (std::int64_t r = 0; r < code.repeat; ++r) {
            Object* v = *values++;
            char* p = out + code.offset + r * code.size;
            switch (code.letter) {
            case 's': case 'p': {
                if (!is_bytes(v)) return raisef(StructError, "argument for '{}' must be a bytes object", code.letter), false;
                std::string_view data = cast<Bytes>(v)->view();
                if (code.letter == 's') {
                    std::memcpy(p, data.data(), std::min<std::size_t>(data.size(), code.size));
                } else if (code.size > 0) {
                    const std::size_t n = std::min<std::size_t>(data.size(), code.size - 1);
                    std::memcpy(p + 1, data.data(), n);
                    p[0] = static_cast<char>(std::min<std::size_t>(n, 255));
                }
                break;
            }
            case 'c':
                if (!is_bytes(v) || cast<Bytes>(v)->view().size() != 1)
                    return struct_error("char format requires a bytes object of length 1"), false;
                p[0] = cast<Bytes>(v)->view()[0];
                break;
            case '?': {
                int truth = is_true(v);
                if (truth < 0) return false;
                p[0] = static_cast<char>(truth);
                break;
            }
            case 'e': case 'f': case 'd':
                if (!pack_float(code.letter, layout.native, layout.little, v, p)) {
                    // CPython's s_pack_internal: an int too large for the
                    // code is a struct.error, whatever raised it.
                    if (is_int(v) && error_matches(exc::OverflowError)) {
                        clear_error();
                        struct_error("int too large to convert");
                    }
                    return false;
                }
                break;
            default:
                if (!pack_int(code.letter, code.size, layout.little, v, p)) return false;
            }
        }
    }
    return true;
}

Ref<> unpack_one(const Code& code, bool little, const char* p) {
    switch (code.letter) {
    case 's': return bytes_from(std::string_view(p, static_cast<std::size_t>(code.size)));
    case 'p': {
        // CPython 3.11 asks for a bytes object of length -1 here.
        if (code.size == 0) return raise(exc::SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        std::int64_t n = static_cast<unsigned char>(p[0]);
        if (n >= code.size) n = code.size - 1;
        return bytes_from(std::string_view(p + 1, static_cast<std::size_t>(n)));
    }
    case 'c': return bytes_from(std::string_view(p, 1));
    case '?': return bool_from(p[0] != 0);
    case 'e': return float_from(half_to_double(static_cast<std::uint16_t>(get_uint(p, 2, little))));
    case 'f': return float_from(std::bit_cast<float>(static_cast<std::uint32_t>(get_uint(p, 4, little))));
    case 'd': return float_from(std::bit_cast<double>(get_uint(p, 8, little)));
    default: break;
    }
    std::uint64_t u = get_uint(p, code.size, little);
    const bool is_signed = code.letter >= 'a' && code.letter <= 'z';
    if (is_signed) {
        const int shift = static_cast<int>(64 - code.size * 8);
        return int_from(static_cast<std::int64_t>(u << shift) >> shift);
    }
    if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return int_from(static_cast<std::int64_t>(u));
    mpz_t z;
    mpz_init_set_ui(z, u);
    return int_from_mpz_move(z);
}

Ref<> unpack_values(const Layout& layout, const char* data) {
    Ref<Tuple> result = tuple_alloc(layout.items);
    std::int64_t k = 0;
    for (const Code& code : layout.codes) {
        for (std::int64_t r = 0; r < code.repeat; ++r) {
            Ref<> v = unpack_one(code, layout.little, data + code.offset + r * code.size);
            if (!v) return nullptr;
            tuple_init_item(result.get(), k++, std::move(v));
        }
    }
    return result;
}

// The bytes of a bytes-like object (buffer.hpp): bytes, bytearray, a
// contiguous memoryview, an array.array.
bool read_buffer(Object* o, std::string_view& out) { return simple_bytes(o, out); }

// --------------------------------------------------------- the Struct

struct StructObj : Object {
    Object* format = nullptr;  // owned: the format as bytes, as CPython keeps it
    WeakRef* weakreflist = nullptr;  // weak references to the Struct (weakref.hpp)
    Layout layout;
};

StructObj* as_struct(Object* o) { return cast<StructObj>(o); }

void struct_destroy(Object* o) {
    clear_slot(as_struct(o)->format);
    delete_object(as_struct(o));
}

// CPython 3.11's Struct is a heap type its instances visit; minipy's is
// static (the collector skips it) but is listed all the same. A subclass
// instance's own type is visited by the subclass.
void struct_traverse(Object* o, VisitFn visit, void* arg) {
    if (o->type == &StructType) visit(o->type, arg);
    visit_field(as_struct(o)->format, visit, arg);
}
void struct_clear(Object* o) { clear_slot(as_struct(o)->format); }

// Reads a format argument into a layout: bytes as they are, a str encoded
// as ASCII (UnicodeEncodeError otherwise, as in CPython). The format's
// bytes go to `kept` when asked for.
bool read_format(Object* fmt, Layout& layout, Ref<>* kept = nullptr) {
    Ref<> bytes;
    if (is_str(fmt)) {
        bytes = codec_encode(cast<Str>(fmt), "ascii", "strict");
        if (!bytes) return false;
    } else if (is_bytes(fmt)) {
        bytes = share(fmt);
    } else {
        raisef(exc::TypeError, "Struct() argument 1 must be a str or bytes object, not {}", type_name(fmt));
        return false;
    }
    if (!parse_format(cast<Bytes>(bytes.get())->view(), layout)) return false;
    if (kept) *kept = std::move(bytes);
    return true;
}

Ref<> struct_new(Type* type, const Args&) {
    auto s = new_object<StructObj>(type);
    gc_track(s.get());
    return s;
}

// Struct(format)
int struct_init(Object* self, const Args& args) {
    static const ArgSpec spec{"Struct", {"format"}, 1};
    Object* fmt;
    if (!parse_args(args, spec, &fmt)) return -1;
    Layout layout;
    Ref<> bytes;
    if (!read_format(fmt, layout, &bytes)) return -1;
    StructObj* s = as_struct(self);
    s->layout = std::move(layout);
    set_slot(s->format, bytes.get());
    return 0;
}

bool pack_count(const Layout& layout, std::size_t given, std::string_view name) {
    if (given == static_cast<std::size_t>(layout.items)) return true;
    raisef(StructError, "{} expected {} items for packing (got {})", name, layout.items, given);
    return false;
}

Ref<> do_pack(const Layout& layout, Object* const* values, std::size_t n) {
    if (!pack_count(layout, n, "pack")) return nullptr;
    std::string out(static_cast<std::size_t>(layout.size), '\0');
    if (!pack_values(layout, values, out.data())) return nullptr;
    return bytes_from(out);
}

Ref<> do_unpack(const Layout& layout, Object* buffer) {
    std::string_view data;
    if (!read_buffer(buffer, data)) return nullptr;
    if (static_cast<std::int64_t>(data.size()) != layout.size)
        return raisef(StructError, "unpack requires a buffer of {} bytes", layout.size);
    return unpack_values(layout, data.data());
}

// unpack_from(buffer, offset=0): a negative offset counts from the end.
Ref<> do_unpack_from(const Layout& layout, Object* buffer, Object* offset_arg) {
    BufferHold hold(buffer);  // the offset's __index__ cannot resize it meanwhile
    std::string_view data;
    if (!read_buffer(buffer, data)) return nullptr;
    std::int64_t offset = 0;
    if (offset_arg && !index_to_i64(offset_arg, offset)) return nullptr;
    const auto size = static_cast<std::int64_t>(data.size());
    if (offset < 0) {
        if (offset + size < 0) return raisef(StructError, "offset {} out of range for {}-byte buffer", offset, size);
        offset += size;
    }
    if (size - offset < layout.size) {
        return raisef(StructError,
                      "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} "
                      "(actual buffer size is {})",
                      layout.size + offset, layout.size, offset, size);
    }
    return unpack_values(layout, data.data() + offset);
}

// pack_into(buffer, offset, *values): writes into a writable buffer.
Ref<> do_pack_into(const Layout& layout, const Args& args, std::size_t first) {
    if (args.size() < first + 1) return struct_error("pack_into expected buffer argument");
    if (args.size() < first + 2) return struct_error("pack_into expected offset argument");
    const std::size_t n = args.size() - first - 2;
    if (n != static_cast<std::size_t>(layout.items))
        return raisef(StructError, "pack_into expected {} items for packing (got {})", layout.items, n);
    BufferView view;
    if (!writable_buffer(args[first], "", view)) return nullptr;
    // Packing may call __index__: the bytearray must not move meanwhile.
    BufferHold hold(args[first]);
    char* data = view.data;
    const std::int64_t size = view.nbytes();
    std::int64_t offset;
    if (!index_to_i64(args[first + 1], offset)) return nullptr;
    if (offset < 0) {
        if (offset + layout.size > 0)
            return raisef(StructError, "no space to pack {} bytes at offset {}", layout.size, offset);
        if (offset + size < 0) return raisef(StructError, "offset {} out of range for {}-byte buffer", offset, size);
        offset += size;
    }
    if (size - offset < layout.size) {
        return raisef(StructError,
                      "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} "
                      "(actual buffer size is {})",
                      layout.size + offset, layout.size, offset, size);
    }
    // Straight into the buffer, zeroed first: a failure leaves what was packed, as in CPython.
    std::memset(data + offset, 0, static_cast<std::size_t>(layout.size));
    if (!pack_values(layout, args.values + first + 2, data + offset)) return nullptr;
    return none();
}

// ----------------------------------------------------- unpack_iterator

struct UnpackIter : Object {
    StructObj* owner = nullptr;  // owned
    Object* buffer = nullptr;    // owned: the object read from
    std::int64_t index = 0;      // byte offset of the next record
};

UnpackIter* as_iter(Object* o) { return cast<UnpackIter>(o); }

void iter_clear(Object* o) {
    clear_slot(as_iter(o)->owner);
    clear_slot(as_iter(o)->buffer);
}
void iter_destroy(Object* o) {
    iter_clear(o);
    delete_object(as_iter(o));
}
void iter_traverse(Object* o, VisitFn visit, void* arg) {
    visit(o->type, arg);  // as CPython's heap type's instances do
    visit_field(as_iter(o)->owner, visit, arg);
    visit_field(as_iter(o)->buffer, visit, arg);
}

Ref<> iter_next_record(Object* self) {
    UnpackIter* it = as_iter(self);
    if (!it->buffer) return nullptr;
    std::string_view data;
    if (!read_buffer(it->buffer, data)) return nullptr;
    const Layout& layout = it->owner->layout;
    if (it->index + layout.size > static_cast<std::int64_t>(data.size())) {
        clear_slot(it->owner);  // exhausted: both are let go, as CPython does
        clear_slot(it->buffer);
        return nullptr;
    }
    Ref<> record = unpack_values(layout, data.data() + it->index);
    it->index += layout.size;
    return record;
}

Ref<> iter_length_hint(Object* self, const Args& args) {
    if (!check_no_args("__length_hint__", args)) return nullptr;
    UnpackIter* it = as_iter(self);
    if (!it->buffer) return int_from(0);
    std::string_view data;
    if (!read_buffer(it->buffer, data)) return nullptr;
    return int_from((static_cast<std::int64_t>(data.size()) - it->index) / it->owner->layout.size);
}

Ref<> iter_new_refused(Type*, const Args&) {
    return raise(exc::TypeError, "Cannot create 'unpack_iterator objects");
}

Ref<> make_unpack_iter(StructObj* s, Object* buffer) {
    std::string_view data;
    if (!read_buffer(buffer, data)) return nullptr;
    const std::int64_t size = s->layout.size;
    if (size == 0) return struct_error("cannot iteratively unpack with a struct of length 0");
    if (static_cast<std::int64_t>(data.size()) % size != 0)
        return raisef(StructError, "iterative unpacking requires a buffer of a multiple of {} bytes", size);
    auto it = new_object<UnpackIter>(&UnpackIterType);
    it->owner = share(s).release();
    it->buffer = share(buffer).release();
    gc_track(it.get());
    return it;
}

// ------------------------------------------------------ Struct methods

bool check_ready(StructObj* s) {
    if (s->format) return true;
    raise(exc::ValueError, "uninitialized Struct");  // only a subclass skipping __init__ sees this
    return false;
}

Ref<> struct_pack(Object* self, const Args& args) {
    StructObj* s = as_struct(self);
    if (!check_no_keywords("pack", args) || !check_ready(s)) return nullptr;
    return do_pack(s->layout, args.values, args.size());
}

Ref<> struct_pack_into(Object* self, const Args& args) {
    StructObj* s = as_struct(self);
    if (!check_no_keywords("pack_into", args) || !check_ready(s)) return nullptr;
    return do_pack_into(s->layout, args, 0);
}

Ref<> struct_unpack(Object* self, const Args& args) {
    StructObj* s = as_struct(self);
    if (!check_one_arg("Struct.unpack", args) || !check_ready(s)) return nullptr;
    return do_unpack(s->layout, args[0]);
}

// unpack_from(buffer, offset=0)
Ref<> struct_unpack_from(Object* self, const Args& args) {
    static const ArgSpec spec{"unpack_from", {"buffer", "offset"}, 1};
    Object* a[2];
    StructObj* s = as_struct(self);
    if (!parse_args(args, spec, a) || !check_ready(s)) return nullptr;
    return do_unpack_from(s->layout, a[0], a[1]);
}

Ref<> struct_iter_unpack(Object* self, const Args& args) {
    StructObj* s = as_struct(self);
    if (!check_one_arg("Struct.iter_unpack", args) || !check_ready(s)) return nullptr;
    return make_unpack_iter(s, args[0]);
}

// CPython's basic size and one 32-byte formatcode per code plus the
// terminating one.
Ref<> struct_sizeof(Object* self, const Args& args) {
    if (!check_no_args("Struct.__sizeof__", args)) return nullptr;
    return int_from(56 + 32 * (static_cast<std::int64_t>(as_struct(self)->layout.codes.size()) + 1));
}

// The format as a new str, each time, as CPython's getter makes it.
Ref<> struct_get_format(Object* self) {
    Object* f = as_struct(self)->format;
    return f ? Ref<>(str_from(cast<Bytes>(f)->view())) : none();
}

Ref<> struct_get_size(Object* self) { return int_from(as_struct(self)->layout.size); }

// ---------------------------------------------------- module functions

// The module functions' Structs, keyed by the format object as given (so
// the cache holds a reference to it, as CPython's does), cleared when it
// reaches 100 entries or by _clearcache(). Owned for the program's life.
Dict* struct_cache = nullptr;
constexpr std::int64_t kMaxCache = 100;

// The Struct for a format argument (CPython's cache_struct_converter): an
// unhashable format fails the lookup first.
Ref<StructObj> struct_for(Object* fmt) {
    if (Object* hit = dict_get(struct_cache, fmt)) return share(as_struct(hit));
    if (error_pending()) return nullptr;
    auto s = new_object<StructObj>(&StructType);
    Ref<> bytes;
    if (!read_format(fmt, s->layout, &bytes)) return nullptr;
    s->format = bytes.release();
    gc_track(s.get());
    if (struct_cache->used >= kMaxCache) dict_clear(struct_cache);
    if (dict_set(struct_cache, fmt, s.get()) < 0) return nullptr;
    return s;
}

Ref<> mod_pack(Object*, const Args& args) {
    if (!check_no_keywords("pack", args)) return nullptr;
    if (args.size() == 0) return raise(exc::TypeError, "missing format argument");
    Ref<StructObj> s = struct_for(args[0]);
    if (!s) return nullptr;
    return do_pack(s->layout, args.values + 1, args.size() - 1);
}

Ref<> mod_pack_into(Object*, const Args& args) {
    if (!check_no_keywords("pack_into", args)) return nullptr;
    if (args.size() == 0) return raise(exc::TypeError, "missing format argument");
    Ref<StructObj> s = struct_for(args[0]);
    if (!s) return nullptr;
    return do_pack_into(s->layout, args, 1);
}

Ref<> mod_unpack(Object*, const Args& args) {
    if (!check_no_keywords("unpack", args) || !check_arg_range("unpack", args, 2, 2)) return nullptr;
    Ref<StructObj> s = struct_for(args[0]);
    if (!s) return nullptr;
    return do_unpack(s->layout, args[1]);
}

// unpack_from(format, /, buffer, offset=0)
Ref<> mod_unpack_from(Object*, const Args& args) {
    static const ArgSpec spec{"unpack_from", {"format", "buffer", "offset"}, 2, 1};
    Object* a[3];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<StructObj> s = struct_for(a[0]);
    if (!s) return nullptr;
    return do_unpack_from(s->layout, a[1], a[2]);
}

Ref<> mod_iter_unpack(Object*, const Args& args) {
    if (!check_no_keywords("iter_unpack", args) || !check_arg_range("iter_unpack", args, 2, 2)) return nullptr;
    Ref<StructObj> s = struct_for(args[0]);
    if (!s) return nullptr;
    return make_unpack_iter(s.get(), args[1]);
}

Ref<> mod_calcsize(Object*, const Args& args) {
    if (!check_one_arg("calcsize", args)) return nullptr;
    Ref<StructObj> s = struct_for(args[0]);
    if (!s) return nullptr;
    return int_from(s->layout.size);
}

Ref<> mod_clearcache(Object*, const Args& args) {
    if (!check_no_args("_clearcache", args)) return nullptr;
    dict_clear(struct_cache);
    return none();
}

void struct_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    Type& t = StructType;
    type_init_builtin(t, "_struct.Struct", &ObjectType, sizeof(StructObj),
                      type_flags::kHasGC | type_flags::kBaseType);
    t.weaklist_offset = offsetof(StructObj, weakreflist);
    t.destroy = struct_destroy;
    t.traverse = struct_traverse;
    t.clear = struct_clear;
    t.new_instance = struct_new;
    t.init = struct_init;
    add_methods(t, {
                       {"pack", struct_pack},
                       {"pack_into", struct_pack_into},
                       {"unpack", struct_unpack},
                       {"unpack_from", struct_unpack_from},
                       {"iter_unpack", struct_iter_unpack},
                       {"__sizeof__", struct_sizeof},
                   });
    add_getsets(t, {{"format", struct_get_format}, {"size", struct_get_size}});
    type_ready(t);

    init_iterator_type(UnpackIterType, "_struct.unpack_iterator", sizeof(UnpackIter), type_flags::kHasGC,
                       iter_next_record);
    UnpackIterType.destroy = iter_destroy;
    UnpackIterType.traverse = iter_traverse;
    UnpackIterType.clear = iter_clear;
    UnpackIterType.new_instance = iter_new_refused;
    add_methods(UnpackIterType, {{"__length_hint__", iter_length_hint}});
    type_ready(UnpackIterType);
}

}  // namespace

Ref<Module> make_struct_module() {
    struct_types_init();
    Ref<Module> m = module_new("_struct", ModuleOrigin::BuiltIn);
    if (!StructError) {
        // class error(Exception), whose __module__ is struct as in CPython.
        Ref<Dict> ns = dict_new();
        if (dict_set(ns.get(), "__module__", str_from("struct").get()) < 0) return nullptr;
        Ref<Tuple> bases = tuple_from({exc::Exception});
        Ref<> cls = call(&TypeType, {str_from("error").get(), bases.get(), ns.get()});
        if (!cls) return nullptr;
        StructError = cast<Type>(cls.release());  // kept for the program's life
    }
    if (!struct_cache) struct_cache = dict_new().release();
    module_add(m.get(), "error", StructError);
    module_add(m.get(), "Struct", &StructType);
    add_module_functions(m.get(), {
                                      {"pack", mod_pack},
                                      {"pack_into", mod_pack_into},
                                      {"unpack", mod_unpack},
                                      {"unpack_from", mod_unpack_from},
                                      {"iter_unpack", mod_iter_unpack},
                                      {"calcsize", mod_calcsize},
                                      {"_clearcache", mod_clearcache},
                                  });
    return m;
}

}  // namespace minipy
