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
#include <climits>
#include <cstdint>
#include <string>
#include <vector>

namespace minipy {

namespace {

// ------------------------------------------------------------------- strip

enum Side { kLeft = 1, kRight = 2, kBoth = 3 };

// do_strip / do_argstrip: whitespace when `chars` is None or absent, else
// any code point of `chars`.
Ref<> strip_common(Object* self, const Args& args, Side side, std::string_view name) {
    const std::string qualified = "str." + std::string(name);
    if (!check_no_keywords(qualified, args) || !check_arg_range(name, args, 0, 1)) return nullptr;
    Object* chars = args.size() > 0 ? args[0] : None;
    std::vector<std::uint32_t> set;
    const bool whitespace = chars == None;
    if (!whitespace) {
        if (!is_str(chars)) return raisef(exc::TypeError, "{} arg must be None or str", name);
        const Str* c = cast<Str>(chars);
        for (const char* p = c->data(); p < c->data() + c->size;) set.push_back(unicode::utf8_next(p));
    }
    auto strippable = [&](std::uint32_t cp) {
        if (whitespace) return unicode::is_space(cp);
        for (std::uint32_t c : set)
            if (c == cp) return true;
        return false;
    };
    Str* s = cast<Str>(self);
    const char* begin = s->data();
    const char* end = begin + s->size;
    if (side & kLeft) {
        while (begin < end) {
            const char* p = begin;
            if (!strippable(unicode::utf8_next(p))) break;
            begin = p;
        }
    }
    if (side & kRight) {
        while (end > begin) {
            const char* p = end;
            if (!strippable(unicode::utf8_prev(p))) break;
            end = p;
        }
    }
    if (begin == s->data() && end == s->data() + s->size) return str_unchanged(self);
    const std::string_view part(begin, static_cast<std::size_t>(end - begin));
    return s->ascii ? str_from_ascii(part) : str_from(part);
}

Ref<> str_strip(Object* self, const Args& args) { return strip_common(self, args, kBoth, "strip"); }
Ref<> str_lstrip(Object* self, const Args& args) { return strip_common(self, args, kLeft, "lstrip"); }
Ref<> str_rstrip(Object* self, const Args& args) { return strip_common(self, args, kRight, "rstrip"); }

// ----------------------------------------------------------------- padding

// pad(): `left` and `right` copies of the fill character around the text.
Ref<> pad(Str* s, std::int64_t left, std::int64_t right, std::string_view fill, bool fill_ascii) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_unchanged(s);
    std::string out;
    // Widths up to 2**63 - 1, and a fill of up to 4 bytes: no product may overflow.
    const auto fill_chars = static_cast<std::uint64_t>(left) + static_cast<std::uint64_t>(right);
    const std::uint64_t fill_bytes = fill_chars > static_cast<std::uint64_t>(INT64_MAX) / 4 ? INT64_MAX : fill_chars * fill.size();
    if (!reserve_text(out, static_cast<std::int64_t>(std::min<std::uint64_t>(fill_bytes + s->size, INT64_MAX)))) return nullptr;
    for (std::int64_t i = 0; i < left; ++i) out += fill;
    out += s->view();
    for (std::int64_t i = 0; i < right; ++i) out += fill;
    return str_new(out, s->length + left + right, s->ascii && fill_ascii);
}

// The (width[, fillchar]) arguments of center/ljust/rjust.
bool pad_args(const Args& args, std::string_view name, std::int64_t& width, std::string_view& fill, bool& fill_ascii) {
    if (!check_no_keywords("str." + std::string(name), args) || !check_arg_range(name, args, 1, 2)) return false;
    if (!str_index_arg(args[0], width)) return false;
    fill = " ";
    fill_ascii = true;
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
        fill = cast<Str>(f)->view();
        fill_ascii = cast<Str>(f)->ascii;
    }
    return true;
}

