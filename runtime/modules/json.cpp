// The _json module (CPython's Modules/_json.c): the parts of json that
// decide its speed. This file makes the module and holds the decoding
// half — the scanner that parses a document, and scanstring; the encoding
// half is json_encode.cpp. lib/json uses them as CPython's json uses its C
// accelerator; the results and errors are those of the Python code beside
// it (json.scanner.py_make_scanner, json.decoder.py_scanstring).
//
// minipy keeps str as UTF-8, where an index costs a walk, so the scanner
// works on byte offsets and turns them into character positions only for
// what Python sees: the end index it returns and the position of an error.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/json.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace minipy {

namespace {

using namespace unicode;

// ------------------------------------------------------------ positions

// The document being scanned, as UTF-8: a non-ASCII str's UTF-8 is copied
// for the scan rather than cached in the str, as CPython's scanner reads
// the code points without making the str's UTF-8 form.
struct Document {
    Str* str;  // borrowed
    StrUtf8 text;
    const char* data;
    std::size_t size;

    explicit Document(Str* s) : str(s), text(s), data(text.view().data()), size(text.view().size()) {}

    // Character index of a byte offset, and back.
    std::int64_t index_of(std::size_t offset) const {
        if (str->ascii()) return static_cast<std::int64_t>(offset);
        return utf8_count(std::string_view(data, offset));
    }
    std::size_t offset_of(std::int64_t index) const {
        if (str->ascii()) return static_cast<std::size_t>(index);
        return utf8_offset(text.view(), index);
    }
};

// json.decoder.JSONDecodeError(msg, doc, pos), raised. CPython's _json
// imports json.decoder for it; the runtime finds it in sys.modules, where
// it is whenever the json package runs this code.
// Without json.decoder (the C++ used on its own) it is a ValueError with
// the same text.
std::nullptr_t raise_decode_error(const char* message, const Document& doc, std::size_t offset) {
    const std::int64_t index = doc.index_of(offset);
    Object* modules = sys_attribute("modules");
    Object* decoder = modules && is_dict(modules) ? dict_get(cast<Dict>(modules), "json.decoder") : nullptr;
    Ref<> error_class = decoder ? getattr_optional(decoder, intern("JSONDecodeError")) : nullptr;
    clear_error();
    if (!error_class) {
        std::string_view before(doc.data, offset);
        const std::size_t line_start = before.rfind('\n');
        const std::int64_t lineno = static_cast<std::int64_t>(std::count(before.begin(), before.end(), '\n')) + 1;
        const std::int64_t colno =
            line_start == std::string_view::npos ? index + 1 : index - doc.index_of(line_start);
        return raisef(exc::ValueError, "{}: line {} column {} (char {})", message, lineno, colno, index);
    }
    Ref<> pos = int_from(index);
    Ref<> msg = str_from(message);
    Ref<> error = call(error_class.get(), {msg.get(), doc.str, pos.get()});
    if (error) set_error(std::move(error));
    return nullptr;
}

// StopIteration(idx): no JSON value starts at idx.
std::nullptr_t raise_no_value(const Document& doc, std::size_t offset) {
    Ref<> pos = int_from(doc.index_of(offset));
    Ref<> stop = call(exc::StopIteration, {pos.get()});
    if (stop) set_error(std::move(stop));
    return nullptr;
}

// ------------------------------------------------------------ strings

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The code unit of the four hex digits at `at`, or -1.
int hex4(const Document& doc, std::size_t at) {
    if (at + 4 > doc.size) return -1;
    int unit = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        int digit = hex_value(doc.data[at + i]);
        if (digit < 0) return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// The JSON string whose opening quote is just before `begin`; `end` gets
// the offset just past its closing quote.
Ref<> scan_string(const Document& doc, std::size_t begin, bool strict, std::size_t& end) {
    const char* data = doc.data;
    const std::size_t n = doc.size;
    std::string out;
    std::size_t pos = begin;
    std::size_t run = pos;  // start of the bytes not yet copied to `out`
    for (;;) {
        if (pos >= n) return raise_decode_error("Unterminated string starting at", doc, begin - 1);
        const auto c = static_cast<unsigned char>(data[pos]);
        if (c == '"') {
            end = pos + 1;
            if (out.empty()) return str_from(std::string_view(data + run, pos - run));
            out.append(data + run, pos - run);
            return str_from(out);
        }
        if (c < 0x20 && strict) return raise_decode_error("Invalid control character at", doc, pos);
        if (c != '\\') {
            ++pos;
            continue;
        }
        out.append(data + run, pos - run);
        const std::size_t backslash = pos;
        if (++pos >= n) return raise_decode_error("Unterminated string starting at", doc, begin - 1);
        const char kind = data[pos];
        if (kind != 'u') {
            char replacement;
            switch (kind) {
                case '"': replacement = '"'; break;
                case '\\': replacement = '\\'; break;
                case '/': replacement = '/'; break;
                case 'b': replacement = '\b'; break;
                case 'f': replacement = '\f'; break;
                case 'n': replacement = '\n'; break;
                case 'r': replacement = '\r'; break;
                case 't': replacement = '\t'; break;
                default: return raise_decode_error("Invalid \\escape", doc, backslash);
            }
            out.push_back(replacement);
            run = ++pos;
            continue;
        }
        int unit = hex4(doc, pos + 1);
        if (unit < 0) return raise_decode_error("Invalid \\uXXXX escape", doc, pos);
        std::uint32_t cp = static_cast<std::uint32_t>(unit);
        pos += 5;
        // A high surrogate followed by an escaped low one is one character.
        if (cp >= 0xD800 && cp <= 0xDBFF && pos + 1 < n && data[pos] == '\\' && data[pos + 1] == 'u') {
            int low = hex4(doc, pos + 2);
            if (low < 0) return raise_decode_error("Invalid \\uXXXX escape", doc, pos + 1);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (static_cast<std::uint32_t>(low) - 0xDC00));
                pos += 6;
            }
        }
        utf8_append(out, cp);
        run = pos;
    }
}

