#!/usr/bin/env python3
"""Generates text_cases.inc (next to this script): str and bytes operations
with the outcome CPython 3.11 gives them.

    python3 tests/unit/runtime/gen_text_cases.py

Each case is (receiver, operation, positional args, keyword args, expected).
Values are encoded for text_test_util.hpp:

    s<n>:<utf-8>   str (surrogates encoded as CPython's 'surrogatepass' does)
    b<n>:<raw>     bytes
    i<digits>;     int        f<repr>;  float        N T F   None True False
    ( ... )  tuple   [ ... ]  list   { k v ... }  dict   S<start><stop><step>  slice
    Y<name>;       a builtin type (str, bytes, int, list, tuple, dict)

An operation is a method name, or one of the '@' operations listed in
OPERATIONS below. The expected outcome is repr(result), or
"ExceptionName: message" when the operation raises.
"""
import os
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

TYPES = {str: "str", bytes: "bytes", int: "int", list: "list", tuple: "tuple", dict: "dict"}


def enc(v):
    if v is None:
        return b"N"
    if v is True:
        return b"T"
    if v is False:
        return b"F"
    if isinstance(v, type):
        return b"Y" + TYPES[v].encode() + b";"
    if isinstance(v, int):
        return b"i" + str(v).encode() + b";"
    if isinstance(v, float):
        return b"f" + repr(v).encode() + b";"
    if isinstance(v, str):
        raw = v.encode("utf-8", "surrogatepass")
        return b"s" + str(len(raw)).encode() + b":" + raw
    if isinstance(v, bytes):
        return b"b" + str(len(v)).encode() + b":" + v
    if isinstance(v, tuple):
        return b"(" + b"".join(enc(x) for x in v) + b")"
    if isinstance(v, list):
        return b"[" + b"".join(enc(x) for x in v) + b"]"
    if isinstance(v, dict):
        return b"{" + b"".join(enc(k) + enc(x) for k, x in v.items()) + b"}"
    if isinstance(v, slice):
        return b"S" + enc(v.start) + enc(v.stop) + enc(v.step)
    raise TypeError(v)


OPERATIONS = {
    "@repr": lambda r: repr(r),
    "@str": lambda r: str(r),
    "@ascii": lambda r: ascii(r),
    "@len": lambda r: len(r),
    "@format": lambda r, spec: format(r, spec),
    "@getitem": lambda r, k: r[k],
    "@contains": lambda r, x: x in r,
    "@add": lambda r, x: r + x,
    "@radd": lambda r, x: x + r,
    "@mul": lambda r, x: r * x,
    "@rmul": lambda r, x: x * r,
    "@mod": lambda r, x: r % x,
    "@lt": lambda r, x: r < x,
    "@le": lambda r, x: r <= x,
    "@eq": lambda r, x: r == x,
    "@ne": lambda r, x: r != x,
    "@gt": lambda r, x: r > x,
    "@ge": lambda r, x: r >= x,
    "@list": lambda r: list(r),
    "@hash_matches": lambda r, x: hash(r) == hash(x),
    "@call": lambda r, *a, **k: r(*a, **k),
}

cases = []


def outcome(fn):
    try:
        return repr(fn())
    except Exception as e:
        text = type(e).__name__
        msg = str(e)
        return text + ": " + msg if msg else text


def case(recv, op, *args, **kwargs):
    if op.startswith("@"):
        fn = lambda: OPERATIONS[op](recv, *args, **kwargs)
    else:
        # A literal method call, so CPython takes its method-call path (whose
        # messages say "str.find()" where a bound-method call says "find()").
        names = ["a%d" % i for i in range(len(args))]
        env = dict(zip(names, args))
        env.update({"k%d" % i: v for i, v in enumerate(kwargs.values())})
        env["r"] = recv
        if all(k.isidentifier() for k in kwargs):
            params = names + ["%s=k%d" % (k, i) for i, k in enumerate(kwargs)]
        else:
            env["kw"] = kwargs
            params = names + ["**kw"]
        code = compile("r.%s(%s)" % (op, ", ".join(params)), "<case>", "eval")
        fn = lambda: eval(code, {}, env)
    cases.append((enc(recv), op, enc(tuple(args)), enc(dict(kwargs)), outcome(fn)))


def each(op, recvs, *args, **kwargs):
    for r in recvs:
        case(r, op, *args, **kwargs)


# ------------------------------------------------------------------ str basics
WORDS = ["", "a", "abc", "héllo", "日本語", "a\U0001F600b", "Hello World", "  spaced  out  ", "x\ty\nz",
         "ΑΣ", "straße", "'", '"', "'\"", "\\", "\x00\x7f\x80\xa0\xad", "\u200b\u2028\u3000", "\ud800",
         "\U000e0000", "ǅungla", "ﬁne"]
for w in WORDS:
    for op in ("@repr", "@str", "@ascii", "@len", "@list"):
        case(w, op)

