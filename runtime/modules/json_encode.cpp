// The encoding half of the _json module (CPython's Modules/_json.c):
// encode_basestring(_ascii), the string escaping, and make_encoder, which
// JSONEncoder uses for a one-shot encode() without indent. The text and the
// errors are those of json/encoder.py's Python encoder (py_encode_basestring*,
// the iterencode chunks joined).
#include "runtime/modules/json.hpp"

#include "runtime/modules/internal.hpp"

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

#include <cmath>
#include <string>
#include <unordered_set>
#include <vector>

namespace minipy {

namespace {

using namespace unicode;

// ------------------------------------------------------------- strings

void append_escape(std::string& out, std::uint32_t cp) {
    switch (cp) {
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        case '\b': out += "\\b"; return;
        case '\f': out += "\\f"; return;
        default: break;
    }
    static const char digits[] = "0123456789abcdef";
    auto unit = [&](std::uint32_t u) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out += digits[(u >> shift) & 0xF];
    };
    if (cp < 0x10000) {
        unit(cp);
    } else {
        cp -= 0x10000;
        unit(0xD800 | (cp >> 10));
        unit(0xDC00 | (cp & 0x3FF));
    }
}

// Appends the JSON string for `text`: with `ascii_only` every character
// outside ' '..'~' is escaped, otherwise only quotes, backslashes and
// control characters.
void append_string(std::string& out, std::string_view text, bool ascii_only) {
    out += '"';
    const char* p = text.data();
    const char* stop = p + text.size();
    while (p < stop) {
        const auto b = static_cast<unsigned char>(*p);
        if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\') {
            out += static_cast<char>(b);
            ++p;
            continue;
        }
        if (b >= 0x80 && !ascii_only) {
            const int len = utf8_seq_len(b);
            out.append(p, static_cast<std::size_t>(len));
            p += len;
            continue;
        }
        const std::uint32_t cp = utf8_next(p);
        if (!ascii_only && cp == 0x7F) out += '\x7f';
        else append_escape(out, cp);
    }
    out += '"';
}

Ref<> encode_string(Object* o, bool ascii_only) {
    if (!is_str(o)) return raisef(exc::TypeError, "first argument must be a string, not {}", type_name(o));
    std::string out;
    append_string(out, cast<Str>(o)->view(), ascii_only);
    return str_from(out);
}

Ref<> json_encode_basestring_ascii(Object*, const Args& args) {
    if (!check_one_arg("encode_basestring_ascii", args)) return nullptr;
    return encode_string(args[0], true);
}

Ref<> json_encode_basestring(Object*, const Args& args) {
    if (!check_one_arg("encode_basestring", args)) return nullptr;
    return encode_string(args[0], false);
}

// -------------------------------------------------------------- encoder

Type EncoderType;

// make_encoder(markers, default, encoder, indent, key_separator,
// item_separator, sort_keys, skipkeys, allow_nan): JSONEncoder's settings
// for one encode().
struct Encoder : Object {
    Object* markers = nullptr;         // owned: a dict, or None for no circular check
    Object* default_fn = nullptr;      // owned
    Object* encoder = nullptr;         // owned: str -> JSON string
    Object* key_separator = nullptr;   // owned str
    Object* item_separator = nullptr;  // owned str
    bool sort_keys = false;
    bool skipkeys = false;
    bool allow_nan = true;
};

Encoder* as_encoder(Object* o) { return cast<Encoder>(o); }

void encoder_clear(Object* o) {
    Encoder* e = as_encoder(o);
    clear_slot(e->markers);
    clear_slot(e->default_fn);
    clear_slot(e->encoder);
    clear_slot(e->key_separator);
    clear_slot(e->item_separator);
}

void encoder_destroy(Object* o) {
    encoder_clear(o);
    delete_object(as_encoder(o));
}

void encoder_traverse(Object* o, VisitFn visit, void* arg) {
    Encoder* e = as_encoder(o);
    visit(o->type, arg);
    visit_field(e->markers, visit, arg);
    visit_field(e->default_fn, visit, arg);
    visit_field(e->encoder, visit, arg);
    visit_field(e->key_separator, visit, arg);
    visit_field(e->item_separator, visit, arg);
}

