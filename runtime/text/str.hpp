// str: immutable Unicode text as CPython 3.11's PEP 393 compact strings
// (Include/cpython/unicodeobject.h, Objects/unicodeobject.c).
//
// Layout. Every str is one block: a head, then its code points, one to four
// bytes each, then one NUL code point.
//
//   ASCII (every code point < 128):   Str (48 bytes)        + length + 1 bytes
//   anything else:                    StrCompact (72 bytes) + (length + 1) * kind bytes
//
// The kind is the narrowest that holds the widest code point: 1 (Latin-1,
// < 256), 2 (UCS-2, < 65536) or 4 (UCS-4). It is canonical: two equal strs
// have the same kind and ASCII-ness, so unequal kinds settle `==` at once,
// and s[i] is O(1). These are CPython's heads field for field (PyASCIIObject
// and PyCompactUnicodeObject), so sys.getsizeof('') is 49, 'é' 74, '€' 76.
//
// The UTF-8 form. Most of the runtime reads text as UTF-8 (`view()`). An
// ASCII str's code points are already its UTF-8. Any other str makes its
// UTF-8 on the first view() and keeps it (the `utf8` field, owned, freed
// with the str), and __sizeof__ counts it (utf8_length + 1) as CPython
// counts its cached UTF-8. CPython makes that cache only in a few places
// (compile(), a class or module name), so the operations memory scripts
// use (creation, +, *, slicing, indexing, iteration, comparison, hashing,
// `in`, repr, str, print, format, f-strings, join, split, find ...) read
// the code points instead, or a temporary UTF-8 copy (StrUtf8), and leave
// sys.getsizeof(s) as CPython's. tests/golden/DEVIATIONS.md lists the
// operations that make the UTF-8 form where CPython does not.
//
// The state word is CPython's bitfield (interned, kind, compact, ascii,
// ready); minipy's own flag, growable, sits in one of its unused bits and
// the growable block's capacity in the `wstr` slot (always null in a
// CPython 3.11 compact str). Sharing and interning follow CPython: see
// str.cpp.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

// PyASCIIObject.state, bit for bit; `growable` is minipy's.
struct StrState {
    std::uint32_t interned : 2;  // kNotInterned, kInternedMortal, kInternedImmortal
    std::uint32_t kind : 3;      // bytes per code point: 1, 2 or 4
    std::uint32_t compact : 1;   // always 1: the code points follow the head
    std::uint32_t ascii : 1;     // every code point < 128 (then the head is 48 bytes)
    std::uint32_t ready : 1;     // always 1 (PEP 393's legacy strings do not exist here)
    std::uint32_t growable : 1;  // spare room after the text for in-place `+=` (str_concat_consuming)
    std::uint32_t : 23;
};

// SSTATE_NOT_INTERNED, SSTATE_INTERNED_MORTAL, SSTATE_INTERNED_IMMORTAL:
// a mortal interned str is dropped from the table when it dies; an
// immortal one (intern(), the runtime's own names) is never freed.
inline constexpr std::uint32_t kNotInterned = 0;
inline constexpr std::uint32_t kInternedMortal = 1;
inline constexpr std::uint32_t kInternedImmortal = 2;

// PyASCIIObject: the whole head of an ASCII str.
struct Str : Object {
    std::int64_t length = 0;  // code points
    std::int64_t hash = -1;   // -1 until computed
    StrState state{};
    // CPython's wstr pointer. minipy keeps a growable str's capacity here
    // (code points that fit before the NUL); 0 otherwise.
    std::int64_t capacity = 0;

    bool ascii() const { return state.ascii; }
    int kind() const { return static_cast<int>(state.kind); }
    bool interned() const { return state.interned != kNotInterned; }

    // The code points (PyUnicode_DATA), right after the head.
    const void* kind_data() const;
    void* kind_data() { return const_cast<void*>(static_cast<const Str*>(this)->kind_data()); }
    const std::uint8_t* latin1() const { return static_cast<const std::uint8_t*>(kind_data()); }
    const std::uint16_t* ucs2() const { return static_cast<const std::uint16_t*>(kind_data()); }
    const std::uint32_t* ucs4() const { return static_cast<const std::uint32_t*>(kind_data()); }
    // Code point `i` (0 <= i < length): PyUnicode_READ.
    std::uint32_t at(std::int64_t i) const {
        switch (state.kind) {
        case 1: return latin1()[i];
        case 2: return ucs2()[i];
        default: return ucs4()[i];
        }
    }

    // The text as UTF-8. Made and cached on first use for a str that is not
    // ASCII (see the header comment); StrUtf8 reads it without caching.
    std::string_view view() const {
        if (state.ascii) return {reinterpret_cast<const char*>(this + 1), static_cast<std::size_t>(length)};
        return utf8_view();
    }

private:
    std::string_view utf8_view() const;
};

// PyCompactUnicodeObject: the head of every str that is not ASCII.
struct StrCompact : Str {
    std::int64_t utf8_length = 0;  // bytes of `utf8`, without its NUL
    char* utf8 = nullptr;          // the cached UTF-8 form (owned), or null
    std::int64_t wstr_length = 0;  // CPython's; always 0 here
};

