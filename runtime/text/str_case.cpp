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

#include <string>
#include <vector>

namespace minipy {

namespace {

using Cps = std::vector<std::uint32_t>;

Cps decode(const Str* s) {
    Cps cps;
    cps.reserve(static_cast<std::size_t>(s->length));
    for (std::int64_t i = 0; i < s->length; ++i) cps.push_back(s->at(i));
    return cps;
}

// handle_capital_sigma: U+03A3 lowers to final ς when a cased letter comes
// before it and none after it (case-ignorable characters skipped both ways).
std::uint32_t capital_sigma(const Cps& cps, std::size_t i) {
    std::size_t j = i;
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
        std::size_t k = i + 1;
        for (; k < cps.size(); ++k) {
            c = cps[k];
            if (!unicode::is_case_ignorable(c)) break;
        }
        final_sigma = k == cps.size() || !unicode::is_cased(c);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

// lower_ucs4
int lower_at(const Cps& cps, std::size_t i, std::uint32_t out[3]) {
    if (cps[i] == 0x3A3) {
        out[0] = capital_sigma(cps, i);
        return 1;
    }
    return unicode::to_lower(cps[i], out);
}

void append_all(StrWriter& out, const std::uint32_t* cps, int n) {
    for (int k = 0; k < n; ++k) out.append(cps[k]);
}

enum class Mode { Lower, Upper, Fold, Title, Capitalize, Swap };

// ASCII text maps byte by byte.
Ref<> map_ascii(const Str* s, Mode mode) {
    Ref<Str> result = str_new_uninit(s->length, 0x7F);
    const std::string_view in = s->view();
    char* out = static_cast<char*>(result->kind_data());
    bool previous_cased = false;
    for (std::size_t i = 0; i < in.size(); ++i) {
        char c = in[i];
        const bool upper = c >= 'A' && c <= 'Z';
        const bool lower = c >= 'a' && c <= 'z';
        bool to_upper = false, to_lower = false;
        switch (mode) {
        case Mode::Lower:
        case Mode::Fold: to_lower = upper; break;
        case Mode::Upper: to_upper = lower; break;
        case Mode::Swap: to_lower = upper, to_upper = lower; break;
        case Mode::Capitalize: i == 0 ? (to_upper = lower) : (to_lower = upper); break;
        case Mode::Title: previous_cased ? (to_lower = upper) : (to_upper = lower); break;
        }
        previous_cased = upper || lower;
        if (to_upper) c = static_cast<char>(c - 'a' + 'A');
        if (to_lower) c = static_cast<char>(c - 'A' + 'a');
        out[i] = c;
    }
    if (s->length <= 1) return str_from_ascii(std::string_view(out, in.size()));  // the shared strs
    return result;
}

Ref<> map_case(Object* self, const Args& args, Mode mode, std::string_view name) {
    if (!check_no_args(name, args)) return nullptr;
    const Str* s = cast<Str>(self);
    if (s->ascii()) return map_ascii(s, mode);
    const Cps cps = decode(s);
    StrWriter out;
    out.reserve(s->length);
    std::uint32_t mapped[3];
    bool previous_cased = false;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const std::uint32_t c = cps[i];
        int n = 1;
        mapped[0] = c;
        switch (mode) {
        case Mode::Lower: n = lower_at(cps, i, mapped); break;
        case Mode::Upper: n = unicode::to_upper(c, mapped); break;
        case Mode::Fold: n = unicode::to_fold(c, mapped); break;
        case Mode::Capitalize: n = i == 0 ? unicode::to_title(c, mapped) : lower_at(cps, i, mapped); break;
        case Mode::Title:
            n = previous_cased ? lower_at(cps, i, mapped) : unicode::to_title(c, mapped);
            previous_cased = unicode::is_cased(c);
            break;
        case Mode::Swap:
            if (unicode::is_upper(c)) n = lower_at(cps, i, mapped);
            else if (unicode::is_lower(c)) n = unicode::to_upper(c, mapped);
            break;
        }
        append_all(out, mapped, n);
    }
    return out.finish();
}

Ref<> str_lower(Object* self, const Args& args) { return map_case(self, args, Mode::Lower, "str.lower"); }
Ref<> str_upper(Object* self, const Args& args) { return map_case(self, args, Mode::Upper, "str.upper"); }
Ref<> str_casefold(Object* self, const Args& args) { return map_case(self, args, Mode::Fold, "str.casefold"); }
Ref<> str_title(Object* self, const Args& args) { return map_case(self, args, Mode::Title, "str.title"); }
Ref<> str_capitalize(Object* self, const Args& args) { return map_case(self, args, Mode::Capitalize, "str.capitalize"); }
Ref<> str_swapcase(Object* self, const Args& args) { return map_case(self, args, Mode::Swap, "str.swapcase"); }

// ---------------------------------------------------------------- predicates

// True when the string is non-empty and every code point satisfies `pred`.
template <class Pred>
Ref<> all_chars(Object* self, const Args& args, std::string_view name, Pred pred) {
    if (!check_no_args(name, args)) return nullptr;
    const Str* s = cast<Str>(self);
    if (s->length == 0) return bool_from(false);
    for (std::int64_t i = 0; i < s->length; ++i)
        if (!pred(s->at(i))) return bool_from(false);
    return bool_from(true);
}

Ref<> str_isalpha(Object* self, const Args& args) { return all_chars(self, args, "str.isalpha", unicode::is_alpha); }
Ref<> str_isalnum(Object* self, const Args& args) { return all_chars(self, args, "str.isalnum", unicode::is_alnum); }
Ref<> str_isdecimal(Object* self, const Args& args) { return all_chars(self, args, "str.isdecimal", unicode::is_decimal); }
Ref<> str_isdigit(Object* self, const Args& args) { return all_chars(self, args, "str.isdigit", unicode::is_digit); }
Ref<> str_isnumeric(Object* self, const Args& args) { return all_chars(self, args, "str.isnumeric", unicode::is_numeric); }
Ref<> str_isspace(Object* self, const Args& args) { return all_chars(self, args, "str.isspace", unicode::is_space); }

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