// ------------------------------------------------------------- scanner

Type ScannerType;

// What JSONDecoder keeps as scan_once: the decoder's settings, read once.
struct Scanner : Object {
    Object* object_hook = nullptr;        // owned; None when unset
    Object* object_pairs_hook = nullptr;  // owned; None when unset
    Object* parse_float = nullptr;        // owned
    Object* parse_int = nullptr;          // owned
    Object* parse_constant = nullptr;     // owned
    bool strict = true;
};

Scanner* as_scanner(Object* o) { return cast<Scanner>(o); }

void scanner_clear(Object* o) {
    Scanner* s = as_scanner(o);
    clear_slot(s->object_hook);
    clear_slot(s->object_pairs_hook);
    clear_slot(s->parse_float);
    clear_slot(s->parse_int);
    clear_slot(s->parse_constant);
}

void scanner_destroy(Object* o) {
    scanner_clear(o);
    delete_object(as_scanner(o));
}

void scanner_traverse(Object* o, VisitFn visit, void* arg) {
    Scanner* s = as_scanner(o);
    visit(o->type, arg);
    visit_field(s->object_hook, visit, arg);
    visit_field(s->object_pairs_hook, visit, arg);
    visit_field(s->parse_float, visit, arg);
    visit_field(s->parse_int, visit, arg);
    visit_field(s->parse_constant, visit, arg);
}

// make_scanner(context): the settings are the context's attributes.
Ref<> scanner_new(Type* type, const Args& args) {
    static const ArgSpec spec{"make_scanner", {"context"}, 1};
    Object* context;
    if (!parse_args(args, spec, &context)) return nullptr;
    Ref<> strict = getattr(context, "strict");
    if (!strict) return nullptr;
    int strict_value = is_true(strict.get());
    if (strict_value < 0) return nullptr;
    auto s = new_object<Scanner>(type);
    s->strict = strict_value != 0;
    const char* names[] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
    Object** fields[] = {&s->object_hook, &s->object_pairs_hook, &s->parse_float, &s->parse_int, &s->parse_constant};
    for (int i = 0; i < 5; ++i) {
        Ref<> value = getattr(context, names[i]);
        if (!value) return nullptr;
        *fields[i] = value.release();
    }
    gc_track(s.get());
    return s;
}

bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class Scan {
public:
    Scan(Scanner* settings, const Document& doc, Dict* memo) : s_(settings), doc_(doc), memo_(memo) {}

    // The value that starts exactly at `pos`; `end` gets the offset after it.
    Ref<> value(std::size_t pos, std::size_t& end);

private:
    Ref<> array(std::size_t pos, std::size_t& end);
    Ref<> object(std::size_t pos, std::size_t& end);
    Ref<> number(std::size_t pos, std::size_t& end);
    Ref<> constant(const char* name, std::size_t pos, std::size_t length, std::size_t& end);

    std::size_t skip(std::size_t pos) const {
        while (pos < doc_.size && is_whitespace(doc_.data[pos])) ++pos;
        return pos;
    }
    bool at(std::size_t pos, std::string_view word) const {
        return doc_.size - pos >= word.size() && std::string_view(doc_.data + pos, word.size()) == word;
    }

    Scanner* s_;
    const Document& doc_;
    Dict* memo_;
};