for w in ["abc", "héllo", "a\U0001F600b", ""]:
    for k in [0, 1, -1, 2, -3, 5, -6, True, 2**70, -2**70, 1.5, "x", None,
              slice(None, None, None), slice(1, None), slice(None, -1), slice(None, None, -1),
              slice(None, None, 2), slice(-1, 0, -1), slice(1, 100), slice(-100, 2), slice(2**70, None),
              slice(None, None, 0), slice(3, 1), slice(1, 4, 2), slice("a", 1)]:
        case(w, "@getitem", k)

for a, b in [("abc", "abd"), ("abc", "ab"), ("", "a"), ("é", "z"), ("\U0001F600", "\uffff"), ("a", "a"),
             ("B", "a"), ("abc", 1), ("abc", b"abc"), ("abc", None)]:
    for op in ("@lt", "@le", "@eq", "@ne", "@gt", "@ge"):
        case(a, op, b)

for a, b in [("ab", "cd"), ("", "x"), ("x", ""), ("é", "ü"), ("a", 1), ("a", None), ("a", b"b"), ("a", [1])]:
    case(a, "@add", b)
    case(a, "@radd", b)
for s, n in [("ab", 3), ("ab", 0), ("ab", -1), ("é", 2), ("", 5), ("ab", True), ("ab", 1.5), ("ab", "x"),
             ("ab", 2**70), ("ab", 2**62), ("a", 1)]:
    case(s, "@mul", n)
    case(s, "@rmul", n)
for s, x in [("abc", "b"), ("abc", ""), ("abc", "abcd"), ("héllo", "él"), ("abc", 1), ("abc", None),
             ("a\U0001F600b", "\U0001F600"), ("abc", b"a")]:
    case(s, "@contains", x)
case("abc", "@hash_matches", "abc")
case("", "@hash_matches", "")

# ------------------------------------------------------------- construction
case(str, "@call")
case(str, "@call", 1)
case(str, "@call", "x")
case(str, "@call", b"abc")
case(str, "@call", [1, "a"])
case(str, "@call", b"abc", "utf-8")
case(str, "@call", b"\xc3\xa9", "utf-8")
case(str, "@call", b"\xff", "utf-8")
case(str, "@call", b"\xff", "utf-8", "replace")
case(str, "@call", b"\xff", "utf-8", "ignore")
case(str, "@call", b"\xe9", "latin-1")
case(str, "@call", b"abc", "ascii")
case(str, "@call", 1, "utf-8")
case(str, "@call", "a", "utf-8")
case(str, "@call", b"abc", "nope")
case(str, "@call", 1, 2, 3, 4)
case(str, "@call", object="x")
case(str, "@call", encoding="ascii")
case(str, "@call", b"a", errors="strict")
case(str, "@call", b"a", encoding=1)
case(str, "@call", obj=1)

# ---------------------------------------------------------------- searching
S = "hello world, hello héllo"
for sub in ["", "l", "hello", "xyz", "é", "héllo", "o w"]:
    for args in [(), (3,), (-5,), (3, 10), (0, -3), (100,), (-100, 100), (None, 5), (5, None), (2**70,),
                 (-2**70,)]:
        for op in ("find", "rfind", "count", "index", "rindex"):
            case(S, op, sub, *args)
for op in ("find", "count", "index", "rfind", "rindex"):
    case("abc", op)
    case("abc", op, 1)
    case("abc", op, "a", "x")
    case("abc", op, "a", 1.5)
    case("abc", op, "a", 0, 1, 2)
    case("abc", op, sub="a")
for s, sub in [("aaa", ""), ("aaa", "a"), ("aaaa", "aa"), ("", ""), ("", "a"), ("abc", "abc")]:
    for args in [(), (1,), (3,), (4,), (5,), (1, 0)]:
        case(s, "count", sub, *args)
        case(s, "find", sub, *args)
        case(s, "rfind", sub, *args)

for prefix in ["", "a", "ab", "abc", "abcd", "b", ("x", "ab"), (), ("x",), "é", ("a", 1), 1, ["a"]]:
    for args in [(), (1,), (0, 2), (-1,), (3,), (4,), (1, 0), (None, None)]:
        case("abc", "startswith", prefix, *args)
        case("abc", "endswith", prefix, *args)
case("héllo", "startswith", "hé")
case("héllo", "endswith", "llo", 2)
case("héllo", "startswith", "llo", 2)
case("abc", "startswith")
case("abc", "endswith", "c", start=0)

# ------------------------------------------------------------------ replace
for s, old, new, n in [("aaa", "a", "b", -1), ("aaa", "a", "b", 2), ("aaa", "", "-", -1), ("aaa", "", "-", 2),
                       ("", "", "x", -1), ("abc", "", "", -1), ("abc", "x", "y", -1), ("abc", "b", "", -1),
                       ("héllo", "l", "L", -1), ("héllo", "é", "e", -1), ("aaa", "aa", "b", -1),
                       ("abc", "abc", "xyz", 0), ("aé", "", "|", -1), ("abab", "ab", "é", 1)]:
    case(s, "replace", old, new, n)
    case(s, "replace", old, new)
case("a", "replace", "a")
case("a", "replace", "a", 1)
case("a", "replace", 1, "a")
case("a", "replace", "a", "b", 1.5)
case("a", "replace", "a", "b", count=1)

