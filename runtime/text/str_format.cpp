// str.format, str.format_map, str.__format__, and format()/ascii() for the
// evaluator. The replacement-field grammar and every error message follow
// CPython 3.11's Objects/stringlib/unicode_format.h:
//
//   replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//   field_name        ::= arg_name ("." attribute_name | "[" element_index "]")*
//   format_spec may itself contain replacement fields, two levels deep.
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/names.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/format.hpp"
#include "runtime/text/format_spec.hpp"
#include "runtime/text/number_format.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <limits>
#include <string>

namespace minipy {

// ------------------------------------------------------ format() and ascii()

Ref<> object_format_method(Object* self, const Args& args);
static Ref<> format_str(Object* self, std::string_view spec_text);

Ref<> format_value(Object* value, Object* spec) {
    const bool empty_spec = !spec || (is_str(spec) && cast<Str>(spec)->length == 0);
    // PyObject_Format's fast paths.
    if (empty_spec && is_exact_str(value)) return share(value);
    if (empty_spec && is_exact_int(value)) return str(value);
    // The builtin formatters of the exact types, called without the method
    // lookup: their __format__ cannot be replaced, and runs no Python code.
    if (!empty_spec && is_str(spec)) {
        if (is_exact_int(value)) return format_int(value, StrUtf8(cast<Str>(spec)).view());
        if (value->type == &FloatType) return format_float(value, StrUtf8(cast<Str>(spec)).view());
        if (is_exact_str(value)) return format_str(value, StrUtf8(cast<Str>(spec)).view());
    }
    Ref<Str> empty_holder;
    if (!spec) {
        empty_holder = str_from("");
        spec = empty_holder.get();
    }
    Object* method = type_lookup(value->type, names::format);
    Ref<> result;
    if (method && method->type == &FunctionType) {
        result = call(method, {value, spec});
    } else if (method) {
        // A builtin __format__ is a METH_O method: CPython's call of it counts
        // a recursion level (format(obj) -> str(obj) -> __repr__ -> ...).
        RecursionScope level(" while calling a Python object");
        if (!level) return nullptr;
        result = call(method, {value, spec});
    } else {
        Object* argv[] = {spec};
        result = object_format_method(value, Args{argv, 1, nullptr});
    }
    if (!result) return nullptr;
    if (!is_str(result.get()))
        return raisef(exc::TypeError, "__format__ must return a str, not {}", type_name(result.get()));
    return result;
}

Ref<> ascii_of(Object* o) {
    Ref<> r = repr(o);
    if (!r) return nullptr;
    Str* s = cast<Str>(r.get());
    if (s->ascii()) return r;
    return str_from(str_ascii_escape(StrUtf8(s).view()));
}

// object.__format__(spec): str(self) for an empty spec; anything else is an
// error, so that format(obj, 'x') fails loudly for types without __format__.
Ref<> object_format_method(Object* self, const Args& args) {
    if (!check_one_arg("object.__format__", args)) return nullptr;
    Object* spec = args[0];
    if (!is_str(spec))
        return raisef(exc::TypeError, "__format__() argument must be str, not {}", type_name(spec));
    if (cast<Str>(spec)->length > 0)
        return raisef(exc::TypeError, "unsupported format string passed to {}.__format__", type_name(self));
    return str(self);
}

// ----------------------------------------------------------- str.__format__

// format_string_internal: precision truncates, width pads (left-aligned by default).
static Ref<> format_str(Object* self, std::string_view spec_text) {
    Str* s = cast<Str>(self);
    if (spec_text.empty()) return is_exact_str(self) ? share(self) : str(self);
    FormatSpec spec;
    if (!parse_format_spec(spec_text, spec, type_name(self))) return nullptr;
    if (spec.grouping && spec.type_code == 0)
        return raisef(exc::ValueError, "Cannot specify '{}' with 's'.", spec.grouping);
    if (spec.type_code != 0 && spec.type_code != 's') return raise_unknown_format_code(spec, type_name(self));
    if (spec.sign == ' ') return raise(exc::ValueError, "Space not allowed in string format specifier");
    if (spec.sign) return raise(exc::ValueError, "Sign not allowed in string format specifier");
    if (spec.no_neg_zero)
        return raise(exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) return raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') return raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
    std::int64_t length = s->length;
    if (spec.precision >= 0 && spec.precision < length) length = spec.precision;
    // Nothing to cut or pad: format_string_internal's fast path writes the
    // value whole into an empty writer, which hands that very object back,
    // so a str subclass's instance comes back as itself.
    if (length == s->length && spec.width <= length) return share(self);
    // The code points are copied kind to kind, the padding written around
    // them (CPython's format_string_internal writes into one buffer too).
    const std::int64_t pad = spec.width > length ? spec.width - length : 0;
    if (pad > 0 && !str_may_allocate(spec.width, std::max(spec.fill_cp, str_max_class(s)))) return nullptr;
    const char align = spec.align ? spec.align : '<';
    const std::int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    StrWriter w;
    w.append_repeated(spec.fill_cp, left);
    w.append(s, 0, length);
    w.append_repeated(spec.fill_cp, pad - left);
    return w.finish();
}

static Ref<> str_format_method(Object* self, const Args& args) {
    if (!check_one_arg("str.__format__", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "__format__() argument must be str, not {}", arg_type_name(args[0]));
    return format_str(self, StrUtf8(cast<Str>(args[0])).view());
}

// ------------------------------------------------------ str.format machinery

namespace {

// Where field values come from: the positional and keyword arguments of
// str.format, or the mapping of format_map (which has no positionals).
struct FieldSource {
    Args args;                  // positional + keywords (format)
    Object* mapping = nullptr;  // format_map's argument
    bool has_positional = true;
};

enum class AutoState { Init, Auto, Manual };

struct Formatter {
    FieldSource source;
    AutoState auto_state = AutoState::Init;
    std::int64_t auto_next = 0;
    const Str* text = nullptr;  // the format string, which `Cps` reads
};

// The format string's code points, read in place in its own kind (as
// CPython's MarkupIterator reads PyUnicode_READ) rather than copied out.
struct Cps {
    explicit Cps(const Str* s) : text(s), latin1(s->kind() == 1 ? s->latin1() : nullptr) {}
    const Str* text;
    const std::uint8_t* latin1;  // the code points when one byte each (nearly always)
    char32_t operator[](std::size_t i) const {
        return latin1 ? latin1[i] : text->at(static_cast<std::int64_t>(i));
    }
    std::size_t size() const { return static_cast<std::size_t>(text->length); }
};

std::string to_utf8(const Cps& cps, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) unicode::utf8_append(out, cps[i]);
    return out;
}

// get_integer: a non-empty run of decimal digits, else -1 (ValueError on overflow: -2).
std::int64_t field_integer(const Cps& s, std::size_t from, std::size_t to) {
    if (from >= to) return -1;
    std::int64_t acc = 0;
    for (std::size_t i = from; i < to; ++i) {
        const char32_t c = s[i];
        const int d = c < 0x80 ? (c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1) : unicode::decimal_value(c);
        if (d < 0) return -1;
        if (acc > (std::numeric_limits<std::int64_t>::max() - d) / 10) {
            raise(exc::ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

Ref<> lookup_keyword(Formatter& f, const std::string& key) {
    if (f.source.mapping) {
        Ref<Str> k = str_from(key);
        return getitem(f.source.mapping, k.get());
    }
    const Args& a = f.source.args;
    for (std::size_t i = 0; a.kwnames && i < a.kw_count(); ++i)
        if (str_equal_utf8(a.kw_name(i), key)) return share(a.kw_value(i));
    Ref<Str> k = str_from(key);
    Object* argv[] = {k.get()};
    Ref<> error = exception_new(exc::KeyError, Args{argv, 1, nullptr});
    if (error) raise_chained(std::move(error));
    return nullptr;
}

// get_field_object: the first part names an argument; each ".name" or
// "[key]" after it is an attribute or item lookup.
Ref<> field_object(Formatter& f, const Cps& s, std::size_t from, std::size_t to) {
    std::size_t i = from;
    while (i < to && s[i] != '.' && s[i] != '[') ++i;
    std::int64_t index = field_integer(s, from, i);
    if (index == -2) return nullptr;
    const bool empty = from == i;
    const bool numeric = empty || index != -1;
    if (numeric) {
        if (f.auto_state == AutoState::Init) f.auto_state = empty ? AutoState::Auto : AutoState::Manual;
        if (f.auto_state == AutoState::Manual && empty)
            return raise(exc::ValueError,
                         "cannot switch from manual field specification to automatic field numbering");
        if (f.auto_state == AutoState::Auto && !empty)
            return raise(exc::ValueError,
                         "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = f.auto_next++;
    }
    Ref<> obj;
    if (!numeric) {
        obj = lookup_keyword(f, to_utf8(s, from, i));
    } else {
        if (!f.source.has_positional) return raise(exc::ValueError, "Format string contains positional fields");
        if (index >= static_cast<std::int64_t>(f.source.args.size()))
            return raisef(exc::IndexError, "Replacement index {} out of range for positional args tuple", index);
        obj = share(f.source.args[static_cast<std::size_t>(index)]);
    }
    if (!obj) return nullptr;
    // FieldNameIterator
    while (i < to) {
        const char32_t c = s[i++];
        std::size_t name_from = i, name_to;
        bool attribute;
        if (c == '.') {
            attribute = true;
            while (i < to && s[i] != '.' && s[i] != '[') ++i;
            name_to = i;
        } else if (c == '[') {
            attribute = false;
            while (i < to && s[i] != ']') ++i;
            if (i >= to) return raise(exc::ValueError, "Missing ']' in format string");
            name_to = i++;
        } else {
            return raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        std::int64_t item_index = attribute ? -1 : field_integer(s, name_from, name_to);
        if (item_index == -2) return nullptr;
        if (name_from == name_to) return raise(exc::ValueError, "Empty attribute in format string");
        if (attribute) {
            obj = getattr(obj.get(), to_utf8(s, name_from, name_to));
        } else if (item_index >= 0) {
            Ref<Int> key = int_from(item_index);
            obj = getitem(obj.get(), key.get());
        } else {
            Ref<Str> key = str_from(to_utf8(s, name_from, name_to));
            obj = getitem(obj.get(), key.get());
        }
        if (!obj) return nullptr;
    }
    return obj;
}

bool build_string(Formatter& f, const Cps& s, std::size_t from, std::size_t to, int depth, StrWriter& out);

// parse_field + output_markup for the field that starts after a '{' at `i`.
// On success `i` is just past the closing '}'.
bool output_field(Formatter& f, const Cps& s, std::size_t& i, std::size_t end, int depth, StrWriter& out) {
    const std::size_t name_from = i;
    char32_t c = 0;
    while (i < end) {
        c = s[i++];
        if (c == '{') {
            raise(exc::ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < end && s[i] != ']') ++i;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    const std::size_t name_to = i - 1;
    char32_t conversion = 0;
    std::size_t spec_from = 0, spec_to = 0;
    bool spec_needs_expanding = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (i >= end) {
                raise(exc::ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            conversion = s[i++];
            if (i < end) {
                const char32_t next = s[i++];
                if (next == '}') {
                    done = true;
                } else if (next != ':') {
                    raise(exc::ValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        if (!done) {
            spec_from = i;
            int count = 1;
            bool closed = false;
            while (i < end) {
                const char32_t d = s[i++];
                if (d == '{') {
                    spec_needs_expanding = true;
                    ++count;
                } else if (d == '}' && --count == 0) {
                    spec_to = i - 1;
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                raise(exc::ValueError, "unmatched '{' in format spec");
                return false;
            }
        }
    } else if (c != '}') {
        raise(exc::ValueError, "expected '}' before end of string");
        return false;
    }

    Ref<> value = field_object(f, s, name_from, name_to);
    if (!value) return false;
    switch (conversion) {
    case 0: break;
    case 'r': value = repr(value.get()); break;
    case 's': value = str(value.get()); break;
    case 'a': value = ascii_of(value.get()); break;
    default:
        if (conversion > 32 && conversion < 127)
            raisef(exc::ValueError, "Unknown conversion specifier {}", static_cast<char>(conversion));
        else
            raisef(exc::ValueError, "Unknown conversion specifier \\x{:x}", static_cast<std::uint32_t>(conversion));
        return false;
    }
    if (!value) return false;
    // An ASCII format's spec is read where it lies for the builtin types'
    // formatters (format_value's own shortcut), with no str made for it.
    if (!spec_needs_expanding && f.text->ascii() && spec_to > spec_from) {
        const std::string_view spec_text(reinterpret_cast<const char*>(f.text->kind_data()) + spec_from,
                                         spec_to - spec_from);
        Ref<> text;
        bool builtin = true;
        if (is_exact_int(value.get())) text = format_int(value.get(), spec_text);
        else if (value->type == &FloatType) text = format_float(value.get(), spec_text);
        else if (is_exact_str(value.get())) text = format_str(value.get(), spec_text);
        else builtin = false;
        if (builtin) {
            if (!text) return false;
            out.append(cast<Str>(text.get()));
            return true;
        }
    }
    Ref<Str> spec;
    if (spec_needs_expanding) {
        StrWriter expanded;
        if (!build_string(f, s, spec_from, spec_to, depth - 1, expanded)) return false;
        spec = expanded.finish();
    } else {
        spec = str_substring(const_cast<Str*>(s.text), static_cast<std::int64_t>(spec_from),
                             static_cast<std::int64_t>(spec_to));
    }
    Ref<> text = format_value(value.get(), spec.get());
    if (!text) return false;
    out.append(cast<Str>(text.get()));
    return true;
}

// build_string + MarkupIterator: literal text with {{ and }} escapes, and fields.
bool build_string(Formatter& f, const Cps& s, std::size_t from, std::size_t to, int depth, StrWriter& out) {
    if (depth <= 0) {
        raise(exc::ValueError, "Max string recursion exceeded");
        return false;
    }
    std::size_t i = from;
    while (i < to) {
        const char32_t c = s[i++];
        if (c != '{' && c != '}') {
            // A run of literal text in one piece.
            const std::size_t run = i - 1;
            while (i < to && s[i] != '{' && s[i] != '}') ++i;
            out.append(f.text, static_cast<std::int64_t>(run), static_cast<std::int64_t>(i));
            continue;
        }
        const bool at_end = i >= to;
        if (c == '}' && (at_end || s[i] != '}')) {
            raise(exc::ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (c == '{' && at_end) {
            raise(exc::ValueError, "Single '{' encountered in format string");
            return false;
        }
        if (s[i] == c) {  // an escaped brace
            out.append(static_cast<std::uint32_t>(c));
            ++i;
            continue;
        }
        if (!output_field(f, s, i, to, depth, out)) return false;
    }
    return true;
}

Ref<> run_format(Object* self, Formatter& f) {
    Str* s = cast<Str>(self);
    const Cps cps(s);
    f.text = s;
    StrWriter out;
    out.share_whole();
    if (!build_string(f, cps, 0, cps.size(), 2, out)) return nullptr;
    return out.finish();
}

}  // namespace

// str.format(*args, **kwargs)
static Ref<> str_format(Object* self, const Args& args) {
    Formatter f;
    f.source.args = args;
    return run_format(self, f);
}

// str.format_map(mapping): keys only; positional fields are an error.
static Ref<> str_format_map(Object* self, const Args& args) {
    if (!check_one_arg("str.format_map", args)) return nullptr;
    Formatter f;
    f.source.mapping = args[0];
    f.source.has_positional = false;
    return run_format(self, f);
}

void str_add_format_methods(Type& type) {
    add_methods(type, {
                          {"format", str_format},
                          {"format_map", str_format_map},
                          {"__format__", str_format_method},
                      });
}

}  // namespace minipy
