// The builtins, sys, time and random modules, and file objects. Each
// expected repr or message is CPython 3.11's for the Python expression in
// the comment or the check (run with python3 on this machine).
#include "modules_test_util.hpp"

#include "runtime/core/recursion.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/file.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/set.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace minipy;
using namespace minipy::test;

namespace {

// builtins.name(*positional, **keywords) as text (repr or "!Error: message").
std::string B(const char* name, std::vector<Object*> positional = {}, std::vector<Kw> keywords = {}) {
    return outcome(call_attr(builtins_module(), name, std::move(positional), std::move(keywords)));
}
Ref<> Bcall(const char* name, std::vector<Object*> positional = {}, std::vector<Kw> keywords = {}) {
    return call_attr(builtins_module(), name, std::move(positional), std::move(keywords));
}
std::string SYS(const char* name, std::vector<Object*> positional = {}, std::vector<Kw> keywords = {}) {
    return outcome(call_attr(test_sys_module(), name, std::move(positional), std::move(keywords)));
}

Ref<> F(double v) { return float_from(v); }

// A scratch directory for the file tests, removed at the end of the run.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        path = std::filesystem::temp_directory_path() / ("minipy_modules_" + std::to_string(getpid()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string file(const char* name) const { return (path / name).string(); }
};
const TempDir& temp_dir() {
    static TempDir dir;
    return dir;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_file(const std::string& path, std::string_view content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

// Replaces sys.<name> for the duration of a scope.
struct SysOverride {
    const char* name;
    Ref<> saved;
    SysOverride(const char* n, Object* value) : name(n), saved(attr(test_sys_module(), n)) {
        REQUIRE(setattr(test_sys_module(), name, value) == 0);
    }
    ~SysOverride() { CHECK(setattr(test_sys_module(), name, saved.get()) == 0); }
};

}  // namespace

// --------------------------------------------------------------- builtins

TEST_CASE("builtins: the types, constants and exceptions are there", "[builtins]") {
    runtime_init();
    Module* b = builtins_module();
    CHECK(attr(b, "int").get() == &IntType);
    CHECK(attr(b, "object").get() == &ObjectType);
    CHECK(attr(b, "None").get() == None);
    CHECK(outcome(attr(b, "Ellipsis")) == "Ellipsis");
    CHECK(outcome(attr(b, "NotImplemented")) == "NotImplemented");
    CHECK(attr(b, "ZeroDivisionError").get() == exc::ZeroDivisionError);
    CHECK(attr(b, "IOError").get() == exc::OSError);
    CHECK(attr(b, "EnvironmentError").get() == exc::OSError);
    for (const char* name : {"bool", "str", "bytes", "list", "tuple", "dict", "set", "frozenset", "range", "slice",
                             "enumerate", "zip", "map", "filter", "reversed", "property", "staticmethod",
                             "classmethod", "super", "type", "float"})
        CHECK(is_type(attr(b, name).get()));
    CHECK(outcome(attr(b, "__name__")) == "'builtins'");
    CHECK(outcome(attr(b, "len")) == "<built-in function len>");
    CHECK(outcome(attr(b, "print")) == "<built-in function print>");
}

TEST_CASE("builtins: identity, hashing and text forms", "[builtins]") {
    runtime_init();
    Ref<List> l = list_new();
    CHECK(B("id", {l.get()}) == std::to_string(reinterpret_cast<std::uintptr_t>(l.get())));
    CHECK(B("id") == "!TypeError: id() takes exactly one argument (0 given)");
    CHECK(B("hash", {I(-1).get()}) == "-2");
    CHECK(B("hash", {l.get()}) == "!TypeError: unhashable type: 'list'");
    CHECK(B("repr", {S("a").get()}) == "\"'a'\"");
    CHECK(B("ascii", {S("\xc3\xa9").get()}) == "\"'\\\\xe9'\"");
    CHECK(B("repr", {}, {{"x", I(1).get()}}) == "!TypeError: repr() takes no keyword arguments");
    CHECK(B("format", {F(1.5).get(), S("x").get()}) ==
          "!ValueError: Unknown format code 'x' for object of type 'float'");
    CHECK(B("format", {I(1).get(), I(2).get()}) == "!TypeError: format() argument 2 must be str, not int");
    CHECK(B("format", {I(255).get(), S("08b").get()}) == "'11111111'");
    CHECK(B("format") == "!TypeError: format expected at least 1 argument, got 0");
    CHECK(B("hex", {I(255).get()}) == "'0xff'");
    CHECK(B("hex", {I(-255).get()}) == "'-0xff'");
    CHECK(B("oct", {I(8).get()}) == "'0o10'");
    CHECK(B("bin", {I(5).get()}) == "'0b101'");
    CHECK(B("hex", {True}) == "'0x1'");
    CHECK(B("hex", {F(1.5).get()}) == "!TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(B("bin", {big("18446744073709551616").get()}) == "'0b1" + std::string(64, '0') + "'");
}

TEST_CASE("builtins: chr and ord", "[builtins]") {
    runtime_init();
    CHECK(B("chr", {I(97).get()}) == "'a'");
    CHECK(B("chr", {I(233).get()}) == "'\xc3\xa9'");
    CHECK(B("chr", {I(-1).get()}) == "!ValueError: chr() arg not in range(0x110000)");
    CHECK(B("chr", {I(0x110000).get()}) == "!ValueError: chr() arg not in range(0x110000)");
    CHECK(B("chr", {big("18446744073709551616").get()}) == "!OverflowError: Python int too large to convert to C int");
    CHECK(B("chr", {S("a").get()}) == "!TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(B("ord", {S("a").get()}) == "97");
    CHECK(B("ord", {S("\xc3\xa9").get()}) == "233");
    CHECK(B("ord", {S("ab").get()}) == "!TypeError: ord() expected a character, but string of length 2 found");
    CHECK(B("ord", {S("").get()}) == "!TypeError: ord() expected a character, but string of length 0 found");
    CHECK(B("ord", {I(1).get()}) == "!TypeError: ord() expected string of length 1, but int found");
    CHECK(B("ord", {bytes_from("A").get()}) == "65");
    CHECK(B("ord", {bytes_from("AB").get()}) == "!TypeError: ord() expected a character, but string of length 2 found");
}

TEST_CASE("builtins: arithmetic helpers", "[builtins]") {
    runtime_init();
    CHECK(B("len", {list_of({I(1).get()}).get()}) == "1");
    CHECK(B("len", {I(1).get()}) == "!TypeError: object of type 'int' has no len()");
    CHECK(B("len", {I(1).get(), I(2).get()}) == "!TypeError: len() takes exactly one argument (2 given)");
    CHECK(B("abs", {I(-3).get()}) == "3");
    CHECK(B("abs", {True}) == "1");
    CHECK(B("abs", {S("a").get()}) == "!TypeError: bad operand type for abs(): 'str'");
    CHECK(B("divmod", {I(7).get(), I(2).get()}) == "(3, 1)");
    CHECK(B("divmod", {I(-7).get(), I(2).get()}) == "(-4, 1)");
    CHECK(B("divmod", {True, I(2).get()}) == "(0, 1)");
    CHECK(B("divmod", {F(7.5).get(), I(2).get()}) == "(3.0, 1.5)");
    CHECK(B("divmod", {I(1).get()}) == "!TypeError: divmod expected 2 arguments, got 1");
    CHECK(B("divmod", {I(1).get(), I(0).get()}) == "!ZeroDivisionError: integer division or modulo by zero");
    CHECK(B("divmod", {S("a").get(), I(1).get()}) ==
          "!TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    CHECK(B("pow", {I(2).get(), I(10).get()}) == "1024");
    CHECK(B("pow", {I(2).get(), I(-1).get(), I(5).get()}) == "3");
    CHECK(B("pow", {I(2).get(), I(3).get()}, {{"mod", I(5).get()}}) == "3");
    CHECK(B("pow", {}, {{"base", I(2).get()}, {"exp", I(3).get()}}) == "8");
    CHECK(B("pow", {I(2).get(), I(3).get(), None}) == "8");
    CHECK(B("pow", {I(1).get()}) == "!TypeError: pow() missing required argument 'exp' (pos 2)");
    CHECK(B("pow", {I(1).get(), I(2).get(), I(3).get(), I(4).get()}) ==
          "!TypeError: pow() takes at most 3 arguments (4 given)");
    CHECK(B("pow", {F(2.0).get(), I(2).get(), I(3).get()}) ==
          "!TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    CHECK(B("round", {F(2.5).get()}) == "2");
    CHECK(B("round", {F(1.5).get()}) == "2");
    CHECK(B("round", {F(2.675).get(), I(2).get()}) == "2.67");
    CHECK(B("round", {I(5).get(), I(-1).get()}) == "0");
    CHECK(B("round", {F(1.5).get(), None}) == "2");
    CHECK(B("round", {F(1.5).get()}, {{"ndigits", I(0).get()}}) == "2.0");
    CHECK(B("round", {S("a").get()}) == "!TypeError: type str doesn't define __round__ method");
    CHECK(B("round") == "!TypeError: round() missing required argument 'number' (pos 1)");
    CHECK(B("callable", {attr(builtins_module(), "len").get()}) == "True");
    CHECK(B("callable", {I(1).get()}) == "False");
}

TEST_CASE("builtins: min and max", "[builtins]") {
    runtime_init();
    Ref<> nums = list_of({I(3).get(), I(1).get(), I(2).get()});
    CHECK(B("max", {nums.get()}) == "3");
    CHECK(B("min", {nums.get()}) == "1");
    CHECK(B("max", {I(1).get(), I(5).get(), I(2).get()}) == "5");
    CHECK(B("min", {I(1).get(), I(2).get()}, {{"key", None}}) == "1");
    Ref<> neg = attr(builtins_module(), "abs");
    Ref<> mixed = list_of({I(-7).get(), I(3).get()});
    CHECK(B("max", {mixed.get()}, {{"key", neg.get()}}) == "-7");
    CHECK(B("max", {list_new().get()}, {{"default", None}}) == "None");
    CHECK(B("max", {list_new().get()}) == "!ValueError: max() arg is an empty sequence");
    CHECK(B("min", {S("").get()}) == "!ValueError: min() arg is an empty sequence");
    CHECK(B("max") == "!TypeError: max expected at least 1 argument, got 0");
    CHECK(B("min", {}, {{"x", I(1).get()}}) == "!TypeError: 'x' is an invalid keyword argument for min()");
    CHECK(B("max", {I(1).get()}) == "!TypeError: 'int' object is not iterable");
    CHECK(B("max", {I(1).get(), I(2).get()}, {{"default", I(3).get()}}) ==
          "!TypeError: Cannot specify a default for max() with multiple positional arguments");
    // The first of equal maxima wins.
    Ref<> t1 = tuple_from({I(1).get(), S("first").get()});
    Ref<> t2 = tuple_from({I(1).get(), S("second").get()});
    Ref<> first_item = attr(builtins_module(), "len");
    CHECK(B("max", {t1.get(), t2.get()}, {{"key", first_item.get()}}) == "(1, 'first')");
}

TEST_CASE("builtins: sum, sorted, any, all", "[builtins]") {
    runtime_init();
    Ref<> nums = list_of({I(1).get(), I(2).get(), I(3).get()});
    CHECK(B("sum", {nums.get()}) == "6");
    CHECK(B("sum", {nums.get(), I(10).get()}) == "16");
    CHECK(B("sum", {nums.get()}, {{"start", I(1).get()}}) == "7");
    Ref<> tenths = list_new();
    for (int i = 0; i < 10; ++i) REQUIRE(list_append(cast<List>(tenths.get()), F(0.1).get()));
    CHECK(B("sum", {tenths.get()}) == "0.9999999999999999");
    Ref<> huge = list_of({I(INT64_MAX).get(), I(1).get()});
    CHECK(B("sum", {huge.get()}) == "9223372036854775808");
    Ref<> lists = list_of({list_of({I(1).get()}).get()});
    CHECK(B("sum", {lists.get(), list_new().get()}) == "[1]");
    CHECK(B("sum", {list_new().get(), S("").get()}) == "!TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    CHECK(B("sum", {list_new().get(), bytes_from("").get()}) ==
          "!TypeError: sum() can't sum bytes [use b''.join(seq) instead]");
    CHECK(B("sum") == "!TypeError: sum() takes at least 1 positional argument (0 given)");
    CHECK(B("sum", {nums.get(), I(1).get(), I(2).get()}) == "!TypeError: sum() takes at most 2 arguments (3 given)");
    CHECK(B("sum", {I(1).get()}) == "!TypeError: 'int' object is not iterable");

    Ref<> unsorted = list_of({I(3).get(), I(1).get(), I(2).get()});
    CHECK(B("sorted", {unsorted.get()}) == "[1, 2, 3]");
    CHECK(B("sorted", {unsorted.get()}, {{"reverse", True}}) == "[3, 2, 1]");
    CHECK(repr_of(unsorted) == "[3, 1, 2]");  // a new list
    CHECK(B("sorted") == "!TypeError: sorted expected 1 argument, got 0");
    CHECK(B("sorted", {unsorted.get(), I(1).get()}) == "!TypeError: sorted expected 1 argument, got 2");
    CHECK(B("sorted", {unsorted.get()}, {{"foo", I(1).get()}}) ==
          "!TypeError: 'foo' is an invalid keyword argument for sort()");
    CHECK(B("sorted", {unsorted.get()}, {{"reverse", S("a").get()}}) ==
          "!TypeError: 'str' object cannot be interpreted as an integer");

    CHECK(B("any", {list_of({I(0).get(), I(2).get()}).get()}) == "True");
    CHECK(B("any", {list_new().get()}) == "False");
    CHECK(B("all", {list_new().get()}) == "True");
    CHECK(B("all", {list_of({I(1).get(), I(0).get()}).get()}) == "False");
    CHECK(B("any") == "!TypeError: any() takes exactly one argument (0 given)");
    CHECK(B("all", {I(1).get()}) == "!TypeError: 'int' object is not iterable");
}

TEST_CASE("builtins: iter and next", "[builtins]") {
    runtime_init();
    Ref<> it = Bcall("iter", {list_of({I(1).get()}).get()});
    REQUIRE(it);
    CHECK(B("next", {it.get()}) == "1");
    CHECK(B("next", {it.get(), S("done").get()}) == "'done'");
    CHECK(B("next", {it.get()}) == "!StopIteration");
    CHECK(B("next", {I(1).get()}) == "!TypeError: 'int' object is not an iterator");
    CHECK(B("next") == "!TypeError: next expected at least 1 argument, got 0");
    CHECK(B("iter") == "!TypeError: iter expected at least 1 argument, got 0");
    CHECK(B("iter", {I(1).get()}) == "!TypeError: 'int' object is not iterable");
    CHECK(B("iter", {I(1).get(), I(2).get()}) == "!TypeError: iter(v, w): v must be callable");
    CHECK(B("iter", {list_new().get()}, {{"x", I(1).get()}}) == "!TypeError: iter() takes no keyword arguments");
}

TEST_CASE("builtins: isinstance and issubclass", "[builtins]") {
    runtime_init();
    Ref<> nested = tuple_from({&StrType, tuple_from({&IntType}).get()});
    CHECK(B("isinstance", {I(1).get(), &IntType}) == "True");
    CHECK(B("isinstance", {True, &IntType}) == "True");
    CHECK(B("isinstance", {I(1).get(), nested.get()}) == "True");
    CHECK(B("isinstance", {F(1.0).get(), nested.get()}) == "False");
    CHECK(B("isinstance", {I(1).get(), empty_tuple().get()}) == "False");
    CHECK(B("isinstance", {I(1).get(), tuple_from({&IntType, list_new().get()}).get()}) == "True");
    CHECK(B("isinstance", {I(1).get(), I(1).get()}) ==
          "!TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK(B("isinstance", {I(1).get()}) == "!TypeError: isinstance expected 2 arguments, got 1");
    CHECK(B("issubclass", {&BoolType, nested.get()}) == "True");
    CHECK(B("issubclass", {&IntType, &ObjectType}) == "True");
    CHECK(B("issubclass", {I(1).get(), &IntType}) == "!TypeError: issubclass() arg 1 must be a class");
    CHECK(B("issubclass", {&IntType, I(1).get()}) ==
          "!TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
    CHECK(B("issubclass", {&IntType, tuple_from({&StrType, I(1).get()}).get()}) ==
          "!TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");

    // class B: pass; class C(B): pass
    Ref<> base = make_class("B");
    Ref<> derived = make_class("C", {}, {base.get()});
    Ref<> c = new_instance(derived.get());
    CHECK(B("isinstance", {c.get(), base.get()}) == "True");
    CHECK(B("issubclass", {derived.get(), base.get()}) == "True");
    CHECK(B("issubclass", {base.get(), derived.get()}) == "False");

    // A weak proxy claims its referent's class through __class__.
    Ref<> p = call_attr(weakref_module(), "proxy", {c.get()});
    CHECK(B("isinstance", {p.get(), base.get()}) == "True");
}

TEST_CASE("builtins: attribute functions", "[builtins]") {
    runtime_init();
    Ref<> cls = make_class("A");
    Ref<> a = new_instance(cls.get());
    CHECK(B("setattr", {a.get(), S("x").get(), I(1).get()}) == "None");
    CHECK(B("getattr", {a.get(), S("x").get()}) == "1");
    CHECK(B("getattr", {a.get(), S("y").get(), I(5).get()}) == "5");
    CHECK(B("getattr", {a.get(), S("y").get()}) == "!AttributeError: 'A' object has no attribute 'y'");
    CHECK(B("getattr", {I(1).get(), I(2).get()}) == "!TypeError: attribute name must be string, not 'int'");
    CHECK(B("getattr", {I(1).get()}) == "!TypeError: getattr expected at least 2 arguments, got 1");
    CHECK(B("getattr", {I(1).get(), S("x").get()}, {{"default", I(3).get()}}) ==
          "!TypeError: getattr() takes no keyword arguments");
    CHECK(B("hasattr", {a.get(), S("x").get()}) == "True");
    CHECK(B("hasattr", {a.get(), S("y").get()}) == "False");
    CHECK(B("hasattr", {I(1).get()}) == "!TypeError: hasattr expected 2 arguments, got 1");
    CHECK(B("delattr", {a.get(), S("x").get()}) == "None");
    CHECK(B("hasattr", {a.get(), S("x").get()}) == "False");
    CHECK(B("delattr", {a.get(), S("x").get()}) == "!AttributeError: 'A' object has no attribute 'x'");
    CHECK(B("setattr", {I(1).get(), S("real").get(), I(2).get()}) ==
          "!AttributeError: attribute 'real' of 'int' objects is not writable");

    REQUIRE(setattr(a.get(), "z", I(3).get()) == 0);
    CHECK(B("vars", {a.get()}) == "{'z': 3}");
    CHECK(B("vars", {I(1).get()}) == "!TypeError: vars() argument must have __dict__ attribute");
    CHECK(B("vars", {I(1).get(), I(2).get()}) == "!TypeError: vars expected at most 1 argument, got 2");
    CHECK(B("vars", {}, {{"x", I(1).get()}}) == "!TypeError: vars() takes no keyword arguments");
}

TEST_CASE("builtins: dir", "[builtins]") {
    runtime_init();
    Ref<> cls = make_class("A", {{"method", I(1).get()}});
    Ref<> a = new_instance(cls.get());
    REQUIRE(setattr(a.get(), "zz", I(1).get()) == 0);
    Ref<> names = Bcall("dir", {a.get()});
    REQUIRE(names);
    CHECK(contains(names.get(), S("zz").get()) == 1);
    CHECK(contains(names.get(), S("method").get()) == 1);
    CHECK(contains(names.get(), S("__class__").get()) == 1);
    Ref<> sorted_names = Bcall("sorted", {names.get()});
    CHECK(compare_bool(names.get(), sorted_names.get(), CompareOp::Eq) == 1);

    // dir(sys) lists the module's names only; dir(int) the class's and its bases'
    Ref<> sys_names = Bcall("dir", {test_sys_module()});
    CHECK(contains(sys_names.get(), S("argv").get()) == 1);
    CHECK(contains(sys_names.get(), S("__class__").get()) == 0);
    Ref<> int_names = Bcall("dir", {&IntType});
    CHECK(contains(int_names.get(), S("__add__").get()) == 1);
    CHECK(contains(int_names.get(), S("mro").get()) == 0);
    CHECK(B("dir", {I(1).get(), I(2).get()}) == "!TypeError: dir expected at most 1 argument, got 2");
}

TEST_CASE("builtins: exit and quit", "[builtins]") {
    runtime_init();
    CHECK(outcome(attr(builtins_module(), "exit")) == "Use exit() or Ctrl-D (i.e. EOF) to exit");
    CHECK(outcome(attr(builtins_module(), "quit")) == "Use quit() or Ctrl-D (i.e. EOF) to exit");
    CHECK(!Bcall("exit", {I(3).get()}));
    Ref<> error = take_error();
    REQUIRE(error);
    CHECK(type_name(error.get()) == "SystemExit");
    CHECK(outcome(getattr(error.get(), "code")) == "3");
}

// ----------------------------------------------------------- print, input

TEST_CASE("builtins: print writes through the file's write", "[builtins][io]") {
    runtime_init();
    test_sys_module();  // print() without file= looks up sys.stdout
    std::string path = temp_dir().file("print.txt");
    Ref<> f = Bcall("open", {S(path).get(), S("w").get()});
    REQUIRE(f);
    CHECK(B("print", {I(1).get(), S("a").get()}, {{"sep", S("-").get()}, {"end", S("!\n").get()}, {"file", f.get()}}) ==
          "None");
    CHECK(B("print", {}, {{"file", f.get()}}) == "None");
    CHECK(B("print", {None, list_new().get()}, {{"sep", None}, {"file", f.get()}, {"flush", True}}) == "None");
    CHECK(B("print", {I(1).get()}, {{"sep", I(1).get()}}) == "!TypeError: sep must be None or a string, not int");
    CHECK(B("print", {I(1).get()}, {{"end", I(1).get()}}) == "!TypeError: end must be None or a string, not int");
    CHECK(B("print", {I(1).get()}, {{"foo", I(1).get()}}) ==
          "!TypeError: 'foo' is an invalid keyword argument for print()");
    CHECK(B("print", {I(1).get()}, {{"file", I(1).get()}}) == "!AttributeError: 'int' object has no attribute 'write'");
    REQUIRE(method(f.get(), "close"));
    CHECK(slurp(path) == "1-a!\n\nNone []\n");

    // print() with no file writes to the current sys.stdout.
    Ref<> redirected = Bcall("open", {S(path).get(), S("w").get()});
    {
        SysOverride stdout_override("stdout", redirected.get());
        CHECK(B("print", {S("to stdout").get()}) == "None");
    }
    REQUIRE(method(redirected.get(), "close"));
    CHECK(slurp(path) == "to stdout\n");
    {
        SysOverride stdout_override("stdout", None);
        CHECK(B("print", {S("nowhere").get()}) == "None");
    }
}

TEST_CASE("builtins: input reads sys.stdin and prompts on sys.stdout", "[builtins][io]") {
    runtime_init();
    std::string in_path = temp_dir().file("input.txt");
    std::string out_path = temp_dir().file("prompt.txt");
    write_file(in_path, "first line\nsecond");
    Ref<> in = Bcall("open", {S(in_path).get()});
    Ref<> out = Bcall("open", {S(out_path).get(), S("w").get()});
    {
        SysOverride in_override("stdin", in.get());
        SysOverride out_override("stdout", out.get());
        CHECK(B("input", {S("name? ").get()}) == "'first line'");
        CHECK(B("input") == "'second'");
        CHECK(B("input") == "!EOFError: EOF when reading a line");
        CHECK(B("input", {I(1).get(), I(2).get()}) == "!TypeError: input expected at most 1 argument, got 2");
    }
    REQUIRE(method(out.get(), "close"));
    CHECK(slurp(out_path) == "name? ");
}

// ------------------------------------------------------------ file objects

TEST_CASE("open: errors", "[builtins][io]") {
    runtime_init();
    std::string missing = temp_dir().file("missing.txt");
    CHECK(B("open", {S(missing).get()}) == "!FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'");
    Ref<> error_check = Bcall("open", {S(missing).get()});
    Ref<> error = take_error();
    REQUIRE(error);
    CHECK(outcome(getattr(error.get(), "errno")) == "2");
    CHECK(outcome(getattr(error.get(), "filename")) == "'" + missing + "'");
    CHECK(is_instance_of(error.get(), exc::OSError));

    std::string dir = temp_dir().path.string();
    CHECK(B("open", {S(dir).get()}) == "!IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'");
    CHECK(B("open", {S(missing).get(), S("q").get()}) == "!ValueError: invalid mode: 'q'");
    CHECK(B("open", {S(missing).get(), S("rr").get()}) == "!ValueError: invalid mode: 'rr'");
    CHECK(B("open", {S(missing).get(), S("rw").get()}) ==
          "!ValueError: must have exactly one of create/read/write/append mode");
    CHECK(B("open", {S(missing).get(), S("rtb").get()}) == "!ValueError: can't have text and binary mode at once");
    CHECK(B("open", {S(missing).get(), S("rb").get()}, {{"encoding", S("utf8").get()}}) ==
          "!ValueError: binary mode doesn't take an encoding argument");
    CHECK(B("open", {S(missing).get(), S("w").get()}, {{"newline", S("x").get()}}) ==
          "!ValueError: illegal newline value: x");
    CHECK(B("open", {S(missing).get(), S("w").get()}, {{"encoding", S("foo").get()}}) ==
          "!LookupError: unknown encoding: foo");
    CHECK(B("open", {F(1.5).get()}) == "!TypeError: expected str, bytes or os.PathLike object, not float");

    std::string existing = temp_dir().file("exists.txt");
    write_file(existing, "x");
    CHECK(B("open", {S(existing).get(), S("x").get()}) ==
          "!FileExistsError: [Errno 17] File exists: '" + existing + "'");
}

TEST_CASE("file objects: text reading", "[builtins][io]") {
    runtime_init();
    std::string path = temp_dir().file("lines.txt");
    write_file(path, "a\r\nb\rc\nd");
    auto open_text = [&](std::vector<Kw> kw = {}) { return Bcall("open", {S(path).get()}, std::move(kw)); };

    Ref<> f = open_text();
    REQUIRE(f);
    CHECK(repr_of(f) == "<_io.TextIOWrapper name='" + path + "' mode='r' encoding='UTF-8'>");
    CHECK(outcome(method(f.get(), "read")) == "'a\\nb\\nc\\nd'");
    CHECK(outcome(method(f.get(), "read")) == "''");

    // newline='' keeps the line endings and splits at each of them
    CHECK(outcome(method(open_text({{"newline", S("").get()}}).get(), "readlines")) ==
          "['a\\r\\n', 'b\\r', 'c\\n', 'd']");
    CHECK(outcome(method(open_text().get(), "readlines")) == "['a\\n', 'b\\n', 'c\\n', 'd']");

    // f.read(3), f.readline(), f.readline(1), f.tell()
    Ref<> g = open_text();
    CHECK(outcome(method(g.get(), "read", {I(3).get()})) == "'a\\nb'");
    CHECK(outcome(method(g.get(), "readline")) == "'\\n'");
    CHECK(outcome(method(g.get(), "readline", {I(1).get()})) == "'c'");
    CHECK(outcome(method(g.get(), "read", {S("a").get()})) == "!TypeError: argument should be integer or None, not 'str'");
    CHECK(outcome(method(g.get(), "write", {S("x").get()})) == "!io.UnsupportedOperation: not writable");
    Ref<> unsupported = method(g.get(), "write", {S("x").get()});
    CHECK(error_matches(exc::ValueError));
    CHECK(error_matches(exc::OSError));
    clear_error();

    // iteration by lines; with-statement protocol; closed files
    Ref<> h = open_text();
    CHECK(drain(get_iter(h.get()).get()) == "['a\\n', 'b\\n', 'c\\n', 'd']");
    CHECK(method(h.get(), "__enter__").get() == h.get());
    CHECK(outcome(method(h.get(), "__exit__", {None, None, None})) == "None");
    CHECK(outcome(getattr(h.get(), "closed")) == "True");
    CHECK(outcome(method(h.get(), "read")) == "!ValueError: I/O operation on closed file.");
    CHECK(outcome(method(h.get(), "__enter__")) == "!ValueError: I/O operation on closed file.");
    CHECK(outcome(method(h.get(), "close")) == "None");
    CHECK(outcome(getattr(h.get(), "name")) == "'" + path + "'");
    CHECK(outcome(getattr(h.get(), "mode")) == "'r'");
}

TEST_CASE("file objects: writing text and bytes", "[builtins][io]") {
    runtime_init();
    std::string path = temp_dir().file("out.txt");
    Ref<> f = Bcall("open", {S(path).get(), S("w").get()});
    CHECK(outcome(method(f.get(), "write", {S("h\xc3\xa9llo\n").get()})) == "6");
    CHECK(outcome(method(f.get(), "writelines", {list_of({S("a").get(), S("b").get()}).get()})) == "None");
    CHECK(outcome(method(f.get(), "write", {I(1).get()})) == "!TypeError: write() argument must be str, not int");
    CHECK(outcome(method(f.get(), "write", {bytes_from("x").get()})) ==
          "!TypeError: write() argument must be str, not bytes");
    CHECK(outcome(method(f.get(), "read")) == "!io.UnsupportedOperation: not readable");
    f.reset();  // dropping the last reference closes (and flushes) the file
    CHECK(slurp(path) == "h\xc3\xa9llo\nab");

    Ref<> a = Bcall("open", {S(path).get(), S("a").get()});
    REQUIRE(method(a.get(), "write", {S("+").get()}));
    REQUIRE(method(a.get(), "close"));
    CHECK(slurp(path) == "h\xc3\xa9llo\nab+");

    Ref<> crlf = Bcall("open", {S(path).get(), S("w").get()}, {{"newline", S("\r\n").get()}});
    REQUIRE(method(crlf.get(), "write", {S("1\n2\n").get()}));
    REQUIRE(method(crlf.get(), "close"));
    CHECK(slurp(path) == "1\r\n2\r\n");

    std::string bin = temp_dir().file("data.bin");
    Ref<> wb = Bcall("open", {S(bin).get(), S("wb").get()});
    CHECK(repr_of(wb) == "<_io.BufferedWriter name='" + bin + "'>");
    CHECK(outcome(method(wb.get(), "write", {bytes_from(std::string_view("a\0\xff\n", 4)).get()})) == "4");
    CHECK(outcome(method(wb.get(), "write", {S("x").get()})) == "!TypeError: a bytes-like object is required, not 'str'");
    REQUIRE(method(wb.get(), "close"));
    Ref<> rb = Bcall("open", {S(bin).get(), S("rb").get()});
    CHECK(repr_of(rb) == "<_io.BufferedReader name='" + bin + "'>");
    CHECK(outcome(getattr(rb.get(), "mode")) == "'rb'");
    CHECK(outcome(method(rb.get(), "read", {I(2).get()})) == "b'a\\x00'");
    CHECK(outcome(method(rb.get(), "readline")) == "b'\\xff\\n'");
    CHECK(outcome(method(rb.get(), "read")) == "b''");
    CHECK(outcome(getattr(rb.get(), "encoding")) ==
          "!AttributeError: '_io.BufferedReader' object has no attribute 'encoding'");
    Ref<> rplus = Bcall("open", {S(bin).get(), S("r+b").get()});
    CHECK(repr_of(rplus) == "<_io.BufferedRandom name='" + bin + "'>");
    CHECK(outcome(getattr(rplus.get(), "mode")) == "'rb+'");
}

// ---------------------------------------------------------------------- sys

TEST_CASE("sys: argv, path, version and platform facts", "[sys]") {
    runtime_init();
    Module* sys = test_sys_module();
    CHECK(outcome(attr(sys, "argv")) == "['script.py', 'arg1']");
    CHECK(is_list(attr(sys, "path").get()));
    CHECK(is_dict(attr(sys, "modules").get()));
    CHECK(outcome(attr(sys, "version")).rfind("'3.11.7 (minipy", 0) == 0);
    CHECK(outcome(attr(sys, "version_info")) ==
          "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
    Ref<> expected = tuple_from({I(3).get(), I(11).get(), I(7).get(), S("final").get(), I(0).get()});
    CHECK(compare_bool(attr(sys, "version_info").get(), expected.get(), CompareOp::Eq) == 1);
    Ref<> three_eight = tuple_from({I(3).get(), I(8).get()});
    CHECK(compare_bool(attr(sys, "version_info").get(), three_eight.get(), CompareOp::Ge) == 1);
    CHECK(outcome(getattr(attr(sys, "version_info").get(), "minor")) == "11");
    CHECK(outcome(getitem(attr(sys, "version_info").get(), I(0).get())) == "3");
    CHECK(outcome(attr(sys, "hexversion")) == "51054576");
    CHECK(outcome(getattr(attr(sys, "implementation").get(), "name")) == "'minipy'");
    CHECK(outcome(attr(sys, "implementation")).rfind("namespace(name='minipy', ", 0) == 0);
    CHECK(outcome(attr(sys, "platform")) == "'linux'");
    CHECK(outcome(attr(sys, "byteorder")) == "'little'");
    CHECK(outcome(attr(sys, "maxsize")) == "9223372036854775807");
    CHECK(outcome(attr(sys, "float_info")) ==
          "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, "
          "min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)");
    CHECK(outcome(getattr(attr(sys, "float_info").get(), "epsilon")) == "2.220446049250313e-16");
    CHECK(outcome(attr(sys, "int_info")) ==
          "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, "
          "str_digits_check_threshold=640)");
    CHECK(outcome(call(attr(sys, "version_info")->type, {})) == "!TypeError: cannot create 'sys.version_info' instances");
}

TEST_CASE("sys: getrefcount reports the true count", "[sys]") {
    runtime_init();
    // E = Story(); sys.getrefcount(E) -> 2 in CPython: the name plus the
    // argument. Here the C++ caller's reference is the only one.
    Ref<> cls = make_class("Story");
    Ref<> e = new_instance(cls.get());
    CHECK(SYS("getrefcount", {e.get()}) == "1");
    Ref<> z = list_of({e.get(), e.get()});
    CHECK(SYS("getrefcount", {e.get()}) == "3");
    z.reset();
    CHECK(SYS("getrefcount", {e.get()}) == "1");
    CHECK(SYS("getrefcount") == "!TypeError: sys.getrefcount() takes exactly one argument (0 given)");
}

TEST_CASE("sys: getsizeof", "[sys]") {
    runtime_init();
    Ref<> obj = call(&ObjectType, {});
    CHECK(SYS("getsizeof", {obj.get()}) == std::to_string(sizeof(Object)));
    Ref<List> l = list_new();
    // A list: its header, its item array and the collector's header.
    CHECK(SYS("getsizeof", {l.get()}) == std::to_string(sizeof(List) + sizeof(GCHead)));
    CHECK(SYS("getsizeof") == "!TypeError: getsizeof() missing required argument 'object' (pos 1)");
    CHECK(SYS("getsizeof", {l.get(), I(1).get(), I(2).get()}) ==
          "!TypeError: getsizeof() takes at most 2 arguments (3 given)");
}

TEST_CASE("sys: intern, exit, limits", "[sys]") {
    runtime_init();
    Ref<> a = str_from("not an identifier!");
    Ref<> b = str_from("not an identifier!");
    REQUIRE(a.get() != b.get());
    Ref<> ia = call_attr(test_sys_module(), "intern", {a.get()});
    Ref<> ib = call_attr(test_sys_module(), "intern", {b.get()});
    CHECK(ia.get() == ib.get());
    CHECK(SYS("intern", {I(1).get()}) == "!TypeError: intern() argument must be str, not int");

    CHECK(!call_attr(test_sys_module(), "exit", {I(2).get()}));
    Ref<> error = take_error();
    REQUIRE(error);
    CHECK(type_name(error.get()) == "SystemExit");
    CHECK(outcome(getattr(error.get(), "code")) == "2");
    CHECK(SYS("exit", {I(1).get(), I(2).get()}) == "!TypeError: exit expected at most 1 argument, got 2");

    CHECK(SYS("getrecursionlimit") == "1000");
    CHECK(SYS("setrecursionlimit", {I(0).get()}) == "!ValueError: recursion limit must be greater or equal than 1");
    CHECK(SYS("setrecursionlimit", {F(1.5).get()}) == "!TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(SYS("setrecursionlimit", {I(2000).get()}) == "None");
    CHECK(SYS("getrecursionlimit") == "2000");
    CHECK(recursion_limit == 2000);
    CHECK(SYS("setrecursionlimit", {I(1000).get()}) == "None");

    CHECK(SYS("get_int_max_str_digits") == "4300");
    CHECK(SYS("set_int_max_str_digits", {I(5).get()}) == "!ValueError: maxdigits must be 0 or larger than 640");
    CHECK(SYS("set_int_max_str_digits", {}, {{"maxdigits", I(0).get()}}) == "None");
    CHECK(SYS("get_int_max_str_digits") == "0");
    CHECK(SYS("set_int_max_str_digits", {I(4300).get()}) == "None");
}

TEST_CASE("sys: the standard streams", "[sys]") {
    runtime_init();
    Module* sys = test_sys_module();
    CHECK(outcome(attr(sys, "stdout")) == "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    CHECK(outcome(attr(sys, "stderr")) == "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
    CHECK(outcome(attr(sys, "stdin")) == "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
    CHECK(attr(sys, "__stdout__").get() == attr(sys, "stdout").get());
    Ref<> err = attr(sys, "stderr");
    CHECK(outcome(method(err.get(), "write", {S("").get()})) == "0");
    CHECK(outcome(method(err.get(), "flush")) == "None");
    CHECK(outcome(method(err.get(), "write")) == "!TypeError: TextIOWrapper.write() takes exactly one argument (0 given)");
    CHECK(outcome(method(err.get(), "write", {I(1).get()})) == "!TypeError: write() argument must be str, not int");
    CHECK(outcome(method(attr(sys, "stdout").get(), "read")) == "!io.UnsupportedOperation: not readable");
}

// --------------------------------------------------------------------- time

TEST_CASE("time: clocks and sleep", "[time]") {
    runtime_init();
    Ref<Module> time = make_time_module();
    Ref<> t = call_attr(time.get(), "time");
    CHECK(is_float(t.get()));
    CHECK(cast<Float>(t.get())->value > 1.6e9);
    CHECK(is_exact_int(call_attr(time.get(), "time_ns").get()));
    Ref<> p1 = call_attr(time.get(), "perf_counter");
    CHECK(outcome(call_attr(time.get(), "sleep", {F(0.001).get()})) == "None");
    Ref<> p2 = call_attr(time.get(), "perf_counter");
    CHECK(cast<Float>(p2.get())->value - cast<Float>(p1.get())->value >= 0.001);
    CHECK(is_exact_int(call_attr(time.get(), "perf_counter_ns").get()));
    CHECK(is_float(call_attr(time.get(), "monotonic").get()));
    CHECK(is_float(call_attr(time.get(), "process_time").get()));
    CHECK(outcome(call_attr(time.get(), "sleep", {I(-1).get()})) == "!ValueError: sleep length must be non-negative");
    CHECK(outcome(call_attr(time.get(), "sleep", {S("a").get()})) ==
          "!TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(outcome(call_attr(time.get(), "time", {I(1).get()})) == "!TypeError: time.time() takes no arguments (1 given)");
    CHECK(outcome(call_attr(time.get(), "gmtime", {I(0).get()})) ==
          "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, "
          "tm_yday=1, tm_isdst=0)");
    Ref<> epoch = call_attr(time.get(), "gmtime", {I(0).get()});
    CHECK(outcome(call_attr(time.get(), "strftime", {S("%Y-%m-%d").get(), epoch.get()})) == "'1970-01-01'");
    CHECK(outcome(call_attr(time.get(), "asctime", {epoch.get()})) == "'Thu Jan  1 00:00:00 1970'");
    CHECK(outcome(call_attr(time.get(), "strftime", {S("%Y").get(), I(1).get()})) ==
          "!TypeError: Tuple or struct_time argument required");
}

// ------------------------------------------------------------------- random

TEST_CASE("random: seeded sequences repeat", "[random]") {
    runtime_init();
    Ref<Module> random = make_random_module();
    auto draw = [&] {
        std::string out;
        for (int i = 0; i < 5; ++i) out += outcome(call_attr(random.get(), "randint", {I(1).get(), I(100).get()})) + " ";
        out += outcome(call_attr(random.get(), "random"));
        return out;
    };
    REQUIRE(call_attr(random.get(), "seed", {I(42).get()}));
    std::string first = draw();
    REQUIRE(call_attr(random.get(), "seed", {I(42).get()}));
    CHECK(draw() == first);
    REQUIRE(call_attr(random.get(), "seed", {S("text").get()}));
    std::string from_text = draw();
    REQUIRE(call_attr(random.get(), "seed", {S("text").get()}));
    CHECK(draw() == from_text);
    CHECK(outcome(call_attr(random.get(), "seed", {list_new().get()})) ==
          "!TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

TEST_CASE("random: ranges and errors", "[random]") {
    runtime_init();
    Ref<Module> random = make_random_module();
    REQUIRE(call_attr(random.get(), "seed", {I(1).get()}));
    for (int i = 0; i < 200; ++i) {
        Ref<> r = call_attr(random.get(), "random");
        double v = cast<Float>(r.get())->value;
        CHECK((v >= 0.0 && v < 1.0));
        Ref<> n = call_attr(random.get(), "randint", {I(-3).get(), I(3).get()});
        std::int64_t k = *int_to_i64(cast<Int>(n.get()));
        CHECK((k >= -3 && k <= 3));
        Ref<> m = call_attr(random.get(), "randrange", {I(0).get(), I(10).get(), I(5).get()});
        CHECK((outcome(m) == "0" || outcome(m) == "5"));
        Ref<> u = call_attr(random.get(), "uniform", {I(2).get(), I(4).get()});
        CHECK((cast<Float>(u.get())->value >= 2.0 && cast<Float>(u.get())->value <= 4.0));
    }
    Ref<> big_range = call_attr(random.get(), "randrange", {big("1000000000000000000000000000000").get()});
    CHECK(compare_bool(big_range.get(), big("1000000000000000000000000000000").get(), CompareOp::Lt) == 1);

    CHECK(outcome(call_attr(random.get(), "randint", {I(3).get(), I(1).get()})) ==
          "!ValueError: empty range for randrange() (3, 2, -1)");
    CHECK(outcome(call_attr(random.get(), "randrange", {I(0).get()})) == "!ValueError: empty range for randrange()");
    CHECK(outcome(call_attr(random.get(), "randrange", {I(1).get(), I(1).get()})) ==
          "!ValueError: empty range for randrange() (1, 1, 0)");
    CHECK(outcome(call_attr(random.get(), "randrange", {I(1).get(), I(10).get(), I(0).get()})) ==
          "!ValueError: zero step for randrange()");
    CHECK(outcome(call_attr(random.get(), "randrange", {F(1.5).get()})) ==
          "!ValueError: non-integer arg 1 for randrange()");
    CHECK(outcome(call_attr(random.get(), "randint", {I(1).get()})) ==
          "!TypeError: Random.randint() missing 1 required positional argument: 'b'");
    CHECK(outcome(call_attr(random.get(), "randint", {I(1).get(), I(2).get(), I(3).get()})) ==
          "!TypeError: Random.randint() takes 3 positional arguments but 4 were given");
    CHECK(outcome(call_attr(random.get(), "randrange", {I(1).get(), I(2).get(), I(3).get(), I(4).get()})) ==
          "!TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given");
    CHECK(outcome(call_attr(random.get(), "uniform")) ==
          "!TypeError: Random.uniform() missing 2 required positional arguments: 'a' and 'b'");
    CHECK(outcome(call_attr(random.get(), "random", {I(1).get()})) ==
          "!TypeError: Random.random() takes no arguments (1 given)");
}

TEST_CASE("random: choice, shuffle, sample, choices, gauss", "[random]") {
    runtime_init();
    Ref<Module> random = make_random_module();
    REQUIRE(call_attr(random.get(), "seed", {I(7).get()}));
    Ref<> items = list_of({I(1).get(), I(2).get(), I(3).get(), I(4).get()});
    Ref<> picked = call_attr(random.get(), "choice", {items.get()});
    CHECK(contains(items.get(), picked.get()) == 1);
    CHECK(outcome(call_attr(random.get(), "choice", {list_new().get()})) ==
          "!IndexError: Cannot choose from an empty sequence");

    CHECK(outcome(call_attr(random.get(), "shuffle", {items.get()})) == "None");
    CHECK(B("sorted", {items.get()}) == "[1, 2, 3, 4]");
    CHECK(outcome(call_attr(random.get(), "shuffle", {I(1).get()})) == "!TypeError: object of type 'int' has no len()");

    Ref<> sample = call_attr(random.get(), "sample", {items.get(), I(3).get()});
    CHECK(length(sample.get()) == 3);
    CHECK(length(Bcall("set", {sample.get()}).get()) == 3);
    Ref<> population = range_new(0, 1000, 1);
    Ref<> wide = call_attr(random.get(), "sample", {population.get(), I(50).get()});
    CHECK(length(Bcall("set", {wide.get()}).get()) == 50);
    CHECK(outcome(call_attr(random.get(), "sample", {items.get(), I(5).get()})) ==
          "!ValueError: Sample larger than population or is negative");
    CHECK(outcome(call_attr(random.get(), "sample", {set_new().get(), I(1).get()})) ==
          "!TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).");
    Ref<> counted = call_attr(random.get(), "sample", {list_of({S("a").get(), S("b").get()}).get(), I(3).get()},
                              {{"counts", list_of({I(2).get(), I(1).get()}).get()}});
    CHECK(B("sorted", {counted.get()}) == "['a', 'a', 'b']");

    Ref<> chosen = call_attr(random.get(), "choices", {items.get()}, {{"k", I(10).get()}});
    CHECK(length(chosen.get()) == 10);
    Ref<> in_order = list_of({I(1).get(), I(2).get(), I(3).get(), I(4).get()});  // `items` was shuffled
    Ref<> weighted = call_attr(random.get(), "choices", {in_order.get(), list_of({I(0).get(), I(0).get(), I(1).get(), I(0).get()}).get()},
                               {{"k", I(3).get()}});
    CHECK(outcome(weighted) == "[3, 3, 3]");
    CHECK(outcome(call_attr(random.get(), "choices", {items.get()},
                            {{"weights", list_of({I(1).get()}).get()}, {"cum_weights", list_of({I(1).get()}).get()}})) ==
          "!TypeError: Cannot specify both weights and cumulative weights");
    CHECK(outcome(call_attr(random.get(), "choices", {items.get(), list_of({I(1).get()}).get()})) ==
          "!ValueError: The number of weights does not match the population");

    Ref<> g = call_attr(random.get(), "gauss", {I(10).get(), I(0).get()});
    CHECK(outcome(g) == "10.0");
    CHECK(is_float(call_attr(random.get(), "gauss").get()));
}