# -------------------------------------------------------------------- split
SPLIT = ["", "a", "a b", "  a  b  ", "a,b,,c", ",a,", "aaa", "a\tb\nc\x1cd\x85e\u3000f", " ", "héllo wörld",
         "a  b  c  d", "a\r\nb\rc\nd\x0be\x0cf\x1dg\x1eh\u2028i\u2029j\x85k", "abc\n", "\n", "\n\n", "a\n\nb"]
for s in SPLIT:
    for args in [(), (None,), (None, 1), (None, 0), (None, -1), (None, 2), (",",), (",", 1), ("a",),
                 ("aa",), (" ",), (" ", 1)]:
        case(s, "split", *args)
        case(s, "rsplit", *args)
    case(s, "splitlines")
    case(s, "splitlines", True)
    case(s, "splitlines", keepends=True)
    for sep in [",", "a", " ", "é", "\n"]:
        case(s, "partition", sep)
        case(s, "rpartition", sep)
case("a", "split", "")
case("a", "split", 1)
case("a", "split", 1, 2, 3)
case("a", "split", sepx="a")
case("a b", "split", sep=" ", maxsplit=1)
case("a b c", "rsplit", maxsplit=1)
case("abc", "split", maxsplit=1.5)
case("a", "partition", "")
case("a", "partition", 1)
case("a", "partition")
case("a", "splitlines", 1.5)
case("a", "splitlines", True, 1)

# --------------------------------------------------------------------- join
for sep in ["", ",", ", ", "é"]:
    for items in [[], ["a"], ["a", "b", "c"], ("x", "y"), "xyz", ["é", "ü"], ["a", 1], [1], ["a", b"b"], 1,
                  {"k": 1}, ["", ""]]:
        case(sep, "join", items)
case(",", "join")

# --------------------------------------------------------------------- strip
for s in ["  abc  ", "\t\n abc \x1c\x85", "xxaxx", "abc", "", "   ", "éaé", "\u3000a\u3000", "xyxaxyx"]:
    for args in [(), (None,), ("x",), ("xy",), ("é",), ("",)]:
        for op in ("strip", "lstrip", "rstrip"):
            case(s, op, *args)
for op in ("strip", "lstrip", "rstrip"):
    case("a", op, 1)
    case("a", op, "a", "b")
    case("a", op, chars="a")

# ------------------------------------------------------------------- padding
for s in ["", "a", "ab", "abc", "é", "-42", "+42", "42", "-", "héllo"]:
    for w in [-1, 0, 1, 2, 5, 6, 7]:
        case(s, "center", w)
        case(s, "ljust", w)
        case(s, "rjust", w)
        case(s, "zfill", w)
    case(s, "center", 6, "*")
    case(s, "ljust", 4, "é")
    case(s, "rjust", 4, "0")
for op in ("center", "ljust", "rjust"):
    case("a", op)
    case("a", op, 5, "ab")
    case("a", op, 5, "")
    case("a", op, 5, 1)
    case("a", op, 5.0)
    case("a", op, 2**70)
    case("a", op, 1, 2, 3)
    case("a", op, width=3)
case("a", "zfill", "a")
case("a", "zfill")
case("a", "zfill", 3, 1)

for s in ["a\tb\tc", "ab\tc\n\td", "\t", "abc", "ab\r\tc", "é\tx", "12345678\tx", "a\t\tb"]:
    for args in [(), (4,), (0,), (-1,), (1,), (2,)]:
        case(s, "expandtabs", *args)
case("a\tb", "expandtabs", tabsize=2)
case("a", "expandtabs", "a")

# ---------------------------------------------------------------------- case
CASES = ["", "hello", "HELLO", "Hello World", "hello world", "they're bill's friends", "hELLO wORLD", "123abc",
         "ΣΑΣ", "ΑΣ ΑΣ.", "Σ", "aΣ", "ΑΣ'Σ", "ΑΣ.Β", "straße", "ﬁne", "ǆemal", "ǅungla", "İstanbul", "ŉ",
         "ÉCOLE", "école", "Ⅻ", "ⓐⓑ", "groß", "ΐ", "ᾳ", "a1A", "A1a", "Ǉ", "ǉ", "mIxEd CaSe", "\u1e9e",
         "Ꭰ", "ꭰ"]
for s in CASES:
    for op in ("upper", "lower", "casefold", "title", "capitalize", "swapcase", "isupper", "islower",
               "istitle"):
        case(s, op)
PRED = ["", "abc", "ABC", "123", "12.5", "a1", "a b", " ", "\t\n", "\x1c\x1d\x1e\x1f", "\x85", "\u3000",
        "é", "日本", "٣٤", "²", "½", "Ⅻ", "\u0660", "_", "_a1", "1a", "a-b", "été", "ℕ", "a\x00", "\x7f",
        "\u200b", "\U0001F600", "\ud800", "x\u0301", "ǅ", "Ⅸ", "\u00aa", "\u02b0", "\U0001D7D8"]
for s in PRED:
    for op in ("isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
               "isascii", "isidentifier", "isupper", "islower", "istitle"):
        case(s, op)
