// str methods that reshape text without searching it: strip/lstrip/rstrip,
// center/ljust/rjust/zfill, expandtabs, and maketrans/translate. Semantics
// and messages follow CPython 3.11's Objects/unicodeobject.c.
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace minipy {

namespace {

// ------------------------------------------------------------------- strip

enum Side { kLeft = 1, kRight = 2, kBoth = 3 };

// do_strip / do_argstrip: whitespace when `chars` is None or absent, else
// any code point of `chars`.
Ref<> strip_common(Object* self, const Args& args, Side side, std::string_view name) {
    // (The qualified name is made only for the message.)
    if (args.has_keywords() && !check_no_keywords("str." + std::string(name), args)) return nullptr;
    if (!check_arg_range(name, args, 0, 1)) return nullptr;
    Object* chars = args.size() > 0 ? args[0] : None;
    // The characters to strip: a table for those below U+0100, a list for
    // the rest (both left unmade for strip() of whitespace, the usual call).
    std::array<bool, 256> latin1;
    std::vector<std::uint32_t> wide;
    const bool whitespace = chars == None;
    if (!whitespace) {
        latin1.fill(false);
        if (!is_str(chars)) return raisef(exc::TypeError, "{} arg must be None or str", name);
        const Str* c = cast<Str>(chars);
        for (std::int64_t i = 0; i < c->length; ++i) {
            const std::uint32_t cp = c->at(i);
            if (cp < 256) latin1[cp] = true;
            else wide.push_back(cp);
        }
    }
    auto strippable = [&](std::uint32_t cp) {
        if (whitespace) return unicode::is_space_ascii_first(cp);
        if (cp < 256) return latin1[cp];
        return std::find(wide.begin(), wide.end(), cp) != wide.end();
    };
    Str* s = cast<Str>(self);
    std::int64_t begin = 0, end = s->length;
    str_visit(s, [&](const auto* data) {
        if (side & kLeft)
            while (begin < end && strippable(data[begin])) ++begin;
        if (side & kRight)
            while (end > begin && strippable(data[end - 1])) --end;
    });
    return str_substring(s, begin, end);
}

Ref<> str_strip(Object* self, const Args& args) { return strip_common(self, args, kBoth, "strip"); }
Ref<> str_lstrip(Object* self, const Args& args) { return strip_common(self, args, kLeft, "lstrip"); }
Ref<> str_rstrip(Object* self, const Args& args) { return strip_common(self, args, kRight, "rstrip"); }

// ----------------------------------------------------------------- padding

// Writes `n` copies of `cp` (which fits out's kind) from index `at` of `out`.
void fill_chars(Str* out, std::int64_t at, std::int64_t n, std::uint32_t cp) {
    if (n <= 0) return;
    switch (out->kind()) {
    case 1: std::memset(static_cast<std::uint8_t*>(out->kind_data()) + at, static_cast<int>(cp), static_cast<std::size_t>(n)); break;
    case 2: std::fill_n(static_cast<std::uint16_t*>(out->kind_data()) + at, n, static_cast<std::uint16_t>(cp)); break;
    default: std::fill_n(static_cast<std::uint32_t*>(out->kind_data()) + at, n, cp); break;
    }
}

// pad(): `left` and `right` copies of the fill character around the text.
Ref<> pad(Str* s, std::int64_t left, std::int64_t right, std::uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_unchanged(s);
    // Widths up to 2**63 - 1 each: the sum saturates rather than overflows.
    const std::int64_t total = left > INT64_MAX - right - s->length ? INT64_MAX : s->length + left + right;
    if (!str_may_allocate(total, std::max(str_max_class(s), fill))) return nullptr;
    // Like CPython's pad(), sized and typed first; every result is new.
    Ref<Str> out = str_try_new_uninit(total, std::max(str_max_class(s), fill));
    if (!out) return nullptr;
    fill_chars(out.get(), 0, left, fill);
    str_copy_chars(out.get(), left, s, 0, s->length);
    fill_chars(out.get(), left + s->length, right, fill);
    return out;
}

// The (width[, fillchar]) arguments of center/ljust/rjust.
bool pad_args(const Args& args, std::string_view name, std::int64_t& width, std::uint32_t& fill) {
    if (!check_no_keywords("str." + std::string(name), args) || !check_arg_range(name, args, 1, 2)) return false;
    if (!str_index_arg(args[0], width)) return false;
    fill = ' ';
    if (args.size() > 1) {
        Object* f = args[1];
        if (!is_str(f)) {
            raisef(exc::TypeError, "The fill character must be a unicode character, not {}", type_name(f));
            return false;
        }
        if (cast<Str>(f)->length != 1) {
            raise(exc::TypeError, "The fill character must be exactly one character long");
            return false;
        }
        fill = cast<Str>(f)->at(0);
    }
    return true;
}

Ref<> str_center(Object* self, const Args& args) {
    std::int64_t width;
    std::uint32_t fill;
    if (!pad_args(args, "center", width, fill)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    const std::int64_t marg = width - s->length;
    const std::int64_t left = marg / 2 + (marg & width & 1);  // CPython's rounding
    return pad(s, left, marg - left, fill);
}

Ref<> str_ljust(Object* self, const Args& args) {
    std::int64_t width;
    std::uint32_t fill;
    if (!pad_args(args, "ljust", width, fill)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    return pad(s, 0, width - s->length, fill);
}

Ref<> str_rjust(Object* self, const Args& args) {
    std::int64_t width;
    std::uint32_t fill;
    if (!pad_args(args, "rjust", width, fill)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    return pad(s, width - s->length, 0, fill);
}

// zfill: zeros on the left, after a leading sign.
Ref<> str_zfill(Object* self, const Args& args) {
    if (!check_one_arg("str.zfill", args)) return nullptr;
    std::int64_t width;
    if (!str_index_arg(args[0], width)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    const std::int64_t fill = width - s->length;
    Ref<> padded = pad(s, fill, 0, '0');
    if (!padded || s->length == 0) return padded;
    // A leading sign moves to the front, as CPython's zfill does.
    const std::uint32_t first = s->at(0);
    if (first == '+' || first == '-') {
        Str* out = cast<Str>(padded.get());
        fill_chars(out, 0, 1, first);
        fill_chars(out, fill, 1, '0');
    }
    return padded;
}

// expandtabs(tabsize=8): columns restart after \n and \r.
Ref<> str_expandtabs(Object* self, const Args& args) {
    static const ArgSpec spec{"expandtabs", {"tabsize"}, 0};
    Object* a[1] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t tabsize = 8;
    if (a[0] && !str_index_arg(a[0], tabsize)) return nullptr;
    if (tabsize > INT_MAX || tabsize < INT_MIN)  // a C int in CPython
        return raise(exc::OverflowError, "Python int too large to convert to C int");
    Str* s = cast<Str>(self);
    std::int64_t i = 0;
    while (i < s->length && s->at(i) != '\t') ++i;
    if (i == s->length) return str_unchanged(self);
    // The length first, as CPython's first pass: an overflow is an error
    // before anything is allocated.
    std::int64_t total = 0;
    std::int64_t column = 0;
    for (std::int64_t k = 0; k < s->length; ++k) {
        const std::uint32_t cp = s->at(k);
        std::int64_t incr = 1;
        if (cp == '\t') incr = tabsize > 0 ? tabsize - column % tabsize : 0;
        if (incr > INT64_MAX - total || incr > INT64_MAX - column) return raise(exc::OverflowError, "new string is too long");
        total += incr;
        column = cp == '\n' || cp == '\r' ? 0 : column + incr;
    }
    if (!str_may_allocate(total, str_max_class(s))) return nullptr;
    StrWriter out;
    out.reserve(total);
    column = 0;
    for (i = 0; i < s->length; ++i) {
        const std::uint32_t cp = s->at(i);
        if (cp == '\t') {
            if (tabsize > 0) {
                const std::int64_t incr = tabsize - column % tabsize;
                column += incr;
                out.append_repeated(' ', incr);
            }
            continue;
        }
        ++column;
        out.append(cp);
        if (cp == '\n' || cp == '\r') column = 0;
    }
    return out.finish();
}

// --------------------------------------------------------------- translate

// str.maketrans(x[, y[, z]]): a dict from code points to code points, str or None.
Ref<> str_maketrans(Object*, const Args& args) {
    if (!check_no_keywords("str.maketrans", args) || !check_arg_range("maketrans", args, 1, 3)) return nullptr;
    Ref<Dict> table = dict_new();
    if (args.size() == 1) {
        Object* x = args[0];
        if (!is_dict(x))
            return raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
        std::int64_t pos = 0;
        Object *key, *value;
        while (dict_next(cast<Dict>(x), pos, &key, &value)) {
            if (is_str(key)) {
                const Str* k = cast<Str>(key);
                if (k->length != 1)
                    return raise(exc::ValueError, "string keys in translate table must be of length 1");
                Ref<Int> code = int_from(k->at(0));
                if (dict_set(table.get(), code.get(), value) < 0) return nullptr;
            } else if (is_int(key)) {
                if (dict_set(table.get(), key, value) < 0) return nullptr;
            } else {
                return raise(exc::TypeError, "keys in translate table must be strings or integers");
            }
        }
        return table;
    }
    if (!is_str(args[0]))
        return raise(exc::TypeError, "first maketrans argument must be a string if there is a second argument");
    for (std::size_t i = 1; i < args.size(); ++i)
        if (!is_str(args[i]))
            return raisef(exc::TypeError, "maketrans() argument {} must be str, not {}", i + 1, arg_type_name(args[i]));
    const Str* x = cast<Str>(args[0]);
    const Str* y = cast<Str>(args[1]);
    if (x->length != y->length)
        return raise(exc::ValueError, "the first two maketrans arguments must have equal length");
    for (std::int64_t i = 0; i < x->length; ++i) {
        Ref<Int> from = int_from(x->at(i));
        Ref<Int> to = int_from(y->at(i));
        if (dict_set(table.get(), from.get(), to.get()) < 0) return nullptr;
    }
    if (args.size() == 3) {
        const Str* z = cast<Str>(args[2]);
        for (std::int64_t i = 0; i < z->length; ++i) {
            Ref<Int> code = int_from(z->at(i));
            if (dict_set(table.get(), code.get(), None) < 0) return nullptr;
        }
    }
    return table;
}

// table[cp] (charmaptranslate_lookup): 1 with `value` set, 0 when the
// table raised LookupError (the character stays), -1 on any other error.
int translate_lookup(Object* table, std::uint32_t cp, Ref<>& value) {
    Ref<Int> key = int_from(cp);
    value = getitem(table, key.get());
    if (value) return 1;
    if (!error_matches(exc::LookupError)) return -1;
    clear_error();
    return 0;
}

// unicode_fast_translate: ASCII text whose characters map to one ASCII
// character or to nothing, each distinct character looked up once (in
// `cache`: 0xFF not yet, 0xFE deleted). 1 when the whole text was done, 0
// when character `i` maps to something else (the general loop goes on from
// it, looking it up again, as CPython's does), -1 on error.
int translate_ascii(Object* table, const Str* s, std::string& out, std::int64_t& i) {
    std::uint8_t cache[128];
    std::memset(cache, 0xFF, sizeof cache);
    const std::uint8_t* in = s->latin1();
    out.reserve(static_cast<std::size_t>(s->length));
    for (i = 0; i < s->length; ++i) {
        const std::uint8_t ch = in[i];
        if (cache[ch] == 0xFF) {
            Ref<> value;
            const int found = translate_lookup(table, ch, value);
            if (found < 0) return -1;
            if (found == 0) {
                cache[ch] = ch;
            } else if (value.get() == None) {
                cache[ch] = 0xFE;
            } else if (is_int(value.get())) {
                auto v = int_to_i64(cast<Int>(value.get()));
                if (!v || *v < 0 || *v > 127) return 0;
                cache[ch] = static_cast<std::uint8_t>(*v);
            } else if (is_str(value.get())) {
                const Str* r = cast<Str>(value.get());
                if (r->length != 1 || r->at(0) > 127) return 0;
                cache[ch] = static_cast<std::uint8_t>(r->at(0));
            } else {
                return 0;
            }
        }
        if (cache[ch] != 0xFE) out += static_cast<char>(cache[ch]);
    }
    return 1;
}

// str.translate(table): table[ord(c)] is a code point, a str or None; a
// LookupError leaves the character as it is.
Ref<> str_translate(Object* self, const Args& args) {
    if (!check_one_arg("str.translate", args)) return nullptr;
    Object* table = args[0];
    const Str* s = cast<Str>(self);
    StrWriter out;
    std::int64_t i = 0;
    if (s->ascii()) {
        std::string ascii;
        const int done = translate_ascii(table, s, ascii, i);
        if (done < 0) return nullptr;
        if (done == 1) return str_from_ascii(ascii);
        out.append_ascii(ascii);
    }
    out.reserve(s->length);
    for (; i < s->length; ++i) {
        const std::uint32_t cp = s->at(i);
        Ref<> value;
        const int found = translate_lookup(table, cp, value);
        if (found < 0) return nullptr;
        if (found == 0) {
            out.append(cp);
            continue;
        }
        if (value.get() == None) {
            // A deleted character: CPython's loop looks ahead for the end of
            // the run of deleted ones (each looked up here and again after).
            std::int64_t end = i + 1;
            for (; end < s->length; ++end) {
                Ref<> next;
                if (translate_lookup(table, s->at(end), next) < 0) return nullptr;
                if (next.get() != None) break;
            }
            i = end - 1;
            continue;
        }
        if (is_int(value.get())) {
            auto v = int_to_i64(cast<Int>(value.get()));
            if (!v || *v < 0 || *v > static_cast<std::int64_t>(unicode::kMaxCodePoint))
                return raise(exc::ValueError, "character mapping must be in range(0x110000)");
            out.append(static_cast<std::uint32_t>(*v));
        } else if (is_str(value.get())) {
            out.append(cast<Str>(value.get()));
        } else {
            return raise(exc::TypeError, "character mapping must return integer, None or str");
        }
    }
    return out.finish();
}

}  // namespace

void str_add_layout_methods(Type& type) {
    add_methods(type, {
                          {"strip", str_strip},
                          {"lstrip", str_lstrip},
                          {"rstrip", str_rstrip},
                          {"center", str_center},
                          {"ljust", str_ljust},
                          {"rjust", str_rjust},
                          {"zfill", str_zfill},
                          {"expandtabs", str_expandtabs},
                          {"maketrans", str_maketrans, MethodKind::Static},
                          {"translate", str_translate},
                      });
}

}  // namespace minipy