static_assert(sizeof(Str) == 48 && sizeof(StrCompact) == 72, "CPython 3.11's str heads");

inline const void* Str::kind_data() const {
    return reinterpret_cast<const char*>(this) + (state.ascii ? sizeof(Str) : sizeof(StrCompact));
}

extern Type StrType;

inline bool is_str(const Object* o) { return o->type->has_flag(type_flags::kStrSubclass); }
inline bool is_exact_str(const Object* o) { return o->type == &StrType; }

// A new str from UTF-8 (the caller guarantees it is valid UTF-8).
Ref<Str> str_from(std::string_view utf8);
// A new exact str of `length` code points, the widest below `maxchar`, with
// its code points left for the caller to write (PyUnicode_New). Never one of
// the shared strs, so the caller may fill it.
Ref<Str> str_new_uninit(std::int64_t length, std::uint32_t maxchar);
// The same for a length the program chooses (`"a" * 10**10`): null with
// MemoryError raised when the memory cannot be had, as PyUnicode_New fails.
Ref<Str> str_try_new_uninit(std::int64_t length, std::uint32_t maxchar);
// A new str from code points (PyUnicode_FromKindAndData with UCS-4).
Ref<Str> str_from_ucs4(const std::uint32_t* cps, std::size_t n);

// The interned str with this text (borrowed; lives as long as the program).
Str* intern(std::string_view utf8);
// Interns `s` in place: returns the canonical object (a new reference).
Ref<Str> intern_str(Ref<Str> s);

// The hash of a str with this UTF-8 text (and of bytes with these bytes),
// for lookups by text without making a str. Never -1; 0 for "".
std::int64_t hash_text(std::string_view utf8);
// hash(s) of a str that is not ASCII: hash_text of its UTF-8, made for the
// moment if it is not cached.
std::int64_t str_hash_wide(const Str* s);
// hash(s), computed once and kept in the str.
inline std::int64_t str_hash(Str* s) {
    if (s->hash == -1) s->hash = s->ascii() ? hash_text(s->view()) : str_hash_wide(s);
    return s->hash;
}
// Equal texts have equal kinds, and known, different hashes settle most
// unequal pairs without reading the text.
bool str_equal_text(const Str* a, const Str* b);
inline bool str_equal(const Str* a, const Str* b) {
    if (a == b) return true;
    if (a->length != b->length || a->kind() != b->kind() || a->ascii() != b->ascii() ||
        (a->hash != -1 && b->hash != -1 && a->hash != b->hash))
        return false;
    return str_equal_text(a, b);
}
// s == the str whose UTF-8 is `utf8`, without making s's UTF-8.
bool str_equal_utf8(const Str* s, std::string_view utf8);
// Code point order: <0, 0 or >0. Latin-1 (and ASCII) text orders as its bytes.
int str_compare_wide(const Str* a, const Str* b);
inline int str_compare_text(const Str* a, const Str* b) {
    if (a->kind() != 1 || b->kind() != 1) return str_compare_wide(a, b);
    const std::string_view x(static_cast<const char*>(a->kind_data()), static_cast<std::size_t>(a->length));
    const std::string_view y(static_cast<const char*>(b->kind_data()), static_cast<std::size_t>(b->length));
    return x.compare(y);
}

// The UTF-8 text of `s` for the length of one operation, without caching it
// in `s`: its own bytes when ASCII or already cached, else a private copy
// (CPython's _PyUnicode_AsUTF8String). print, write, format and f-strings
// read text this way.
class StrUtf8 {
public:
    explicit StrUtf8(const Str* s) {
        if (s->ascii()) view_ = s->view();
        else init_wide(s);
    }
    StrUtf8(const StrUtf8&) = delete;
    StrUtf8& operator=(const StrUtf8&) = delete;
    std::string_view view() const { return view_; }

private:
    void init_wide(const Str* s);
    std::string copy_;
    std::string_view view_;
};
// Appends the UTF-8 text of `s` to `out` (no cache made).
void str_append_utf8_wide(std::string& out, const Str* s);
inline void str_append_utf8(std::string& out, const Str* s) {
    if (s->ascii()) out += s->view();
    else str_append_utf8_wide(out, s);
}

// repr(s) with CPython's quoting rules, of UTF-8 text or of a str.
std::string str_repr(std::string_view utf8);
std::string str_repr(const Str* s);
// `left + right` that may append to `left` in place: the evaluator's `name +=
// value` when the name held the only reference to its str (it hands that
// reference over, leaving the name unbound meanwhile, as CPython's
// unicode_concatenate does). Then appending is amortised O(1), so building a
// string with += in a loop is linear. Any other operands: binary `+`.
Ref<> str_concat_consuming(Ref<> left, Object* right);
// The concatenation of `n` strs (borrowed): f-strings and join.
Ref<Str> str_concat_array(Object* const* parts, std::size_t n);

// Single character (code point) strings are cached like CPython's latin-1 cache.
Ref<Str> str_from_codepoint(std::uint32_t cp);

void str_type_init();

}  // namespace minipy
