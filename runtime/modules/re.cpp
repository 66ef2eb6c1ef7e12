// The _re module: the C++ core of lib/re on PCRE2, in the role of CPython's
// Modules/_sre/sre.c (compile a pattern, match it at a position, report the
// groups' spans); lib/re translates Python's syntax and builds the API.
//
// A Code owns one compiled pattern (pcre2_code, its JIT code and a match
// data block) and frees them in its destroy slot. Patterns arrive already in
// PCRE2's syntax. A str pattern is compiled as UTF-8 with PCRE2_UTF (and
// PCRE2_UCP, so \d \w \s \b are Unicode-aware, unless re.ASCII) and
// PCRE2_MATCH_INVALID_UTF (a str with lone surrogates has no valid UTF-8:
// those code points never match); a bytes pattern as bytes.
//
// Code.find makes one match (search, match, fullmatch); a Scanner walks one
// subject through a loop of matches (finditer, findall, sub, split).
// Python's positions are code point indices, PCRE2's byte offsets. An ASCII
// str and bytes need no conversion; any other str is encoded once per call
// or Scanner, and positions are converted by counting lead bytes from the
// last converted position, so a Scanner's loop stays linear.
#include "runtime/modules/modules.hpp"

#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

namespace minipy {

namespace {

Type CodeType;
Type ScannerType;

// Python's flag values, as lib/re passes them.
constexpr std::int64_t kIgnoreCase = 2;
constexpr std::int64_t kMultiline = 8;
constexpr std::int64_t kDotAll = 16;
constexpr std::int64_t kAscii = 256;

struct Code : Object {
    pcre2_code* code = nullptr;
    pcre2_match_data* match_data = nullptr;
    bool is_str = false;
    std::int64_t groups = 0;
};

void code_destroy(Object* o) {
    auto* c = cast<Code>(o);
    if (c->match_data) pcre2_match_data_free(c->match_data);
    if (c->code) pcre2_code_free(c->code);
    delete_object(c);
}

// compile(pattern, flags) -> Code, or (message, offset) when PCRE2 refuses
// the pattern; the offset is in code units of the pattern as given.
Ref<> re_compile(Object*, const Args& args) {
    static const ArgSpec spec{"compile", {"pattern", "flags"}, 2};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t flags = 0;
    if (!index_to_i64(a[1], flags)) return nullptr;
    std::string_view text;
    std::string copy;
    bool is_str_pattern = is_str(a[0]);
    if (is_str_pattern) {
        str_append_utf8(copy, cast<Str>(a[0]));
        text = copy;
    } else if (is_bytes(a[0])) {
        text = cast<Bytes>(a[0])->view();
    } else {
        return raisef(exc::TypeError, "first argument must be string or compiled pattern");
    }
    // In multiline mode Python's ^ also matches after a newline that ends
    // the subject; PCRE2's does so only with ALT_CIRCUMFLEX.
    std::uint32_t options = PCRE2_ALT_CIRCUMFLEX;
    if (flags & kIgnoreCase) options |= PCRE2_CASELESS;
    if (flags & kMultiline) options |= PCRE2_MULTILINE;
    if (flags & kDotAll) options |= PCRE2_DOTALL;
    if (is_str_pattern) {
        options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!(flags & kAscii)) options |= PCRE2_UCP;
    }
    int error = 0;
    PCRE2_SIZE error_offset = 0;
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), options, &error,
                                     &error_offset, nullptr);
    if (!code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(error, message, sizeof message);
        Ref<> msg = str_from(reinterpret_cast<const char*>(message));
        Ref<> offset = int_from(static_cast<std::int64_t>(error_offset));
        return tuple_from({msg.get(), offset.get()});
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // without JIT (unsupported CPU) matching still works
    auto c = new_object<Code>(&CodeType);
    c->code = code;
    c->match_data = pcre2_match_data_create_from_pattern(code, nullptr);
    c->is_str = is_str_pattern;
    std::uint32_t count = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &count);
    c->groups = count;
    if (!c->match_data) return raise_memory_error();
    return c;
}

Ref<> code_get_groups(Object* self) { return int_from(cast<Code>(self)->groups); }

