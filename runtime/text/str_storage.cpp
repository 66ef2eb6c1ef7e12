// str storage: PEP 393 compact strings (see str.hpp), after CPython 3.11's
// Objects/unicodeobject.c — allocation (PyUnicode_New), the shared empty and
// Latin-1 strs, UTF-8 in (PyUnicode_DecodeUTF8) and out (the cached form,
// PyUnicode_AsUTF8AndSize, and the uncached one), copies between kinds,
// substrings, comparison and the writer (searching is str_find.cpp).
//
// Sharing, as CPython 3.11 does it: '' is one object, and so is every
// one-character string below U+0100 (`'abc'[0] is 'a'`); they are created
// on first use and never freed.
#include "runtime/core/heap.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

namespace minipy {

namespace {

Str* empty_string = nullptr;  // owned by this cache for the whole program
Str* latin1_chars[256] = {};  // likewise, created on first use

int kind_for(std::uint32_t maxchar) { return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4; }

// The state word of an ASCII str: kind 1, compact, ascii, ready.
constexpr StrState kAsciiState = {kNotInterned, 1, 1, 1, 1, 0};

// The bytes of a str with room for `room` code points of the kind `maxchar`
// needs, and the NUL.
std::size_t str_bytes(std::uint32_t maxchar, std::int64_t room) {
    return str_head_size(maxchar < 0x80) + static_cast<std::size_t>(room + 1) * static_cast<std::size_t>(kind_for(maxchar));
}

// Makes the block `raw` (str_bytes(maxchar, room) long, zero-filled) a str
// of `type` with `length` of its `room` code points in use.
Str* init_str(void* raw, Type* type, std::int64_t length, std::uint32_t maxchar, std::int64_t room) {
    const bool ascii = maxchar < 0x80;
    const int kind = kind_for(maxchar);
    Str* s = ascii ? ::new (raw) Str() : ::new (raw) StrCompact();
    s->refcount = 1;
    s->type = type;
    s->length = length;
    StrState state{};  // built apart, so the word is stored once
    state.kind = static_cast<std::uint32_t>(kind) & 7u;
    state.compact = 1;
    state.ascii = ascii;
    state.ready = 1;
    state.growable = room != length;
    s->state = state;
    if (room != length) s->capacity = room;
    if (type->has_flag(type_flags::kHeapType)) incref(type);
    return s;
}

// A str of `type` with room for `room` code points of the kind `maxchar`
// needs (and the NUL), `length` of them in use, zero-filled.
Str* alloc_str(Type* type, std::int64_t length, std::uint32_t maxchar, std::int64_t room) {
    const std::size_t bytes = str_bytes(maxchar, room) + str_class_tail(type);
    return init_str(object_alloc_bytes(type, bytes), type, length, maxchar, room);
}

template <class C>
void write_at(void* data, std::int64_t i, std::uint32_t cp) {
    static_cast<C*>(data)[i] = static_cast<C>(cp);
}
void write_char(Str* s, std::int64_t i, std::uint32_t cp) {
    switch (s->kind()) {
    case 1: write_at<std::uint8_t>(s->kind_data(), i, cp); break;
    case 2: write_at<std::uint16_t>(s->kind_data(), i, cp); break;
    default: write_at<std::uint32_t>(s->kind_data(), i, cp); break;
    }
}

// The code point at `p` (valid UTF-8, so the text's end never cuts a
// sequence; if a caller broke that promise, U+FFFD and no read past `end`).
std::uint32_t next_cp(const char*& p, const char* end) {
    if (unicode::utf8_seq_len(static_cast<unsigned char>(*p)) > end - p) {
        p = end;
        return 0xFFFD;
    }
    return unicode::utf8_next(p);
}

// Decodes UTF-8 into code points of type C.
// The first `prefix` bytes are known to be ASCII.
template <class C>
void decode_into(C* out, std::string_view utf8, std::size_t prefix) {
    const auto* ascii = reinterpret_cast<const unsigned char*>(utf8.data());
    for (std::size_t i = 0; i < prefix; ++i) out[i] = ascii[i];
    out += prefix;
    const char* p = utf8.data() + prefix;
    const char* end = utf8.data() + utf8.size();
    while (p < end) *out++ = static_cast<C>(next_cp(p, end));
}

// The same for text whose every sequence is known to be whole (checked by
// str_from), one code point per round; ASCII runs go eight bytes at a time
// when tried at every eighth byte only (text that mixes scripts has short
// runs, where a test at each byte costs more than it saves).
// `length` code points are written whatever the text holds: a stray byte
// (broken promise) can neither write past the str nor read past the text.
template <class C>
void decode_whole_into(C* out, std::int64_t length, std::string_view utf8, std::size_t prefix) {
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    C* const out_end = out + length;
    for (std::size_t i = 0; i < prefix; ++i) out[i] = s[i];
    out += prefix;
    std::size_t i = prefix;
    while (i < n && out < out_end) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            *out++ = b;
            ++i;
            if ((i & 7) == 0) {  // a long ASCII run: eight bytes at a time
                std::uint64_t word;
                while (i + 8 <= n && out_end - out >= 8 &&
                       (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0)) {
                    for (int k = 0; k < 8; ++k) out[k] = s[i + k];
                    out += 8;
                    i += 8;
                }
            }
            continue;
        }
        if (static_cast<std::size_t>(unicode::utf8_seq_len(b)) > n - i) break;
        if (b < 0xE0) {
            *out++ = static_cast<C>((b & 0x1Fu) << 6 | (s[i + 1] & 0x3Fu));
            i += 2;
        } else if (b < 0xF0) {
            *out++ = static_cast<C>((b & 0x0Fu) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3Fu));
            i += 3;
        } else {
            *out++ = static_cast<C>((b & 0x07u) << 18 | (s[i + 1] & 0x3Fu) << 12 | (s[i + 2] & 0x3Fu) << 6 |
                                    (s[i + 3] & 0x3Fu));
            i += 4;
        }
    }
    while (out < out_end) *out++ = 0;
}