Ref<> encoder_new(Type* type, const Args& args) {
    if (args.size() != 9 || args.has_keywords())
        return raisef(exc::TypeError, "make_encoder() takes exactly 9 positional arguments ({} given)", args.size());
    Object* markers = args[0];
    if (markers != None && !is_dict(markers))
        return raisef(exc::TypeError, "make_encoder() argument 1 must be dict or None, not {}", type_name(markers));
    if (args[3] != None) return raise(exc::ValueError, "make_encoder() supports no indent");
    if (!is_str(args[4]) || !is_str(args[5])) return raise(exc::TypeError, "make_encoder() separators must be str");
    int flags[3];
    for (int i = 0; i < 3; ++i) {
        flags[i] = is_true(args[6 + i]);
        if (flags[i] < 0) return nullptr;
    }
    auto e = new_object<Encoder>(type);
    e->markers = share(markers).release();
    e->default_fn = share(args[1]).release();
    e->encoder = share(args[2]).release();
    e->key_separator = share(args[4]).release();
    e->item_separator = share(args[5]).release();
    e->sort_keys = flags[0] != 0;
    e->skipkeys = flags[1] != 0;
    e->allow_nan = flags[2] != 0;
    gc_track(e.get());
    return e;
}

// One encode(): the text so far and the containers being encoded.
class Encoding {
public:
    explicit Encoding(Encoder* settings) : e_(settings) {
        check_circular_ = settings->markers != None;
        // The escaping functions of this module are called directly.
        Object* fn = settings->encoder;
        if (fn->type == &BuiltinFunctionType) {
            NativeFn native = cast<BuiltinFunction>(fn)->def->fn;
            if (native == json_encode_basestring_ascii) builtin_escape_ = kAscii;
            else if (native == json_encode_basestring) builtin_escape_ = kUnicode;
        }
    }

    bool value(Object* o);
    std::string out;

private:
    enum Escape { kNone, kAscii, kUnicode };

    bool string(Object* s);
    bool float_text(Object* o, std::string& into);
    bool int_text(Object* o, std::string& into);
    bool list(Object* seq);
    bool dict(Dict* d);
    bool enter(Object* o);
    void leave(Object* o) { if (check_circular_) markers_.erase(o); }

    Encoder* e_;
    bool check_circular_ = true;
    Escape builtin_escape_ = kNone;
    std::unordered_set<Object*> markers_;
};

bool Encoding::enter(Object* o) {
    if (!check_circular_) return true;
    if (!markers_.insert(o).second) {
        raise(exc::ValueError, "Circular reference detected");
        return false;
    }
    return true;
}

bool Encoding::string(Object* s) {
    if (builtin_escape_ != kNone) {
        append_string(out, cast<Str>(s)->view(), builtin_escape_ == kAscii);
        return true;
    }
    Ref<> text = call(e_->encoder, {s});
    if (!text) return false;
    if (!is_str(text.get()))
        return raisef(exc::TypeError, "encoder() must return a string, not {}", type_name(text.get())), false;
    out += cast<Str>(text.get())->view();
    return true;
}

bool Encoding::float_text(Object* o, std::string& into) {
    const double v = cast<Float>(o)->value;
    if (!std::isfinite(v)) {
        if (!e_->allow_nan) return raise(exc::ValueError, "Out of range float values are not JSON compliant"), false;
        into += std::isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        return true;
    }
    into += float_repr(v);
    return true;
}

// int.__repr__(o): also for int subclasses, and with int's digit limit.
bool Encoding::int_text(Object* o, std::string& into) {
    if (int_is_small(cast<Int>(o))) {
        into += int_to_decimal(cast<Int>(o));
        return true;
    }
    Ref<> text = IntType.repr(o);
    if (!text) return false;
    into += cast<Str>(text.get())->view();
    return true;
}

bool Encoding::value(Object* o) {
    if (o == None) {
        out += "null";
    } else if (o == True) {
        out += "true";
    } else if (o == False) {
        out += "false";
    } else if (is_str(o)) {
        return string(o);
    } else if (is_int(o)) {
        return int_text(o, out);
    } else if (is_float(o)) {
        return float_text(o, out);
    } else if (is_list(o) || is_tuple(o)) {
        RecursionScope scope(" while encoding a JSON object");
        return scope && list(o);
    } else if (is_dict(o)) {
        RecursionScope scope(" while encoding a JSON object");
        return scope && dict(cast<Dict>(o));
    } else {
        if (!enter(o)) return false;
        Ref<> replacement = call(e_->default_fn, {o});
        if (!replacement) return false;
        RecursionScope scope(" while encoding a JSON object");
        if (!scope || !value(replacement.get())) return false;
        leave(o);
    }
    return true;
}

