// str methods that search: find/rfind/index/rindex/count, startswith/endswith,
// replace, split/rsplit/splitlines, partition/rpartition, join, and
// removeprefix/removesuffix. Algorithms and edge cases are CPython's
// Objects/stringlib (split.h, partition.h, find.h), on the code points of
// each kind (str_find_in), so no str's UTF-8 form is made.
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace minipy {

namespace {

constexpr std::int64_t kNoLimit = std::numeric_limits<std::int64_t>::max();

// s[from:to] as a new (or cached) str; s itself when exact and whole.
bool append_piece(List* list, Str* s, std::int64_t from, std::int64_t to) {
    Ref<Str> p = str_substring(s, from, to);
    return list_append(list, p.get());
}

// Does `sub` occur in `s` at code point `pos` (pos + sub->length <= length)?
bool match_at(const Str* s, std::int64_t pos, const Str* sub) {
    if (sub->kind() > s->kind()) return false;  // a wider code point is in no narrower text
    if (sub->kind() == s->kind())
        return std::memcmp(static_cast<const char*>(s->kind_data()) + pos * s->kind(), sub->kind_data(),
                           static_cast<std::size_t>(sub->length) * static_cast<std::size_t>(sub->kind())) == 0;
    for (std::int64_t i = 0; i < sub->length; ++i)
        if (s->at(pos + i) != sub->at(i)) return false;
    return true;
}

// "must be str, not int": the wording of stringlib's argument checks.
Str* expect_str(Object* o) {
    if (is_str(o)) return cast<Str>(o);
    raisef(exc::TypeError, "must be str, not {}", type_name(o));
    return nullptr;
}

// The code points [start, end) the optional bounds select.
struct Range {
    std::int64_t start, end;
};

bool bounds(const Str* s, Object* start, Object* end, Range& r) {
    return str_parse_bounds(start, end, s->length, r.start, r.end);
}

// ------------------------------------------------------------- find family

// find/rfind/index/rindex/count share their argument parsing (stringlib's
// parse_args_finds). Returns -2 on error, -1 when not found.
std::int64_t find_impl(Object* self, const Args& args, std::string_view name, bool reverse) {
    if (!str_check_varargs(name, args, 1, 3)) return -2;
    Str* s = cast<Str>(self);
    Str* sub = expect_str(args[0]);
    if (!sub) return -2;
    Range r;
    if (!bounds(s, args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr, r)) return -2;
    return str_find_in(s, sub, r.start, r.end, reverse);
}

Ref<> str_find(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "find", false);
    return i == -2 ? nullptr : int_from(i);
}
Ref<> str_rfind(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "rfind", true);
    return i == -2 ? nullptr : int_from(i);
}
Ref<> str_index(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "index", false);
    if (i == -1) return raise(exc::ValueError, "substring not found");
    return i == -2 ? nullptr : int_from(i);
}
Ref<> str_rindex(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "rindex", true);
    if (i == -1) return raise(exc::ValueError, "substring not found");
    return i == -2 ? nullptr : int_from(i);
}

Ref<> str_count(Object* self, const Args& args) {
    if (!str_check_varargs("count", args, 1, 3)) return nullptr;
    Str* s = cast<Str>(self);
    Str* sub = expect_str(args[0]);
    if (!sub) return nullptr;
    Range r;
    if (!bounds(s, args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr, r)) return nullptr;
    if (r.end - r.start < sub->length) return int_from(0);
    if (sub->length == 0) return int_from(r.end - r.start + 1);
    return int_from(str_find_all(s, sub, r.start, r.end, kNoLimit));
}

// tailmatch: does `sub` occur at the start (or end) of s[start:end]?
bool tail_match(Str* s, Str* sub, const Range& r, bool at_end) {
    if (r.end - r.start < sub->length) return false;
    if (sub->length == 0) return true;
    return match_at(s, at_end ? r.end - sub->length : r.start, sub);
}

