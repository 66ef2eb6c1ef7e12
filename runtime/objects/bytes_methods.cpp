// The methods bytes and bytearray share: searching, splitting, stripping, ASCII case mapping
// and predicates, padding, hex/fromhex, translate and decode. Algorithms and
// messages follow CPython 3.11's Objects/bytes_methods.c, bytesobject.c and
// stringlib; "whitespace" is ASCII's (space \t \n \v \f \r), letters are ASCII.
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/modules/array.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/bytes_impl.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/memoryview.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/codecs.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace minipy {

namespace {

constexpr std::int64_t kNoLimit = std::numeric_limits<std::int64_t>::max();
constexpr std::size_t npos = std::string_view::npos;

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char to_lower(char c) { return is_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return is_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 'a' + 'A') : c; }

// The receiver is a bytes or a bytearray; results are of its kind, as
// CPython builds them with STRINGLIB_NEW, and a bytearray's are always new.
std::string_view view_of(Object* self) {
    return is_bytearray(self) ? cast<ByteArray>(self)->view() : cast<Bytes>(self)->view();
}
std::string_view owner(Object* self) { return is_bytearray(self) ? "bytearray" : "bytes"; }
std::string qualified(Object* self, std::string_view method) {
    std::string out(owner(self));
    out += '.';
    out += method;
    return out;
}
Ref<> new_like(Object* self, std::string_view raw) {
    if (is_bytearray(self)) return bytearray_from(raw);
    return bytes_from(raw);
}
Ref<> unchanged_like(Object* self) {
    if (is_bytearray(self)) return bytearray_from(view_of(self));
    return bytes_unchanged(self);
}

// An argument CPython takes as a simple buffer (buffer.hpp).
bool expect_bytes(Object* o, std::string_view& out) { return simple_bytes(o, out); }

// The needle of find/count/index: bytes, or an int standing for one byte.
bool needle_arg(Object* o, std::string& holder, std::string_view& out) {
    if (is_bytes_like(o)) return expect_bytes(o, out);
    if (is_int(o) || o->type->to_index) {
        const int byte = bytes_byte_value(o);
        if (byte < 0) return false;
        holder.assign(1, static_cast<char>(byte));
        out = holder;
        return true;
    }
    raisef(exc::TypeError, "argument should be integer or bytes-like object, not '{}'", type_name(o));
    return false;
}

bool append_piece(Object* self, List* list, std::string_view text, std::size_t from, std::size_t to) {
    Ref<> p = new_like(self, text.substr(from, to - from));
    return list_append(list, p.get());
}

// ------------------------------------------------------------- find family

// -2 on error, -1 when not found.
std::int64_t find_impl(Object* self, const Args& args, std::string_view name, bool reverse) {
    if (!str_check_varargs(name, args, 1, 3, owner(self))) return -2;
    std::string holder;
    std::string_view sub;
    if (!needle_arg(args[0], holder, sub)) return -2;
    const std::string_view text = view_of(self);
    std::int64_t start, end;
    if (!str_parse_bounds(args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr,
                          static_cast<std::int64_t>(text.size()), start, end))
        return -2;
    if (end - start < static_cast<std::int64_t>(sub.size())) return -1;
    const std::string_view hay = text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    const std::size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
    return pos == npos ? -1 : start + static_cast<std::int64_t>(pos);
}

Ref<> bytes_find(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "find", false);
    return i == -2 ? nullptr : int_from(i);
}
Ref<> bytes_rfind(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "rfind", true);
    return i == -2 ? nullptr : int_from(i);
}
Ref<> bytes_index(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "index", false);
    if (i == -1) return raise(exc::ValueError, "subsection not found");
    return i == -2 ? nullptr : int_from(i);
}
Ref<> bytes_rindex(Object* self, const Args& args) {
    const std::int64_t i = find_impl(self, args, "rindex", true);
    if (i == -1) return raise(exc::ValueError, "subsection not found");
    return i == -2 ? nullptr : int_from(i);
}