case("a", "upper", 1)
case("a", "isalpha", 1)
case("a", "isidentifier", 1)

# ------------------------------------------------------- affixes, translate
for s in ["Hello", "", "HelloHello", "é!"]:
    for a in ["He", "lo", "", "Hello", "HelloX", "é", "!"]:
        case(s, "removeprefix", a)
        case(s, "removesuffix", a)
case("a", "removeprefix", 1)
case("a", "removesuffix")

case(str, "maketrans", "abc", "xyz")
case(str, "maketrans", "abc", "xyz", "d")
case(str, "maketrans", {"a": "b", 98: None, "é": 101})
case(str, "maketrans", {"ab": 1})
case(str, "maketrans", {1.5: 1})
case(str, "maketrans", "ab", "c")
case(str, "maketrans", 1, "a")
case(str, "maketrans", "a", 1)
case(str, "maketrans", "a", "b", 1)
case(str, "maketrans", 1)
case(str, "maketrans")
case(str, "maketrans", "a", "b", "c", "d")
case(str, "maketrans", x="a")
case("abc", "maketrans", {"a": "b"})
for s in ["abcd", "héllo", "", "aaa"]:
    for table in [{97: "xy", 98: None, 99: 100}, {97: 1.5}, {104: "H", 233: "e"}, {}, [None, "x"], "xyz",
                  {0: 0x110000}, {97: -1}, {97: ""}, {97: "\U0001F600"}]:
        case(s, "translate", table)
case("a", "translate")
case("a", "translate", 1)

# -------------------------------------------------------------------- encode
for s in ["abc", "é", "aé€", "a\U0001F600", "\ud800", "a\udcffb\udc80", "\ud800\ud801x\ud802", ""]:
    for enc_name in ["utf-8", "ascii", "latin-1", "UTF8", "utf_8", "Latin_1", "iso-8859-1", "us-ascii", "L1",
                     "cp65001", "bogus"]:
        case(s, "encode", enc_name)
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
                   "surrogatepass", "bogus"]:
        case(s, "encode", "ascii", errors)
        case(s, "encode", "latin-1", errors)
        case(s, "encode", "utf-8", errors)
case("a", "encode", 1)
case("a", "encode", encoding=None)
case("a", "encode", errors=None)
case("a", "encode", "utf-8", "strict", 1)
case("é", "encode", errors="replace")

# ---------------------------------------------------------- format and __format__
for v in ["abc", "héllo", "", "a"]:
    for spec in ["", "s", "10", "<10", ">10", "^10", "^9", "*^10", "x>7.2", ".1", ".0", ".10", "10.3",
                 "é>4", "0<5", "05", "010", "=5", "+", "-", " ", "z", "#", ",", "_", "d", "x", "é", "\x01",
                 ",s", "<<<", "abc", "10.", "1" * 30, "." + "1" * 30, "\u0661\u0660", "\x00<5", "\n^5"]:
        case(v, "@format", spec)
        case(v, "__format__", spec)
case("a", "__format__", 1)
case("a", "__format__")