// Code points in UTF-8 text and the class of the widest (0xFF, 0xFFFF or
// 0x10FFFF), read off the lead bytes in one pass: C2..C3 lead Latin-1,
// C4..EF the rest of the BMP, F0..F4 the astral planes. False when the
// last sequence is cut short (text that broke str_from's promise), so the
// careful decoder handles it.
bool measure_utf8(std::string_view utf8, std::size_t prefix, std::int64_t& length, std::uint32_t& maxchar) {
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    // Eight bytes at a time, each byte's top bits moved to its bit 7 by
    // shifts: a continuation byte is 10xxxxxx; a lead byte above C3 is
    // 1110xxxx or 11110xxx, or 110xxxxx with one of its bits 2..4 set.
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    std::size_t continuations = 0;
    std::uint64_t bmp = 0, astral = 0;
    std::size_t i = prefix;
    while (i + 8 <= n) {
        // Per-byte counters (one byte each, so at most 255 rounds).
        std::uint64_t counts = 0;
        for (int round = 0; round < 255 && i + 8 <= n; ++round, i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            counts += (w & ~(w << 1) & kHigh) >> 7;
            const std::uint64_t lead = w & (w << 1) & kHigh;  // 11xxxxxx
            bmp |= lead & ((w << 2) | (w << 3) | (w << 4) | (w << 5));
            astral |= lead & (w << 2) & (w << 3);
        }
        // Pairs of byte counters into four 16-bit lanes (each < 511), then
        // the lanes summed into the top one (< 2041).
        const std::uint64_t lanes = (counts & 0x00FF00FF00FF00FFull) + ((counts >> 8) & 0x00FF00FF00FF00FFull);
        continuations += static_cast<std::size_t>((lanes * 0x0001000100010001ull) >> 48);
    }
    unsigned char top = 0;
    for (; i < n; ++i) {
        continuations += (s[i] & 0xC0) == 0x80;
        top = std::max(top, s[i]);
    }
    if (astral) top = 0xF0;
    else if (bmp && top < 0xC4) top = 0xC4;
    const std::size_t starts = n - prefix - continuations;
    std::size_t last = n;
    while (last > prefix && (s[last - 1] & 0xC0) == 0x80) --last;
    if (last == prefix || static_cast<std::size_t>(unicode::utf8_seq_len(s[last - 1])) != n - (last - 1)) {
        // The final sequence must end the text exactly (or be ASCII).
        if (last == prefix || s[last - 1] >= 0x80) return false;
    }
    length = static_cast<std::int64_t>(prefix + starts);
    maxchar = top < 0xC4 ? 0xFF : top < 0xF0 ? 0xFFFF : 0x10FFFF;
    return true;
}

