// Internals shared by the files that implement str (str.cpp, str_*.cpp); not
// a public interface. Indexes count code points. The code point helpers
// follow Objects/unicodeobject.c (_PyUnicode_FastCopyCharacters,
// _PyUnicodeWriter) and Objects/stringlib (find).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/text/str.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace minipy {

// A str of UTF-8 text whose length and ASCII-ness the caller already knows
// (no rescan when ASCII). Returns the cached empty/one-character objects
// where CPython would.
Ref<Str> str_new(std::string_view utf8, std::int64_t length, bool ascii);
inline Ref<Str> str_from_ascii(std::string_view text) {
    return str_new(text, static_cast<std::int64_t>(text.size()), true);
}

// The shared '' and one-character strs below U+0100 (borrowed, never freed).
Str* str_empty();
Str* str_latin1_char(std::uint32_t cp);

// A str of `type` (StrType or a subclass) with `length` code points of the
// kind `maxchar` needs, zero-filled, and room for `room` >= length of them:
// growable (see str_concat_consuming) when room > length.
Str* str_new_raw(Type* type, std::int64_t length, std::uint32_t maxchar, std::int64_t room);

// A code point of the widest class in `s` (ASCII, Latin-1, UCS-2, UCS-4):
// since kinds are canonical, what a result that holds all of `s` needs.
inline std::uint32_t str_max_class(const Str* s) {
    if (s->ascii()) return 0x7F;
    return s->kind() == 1 ? 0xFF : s->kind() == 2 ? 0xFFFF : 0x10FFFF;
}

// Bytes a class derived from str keeps after the text: its instance dict
// pointer, the last word of the block (instance.hpp's tail fields).
inline std::size_t str_class_tail(const Type* type) { return type->basic_size - StrType.basic_size; }

// Bytes of the head: PyASCIIObject or PyCompactUnicodeObject.
inline std::size_t str_head_size(bool ascii) { return ascii ? sizeof(Str) : sizeof(StrCompact); }
// Bytes of the block `s` occupies (growable room included), and what
// sys.getsizeof reports without the collector's header (unicode_sizeof: the
// used part, plus the UTF-8 form once made).
inline std::size_t str_block_size(const Str* s) {
    const std::int64_t room = s->state.growable ? s->capacity : s->length;
    return str_head_size(s->ascii()) + static_cast<std::size_t>(room + 1) * static_cast<std::size_t>(s->kind()) +
           str_class_tail(s->type);
}
std::size_t str_sizeof(const Str* s);
// Frees the cached UTF-8 form, if any (the text is about to change or die).
void str_free_utf8(Str* s);

// CPython's unicode_result_unchanged: an exact str is returned as itself, an
// instance of a subclass as an exact copy ('abc'.strip() is 'abc').
Ref<Str> str_unchanged(Object* self);

// s[start:end] for 0 <= start <= end <= length, in the narrowest kind.
Ref<Str> str_substring(Str* s, std::int64_t start, std::int64_t end);

// The class of the widest code point of s[start:end] (0 when empty), as
// str_max_class gives it (0x7F, 0xFF, 0xFFFF or 0x10FFFF): what a str of
// those code points needs, whatever the largest one is.
std::uint32_t str_max_char(const Str* s, std::int64_t start, std::int64_t end);

// Calls `f` with s's code points as a typed pointer (const uint8_t*,
// const uint16_t* or const uint32_t*), so one generic lambda serves the
// three kinds without a switch per code point.
template <class F>
decltype(auto) str_visit(const Str* s, F&& f) {
    switch (s->kind()) {
    case 1: return f(s->latin1());
    case 2: return f(s->ucs2());
    default: return f(s->ucs4());
    }
}

