// Helpers shared by the container tests (list, set, range, iterators): make
// values, call methods with keywords, and read back reprs and errors as text.
// Every expected value in these tests was produced by CPython 3.11.
#pragma once

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/runtime.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace minipy::test {

inline Ref<> I(std::int64_t v) { return int_from(v); }

// An int from decimal text (for values beyond int64).
inline Ref<> big(std::string_view digits) {
    bool negative = !digits.empty() && digits[0] == '-';
    Ref<> v = int_from_string(negative ? digits.substr(1) : digits, 10);
    if (negative) v = unary_op(v.get(), UnaryOp::Neg);
    return v;
}

inline Ref<> S(std::string_view text) { return str_from(text); }

inline Ref<List> int_list(std::initializer_list<std::int64_t> values) {
    auto list = list_new(0);
    for (std::int64_t v : values) REQUIRE(list_append(list.get(), I(v).get()));
    return list;
}

inline Ref<List> int_list(const std::vector<std::int64_t>& values) {
    auto list = list_new(0);
    for (std::int64_t v : values) REQUIRE(list_append(list.get(), I(v).get()));
    return list;
}

// "TypeError: message" for the pending exception, which is cleared.
inline std::string error_text() {
    Ref<> exc = take_error();
    if (!exc) return "<no exception>";
    std::string message;
    Ref<> text = exception_str(exc.get());
    if (text) message = std::string(cast<Str>(text.get())->view());
    clear_error();
    if (message.empty()) return std::string(type_name(exc.get()));
    return std::string(type_name(exc.get())) + ": " + message;
}

// "!TypeError: ..." for the pending exception (built by appending: GCC 12
// warns falsely about `"!" + std::string` at -O3).
inline std::string error_outcome() {
    std::string text = "!";
    text += error_text();
    return text;
}

inline std::string repr_of(Object* o) {
    std::string text;
    if (!repr_text(o, text)) return error_outcome();
    return text;
}
inline std::string repr_of(const Ref<>& o) { return o ? repr_of(o.get()) : error_outcome(); }

// A result's repr, or the error it raised, as one comparable string.
inline std::string outcome(const Ref<>& r) { return r ? repr_of(r.get()) : error_outcome(); }
inline std::string outcome(int status) { return status < 0 ? error_outcome() : std::to_string(status); }

struct Kw {
    const char* name;
    Object* value;
};

// callable(*positional, **keywords)
inline Ref<> call_kw(Object* callable, std::vector<Object*> positional, std::vector<Kw> keywords = {}) {
    std::vector<Object*> values = positional;
    Ref<Tuple> names;
    if (!keywords.empty()) {
        names = tuple_alloc(static_cast<std::int64_t>(keywords.size()));
        for (std::size_t i = 0; i < keywords.size(); ++i) {
            tuple_init_item(names.get(), static_cast<std::int64_t>(i), str_from(keywords[i].name));
            values.push_back(keywords[i].value);
        }
    }
    return call(callable, Args{values.data(), positional.size(), names.get()});
}

// o.name(*positional, **keywords)
inline Ref<> method(Object* o, const char* name, std::vector<Object*> positional = {}, std::vector<Kw> keywords = {}) {
    Ref<> bound = getattr(o, name);
    if (!bound) return nullptr;
    return call_kw(bound.get(), std::move(positional), std::move(keywords));
}

// The items an iterator yields, as their reprs joined like a list's.
inline std::string drain(Object* iterator) {
    std::string out = "[";
    bool first = true;
    for (;;) {
        Ref<> item = iter_next(iterator);
        if (!item) break;
        if (!first) out += ", ";
        first = false;
        out += repr_of(item.get());
    }
    if (error_pending()) return error_outcome();
    out += "]";
    return out;
}

}  // namespace minipy::test