Ref<> str_center(Object* self, const Args& args) {
    std::int64_t width;
    std::string_view fill;
    bool fill_ascii;
    if (!pad_args(args, "center", width, fill, fill_ascii)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    const std::int64_t marg = width - s->length;
    const std::int64_t left = marg / 2 + (marg & width & 1);  // CPython's rounding
    return pad(s, left, marg - left, fill, fill_ascii);
}

Ref<> str_ljust(Object* self, const Args& args) {
    std::int64_t width;
    std::string_view fill;
    bool fill_ascii;
    if (!pad_args(args, "ljust", width, fill, fill_ascii)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    return pad(s, 0, width - s->length, fill, fill_ascii);
}

Ref<> str_rjust(Object* self, const Args& args) {
    std::int64_t width;
    std::string_view fill;
    bool fill_ascii;
    if (!pad_args(args, "rjust", width, fill, fill_ascii)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    return pad(s, width - s->length, 0, fill, fill_ascii);
}

// zfill: zeros on the left, after a leading sign.
Ref<> str_zfill(Object* self, const Args& args) {
    if (!check_one_arg("str.zfill", args)) return nullptr;
    std::int64_t width;
    if (!str_index_arg(args[0], width)) return nullptr;
    Str* s = cast<Str>(self);
    if (s->length >= width) return str_unchanged(self);
    const std::int64_t fill = width - s->length;
    std::string out;
    if (!reserve_text(out, width - s->length + s->size)) return nullptr;
    out.assign(static_cast<std::size_t>(fill), '0');
    out += s->view();
    if (s->size > 0 && (out[fill] == '+' || out[fill] == '-')) {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return str_new(out, width, s->ascii);
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
    if (s->view().find('\t') == std::string_view::npos) return str_unchanged(self);
    // The length first, as CPython's first pass: an overflow is an error
    // before anything is allocated.
    std::int64_t total = 0;
    std::int64_t column = 0;
    for (const char* p = s->data(); p < s->data() + s->size;) {
        const char* start = p;
        const std::uint32_t cp = unicode::utf8_next(p);
        std::int64_t incr = p - start;
        if (cp == '\t') incr = tabsize > 0 ? tabsize - column % tabsize : 0;
        if (incr > INT64_MAX - total || incr > INT64_MAX - column) return raise(exc::OverflowError, "new string is too long");
        total += incr;
        column = cp == '\n' || cp == '\r' ? 0 : column + (cp == '\t' ? incr : 1);
    }
    std::string out;
    if (!reserve_text(out, total)) return nullptr;
    column = 0;
    std::int64_t length = 0;
    for (const char* p = s->data(); p < s->data() + s->size;) {
        const char* start = p;
        const std::uint32_t cp = unicode::utf8_next(p);
        if (cp == '\t') {
            if (tabsize > 0) {
                const std::int64_t incr = tabsize - column % tabsize;
                column += incr;
                length += incr;
                out.append(static_cast<std::size_t>(incr), ' ');
            }
            continue;
        }
        ++column;
        ++length;
        out.append(start, static_cast<std::size_t>(p - start));
        if (cp == '\n' || cp == '\r') column = 0;
    }
    return str_new(out, length, s->ascii);
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
                const char* p = k->data();
                Ref<Int> code = int_from(unicode::utf8_next(p));
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
    const char* px = x->data();
    const char* py = y->data();
    for (std::int64_t i = 0; i < x->length; ++i) {
        Ref<Int> from = int_from(unicode::utf8_next(px));
        Ref<Int> to = int_from(unicode::utf8_next(py));
        if (dict_set(table.get(), from.get(), to.get()) < 0) return nullptr;
    }
    if (args.size() == 3) {
        const Str* z = cast<Str>(args[2]);
        for (const char* p = z->data(); p < z->data() + z->size;) {
            Ref<Int> code = int_from(unicode::utf8_next(p));
            if (dict_set(table.get(), code.get(), None) < 0) return nullptr;
        }
    }
    return table;
}

// str.translate(table): table[ord(c)] is a code point, a str or None; a
// LookupError leaves the character as it is.
Ref<> str_translate(Object* self, const Args& args) {
    if (!check_one_arg("str.translate", args)) return nullptr;
    Object* table = args[0];
    const Str* s = cast<Str>(self);
    std::string out;
    out.reserve(static_cast<std::size_t>(s->size));
    for (const char* p = s->data(); p < s->data() + s->size;) {
        const char* start = p;
        const std::uint32_t cp = unicode::utf8_next(p);
        Ref<Int> key = int_from(cp);
        Ref<> value = getitem(table, key.get());
        if (!value) {
            if (!error_matches(exc::LookupError)) return nullptr;
            clear_error();
            out.append(start, static_cast<std::size_t>(p - start));
            continue;
        }
        if (value.get() == None) continue;
        if (is_int(value.get())) {
            auto v = int_to_i64(cast<Int>(value.get()));
            if (!v || *v < 0 || *v > static_cast<std::int64_t>(unicode::kMaxCodePoint))
                return raise(exc::ValueError, "character mapping must be in range(0x110000)");
            unicode::utf8_append(out, static_cast<std::uint32_t>(*v));
        } else if (is_str(value.get())) {
            out += cast<Str>(value.get())->view();
        } else {
            return raise(exc::TypeError, "character mapping must return integer, None or str");
        }
    }
    return str_from(out);
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