Ref<> bytes_count(Object* self, const Args& args) {
    if (!str_check_varargs("count", args, 1, 3, owner(self))) return nullptr;
    std::string holder;
    std::string_view sub;
    if (!needle_arg(args[0], holder, sub)) return nullptr;
    const std::string_view text = view_of(self);
    std::int64_t start, end;
    if (!str_parse_bounds(args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr,
                          static_cast<std::int64_t>(text.size()), start, end))
        return nullptr;
    if (end - start < static_cast<std::int64_t>(sub.size())) return int_from(0);
    if (sub.empty()) return int_from(end - start + 1);
    const std::string_view hay = text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    std::int64_t n = 0;
    for (std::size_t pos = hay.find(sub); pos != npos; pos = hay.find(sub, pos + sub.size())) ++n;
    return int_from(n);
}

Ref<> starts_or_ends(Object* self, const Args& args, std::string_view name, bool at_end) {
    if (!str_check_varargs(name, args, 1, 3, owner(self))) return nullptr;
    const std::string_view text = view_of(self);
    std::int64_t start, end;
    if (!str_parse_bounds(args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr,
                          static_cast<std::int64_t>(text.size()), start, end))
        return nullptr;
    auto match = [&](std::string_view sub) {
        if (end - start < static_cast<std::int64_t>(sub.size())) return false;
        const std::size_t at = at_end ? static_cast<std::size_t>(end) - sub.size() : static_cast<std::size_t>(start);
        return text.substr(at, sub.size()) == sub;
    };
    Object* what = args[0];
    if (is_tuple(what)) {
        for (Object* item : *cast<Tuple>(what)) {
            std::string_view sub;
            if (!expect_bytes(item, sub)) return nullptr;
            if (match(sub)) return bool_from(true);
        }
        return bool_from(false);
    }
    if (!is_bytes_like(what))
        return raisef(exc::TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                      type_name(what));
    std::string_view sub;
    if (!expect_bytes(what, sub)) return nullptr;
    return bool_from(match(sub));
}

Ref<> bytes_startswith(Object* self, const Args& args) { return starts_or_ends(self, args, "startswith", false); }
Ref<> bytes_endswith(Object* self, const Args& args) { return starts_or_ends(self, args, "endswith", true); }

// ------------------------------------------------------------------ replace

Ref<> bytes_replace(Object* self, const Args& args) {
    if (!check_no_keywords(qualified(self, "replace"), args) || !check_arg_range("replace", args, 2, 3)) return nullptr;
    std::string_view old, repl;
    if (!expect_bytes(args[0], old) || !expect_bytes(args[1], repl)) return nullptr;
    std::int64_t limit = -1;
    if (args.size() > 2 && !str_index_arg(args[2], limit)) return nullptr;
    if (limit < 0) limit = kNoLimit;
    const std::string_view text = view_of(self);
    if (limit == 0 || old == repl) return unchanged_like(self);
    std::string out;
    if (old.empty()) {
        if (limit > static_cast<std::int64_t>(text.size()) + 1) limit = static_cast<std::int64_t>(text.size()) + 1;
        std::size_t pos = 0;
        for (std::int64_t n = 0; n < limit; ++n) {
            out += repl;
            if (pos < text.size()) out += text[pos++];
        }
        out += text.substr(pos);
        return new_like(self, out);
    }
    std::size_t pos = text.find(old);
    if (pos == npos) return unchanged_like(self);
    std::size_t last = 0;
    for (std::int64_t n = 0; pos != npos && n < limit; ++n) {
        out += text.substr(last, pos - last);
        out += repl;
        last = pos + old.size();
        pos = text.find(old, last);
    }
    out += text.substr(last);
    return new_like(self, out);
}

// -------------------------------------------------------------------- split