// ------------------------------------------------------------- subjects

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The text a pattern runs on, and the conversion between Python's code
// point positions and PCRE2's byte offsets.
struct Subject {
    std::string utf8;           // the subject's UTF-8 when it is a str that is not ASCII
    const char* data = nullptr;
    std::size_t size = 0;       // bytes of `data`
    bool wide = false;          // positions need converting (non-ASCII str)
    // The last converted position, where the next conversion starts counting.
    std::int64_t hint_index = 0;
    std::size_t hint_byte = 0;
    // The end of the subject as last asked for (endpos rarely changes), so
    // converting it does not move the hint away from the search position.
    std::int64_t end_index = -1;
    std::size_t end_byte = 0;

    // Reads a str or bytes; false with TypeError set for anything else.
    bool load(Object* subject) {
        if (is_str(subject)) {
            auto* text = cast<Str>(subject);
            if (text->ascii()) {
                std::string_view v = text->view();
                data = v.data();
                size = v.size();
            } else {
                str_append_utf8(utf8, text);
                data = utf8.data();
                size = utf8.size();
                wide = true;
            }
            return true;
        }
        if (is_bytes(subject)) {
            std::string_view v = cast<Bytes>(subject)->view();
            data = v.data();
            size = v.size();
            return true;
        }
        raisef(exc::TypeError, "expected string or bytes-like object, got '{}'", type_name(subject));
        return false;
    }

    // The byte offset of code point `index` (at most the subject's length).
    std::size_t byte_of(std::int64_t index) {
        if (!wide) return static_cast<std::size_t>(index);
        if (index < hint_index) {
            hint_index = 0;
            hint_byte = 0;
        }
        std::size_t b = hint_byte;
        for (std::int64_t i = hint_index; i < index && b < size; ++i) {
            ++b;
            while (b < size && is_continuation(data[b])) ++b;
        }
        hint_index = index;
        hint_byte = b;
        return b;
    }

    std::size_t end_byte_of(std::int64_t end) {
        if (end != end_index) {
            std::int64_t kept_index = hint_index;
            std::size_t kept_byte = hint_byte;
            end_byte = byte_of(end);
            end_index = end;
            hint_index = kept_index;
            hint_byte = kept_byte;
        }
        return end_byte;
    }

    // The code point index of byte offset `byte` (a character boundary).
    std::int64_t index_of(std::size_t byte) {
        if (!wide) return static_cast<std::int64_t>(byte);
        if (byte < hint_byte) {
            hint_index = 0;
            hint_byte = 0;
        }
        std::int64_t i = hint_index;
        for (std::size_t b = hint_byte; b < byte; ++b)
            if (!is_continuation(data[b])) ++i;
        hint_index = i;
        hint_byte = byte;
        return i;
    }
};

// Runs `c` on `text` from code point `start`, the subject seen as ending
// at `end` (0 <= start <= end <= len), as Python's endpos does. mode 0
// searches, 1 matches at `start`, 2 matches all of [start, end); with
// `not_empty` an empty match at `start` does not count. The result is
// (start0, end0, start1, end1, ...) with (-1, -1) for a group that did not
// take part, or None.
Ref<> run_match(Code* c, Subject& text, std::int64_t start, std::int64_t end, std::int64_t mode, bool not_empty) {
    std::size_t start_byte = text.byte_of(start);
    std::size_t end_byte = text.end_byte_of(end);
    std::uint32_t options = 0;
    if (mode >= 1) options |= PCRE2_ANCHORED;
    if (mode == 2) options |= PCRE2_ENDANCHORED;
    if (not_empty) options |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(c->code, reinterpret_cast<PCRE2_SPTR>(text.data), end_byte, start_byte, options,
                         c->match_data, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) return none();
    if (rc < 0) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(rc, message, sizeof message);
        return raisef(exc::RuntimeError, "regular expression matching failed: {}",
                      reinterpret_cast<const char*>(message));
    }
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(c->match_data);
    std::int64_t n = c->groups + 1;
    Ref<Tuple> spans = tuple_alloc(2 * n);
    for (std::int64_t g = 0; g < n; ++g) {
        PCRE2_SIZE b0 = ovector[2 * g], b1 = ovector[2 * g + 1];
        // Groups beyond rc - 1 did not take part; PCRE2 marks them unset.
        if (g >= rc || b0 == PCRE2_UNSET) {
            tuple_init_item(spans.get(), 2 * g, int_from(-1));
            tuple_init_item(spans.get(), 2 * g + 1, int_from(-1));
            continue;
        }
        tuple_init_item(spans.get(), 2 * g, int_from(text.index_of(b0)));
        tuple_init_item(spans.get(), 2 * g + 1, int_from(text.index_of(b1)));
    }
    return spans;
}

