// Helpers for the str/bytes/format tests: decode the values of
// text_cases.inc (see gen_text_cases.py for the encoding), run an operation,
// and describe its outcome as the generator describes CPython's: repr(result)
// or "ExceptionName: message".
#pragma once

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/runtime.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/format.hpp"
#include "runtime/text/str.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace minipy::texttest {

struct TextCase {
    std::string_view recv;
    const char* op;
    std::string_view args;
    std::string_view kwargs;
    std::string_view expected;
};

struct RuntimeFixture {
    RuntimeFixture() { runtime_init(); }
};

// Reads one encoded value from `s` at `pos`.
class Decoder {
public:
    explicit Decoder(std::string_view s) : s_(s) {}

    Ref<> next() {
        REQUIRE(pos_ < s_.size());
        const char kind = s_[pos_++];
        switch (kind) {
        case 'N': return none();
        case 'T': return share<Object>(True);
        case 'F': return share<Object>(False);
        case 's': return str_from(sized());
        case 'b': return bytes_from(sized());
        case 'i': {
            Ref<> r = int_from_string(until(';'), 10);
            REQUIRE(r);
            return r;
        }
        case 'f': {
            std::string text(until(';'));
            return float_from(std::strtod(text.c_str(), nullptr));
        }
        case 'Y': {
            const std::string_view name = until(';');
            if (name == "str") return share<Object>(&StrType);
            if (name == "bytes") return share<Object>(&BytesType);
            if (name == "int") return share<Object>(&IntType);
            if (name == "list") return share<Object>(&ListType);
            if (name == "tuple") return share<Object>(&TupleType);
            if (name == "dict") return share<Object>(&DictType);
            FAIL("unknown type " << name);
            return nullptr;
        }
        case '(': {
            std::vector<Ref<>> items = sequence(')');
            std::vector<Object*> raw;
            for (auto& r : items) raw.push_back(r.get());
            return tuple_from_array(raw.data(), static_cast<std::int64_t>(raw.size()));
        }
        case '[': {
            std::vector<Ref<>> items = sequence(']');
            Ref<List> list = list_new();
            for (auto& r : items) REQUIRE(list_append(list.get(), r.get()));
            return list;
        }
        case '{': {
            std::vector<Ref<>> items = sequence('}');
            Ref<Dict> d = dict_new();
            for (std::size_t i = 0; i + 1 < items.size(); i += 2) REQUIRE(dict_set(d.get(), items[i].get(), items[i + 1].get()) == 0);
            return d;
        }
        case 'S': {
            Ref<> a = next(), b = next(), c = next();
            return slice_new(a.get(), b.get(), c.get());
        }
        default: FAIL("bad encoding at " << pos_); return nullptr;
        }
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;

    std::string_view until(char end) {
        const std::size_t stop = s_.find(end, pos_);
        REQUIRE(stop != std::string_view::npos);
        std::string_view text = s_.substr(pos_, stop - pos_);
        pos_ = stop + 1;
        return text;
    }
    std::string_view sized() {
        const std::size_t n = static_cast<std::size_t>(std::stoul(std::string(until(':'))));
        std::string_view text = s_.substr(pos_, n);
        pos_ += n;
        return text;
    }
    std::vector<Ref<>> sequence(char close) {
        std::vector<Ref<>> items;
        while (s_[pos_] != close) items.push_back(next());
        ++pos_;
        return items;
    }
};

inline Ref<> decode(std::string_view encoded) { return Decoder(encoded).next(); }

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
    if (error_pending()) return "result with a pending exception: " + error_text();
    std::string text;
    if (!repr_text(r.get(), text)) return "repr failed: " + error_text();
    return text;
}

// Calls `callable(*args, **kwargs)` with the decoded tuple and dict.
inline Ref<> call_decoded(Object* callable, Object* args, Object* kwargs) {
    std::vector<Object*> values;
    for (Object* a : *cast<Tuple>(args)) values.push_back(a);
    const std::size_t positional = values.size();
    std::vector<Object*> names;
    std::int64_t pos = 0;
    Object *k, *v;
    while (dict_next(cast<Dict>(kwargs), pos, &k, &v)) {
        names.push_back(k);
        values.push_back(v);
    }
    Ref<Tuple> kwnames;
    if (!names.empty()) kwnames = tuple_from_array(names.data(), static_cast<std::int64_t>(names.size()));
    return call(callable, Args{values.data(), positional, kwnames.get()});
}

inline Ref<> run_operation(Object* recv, std::string_view op, Object* args, Object* kwargs) {
    Tuple* a = cast<Tuple>(args);
    auto arg = [&](std::int64_t i) { return (*a)[i]; };
    auto truth = [](int r) -> Ref<> { return r < 0 ? nullptr : bool_from(r != 0); };
    if (op[0] != '@') {
        Ref<> method = getattr(recv, op);
        if (!method) return nullptr;
        return call_decoded(method.get(), args, kwargs);
    }
    if (op == "@call") return call_decoded(recv, args, kwargs);
    if (op == "@repr") return repr(recv);
    if (op == "@str") return str(recv);
    if (op == "@ascii") return ascii_of(recv);
    if (op == "@len") {
        const std::int64_t n = length(recv);
        return n < 0 ? nullptr : Ref<>(int_from(n));
    }
    if (op == "@list") return list_from_iterable(recv);
    if (op == "@format") return format_value(recv, arg(0));
    if (op == "@getitem") return getitem(recv, arg(0));
    if (op == "@contains") return truth(contains(recv, arg(0)));
    if (op == "@add") return binary_op(recv, arg(0), BinaryOp::Add);
    if (op == "@radd") return binary_op(arg(0), recv, BinaryOp::Add);
    if (op == "@mul") return binary_op(recv, arg(0), BinaryOp::Mul);
    if (op == "@rmul") return binary_op(arg(0), recv, BinaryOp::Mul);
    if (op == "@mod") return binary_op(recv, arg(0), BinaryOp::Mod);
    if (op == "@lt") return compare(recv, arg(0), CompareOp::Lt);
    if (op == "@le") return compare(recv, arg(0), CompareOp::Le);
    if (op == "@eq") return compare(recv, arg(0), CompareOp::Eq);
    if (op == "@ne") return compare(recv, arg(0), CompareOp::Ne);
    if (op == "@gt") return compare(recv, arg(0), CompareOp::Gt);
    if (op == "@ge") return compare(recv, arg(0), CompareOp::Ge);
    if (op == "@hash_matches") {
        const std::int64_t x = hash(recv), y = hash(arg(0));
        if ((x == -1 || y == -1) && error_pending()) return nullptr;
        return bool_from(x == y);
    }
    FAIL("unknown operation " << op);
    return nullptr;
}

// A readable rendering of an encoded value for failure messages.
inline std::string describe(std::string_view encoded) {
    Ref<> v = decode(encoded);
    std::string text;
    if (!repr_text(v.get(), text)) {
        clear_error();
        return "<unrepresentable>";
    }
    return text;
}

}  // namespace minipy::texttest
