// Internals shared by the files that implement str (str.cpp, str_*.cpp); not
// a public interface. Indexes are code point indexes unless named *_byte.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/text/str.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

// A str whose length and ASCII-ness the caller already knows (no rescan).
// Returns the cached empty/one-character objects where CPython would.
Ref<Str> str_new(std::string_view utf8, std::int64_t length, bool ascii);
inline Ref<Str> str_from_ascii(std::string_view text) {
    return str_new(text, static_cast<std::int64_t>(text.size()), true);
}

// CPython's unicode_result_unchanged: an exact str is returned as itself, an
// instance of a subclass as an exact copy ('abc'.strip() is 'abc').
Ref<Str> str_unchanged(Object* self);

// Byte offset of code point `index` (0 <= index <= length); O(1) for ASCII.
std::size_t str_byte_offset(const Str* s, std::int64_t index);
// Code point index of byte offset `offset` (a code point boundary).
std::int64_t str_cp_index(const Str* s, std::size_t offset);
// s[start:end] for 0 <= start <= end <= length.
Ref<Str> str_substring(Str* s, std::int64_t start, std::int64_t end);

// The optional start/end arguments of find/count/startswith…: None or an
// index (clamped, never overflowing), then CPython's ADJUST_INDICES against
// `length`. False with TypeError "slice indices must be integers or None or
// have an __index__ method".
bool str_parse_bounds(Object* start, Object* end, std::int64_t length, std::int64_t& s, std::int64_t& e);

// An integer argument (width, count, tabsize...) through __index__; false with
// the exception set ("'float' object cannot be interpreted as an integer").
bool str_index_arg(Object* o, std::int64_t& out);

// "{name}() takes at least {min} argument(s) ({n} given)" / "at most": the
// wording of the methods CPython parses with stringlib (find, count, ...);
// keywords are "{owner}.{name}() takes no keyword arguments".
bool str_check_varargs(std::string_view name, const Args& args, std::size_t min, std::size_t max,
                       std::string_view owner = "str");

// The type name Argument Clinic's messages use: "None" for None, else the
// type's name ("replace() argument 1 must be str, not None").
std::string_view arg_type_name(const Object* o);

// Text that str's methods and the %-format engine build in a std::string,
// to a width or a precision the program chose, before it becomes a str:
// reserves `extra` more bytes in `out`, or is false with MemoryError set
// when they cannot be had (past the heap's ceiling, or refused by the
// allocator: CPython's allocation fails there too).
bool reserve_text(std::string& out, std::int64_t extra);

// ascii(text): repr-style escapes for every non-ASCII code point.
std::string str_ascii_escape(std::string_view utf8);

// Registration of the method groups, called by str_type_init.
void str_add_search_methods(Type& type);   // str_search.cpp
void str_add_case_methods(Type& type);     // str_case.cpp
void str_add_layout_methods(Type& type);   // str_layout.cpp
void str_add_format_methods(Type& type);   // str_format.cpp
void str_add_codec_methods(Type& type);    // codecs.cpp
void str_iter_types_init();                // str_iter.cpp
Ref<> str_iter_new(Str* s);                // str_iter.cpp

}  // namespace minipy
