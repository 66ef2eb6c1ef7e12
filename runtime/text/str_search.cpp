// str methods that search: find/rfind/index/rindex/count, startswith/endswith,
// replace, split/rsplit/splitlines, partition/rpartition, join, and
// removeprefix/removesuffix. Algorithms and edge cases are CPython's
// Objects/stringlib (split.h, partition.h, find.h); searching happens on the
// UTF-8 bytes (a valid UTF-8 needle can only match at code point boundaries)
// and positions are converted to code point indexes at the edges.
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

#include <limits>
#include <string>

namespace minipy {

namespace {

constexpr std::int64_t kNoLimit = std::numeric_limits<std::int64_t>::max();
constexpr std::size_t npos = std::string_view::npos;

// A piece of `s` between two byte offsets, as a new (or cached) str.
Ref<Str> piece(const Str* s, std::size_t from, std::size_t to) {
    const std::string_view part = s->view().substr(from, to - from);
    if (s->ascii) return str_new(part, static_cast<std::int64_t>(part.size()), true);
    return str_from(part);
}

bool append_piece(List* list, const Str* s, std::size_t from, std::size_t to) {
    Ref<Str> p = piece(s, from, to);
    return list_append(list, p.get());
}

// "must be str, not int": the wording of stringlib's argument checks.
Str* expect_str(Object* o) {
    if (is_str(o)) return cast<Str>(o);
    raisef(exc::TypeError, "must be str, not {}", type_name(o));
    return nullptr;
}

// The byte range [from, to) of code points [start, end) after the bounds
// were adjusted; false when the range is empty-and-inverted (end < start).
struct ByteRange {
    std::int64_t start, end;  // code points
    std::size_t from, to;     // bytes
};

bool bounds(Str* s, Object* start, Object* end, ByteRange& r) {
    if (!str_parse_bounds(start, end, s->length, r.start, r.end)) return false;
    if (r.start <= r.end) {
        r.from = str_byte_offset(s, r.start);
        r.to = str_byte_offset(s, r.end);
    } else {
        r.from = r.to = 0;
    }
    return true;
}

// ------------------------------------------------------------- find family

// find/rfind/index/rindex/count share their argument parsing (stringlib's
// parse_args_finds). Returns -2 on error, -1 when not found.
std::int64_t find_impl(Object* self, const Args& args, std::string_view name, bool reverse) {
    if (!str_check_varargs(name, args, 1, 3)) return -2;
    Str* s = cast<Str>(self);
    Str* sub = expect_str(args[0]);
    if (!sub) return -2;
    ByteRange r;
    if (!bounds(s, args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr, r)) return -2;
    if (r.end - r.start < sub->length) return -1;
    const std::string_view hay = s->view().substr(r.from, r.to - r.from);
    const std::size_t pos = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
    if (pos == npos) return -1;
    if (s->ascii) return r.start + static_cast<std::int64_t>(pos);
    return r.start + unicode::utf8_count(hay.substr(0, pos));
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

// Non-overlapping occurrences of `sub` in `hay`, at most `limit`.
std::int64_t count_in(std::string_view hay, std::string_view sub, std::int64_t limit) {
    std::int64_t n = 0;
    for (std::size_t pos = hay.find(sub); pos != npos && n < limit; pos = hay.find(sub, pos + sub.size())) ++n;
    return n;
}

Ref<> str_count(Object* self, const Args& args) {
    if (!str_check_varargs("count", args, 1, 3)) return nullptr;
    Str* s = cast<Str>(self);
    Str* sub = expect_str(args[0]);
    if (!sub) return nullptr;
    ByteRange r;
    if (!bounds(s, args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr, r)) return nullptr;
    if (r.end - r.start < sub->length) return int_from(0);
    if (sub->size == 0) return int_from(r.end - r.start + 1);
    return int_from(count_in(s->view().substr(r.from, r.to - r.from), sub->view(), kNoLimit));
}

// tailmatch: does `sub` occur at the start (or end) of s[start:end]?
bool tail_match(Str* s, Str* sub, const ByteRange& r, bool at_end) {
    if (r.end - r.start < sub->length) return false;
    if (sub->size == 0) return true;
    const std::string_view hay = s->view().substr(r.from, r.to - r.from);
    if (hay.size() < static_cast<std::size_t>(sub->size)) return false;
    return at_end ? hay.substr(hay.size() - sub->size) == sub->view() : hay.substr(0, sub->size) == sub->view();
}

Ref<> starts_or_ends(Object* self, const Args& args, std::string_view name, bool at_end) {
    if (!str_check_varargs(name, args, 1, 3)) return nullptr;
    Str* s = cast<Str>(self);
    ByteRange r;
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
    const std::string_view text = s->view();
    std::string out;
    if (old->size == 0) {
        // Insert before every code point and at the end, `limit` times at most.
        if (limit > s->length + 1) limit = s->length + 1;
        std::size_t pos = 0;
        for (std::int64_t n = 0; n < limit; ++n) {
            out.append(repl->view());
            if (pos < text.size()) {
                const std::size_t len = static_cast<std::size_t>(unicode::utf8_seq_len(static_cast<unsigned char>(text[pos])));
                out.append(text.substr(pos, len));
                pos += len;
            }
        }
        out.append(text.substr(pos));
        return str_from(out);
    }
    std::size_t pos = text.find(old->view());
    if (pos == npos) return str_unchanged(self);
    std::size_t last = 0;
    for (std::int64_t n = 0; pos != npos && n < limit; ++n) {
        out.append(text.substr(last, pos - last));
        out.append(repl->view());
        last = pos + static_cast<std::size_t>(old->size);
        pos = text.find(old->view(), last);
    }
    out.append(text.substr(last));
    if (s->ascii && repl->ascii) return str_from_ascii(out);
    return str_from(out);
}

// -------------------------------------------------------------------- split

bool space_at(std::string_view t, std::size_t pos, std::size_t& next) {
    const char* p = t.data() + pos;
    const std::uint32_t cp = unicode::utf8_next(p);
    next = static_cast<std::size_t>(p - t.data());
    return unicode::is_space(cp);
}
bool space_before(std::string_view t, std::size_t pos, std::size_t& prev) {
    const char* p = t.data() + pos;
    const std::uint32_t cp = unicode::utf8_prev(p);
    prev = static_cast<std::size_t>(p - t.data());
    return unicode::is_space(cp);
}

// split_whitespace: runs of whitespace separate words; leading and trailing
// whitespace make no empty words.
bool split_whitespace(Object* self, std::int64_t limit, List* out) {
    const Str* s = cast<Str>(self);
    const std::string_view t = s->view();
    const std::size_t n = t.size();
    std::size_t i = 0, next = 0;
    while (limit-- > 0) {
        while (i < n && space_at(t, i, next)) i = next;
        if (i == n) break;
        const std::size_t j = i;
        while (i < n && !space_at(t, i, next)) i = next;
        if (j == 0 && i == n && is_exact_str(self)) return list_append(out, self);
        if (!append_piece(out, s, j, i)) return false;
    }
    if (i < n) {
        while (i < n && space_at(t, i, next)) i = next;
        if (i != n && !append_piece(out, s, i, n)) return false;
    }
    return true;
}

// rsplit_whitespace: the same from the right; pieces are collected in
// reverse and the list is reversed at the end.
bool rsplit_whitespace(Object* self, std::int64_t limit, List* out) {
    const Str* s = cast<Str>(self);
    const std::string_view t = s->view();
    const std::size_t n = t.size();
    std::size_t i = n, prev = 0;  // i: end (exclusive) of the unscanned prefix
    while (limit-- > 0) {
        while (i > 0 && space_before(t, i, prev)) i = prev;
        if (i == 0) break;
        const std::size_t j = i;
        while (i > 0 && !space_before(t, i, prev)) i = prev;
        if (j == n && i == 0 && is_exact_str(self)) return list_append(out, self);
        if (!append_piece(out, s, i, j)) return false;
    }
    if (i > 0) {
        while (i > 0 && space_before(t, i, prev)) i = prev;
        if (i > 0 && !append_piece(out, s, 0, i)) return false;
    }
    return true;
}

bool split_on(Object* self, Str* sep, std::int64_t limit, List* out) {
    const Str* s = cast<Str>(self);
    const std::string_view t = s->view();
    std::size_t i = 0;
    std::int64_t count = 0;
    while (limit-- > 0) {
        const std::size_t pos = t.find(sep->view(), i);
        if (pos == npos) break;
        if (!append_piece(out, s, i, pos)) return false;
        i = pos + static_cast<std::size_t>(sep->size);
        ++count;
    }
    if (count == 0 && is_exact_str(self)) return list_append(out, self);
    return append_piece(out, s, i, t.size());
}

bool rsplit_on(Object* self, Str* sep, std::int64_t limit, List* out) {
    const Str* s = cast<Str>(self);
    const std::string_view t = s->view();
    std::size_t j = t.size();
    std::int64_t count = 0;
    while (limit-- > 0) {
        if (j < static_cast<std::size_t>(sep->size)) break;
        const std::size_t pos = t.substr(0, j).rfind(sep->view());
        if (pos == npos) break;
        if (!append_piece(out, s, pos + static_cast<std::size_t>(sep->size), j)) return false;
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
        if (sep->size == 0) return raise(exc::ValueError, "empty separator");
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
    const Str* s = cast<Str>(self);
    const std::string_view t = s->view();
    const std::size_t n = t.size();
    Ref<List> out = list_new();
    std::size_t i = 0, j = 0;
    while (i < n) {
        std::size_t next = i;
        while (i < n) {
            const char* p = t.data() + i;
            const std::uint32_t cp = unicode::utf8_next(p);
            next = static_cast<std::size_t>(p - t.data());
            if (unicode::is_linebreak(cp)) break;
            i = next;
        }
        std::size_t eol = i;
        if (i < n) {
            i = (t[i] == '\r' && i + 1 < n && t[i + 1] == '\n') ? i + 2 : next;
            if (keepends) eol = i;
        }
        if (j == 0 && eol == n && is_exact_str(self)) {
            if (!list_append(out.get(), self)) return nullptr;
            break;
        }
        if (!append_piece(out.get(), s, j, eol)) return nullptr;
        j = i;
    }
    return out;
}

// ---------------------------------------------------------------- partition

Ref<> partition_common(Object* self, const Args& args, bool reverse) {
    if (!check_one_arg(reverse ? "str.rpartition" : "str.partition", args)) return nullptr;
    Str* sep = expect_str(args[0]);
    if (!sep) return nullptr;
    if (sep->size == 0) return raise(exc::ValueError, "empty separator");
    const Str* s = cast<Str>(self);
    const std::string_view t = s->view();
    const std::size_t pos = reverse ? t.rfind(sep->view()) : t.find(sep->view());
    Ref<Str> empty = str_from("");
    if (pos == npos) {
        Ref<Str> whole = str_unchanged(self);
        return reverse ? tuple_from({empty.get(), empty.get(), whole.get()})
                       : tuple_from({whole.get(), empty.get(), empty.get()});
    }
    Ref<Str> head = piece(s, 0, pos);
    Ref<Str> tail = piece(s, pos + static_cast<std::size_t>(sep->size), t.size());
    return tuple_from({head.get(), sep, tail.get()});
}

Ref<> str_partition(Object* self, const Args& args) { return partition_common(self, args, false); }
Ref<> str_rpartition(Object* self, const Args& args) { return partition_common(self, args, true); }

// --------------------------------------------------------------------- join

Ref<> str_join(Object* self, const Args& args) {
    if (!check_one_arg("str.join", args)) return nullptr;
    Ref<> seq = sequence_fast(args[0], "can only join an iterable");
    if (!seq) return nullptr;
    Object* const* items = sequence_fast_items(seq.get());
    const std::int64_t n = sequence_fast_size(seq.get());
    if (n == 0) return str_from("");
    if (n == 1 && is_exact_str(items[0])) return share(items[0]);
    const Str* sep = cast<Str>(self);
    std::size_t total = 0;
    std::int64_t length = 0;
    bool ascii = sep->ascii;
    for (std::int64_t i = 0; i < n; ++i) {
        if (!is_str(items[i]))
            return raisef(exc::TypeError, "sequence item {}: expected str instance, {} found", i,
                          type_name(items[i]));
        const Str* item = cast<Str>(items[i]);
        total += static_cast<std::size_t>(item->size);
        length += item->length;
        ascii &= item->ascii;
    }
    total += static_cast<std::size_t>(sep->size) * static_cast<std::size_t>(n - 1);
    length += sep->length * (n - 1);
    std::string out;
    out.reserve(total);
    for (std::int64_t i = 0; i < n; ++i) {
        if (i > 0) out.append(sep->view());
        out.append(cast<Str>(items[i])->view());
    }
    return str_new(out, length, ascii);
}

// ------------------------------------------------- removeprefix/removesuffix

Ref<> remove_affix(Object* self, const Args& args, bool suffix) {
    if (!check_one_arg(suffix ? "str.removesuffix" : "str.removeprefix", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "{}() argument must be str, not {}", suffix ? "removesuffix" : "removeprefix",
                      arg_type_name(args[0]));
    Str* s = cast<Str>(self);
    const Str* affix = cast<Str>(args[0]);
    const std::string_view t = s->view();
    if (affix->size == 0 || affix->size > s->size) return str_unchanged(self);
    if (suffix) {
        if (t.substr(t.size() - affix->size) != affix->view()) return str_unchanged(self);
        return str_substring(s, 0, s->length - affix->length);
    }
    if (t.substr(0, affix->size) != affix->view()) return str_unchanged(self);
    return str_substring(s, affix->length, s->length);
}

Ref<> str_removeprefix(Object* self, const Args& args) { return remove_affix(self, args, false); }
Ref<> str_removesuffix(Object* self, const Args& args) { return remove_affix(self, args, true); }

}  // namespace

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
