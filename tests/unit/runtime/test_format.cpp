// The format-spec mini-language as a C++ API (parse_format_spec,
// apply_padding, group_digits_padded) and format()'s dispatch to __format__.
// Expected values are CPython 3.11's (format(1234, '010,') == '00,001,234' ...).
#include "text_test_util.hpp"

#include "runtime/text/format_spec.hpp"

namespace minipy::texttest {
namespace {

FormatSpec parsed(std::string_view text) {
    FormatSpec spec;
    INFO(text);
    REQUIRE(parse_format_spec(text, spec, "int"));
    return spec;
}

std::string parse_error(std::string_view text, std::string_view type = "int") {
    FormatSpec spec;
    if (parse_format_spec(text, spec, type)) return "<parsed>";
    return error_text();
}

TEST_CASE("format specs parse field by field", "[format]") {
    FormatSpec s = parsed("*<+z#010,.3f");
    CHECK(s.fill() == "*");
    CHECK(s.align == '<');
    CHECK(s.sign == '+');
    CHECK(s.no_neg_zero);
    CHECK(s.alternate);
    CHECK_FALSE(s.zero_pad);  // an explicit fill turns '0' into a width digit
    CHECK(s.width == 10);
    CHECK(s.grouping == ',');
    CHECK(s.precision == 3);
    CHECK(s.type == 'f');

    s = parsed("");
    CHECK(s.fill() == " ");
    CHECK(s.align == '\0');
    CHECK(s.width == -1);
    CHECK(s.precision == -1);
    CHECK(s.type == '\0');

    s = parsed("08");
    CHECK(s.zero_pad);
    CHECK(s.fill() == "0");
    CHECK(s.align == '\0');
    CHECK(s.width == 8);

    s = parsed("\xc3\xa9^5");  // a multi-byte fill character
    CHECK(s.fill() == "\xc3\xa9");
    CHECK(s.align == '^');

    s = parsed("\xd9\xa1\xd9\xa0");  // Arabic-Indic digits count as width digits
    CHECK(s.width == 10);

    s = parsed("_x");
    CHECK(s.grouping == '_');
    CHECK(s.type == 'x');

    s = parsed("\xc3\xa9");
    CHECK(s.type == '\x01');
    CHECK(s.type_code == 0xE9);
}

TEST_CASE_METHOD(RuntimeFixture, "format spec errors are CPython's", "[format]") {
    CHECK(parse_error("abc") == "ValueError: Invalid format specifier 'abc' for object of type 'int'");
    CHECK(parse_error("abc", "") == "ValueError: Invalid format specifier");
    CHECK(parse_error("10.") == "ValueError: Format specifier missing precision");
    CHECK(parse_error(std::string(30, '1')) == "ValueError: Too many decimal digits in format string");
    CHECK(parse_error("." + std::string(30, '1')) == "ValueError: Too many decimal digits in format string");
    CHECK(parse_error(",_") == "ValueError: Cannot specify both ',' and '_'.");
    CHECK(parse_error("_,") == "ValueError: Cannot specify both ',' and '_'.");
    CHECK(parse_error(",c") == "ValueError: Cannot specify ',' with 'c'.");
    CHECK(parse_error(",x") == "ValueError: Cannot specify ',' with 'x'.");
    CHECK(parse_error(",\x01") == "ValueError: Cannot specify ',' with '\\x1'.");
    CHECK(parse_error("%%") == "ValueError: Invalid format specifier '%%' for object of type 'int'");

    FormatSpec s = parsed("\xc4\x80");  // U+0100
    raise_unknown_format_code(s, "str");
    CHECK(error_text() == "ValueError: Unknown format code '\\x100' for object of type 'str'");
    s = parsed("d");
    raise_unknown_format_code(s, "str");
    CHECK(error_text() == "ValueError: Unknown format code 'd' for object of type 'str'");
}

TEST_CASE("apply_padding aligns by code points", "[format]") {
    FormatSpec s = parsed("*^7");
    CHECK(apply_padding("ab", s, '<') == "**ab***");
    CHECK(apply_padding("\xc3\xa9t\xc3\xa9", s, '<') == "**\xc3\xa9t\xc3\xa9**");
    s = parsed("6");
    CHECK(apply_padding("ab", s, '<') == "ab    ");
    CHECK(apply_padding("ab", s, '>') == "    ab");
    s = parsed("06");
    CHECK(apply_padding("-12", s, '>', 1) == "-00012");  // zero padding means '=' for numbers
    CHECK(apply_padding("ab", s, '<') == "ab0000");      // and stays left-aligned for str
    s = parsed("x=8");
    CHECK(apply_padding("-0x1f", s, '>', 3) == "-0xxxx1f");
    s = parsed("2");
    CHECK(apply_padding("abc", s, '<') == "abc");
}

TEST_CASE("digit grouping, with and without zero padding", "[format]") {
    CHECK(group_digits("1234567", ',') == "1,234,567");
    CHECK(group_digits("123", ',') == "123");
    CHECK(group_digits("1234", '_', 4) == "1234");
    CHECK(group_digits("12345", '_', 4) == "1_2345");
    CHECK(group_digits("", ',') == "0");  // CPython writes one zero for no digits
    // format(1234, '0N,') for N = 10 .. 5
    CHECK(group_digits_padded("1234", ',', 3, 10) == "00,001,234");
    CHECK(group_digits_padded("1234", ',', 3, 9) == "0,001,234");
    CHECK(group_digits_padded("1234", ',', 3, 8) == "0,001,234");
    CHECK(group_digits_padded("1234", ',', 3, 7) == "001,234");
    CHECK(group_digits_padded("1234", ',', 3, 6) == "01,234");
    CHECK(group_digits_padded("1234", ',', 3, 5) == "1,234");
    CHECK(group_digits_padded("1234", '_', 3, 12) == "0_000_001_234");
}

TEST_CASE_METHOD(RuntimeFixture, "format() dispatches to __format__", "[format]") {
    Ref<Int> n = int_from(255);
    Ref<Str> x = str_from("x"), empty = str_from("");
    CHECK(outcome(format_value(n.get(), x.get())) == "'ff'");
    CHECK(outcome(format_value(n.get(), nullptr)) == "'255'");
    Ref<Float> f = float_from(0.5);
    Ref<Str> pct = str_from(".1%");
    CHECK(outcome(format_value(f.get(), pct.get())) == "'50.0%'");
    CHECK(outcome(format_value(None, empty.get())) == "'None'");
    CHECK(outcome(format_value(None, x.get())) ==
          "TypeError: unsupported format string passed to NoneType.__format__");
    Ref<List> list = list_new();
    CHECK(outcome(format_value(list.get(), x.get())) ==
          "TypeError: unsupported format string passed to list.__format__");

    // A class without __format__ of its own inherits object's.
    Ref<Str> name = str_from("Foo");
    Ref<Tuple> bases = tuple_from({&ObjectType});
    Ref<Dict> ns = dict_new();
    Ref<> cls = type_new_class(&TypeType, name.get(), bases.get(), ns.get());
    REQUIRE(cls);
    Ref<> obj = call(cls.get(), {});
    REQUIRE(obj);
    CHECK(outcome(format_value(obj.get(), x.get())) ==
          "TypeError: unsupported format string passed to Foo.__format__");
    Ref<> plain = format_value(obj.get(), empty.get());
    REQUIRE(plain);
    CHECK(cast<Str>(plain.get())->view().find("Foo object at 0x") != std::string_view::npos);
}

TEST_CASE_METHOD(RuntimeFixture, "ascii() escapes what repr() keeps", "[format]") {
    Ref<Str> s = str_from("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n");
    CHECK(outcome(ascii_of(s.get())) == "\"'\\\\xe9\\\\u20ac\\\\U0001f600\\\\n'\"");
    Ref<Str> plain = str_from("abc");
    Ref<> r = ascii_of(plain.get());
    CHECK(outcome(r) == "\"'abc'\"");
}

}  // namespace
}  // namespace minipy::texttest
