// str: the object, its caches and intern table, hashing, repr, and the type
// slots (operators, indexing, construction). The methods live in
// str_search.cpp, str_case.cpp, str_layout.cpp, str_format.cpp and codecs.cpp.
//
// Layout: the UTF-8 text follows the Str header, then one NUL byte. The NUL is
// part of the fixed size (basic_size = sizeof(Str) + 1, item_size = 1), so that
// `size` counts exactly the text's bytes and a str of n bytes occupies
// sizeof(Str) + 1 + n, like CPython's compact ASCII strings (sys.getsizeof('')
// is 49 in both).
//
// Sharing, as CPython 3.11 does it:
//  * '' is one object, and so is every one-character string below U+0100
//    (`'abc'[0] is 'a'`); they are created on first use and never freed.
//  * intern_str() makes a string canonical without owning it ("mortal"
//    interning): the table drops the entry when the string dies, so
//    sys.getrefcount reports the same counts as CPython. intern(text), the
//    runtime's own names, makes the string immortal instead.
#include "runtime/text/str.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
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
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace minipy {

Type StrType;

namespace {

Str* empty_string = nullptr;     // owned by this cache for the whole program
Str* latin1_chars[256] = {};     // likewise, created on first use

// The intern table maps text to its canonical str. Keys view the string's own
// bytes, so an entry must be erased before its string is freed. Allocated
// once and never destroyed: strings may die during static destruction.
using InternTable = std::unordered_map<std::string_view, Str*>;
InternTable& intern_table() {
    static auto* table = new InternTable();
    return *table;
}

Ref<Str> alloc_exact(std::size_t bytes) { return new_var_object<Str>(&StrType, bytes); }

Str* latin1_char(std::uint32_t cp) {
    Str*& slot = latin1_chars[cp];
    if (!slot) {
        char buf[2];
        const int n = unicode::utf8_encode(cp, buf);
        Ref<Str> s = alloc_exact(static_cast<std::size_t>(n));
        std::memcpy(s->data(), buf, static_cast<std::size_t>(n));
        s->length = 1;
        s->ascii = cp < 0x80;
        str_hash(s.get());  // as interned strs: compared often, and a known hash settles inequality
        slot = s.release();
    }
    return slot;
}

Str* empty() {
    if (!empty_string) empty_string = alloc_exact(0).release();
    return empty_string;
}

}  // namespace

// ------------------------------------------------------------ construction

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

Ref<Str> str_alloc(std::size_t bytes) { return alloc_exact(bytes); }

void str_finish(Str* s) {
    const std::string_view text = s->view();
    bool ascii = true;
    for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
    s->ascii = ascii;
    s->length = ascii ? s->size : unicode::utf8_count(text);
    s->hash = -1;
}

Ref<Str> str_new(std::string_view utf8, std::int64_t length, bool ascii) {
    if (utf8.empty()) return share(empty());
    if (length == 1) {
        const char* p = utf8.data();
        const std::uint32_t cp = unicode::utf8_next(p);
        if (cp < 256) return share(latin1_char(cp));
    }
    Ref<Str> s = alloc_exact(utf8.size());
    if (!s) return nullptr;
    std::memcpy(s->data(), utf8.data(), utf8.size());
    s->length = length;
    s->ascii = ascii;
    return s;
}

Ref<Str> str_from(std::string_view utf8) {
    bool ascii = true;
    for (char c : utf8) ascii &= static_cast<unsigned char>(c) < 0x80;
    const auto length = ascii ? static_cast<std::int64_t>(utf8.size()) : unicode::utf8_count(utf8);
    return str_new(utf8, length, ascii);
}

Ref<Str> str_from_codepoint(std::uint32_t cp) {
    if (cp < 256) return share(latin1_char(cp));
    char buf[4];
    const int n = unicode::utf8_encode(cp, buf);
    return str_new(std::string_view(buf, static_cast<std::size_t>(n)), 1, false);
}

Ref<Str> str_unchanged(Object* self) {
    if (is_exact_str(self)) return share(cast<Str>(self));
    Str* s = cast<Str>(self);
    return str_new(s->view(), s->length, s->ascii);
}

// ---------------------------------------------------------------- interning

Str* intern(std::string_view utf8) {
    InternTable& table = intern_table();
    if (auto it = table.find(utf8); it != table.end()) {
        Str* s = it->second;
        if (!s->immortal) {
            incref(s);  // the table's permanent reference
            s->immortal = true;
        }
        return s;
    }
    Str* s = str_from(utf8).release();  // this reference is never released
    s->interned = true;
    s->immortal = true;
    str_hash(s);  // interned strs carry their hash, so str_equal rarely reads their text
    table.emplace(s->view(), s);
    return s;
}

Ref<Str> intern_str(Ref<Str> s) {
    if (s->interned) return s;
    InternTable& table = intern_table();
    if (auto it = table.find(s->view()); it != table.end()) return share(it->second);
    s->interned = true;
    str_hash(s.get());
    table.emplace(s->view(), s.get());
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

std::string str_repr(std::string_view utf8) {
    const bool has_single = utf8.find('\'') != std::string_view::npos;
    const bool has_double = utf8.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(utf8.size() + 2);
    out += quote;
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) {
        const std::uint32_t cp = unicode::utf8_next(p);
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
    out += quote;
    return out;
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

// ------------------------------------------------------ indexes and offsets

// Indexing non-ASCII text walks the UTF-8. To keep `for i in range(len(s)):
// s[i]` linear rather than quadratic, the last position found is remembered
// (one cursor for the whole runtime; str_destroy forgets it) and the next
// walk starts from whichever of the start, the cursor or the end is nearest.
namespace {
struct Cursor {
    const Str* str = nullptr;
    std::int64_t index = 0;
    std::size_t offset = 0;
} cursor;
}  // namespace

std::size_t str_byte_offset(const Str* s, std::int64_t index) {
    if (s->ascii || index <= 0) return static_cast<std::size_t>(std::max<std::int64_t>(index, 0));
    if (index >= s->length) return static_cast<std::size_t>(s->size);
    std::int64_t at = 0;
    std::size_t offset = 0;
    if (cursor.str == s && std::abs(cursor.index - index) < index) {
        at = cursor.index;
        offset = cursor.offset;
    }
    if (s->length - index < std::abs(at - index)) {
        at = s->length;
        offset = static_cast<std::size_t>(s->size);
    }
    const char* p = s->data() + offset;
    for (; at < index; ++at) p += unicode::utf8_seq_len(static_cast<unsigned char>(*p));
    for (; at > index; --at) unicode::utf8_prev(p);
    cursor = {s, index, static_cast<std::size_t>(p - s->data())};
    return cursor.offset;
}

std::int64_t str_cp_index(const Str* s, std::size_t offset) {
    if (s->ascii) return static_cast<std::int64_t>(offset);
    return unicode::utf8_count(s->view().substr(0, offset));
}

Ref<Str> str_substring(Str* s, std::int64_t start, std::int64_t end) {
    if (start <= 0 && end >= s->length) return str_unchanged(s);
    if (start >= end) return share(empty());
    if (s->ascii) return str_new(s->view().substr(start, end - start), end - start, true);
    const std::size_t from = str_byte_offset(s, start);
    const std::size_t to = from + unicode::utf8_offset(s->view().substr(from), end - start);
    const std::string_view part = s->view().substr(from, to - from);
    return str_new(part, end - start, part.size() == static_cast<std::size_t>(end - start));
}

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
// spare room (as a list does), recorded here with its block size, and later
// appends fill the room without copying. Only strings made this way are in
// the table; they are freed with their real block size.

namespace {

std::unordered_map<const Str*, std::size_t>& growable_blocks() {
    static auto* blocks = new std::unordered_map<const Str*, std::size_t>();
    return *blocks;
}

// A str with room for `capacity` bytes of text (and the NUL); null with
// MemoryError set when the block cannot be had.
Str* alloc_growable(std::size_t capacity) {
    const std::size_t bytes = StrType.basic_size + capacity;
    void* block = heap_alloc(bytes);
    if (!block) {
        raise_object(exc::MemoryError);
        return nullptr;
    }
    std::memset(block, 0, StrType.basic_size);
    auto* s = ::new (block) Str();
    s->refcount = 1;
    s->type = &StrType;
    s->growable = true;
    growable_blocks().emplace(s, bytes);
    return s;
}

std::size_t capacity_of(const Str* s) {
    if (!s->growable) return static_cast<std::size_t>(s->size);
    auto& blocks = growable_blocks();
    if (auto it = blocks.find(s); it != blocks.end()) return it->second - StrType.basic_size;
    return static_cast<std::size_t>(s->size);
}

}  // namespace

Ref<> str_concat_consuming(Ref<> left, Object* right) {
    if (!is_exact_str(left.get()) || !is_str(right) || left->refcount != 1 || cast<Str>(left.get())->interned)
        return binary_op(left.get(), right, BinaryOp::Add);
    Str* s = cast<Str>(left.get());
    const Str* r = cast<Str>(right);
    if (r->size == 0) return left;
    const std::size_t old_size = static_cast<std::size_t>(s->size);
    const std::size_t needed = old_size + static_cast<std::size_t>(r->size);
    Str* target = s;
    if (needed > capacity_of(s)) {
        target = alloc_growable(needed + needed / 2 + 16);
        if (!target) return nullptr;
        std::memcpy(target->data(), s->data(), old_size);
        target->length = s->length;
        target->ascii = s->ascii;
    }
    std::memcpy(target->data() + old_size, r->data(), static_cast<std::size_t>(r->size));
    target->data()[needed] = '\0';
    target->size = static_cast<std::int64_t>(needed);
    target->length += r->length;
    target->ascii = target->ascii && r->ascii;
    target->hash = -1;
    if (target == s) return left;
    return Ref<>::adopt(target);  // `left`, the old string, dies here
}

static void str_destroy(Object* o) {
    auto* s = cast<Str>(o);
    if (cursor.str == s) cursor.str = nullptr;
    if (s->interned) {
        InternTable& table = intern_table();
        if (auto it = table.find(s->view()); it != table.end() && it->second == s) table.erase(it);
    }
    if (s->growable) {
        auto& blocks = growable_blocks();
        auto it = blocks.find(s);
        const std::size_t bytes = it->second;
        blocks.erase(it);
        s->~Str();
        heap_free(s, bytes);
        return;
    }
    delete_object(s);
}

static Ref<> str_repr_slot(Object* o) { return str_from(str_repr(cast<Str>(o)->view())); }

static Ref<> str_str_slot(Object* o) { return str_unchanged(o); }

static std::int64_t str_hash_slot(Object* o) { return str_hash(cast<Str>(o)); }

// Code point order is UTF-8 byte order, so a byte comparison is exact.
static Ref<> str_compare(Object* a, Object* b, CompareOp op) {
    if (!is_str(a) || !is_str(b)) return not_implemented();
    const Str* x = cast<Str>(a);
    const Str* y = cast<Str>(b);
    if (op == CompareOp::Eq) return bool_from(str_equal(x, y));
    if (op == CompareOp::Ne) return bool_from(!str_equal(x, y));
    return bool_from(compare_values(x->view().compare(y->view()), 0, op) != 0);  // UTF-8 orders as code points do
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
    if (b->size == 0) return str_unchanged(a);
    if (a->size == 0) return str_unchanged(b);
    Ref<Str> r = alloc_exact(static_cast<std::size_t>(a->size + b->size));
    if (!r) return nullptr;
    std::memcpy(r->data(), a->data(), static_cast<std::size_t>(a->size));
    std::memcpy(r->data() + a->size, b->data(), static_cast<std::size_t>(b->size));
    r->length = a->length + b->length;
    r->ascii = a->ascii && b->ascii;
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
    if (*n <= 0 || s->size == 0) return share(empty());
    if (*n == 1) return str_unchanged(s);
    if (s->size > std::numeric_limits<std::int64_t>::max() / *n)
        return raise(exc::OverflowError, "repeated string is too long");
    const std::int64_t total = s->size * *n;
    if (total > (std::int64_t{1} << 40)) return raise(exc::MemoryError, "");
    if (s->length == 1 && s->ascii) {
        Ref<Str> r = alloc_exact(static_cast<std::size_t>(total));
        if (!r) return nullptr;
        std::memset(r->data(), s->data()[0], static_cast<std::size_t>(total));
        r->length = total;
        return r;
    }
    Ref<Str> r = alloc_exact(static_cast<std::size_t>(total));
    if (!r) return nullptr;
    // Doubling copies, as CPython's _PyBytes_Repeat.
    std::memcpy(r->data(), s->data(), static_cast<std::size_t>(s->size));
    std::int64_t done = s->size;
    while (done < total) {
        const std::int64_t chunk = std::min(done, total - done);
        std::memcpy(r->data() + done, r->data(), static_cast<std::size_t>(chunk));
        done += chunk;
    }
    r->length = s->length * *n;
    r->ascii = s->ascii;
    return r;
}

static bool is_index_like(Object* o) { return is_int(o) || o->type->to_index != nullptr; }

static Ref<> str_mul(Object* a, Object* b) {
    Object* seq = is_str(a) ? a : b;
    Object* count = seq == a ? b : a;
    if (seq == a && !is_str(b)) {
        // Give the right operand's __rmul__ its chance first (see str_add).
        if (!is_index_like(b)) {
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

static int str_to_bool(Object* o) { return cast<Str>(o)->size != 0; }

static Ref<> str_char_at(Str* s, std::int64_t i) {
    if (s->ascii) return share(latin1_char(static_cast<unsigned char>(s->data()[i])));
    const char* p = s->data() + str_byte_offset(s, i);
    return str_from_codepoint(unicode::utf8_next(p));
}

static Ref<> str_slice(Str* s, Slice* slice) {
    std::int64_t start, stop, step, count;
    if (!slice_indices(slice, s->length, start, stop, step, count)) return nullptr;
    if (count <= 0) return share(empty());
    if (step == 1) return str_substring(s, start, start + count);
    if (s->ascii) {
        std::string out;
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t i = 0, pos = start; i < count; ++i, pos += step) out += s->data()[pos];
        return str_new(out, count, true);
    }
    // Decode once into code point offsets, then pick.
    std::vector<std::uint32_t> offsets;
    offsets.reserve(static_cast<std::size_t>(s->length) + 1);
    for (std::int64_t pos = 0; pos < s->size;) {
        offsets.push_back(static_cast<std::uint32_t>(pos));
        pos += unicode::utf8_seq_len(static_cast<unsigned char>(s->data()[pos]));
    }
    offsets.push_back(static_cast<std::uint32_t>(s->size));
    std::string out;
    bool ascii = true;
    for (std::int64_t i = 0, pos = start; i < count; ++i, pos += step) {
        const std::uint32_t from = offsets[static_cast<std::size_t>(pos)];
        const std::uint32_t to = offsets[static_cast<std::size_t>(pos) + 1];
        ascii &= to - from == 1;
        out.append(s->data() + from, to - from);
    }
    return str_new(out, count, ascii);
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
        return str_char_at(s, pos);
    }
    if (key->type == &SliceType) return str_slice(s, cast<Slice>(key));
    return raisef(exc::TypeError, "string indices must be integers, not '{}'", type_name(key));
}

static int str_contains(Object* o, Object* item) {
    if (!is_str(item)) {
        raisef(exc::TypeError, "'in <string>' requires string as left operand, not {}", type_name(item));
        return -1;
    }
    return cast<Str>(o)->view().find(cast<Str>(item)->view()) != std::string_view::npos;
}

static Ref<> str_iter(Object* o) { return str_iter_new(cast<Str>(o)); }

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
static Ref<> str_construct(const Args& args) {
    static const ArgSpec spec{"str", {"object", "encoding", "errors"}, 0};
    Object* a[3] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    Object* object = a[0];
    if (!a[1] && !a[2]) return object ? str(object) : share<Object>(empty());
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
    if (!object) return share<Object>(empty());
    if (is_str(object)) return raise(exc::TypeError, "decoding str is not supported");
    if (!is_bytes(object))
        return raisef(exc::TypeError, "decoding to str: need a bytes-like object, {} found", type_name(object));
    return codec_decode(cast<Bytes>(object)->view(), encoding, errors);
}

static Ref<> str_new_instance(Type* type, const Args& args) {
    Ref<> result = str_construct(args);
    if (!result || type == &StrType) return result;
    // A subclass instance: the same text in an object of the subtype.
    if (!is_str(result.get()))
        return raisef(exc::TypeError, "__str__ returned non-string (type {})", type_name(result.get()));
    Str* text = cast<Str>(result.get());
    Ref<Str> s = new_var_object<Str>(type, static_cast<std::size_t>(text->size));
    std::memcpy(s->data(), text->data(), static_cast<std::size_t>(text->size));
    s->length = text->length;
    s->ascii = text->ascii;
    return s;
}

// __getnewargs__ (for copy and pickle): the text as an exact str.
static Ref<> str_getnewargs(Object* self, const Args& args) {
    if (!check_no_args("str.__getnewargs__", args)) return nullptr;
    Str* s = cast<Str>(self);
    Ref<Str> copy = str_new(s->view(), s->length, s->ascii);
    return tuple_from({copy.get()});
}

// ------------------------------------------------------------------- init

void str_type_init() {
    // Set first: type_init_builtin may already make strings (the type's name).
    StrType.basic_size = sizeof(Str) + 1;
    StrType.item_size = 1;
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