Ref<> split_common(Object* self, const Args& args, bool reverse) {
    static const ArgSpec split_spec{"split", {"sep", "maxsplit"}, 0};
    static const ArgSpec rsplit_spec{"rsplit", {"sep", "maxsplit"}, 0};
    Object* a[2] = {};
    if (!parse_args(args, reverse ? rsplit_spec : split_spec, a)) return nullptr;
    std::string_view sep;
    const bool whitespace = !a[0] || a[0] == None;
    if (!whitespace) {
        if (!expect_bytes(a[0], sep)) return nullptr;
        if (sep.empty()) return raise(exc::ValueError, "empty separator");
    }
    std::int64_t limit = -1;
    if (a[1] && !str_index_arg(a[1], limit)) return nullptr;
    if (limit < 0) limit = kNoLimit;
    const std::string_view t = view_of(self);
    const std::size_t n = t.size();
    Ref<List> out = list_new();
    List* list = out.get();
    auto sp = [&](std::size_t i) { return is_space(static_cast<unsigned char>(t[i])); };
    bool ok = true;
    if (whitespace && !reverse) {
        std::size_t i = 0;
        while (limit-- > 0) {
            while (i < n && sp(i)) ++i;
            if (i == n) break;
            const std::size_t j = i;
            while (i < n && !sp(i)) ++i;
            if (j == 0 && i == n && is_exact_bytes(self)) {
                ok = list_append(list, self);
                i = n;
                break;
            }
            if (!(ok = append_piece(self, list, t, j, i))) break;
        }
        if (ok && i < n) {
            while (i < n && sp(i)) ++i;
            if (i != n) ok = append_piece(self, list, t, i, n);
        }
    } else if (whitespace) {
        std::size_t i = n;  // end of the unscanned prefix
        while (limit-- > 0) {
            while (i > 0 && sp(i - 1)) --i;
            if (i == 0) break;
            const std::size_t j = i;
            while (i > 0 && !sp(i - 1)) --i;
            if (j == n && i == 0 && is_exact_bytes(self)) {
                ok = list_append(list, self);
                break;
            }
            if (!(ok = append_piece(self, list, t, i, j))) break;
        }
        if (ok && i > 0) {
            while (i > 0 && sp(i - 1)) --i;
            if (i > 0) ok = append_piece(self, list, t, 0, i);
        }
    } else if (!reverse) {
        std::size_t i = 0;
        std::int64_t count = 0;
        while (limit-- > 0) {
            const std::size_t pos = t.find(sep, i);
            if (pos == npos) break;
            if (!(ok = append_piece(self, list, t, i, pos))) break;
            i = pos + sep.size();
            ++count;
        }
        if (ok) ok = count == 0 && is_exact_bytes(self) ? list_append(list, self) : append_piece(self, list, t, i, n);
    } else {
        std::size_t j = n;
        std::int64_t count = 0;
        while (limit-- > 0) {
            if (j < sep.size()) break;
            const std::size_t pos = t.substr(0, j).rfind(sep);
            if (pos == npos) break;
            if (!(ok = append_piece(self, list, t, pos + sep.size(), j))) break;
            j = pos;
            ++count;
        }
        if (ok) ok = count == 0 && is_exact_bytes(self) ? list_append(list, self) : append_piece(self, list, t, 0, j);
    }
    if (!ok) return nullptr;
    if (reverse)
        for (std::int64_t x = 0, y = list->size - 1; x < y; ++x, --y) std::swap(list->items[x], list->items[y]);
    return out;
}

Ref<> bytes_split(Object* self, const Args& args) { return split_common(self, args, false); }
Ref<> bytes_rsplit(Object* self, const Args& args) { return split_common(self, args, true); }

// splitlines: only \n, \r and \r\n break lines in bytes.
Ref<> bytes_splitlines(Object* self, const Args& args) {
    static const ArgSpec spec{"splitlines", {"keepends"}, 0};
    Object* a[1] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t keepends = 0;
    if (a[0] && !str_index_arg(a[0], keepends)) return nullptr;
    const std::string_view t = view_of(self);
    const std::size_t n = t.size();
    Ref<List> out = list_new();
    std::size_t i = 0, j = 0;
    while (i < n) {
        while (i < n && t[i] != '\n' && t[i] != '\r') ++i;
        std::size_t eol = i;
        if (i < n) {
            i = (t[i] == '\r' && i + 1 < n && t[i + 1] == '\n') ? i + 2 : i + 1;
            if (keepends) eol = i;
        }
        if (j == 0 && eol == n && is_exact_bytes(self)) {
            if (!list_append(out.get(), self)) return nullptr;
            break;
        }
        if (!append_piece(self, out.get(), t, j, eol)) return nullptr;
        j = i;
    }
    return out;
}