Ref<> starts_or_ends(Object* self, const Args& args, std::string_view name, bool at_end) {
    if (!str_check_varargs(name, args, 1, 3)) return nullptr;
    Str* s = cast<Str>(self);
    Range r;
    if (!bounds(s, args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr, r)) return nullptr;
    Object* what = args[0];
    if (is_tuple(what)) {
        for (Object* item : *cast<Tuple>(what)) {
            if (!is_str(item))
                return raisef(exc::TypeError, "tuple for {} must only contain str, not {}", name, type_name(item));
            if (tail_match(s, cast<Str>(item), r, at_end)) return bool_from(true);
        }
        return bool_from(false);
    }
    if (!is_str(what))
        return raisef(exc::TypeError, "{} first arg must be str or a tuple of str, not {}", name, type_name(what));
    return bool_from(tail_match(s, cast<Str>(what), r, at_end));
}

Ref<> str_startswith(Object* self, const Args& args) { return starts_or_ends(self, args, "startswith", false); }
Ref<> str_endswith(Object* self, const Args& args) { return starts_or_ends(self, args, "endswith", true); }

// ------------------------------------------------------------------ replace

// The result of replacing `old` by `repl` at the indexes `at` (at least
// one) of `s`, sized and typed before it is written, as CPython's
// replace(): its kind is the wider of s's and repl's, unless the replaced
// text may have held all of s's widest code points (old is of s's class,
// repl narrower), when the kept text is measured. Like CPython, any
// non-empty result is a new object.
Ref<Str> replace_at(const Str* s, const Str* old, const Str* repl, const std::vector<std::int64_t>& at) {
    const auto n = static_cast<std::int64_t>(at.size());
    const std::int64_t grow = repl->length - old->length;
    if (grow > 0 && n > (std::numeric_limits<std::int64_t>::max() - s->length) / grow)
        return raise(exc::OverflowError, "replace string is too long");
    const std::int64_t length = s->length + n * grow;
    if (length == 0) return share(str_empty());
    std::uint32_t maxchar = repl->length ? str_max_class(repl) : 0;
    if (maxchar >= str_max_class(s) || str_max_class(old) < str_max_class(s)) {
        maxchar = std::max(maxchar, str_max_class(s));
    } else {
        std::int64_t last = 0;
        for (const std::int64_t pos : at) {
            maxchar = std::max(maxchar, str_max_char(s, last, pos));
            last = pos + old->length;
        }
        maxchar = std::max(maxchar, str_max_char(s, last, s->length));
    }
    Ref<Str> out = str_try_new_uninit(length, maxchar);
    if (!out) return nullptr;
    if (old->length == repl->length && out->kind() >= s->kind()) {
        // Same length: copy the whole text, then write repl over each match.
        str_copy_chars(out.get(), 0, s, 0, s->length);
        for (const std::int64_t pos : at) str_copy_chars(out.get(), pos, repl, 0, repl->length);
        return out;
    }
    std::int64_t last = 0, w = 0;
    for (const std::int64_t pos : at) {
        str_copy_chars(out.get(), w, s, last, pos - last);
        w += pos - last;
        str_copy_chars(out.get(), w, repl, 0, repl->length);
        w += repl->length;
        last = pos + old->length;
    }
    str_copy_chars(out.get(), w, s, last, s->length - last);
    return out;
}

Ref<> str_replace(Object* self, const Args& args) {
    if (!check_no_keywords("str.replace", args) || !check_arg_range("replace", args, 2, 3)) return nullptr;
    for (std::size_t i = 0; i < 2; ++i)
        if (!is_str(args[i]))
            return raisef(exc::TypeError, "replace() argument {} must be str, not {}", i + 1, arg_type_name(args[i]));
    Str* s = cast<Str>(self);
    Str* old = cast<Str>(args[0]);
    Str* repl = cast<Str>(args[1]);
    std::int64_t limit = -1;
    if (args.size() > 2 && !str_index_arg(args[2], limit)) return nullptr;
    if (limit < 0) limit = kNoLimit;
    if (limit == 0 || str_equal(old, repl)) return str_unchanged(self);
    if (old->length == 0) {
        // Insert before every code point and at the end, `limit` times at most.
        StrWriter out;
        if (limit > s->length + 1) limit = s->length + 1;
        for (std::int64_t n = 0; n < limit; ++n) {
            out.append(repl);
            if (n < s->length) out.append(s->at(n));
        }
        out.append(s, std::min(limit, s->length), s->length);
        return out.finish();
    }
    std::vector<std::int64_t> at;
    const std::int64_t n = str_find_all(s, old, 0, s->length, limit, &at);
    if (n == 0) return str_unchanged(self);
    return replace_at(s, old, repl, at);
}