// CPython's getstring check: a str pattern takes str, a bytes one bytes.
bool check_subject(Code* c, Object* subject) {
    if (is_str(subject)) {
        if (c->is_str) return true;
        raise(exc::TypeError, "cannot use a bytes pattern on a string-like object");
        return false;
    }
    if (is_bytes(subject)) {
        if (!c->is_str) return true;
        raise(exc::TypeError, "cannot use a string pattern on a bytes-like object");
        return false;
    }
    raisef(exc::TypeError, "expected string or bytes-like object, got '{}'", type_name(subject));
    return false;
}

// Code.find(string, pos, endpos, mode): one match as Pattern.search, match
// and fullmatch make it, pos and endpos clamped to the string as CPython
// does; the spans as run_match gives them.
Ref<> code_find(Object* self, const Args& args) {
    static const ArgSpec spec{"find", {"string", "pos", "endpos", "mode"}, 4};
    Object* a[4];
    if (!parse_args(args, spec, a)) return nullptr;
    auto* c = cast<Code>(self);
    if (!check_subject(c, a[0])) return nullptr;
    std::int64_t pos = 0, endpos = 0, mode = 0;
    if (!index_to_i64(a[1], pos) || !index_to_i64(a[2], endpos) || !index_to_i64(a[3], mode)) return nullptr;
    std::int64_t length = is_str(a[0]) ? cast<Str>(a[0])->length : cast<Bytes>(a[0])->size;
    pos = std::clamp<std::int64_t>(pos, 0, length);
    endpos = std::clamp<std::int64_t>(endpos, 0, length);
    if (endpos < pos) return none();
    Subject text;
    if (!text.load(a[0])) return nullptr;
    return run_match(c, text, pos, endpos, mode, false);
}

// ------------------------------------------------------------- Scanner

// The state of a walk through one subject (finditer, findall, split, sub).
struct Scanner : Object {
    Object* code = nullptr;     // owned: the Code
    Object* subject = nullptr;  // owned: the str or bytes searched
    Subject text;               // reads `subject`, which it keeps alive
};

void scanner_destroy(Object* o) {
    auto* s = cast<Scanner>(o);
    clear_slot(s->code);
    clear_slot(s->subject);
    delete_object(s);
}

// Code.scanner(subject): lib/re checks that the subject suits the pattern.
Ref<> code_scanner(Object* self, const Args& args) {
    if (!check_one_arg("scanner", args)) return nullptr;
    Object* subject = args[0];
    auto s = new_object<Scanner>(&ScannerType);
    s->code = share(self).release();
    s->subject = share(subject).release();
    if (!s->text.load(subject)) return nullptr;
    return s;
}

// Scanner.find(start, end, mode, not_empty_at_start): run_match on the
// scanner's subject.
Ref<> scanner_find(Object* self, const Args& args) {
    static const ArgSpec spec{"find", {"start", "end", "mode", "not_empty_at_start"}, 4};
    Object* a[4];
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t start = 0, end = 0, mode = 0, not_empty = 0;
    if (!index_to_i64(a[0], start) || !index_to_i64(a[1], end) || !index_to_i64(a[2], mode) ||
        !index_to_i64(a[3], not_empty))
        return nullptr;
    auto* s = cast<Scanner>(self);
    return run_match(cast<Code>(s->code), s->text, start, end, mode, not_empty != 0);
}

void re_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    type_init_builtin(CodeType, "_re.Code", &ObjectType, sizeof(Code), 0);
    CodeType.destroy = code_destroy;
    add_methods(CodeType, {{"find", code_find}, {"scanner", code_scanner}});
    add_getsets(CodeType, {{"groups", code_get_groups}});
    type_ready(CodeType);
    // A Scanner holds only a Code and a str or bytes, so it is never part of
    // a cycle and the collector need not track it.
    type_init_builtin(ScannerType, "_re.Scanner", &ObjectType, sizeof(Scanner), 0);
    ScannerType.destroy = scanner_destroy;
    add_methods(ScannerType, {{"find", scanner_find}});
    type_ready(ScannerType);
}

}  // namespace

Ref<Module> make_re_module() {
    re_types_init();
    Ref<Module> m = module_new("_re", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {{"compile", re_compile}});
    return m;
}

}  // namespace minipy