// Length of the ASCII prefix of `text`, eight bytes at a time.
std::size_t ascii_prefix(std::string_view text) {
    const char* p = text.data();
    const std::size_t n = text.size();
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ull) break;
    }
    while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
    return i;
}

// Writes the UTF-8 form of n code points at `p` (room for n * (kind + 1)
// bytes: at most 2, 3 or 4 bytes each) and returns the end.
template <class C>
char* write_utf8(char* p, const C* data, std::int64_t n) {
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint32_t cp = data[i];
        if (cp < 0x80) *p++ = static_cast<char>(cp);
        else p += unicode::utf8_encode(cp, p);
    }
    return p;
}

// The most bytes the UTF-8 form of `s` can take.
std::size_t utf8_bound(const Str* s) {
    return static_cast<std::size_t>(s->length) * static_cast<std::size_t>(s->kind() + 1);
}

}  // namespace

// ------------------------------------------------------------ construction

Str* str_empty() {
    if (!empty_string) empty_string = alloc_str(&StrType, 0, 0, 0);
    return empty_string;
}

Str* str_latin1_char(std::uint32_t cp) {
    Str*& slot = latin1_chars[cp];
    if (!slot) {
        slot = alloc_str(&StrType, 1, cp, 1);
        // CPython's one-character strs are static objects, made before any
        // tracing: made on first use here, they are no allocation of the
        // program's to tracemalloc.
        heap_note_free(slot);
        write_char(slot, 0, cp);
        str_hash(slot);  // as interned strs: compared often, and a known hash settles inequality
    }
    return slot;
}

// The code points of a new exact str are left unwritten (the caller writes
// them all: zero-filling them first would write a big str twice); only the
// head and the closing NUL are.
static void terminate(Str* s) {
    std::memset(static_cast<char*>(s->kind_data()) + s->length * s->kind(), 0, static_cast<std::size_t>(s->kind()));
}

Ref<Str> str_new_uninit(std::int64_t length, std::uint32_t maxchar) {
    if (maxchar >= 0x80) {
        void* raw = object_alloc_head(&StrType, str_bytes(maxchar, length), sizeof(StrCompact), false);
        Str* s = init_str(raw, &StrType, length, maxchar, length);
        terminate(s);
        return Ref<Str>::adopt(s);
    }
    // The common case, kept short: an exact ASCII str.
    void* raw = object_alloc_head(&StrType, sizeof(Str) + static_cast<std::size_t>(length) + 1, sizeof(Str), false);
    Str* s = ::new (raw) Str();
    s->refcount = 1;
    s->type = &StrType;
    s->length = length;
    s->state = kAsciiState;
    static_cast<char*>(s->kind_data())[length] = 0;
    return Ref<Str>::adopt(s);
}