// -------------------------------------------------------------------- split

// split_whitespace: runs of whitespace separate words; leading and trailing
// whitespace make no empty words.
bool split_whitespace(Object* self, std::int64_t limit, List* out) {
    Str* s = cast<Str>(self);
    const std::int64_t n = s->length;
    return str_visit(s, [&](const auto* t) {
        std::int64_t i = 0;
        while (limit-- > 0) {
            while (i < n && unicode::is_space_ascii_first(t[i])) ++i;
            if (i == n) break;
            const std::int64_t j = i;
            while (i < n && !unicode::is_space_ascii_first(t[i])) ++i;
            if (j == 0 && i == n && is_exact_str(self)) return list_append(out, self);
            if (!append_piece(out, s, j, i)) return false;
        }
        if (i < n) {
            while (i < n && unicode::is_space_ascii_first(t[i])) ++i;
            if (i != n && !append_piece(out, s, i, n)) return false;
        }
        return true;
    });
}

// rsplit_whitespace: the same from the right; pieces are collected in
// reverse and the list is reversed at the end.
bool rsplit_whitespace(Object* self, std::int64_t limit, List* out) {
    Str* s = cast<Str>(self);
    const std::int64_t n = s->length;
    return str_visit(s, [&](const auto* t) {
        std::int64_t i = n;  // end (exclusive) of the unscanned prefix
        while (limit-- > 0) {
            while (i > 0 && unicode::is_space_ascii_first(t[i - 1])) --i;
            if (i == 0) break;
            const std::int64_t j = i;
            while (i > 0 && !unicode::is_space_ascii_first(t[i - 1])) --i;
            if (j == n && i == 0 && is_exact_str(self)) return list_append(out, self);
            if (!append_piece(out, s, i, j)) return false;
        }
        if (i > 0) {
            while (i > 0 && unicode::is_space_ascii_first(t[i - 1])) --i;
            if (i > 0 && !append_piece(out, s, 0, i)) return false;
        }
        return true;
    });
}

bool split_on(Object* self, Str* sep, std::int64_t limit, List* out) {
    Str* s = cast<Str>(self);
    std::vector<std::int64_t> at;
    str_find_all(s, sep, 0, s->length, limit, &at);
    if (at.empty() && is_exact_str(self)) return list_append(out, self);
    std::int64_t i = 0;
    for (const std::int64_t pos : at) {
        if (!append_piece(out, s, i, pos)) return false;
        i = pos + sep->length;
    }
    return append_piece(out, s, i, s->length);
}

bool rsplit_on(Object* self, Str* sep, std::int64_t limit, List* out) {
    Str* s = cast<Str>(self);
    std::int64_t j = s->length;
    std::int64_t count = 0;
    while (limit-- > 0) {
        const std::int64_t pos = str_find_in(s, sep, 0, j, true);
        if (pos < 0) break;
        if (!append_piece(out, s, pos + sep->length, j)) return false;
        j = pos;
        ++count;
    }
    if (count == 0 && is_exact_str(self)) return list_append(out, self);
    return append_piece(out, s, 0, j);
}

void reverse_list(List* list) {
    for (std::int64_t a = 0, b = list->size - 1; a < b; ++a, --b) std::swap(list->items[a], list->items[b]);
}