Ref<> Scan::value(std::size_t pos, std::size_t& end) {
    if (pos >= doc_.size) return raise_no_value(doc_, pos);
    switch (doc_.data[pos]) {
        case '"': return scan_string(doc_, pos + 1, s_->strict, end);
        case '[': {
            RecursionScope scope(" while decoding a JSON array from a unicode string");
            if (!scope) return nullptr;
            return array(pos + 1, end);
        }
        case '{': {
            RecursionScope scope(" while decoding a JSON object from a unicode string");
            if (!scope) return nullptr;
            return object(pos + 1, end);
        }
        case 'n':
            if (at(pos, "null")) {
                end = pos + 4;
                return none();
            }
            break;
        case 't':
            if (at(pos, "true")) {
                end = pos + 4;
                return bool_from(true);
            }
            break;
        case 'f':
            if (at(pos, "false")) {
                end = pos + 5;
                return bool_from(false);
            }
            break;
        case 'N':
            if (at(pos, "NaN")) return constant("NaN", pos, 3, end);
            break;
        case 'I':
            if (at(pos, "Infinity")) return constant("Infinity", pos, 8, end);
            break;
        case '-':
            if (at(pos, "-Infinity")) return constant("-Infinity", pos, 9, end);
            break;
    }
    return number(pos, end);
}

Ref<> Scan::constant(const char* name, std::size_t pos, std::size_t length, std::size_t& end) {
    Ref<> text = str_from(name);
    Ref<> result = call(s_->parse_constant, {text.get()});
    if (result) end = pos + length;
    return result;
}

Ref<> Scan::array(std::size_t pos, std::size_t& end) {
    Ref<List> values = list_new();
    pos = skip(pos);
    if (pos >= doc_.size) return raise_decode_error("Expecting value", doc_, pos);
    if (doc_.data[pos] != ']') {
        for (;;) {
            std::size_t after;
            Ref<> item = value(pos, after);
            if (!item || !list_append(values.get(), item.get())) return nullptr;
            pos = skip(after);
            if (pos < doc_.size && doc_.data[pos] == ']') break;
            if (pos >= doc_.size || doc_.data[pos] != ',')
                return raise_decode_error("Expecting ',' delimiter", doc_, pos);
            pos = skip(pos + 1);
        }
    }
    end = pos + 1;
    return values;
}

Ref<> Scan::object(std::size_t pos, std::size_t& end) {
    const bool pairs_hook = s_->object_pairs_hook != None;
    Ref<List> pairs = pairs_hook ? list_new() : nullptr;
    Ref<Dict> result = pairs_hook ? nullptr : dict_new();
    pos = skip(pos);
    if (pos >= doc_.size || doc_.data[pos] != '}') {
        for (;;) {
            if (pos >= doc_.size || doc_.data[pos] != '"')
                return raise_decode_error("Expecting property name enclosed in double quotes", doc_, pos);
            std::size_t after;
            Ref<> key = scan_string(doc_, pos + 1, s_->strict, after);
            if (!key) return nullptr;
            // Keys seen before in this document are shared.
            if (Object* seen = dict_get(memo_, key.get())) {
                key = share(seen);
            } else if (error_pending() || dict_set(memo_, key.get(), key.get()) < 0) {
                return nullptr;
            }
            pos = skip(after);
            if (pos >= doc_.size || doc_.data[pos] != ':') return raise_decode_error("Expecting ':' delimiter", doc_, pos);
            pos = skip(pos + 1);
            Ref<> item = value(pos, after);
            if (!item) return nullptr;
            if (pairs_hook) {
                Ref<Tuple> pair = tuple_from({key.get(), item.get()});
                if (!list_append(pairs.get(), pair.get())) return nullptr;
            } else if (dict_set(result.get(), key.get(), item.get()) < 0) {
                return nullptr;
            }
            pos = skip(after);
            if (pos < doc_.size && doc_.data[pos] == '}') break;
            if (pos >= doc_.size || doc_.data[pos] != ',')
                return raise_decode_error("Expecting ',' delimiter", doc_, pos);
            pos = skip(pos + 1);
        }
    }
    end = pos + 1;
    if (pairs_hook) return call(s_->object_pairs_hook, {pairs.get()});
    if (s_->object_hook != None) return call(s_->object_hook, {result.get()});
    return result;
}