Ref<Str> str_try_new_uninit(std::int64_t length, std::uint32_t maxchar) {
    if (length < 0 || length > (std::int64_t{1} << 46)) return raise_memory_error();
    void* raw = object_alloc_head(&StrType, str_bytes(maxchar, length), sizeof(StrCompact), true);
    if (!raw) return raise_memory_error();
    Str* s = init_str(raw, &StrType, length, maxchar, length);
    terminate(s);
    return Ref<Str>::adopt(s);
}

Str* str_new_raw(Type* type, std::int64_t length, std::uint32_t maxchar, std::int64_t room) {
    return alloc_str(type, length, maxchar, room);
}

Ref<Str> str_new(std::string_view utf8, std::int64_t length, bool ascii) {
    if (!ascii) return str_from(utf8);
    if (utf8.empty()) return share(str_empty());
    if (length == 1) return share(str_latin1_char(static_cast<unsigned char>(utf8[0])));
    Ref<Str> s = str_new_uninit(length, 0x7F);
    std::memcpy(s->kind_data(), utf8.data(), utf8.size());
    return s;
}

Ref<Str> str_from(std::string_view utf8) {
    const std::size_t prefix = ascii_prefix(utf8);
    if (prefix == utf8.size()) return str_new(utf8, static_cast<std::int64_t>(utf8.size()), true);
    std::int64_t length = static_cast<std::int64_t>(prefix);
    std::uint32_t maxchar = 0x7F;
    if (measure_utf8(utf8, prefix, length, maxchar)) {
        if (length == 1 && maxchar == 0xFF) {
            const char* p = utf8.data();
            return share(str_latin1_char(unicode::utf8_next(p)));
        }
        Ref<Str> s = str_new_uninit(length, maxchar);
        switch (s->kind()) {
        case 1: decode_whole_into(static_cast<std::uint8_t*>(s->kind_data()), length, utf8, prefix); break;
        case 2: decode_whole_into(static_cast<std::uint16_t*>(s->kind_data()), length, utf8, prefix); break;
        default: decode_whole_into(static_cast<std::uint32_t*>(s->kind_data()), length, utf8, prefix); break;
        }
        return s;
    }
    length = static_cast<std::int64_t>(prefix);
    const char* end = utf8.data() + utf8.size();
    for (const char* p = utf8.data() + prefix; p < end; ++length) maxchar = std::max(maxchar, next_cp(p, end));
    if (length == 1 && maxchar < 0x100) return share(str_latin1_char(maxchar));
    Ref<Str> s = str_new_uninit(length, maxchar);
    switch (s->kind()) {
    case 1: decode_into(static_cast<std::uint8_t*>(s->kind_data()), utf8, prefix); break;
    case 2: decode_into(static_cast<std::uint16_t*>(s->kind_data()), utf8, prefix); break;
    default: decode_into(static_cast<std::uint32_t*>(s->kind_data()), utf8, prefix); break;
    }
    return s;
}

Ref<Str> str_from_ucs4(const std::uint32_t* cps, std::size_t n) {
    StrWriter w;
    w.reserve(static_cast<std::int64_t>(n));
    for (std::size_t i = 0; i < n; ++i) w.append(cps[i]);
    return w.finish();
}

Ref<Str> str_from_codepoint(std::uint32_t cp) {
    if (cp < 0x100) return share(str_latin1_char(cp));
    Ref<Str> s = str_new_uninit(1, cp);
    write_char(s.get(), 0, cp);
    return s;
}

Ref<Str> str_unchanged(Object* self) {
    if (is_exact_str(self)) return share(cast<Str>(self));
    Str* s = cast<Str>(self);
    if (s->length == 0) return share(str_empty());
    if (s->length == 1) return str_from_codepoint(s->at(0));
    Ref<Str> copy = str_new_uninit(s->length, str_max_char(s, 0, s->length));
    str_copy_chars(copy.get(), 0, s, 0, s->length);
    return copy;
}

// ------------------------------------------------------------- the sizes

