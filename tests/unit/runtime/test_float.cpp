// float and the math module against CPython 3.11 (float_cases.inc, generated
// by gen_number_cases.py): repr round trips, mixed arithmetic, exact
// comparisons with ints, parsing, formatting, methods and math functions.
#include "number_test_util.hpp"

#include "runtime/modules/math.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/text/number_format.hpp"

#include <cmath>
#include <cstring>

namespace minipy::numtest {
namespace {

#include "float_cases.inc"

Object* math_module() {
    static Ref<Module> m = [] {
        runtime_init();
        return make_math_module();
    }();
    return m.get();
}

TEST_CASE_METHOD(RuntimeFixture, "float repr is CPython's shortest round trip", "[float]") {
    for (const auto& c : kFloatRepr) {
        double v = std::strtod(c.text, nullptr);
        INFO(c.text);
        CHECK(float_repr(v) == c.expected);
        // and float(repr) gives back the same bits
        Ref<> text = str_from(float_repr(v));
        Ref<> back = call(&FloatType, {text.get()});
        REQUIRE(back);
        double w = cast<Float>(back.get())->value;
        if (!std::isnan(v)) CHECK(std::memcmp(&v, &w, sizeof v) == 0);
    }
    CHECK(float_repr(-0.0) == "-0.0");
    CHECK(float_repr(1e16) == "1e+16");
    CHECK(float_repr(1.5e-05) == "1.5e-05");
    CHECK(float_repr(-HUGE_VAL) == "-inf");
    CHECK(float_repr(-NAN) == "nan");
}

TEST_CASE_METHOD(RuntimeFixture, "float arithmetic, mixed with ints", "[float]") {
    for (const auto& c : kFloatBinary) {
        Ref<> a = value(c.a), b = value(c.b);
        INFO(c.a << " " << c.op << " " << c.b);
        CHECK(outcome(binary(a.get(), c.op, b.get())) == c.expected);
    }
}

TEST_CASE_METHOD(RuntimeFixture, "comparisons between ints and floats are exact", "[float]") {
    for (const auto& c : kCompare) {
        Ref<> a = value(c.a), b = value(c.b);
        INFO(c.a << " " << c.op << " " << c.b);
        CHECK(outcome(comparison(a.get(), c.op, b.get())) == c.expected);
    }
}

TEST_CASE_METHOD(RuntimeFixture, "float unary operations, hash and conversions", "[float]") {
    for (const auto& c : kFloatUnary) {
        Ref<> v = value(c.value);
        INFO(c.op << " " << c.value);
        CHECK(outcome(unary(c.op, v.get())) == c.expected);
    }
    // nan hashes by identity (CPython 3.10+), equal for the same object.
    Ref<> nan1 = float_from(NAN), nan2 = float_from(NAN);
    CHECK(hash(nan1.get()) == hash(nan1.get()));
    CHECK(hash(nan1.get()) != hash(nan2.get()));
}

TEST_CASE_METHOD(RuntimeFixture, "float(str)", "[float]") {
    for (const auto& c : kFloatParse) {
        Ref<> text = str_from(c.text);
        INFO("float(" << str_repr(c.text) << ")");
        CHECK(outcome(call(&FloatType, {text.get()})) == c.expected);
    }
    CHECK(outcome(call(&FloatType, {})) == "0.0");
    Ref<> nul = str_from(std::string_view("1\0" "2", 3));
    CHECK(outcome(call(&FloatType, {nul.get()})) == "ValueError: could not convert string to float: '1\\x002'");
    Ref<> list = list_new(0);
    CHECK(outcome(call(&FloatType, {list.get()})) ==
          "TypeError: float() argument must be a string or a real number, not 'list'");
    CHECK(outcome(call(&FloatType, {small_int(1), small_int(2)})) ==
          "TypeError: float expected at most 1 argument, got 2");
    Ref<> big = value("123456789012345678901234567890");
    CHECK(outcome(call(&FloatType, {big.get()})) == "1.2345678901234568e+29");
}

TEST_CASE_METHOD(RuntimeFixture, "float.__format__", "[float]") {
    for (const auto& c : kFloatFormat) {
        Ref<> v = value(c.value), spec = str_from(c.spec);
        INFO("format(" << c.value << ", " << str_repr(c.spec) << ")");
        CHECK(outcome(call_method(v.get(), "__format__", {spec.get()})) == c.expected);
    }
}

TEST_CASE_METHOD(RuntimeFixture, "float methods", "[float]") {
    for (const auto& c : kFloatMethods) {
        Ref<> v = value(c.value);
        INFO(c.value << "." << c.name << "(" << c.args << ")");
        CHECK(outcome(call_method_with(v.get(), c.name, values(c.args))) == c.expected);
    }
}

TEST_CASE_METHOD(RuntimeFixture, "double_to_string modes", "[float]") {
    // Values from CPython's float.__format__ / '%' formatting.
    CHECK(double_to_string(0.1, 'r', 0, dtsf::kAddDot0) == "0.1");
    CHECK(double_to_string(1e22, 'r', 0, dtsf::kAddDot0) == "1e+22");
    CHECK(double_to_string(1e22, 'r', 0, 0) == "1e+22");
    CHECK(double_to_string(100.0, 'r', 0, 0) == "100");
    CHECK(double_to_string(2.5, 'f', 0, 0) == "2");
    CHECK(double_to_string(3.5, 'f', 0, 0) == "4");
    CHECK(double_to_string(0.125, 'f', 2, 0) == "0.12");
    CHECK(double_to_string(1.0, 'e', 3, dtsf::kSign) == "+1.000e+00");
    CHECK(double_to_string(1e-7, 'g', 6, dtsf::kAlt) == "1.00000e-07");
    CHECK(double_to_string(-HUGE_VAL, 'F', 2, 0) == "-INF");
}

TEST_CASE("math functions", "[math]") {
    Object* m = math_module();
    for (const auto& c : kMath) {
        INFO("math." << c.name << "(" << c.args << ")");
        Ref<> fn = getattr(m, c.name);
        REQUIRE(fn);
        CHECK(outcome(call_with(fn.get(), values(c.args))) == c.expected);
    }
}

TEST_CASE("math.fsum", "[math]") {
    Object* m = math_module();
    Ref<> fsum = getattr(m, "fsum");
    for (const auto& c : kFsum) {
        INFO("math.fsum([" << c.values << "])");
        Ref<> list = list_new(0);
        for (const Ref<>& v : values(c.values)) REQUIRE(list_append(cast<List>(list.get()), v.get()));
        CHECK(outcome(call(fsum.get(), {list.get()})) == c.expected);
    }
}

TEST_CASE("math module constants, argument errors and prod", "[math]") {
    Object* m = math_module();
    CHECK(outcome(getattr(m, "pi")) == "3.141592653589793");
    CHECK(outcome(getattr(m, "e")) == "2.718281828459045");
    CHECK(outcome(getattr(m, "tau")) == "6.283185307179586");
    CHECK(outcome(getattr(m, "inf")) == "inf");
    CHECK(outcome(getattr(m, "nan")) == "nan");
    CHECK(outcome(call(getattr(m, "sqrt").get(), {})) == "TypeError: math.sqrt() takes exactly one argument (0 given)");
    CHECK(outcome(call(getattr(m, "log").get(), {})) == "TypeError: math.log requires 1 to 2 arguments");
    CHECK(outcome(call(getattr(m, "atan2").get(), {small_int(1)})) == "TypeError: atan2 expected 2 arguments, got 1");
    Ref<> s = str_from("x");
    CHECK(outcome(call(getattr(m, "sqrt").get(), {s.get()})) == "TypeError: must be real number, not str");
    CHECK(outcome(call(getattr(m, "trunc").get(), {s.get()})) == "TypeError: type str doesn't define __trunc__ method");
    CHECK(outcome(call(getattr(m, "floor").get(), {s.get()})) == "TypeError: must be real number, not str");
    CHECK(outcome(call(getattr(m, "ldexp").get(), {small_int(1), float_from(1.5).get()})) ==
          "TypeError: Expected an int as second argument to ldexp.");

    Ref<> prod = getattr(m, "prod");
    Ref<> list = list_new(0);
    CHECK(outcome(call(prod.get(), {list.get()})) == "1");
    for (int i = 1; i < 20; ++i) REQUIRE(list_append(cast<List>(list.get()), small_int(i)));
    CHECK(outcome(call(prod.get(), {list.get()})) == "121645100408832000");
    REQUIRE(list_append(cast<List>(list.get()), float_from(0.5).get()));
    CHECK(outcome(call(prod.get(), {list.get()})) == "6.0822550204416e+16");
    Ref<Tuple> start_kw = tuple_from({intern("start")});
    Ref<> empty = list_new(0);
    Object* kw_args[] = {empty.get(), small_int(5)};
    CHECK(outcome(call(prod.get(), Args{kw_args, 1, start_kw.get()})) == "5");
    Object* two_args[] = {empty.get(), small_int(5)};
    CHECK(outcome(call(prod.get(), Args{two_args, 2, nullptr})) ==
          "TypeError: prod() takes exactly 1 positional argument (2 given)");

    Ref<> isclose = getattr(m, "isclose");
    Ref<Tuple> tol_kw = tuple_from({intern("rel_tol")});
    Object* tol_args[] = {small_int(1), small_int(1), small_int(1)};
    CHECK(outcome(call(isclose.get(), Args{tol_args, 2, tol_kw.get()})) == "True");
    Ref<> minus = int_from(-1);
    Object* bad_tol[] = {small_int(1), small_int(1), minus.get()};
    CHECK(outcome(call(isclose.get(), Args{bad_tol, 2, tol_kw.get()})) ==
          "ValueError: tolerances must be non-negative");
    Ref<Tuple> abs_kw = tuple_from({intern("abs_tol")});
    Ref<> tiny = float_from(1e-10), tol = float_from(1e-9);
    Object* abs_args[] = {small_int(0), tiny.get(), tol.get()};
    CHECK(outcome(call(isclose.get(), Args{abs_args, 2, abs_kw.get()})) == "True");

    Ref<> dist = getattr(m, "dist");
    Ref<> p = tuple_from({small_int(0), small_int(0)}), q = tuple_from({small_int(3), small_int(4)});
    CHECK(outcome(call(dist.get(), {p.get(), q.get()})) == "5.0");
    Ref<> r = tuple_from({small_int(1)});
    CHECK(outcome(call(dist.get(), {r.get(), q.get()})) ==
          "ValueError: both points must have the same number of dimensions");
}

}  // namespace
}  // namespace minipy::numtest