FMT = [
    ("{}", (1.5,), {}), ("{:.3}", ("abcdef",), {}), ("{0}{1}{0}", ("a", "b"), {}),
    ("{name}={value!r}", (), {"name": "x", "value": "y"}), ("{0[0]}{0[1]}", ("ab",), {}),
    ("{{}}{{{0}}}", (1,), {}), ("{:{w}.{p}}", ("abcdef",), {"w": 10, "p": 3}), ("{:>{}}", ("a", 4), {}),
    ("{0:{1}}", ("a", ">4"), {}), ("{:}", ("a",), {}), ("{!s}", ("a",), {}), ("{0!r:^10}", ("a",), {}),
    ("{a[b]}", (), {"a": {"b": 1}}), ("{a[0]}", (), {"a": [5]}), ("{0[1]}", ({1: "int", "1": "str"},), {}),
    ("{0[x1]}", ({"x1": "ok"},), {}), ("{ }", (), {" ": 1}), ("{0 }", (1,), {}), ("}}", (), {}),
    ("{0:}}", (1,), {}), ("x{0", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{!r:}", (1,), {}),
    ("{:s}", ("a",), {}), ("{:10}", (1,), {}), ("{:10}", ("a",), {}), ("{:=10}", ("a",), {}),
    ("{:010}", ("a",), {}), ("{0!s}", (b"x",), {}), ("{}", (), {}), ("{:\x00<5}", ("a",), {}),
    ("{:{fill}<5}", ("a",), {"fill": "z"}), ("{:}<5}", ("a",), {}), ("{:{{<5}", ("a",), {}),
    ("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{1}", (1,), {}),
    ("{a}", (1,), {}), ("{0[0]}", (1,), {}), ("{!x}", (1,), {}), ("{0!}", (1,), {}),
    ("{:{}}", (1,), {}), ("{0:{1}}", (1,), {}), ("{0[}", (1,), {}), ("{0.}", (1,), {}),
    ("{0]}", (1,), {}), ("{0a}", (1,), {}), ("{:d}", ("a",), {}), ("{0!r:>{w}}", ("a",), {"w": 5}),
    ("{:{:{}}}", (1, 2, 3), {}), ("{0[1][2]}", ([[1, 2, 3], [4, 5, 6]],), {}), ("{0[a]}", ({"a": 1},), {}),
    ("{0[-1]}", ({"-1": 1},), {}), ("{} {}", (1,), {}), ("{!r}", ("é",), {}), ("{!a}", ("é",), {}),
    ("{0!rr}", (1,), {}), ("{0!s:}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{0[0].x}", ([1],), {}),
    ("{0[0]", ([1],), {}), ("{!}", (1,), {}), ("{:", (1,), {}), ("{0!r", (1,), {}), ("{0[]}", ([1],), {}),
    ("{.real}", (1,), {}), ("{[0]}", ([1],), {}), ("é{}ü", ("ö",), {}), ("{:é^7}", ("ab",), {}),
    ("{:*<{}}", ("é", 3), {}), ("{0!a}", ("\U0001F600",), {}), ("{0:.{1}}", ("abcdef", "2"), {}),
    ("{:.{}}", ("abcdef", 2), {}), ("{0:{0}}", (5,), {}), ("{x}{y}", (), {"x": 1}), ("{:x}", (255,), {}),
    ("{:,}", (1234567,), {}), ("{:08.3f}", (-3.14159,), {}), ("{!\u00e9}", (1,), {}),
]
for f, a, k in FMT:
    case(f, "format", *a, **k)
for f, m in [("{x}", {"x": 1}), ("{x}", {}), ("{}", {"x": 1}), ("{0}", {"0": 1}), ("{x[0]}", {"x": "ab"}),
             ("{x!r:>5}", {"x": "é"}), ("a", 1)]:
    case(f, "format_map", m)
case("{}", "format_map")

# ---------------------------------------------------------------- % formatting
PCT = [
    ("%s %s", 1), ("%s", (1, 2)), ("%y", 1), ("%(a)s", 1), ("%(a)s", {}), ("%d", "a"), ("%c", "ab"),
    ("%c", 1114112), ("%c", 1.5), ("%*d", ("a", 1)), ("%.*d", ("a", 1)), ("%x", 1.5), ("%i", 2.7),
    ("%s %", (1,)), ("%", ()), ("%(a", {"a": 1}), ("%(a)*d", {"a": 1}), ("%d %(a)s", {"a": 1}),
    ("%s", {"a": 1}), ("%s %s", {"a": 1}),
    ("% d|%+d|%-5d|%05d|%#x|%#o|%#X|%5.3s|%-5s|%c|%c", (5, 5, 5, -5, 255, 8, 255, "abcdef", "a", 65, "z")),
    ("%e|%E|%f|%F|%g|%G|%.3g|%#g|%10.2f|%-10.2e|%+.1f",
     (1.5, 1.5e10, 3.14159, float("inf"), 1e-5, 1e20, 1234.5678, 1.0, 3.14159, 12345.678, -0.05)),
    ("%r|%a|%s", ("é", "é", "é")), ("%5%|%-5%", ()), ("%5%", (1,)), ("%.0f|%.0e|%#.0f|%#.0e", (2.5,) * 4),
    ("%d", 2**70), ("%x|%o|%X", (-255, -8, 2**70)), ("%f", 2**70), ("%d", 3.99), ("%d", True), ("%s", None),
    ("%.2s", None), ("%5s|%-5r", ("ab", "ab")), ("%f|%e|%g", (float("nan"), float("-inf"), float("-nan"))),
    ("%010.3f|%-010.3f|%+010.3f|% 010.3f", (3.14159,) * 4), ("%#010x|%#-10x|%0#10o", (255, 255, 8)),
    ("%c", -1), ("%.3c", "a"), ("%05s", "a"), ("%x", "a"), ("%o", 1.0), ("%u", 5), ("%(a)s %(a)r", {"a": "x"}),
    ("%()s", {"": 5}), ("%s", [1]), ("%s", ([1],)), ("%d", (1,)), ("% +d", 5), ("%-+5d|", 5),
    ("%*.*f", (10, 3, 3.14159)), ("%*d", (-5, 3)), ("%.*f", (-3, 3.14)), ("%a", "é\n"), ("%z", ()),
    ("%\n", ()), ("%é", ()), ("%é", (1,)), ("abc %", ()), ("%(x)d %d", {"x": 1}), ("%-", ()), ("%d", ()),
    ("%.f", 3.7), ("%10", (5,)), ("%.5d|%.5x|%-8.5d|%08.5d", (42, 255, 42, 42)), ("%#.3o|%#5x", (8, 0)),
    ("%i", -0.0), ("%g", -0.0), ("%.30f", 1.0), ("%e", 10**400), ("%d", "5"), ("%s %s %s", (1, 2)),
    ("%s", [1, 2]), ("%s %s", [1, 2]), ("%(a)s %(b)s", {"a": 1, "b": 2}), ("%c", True), ("%.1s", (1.5,)),
    ("%d", 1e100), ("%d", float("inf")), ("%d", float("nan")), ("%x", 1e10), ("%.3d", 5), ("%#x", 0),
    ("%(a)", {"a": 1}), ("%(a)(b)s", {"a": 1}), ("%(a(b))s", {"a(b)": 1}), ("%s %(a)s", {"a": 1}),
    ("%*s", (3, "a")), ("%-*s|", (3, "a")), ("%*s", (2**70, "a")), ("%.*s", (2**70, "a")),
    ("%.2147483648s", "a"), ("%99999999999999999999s", "a"), ("%s", b"a"), ("%i", "a"), ("%u", "a"),
    ("%f", -float("nan")), ("%F", -float("nan")), ("%.3g", float("-inf")), ("%.2f", 2.675), ("%c", 2**64),
    ("%5s|", "é"), ("%-5s|", "é€"), ("%(é)s", {"é": 1}), ("%(a)s %(é)", {"é": 1, "a": 2}), ("%d %é", (1, 2)),
    ("%3c|", 0x1F600), ("%x", -0), ("%.0d", 0), ("%#.0x", 0), ("%+s", "a"), ("% s", "a"), ("%+5s", "a"),
    ("%+r", 1), ("%+c", "a"), ("%+5c", "a"), ("%05c", "a"), ("%+.3s", "abcdef"), ("%+05.3s", "abcdef"),
    ("%a", 1), ("%.1a", "é"), ("%hd %ld %Ld", (1, 2, 3)), ("%hs", "x"), ("%lll", (1,)), ("%0*d", (5, 3)),
    ("%-*.*s|", (6, 2, "abc")), ("%*.*s|", (-6, -2, "abc")), ("%s %s", ("a",)), ("%(a)s %s", {"a": 1}),
    ("%*(a)s", {"a": 1}), ("%-#0+ 10.3x", 255), ("%#10.3o", 8), ("%#-10X|", 255), ("%+#010x", 255),
    ("% #010X", -255), ("%0-10x|", 255), ("%e", 1.5e300), ("%.17g", 0.1), ("%.50e", 1.0),
    ("%#.0e|%#.0f|%#.0g", (0.0, 0.0, 0.0)), ("%010.2e", -1.5), ("%+.0f", -0.4), ("%G", 1.5e-7),
    ("%s", -0.0), ("%r", float("nan")), ("%d", -0.0), ("%5.1f%%", 99.5), ("%s%%s", "x"), ("%%s", ()),
    ("%%%s", "x"), ("%c", "\U0001F600"), ("%c", 0xD800), ("%c", ""),
    ("", ()), ("", 5), ("", {}), ("", []), ("abc", []), ("abc", {"x": 1}), ("abc", "x"), ("%s", {}),
    ("%o", -2**64), ("%5d|%-5d|%05d", (-2**64, 2**64, 2**64)), ("%+d|% d", (0, 0)), ("%.0f", 0.5),
    ("%.0f", 1.5), ("%e", 1e-310), ("%.3e", 9.9999e10), ("%g", 1e-4), ("%g", 0.0001234567), ("%g", 100000.0),
    ("%g", 1000000.0), ("%#.3g", 1.0), ("%#x|%#o|%#X", (-1, -1, -1)), ("%#5.3x", 1), ("%r", 1e16),
    ("%i", 1.5e20), ("%u", -3.7), ("%c%c", (1, 2)), ("%10.3s|", "abcdef"), ("%.0s|", "abc"), ("%-3c|", "é"),
    ("%5a|", "é"), ("%5r|", 1), ("%(a)s", ({"a": 1},)), ("%(a)d", {"a": "1"}), ("%o", True), ("%f", True),
    ("%f", "x"), ("%e", []), ("%g", None), ("%d", None), ("%x", None), ("%f", 2**1100),
]
for f, a in PCT:
    case(f, "@mod", a)

# ------------------------------------------------------------------- bytes
BYTES = [b"", b"a", b"abc", b"\x00\t\n\r\\'\"\x7f\x80\xff a", b"'", b"'\"", b'"', b"hello world"]
for b in BYTES:
    for op in ("@repr", "@str", "@len", "@list", "hex", "decode", "upper", "lower", "title", "capitalize",
               "swapcase", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle",
               "isascii", "strip", "split", "splitlines"):
        case(b, op)
for k in [0, -1, 3, -4, 1.0, "a", slice(1, None), slice(None, None, -1), slice(None, None, 2), slice(0, 3),
          2**70, True]:
    case(b"abc", "@getitem", k)
for x in [b"b", 98, 256, -1, "a", 1.5, b"", b"abcd", None]:
    case(b"abc", "@contains", x)
for a, b in [(b"a", b"b"), (b"a", "a"), (b"a", 1), (b"", b"x"), (b"x", b"")]:
    case(a, "@add", b)
    for op in ("@lt", "@eq", "@ne", "@ge"):
        case(a, op, b)
for n in [3, 0, -1, 1.5, True, 2**70]:
    case(b"ab", "@mul", n)
    case(b"ab", "@rmul", n)
case(b"abc", "@hash_matches", "abc")
case(b"", "@hash_matches", "")

for args, kwargs in [((), {}), ((3,), {}), ((-1,), {}), (("abc",), {}), (("abc", "ascii"), {}),
                     (("é", "ascii"), {}), (("é", "utf-8"), {}), ((b"abc", "ascii"), {}), ((5, "ascii"), {}),
                     (([1, 2, 255],), {}), (([256],), {}), (([-1],), {}), ((["a"],), {}), (([1.5],), {}),
                     ((1.5,), {}), ((None,), {}), (((65, 66),), {}), ((b"abc",), {}), ((2**70,), {}),
                     ((), {"x": 1}), ((), {"source": b"a"}), (("a",), {"errors": "strict"}),
                     ((b"a",), {"errors": "strict"}), ((1, 2, 3, 4), {}), ((), {"encoding": "ascii"}),
                     (("abc", "bogus"), {}), ((True,), {}), ((0,), {})]:
    case(bytes, "@call", *args, **kwargs)

BS = b"hello world, hello"
for sub in [b"", b"l", b"hello", b"xyz", 108, 256, "l", 1.5]:
    for args in [(), (3,), (-5,), (3, 10), (100,)]:
        for op in ("find", "rfind", "count", "index", "rindex"):
            case(BS, op, sub, *args)
for prefix in [b"he", b"lo", (b"x", b"he"), "he", [b"a"], (b"a", "b")]:
    case(BS, "startswith", prefix)
    case(BS, "endswith", prefix, 1)
case(b"a", "find")
case(b"a", "find", b"a", x=1)
for sep in [b",", b"", b" ", None, ",", 1]:
    for b in [b"a,b,,c", b" a b  c ", b""]:
        case(b, "split", sep)
        case(b, "rsplit", sep, 1)
        case(b, "partition", sep)
        case(b, "rpartition", sep)
case(b" a b ", "rsplit", None, 1)
case(b"a\x1cb c", "split")
case(b"a\nb\r\nc\rd\x0be", "splitlines")
case(b"a\nb\r\nc\rd\x0be", "splitlines", True)
for items in [[b"a", b"b"], [b"a", "b"], [1], b"ab", [], [b"x"], 1, (b"x", b"y")]:
    case(b",", "join", items)
for s, args in [(b" \t ab \n", ()), (b"xxaxx", (b"x",)), (b"xxaxx", ("x",)), (b"\x1c a \x1c", ()),
                (b"abc", (None,)), (b"abc", (1,))]:
    for op in ("strip", "lstrip", "rstrip"):
        case(s, op, *args)
for args in [(b"a", b"b"), (b"a", b"b", 2), (b"", b"-"), ("a", "b"), (b"a",), (b"x", b"y")]:
    case(b"aaa", "replace", *args)
for args in [(6, b"*"), (4,), (3, "x"), (3, b"xy"), (3, 1), (1,)]:
    case(b"ab", "center", *args)
    case(b"ab", "ljust", *args)
    case(b"ab", "rjust", *args)
for w in [5, 1, "x"]:
    case(b"-12", "zfill", w)
case(b"a\tbc\td", "expandtabs", 2)
case(b"a\tb", "expandtabs")
for a in [b"a", b"c", b"", "a"]:
    case(b"abc", "removeprefix", a)
    case(b"abc", "removesuffix", a)
for args in [(), (":",), (b":",), (":", 2), (":", -2), ("-", 1), ("", 1), ("::",), ("é",), (":", 10),
             (":", 0), (1,)]:
    case(b"abcde", "hex", *args)
case(b"abcde", "hex", sep=":", bytes_per_sep=2)
for text in ["61 62", "6", "zz", " 61  62 ", "616", "ab cd\tef\n01", "é", "a é", "", b"61", 1]:
    case(bytes, "fromhex", text)
case(b"abc", "translate", None, b"b")
case(b"abc", "translate", b"x" * 256)
case(b"abc", "translate", b"ab")
case(b"abc", "translate", None, "a")
case(bytes, "maketrans", b"a", b"x")
case(bytes, "maketrans", b"a", b"bc")
case(bytes, "maketrans", "a", "b")
for data in [b"abc", b"\xff", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xed\xa0\x80", b"\xf0\x90\x80",
             b"\xf4\x90\x80\x80", b"\xc0\x80", b"\xe0\x80\x80", b"\xf5", b"a\xffb\xfe", b"\xe2\x82\xac",
             b"\xc3\xa9", b"\x80abc", b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"ab\xf0\x9f"]:
    for enc_name in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass",
                       "xmlcharrefreplace", "bogus"]:
            case(data, "decode", enc_name, errors)