// unicode___sizeof___impl: the head, the code points and their NUL, and the
// UTF-8 form when it has been made. A growable str's spare room is not
// counted: CPython resizes its strs to the exact size, so its answer is the
// used part.
std::size_t str_sizeof(const Str* s) {
    std::size_t size =
        str_head_size(s->ascii()) + static_cast<std::size_t>(s->length + 1) * static_cast<std::size_t>(s->kind());
    if (!s->ascii()) {
        const auto* c = static_cast<const StrCompact*>(s);
        if (c->utf8) size += static_cast<std::size_t>(c->utf8_length) + 1;
    }
    return size;
}

void str_free_utf8(Str* s) {
    if (s->ascii()) return;
    auto* c = static_cast<StrCompact*>(s);
    if (!c->utf8) return;
    heap_free(c->utf8, static_cast<std::size_t>(c->utf8_length) + 1);
    c->utf8 = nullptr;
    c->utf8_length = 0;
}

// ------------------------------------------------------------------ UTF-8

std::string_view Str::utf8_view() const {
    auto* c = const_cast<StrCompact*>(static_cast<const StrCompact*>(this));
    if (!c->utf8) {
        std::string text;
        str_append_utf8_wide(text, this);
        char* block = static_cast<char*>(heap_alloc(text.size() + 1));
        if (!block) {
            std::fputs("minipy: out of memory\n", stderr);
            std::abort();
        }
        std::memcpy(block, text.c_str(), text.size() + 1);
        c->utf8 = block;
        c->utf8_length = static_cast<std::int64_t>(text.size());
    }
    return {c->utf8, static_cast<std::size_t>(c->utf8_length)};
}

void str_append_utf8_wide(std::string& out, const Str* s) {
    if (const auto* c = static_cast<const StrCompact*>(s); c->utf8) {
        out.append(c->utf8, static_cast<std::size_t>(c->utf8_length));
        return;
    }
    const std::size_t at = out.size();
    out.resize(at + utf8_bound(s));
    char* end = str_visit(s, [&](const auto* data) { return write_utf8(out.data() + at, data, s->length); });
    out.resize(static_cast<std::size_t>(end - out.data()));
}

void StrUtf8::init_wide(const Str* s) {
    if (static_cast<const StrCompact*>(s)->utf8) {
        view_ = s->view();
    } else {
        str_append_utf8_wide(copy_, s);
        view_ = copy_;
    }
}

