// Short descriptions of objects for memviz's boxes and inline values
// (values.hpp), written from the objects' fields, never through repr().
#include "interpreter/memviz/values.hpp"

#include "interpreter/frame.hpp"
#include "runtime/core/type.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

namespace minipy::interp::memviz {

namespace {

constexpr std::size_t kMaxValueChars = 24;

// Cuts `text` to the limit, marking the cut with "…" (before a closing
// quote, so that a shortened str still reads as one).
std::string shorten(std::string text) {
    if (text.size() <= kMaxValueChars) return text;
    std::size_t cut = kMaxValueChars - 2;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    const char last = text.back();
    text.resize(cut);
    text += "…";
    if (last == '\'' || last == '"') text += last;
    return text;
}

// Its __name__, or once the collector has cleared its dict the name it was
// made with.
std::string module_name(Object* o) {
    auto* m = static_cast<Module*>(o);
    Object* name = m->dict ? lookup_text(m->dict, "__name__") : m->name;
    return name && is_str(name) ? text_of(static_cast<Str*>(name)) : "?";
}

bool is_builtin_callable(Object* o) {
    return o->type == &BuiltinFunctionType || o->type == &MethodDescriptorType ||
           o->type == &ClassMethodDescriptorType;
}

}  // namespace

std::string text_of(const Str* s) { return std::string(StrUtf8(s).view()); }

Object* lookup_text(const Dict* d, std::string_view key) {
    std::int64_t pos = 0;
    Object* k;
    Object* value;
    while (dict_next(d, pos, &k, &value))
        if (is_str(k) && str_equal_utf8(static_cast<Str*>(k), key)) return value;
    return nullptr;
}

std::string short_value(Object* o) {
    if (is_bool(o)) return o == True ? "True" : "False";
    if (is_int(o)) return shorten(int_to_decimal(static_cast<Int*>(o)));
    if (is_float(o)) return shorten(float_repr(static_cast<Float*>(o)->value));
    if (is_str(o)) return shorten(str_repr(static_cast<Str*>(o)));
    if (o->type == &FunctionType) {
        Str* name = static_cast<Function*>(o)->qualname;
        return name ? text_of(name) : "";
    }
    if (is_type(o)) return std::string(static_cast<Type*>(o)->name_view());
    if (is_module(o)) return module_name(o);
    return "";
}

bool is_hidden(Object* o, const Options& options) {
    if (is_module(o)) return !options.show_modules;
    if (o->type == &FunctionType) return !options.show_functions;
    if (is_type(o)) return !options.show_classes;
    if (is_builtin_callable(o)) return !options.show_builtins;
    return o->type == &CodeType;
}

std::string inline_value(Object* o, const Options& options) {
    if (o == None) return "None";
    if (o == True) return "True";
    if (o == False) return "False";
    if (o == Ellipsis) return "Ellipsis";
    if (o == NotImplemented) return "NotImplemented";
    if (!is_hidden(o, options)) return "";
    if (is_module(o)) return fmt::format("<module '{}'>", module_name(o));
    if (o->type == &FunctionType) return fmt::format("<function {}>", short_value(o));
    if (is_type(o)) return fmt::format("<class '{}'>", short_value(o));
    if (o->type == &CodeType) return "<code>";
    return fmt::format("<built-in {}>", o->type->name_view());
}

bool is_shared(Object* o) {
    if (is_exact_int(o)) {
        std::optional<std::int64_t> v = int_to_i64(static_cast<Int*>(o));
        return v && *v >= kSmallIntMin && *v <= kSmallIntMax;
    }
    return is_exact_str(o) && static_cast<Str*>(o)->interned();
}

std::string type_label(Object* o) {
    if (o->type == &WeakRefType) return "weakref";
    std::string_view name = o->type->name_view();
    if (std::size_t dot = name.rfind('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);
    return std::string(name);
}

std::string key_label(Object* key) {
    if (key == None) return "None";
    if (is_int(key) || is_float(key) || is_str(key)) return short_value(key);
    return fmt::format("<{}>", key->type->name_view());
}

}  // namespace minipy::interp::memviz