case(b"a", "decode", "bogus")
case(b"a", "decode", 1)
case(b"\xc3\xa9", "decode", errors="strict")
case(b"a", "decode", "ascii", "strict", 1)

BPCT = [
    (b"%s", b"x"), (b"%s", "a"), (b"%b %s", (b"x", b"y")), (b"%r", "\xe9"), (b"%a", "\xe9"), (b"%c", 65),
    (b"%c", b"A"), (b"%c", 256), (b"%c", "a"), (b"%d|%5.2f|%x", (5, 1.5, 255)), (b"%s", 5),
    (b"%(a)s", {b"a": b"x"}), (b"%(a)s", {"a": b"x"}), (b"%y", ()), (b"%z", (1,)),
    (b"%s %s", (b"a", b"b", b"c")), (b"%s", ()), (b"%(a", {b"a": 1}), (b"%(a)s", 5), (b"%d", "a"),
    (b"%x", 1.5), (b"%f", "a"), (b"%5s|%-5s|", (b"ab", b"cd")), (b"%.1s", b"abc"), (b"%c", -1),
    (b"%c", b"ab"), (b"%a", b"x"), (b"%r", b"x"), (b"%", ()), (b"%5.2%", (1,)), (b"%%", ()), (b"", ()),
    (b"", 5), (b"", b"x"), (b"", {}), (b"", []), (b"%s", (1,)), (b"\xff%s\x00", b"\x80"),
]
for f, a in BPCT:
    case(f, "@mod", a)


