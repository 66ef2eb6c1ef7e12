// Case mapping (upper, lower, casefold, title, capitalize, swapcase) and the
// character-class predicates (isalpha ... isidentifier), with CPython 3.11's
// algorithms from Objects/unicodeobject.c: full case mappings ('ß'.upper()
// is 'SS'), the final-sigma rule of lower/title/capitalize/swapcase, and
// titlecase letters ('ǅ') in istitle. The per-character data is CPython's
// own (see unicode.hpp), so results agree for all of Unicode 14.
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>

namespace minipy {

namespace {

// The ASCII rows of the case tables, so that ASCII code points (in any
// kind of str) map by a table look-up instead of a walk through the
// Unicode records (CPython's _Py_ctype_tolower / _Py_ctype_toupper).
struct AsciiCase {
    std::uint8_t lower[128]{}, upper[128]{}, swap[128]{};
    bool cased[128]{};
    constexpr AsciiCase() {
        for (int c = 0; c < 128; ++c) {
            const bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            lower[c] = static_cast<std::uint8_t>(up ? c + 32 : c);
            upper[c] = static_cast<std::uint8_t>(lo ? c - 32 : c);
            swap[c] = static_cast<std::uint8_t>(up ? c + 32 : lo ? c - 32 : c);
            cased[c] = up || lo;
        }
    }
};
constexpr AsciiCase kAscii;

// handle_capital_sigma: U+03A3 lowers to final ς when a cased letter comes
// before it and none after it (case-ignorable characters skipped both ways).
template <class C>
std::uint32_t capital_sigma(const C* cps, std::int64_t n, std::int64_t i) {
    std::int64_t j = i;
    std::uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = cps[--j];
        if (!unicode::is_case_ignorable(c)) {
            found = true;
            break;
        }
    }
    bool final_sigma = found && unicode::is_cased(c);
    if (final_sigma) {
        std::int64_t k = i + 1;
        for (; k < n; ++k) {
            c = cps[k];
            if (!unicode::is_case_ignorable(c)) break;
        }
        final_sigma = k == n || !unicode::is_cased(c);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

// lower_ucs4
template <class C>
int lower_at(const C* cps, std::int64_t n, std::int64_t i, std::uint32_t out[3]) {
    const std::uint32_t c = cps[i];
    if (c < 128) {
        out[0] = kAscii.lower[c];
        return 1;
    }
    if (c == 0x3A3) {
        out[0] = capital_sigma(cps, n, i);
        return 1;
    }
    return unicode::to_lower(c, out);
}

int upper_of(std::uint32_t c, std::uint32_t out[3]) {
    if (c < 128) {
        out[0] = kAscii.upper[c];
        return 1;
    }
    return unicode::to_upper(c, out);
}

enum class Mode { Lower, Upper, Fold, Title, Capitalize, Swap };

// ASCII text maps byte by byte through the tables, into a str of the same
// length. Like CPython (PyUnicode_New), every non-empty result is a new
// object, even a one-character one ('a'.lower() is not 'a').
Ref<> map_ascii(const Str* s, Mode mode) {
    const std::int64_t n = s->length;
    if (n == 0) return share(str_empty());
    Ref<Str> result = str_new_uninit(n, 0x7F);
    const std::uint8_t* in = s->latin1();
    auto* out = static_cast<std::uint8_t*>(result->kind_data());
    switch (mode) {
    case Mode::Lower:
    case Mode::Fold:
        for (std::int64_t i = 0; i < n; ++i) out[i] = kAscii.lower[in[i]];
        break;
    case Mode::Upper:
        for (std::int64_t i = 0; i < n; ++i) out[i] = kAscii.upper[in[i]];
        break;
    case Mode::Swap:
        for (std::int64_t i = 0; i < n; ++i) out[i] = kAscii.swap[in[i]];
        break;
    case Mode::Capitalize:
        out[0] = kAscii.upper[in[0]];
        for (std::int64_t i = 1; i < n; ++i) out[i] = kAscii.lower[in[i]];
        break;
    case Mode::Title: {
        bool previous_cased = false;
        for (std::int64_t i = 0; i < n; ++i) {
            const std::uint8_t c = in[i];
            out[i] = previous_cased ? kAscii.lower[c] : kAscii.upper[c];
            previous_cased = kAscii.cased[c];
        }
        break;
    }
    }
    return result;
}

// Copies UCS-4 code points that all fit in T.
template <class T>
void narrow_copy(T* to, const std::uint32_t* from, std::int64_t n) {
    for (std::int64_t i = 0; i < n; ++i) to[i] = static_cast<T>(from[i]);
}

// case_operation: maps the code points of one kind into a UCS-4 buffer of
// three per input code point (the longest full mapping), noting the widest
// code point written, then copies that into a str of the narrowest kind.
// The OR of the code points stands for their maximum: the kind boundaries
// (0x80, 0x100, 0x10000) are powers of two, so both pick the same kind.
template <class C>
Ref<> map_wide(const C* in, std::int64_t n, Mode mode) {
    std::unique_ptr<std::uint32_t[]> buffer(new std::uint32_t[static_cast<std::size_t>(n) * 3]);
    std::uint32_t* out = buffer.get();
    std::int64_t k = 0;
    std::uint32_t bits = 0;
    std::uint32_t mapped[3];
    bool previous_cased = false;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint32_t c = in[i];
        int count = 1;
        switch (mode) {
        case Mode::Lower:
            if (c < 128) {
                bits |= out[k++] = kAscii.lower[c];
                continue;
            }
            count = lower_at(in, n, i, mapped);
            break;
        case Mode::Upper:
            if (c < 128) {
                bits |= out[k++] = kAscii.upper[c];
                continue;
            }
            count = unicode::to_upper(c, mapped);
            break;
        case Mode::Fold:
            if (c < 128) {
                bits |= out[k++] = kAscii.lower[c];
                continue;
            }
            count = unicode::to_fold(c, mapped);
            break;
        case Mode::Capitalize:
            count = i == 0 ? unicode::to_title(c, mapped) : lower_at(in, n, i, mapped);
            break;
        case Mode::Title:
            if (c < 128) {
                bits |= out[k++] = previous_cased ? kAscii.lower[c] : kAscii.upper[c];
                previous_cased = kAscii.cased[c];
                continue;
            }
            count = previous_cased ? lower_at(in, n, i, mapped) : unicode::to_title(c, mapped);
            previous_cased = unicode::is_cased(c);
            break;
        case Mode::Swap:
            if (c < 128) {
                bits |= out[k++] = kAscii.swap[c];
                continue;
            }
            if (unicode::is_upper(c)) count = lower_at(in, n, i, mapped);
            else if (unicode::is_lower(c)) count = upper_of(c, mapped);
            else mapped[0] = c;
            break;
        }
        for (int m = 0; m < count; ++m) bits |= out[k++] = mapped[m];
    }
    if (k == 0) return share(str_empty());
    Ref<Str> result = str_new_uninit(k, bits);
    switch (result->kind()) {
    case 1: narrow_copy(static_cast<std::uint8_t*>(result->kind_data()), out, k); break;
    case 2: narrow_copy(static_cast<std::uint16_t*>(result->kind_data()), out, k); break;
    default: std::memcpy(result->kind_data(), out, static_cast<std::size_t>(k) * 4); break;
    }
    return result;
}

Ref<> map_case(Object* self, const Args& args, Mode mode, std::string_view name) {
    if (!check_no_args(name, args)) return nullptr;
    const Str* s = cast<Str>(self);
    if (s->ascii()) return map_ascii(s, mode);
    return str_visit(s, [&](const auto* data) { return map_wide(data, s->length, mode); });
}

Ref<> str_lower(Object* self, const Args& args) { return map_case(self, args, Mode::Lower, "str.lower"); }
Ref<> str_upper(Object* self, const Args& args) { return map_case(self, args, Mode::Upper, "str.upper"); }
Ref<> str_casefold(Object* self, const Args& args) { return map_case(self, args, Mode::Fold, "str.casefold"); }
Ref<> str_title(Object* self, const Args& args) { return map_case(self, args, Mode::Title, "str.title"); }
Ref<> str_capitalize(Object* self, const Args& args) { return map_case(self, args, Mode::Capitalize, "str.capitalize"); }
Ref<> str_swapcase(Object* self, const Args& args) { return map_case(self, args, Mode::Swap, "str.swapcase"); }

// ---------------------------------------------------------------- predicates

// The answers of `Pred` for the ASCII code points, worked out once.
template <bool (*Pred)(std::uint32_t)>
const bool* ascii_answers() {
    static const auto table = [] {
        std::array<bool, 128> t{};
        for (std::uint32_t c = 0; c < 128; ++c) t[c] = Pred(c);
        return t;
    }();
    return table.data();
}

// True when the string is non-empty and every code point satisfies `Pred`;
// ASCII code points are answered from a table.
template <bool (*Pred)(std::uint32_t)>
Ref<> all_chars(Object* self, const Args& args, std::string_view name) {
    if (!check_no_args(name, args)) return nullptr;
    const Str* s = cast<Str>(self);
    if (s->length == 0) return bool_from(false);
    const bool* ascii = ascii_answers<Pred>();
    const bool ok = str_visit(s, [&](const auto* data) {
        for (std::int64_t i = 0; i < s->length; ++i) {
            const std::uint32_t c = data[i];
            if (!(c < 128 ? ascii[c] : Pred(c))) return false;
        }
        return true;
    });
    return bool_from(ok);
}

Ref<> str_isalpha(Object* self, const Args& args) { return all_chars<unicode::is_alpha>(self, args, "str.isalpha"); }
Ref<> str_isalnum(Object* self, const Args& args) { return all_chars<unicode::is_alnum>(self, args, "str.isalnum"); }
Ref<> str_isdecimal(Object* self, const Args& args) {
    return all_chars<unicode::is_decimal>(self, args, "str.isdecimal");
}
Ref<> str_isdigit(Object* self, const Args& args) { return all_chars<unicode::is_digit>(self, args, "str.isdigit"); }
Ref<> str_isnumeric(Object* self, const Args& args) {
    return all_chars<unicode::is_numeric>(self, args, "str.isnumeric");
}
Ref<> str_isspace(Object* self, const Args& args) { return all_chars<unicode::is_space>(self, args, "str.isspace"); }

Ref<> str_isprintable(Object* self, const Args& args) {
    if (!check_no_args("str.isprintable", args)) return nullptr;
    const Str* s = cast<Str>(self);
    for (std::int64_t i = 0; i < s->length; ++i)
        if (!unicode::is_printable(s->at(i))) return bool_from(false);
    return bool_from(true);
}

Ref<> str_isascii(Object* self, const Args& args) {
    if (!check_no_args("str.isascii", args)) return nullptr;
    return bool_from(cast<Str>(self)->ascii());
}

// islower/isupper: no character of the opposite case (or titlecase), and at
// least one cased character of the right case.
Ref<> case_test(Object* self, const Args& args, std::string_view name, bool want_lower) {
    if (!check_no_args(name, args)) return nullptr;
    const Str* s = cast<Str>(self);
    bool cased = false;
    for (std::int64_t i = 0; i < s->length; ++i) {
        const std::uint32_t c = s->at(i);
        const bool lower = unicode::is_lower(c), upper = unicode::is_upper(c);
        if ((want_lower ? upper : lower) || unicode::is_title(c)) return bool_from(false);
        if (want_lower ? lower : upper) cased = true;
    }
    return bool_from(cased);
}

Ref<> str_islower(Object* self, const Args& args) { return case_test(self, args, "str.islower", true); }
Ref<> str_isupper(Object* self, const Args& args) { return case_test(self, args, "str.isupper", false); }

// istitle: uppercase/titlecase letters only after uncased characters,
// lowercase letters only after cased ones.
Ref<> str_istitle(Object* self, const Args& args) {
    if (!check_no_args("str.istitle", args)) return nullptr;
    const Str* s = cast<Str>(self);
    bool cased = false, previous_cased = false;
    for (std::int64_t i = 0; i < s->length; ++i) {
        const std::uint32_t c = s->at(i);
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (previous_cased) return bool_from(false);
            previous_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!previous_cased) return bool_from(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_from(cased);
}

// isidentifier: XID_Start or '_', then XID_Continue (no NFKC normalisation,
// as CPython's str method).
Ref<> str_isidentifier(Object* self, const Args& args) {
    if (!check_no_args("str.isidentifier", args)) return nullptr;
    const Str* s = cast<Str>(self);
    if (s->length == 0) return bool_from(false);
    if (!unicode::is_xid_start(s->at(0))) return bool_from(false);
    for (std::int64_t i = 1; i < s->length; ++i)
        if (!unicode::is_xid_continue(s->at(i))) return bool_from(false);
    return bool_from(true);
}

}  // namespace

void str_add_case_methods(Type& type) {
    add_methods(type, {
                          {"lower", str_lower},
                          {"upper", str_upper},
                          {"casefold", str_casefold},
                          {"title", str_title},
                          {"capitalize", str_capitalize},
                          {"swapcase", str_swapcase},
                          {"isalpha", str_isalpha},
                          {"isalnum", str_isalnum},
                          {"isdecimal", str_isdecimal},
                          {"isdigit", str_isdigit},
                          {"isnumeric", str_isnumeric},
                          {"isspace", str_isspace},
                          {"isprintable", str_isprintable},
                          {"isascii", str_isascii},
                          {"islower", str_islower},
                          {"isupper", str_isupper},
                          {"istitle", str_istitle},
                          {"isidentifier", str_isidentifier},
                      });
}

}  // namespace minipy