Ref<> partition_common(Object* self, const Args& args, bool reverse) {
    if (!check_one_arg(reverse ? qualified(self, "rpartition") : qualified(self, "partition"), args)) return nullptr;
    std::string_view sep;
    if (!expect_bytes(args[0], sep)) return nullptr;
    if (sep.empty()) return raise(exc::ValueError, "empty separator");
    const std::string_view t = view_of(self);
    const std::size_t pos = reverse ? t.rfind(sep) : t.find(sep);
    if (pos == npos) {
        Ref<> whole = unchanged_like(self);
        Ref<> empty1 = new_like(self, "");
        Ref<> empty2 = new_like(self, "");
        if (!whole || !empty1 || !empty2) return nullptr;
        return reverse ? tuple_from({empty1.get(), empty2.get(), whole.get()})
                       : tuple_from({whole.get(), empty1.get(), empty2.get()});
    }
    Ref<> head = new_like(self, t.substr(0, pos));
    // A bytearray's parts are all new bytearrays; bytes keeps the separator object.
    Ref<> middle = is_bytearray(self) ? new_like(self, sep) : share(args[0]);
    Ref<> tail = new_like(self, t.substr(pos + sep.size()));
    if (!head || !middle || !tail) return nullptr;
    return tuple_from({head.get(), middle.get(), tail.get()});
}

Ref<> bytes_partition(Object* self, const Args& args) { return partition_common(self, args, false); }
Ref<> bytes_rpartition(Object* self, const Args& args) { return partition_common(self, args, true); }

Ref<> bytes_join(Object* self, const Args& args) {
    if (!check_one_arg(qualified(self, "join"), args)) return nullptr;
    Ref<> seq = sequence_fast(args[0], "can only join an iterable");
    if (!seq) return nullptr;
    Object* const* items = sequence_fast_items(seq.get());
    const std::int64_t n = sequence_fast_size(seq.get());
    if (n == 1 && is_exact_bytes(items[0]) && !is_bytearray(self)) return share(items[0]);
    std::string out;
    for (std::int64_t i = 0; i < n; ++i) {
        if (!is_bytes_like(items[i]))
            return raisef(exc::TypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                          type_name(items[i]));
        std::string_view piece;
        if (!expect_bytes(items[i], piece)) return nullptr;
        if (i > 0) out += view_of(self);
        out += piece;
    }
    return new_like(self, out);
}

// ---------------------------------------------------------- strip and affix

Ref<> strip_common(Object* self, const Args& args, int sides, std::string_view name) {
    if (!check_no_keywords(qualified(self, name), args) || !check_arg_range(name, args, 0, 1))
        return nullptr;
    std::string_view chars;
    const bool whitespace = args.size() == 0 || args[0] == None;
    if (!whitespace && !expect_bytes(args[0], chars)) return nullptr;
    auto strippable = [&](char c) {
        return whitespace ? is_space(static_cast<unsigned char>(c)) : chars.find(c) != npos;
    };
    const std::string_view t = view_of(self);
    std::size_t from = 0, to = t.size();
    if (sides & 1)
        while (from < to && strippable(t[from])) ++from;
    if (sides & 2)
        while (to > from && strippable(t[to - 1])) --to;
    if (from == 0 && to == t.size()) return unchanged_like(self);
    return new_like(self, t.substr(from, to - from));
}

Ref<> bytes_strip(Object* self, const Args& args) { return strip_common(self, args, 3, "strip"); }
Ref<> bytes_lstrip(Object* self, const Args& args) { return strip_common(self, args, 1, "lstrip"); }
Ref<> bytes_rstrip(Object* self, const Args& args) { return strip_common(self, args, 2, "rstrip"); }

Ref<> remove_affix(Object* self, const Args& args, bool suffix) {
    if (!check_one_arg(suffix ? qualified(self, "removesuffix") : qualified(self, "removeprefix"), args)) return nullptr;
    std::string_view affix;
    if (!expect_bytes(args[0], affix)) return nullptr;
    const std::string_view t = view_of(self);
    if (affix.empty() || affix.size() > t.size()) return unchanged_like(self);
    if (suffix) {
        if (t.substr(t.size() - affix.size()) != affix) return unchanged_like(self);
        return new_like(self, t.substr(0, t.size() - affix.size()));
    }
    if (t.substr(0, affix.size()) != affix) return unchanged_like(self);
    return new_like(self, t.substr(affix.size()));
}

Ref<> bytes_removeprefix(Object* self, const Args& args) { return remove_affix(self, args, false); }
Ref<> bytes_removesuffix(Object* self, const Args& args) { return remove_affix(self, args, true); }

// ------------------------------------------------------------ case mapping

enum class Mode { Lower, Upper, Title, Capitalize, Swap };