# ------------------------------------------------------------ random sweeps
# A fixed-seed sweep over short strings mixing ASCII, Latin-1, BMP and astral
# characters, whitespace and separators: the cases nobody thinks to write.
import random

rng = random.Random(20261121)
ALPHABET = ["a", "b", "A", " ", "\t", "\n", ",", "é", "Σ", "ς", "😀", "\u3000", "\r", "ß", "0"]


def rand_str(n_max=8):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, n_max)))


def rand_index():
    return rng.choice([None, 0, 1, 2, -1, -2, 3, 5, -7, 10])


for _ in range(1500):
    s = rand_str()
    kind = rng.randrange(12)
    if kind == 0:
        case(s, rng.choice(["split", "rsplit"]), rng.choice([None, " ", ",", "a", "é", "😀", "ab"]),
             rng.choice([-1, 0, 1, 2]))
    elif kind == 1:
        case(s, rng.choice(["find", "rfind", "count"]), rand_str(2), *[rand_index() for _ in range(rng.randint(0, 2))])
    elif kind == 2:
        case(s, "replace", rand_str(2), rand_str(2), rng.choice([-1, 0, 1, 2]))
    elif kind == 3:
        case(s, rng.choice(["partition", "rpartition"]), rng.choice([" ", ",", "é", "😀", "a"]))
    elif kind == 4:
        case(s, rng.choice(["strip", "lstrip", "rstrip"]), rng.choice([None, " ", "aé", "😀\t", ""]))
    elif kind == 5:
        case(s, rng.choice(["center", "ljust", "rjust"]), rng.randint(0, 12), rng.choice([" ", "*", "é", "😀"]))
    elif kind == 6:
        case(s, "expandtabs", rng.choice([0, 1, 3, 8]))
    elif kind == 7:
        case(s, "splitlines", rng.choice([False, True]))
    elif kind == 8:
        case(s, "@getitem", slice(rand_index(), rand_index(), rng.choice([None, 1, 2, -1, -2, 3])))
    elif kind == 9:
        case(s, rng.choice(["upper", "lower", "title", "capitalize", "swapcase", "casefold", "istitle",
                            "isupper", "islower", "isspace", "isalpha"]))
    elif kind == 10:
        case(s, rng.choice(["startswith", "endswith"]), rand_str(2), *[rand_index() for _ in range(rng.randint(0, 2))])
    else:
        w = rng.randint(0, 12)
        case(s, "@format", rng.choice(["", "<", ">", "^", "*^", "é>"]) + str(w) + rng.choice(["", ".2", ".0"]))