bool is_digit_byte(char c) { return c >= '0' && c <= '9'; }

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
Ref<> Scan::number(std::size_t pos, std::size_t& end) {
    const char* d = doc_.data;
    const std::size_t n = doc_.size;
    const std::size_t start = pos;
    if (d[pos] == '-' && ++pos >= n) return raise_no_value(doc_, start);
    if (d[pos] >= '1' && d[pos] <= '9') {
        while (++pos < n && is_digit_byte(d[pos])) {
        }
    } else if (d[pos] == '0') {
        ++pos;
    } else {
        return raise_no_value(doc_, start);
    }
    bool is_float = false;
    if (pos + 1 < n && d[pos] == '.' && is_digit_byte(d[pos + 1])) {
        is_float = true;
        pos += 2;
        while (pos < n && is_digit_byte(d[pos])) ++pos;
    }
    if (pos + 1 < n && (d[pos] == 'e' || d[pos] == 'E')) {
        const std::size_t exponent_start = pos++;
        if (pos + 1 < n && (d[pos] == '-' || d[pos] == '+')) ++pos;
        const std::size_t digits_start = pos;
        while (pos < n && is_digit_byte(d[pos])) ++pos;
        if (pos > digits_start) is_float = true;
        else pos = exponent_start;  // "1e" is the number 1 followed by something else
    }
    end = pos;
    std::string_view text(d + start, pos - start);
    if (is_float) {
        if (s_->parse_float != &FloatType) {
            Ref<> arg = str_from(text);
            return call(s_->parse_float, {arg.get()});
        }
        double value = 0;
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc::result_out_of_range) value = std::strtod(std::string(text).c_str(), nullptr);
        return float_from(value);
    }
    if (s_->parse_int != &IntType) {
        Ref<> arg = str_from(text);
        return call(s_->parse_int, {arg.get()});
    }
    std::int64_t small = 0;
    if (text.size() <= 18) {
        std::from_chars(text.data(), text.data() + text.size(), small);
        return int_from(small);
    }
    // Long ints obey the same digit limit as int(text).
    const std::int64_t digits = static_cast<std::int64_t>(text.size()) - (text[0] == '-' ? 1 : 0);
    const std::int64_t limit = int_get_max_str_digits();
    if (limit > 0 && digits > limit)
        return raisef(exc::ValueError,
                      "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      limit, digits);
    return int_from_string(text, 10);
}

// scanner(string, idx) -> (value, end)
Ref<> scanner_call(Object* self, const Args& args) {
    static const ArgSpec spec{"scan_once", {"string", "idx"}, 2};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    if (!is_str(a[0])) return raisef(exc::TypeError, "first argument must be a string, not {}", type_name(a[0]));
    std::int64_t idx;
    if (!index_to_i64(a[1], idx)) return nullptr;
    Ref<> keep_self = share(self);
    Ref<> keep_doc = share(a[0]);
    Document doc(cast<Str>(a[0]));
    if (idx < 0) return raise(exc::ValueError, "idx cannot be negative");
    if (idx >= cast<Str>(a[0])->length) {
        Ref<> stop = call(exc::StopIteration, {a[1]});
        if (stop) set_error(std::move(stop));
        return nullptr;
    }
    Ref<Dict> memo = dict_new();
    Scan scan(as_scanner(self), doc, memo.get());
    std::size_t end;
    Ref<> result = scan.value(doc.offset_of(idx), end);
    if (!result) return nullptr;
    Ref<> end_index = int_from(doc.index_of(end));
    return tuple_from({result.get(), end_index.get()});
}

void scanner_type_init() {
    type_init_builtin(ScannerType, "_json.Scanner", &ObjectType, sizeof(Scanner), type_flags::kHasGC);
    ScannerType.destroy = scanner_destroy;
    ScannerType.traverse = scanner_traverse;
    ScannerType.clear = scanner_clear;
    ScannerType.new_instance = scanner_new;
    ScannerType.call = scanner_call;
    ScannerType.getattr = generic_getattr;
    type_ready(ScannerType);
}

// scanstring(string, end, strict=True) -> (str, end)
Ref<> json_scanstring(Object*, const Args& args) {
    static const ArgSpec spec{"scanstring", {"string", "end", "strict"}, 2};
    Object* a[3];
    if (!parse_args(args, spec, a)) return nullptr;
    if (!is_str(a[0])) return raisef(exc::TypeError, "first argument must be a string, not {}", type_name(a[0]));
    std::int64_t index;
    if (!index_to_i64(a[1], index)) return nullptr;
    int strict = a[2] ? is_true(a[2]) : 1;
    if (strict < 0) return nullptr;
    Document doc(cast<Str>(a[0]));
    if (index < 0 || index > cast<Str>(a[0])->length) return raise(exc::ValueError, "end is out of bounds");
    std::size_t end;
    Ref<> text = scan_string(doc, doc.offset_of(index), strict != 0, end);
    if (!text) return nullptr;
    Ref<> end_index = int_from(doc.index_of(end));
    return tuple_from({text.get(), end_index.get()});
}

const MethodDef kJsonFunctions[] = {
    {"scanstring", json_scanstring},
};

}  // namespace

Ref<Module> make_json_module() {
    static bool ready = false;
    if (!ready) {
        scanner_type_init();
        ready = true;
    }
    Ref<Module> m = module_new("_json", ModuleOrigin::BuiltIn);
    Module* mod = m.get();
    for (const MethodDef& def : kJsonFunctions) module_add(mod, def.name, builtin_function_new(&def, mod).get());
    module_add(mod, "make_scanner", &ScannerType);
    json_add_encoder(mod);
    return m;
}

}  // namespace minipy
