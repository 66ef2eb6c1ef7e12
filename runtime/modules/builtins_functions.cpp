// The builtin functions about single values: identity, hashing, text forms
// and arithmetic (id, hash, repr, ascii, format, hex/oct/bin, chr/ord, len,
// abs, divmod, pow, round, callable). CPython's Python/bltinmodule.c.
#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/format.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/unicode.hpp"

#include <cstdint>

namespace minipy {

namespace {

// Calls the special method `descr` (found on type(self)) with `self` bound,
// as CPython's slot functions call dunders found by _PyType_Lookup.
Ref<> call_special(Object* self, Object* descr, std::initializer_list<Object*> args) {
    if (DescrGetFn get = descr->type->descr_get) {
        Ref<> bound = get(descr, self, self->type);
        if (!bound) return nullptr;
        return call(bound.get(), args);
    }
    return call(descr, args);
}

// id(object): the address, which is unique among live objects.
Ref<> builtin_id(Object*, const Args& args) {
    if (!check_one_arg("id", args)) return nullptr;
    return int_from(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(args[0])));
}

Ref<> builtin_hash(Object*, const Args& args) {
    if (!check_one_arg("hash", args)) return nullptr;
    std::int64_t h = hash(args[0]);
    if (h == -1) return nullptr;
    return int_from(h);
}

Ref<> builtin_repr(Object*, const Args& args) {
    if (!check_one_arg("repr", args)) return nullptr;
    return repr(args[0]);
}

Ref<> builtin_ascii(Object*, const Args& args) {
    if (!check_one_arg("ascii", args)) return nullptr;
    return ascii_of(args[0]);
}

// format(value, format_spec=''): type(value).__format__(value, format_spec).
Ref<> builtin_format(Object*, const Args& args) {
    if (!check_arg_range("format", args, 1, 2)) return nullptr;
    Object* spec = args.size() > 1 ? args[1] : nullptr;
    if (spec && !is_str(spec))
        return raisef(exc::TypeError, "format() argument 2 must be str, not {}", type_name(spec));
    return format_value(args[0], spec);
}

// hex/oct/bin format the integer value of __index__ with its prefix.
Ref<> format_integer(const char* name, const Args& args, const char* spec) {
    if (!check_one_arg(name, args)) return nullptr;
    Ref<> value = number_index(args[0]);
    if (!value) return nullptr;
    Ref<> spec_str = str_from(spec);
    return format_value(value.get(), spec_str.get());
}
Ref<> builtin_hex(Object*, const Args& args) { return format_integer("hex", args, "#x"); }
Ref<> builtin_oct(Object*, const Args& args) { return format_integer("oct", args, "#o"); }
Ref<> builtin_bin(Object*, const Args& args) { return format_integer("bin", args, "#b"); }

Ref<> builtin_chr(Object*, const Args& args) {
    if (!check_one_arg("chr", args)) return nullptr;
    if (is_float(args[0])) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
    Ref<> value = number_index(args[0]);
    if (!value) return nullptr;
    auto small = int_to_i64(cast<Int>(value.get()));
    if (!small || *small < INT32_MIN || *small > INT32_MAX)
        return raise(exc::OverflowError, "Python int too large to convert to C int");
    if (*small < 0 || *small > static_cast<std::int64_t>(unicode::kMaxCodePoint))
        return raise(exc::ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(static_cast<std::uint32_t>(*small));
}

// ord(c): the code point of a one-character str, or the value of a one-byte bytes.
Ref<> builtin_ord(Object*, const Args& args) {
    if (!check_one_arg("ord", args)) return nullptr;
    Object* c = args[0];
    if (is_str(c)) {
        Str* s = cast<Str>(c);
        if (s->length != 1)
            return raisef(exc::TypeError, "ord() expected a character, but string of length {} found", s->length);
        return int_from(s->at(0));
    }
    if (is_bytes(c) || is_bytearray(c)) {
        const std::string_view b = is_bytes(c) ? cast<Bytes>(c)->view() : cast<ByteArray>(c)->view();
        if (b.size() != 1)
            return raisef(exc::TypeError, "ord() expected a character, but string of length {} found", b.size());
        return int_from(static_cast<unsigned char>(b[0]));
    }
    return raisef(exc::TypeError, "ord() expected string of length 1, but {} found", type_name(c));
}

Ref<> builtin_len(Object*, const Args& args) {
    if (!check_one_arg("len", args)) return nullptr;
    std::int64_t n = length(args[0]);
    if (n < 0) return nullptr;
    return int_from(n);
}

Ref<> builtin_abs(Object*, const Args& args) {
    if (!check_one_arg("abs", args)) return nullptr;
    return unary_op(args[0], UnaryOp::Abs);
}

Ref<> builtin_callable(Object*, const Args& args) {
    if (!check_one_arg("callable", args)) return nullptr;
    return bool_from(is_callable(args[0]));
}

// divmod(a, b): a.__divmod__(b), else b.__rdivmod__(a), with the reflected
// method first when b's type is a subclass of a's that overrides it (the
// rule of CPython's binary_op1, applied to the dunders).
Ref<> builtin_divmod(Object*, const Args& args) {
    if (!check_arg_range("divmod", args, 2, 2)) return nullptr;
    Object* a = args[0];
    Object* b = args[1];
    Object* forward = type_lookup(a->type, "__divmod__");
    Object* reflected = a->type != b->type ? type_lookup(b->type, "__rdivmod__") : nullptr;
    if (reflected && type_lookup(a->type, "__rdivmod__") == reflected) {
        // Inherited unchanged from a's type: a's own method already covers it.
        if (forward) reflected = nullptr;
    }
    if (reflected && type_is_subtype(b->type, a->type)) {
        Ref<> r = call_special(b, reflected, {a});
        if (!r || r.get() != NotImplemented) return r;
        reflected = nullptr;
    }
    if (forward) {
        Ref<> r = call_special(a, forward, {b});
        if (!r || r.get() != NotImplemented) return r;
    }
    if (reflected) {
        Ref<> r = call_special(b, reflected, {a});
        if (!r || r.get() != NotImplemented) return r;
    }
    return raisef(exc::TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a),
                  type_name(b));
}

Ref<> builtin_pow(Object*, const Args& args) {
    static const ArgSpec spec{"pow", {"base", "exp", "mod"}, 2};
    Object* a[3];
    if (!parse_args(args, spec, a)) return nullptr;
    return power(a[0], a[1], a[2] ? a[2] : None);
}

// round(number, ndigits=None): number.__round__() or number.__round__(ndigits).
Ref<> builtin_round(Object*, const Args& args) {
    static const ArgSpec spec{"round", {"number", "ndigits"}, 1};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Object* method = type_lookup(a[0]->type, "__round__");
    if (!method) return raisef(exc::TypeError, "type {} doesn't define __round__ method", type_name(a[0]));
    if (!a[1] || a[1] == None) return call_special(a[0], method, {});
    return call_special(a[0], method, {a[1]});
}

}  // namespace

void add_builtin_functions(Module* m) {
    add_module_functions(m, {
                                {"id", builtin_id},
                                {"hash", builtin_hash},
                                {"repr", builtin_repr},
                                {"ascii", builtin_ascii},
                                {"format", builtin_format},
                                {"hex", builtin_hex},
                                {"oct", builtin_oct},
                                {"bin", builtin_bin},
                                {"chr", builtin_chr},
                                {"ord", builtin_ord},
                                {"len", builtin_len},
                                {"abs", builtin_abs},
                                {"callable", builtin_callable},
                                {"divmod", builtin_divmod},
                                {"pow", builtin_pow},
                                {"round", builtin_round},
                            });
}

}  // namespace minipy