for _ in range(300):
    b = bytes(rng.choice(b"ab \t\n,\xff\x00A") for _ in range(rng.randint(0, 8)))
    kind = rng.randrange(5)
    if kind == 0:
        case(b, rng.choice(["split", "rsplit"]), rng.choice([None, b" ", b",", b"a"]), rng.choice([-1, 0, 1, 2]))
    elif kind == 1:
        case(b, rng.choice(["find", "rfind", "count"]), rng.choice([b"a", b"", b"ab", 97, 0]), rand_index())
    elif kind == 2:
        case(b, "replace", rng.choice([b"a", b"", b" "]), rng.choice([b"", b"xy"]), rng.choice([-1, 1]))
    elif kind == 3:
        case(b, "@getitem", slice(rand_index(), rand_index(), rng.choice([None, 1, -1, 2])))
    else:
        case(b, rng.choice(["strip", "title", "swapcase", "splitlines", "hex", "istitle"]))

def c_literal(data):
    """A C++ string literal for arbitrary bytes (octal escapes, never ambiguous)."""
    out = []
    for byte in data:
        ch = chr(byte)
        if 0x20 <= byte < 0x7F and ch not in '"\\?':
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


def sv(data):
    return "std::string_view(%s, %d)" % (c_literal(data), len(data))


here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "text_cases.inc"), "w") as f:
    f.write("// GENERATED by gen_text_cases.py from CPython %s; do not edit.\n" % sys.version.split()[0])
    f.write("const TextCase kTextCases[] = {\n")
    for recv, op, args, kwargs, expected in cases:
        f.write("    {%s, %s, %s, %s, %s},\n" % (sv(recv), c_literal(op.encode()), sv(args), sv(kwargs),
                                                 sv(expected.encode("utf-8", "surrogatepass"))))
    f.write("};\n")
print("%d cases" % len(cases))