Ref<> split_common(Object* self, const Args& args, bool reverse) {
    static const ArgSpec split_spec{"split", {"sep", "maxsplit"}, 0};
    static const ArgSpec rsplit_spec{"rsplit", {"sep", "maxsplit"}, 0};
    Object* a[2] = {};
    if (!parse_args(args, reverse ? rsplit_spec : split_spec, a)) return nullptr;
    Str* sep = nullptr;
    if (a[0] && a[0] != None) {
        if (!is_str(a[0])) return raisef(exc::TypeError, "must be str or None, not {}", type_name(a[0]));
        sep = cast<Str>(a[0]);
        if (sep->length == 0) return raise(exc::ValueError, "empty separator");
    }
    std::int64_t limit = -1;
    if (a[1] && !str_index_arg(a[1], limit)) return nullptr;
    if (limit < 0) limit = kNoLimit;
    Ref<List> out = list_new();
    bool ok;
    if (sep) ok = reverse ? rsplit_on(self, sep, limit, out.get()) : split_on(self, sep, limit, out.get());
    else ok = reverse ? rsplit_whitespace(self, limit, out.get()) : split_whitespace(self, limit, out.get());
    if (!ok) return nullptr;
    if (reverse) reverse_list(out.get());
    return out;
}

Ref<> str_split(Object* self, const Args& args) { return split_common(self, args, false); }
Ref<> str_rsplit(Object* self, const Args& args) { return split_common(self, args, true); }

// splitlines: \r\n is one break; the other breaks are unicode::is_linebreak.
Ref<> str_splitlines(Object* self, const Args& args) {
    static const ArgSpec spec{"splitlines", {"keepends"}, 0};
    Object* a[1] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t keepends = 0;
    if (a[0] && !str_index_arg(a[0], keepends)) return nullptr;
    Str* s = cast<Str>(self);
    const std::int64_t n = s->length;
    Ref<List> out = list_new();
    const bool ok = str_visit(s, [&](const auto* t) {
        std::int64_t i = 0, j = 0;
        while (i < n) {
            while (i < n && !unicode::is_linebreak(t[i])) ++i;
            std::int64_t eol = i;
            if (i < n) {
                i = (t[i] == '\r' && i + 1 < n && t[i + 1] == '\n') ? i + 2 : i + 1;
                if (keepends) eol = i;
            }
            if (j == 0 && eol == n && is_exact_str(self)) return list_append(out.get(), self);
            if (!append_piece(out.get(), s, j, eol)) return false;
            j = i;
        }
        return true;
    });
    if (!ok) return nullptr;
    return out;
}

// ---------------------------------------------------------------- partition

Ref<> partition_common(Object* self, const Args& args, bool reverse) {
    if (!check_one_arg(reverse ? "str.rpartition" : "str.partition", args)) return nullptr;
    Str* sep = expect_str(args[0]);
    if (!sep) return nullptr;
    if (sep->length == 0) return raise(exc::ValueError, "empty separator");
    Str* s = cast<Str>(self);
    const std::int64_t pos = str_find_in(s, sep, 0, s->length, reverse);
    Ref<Str> empty = share(str_empty());
    if (pos < 0) {
        Ref<Str> whole = str_unchanged(self);
        return reverse ? tuple_from({empty.get(), empty.get(), whole.get()})
                       : tuple_from({whole.get(), empty.get(), empty.get()});
    }
    Ref<Str> head = str_substring(s, 0, pos);
    Ref<Str> tail = str_substring(s, pos + sep->length, s->length);
    return tuple_from({head.get(), sep, tail.get()});
}

Ref<> str_partition(Object* self, const Args& args) { return partition_common(self, args, false); }
Ref<> str_rpartition(Object* self, const Args& args) { return partition_common(self, args, true); }

// --------------------------------------------------------------------- join

