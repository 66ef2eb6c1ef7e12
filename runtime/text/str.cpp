// str: interning, hashing, repr, and the type slots (operators, indexing,
// construction, in-place growth). The storage (PEP 393 kinds, UTF-8, the
// shared strs) is str_storage.cpp; the methods live in str_search.cpp,
// str_case.cpp, str_layout.cpp, str_format.cpp and codecs.cpp.
//
// Interning, as CPython 3.11 does it: intern_str() makes a string canonical
// without owning it ("mortal" interning): the table drops the entry when the
// string dies, so sys.getrefcount reports the same counts as CPython.
// intern(text), the runtime's own names, makes the string immortal instead.
#include "runtime/text/str.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/codecs.hpp"
#include "runtime/text/percent_format.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>
#include <string>
#include <unordered_set>

namespace minipy {

Type StrType;

namespace {

// The intern table: the canonical str of each text, found by str or by its
// UTF-8 (dict_get(d, "name") interns the key), hashed as the str hashes, so
// no str needs its UTF-8 made to be interned. An entry must be erased before
// its string is freed. Allocated once and never destroyed: strings may die
// during static destruction.
struct InternHash {
    using is_transparent = void;
    std::size_t operator()(Str* s) const { return static_cast<std::size_t>(str_hash(s)); }
    std::size_t operator()(std::string_view utf8) const { return static_cast<std::size_t>(hash_text(utf8)); }
};
struct InternEqual {
    using is_transparent = void;
    bool operator()(Str* a, Str* b) const { return str_equal(a, b); }
    bool operator()(Str* a, std::string_view b) const { return a->ascii() ? a->view() == b : str_equal_utf8(a, b); }
    bool operator()(std::string_view a, Str* b) const { return (*this)(b, a); }
};
using InternTable = std::unordered_set<Str*, InternHash, InternEqual>;

// CPython 3.11 starts with these one-character strs interned as objects of
// their own (names in its deep-frozen modules), apart from the cached
// Latin-1 characters that chr() and indexing return: there `'a' is
// chr(97)` is False and `'g' is chr(103)` True. The list is what
// python3 3.11.7 gives (with or without -S) comparing a literal of each of
// the 256 characters with chr().
constexpr std::string_view kStartupInternedChars = "BCLST_abcdefhijklmnopqrstvwxy";

InternTable* make_intern_table() {
    auto* table = new InternTable();
    for (char c : kStartupInternedChars) {
        Str* s = str_new_uninit(1, static_cast<std::uint32_t>(c)).release();  // never released
        static_cast<char*>(s->kind_data())[0] = c;
        heap_note_free(s);  // made before the program, as CPython's are
        s->state.interned = kInternedImmortal;
        str_hash(s);
        table->insert(s);
    }
    return table;
}

InternTable& intern_table() {
    static auto* table = make_intern_table();
    return *table;
}

}  // namespace

// ------------------------------------------------------------ limits

bool reserve_text(std::string& out, std::int64_t extra) {
    if (extra <= 0) return true;
    const auto total = static_cast<std::uint64_t>(extra) + out.size();
    if (!heap_may_allocate(static_cast<std::int64_t>(std::min<std::uint64_t>(total, INT64_MAX)))) return false;
    try {
        out.reserve(total);
        return true;
    } catch (const std::bad_alloc&) {
    } catch (const std::length_error&) {
    }
    raise_object(exc::MemoryError);
    return false;
}

bool str_may_allocate(std::int64_t length, std::uint32_t maxchar) {
    const std::int64_t kind = maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
    if (length > kHeapMaxBlock) return heap_may_allocate(kHeapMaxBlock + 1);
    return heap_may_allocate(length * kind);
}

// ---------------------------------------------------------------- interning

Str* intern(std::string_view utf8) {
    InternTable& table = intern_table();
    if (auto it = table.find(utf8); it != table.end()) {
        Str* s = *it;
        if (s->state.interned != kInternedImmortal) {
            incref(s);  // the table's permanent reference
            s->state.interned = kInternedImmortal;
        }
        return s;
    }
    Str* s = str_from(utf8).release();  // this reference is never released
    s->state.interned = kInternedImmortal;
    str_hash(s);  // interned strs carry their hash, so str_equal rarely reads their text
    table.insert(s);
    return s;
}

Ref<Str> intern_str(Ref<Str> s) {
    if (s->interned()) return s;
    InternTable& table = intern_table();
    if (auto it = table.find(s.get()); it != table.end()) return share(*it);
    s->state.interned = kInternedMortal;
    table.insert(s.get());
    return s;
}

// ------------------------------------------------------------------ hashing
//
// CPython randomises str hashes per process, so no program can depend on the
// values; minipy uses a fixed-seed wyhash-style function (fast, well mixed)
// so runs are reproducible. hash('') is 0, as in CPython.

namespace {

constexpr std::uint64_t kSeed = 0x2d358dccaa6c78a5ull;
constexpr std::uint64_t kP0 = 0xa0761d6478bd642full;
constexpr std::uint64_t kP1 = 0xe7037ed1a0b428dbull;

inline std::uint64_t mum(std::uint64_t a, std::uint64_t b) {
    const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}
inline std::uint64_t read64(const unsigned char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
inline std::uint64_t read32(const unsigned char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

}  // namespace

std::int64_t hash_text(std::string_view text) {
    const std::size_t n = text.size();
    if (n == 0) return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::uint64_t seed = kSeed ^ mum(kSeed ^ kP0, n ^ kP1);
    std::uint64_t a, b;
    if (n <= 16) {
        if (n >= 4) {
            const std::size_t mid = (n >> 3) << 2;
            a = read32(p) << 32 | read32(p + mid);
            b = read32(p + n - 4) << 32 | read32(p + n - 4 - mid);
        } else {
            a = static_cast<std::uint64_t>(p[0]) << 16 | static_cast<std::uint64_t>(p[n >> 1]) << 8 | p[n - 1];
            b = 0;
        }
    } else {
        std::size_t left = n;
        while (left > 16) {
            seed = mum(read64(p) ^ kP1, read64(p + 8) ^ seed);
            p += 16;
            left -= 16;
        }
        a = read64(p + left - 16);
        b = read64(p + left - 8);
    }
    const std::uint64_t h = mum(kP1 ^ n, mum(a ^ kP1, b ^ seed));
    auto result = static_cast<std::int64_t>(h);
    return result == -1 ? -2 : result;
}


// --------------------------------------------------------------------- repr
//
// unicode_repr: single quotes unless the text has ' and no "; \t \n \r and
// the quote and backslash escaped; other C0 controls and DEL as \xNN;
// non-ASCII kept when printable, else \xNN, \uNNNN or \UNNNNNNNN.

static void append_hex_escape(std::string& out, std::uint32_t cp) {
    static constexpr char kHex[] = "0123456789abcdef";
    int digits;
    if (cp <= 0xFF) {
        out += "\\x";
        digits = 2;
    } else if (cp <= 0xFFFF) {
        out += "\\u";
        digits = 4;
    } else {
        out += "\\U";
        digits = 8;
    }
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
}

static char repr_quote(bool has_single, bool has_double) { return has_single && !has_double ? '"' : '\''; }

static void append_repr_char(std::string& out, std::uint32_t cp, char quote) {
    if (cp == static_cast<std::uint32_t>(quote) || cp == '\\') {
        out += '\\';
        out += static_cast<char>(cp);
    } else if (cp == '\t') {
        out += "\\t";
    } else if (cp == '\n') {
        out += "\\n";
    } else if (cp == '\r') {
        out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
        append_hex_escape(out, cp);
    } else if (cp < 0x7F) {
        out += static_cast<char>(cp);
    } else if (unicode::is_printable(cp)) {
        unicode::utf8_append(out, cp);
    } else {
        append_hex_escape(out, cp);
    }
}

std::string str_repr(std::string_view utf8) {
    const char quote = repr_quote(utf8.find('\'') != std::string_view::npos, utf8.find('"') != std::string_view::npos);
    std::string out;
    out.reserve(utf8.size() + 2);
    out += quote;
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) append_repr_char(out, unicode::utf8_next(p), quote);
    out += quote;
    return out;
}

// The same from the code points, so repr(s) does not make s's UTF-8.
std::string str_repr(const Str* s) {
    if (s->ascii()) return str_repr(s->view());
    return str_visit(s, [&](const auto* data) {
        bool has_single = false, has_double = false;
        for (std::int64_t i = 0; i < s->length; ++i) {
            has_single |= data[i] == '\'';
            has_double |= data[i] == '"';
        }
        const char quote = repr_quote(has_single, has_double);
        std::string out;
        out.reserve(static_cast<std::size_t>(s->length) * 2 + 2);
        out += quote;
        for (std::int64_t i = 0; i < s->length; ++i) append_repr_char(out, data[i], quote);
        out += quote;
        return out;
    });
}

std::string str_ascii_escape(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) {
        const std::uint32_t cp = unicode::utf8_next(p);
        if (cp < 0x80) out += static_cast<char>(cp);
        else append_hex_escape(out, cp);
    }
    return out;
}

// ------------------------------------------------------ argument helpers

// _PyEval_SliceIndex: an index-like value clamped to the int64 range (never
// an OverflowError), None meaning "absent".
static bool slice_index(Object* o, std::int64_t& out) {
    if (!o || o == None) return true;
    if (!is_int(o) && !o->type->to_index) {
        raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Ref<> index = number_index(o);
    if (!index) return false;
    const Int* i = cast<Int>(index.get());
    if (auto v = int_to_i64(i)) out = *v;
    else out = int_sign(i) < 0 ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
    return true;
}

bool str_parse_bounds(Object* start, Object* end, std::int64_t length, std::int64_t& s, std::int64_t& e) {
    s = 0;
    e = std::numeric_limits<std::int64_t>::max();
    if (!slice_index(start, s) || !slice_index(end, e)) return false;
    // ADJUST_INDICES (stringlib)
    if (e > length) {
        e = length;
    } else if (e < 0) {
        e += length;
        if (e < 0) e = 0;
    }
    if (s < 0) {
        s += length;
        if (s < 0) s = 0;
    }
    return true;
}

std::string_view arg_type_name(const Object* o) { return o == None ? "None" : type_name(o); }

bool str_index_arg(Object* o, std::int64_t& out) { return index_to_i64(o, out); }

bool str_check_varargs(std::string_view name, const Args& args, std::size_t min, std::size_t max,
                       std::string_view owner) {
    if (args.has_keywords()) {
        raisef(exc::TypeError, "{}.{}() takes no keyword arguments", owner, name);
        return false;
    }
    if (args.size() < min) {
        raisef(exc::TypeError, "{}() takes at least {} argument{} ({} given)", name, min, min == 1 ? "" : "s",
               args.size());
        return false;
    }
    if (args.size() > max) {
        raisef(exc::TypeError, "{}() takes at most {} argument{} ({} given)", name, max, max == 1 ? "" : "s",
               args.size());
        return false;
    }
    return true;
}

// ---------------------------------------------------------------- the slots

// ------------------------------------------------------ growing in place
//
// CPython makes `s += t` in a loop linear: when the left operand's only
// reference is the variable being assigned, it resizes the string in place.
// minipy does the same through str_concat_consuming: such a string gets
// spare room (as a list does), its capacity kept in the head's wstr slot,
// and later appends of code points that fit its kind fill the room without
// copying. sys.getsizeof reports the used part, as CPython's exact resize
// would; the heap frees the whole block (str_block_size).

Ref<> str_concat_consuming(Ref<> left, Object* right) {
    if (!is_exact_str(left.get()) || !is_str(right) || left->refcount != 1 || cast<Str>(left.get())->interned())
        return binary_op(left.get(), right, BinaryOp::Add);
    Str* s = cast<Str>(left.get());
    const Str* r = cast<Str>(right);
    if (r->length == 0) return left;
    const std::int64_t old_length = s->length;
    const std::int64_t needed = old_length + r->length;
    const std::uint32_t maxchar = std::max(str_max_class(s), str_max_class(r));
    Str* target = s;
    if (!s->state.growable || needed > s->capacity || maxchar != str_max_class(s)) {
        if (!str_may_allocate(needed + needed / 2 + 16, maxchar)) return nullptr;
        target = str_new_raw(&StrType, old_length, maxchar, needed + needed / 2 + 16);
        str_copy_chars(target, 0, s, 0, old_length);
    } else {
        str_free_utf8(s);  // the text changes under it
    }
    str_copy_chars(target, old_length, r, 0, r->length);
    target->length = needed;
    target->hash = -1;
    if (target == s) return left;
    return Ref<>::adopt(target);  // `left`, the old string, dies here
}

static void str_destroy(Object* o) {
    auto* s = cast<Str>(o);
    if (s->interned()) {
        InternTable& table = intern_table();
        if (auto it = table.find(s); it != table.end() && *it == s) table.erase(it);
    }
    str_free_utf8(s);
    delete_object(s);
}

static std::size_t str_allocated_size(Object* o) { return str_block_size(cast<Str>(o)); }
static std::size_t str_size_of(Object* o) { return str_sizeof(cast<Str>(o)); }

static Ref<> str_repr_slot(Object* o) { return str_from(str_repr(cast<Str>(o))); }

static Ref<> str_str_slot(Object* o) { return str_unchanged(o); }

static std::int64_t str_hash_slot(Object* o) { return str_hash(cast<Str>(o)); }

static Ref<> str_compare(Object* a, Object* b, CompareOp op) {
    if (!is_str(a) || !is_str(b)) return not_implemented();
    const Str* x = cast<Str>(a);
    const Str* y = cast<Str>(b);
    if (op == CompareOp::Eq) return bool_from(str_equal(x, y));
    if (op == CompareOp::Ne) return bool_from(!str_equal(x, y));
    return bool_from(compare_values(str_compare_text(x, y), 0, op) != 0);
}

// CPython has no nb_add for str: `a + b` tries the right operand's __radd__
// and only then concatenates (sq_concat), which is where the error comes
// from. Called as the left operand with a non-str right one, this slot asks
// the right operand first, so `'a' + Foo()` reaches Foo.__radd__.
static Ref<> try_right_operand(Object* a, Object* b, BinaryOp op, BinaryFn self_slot) {
    BinaryFn other = b->type->binary[static_cast<int>(op)];
    if (!other || other == self_slot) return not_implemented();
    return other(a, b);
}

static Ref<> str_concat(Str* a, Str* b) {
    if (b->length == 0) return str_unchanged(a);
    if (a->length == 0) return str_unchanged(b);
    if (a->ascii() && b->ascii()) {  // the common case, without the kind dispatch
        Ref<Str> r = str_try_new_uninit(a->length + b->length, 0x7F);
        if (!r) return nullptr;
        auto* out = static_cast<char*>(r->kind_data());
        std::memcpy(out, a->kind_data(), static_cast<std::size_t>(a->length));
        std::memcpy(out + a->length, b->kind_data(), static_cast<std::size_t>(b->length));
        return r;
    }
    Ref<Str> r = str_try_new_uninit(a->length + b->length, std::max(str_max_class(a), str_max_class(b)));
    if (!r) return nullptr;
    str_copy_chars(r.get(), 0, a, 0, a->length);
    str_copy_chars(r.get(), a->length, b, 0, b->length);
    return r;
}

static Ref<> str_add(Object* a, Object* b) {
    if (!is_str(a)) return not_implemented();
    if (is_str(b)) return str_concat(cast<Str>(a), cast<Str>(b));
    Ref<> r = try_right_operand(a, b, BinaryOp::Add, str_add);
    if (!r || r.get() != NotImplemented) return r;
    return raisef(exc::TypeError, "can only concatenate str (not \"{}\") to str", type_name(b));
}

// sequence_repeat: the count goes through __index__, and an int too large
// for an index is an OverflowError with CPython's wording.
static Ref<> str_repeat(Str* s, Object* count) {
    Ref<> index = number_index(count);
    if (!index) return nullptr;
    auto n = int_to_i64(cast<Int>(index.get()));
    if (!n) return raisef(exc::OverflowError, "cannot fit '{}' into an index-sized integer", type_name(count));
    if (*n <= 0 || s->length == 0) return share(str_empty());
    if (*n == 1) return str_unchanged(s);
    if (s->length > std::numeric_limits<std::int64_t>::max() / *n)
        return raise(exc::OverflowError, "repeated string is too long");
    const std::int64_t total = s->length * *n;
    if (total > (std::int64_t{1} << 40)) return raise(exc::MemoryError, "");
    Ref<Str> r = str_try_new_uninit(total, str_max_class(s));
    if (!r) return nullptr;
    auto* out = static_cast<char*>(r->kind_data());
    const auto bytes = static_cast<std::size_t>(total) * static_cast<std::size_t>(s->kind());
    if (s->length == 1 && s->kind() == 1) {
        std::memset(out, s->latin1()[0], bytes);
        return r;
    }
    // Doubling copies, as CPython's _PyBytes_Repeat.
    const auto unit = static_cast<std::size_t>(s->length) * static_cast<std::size_t>(s->kind());
    std::memcpy(out, s->kind_data(), unit);
    std::size_t done = unit;
    while (done < bytes) {
        const std::size_t chunk = std::min(done, bytes - done);
        std::memcpy(out + done, out, chunk);
        done += chunk;
    }
    return r;
}

static bool is_index_like(Object* o) { return is_int(o) || o->type->to_index != nullptr; }

static Ref<> str_mul(Object* a, Object* b) {
    Object* seq = is_str(a) ? a : b;
    Object* count = seq == a ? b : a;
    if (seq == a && !is_str(b)) {
        // Give the right operand's __rmul__ its chance first (see str_add):
        // a class's only, since a builtin sequence's slot would read this
        // str as its count ('a' * b'x').
        if (!is_index_like(b) && b->type->has_flag(type_flags::kHeapType)) {
            Ref<> r = try_right_operand(a, b, BinaryOp::Mul, str_mul);
            if (!r || r.get() != NotImplemented) return r;
        }
    }
    if (!is_index_like(count))
        return raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(count));
    return str_repeat(cast<Str>(seq), count);
}

static Ref<> str_mod(Object* a, Object* b) {
    if (!is_str(a)) return not_implemented();
    return percent_format_str(cast<Str>(a), b);
}

static std::int64_t str_length(Object* o) { return cast<Str>(o)->length; }

static int str_to_bool(Object* o) { return cast<Str>(o)->length != 0; }

static Ref<> str_slice(Str* s, Slice* slice) {
    std::int64_t start, stop, step, count;
    if (!slice_indices(slice, s->length, start, stop, step, count)) return nullptr;
    if (count <= 0) return share(str_empty());
    if (step == 1) return str_substring(s, start, start + count);
    // Like CPython, a new str even for one code point ('ab'[::2] is not 'a').
    // The picked code points' class first (their OR stands for their
    // maximum: the kind boundaries are powers of two), then the copy.
    return str_visit(s, [&](const auto* data) -> Ref<> {
        std::uint32_t bits = 0;
        for (std::int64_t i = 0, pos = start; i < count; ++i, pos += step) bits |= data[pos];
        Ref<Str> out = str_new_uninit(count, bits);
        auto pick = [&](auto* to) {
            using T = std::remove_pointer_t<decltype(to)>;
            for (std::int64_t i = 0, pos = start; i < count; ++i, pos += step) to[i] = static_cast<T>(data[pos]);
        };
        switch (out->kind()) {
        case 1: pick(static_cast<std::uint8_t*>(out->kind_data())); break;
        case 2: pick(static_cast<std::uint16_t*>(out->kind_data())); break;
        default: pick(static_cast<std::uint32_t*>(out->kind_data())); break;
        }
        return out;
    });
}

static Ref<> str_getitem(Object* o, Object* key) {
    Str* s = cast<Str>(o);
    if (is_index_like(key)) {
        Ref<> index = number_index(key);
        if (!index) return nullptr;
        auto i = int_to_i64(cast<Int>(index.get()));
        if (!i) return raisef(exc::IndexError, "cannot fit '{}' into an index-sized integer", type_name(key));
        std::int64_t pos = *i < 0 ? *i + s->length : *i;
        if (pos < 0 || pos >= s->length) return raise(exc::IndexError, "string index out of range");
        return str_from_codepoint(s->at(pos));
    }
    if (key->type == &SliceType) return str_slice(s, cast<Slice>(key));
    return raisef(exc::TypeError, "string indices must be integers, not '{}'", type_name(key));
}

static int str_contains(Object* o, Object* item) {
    if (!is_str(item)) {
        raisef(exc::TypeError, "'in <string>' requires string as left operand, not {}", type_name(item));
        return -1;
    }
    const Str* s = cast<Str>(o);
    return str_find_in(s, cast<Str>(item), 0, s->length, false) >= 0;
}

static Ref<> str_iter(Object* o) { return str_iter_new(cast<Str>(o)); }

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
static Ref<> str_construct(const Args& args) {
    if (!args.kwnames && args.count == 1) return str(args.values[0]);  // str(x), the common call
    static const ArgSpec spec{"str", {"object", "encoding", "errors"}, 0};
    Object* a[3] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    Object* object = a[0];
    if (!a[1] && !a[2]) return object ? str(object) : share<Object>(str_empty());
    std::string_view encoding = "utf-8", errors = "strict";
    if (a[1]) {
        if (!is_str(a[1]))
            return raisef(exc::TypeError, "str() argument 'encoding' must be str, not {}", arg_type_name(a[1]));
        encoding = cast<Str>(a[1])->view();
    }
    if (a[2]) {
        if (!is_str(a[2]))
            return raisef(exc::TypeError, "str() argument 'errors' must be str, not {}", arg_type_name(a[2]));
        errors = cast<Str>(a[2])->view();
    }
    if (!object) return share<Object>(str_empty());
    if (is_str(object)) return raise(exc::TypeError, "decoding str is not supported");
    std::string holder;
    std::string_view raw;
    const int got = bytes_like(object, holder, raw);
    if (got < 0) return nullptr;
    if (got == 0)
        return raisef(exc::TypeError, "decoding to str: need a bytes-like object, {} found", type_name(object));
    return codec_decode(raw, encoding, errors);
}

static Ref<> str_new_instance(Type* type, const Args& args) {
    Ref<> result = str_construct(args);
    if (!result || type == &StrType) return result;
    // A subclass instance: the same text in an object of the subtype.
    if (!is_str(result.get()))
        return raisef(exc::TypeError, "__str__ returned non-string (type {})", type_name(result.get()));
    Str* text = cast<Str>(result.get());
    Ref<Str> s = Ref<Str>::adopt(str_new_raw(type, text->length, str_max_class(text), text->length));
    str_copy_chars(s.get(), 0, text, 0, text->length);
    // A class's instance may hold its own attributes, and so cycles.
    if (type->has_flag(type_flags::kHasGC)) gc_track(s.get());
    return s;
}

// __getnewargs__ (for copy and pickle): the text as an exact str.
static Ref<> str_getnewargs(Object* self, const Args& args) {
    if (!check_no_args("str.__getnewargs__", args)) return nullptr;
    Str* s = cast<Str>(self);
    StrWriter copy;
    copy.append(s);
    Ref<Str> text = copy.finish();
    return tuple_from({text.get()});
}

// ------------------------------------------------------------------- init

void str_type_init() {
    // Set first: type_init_builtin may already make strings (the type's name).
    // The sizes come from each str's head (str_block_size); a non-zero
    // item_size marks the type as variable-size, which type_new refuses to
    // give an instance __dict__.
    StrType.basic_size = sizeof(Str) + 1;
    StrType.item_size = 1;
    StrType.allocated_size = str_allocated_size;
    StrType.size_of = str_size_of;
    type_init_builtin(StrType, "str", &ObjectType, sizeof(Str) + 1,
                      type_flags::kBaseType | type_flags::kStrSubclass);
    StrType.item_size = 1;
    StrType.destroy = str_destroy;
    StrType.repr = str_repr_slot;
    StrType.str = str_str_slot;
    StrType.hash = str_hash_slot;
    StrType.compare = str_compare;
    StrType.binary[static_cast<int>(BinaryOp::Add)] = str_add;
    StrType.binary[static_cast<int>(BinaryOp::Mul)] = str_mul;
    StrType.binary[static_cast<int>(BinaryOp::Mod)] = str_mod;
    StrType.to_bool = str_to_bool;
    StrType.length = str_length;
    StrType.getitem = str_getitem;
    StrType.contains = str_contains;
    StrType.iter = str_iter;
    StrType.new_instance = str_new_instance;
    add_methods(StrType, {{"__getnewargs__", str_getnewargs}});
    str_add_search_methods(StrType);
    str_add_case_methods(StrType);
    str_add_layout_methods(StrType);
    str_add_format_methods(StrType);
    str_add_codec_methods(StrType);
    type_ready(StrType);
    str_iter_types_init();
}

}  // namespace minipy