// Copies `n` code points of `from` (from `from_start`) into `to` at
// `to_start`, converting between kinds; every code point must fit `to`'s kind.
void str_convert_chars(Str* to, std::int64_t to_start, const Str* from, std::int64_t from_start, std::int64_t n);
inline void str_copy_chars(Str* to, std::int64_t to_start, const Str* from, std::int64_t from_start, std::int64_t n) {
    const int kind = to->kind();
    if (kind != from->kind()) return str_convert_chars(to, to_start, from, from_start, n);
    if (n > 0)
        std::memcpy(static_cast<char*>(to->kind_data()) + to_start * kind,
                    static_cast<const char*>(from->kind_data()) + from_start * kind,
                    static_cast<std::size_t>(n) * static_cast<std::size_t>(kind));
}

// Index of the first (or, with `reverse`, last) occurrence of `sub` in
// s[start:end], or -1 (0 <= start, end <= length). An empty `sub` is found
// at `start` (at `end` in reverse) when start <= end.
std::int64_t str_find_in(const Str* s, const Str* sub, std::int64_t start, std::int64_t end, bool reverse);
// The non-overlapping occurrences of a non-empty `sub` in s[start:end], from
// the left, `limit` at most: their number, and their indexes appended to
// `positions` when it is not null (str_find.cpp).
std::int64_t str_find_all(const Str* s, const Str* sub, std::int64_t start, std::int64_t end, std::int64_t limit,
                          std::vector<std::int64_t>* positions = nullptr);

// Builds a str a piece at a time (CPython's _PyUnicodeWriter): code points are
// kept in the narrowest kind seen so far, widened when a wider one arrives,
// so ASCII text is built with plain byte copies.
class StrWriter {
public:
    void reserve(std::int64_t code_points);
    void append(std::uint32_t cp);
    void append(const Str* s) { append(s, 0, s->length); }
    void append(const Str* s, std::int64_t start, std::int64_t end);
    void append_ascii(std::string_view text);  // every byte < 0x80
    void append_utf8(std::string_view text);   // valid UTF-8
    void append_repeated(std::uint32_t cp, std::int64_t count);
    std::int64_t length() const { return length_; }
    // The str (the shared empty or one-character str where CPython returns one).
    Ref<Str> finish();
    // Lets finish() return an exact str that was appended whole into the
    // empty writer, and nothing after it, as itself, as CPython's
    // _PyUnicodeWriter does ("{}".format(s) is s).
    void share_whole() { may_share_ = true; }

private:
    void widen(int kind, std::uint32_t maxchar);
    void spill();           // copies whole_ into the buffer
    Ref<Str> whole_;        // the str appended whole, not yet copied (see share_whole)
    bool may_share_ = false;
    std::string buffer_;  // length_ code points of kind_ bytes each
    int kind_ = 1;
    std::uint32_t maxchar_ = 0;
    std::int64_t length_ = 0;
};

// The optional start/end arguments of find/count/startswith…: None or an
// index (clamped, never overflowing), then CPython's ADJUST_INDICES against
// `length`. False with TypeError "slice indices must be integers or None or
// have an __index__ method".
[[nodiscard]] bool str_parse_bounds(Object* start, Object* end, std::int64_t length, std::int64_t& s, std::int64_t& e);

// An integer argument (width, count, tabsize...) through __index__; false with
// the exception set ("'float' object cannot be interpreted as an integer").
[[nodiscard]] bool str_index_arg(Object* o, std::int64_t& out);

// "{name}() takes at least {min} argument(s) ({n} given)" / "at most": the
// wording of the methods CPython parses with stringlib (find, count, ...);
// keywords are "{owner}.{name}() takes no keyword arguments".
[[nodiscard]] bool str_check_varargs(std::string_view name, const Args& args, std::size_t min, std::size_t max,
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
// The same for text of `length` code points of the kind `maxchar` needs,
// built outside the heap (a StrWriter padding to a width the program chose)
// or in a str that grows in place (`s += t`), which no try-alloc covers.
bool str_may_allocate(std::int64_t length, std::uint32_t maxchar);

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