// _PyUnicode_JoinArray: one pass to size the result (its length and kind),
// one to copy; `sep` may be null. Every item is a str.
Ref<Str> join_array(const Str* sep, Object* const* items, std::int64_t n) {
    std::int64_t length = 0;
    std::uint32_t maxchar = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const Str* item = cast<Str>(items[i]);
        length += item->length;
        if (item->length) maxchar = std::max(maxchar, str_max_class(item));
    }
    if (sep && n > 1 && sep->length) {
        length += sep->length * (n - 1);
        maxchar = std::max(maxchar, str_max_class(sep));
    }
    // PyUnicode_New: '' is shared, any other result is new, even one
    // character (''.join(['a', '']) is not 'a').
    if (length == 0) return share(str_empty());
    Ref<Str> out = str_new_uninit(length, maxchar);
    if (out->kind() == 1) {
        // One byte per code point everywhere (every part's kind is 1 too):
        // the parts are mostly a few characters (f-string pieces, words,
        // numbers), copied inline rather than by a call of memcpy each.
        auto copy = [](std::uint8_t* to, const std::uint8_t* from, std::int64_t count) {
            if (count > 16) std::memcpy(to, from, static_cast<std::size_t>(count));
            else
                for (std::int64_t k = 0; k < count; ++k) to[k] = from[k];
            return to + count;
        };
        auto* to = static_cast<std::uint8_t*>(out->kind_data());
        const std::int64_t sep_length = sep ? sep->length : 0;
        for (std::int64_t i = 0; i < n; ++i) {
            if (i > 0 && sep_length) to = copy(to, sep->latin1(), sep_length);
            const Str* item = cast<Str>(items[i]);
            to = copy(to, item->latin1(), item->length);
        }
        return out;
    }
    std::int64_t at = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        if (i > 0 && sep) {
            str_copy_chars(out.get(), at, sep, 0, sep->length);
            at += sep->length;
        }
        const Str* item = cast<Str>(items[i]);
        str_copy_chars(out.get(), at, item, 0, item->length);
        at += item->length;
    }
    return out;
}

Ref<> str_join(Object* self, const Args& args) {
    if (!check_one_arg("str.join", args)) return nullptr;
    Ref<> seq = sequence_fast(args[0], "can only join an iterable");
    if (!seq) return nullptr;
    Object* const* items = sequence_fast_items(seq.get());
    const std::int64_t n = sequence_fast_size(seq.get());
    if (n == 0) return share(str_empty());
    if (n == 1 && is_exact_str(items[0])) return share(items[0]);
    for (std::int64_t i = 0; i < n; ++i) {
        if (!is_str(items[i]))
            return raisef(exc::TypeError, "sequence item {}: expected str instance, {} found", i,
                          type_name(items[i]));
    }
    return join_array(cast<Str>(self), items, n);
}

// ------------------------------------------------- removeprefix/removesuffix

Ref<> remove_affix(Object* self, const Args& args, bool suffix) {
    if (!check_one_arg(suffix ? "str.removesuffix" : "str.removeprefix", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "{}() argument must be str, not {}", suffix ? "removesuffix" : "removeprefix",
                      arg_type_name(args[0]));
    Str* s = cast<Str>(self);
    const Str* affix = cast<Str>(args[0]);
    if (affix->length == 0 || affix->length > s->length) return str_unchanged(self);
    if (suffix) {
        if (!match_at(s, s->length - affix->length, affix)) return str_unchanged(self);
        return str_substring(s, 0, s->length - affix->length);
    }
    if (!match_at(s, 0, affix)) return str_unchanged(self);
    return str_substring(s, affix->length, s->length);
}

Ref<> str_removeprefix(Object* self, const Args& args) { return remove_affix(self, args, false); }
Ref<> str_removesuffix(Object* self, const Args& args) { return remove_affix(self, args, true); }

}  // namespace

Ref<Str> str_concat_array(Object* const* parts, std::size_t n) {
    if (n == 1 && is_exact_str(parts[0])) return share(cast<Str>(parts[0]));
    return join_array(nullptr, parts, static_cast<std::int64_t>(n));
}

void str_add_search_methods(Type& type) {
    add_methods(type, {
                          {"find", str_find},
                          {"rfind", str_rfind},
                          {"index", str_index},
                          {"rindex", str_rindex},
                          {"count", str_count},
                          {"startswith", str_startswith},
                          {"endswith", str_endswith},
                          {"replace", str_replace},
                          {"split", str_split},
                          {"rsplit", str_rsplit},
                          {"splitlines", str_splitlines},
                          {"partition", str_partition},
                          {"rpartition", str_rpartition},
                          {"join", str_join},
                          {"removeprefix", str_removeprefix},
                          {"removesuffix", str_removesuffix},
                      });
}

}  // namespace minipy