bool Encoding::list(Object* seq) {
    Ref<> items = sequence_fast(seq, "");
    if (!items) return false;
    const std::int64_t n = sequence_fast_size(items.get());
    if (n == 0) {
        out += "[]";
        return true;
    }
    if (!enter(seq)) return false;
    out += '[';
    for (std::int64_t i = 0; i < sequence_fast_size(items.get()); ++i) {
        if (i > 0) out += cast<Str>(e_->item_separator)->view();
        Ref<> item = share(sequence_fast_items(items.get())[i]);
        if (!value(item.get())) return false;
    }
    out += ']';
    leave(seq);
    return true;
}

bool Encoding::dict(Dict* d) {
    if (d->used == 0) {
        out += "{}";
        return true;
    }
    if (!enter(d)) return false;
    // A snapshot of the items, sorted by key when asked.
    Ref<List> items = list_new();
    Object* key;
    Object* val;
    for (std::int64_t pos = 0; dict_next(d, pos, &key, &val);) {
        Ref<Tuple> pair = tuple_from({key, val});
        if (!list_append(items.get(), pair.get())) return false;
    }
    if (e_->sort_keys && list_sort(items.get(), nullptr, false) < 0) return false;
    out += '{';
    bool first = true;
    for (std::int64_t i = 0; i < items->size; ++i) {
        Ref<> pair = share(items->items[i]);
        Object* k = cast<Tuple>(pair.get())->items()[0];
        Object* v = cast<Tuple>(pair.get())->items()[1];
        std::string key_text;
        Ref<> key_str;
        if (is_str(k)) {
            key_str = share(k);
        } else if (is_float(k)) {
            if (!float_text(k, key_text)) return false;
        } else if (k == True || k == False || k == None) {
            key_text = k == True ? "true" : k == False ? "false" : "null";
        } else if (is_int(k)) {
            if (!int_text(k, key_text)) return false;
        } else if (e_->skipkeys) {
            continue;
        } else {
            return raisef(exc::TypeError, "keys must be str, int, float, bool or None, not {}", type_name(k)), false;
        }
        if (!first) out += cast<Str>(e_->item_separator)->view();
        first = false;
        if (!key_str) key_str = str_from(key_text);
        if (!string(key_str.get())) return false;
        out += cast<Str>(e_->key_separator)->view();
        if (!value(v)) return false;
    }
    out += '}';
    leave(d);
    return true;
}

// encoder(o, level) -> (text,): the whole document as one piece.
Ref<> encoder_call(Object* self, const Args& args) {
    static const ArgSpec spec{"_iterencode", {"obj", "_current_indent_level"}, 2};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<> keep = share(self);
    Encoding encoding(as_encoder(self));
    if (!encoding.value(a[0])) return nullptr;
    Ref<> text = str_from(encoding.out);
    return tuple_from({text.get()});
}

void encoder_type_init() {
    type_init_builtin(EncoderType, "_json.Encoder", &ObjectType, sizeof(Encoder), type_flags::kHasGC);
    EncoderType.destroy = encoder_destroy;
    EncoderType.traverse = encoder_traverse;
    EncoderType.clear = encoder_clear;
    EncoderType.new_instance = encoder_new;
    EncoderType.call = encoder_call;
    EncoderType.getattr = generic_getattr;
    type_ready(EncoderType);
}

const MethodDef kEncodeFunctions[] = {
    {"encode_basestring_ascii", json_encode_basestring_ascii},
    {"encode_basestring", json_encode_basestring},
};

}  // namespace

void json_add_encoder(Module* m) {
    static bool ready = false;
    if (!ready) {
        encoder_type_init();
        ready = true;
    }
    for (const MethodDef& def : kEncodeFunctions) module_add(m, def.name, builtin_function_new(&def, m).get());
    module_add(m, "make_encoder", &EncoderType);
}

}  // namespace minipy