Ref<> map_case(Object* self, const Args& args, Mode mode, std::string_view name) {
    if (!check_no_args(name, args)) return nullptr;
    std::string out(view_of(self));
    bool previous_cased = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        char& c = out[i];
        const auto u = static_cast<unsigned char>(c);
        switch (mode) {
        case Mode::Lower: c = to_lower(c); break;
        case Mode::Upper: c = to_upper(c); break;
        case Mode::Swap: c = is_upper(u) ? to_lower(c) : to_upper(c); break;
        case Mode::Capitalize: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case Mode::Title:
            c = previous_cased ? to_lower(c) : to_upper(c);
            previous_cased = is_alpha(u);
            break;
        }
    }
    return new_like(self, out);
}

Ref<> bytes_lower(Object* self, const Args& args) { return map_case(self, args, Mode::Lower, qualified(self, "lower")); }
Ref<> bytes_upper(Object* self, const Args& args) { return map_case(self, args, Mode::Upper, qualified(self, "upper")); }
Ref<> bytes_title(Object* self, const Args& args) { return map_case(self, args, Mode::Title, qualified(self, "title")); }
Ref<> bytes_capitalize(Object* self, const Args& args) {
    return map_case(self, args, Mode::Capitalize, qualified(self, "capitalize"));
}
Ref<> bytes_swapcase(Object* self, const Args& args) { return map_case(self, args, Mode::Swap, qualified(self, "swapcase")); }

template <class Pred>
Ref<> all_bytes(Object* self, const Args& args, std::string_view name, Pred pred) {
    if (!check_no_args(name, args)) return nullptr;
    const std::string_view t = view_of(self);
    if (t.empty()) return bool_from(false);
    for (char c : t)
        if (!pred(static_cast<unsigned char>(c))) return bool_from(false);
    return bool_from(true);
}

Ref<> bytes_isalpha(Object* self, const Args& args) { return all_bytes(self, args, qualified(self, "isalpha"), is_alpha); }
Ref<> bytes_isdigit(Object* self, const Args& args) { return all_bytes(self, args, qualified(self, "isdigit"), is_digit); }
Ref<> bytes_isspace(Object* self, const Args& args) { return all_bytes(self, args, qualified(self, "isspace"), is_space); }
Ref<> bytes_isalnum(Object* self, const Args& args) {
    return all_bytes(self, args, qualified(self, "isalnum"), [](unsigned char c) { return is_alpha(c) || is_digit(c); });
}
Ref<> bytes_isascii(Object* self, const Args& args) {
    if (!check_no_args(qualified(self, "isascii"), args)) return nullptr;
    for (char c : view_of(self))
        if (static_cast<unsigned char>(c) >= 0x80) return bool_from(false);
    return bool_from(true);
}

Ref<> case_test(Object* self, const Args& args, std::string_view name, bool want_lower) {
    if (!check_no_args(name, args)) return nullptr;
    bool cased = false;
    for (char ch : view_of(self)) {
        const auto c = static_cast<unsigned char>(ch);
        if (want_lower ? is_upper(c) : is_lower(c)) return bool_from(false);
        if (want_lower ? is_lower(c) : is_upper(c)) cased = true;
    }
    return bool_from(cased);
}

Ref<> bytes_islower(Object* self, const Args& args) { return case_test(self, args, qualified(self, "islower"), true); }
Ref<> bytes_isupper(Object* self, const Args& args) { return case_test(self, args, qualified(self, "isupper"), false); }