std::int64_t str_hash_wide(const Str* s) {
    if (static_cast<const StrCompact*>(s)->utf8) return hash_text(s->view());
    // The UTF-8 form for the moment, on the stack when it is short.
    char small[256];
    std::unique_ptr<char[]> big;
    char* buffer = small;
    if (utf8_bound(s) > sizeof small) {
        big.reset(new char[utf8_bound(s)]);
        buffer = big.get();
    }
    const char* end = str_visit(s, [&](const auto* data) { return write_utf8(buffer, data, s->length); });
    return hash_text(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

// ----------------------------------------------------- equality and order

bool str_equal_text(const Str* a, const Str* b) {
    return std::memcmp(a->kind_data(), b->kind_data(),
                       static_cast<std::size_t>(a->length) * static_cast<std::size_t>(a->kind())) == 0;
}

bool str_equal_utf8(const Str* s, std::string_view utf8) {
    if (s->ascii()) return s->view() == utf8;
    if (const auto* c = static_cast<const StrCompact*>(s); c->utf8) return s->view() == utf8;
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    for (std::int64_t i = 0; i < s->length; ++i) {
        if (p >= end || next_cp(p, end) != s->at(i)) return false;
    }
    return p == end;
}

int str_compare_wide(const Str* a, const Str* b) {
    const std::int64_t n = std::min(a->length, b->length);
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint32_t x = a->at(i), y = b->at(i);
        if (x != y) return x < y ? -1 : 1;
    }
    return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

// ------------------------------------------------ copies and substrings

namespace {

template <class To, class From>
void convert(To* to, const From* from, std::int64_t n) {
    if constexpr (sizeof(To) == sizeof(From)) {
        std::memcpy(to, from, static_cast<std::size_t>(n) * sizeof(To));
    } else {
        for (std::int64_t i = 0; i < n; ++i) to[i] = static_cast<To>(from[i]);
    }
}

template <class To>
void copy_from(To* to, const Str* from, std::int64_t from_start, std::int64_t n) {
    str_visit(from, [&](const auto* data) { convert(to, data + from_start, n); });
}

}  // namespace

void str_convert_chars(Str* to, std::int64_t to_start, const Str* from, std::int64_t from_start, std::int64_t n) {
    if (n <= 0) return;
    switch (to->kind()) {
    case 1: copy_from(static_cast<std::uint8_t*>(to->kind_data()) + to_start, from, from_start, n); break;
    case 2: copy_from(static_cast<std::uint16_t*>(to->kind_data()) + to_start, from, from_start, n); break;
    default: copy_from(static_cast<std::uint32_t*>(to->kind_data()) + to_start, from, from_start, n); break;
    }
}

// The code points are OR-ed a block at a time (a loop the compiler
// vectorises), and the scan stops at the first block that reaches the
// widest class the kind allows, as CPython's find_max_char stops early.
std::uint32_t str_max_char(const Str* s, std::int64_t start, std::int64_t end) {
    if (start >= end) return 0;
    if (s->ascii()) return 0x7F;
    return str_visit(s, [&](const auto* data) {
        using C = std::remove_const_t<std::remove_pointer_t<decltype(data)>>;
        const std::uint32_t top = sizeof(C) == 1 ? 0x80u : sizeof(C) == 2 ? 0xFF00u : 0xFFFF0000u;
        constexpr std::int64_t kBlock = 64;
        std::uint32_t bits = 0;
        for (std::int64_t i = start; i < end; i += kBlock) {
            const std::int64_t stop = std::min(end, i + kBlock);
            C block = 0;
            for (std::int64_t k = i; k < stop; ++k) block |= data[k];
            bits |= block;
            if (bits & top) break;
        }
        return bits >= 0x10000 ? 0x10FFFFu : bits >= 0x100 ? 0xFFFFu : bits >= 0x80 ? 0xFFu : 0x7Fu;
    });
}

Ref<Str> str_substring(Str* s, std::int64_t start, std::int64_t end) {
    if (start <= 0 && end >= s->length) return str_unchanged(s);
    if (start >= end) return share(str_empty());
    if (end - start == 1) return str_from_codepoint(s->at(start));
    Ref<Str> r = str_new_uninit(end - start, str_max_char(s, start, end));
    str_copy_chars(r.get(), 0, s, start, end - start);
    return r;
}

// ---------------------------------------------------------------- writer

void StrWriter::reserve(std::int64_t code_points) {
    buffer_.reserve(static_cast<std::size_t>(code_points) * static_cast<std::size_t>(kind_));
}

void StrWriter::widen(int kind, std::uint32_t maxchar) {
    maxchar_ = std::max(maxchar_, maxchar);
    if (kind <= kind_) return;
    std::string wider(static_cast<std::size_t>(length_) * static_cast<std::size_t>(kind), '\0');
    auto widen_from = [&](const auto* from) {
        if (kind == 2) convert(reinterpret_cast<std::uint16_t*>(wider.data()), from, length_);
        else convert(reinterpret_cast<std::uint32_t*>(wider.data()), from, length_);
    };
    if (kind_ == 1) widen_from(reinterpret_cast<const std::uint8_t*>(buffer_.data()));
    else widen_from(reinterpret_cast<const std::uint16_t*>(buffer_.data()));
    buffer_.swap(wider);
    kind_ = kind;
}

void StrWriter::spill() {
    Ref<Str> whole = std::move(whole_);
    length_ = 0;
    may_share_ = false;
    append(whole.get(), 0, whole->length);
}

void StrWriter::append(std::uint32_t cp) {
    if (whole_) spill();
    if (cp > maxchar_) widen(kind_for(cp), cp);
    switch (kind_) {
    case 1: buffer_ += static_cast<char>(cp); break;
    case 2: {
        const auto c = static_cast<std::uint16_t>(cp);
        buffer_.append(reinterpret_cast<const char*>(&c), 2);
        break;
    }
    default: buffer_.append(reinterpret_cast<const char*>(&cp), 4); break;
    }
    ++length_;
}

void StrWriter::append(const Str* s, std::int64_t start, std::int64_t end) {
    if (start >= end) return;
    if (whole_) spill();
    if (may_share_ && length_ == 0 && start == 0 && end == s->length && is_exact_str(s)) {
        whole_ = share(const_cast<Str*>(s));
        length_ = s->length;
        return;
    }
    const std::int64_t n = end - start;
    // A whole str's kind and ASCII-ness are canonical; a part's must be measured.
    std::uint32_t maxchar;
    if (s->ascii()) maxchar = 0x7F;
    else if (start == 0 && end == s->length) maxchar = s->kind() == 1 ? 0xFF : s->kind() == 2 ? 0xFFFF : 0x10FFFF;
    else maxchar = str_max_char(s, start, end);
    if (maxchar > maxchar_) widen(kind_for(maxchar), maxchar);
    length_ += n;
    if (s->kind() == kind_) {
        buffer_.append(static_cast<const char*>(s->kind_data()) + start * kind_,
                       static_cast<std::size_t>(n) * static_cast<std::size_t>(kind_));
        return;
    }
    const std::size_t at = buffer_.size();
    buffer_.resize(at + static_cast<std::size_t>(n) * static_cast<std::size_t>(kind_));
    char* to = buffer_.data() + at;
    switch (kind_) {
    case 1: copy_from(reinterpret_cast<std::uint8_t*>(to), s, start, n); break;
    case 2: copy_from(reinterpret_cast<std::uint16_t*>(to), s, start, n); break;
    default: copy_from(reinterpret_cast<std::uint32_t*>(to), s, start, n); break;
    }
}

void StrWriter::append_ascii(std::string_view text) {
    if (whole_) spill();
    if (kind_ == 1) {
        buffer_ += text;
        maxchar_ = std::max<std::uint32_t>(maxchar_, text.empty() ? 0 : 0x7F);
        length_ += static_cast<std::int64_t>(text.size());
        return;
    }
    for (char c : text) append(static_cast<unsigned char>(c));
}

void StrWriter::append_utf8(std::string_view text) {
    const std::size_t prefix = ascii_prefix(text);
    append_ascii(text.substr(0, prefix));
    const char* end = text.data() + text.size();
    for (const char* p = text.data() + prefix; p < end;) append(next_cp(p, end));
}

void StrWriter::append_repeated(std::uint32_t cp, std::int64_t count) {
    if (count <= 0) return;
    if (whole_) spill();
    if (cp > maxchar_) widen(kind_for(cp), cp);
    if (kind_ == 1) {
        buffer_.append(static_cast<std::size_t>(count), static_cast<char>(cp));
        length_ += count;
        return;
    }
    for (std::int64_t i = 0; i < count; ++i) append(cp);
}

Ref<Str> StrWriter::finish() {
    if (whole_) return std::move(whole_);
    if (length_ == 0) return share(str_empty());
    // maxchar_ has the class (ASCII, Latin-1, UCS-2, UCS-4) of the widest
    // code point, which decides the str's kind, though not always its value.
    if (length_ == 1 && kind_ == 1) return share(str_latin1_char(static_cast<unsigned char>(buffer_[0])));
    Ref<Str> s = str_new_uninit(length_, maxchar_);
    std::memcpy(s->kind_data(), buffer_.data(), buffer_.size());
    return s;
}

}  // namespace minipy
