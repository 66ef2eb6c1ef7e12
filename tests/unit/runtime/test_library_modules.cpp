// The C++ halves of library modules (runtime/modules/operator.cpp,
// functools.cpp, json.cpp, json_encode.cpp): results, errors, and that the
// objects they make hold exactly the references they should. The golden
// tests (tests/golden/mod_*) check the modules from Python against CPython.
#include "modules_test_util.hpp"

#include "runtime/modules/internal.hpp"
#include "runtime/objects/float.hpp"

namespace minipy::test {
namespace {

Module* operator_module() {
    static Module* m = [] {
        runtime_init();
        return make_operator_module().release();
    }();
    return m;
}
Module* functools_module() {
    static Module* m = [] {
        runtime_init();
        return make_functools_module().release();
    }();
    return m;
}
Module* json_module() {
    static Module* m = [] {
        runtime_init();
        return make_json_module().release();
    }();
    return m;
}

// What the lru_cache wrapper's cache_info makes: here the plain tuple of
// its arguments.
Ref<> pack_arguments(Object*, const Args& args) {
    return tuple_from_array(args.values, static_cast<std::int64_t>(args.size()));
}
const MethodDef kPackArguments{"pack", pack_arguments};

}  // namespace

// ----------------------------------------------------------------- operator

TEST_CASE("_operator: functions are the abstract operations", "[operator]") {
    Module* op = operator_module();
    CHECK(outcome(call_attr(op, "add", {I(2).get(), I(3).get()})) == "5");
    CHECK(outcome(call_attr(op, "truth", {list_new().get()})) == "False");
    CHECK(outcome(call_attr(op, "countOf", {int_list({1, 2, 1}).get(), I(1).get()})) == "2");
    CHECK(outcome(call_attr(op, "indexOf", {int_list({1, 2}).get(), I(3).get()})) ==
          "!ValueError: sequence.index(x): x not in sequence");
    CHECK(outcome(call_attr(op, "add", {I(1).get()})) == "!TypeError: add expected 2 arguments, got 1");
    CHECK(outcome(call_attr(op, "neg", {})) == "!TypeError: _operator.neg() takes exactly one argument (0 given)");
    CHECK(outcome(call_attr(op, "concat", {I(1).get(), I(2).get()})) ==
          "!TypeError: 'int' object can't be concatenated");
    CHECK(outcome(call_attr(op, "length_hint", {I(1).get(), I(7).get()})) == "7");
}

TEST_CASE("_operator: the getters hold their arguments and nothing more", "[operator]") {
    Module* op = operator_module();
    Ref<> key = S("some key");
    const auto before = key->refcount;
    {
        Ref<> getter = call_attr(op, "itemgetter", {key.get()});
        CHECK(key->refcount == before + 1);
        CHECK(outcome(getter) == "operator.itemgetter('some key')");
        Ref<Dict> d = dict_new();
        REQUIRE(dict_set(d.get(), key.get(), I(5).get()) == 0);
        CHECK(outcome(call(getter.get(), {d.get()})) == "5");
        CHECK(gc_is_tracked(getter.get()));
    }
    CHECK(key->refcount == before);

    Ref<> dotted = call_attr(op, "attrgetter", {S("real.imag").get(), S("real").get()});
    CHECK(outcome(dotted) == "operator.attrgetter('real.imag', 'real')");
    CHECK(outcome(call(dotted.get(), {I(4).get()})) == "(0, 4)");
    CHECK(outcome(call_attr(op, "attrgetter", {I(1).get()})) == "!TypeError: attribute name must be a string");

    Ref<> caller = call_attr(op, "methodcaller", {S("count").get(), I(1).get()});
    CHECK(outcome(call(caller.get(), {int_list({1, 1, 2}).get()})) == "2");
    CHECK(outcome(caller) == "operator.methodcaller('count', 1)");
}

// ---------------------------------------------------------------- functools

TEST_CASE("_functools.partial: arguments, flattening and references", "[functools]") {
    Module* ft = functools_module();
    Ref<> partial = attr(ft, "partial");
    Ref<> max_fn = attr(builtins_module(), "max");
    const auto before = max_fn->refcount;
    {
        Ref<> p = call(partial.get(), {max_fn.get(), I(3).get()});
        CHECK(max_fn->refcount == before + 1);
        CHECK(outcome(p) == "functools.partial(<built-in function max>, 3)");
        CHECK(outcome(call(p.get(), {I(7).get(), I(5).get()})) == "7");
        // A partial of a partial holds the function, not the inner partial.
        Ref<> q = call(partial.get(), {p.get(), I(9).get()});
        CHECK(outcome(attr(q.get(), "func")) == "<built-in function max>");
        CHECK(outcome(attr(q.get(), "args")) == "(3, 9)");
        CHECK(max_fn->refcount == before + 2);
    }
    CHECK(max_fn->refcount == before);
    CHECK(outcome(call(partial.get(), {I(1).get()})) == "!TypeError: the first argument must be callable");
    CHECK(outcome(call(partial.get(), {})) == "!TypeError: type 'partial' takes at least one argument");
}

TEST_CASE("_functools: reduce, cmp_to_key and the lru_cache wrapper", "[functools]") {
    Module* ft = functools_module();
    Ref<> add = attr(operator_module(), "add");
    CHECK(outcome(call_attr(ft, "reduce", {add.get(), int_list({1, 2, 3}).get()})) == "6");
    CHECK(outcome(call_attr(ft, "reduce", {add.get(), list_new().get()})) ==
          "!TypeError: reduce() of empty iterable with no initial value");

    Ref<> sub = attr(operator_module(), "sub");
    Ref<> key = call_attr(ft, "cmp_to_key", {sub.get()});
    Ref<> a = call(key.get(), {I(1).get()});
    Ref<> b = call(key.get(), {I(2).get()});
    CHECK(compare_bool(a.get(), b.get(), CompareOp::Lt) == 1);
    CHECK(hash(a.get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'functools.KeyWrapper'");

    // The cache holds each result until cache_clear.
    Ref<> identity = attr(builtins_module(), "id");
    Ref<> info_type = native_function(&kPackArguments, nullptr);
    Ref<> wrapper_type = attr(ft, "_lru_cache_wrapper");
    Ref<> cached = call(wrapper_type.get(), {identity.get(), None, False, info_type.get()});
    REQUIRE(cached);
    Ref<> arg = S("argument");
    const auto before = arg->refcount;
    REQUIRE(call(cached.get(), {arg.get()}));
    REQUIRE(call(cached.get(), {arg.get()}));
    CHECK(arg->refcount == before + 1);
    Ref<> info = call_attr(cached.get(), "cache_info");
    CHECK(outcome(info) == "(1, 1, None, 1)");
    REQUIRE(call_attr(cached.get(), "cache_clear"));
    CHECK(arg->refcount == before);
}

// --------------------------------------------------------------------- json

TEST_CASE("_json: scanner and scanstring work in characters on UTF-8 text", "[json]") {
    Module* js = json_module();
    module_types_init();  // the namespace type, for the context
    Ref<Dict> settings = dict_new();
    REQUIRE(dict_set(settings.get(), "strict", True) == 0);
    for (const char* name : {"object_hook", "object_pairs_hook", "parse_constant"})
        REQUIRE(dict_set(settings.get(), name, None) == 0);
    REQUIRE(dict_set(settings.get(), "parse_float", &FloatType) == 0);
    REQUIRE(dict_set(settings.get(), "parse_int", &IntType) == 0);
    Ref<> context = namespace_new(settings.get());
    Ref<> scanner = call_attr(js, "make_scanner", {context.get()});
    REQUIRE(scanner);
    Ref<> doc = S("  {\"caf\xc3\xa9\": [1, 2.5, \"\xe4\xb8\xad\"], \"n\": null} tail");
    CHECK(outcome(call(scanner.get(), {doc.get(), I(2).get()})) == "({'café': [1, 2.5, '中'], 'n': None}, 36)");
    CHECK(outcome(call(scanner.get(), {doc.get(), I(0).get()})) == "!StopIteration: 0");
    CHECK(outcome(call_attr(js, "scanstring", {S("\"\xc3\xa9\\u00e8\" x").get(), I(1).get()})) == "('éè', 9)");
    // Without json.decoder imported the error is a ValueError with CPython's text.
    CHECK(outcome(call_attr(js, "scanstring", {S("[\n \"\xc3\xa9").get(), I(4).get()})) ==
          "!ValueError: Unterminated string starting at: line 2 column 2 (char 3)");
}

TEST_CASE("_json: string escaping and the one-shot encoder", "[json]") {
    Module* js = json_module();
    CHECK(outcome(call_attr(js, "encode_basestring_ascii", {S("a\"\xc3\xa9\xf0\x9f\x98\x80\n").get()})) ==
          "'\"a\\\\\"\\\\u00e9\\\\ud83d\\\\ude00\\\\n\"'");
    CHECK(outcome(call_attr(js, "encode_basestring", {S("\xc3\xa9\x01").get()})) == "'\"é\\\\u0001\"'");
    Ref<> escape = attr(js, "encode_basestring_ascii");
    Ref<> repr_fn = attr(builtins_module(), "repr");
    Ref<> encoder = call_attr(js, "make_encoder", {dict_new().get(), repr_fn.get(), escape.get(), None, S(": ").get(),
                                                   S(", ").get(), False, False, True});
    REQUIRE(encoder);
    Ref<List> value = int_list({1, 2});
    REQUIRE(list_append(value.get(), None));
    const auto before = value->refcount;
    CHECK(outcome(call(encoder.get(), {value.get(), I(0).get()})) == "('[1, 2, null]',)");
    CHECK(value->refcount == before);
    REQUIRE(list_append(value.get(), value.get()));
    CHECK(outcome(call(encoder.get(), {value.get(), I(0).get()})) == "!ValueError: Circular reference detected");
    REQUIRE(call_method(value.get(), "clear", {}));
}

}  // namespace minipy::test
