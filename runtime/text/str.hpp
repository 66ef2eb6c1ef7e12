// str: immutable Unicode text, stored as UTF-8.
//
// `size` (VarObject) counts bytes, `length` code points. When every byte is
// ASCII, indexes are byte offsets and slicing is O(1); otherwise indexing walks
// the UTF-8 (documented cost). The hash is cached. Interned strings are kept
// in one table so `sys.intern(s) is sys.intern(t)` when s == t, and identifier
// -like constants are interned at compile time as in CPython.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

struct Str : VarObject {
    std::int64_t hash = -1;    // -1 until computed
    std::int64_t length = 0;   // code points
    bool ascii = true;
    bool interned = false;
    bool immortal = false;     // interned by the runtime itself (intern()): never freed
    bool growable = false;     // has spare room for in-place appends (str_concat_consuming)

    char* data() { return reinterpret_cast<char*>(this + 1); }  // NUL-terminated UTF-8
    const char* data() const { return reinterpret_cast<const char*>(this + 1); }
    std::string_view view() const { return {data(), static_cast<std::size_t>(size)}; }
};

extern Type StrType;

inline bool is_str(const Object* o) { return o->type->has_flag(type_flags::kStrSubclass); }
inline bool is_exact_str(const Object* o) { return o->type == &StrType; }

// A new str from UTF-8 (the caller guarantees it is valid UTF-8). Like every
// constructor here, null with MemoryError set when a large str cannot be had
// (runtime/core/heap.hpp); a short one always can.
Ref<Str> str_from(std::string_view utf8);
// A new str with `bytes` uninitialised bytes for the caller to fill, then str_finish().
Ref<Str> str_alloc(std::size_t bytes);
void str_finish(Str* s);  // computes length/ascii after filling data()

// The interned str with this text (borrowed; lives as long as the program).
Str* intern(std::string_view utf8);
// Interns `s` in place: returns the canonical object (a new reference).
Ref<Str> intern_str(Ref<Str> s);

// The hash of a str with this UTF-8 text (and of bytes with these bytes),
// for lookups by text without making a str. Never -1; 0 for "".
std::int64_t hash_text(std::string_view utf8);
// hash(s), computed once and kept in the str.
inline std::int64_t str_hash(Str* s) {
    if (s->hash == -1) s->hash = hash_text(s->view());
    return s->hash;
}
// Known, different hashes settle most unequal pairs without reading the text.
inline bool str_equal(const Str* a, const Str* b) {
    if (a == b) return true;
    if (a->size != b->size || (a->hash != -1 && b->hash != -1 && a->hash != b->hash)) return false;
    return a->view() == b->view();
}

// repr(s) with CPython's quoting rules.
std::string str_repr(std::string_view utf8);
// `left + right` that may append to `left` in place: the evaluator's `name +=
// value` when the name held the only reference to its str (it hands that
// reference over, leaving the name unbound meanwhile, as CPython's
// unicode_concatenate does). Then appending is amortised O(1), so building a
// string with += in a loop is linear. Any other operands: binary `+`.
Ref<> str_concat_consuming(Ref<> left, Object* right);

// Single character (code point) strings are cached like CPython's latin-1 cache.
Ref<Str> str_from_codepoint(std::uint32_t cp);

void str_type_init();

}  // namespace minipy
