// Helpers for the int/float/math tests: turn the generated tables' text back
// into objects, run an operation, and describe its outcome the way
// gen_number_cases.py describes CPython's: repr(result), or
// "ExceptionName: message".
#pragma once

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/runtime.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace minipy::numtest {

// "123" (int), "f:1.5" (float, exact through strtod), "True", "False", "s:text".
inline Ref<> value(std::string_view text) {
    if (text == "True") return share(True);
    if (text == "False") return share(False);
    if (text.substr(0, 2) == "s:") return str_from(text.substr(2));
    if (text.substr(0, 2) == "b:") {
        std::string raw;
        for (std::size_t i = 2; i + 1 < text.size(); i += 2)
            raw.push_back(static_cast<char>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16)));
        return bytes_from(raw);
    }
    if (text.substr(0, 2) == "f:") {
        std::string digits(text.substr(2));
        return float_from(std::strtod(digits.c_str(), nullptr));
    }
    Ref<> r = int_from_string(text, 10);
    REQUIRE(r);
    return r;
}

// The '|'-separated values of an argument list ("" is no arguments).
inline std::vector<Ref<>> values(std::string_view joined) {
    std::vector<Ref<>> out;
    if (joined.empty()) return out;
    std::size_t start = 0;
    for (;;) {
        std::size_t bar = joined.find('|', start);
        out.push_back(value(joined.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start)));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return out;
}

inline std::vector<Object*> raw(const std::vector<Ref<>>& refs) {
    std::vector<Object*> out;
    for (const Ref<>& r : refs) out.push_back(r.get());
    return out;
}

inline Ref<> call_with(Object* callable, const std::vector<Ref<>>& args) {
    std::vector<Object*> a = raw(args);
    return call(callable, Args{a.data(), a.size(), nullptr});
}

inline Ref<> call_method_with(Object* self, std::string_view name, const std::vector<Ref<>>& args) {
    Ref<> method = getattr(self, name);
    if (!method) return nullptr;
    return call_with(method.get(), args);
}

// "ZeroDivisionError: division by zero" for the pending exception (cleared).
inline std::string error_text() {
    Ref<> exc = take_error();
    if (!exc) return "<no exception>";
    std::string text(type_name(exc.get()));
    Ref<> message = exception_str(exc.get());
    if (message && cast<Str>(message.get())->length > 0) text += ": " + std::string(cast<Str>(message.get())->view());
    clear_error();
    return text;
}

inline std::string outcome(const Ref<>& r) {
    if (!r) return error_text();
    std::string text;
    if (!repr_text(r.get(), text)) return error_text();  // as repr() raising in CPython
    return text;
}

inline std::string text_of(const Ref<>& r) {
    REQUIRE(r);
    REQUIRE(is_str(r.get()));
    return std::string(cast<Str>(r.get())->view());
}

inline Ref<> binary(Object* a, std::string_view op, Object* b) {
    static const std::pair<std::string_view, BinaryOp> ops[] = {
        {"+", BinaryOp::Add},       {"-", BinaryOp::Sub},     {"*", BinaryOp::Mul},
        {"/", BinaryOp::TrueDiv},   {"//", BinaryOp::FloorDiv}, {"%", BinaryOp::Mod},
        {"**", BinaryOp::Pow},      {"<<", BinaryOp::LShift}, {">>", BinaryOp::RShift},
        {"&", BinaryOp::And},       {"^", BinaryOp::Xor},     {"|", BinaryOp::Or},
    };
    if (op == "divmod") {
        // divmod(a, b): a.__divmod__(b), then b.__rdivmod__(a), as the builtin does.
        Ref<> r = call_method(a, "__divmod__", {b});
        if (r && r.get() == NotImplemented) r = call_method(b, "__rdivmod__", {a});
        return r;
    }
    for (const auto& [symbol, code] : ops)
        if (symbol == op) return binary_op(a, b, code);
    FAIL("unknown operator " << op);
    return nullptr;
}

inline Ref<> comparison(Object* a, std::string_view op, Object* b) {
    static const std::pair<std::string_view, CompareOp> ops[] = {
        {"<", CompareOp::Lt}, {"<=", CompareOp::Le}, {"==", CompareOp::Eq},
        {"!=", CompareOp::Ne}, {">", CompareOp::Gt}, {">=", CompareOp::Ge},
    };
    for (const auto& [symbol, code] : ops)
        if (symbol == op) return compare(a, b, code);
    FAIL("unknown comparison " << op);
    return nullptr;
}

// The unary table's operations: - + ~ abs hash repr int float bool.
inline Ref<> unary(std::string_view op, Object* v) {
    if (op == "-") return unary_op(v, UnaryOp::Neg);
    if (op == "+") return unary_op(v, UnaryOp::Pos);
    if (op == "~") return unary_op(v, UnaryOp::Invert);
    if (op == "abs") return unary_op(v, UnaryOp::Abs);
    if (op == "hash") {
        std::int64_t h = hash(v);
        if (h == -1 && error_pending()) return nullptr;
        return int_from(h);
    }
    if (op == "repr") return repr(v);
    if (op == "int") return call(&IntType, {v});
    if (op == "float") return call(&FloatType, {v});
    if (op == "bool") return call(&BoolType, {v});
    FAIL("unknown unary operation " << op);
    return nullptr;
}

// Ensures the runtime is initialised once per test binary.
struct RuntimeFixture {
    RuntimeFixture() { runtime_init(); }
};

}  // namespace minipy::numtest