Ref<> bytes_istitle(Object* self, const Args& args) {
    if (!check_no_args(qualified(self, "istitle"), args)) return nullptr;
    bool cased = false, previous_cased = false;
    for (char ch : view_of(self)) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_upper(c)) {
            if (previous_cased) return bool_from(false);
            previous_cased = cased = true;
        } else if (is_lower(c)) {
            if (!previous_cased) return bool_from(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_from(cased);
}

// ----------------------------------------------------------------- padding

bool pad_args(Object* self, const Args& args, std::string_view name, std::int64_t& width, char& fill) {
    if (!check_no_keywords(qualified(self, name), args) || !check_arg_range(name, args, 1, 2)) return false;
    if (!str_index_arg(args[0], width)) return false;
    fill = ' ';
    if (args.size() > 1) {
        Object* f = args[1];
        const bool one_byte = is_bytes(f) ? cast<Bytes>(f)->size == 1 : is_bytearray(f) && cast<ByteArray>(f)->size == 1;
        if (!one_byte) {
            raisef(exc::TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name, arg_type_name(f));
            return false;
        }
        fill = is_bytes(f) ? cast<Bytes>(f)->data()[0] : cast<ByteArray>(f)->data()[0];
    }
    return true;
}

Ref<> pad(Object* self, std::int64_t left, std::int64_t right, char fill) {
    if (left <= 0 && right <= 0) return unchanged_like(self);
    std::string out(static_cast<std::size_t>(std::max<std::int64_t>(left, 0)), fill);
    out += view_of(self);
    out.append(static_cast<std::size_t>(std::max<std::int64_t>(right, 0)), fill);
    return new_like(self, out);
}

Ref<> bytes_center(Object* self, const Args& args) {
    std::int64_t width;
    char fill;
    if (!pad_args(self, args, "center", width, fill)) return nullptr;
    const auto len = static_cast<std::int64_t>(view_of(self).size());
    if (len >= width) return unchanged_like(self);
    const std::int64_t marg = width - len;
    const std::int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}
Ref<> bytes_ljust(Object* self, const Args& args) {
    std::int64_t width;
    char fill;
    if (!pad_args(self, args, "ljust", width, fill)) return nullptr;
    return pad(self, 0, width - static_cast<std::int64_t>(view_of(self).size()), fill);
}
Ref<> bytes_rjust(Object* self, const Args& args) {
    std::int64_t width;
    char fill;
    if (!pad_args(self, args, "rjust", width, fill)) return nullptr;
    return pad(self, width - static_cast<std::int64_t>(view_of(self).size()), 0, fill);
}

Ref<> bytes_zfill(Object* self, const Args& args) {
    if (!check_one_arg(qualified(self, "zfill"), args)) return nullptr;
    std::int64_t width;
    if (!str_index_arg(args[0], width)) return nullptr;
    const std::string_view t = view_of(self);
    if (static_cast<std::int64_t>(t.size()) >= width) return unchanged_like(self);
    const auto fill = static_cast<std::size_t>(width) - t.size();
    std::string out(fill, '0');
    out += t;
    if (!t.empty() && (out[fill] == '+' || out[fill] == '-')) {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return new_like(self, out);
}

Ref<> bytes_expandtabs(Object* self, const Args& args) {
    static const ArgSpec spec{"expandtabs", {"tabsize"}, 0};
    Object* a[1] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t tabsize = 8;
    if (a[0] && !str_index_arg(a[0], tabsize)) return nullptr;
    const std::string_view t = view_of(self);
    if (t.find('\t') == npos) return unchanged_like(self);
    std::string out;
    std::int64_t column = 0;
    for (char c : t) {
        if (c == '\t') {
            if (tabsize > 0) {
                const std::int64_t incr = tabsize - column % tabsize;
                column += incr;
                out.append(static_cast<std::size_t>(incr), ' ');
            }
            continue;
        }
        ++column;
        out += c;
        if (c == '\n' || c == '\r') column = 0;
    }
    return new_like(self, out);
}

// ------------------------------------------------------------ hex, fromhex

// bytes.hex(sep=None, bytes_per_sep=1): groups of bytes_per_sep counted from
// the right (from the left when negative), as CPython's _Py_strhex_impl.
Ref<> bytes_hex(Object* self, const Args& args) {
    static const ArgSpec spec{"hex", {"sep", "bytes_per_sep"}, 0};
    Object* a[2] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::string_view sep;
    if (a[0]) {
        if (is_str(a[0])) sep = cast<Str>(a[0])->view();
        else if (is_bytes(a[0])) sep = cast<Bytes>(a[0])->view();
        else if (a[0]->type->length) return raise(exc::TypeError, "sep must be str or bytes.");
        else return raisef(exc::TypeError, "object of type '{}' has no len()", type_name(a[0]));
        const std::int64_t sep_len = is_str(a[0]) ? cast<Str>(a[0])->length : static_cast<std::int64_t>(sep.size());
        if (sep_len != 1) return raise(exc::ValueError, "sep must be length 1.");
        if (static_cast<unsigned char>(sep[0]) >= 0x80) return raise(exc::ValueError, "sep must be ASCII.");
    }
    std::int64_t group = 1;
    if (a[1] && !index_to_i64(a[1], group)) return nullptr;
    static constexpr char kHex[] = "0123456789abcdef";
    const std::string_view t = view_of(self);
    const auto n = static_cast<std::int64_t>(t.size());
    const std::int64_t abs_group = group < 0 ? -group : group;
    const bool use_sep = !sep.empty() && abs_group != 0 && abs_group < n;
    std::string out;
    out.reserve(t.size() * 3);
    for (std::int64_t i = 0; i < n; ++i) {
        if (use_sep && i > 0) {
            const bool boundary = group > 0 ? (n - i) % abs_group == 0 : i % abs_group == 0;
            if (boundary) out += sep[0];
        }
        const auto c = static_cast<unsigned char>(t[static_cast<std::size_t>(i)]);
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
    return str_from_ascii(out);
}

int hex_value(std::uint32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}

// bytes.fromhex(string): pairs of hex digits, ASCII whitespace between pairs.
Ref<> bytes_fromhex(Object* cls, const Args& args) {
    if (!check_one_arg("fromhex", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "fromhex() argument must be str, not {}", type_name(args[0]));
    const Str* s = cast<Str>(args[0]);
    if (!s->ascii()) {
        // CPython reports the first non-ASCII character, wherever it is.
        std::int64_t i = 0;
        while (s->at(i) < 0x80) ++i;
        return raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i);
    }
    const std::string_view text = s->view();
    std::vector<std::uint32_t> cps(text.begin(), text.end());
    std::string out;
    std::size_t i = 0;
    while (i < cps.size()) {
        if (cps[i] < 0x80 && is_space(static_cast<unsigned char>(cps[i]))) {
            ++i;
            continue;
        }
        const int top = hex_value(cps[i]);
        if (top < 0)
            return raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i);
        ++i;
        const int bottom = i < cps.size() ? hex_value(cps[i]) : -1;
        if (bottom < 0)
            return raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position {}", i);
        ++i;
        out += static_cast<char>(top << 4 | bottom);
    }
    Ref<Bytes> result = bytes_from(out);
    if (cls == &BytesType) return result;
    return call(cls, {result.get()});
}

// ------------------------------------------------------ translate, decode

Ref<> bytes_translate(Object* self, const Args& args) {
    if (!check_no_keywords(qualified(self, "translate"), args) || !check_arg_range("translate", args, 1, 2)) return nullptr;
    std::string_view table;
    const bool identity = args[0] == None;
    if (!identity) {
        if (!expect_bytes(args[0], table)) return nullptr;
        if (table.size() != 256) return raise(exc::ValueError, "translation table must be 256 characters long");
    }
    std::string_view remove;
    if (args.size() > 1 && !expect_bytes(args[1], remove)) return nullptr;
    std::string out;
    bool changed = false;
    for (char c : view_of(self)) {
        if (!remove.empty() && remove.find(c) != npos) {
            changed = true;
            continue;
        }
        const char mapped = identity ? c : table[static_cast<unsigned char>(c)];
        changed |= mapped != c;
        out += mapped;
    }
    if (!changed) return unchanged_like(self);
    return new_like(self, out);
}

Ref<> bytes_maketrans(Object*, const Args& args) {
    if (!check_no_keywords("bytes.maketrans", args) || !check_arg_range("maketrans", args, 2, 2)) return nullptr;
    std::string_view from, to;
    if (!expect_bytes(args[0], from) || !expect_bytes(args[1], to)) return nullptr;
    if (from.size() != to.size()) return raise(exc::ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[static_cast<std::size_t>(i)] = static_cast<char>(i);
    for (std::size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
    return bytes_from(table);
}

Ref<> bytes_decode(Object* self, const Args& args) {
    static const ArgSpec spec{"decode", {"encoding", "errors"}, 0};
    Object* a[2] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    std::string_view encoding = "utf-8", errors = "strict";
    if (a[0]) {
        if (!is_str(a[0]))
            return raisef(exc::TypeError, "decode() argument 'encoding' must be str, not {}", arg_type_name(a[0]));
        encoding = cast<Str>(a[0])->view();
    }
    if (a[1]) {
        if (!is_str(a[1]))
            return raisef(exc::TypeError, "decode() argument 'errors' must be str, not {}", arg_type_name(a[1]));
        errors = cast<Str>(a[1])->view();
    }
    return codec_decode(view_of(self), encoding, errors);
}

Ref<> bytes_getnewargs(Object* self, const Args& args) {
    if (!check_no_args(qualified(self, "__getnewargs__"), args)) return nullptr;
    Ref<Bytes> copy = bytes_from(view_of(self));
    return tuple_from({copy.get()});
}

// bytes(b) for a subclass instance: an exact copy (self for an exact bytes).
Ref<> bytes_bytes(Object* self, const Args& args) {
    if (!check_no_args(qualified(self, "__bytes__"), args)) return nullptr;
    return unchanged_like(self);
}

// CPython holds a buffer export on a bytearray receiver and on each buffer
// argument while a method runs, so Python code run meanwhile (an argument's
// __index__) cannot resize them and leave a view dangling: BufferError.
// `pinned<F>` does the same around F; plain bytes need nothing.
template <NativeFn F>
Ref<> pinned(Object* self, const Args& args) {
    auto needs_pin = [](Object* o) { return o && (is_bytearray(o) || is_memoryview(o) || is_array(o)); };
    std::vector<std::unique_ptr<BufferHold>> pins;
    if (needs_pin(self)) pins.push_back(std::make_unique<BufferHold>(self));
    const std::size_t total = args.size() + (args.kwnames ? args.kw_count() : 0);
    for (std::size_t i = 0; i < total; ++i)
        if (needs_pin(args.values[i])) pins.push_back(std::make_unique<BufferHold>(args.values[i]));
    return F(self, args);
}

}  // namespace

void bytes_add_methods(Type& type) {
    add_methods(type, {
                          {"find", pinned<bytes_find>},
                          {"rfind", pinned<bytes_rfind>},
                          {"index", pinned<bytes_index>},
                          {"rindex", pinned<bytes_rindex>},
                          {"count", pinned<bytes_count>},
                          {"startswith", pinned<bytes_startswith>},
                          {"endswith", pinned<bytes_endswith>},
                          {"replace", pinned<bytes_replace>},
                          {"split", pinned<bytes_split>},
                          {"rsplit", pinned<bytes_rsplit>},
                          {"splitlines", pinned<bytes_splitlines>},
                          {"partition", pinned<bytes_partition>},
                          {"rpartition", pinned<bytes_rpartition>},
                          {"join", pinned<bytes_join>},
                          {"strip", pinned<bytes_strip>},
                          {"lstrip", pinned<bytes_lstrip>},
                          {"rstrip", pinned<bytes_rstrip>},
                          {"removeprefix", pinned<bytes_removeprefix>},
                          {"removesuffix", pinned<bytes_removesuffix>},
                          {"lower", pinned<bytes_lower>},
                          {"upper", pinned<bytes_upper>},
                          {"title", pinned<bytes_title>},
                          {"capitalize", pinned<bytes_capitalize>},
                          {"swapcase", pinned<bytes_swapcase>},
                          {"isalpha", pinned<bytes_isalpha>},
                          {"isdigit", pinned<bytes_isdigit>},
                          {"isspace", pinned<bytes_isspace>},
                          {"isalnum", pinned<bytes_isalnum>},
                          {"isascii", pinned<bytes_isascii>},
                          {"islower", pinned<bytes_islower>},
                          {"isupper", pinned<bytes_isupper>},
                          {"istitle", pinned<bytes_istitle>},
                          {"center", pinned<bytes_center>},
                          {"ljust", pinned<bytes_ljust>},
                          {"rjust", pinned<bytes_rjust>},
                          {"zfill", pinned<bytes_zfill>},
                          {"expandtabs", pinned<bytes_expandtabs>},
                          {"hex", pinned<bytes_hex>},
                          {"fromhex", pinned<bytes_fromhex>, MethodKind::Class},
                          {"translate", pinned<bytes_translate>},
                          {"maketrans", pinned<bytes_maketrans>, MethodKind::Static},
                          {"decode", pinned<bytes_decode>},
                      });
    if (&type == &BytesType)
        add_methods(type, {
                              {"__getnewargs__", pinned<bytes_getnewargs>},
                              {"__bytes__", pinned<bytes_bytes>},
                          });
}

}  // namespace minipy
