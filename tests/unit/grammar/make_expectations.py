#!/usr/bin/env python3
"""Writes test_grammar.cpp and test_layout_cases.inc from CPython 3.11.

Every expected string in the grammar tests comes from this script, i.e. from
the python3 on the machine (ast.dump, compile(), tokenize), never from
minipy's own output. Run it with CPython 3.11 after adding cases:

    python3 tests/unit/grammar/make_expectations.py
"""
import ast
import io
import os
import sys
import tokenize
import warnings

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"
HERE = os.path.dirname(os.path.abspath(__file__))

# Snippets whose full dump (with positions) must equal CPython's.
DUMPS = [
    # statements
    "x = 1", "x = y = 2", "a, b = b, a", "x += 1", "x **= 2", "x //= 3", "x @= m", "x >>= 1", "x ^= 1",
    "x: int", "x: int = 5", "(x): int = 1", "a.b: int", "a[0]: str = 'x'", "x: list[int] = []",
    "del a, b[0], c.d", "del (a, b)", "del a,", "del [a, b]", "pass", "break", "continue", "return", "return 1, 2",
    "raise", "raise E", "raise E from e", "global a, b", "nonlocal x", "assert x", "assert x, 'msg'",
    "import a", "import a.b.c as d, e", "from . import x", "from .. m import (x, y as z)", "from m import *",
    "from ...a.b import c", "from .m import x,  y", "from m import (a,\n  b,\n)\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n", "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\n",
    "while x:\n  x -= 1\nelse:\n  pass\n", "for i in range(10):\n    print(i)\nelse:\n    pass\n",
    "for a, b in x: pass", "for (a, b) in x: pass", "for [a, *b] in x: pass", "for x, in y: pass",
    "with a as b, c as d:\n    pass\n", "with (a as b, c as d):\n    pass\n", "with (a, b) as c: pass",
    "with (a): pass", "with a, b: pass", "with (a as b,): pass", "with a as (b, c): pass",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n  x\nfinally:\n  y\n", "try:\n  x\nexcept E:\n  y\nfinally:\n  z\n",
    "def f(a, /, b, *args, c, d=1, **kwargs):\n    return a\n", "def f(a: int = 1, *, b: str) -> bool: pass",
    "def f(*, a): pass", "def f(a, b=2, /, c=3): pass", "def f(*args: int, **kw: str): pass", "def f(a,): pass",
    "@dec\n@dec2(1)\ndef f(): pass\n", "@dec\nclass C(A, B, metaclass=M):\n    x = 1\n", "@a.b[c]\ndef f(): pass",
    "class C: pass", "class C(): pass", "class C(*bases, **kw): pass",
    "def f():\n    '''doc'''\n    x = 1\n\n    return x\n", "if x:\n    if y:\n        pass\n    else:\n        pass\n",
    "x = 1; y = 2;", "# comment\nx = 1  # c\n\n\n", "if x: pass\n", "while 1: x; y", "\n\n\n", "",
    # operators and precedence
    "lambda: 0", "lambda x, *y, z=1, **w: x", "lambda *, k: k", "lambda a, /, b: a", "lambda a=1, *args: a",
    "x = a if b else c", "x = a if b else c if d else e", "x = a or b and not c", "x = not not a",
    "x = a < b <= c != d", "x = a is not b", "x = a not in b", "x = a in b", "x = (a < b) < c", "x = a == b > c >= d",
    "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", "x = -2 ** 2", "x = 2 ** -1", "x = 2 ** 3 ** 4",
    "x = ~a + -b", "x = +a", "x = (a + b) * c", "x = a * (b + c)", "x = a - b - c", "x = a or b or c",
    "x = a and b or c and d", "x = (a or b) and c", "x = not a == b", "x = -x ** -y",
    "f(a, *b, c=1, **d)", "f(x for x in y)", "f(*a, *b, **c, **d)", "f(a)(b)[c].d", "f()", "f(a,)",
    "f(a)(x for x in y)", "f(a, b=1, *c, d=2, **e)", "print(*args, sep='')",
    "a[1:2, ::3]", "a[:]", "a[::]", "a[1:]", "a[x:y:]", "a[::2]", "a[1,]", "a[*b]", "a[b:c, *d]", "a[i]",
    "a[i, j]", "a[(i, j)]", "a[-1]", "a[f(x):g(y)]",
    "[x for x in y if x if z for a in b]", "{x: y for x, y in z}", "{x for x in y}", "(x for x in y)",
    "[*a, *b]", "{**a, 'b': 1, **c}", "{1, 2, *a}", "{}", "[]", "()", "(1,)", "(1, 2)", "[1, 2,]",
    "{'a': 1, 'b': 2,}", "[x for x, in y]", "[(x, y) for x in a for y in b]", "((x, y) for x in a)",
    "x = (yield)", "def g():\n    yield\n    yield 1\n    yield from x\n    x = yield y\n    yield a, b\n",
    "(x := 5)", "if (n := len(a)) > 10: pass", "[y := f(x), y**2]", "f(a := 1)", "while chunk := f(): pass",
    "x = *a, b", "x = *a,", "*a, b = c", "[a, b] = c", "a.b.c = 1", "a[b][c] = 1", "(a) = 1", "((a)) = 1",
    "x = (1)", "x = ((1, 2))", "x = (a) + (b)", "x = (a).b(c)[d]", "async_ = 1", "x = a.if_",
    # literals
    "x = 1_000_000", "x = 0xFF", "x = 0o777", "x = 0b1010", "x = 1.", "x = .5", "x = 1e10", "x = 1_000.5",
    "x = 1E-3", "x = 1j", "x = 1.5J", "x = 0", "x = 00", "x = 0_0", "x = 123456789012345678901234567890",
    "x = 0xffffffffffffffffffffff", "x = True, False, None, ...", "x = 1e16", "x = 1e15", "x = 1e-5",
    "x = 0.0001", "x = 1e500", "x = 3.14159", "x = 1e22j", "x = 0.1 + 0.2", "x = 1if y else 2",
    "'a' 'b'", "b'a' b'b'", "r'\\n'", "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\0\\777\\x41\\u00e9\\U0001F600'",
    "b'\\x00\\xff\\n'", "'\\q'", "u'x'", "'''a\nb'''", "rb'\\x'", "Rb'x'", "BR'x'", "'a' u'b'",
    "x = \"it's\"", "x = 'say \"hi\"'", "x = '\\'\"'", "a = '\u00e9' + \"\u00fc\"", "x = '\\xe9'", "s = 'a\\\nb'",
    "f'{x}'", "f'a{b}c{d!r:>{w}}'", "f'{x=}'", "f'{x=!r:10}'", "f'{ x = }'", "f'{x:}'", "f'{{}}'",
    "'a' f'{x}' 'b'", "f'{3.14:{w}.{p}}'", "f''", "f'x' 'y'", "f'{a!s}{b!a}'", "f'{a[\"k\"]}'",
    "f'{f\"{x}\"}'", "f'{x,y}'", "f'''\n{a+\nb}'''", "x = (f'{a}'\n  f'{b.c}')", "x = f'''\n  {a}'''",
    "f'{a}' f'{b:{c}}'", "rf'{x}\\n'", "f'{x!r}'", "f'{x:>10}'", "f'{yield}'", "f'{a:{b}c}'",
    # layout
    "x = [\n  1,\n  2,\n]\n", "x = 1 + \\\n  2\n", "if x:\n\tpass\n", "if x:\n\ta\n\tb\n",
    "def f():\n    x = '''\n  text\n'''\n    return x\n", "x = (1 +  # comment\n     2)\n", "x = 1\r\ny = 2\r\n",
    "if x:\n    pass\n# trailing comment\n", "if 1:\n  \\\n    x\n", "f'{a:{{}}>10}'", "f'{{{a}}}'",
    "x = f'{a:=10}'", "x = f'{(a:=10)}'", "f\"{'a' 'b'}\"", "f'{x!r:{y!s}}'", "x = a[..., 1]", "@(lambda f: f)\ndef g(): pass\n", "class A:\n    def f(self):\n        pass\n\n    def g(self):\n        pass\n",
]

# Snippets CPython rejects: our SyntaxError must match field by field.
ERRORS = [
    # layout and tokenizer
    "if 1:\n  x\n y\n", "if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n", "  x\n", "x = (1,\n2", "x = 1)",
    "x = (1]", "x = (1,\n 2]", "x = 'abc\n", "x = \"\"\"abc\n\nd", "x = 1 \\ 2", "x = 1 + \\", "x = $",
    "x = a ? b", "x = !a", "x = 1abc", "x = 012", "x = 0x", "x = 0b12", "x = 0o8", "x = 1_", "x = 1e", "x = 1__0",
    "x = \x01", "x = \u20ac", "x=1\n  y=2\n", "x = 0777", "x = 1.2.3", "x = 1j2", "x = 0b", "x = 0o", "x = 0_x",
    "x = 1.5e+", "x='abc", "x = f\"abc", "s = b\"\u00e9\"", "x = ( \n\n\nfoo bar", "'''abc", "\"\"\"", "x = 1\n)", "(]",
    "x = ''' \n ''' '", "x = [\n 1,\n 2\n", "x = (1 +\n\n2", "x = [1, 2", "x = {1: 2", "foo(",
    "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101)) + " " * 101 + "pass\n",
    "(" * 201, "(" * 100000, "if x:\n        a\n\tb\n",
    # generic errors point where pegen stops
    "x = 1 +", "x = 1 +\n", "x = 3 ~", "x = a b", "a b c", "a.b c", "[x for x in]", "import", "from import x",
    "from . import", "x = a if b else", "return x y", "x += 1, y += 2", "else: pass", "lambda x x",
    "x = lambda: 1 2", "elif x:\n pass\n", "def f(/): pass", "x = = 1\ny = \"", "x = (\ny = \"",
    "import a.b as", "f(**)", "a := 1", "if x y:\n pass\n", "class A x:\n pass\n", "for x in y z:\n pass\n",
    "while x y:\n pass\n", "with a b:\n pass\n", "if x:\n pass\nelif y z:\n pass\n", "class A(x) y:\n pass",
    "try:\n pass\nexcept x y:\n pass\n", "def f(*): pass", "x = 1 if 2",
    # specific messages
    "if x\n  pass\n", "if x:\n pass\nelse\n pass\n", "if x:\n pass\nelse y:\n pass\n", "try\n pass\n",
    "try:\n pass\nfinally\n pass\n", "try:\n pass\nexcept\n pass\n", "try:\n pass\nexcept A\n pass\n",
    "class A\n pass\n", "class A(B)\n pass\n", "def f()\n pass\n", "def f() x:\n pass\n", "for x in y\n pass\n",
    "while x\n pass\n", "with a\n pass\n", "with a as b\n pass\n", "if x:\n pass\nelif y\n pass\n",
    "try x:\n pass\n", "try:\n pass\nfinally x:\n pass\n", "try:\n pass\nexcept y:\n pass\nelse x:\n pass",
    "def f(x) -> int\n  pass", "def f x:\n pass", "try:\n pass\n",
    "if 1:\npass", "if 1:\n", "def f():\n\nx", "for x in y:\npass", "while x:\npass", "with x:\npass", "try:\npass",
    "try:\n  pass\nexcept:\npass", "try:\n  pass\nfinally:\npass", "class A:\npass", "if x:\n pass\nelse:\npass",
    "if x:\n pass\nelif y:\npass", "if (x\n):\npass", "@d\ndef f():\npass", "try:\n  pass\nexcept E as e:\npass",
    "for x in y:\n pass\nelse:\npass", "def f():\n  return\n    x\n", "if x:\n  pass\n  else:\n  pass",
    "f(a b)", "[a b]", "x[a b]", "x = {a: b c}", "print \"hi\"", "print x", "print 1, 2",
    "1 = x", "f() = 1", "a + b = 1", "x = 1 = 2", "x = f() = 3", "x = a < b = 3", "a, 1 = x", "1, 2 = x",
    "True = 1", "None = 1", "(a, 1) = x", "x = yield = 1", "f(x for x in y)=1", "if x = 1:\n pass\n",
    "del 1", "del f()", "del *a", "(a, b) += 1", "f() += 1", "[a, b]: int", "(a, b): int = 1", "1: int",
    "f(1=2)", "f(True=1)", "f(a.b=1)", "f(a for a in b, c)", "f(a=1, b)", "f(**a, *b)", "f(**a, b)",
    "def f(a=1, b):\n pass\n", "(*a)", "[*a for a in b]", "(a.b := 1)", "for 1 in x: pass",
    "with a as 1: pass", "from x import a,", "x = 5 if y",
    "def f(a, /, /): pass", "def f(*a, *b): pass", "def f(**a, b): pass", "def f(*, /): pass",
    "def f(*a=1): pass", "def f(**a=1): pass", "def f(*, **k): pass", "def f(a=1, /, b): pass",
    "lambda a, /, /: 0", "lambda *a, *b: 0", "lambda **a, b: 0", "lambda *, **k: 0", "lambda a=1, b: 0",
    "def f(**a, *b): pass", "def f(a, *, b, /): pass", "lambda *,: 0", "def f(*,): pass", "lambda *: 0",
    "x = \"a\" b\"b\"", "x = b\"a\" \"b\"", "x = \"\\x4\"", "x = b\"\\x4\"", "x = \"\\N{foo}\"", "x = \"\\u12\"",
    "x = \"\\U00110000\"",
    "x = f\"{}\"", "x = (f\"{a!x}\")", "x = f\"{a\"", "x = f\"}\"", "x = f\"{a b}\"", "x = f\"{#}\"",
    "x = f\"{\\n}\"", "x = f\"{a:{b:{c}}}\"", "x = f\"{x!r=}\"", "x = f\"{=}\"", "x = f\"{*a}\"",
    "x = f\"{ }\"", "x=f\"{a!}\"", "x=f\"{a!rr}\"",
    # which error wins: pegen stops at the first parse error, then re-reads
    # the rest of the file for tokenizer errors (not after an unexpected indent)
    "  x = 1\ny = 'abc\n", "x = = 1\ny = 'abc\n", "x = = 1\nif 1:\n  a\n b\n", "else:\n  x = 0777\n",
    "f(a,\n  b = c d\n", "x = 1 +\ny = (\n", "@property\n", "def f():\n    return 1 + \\\n",
    "x = 1  # comment\ndef #f():\n  pass\n", "for u (a, b):\n  pass\n", "with open(f) as x.g()\n  pass\n",
    "f(x): int", "f(x):\n", "for x in 'a', 'b':\npass\n",
    # a backslash inside indentation: the first one fixes the level
    "       \\ cache[key] = result\n", "x = 1\n   \\\ny = 2\n",
]

# Interactive entries: (text, expected) where expected is "incomplete",
# "complete" or an error tuple. The REPL reads lines, so text ends in '\n';
# the expectations come from codeop.compile_command on the text without its
# last newline (the convention code.InteractiveConsole uses), except where
# the real prompt (python3 -i on a terminal) differs from codeop: those are
# checked by hand against a python3 -i transcript and listed in REPL_ONLY.
INTERACTIVE = [
    "x = 1\n", "x = (1,\n", "if x:\n", "if x:\n  y = 1\n", "if x:\n  y = 1\n\n", "if x: pass\n", "if x: pass\n\n",
    "def f():\n  return 1\n", "def f():\n  return 1\n\n", "x = '''abc\n", "@dec\n", "@dec\ndef f(): pass\n\n",
    "x = = 1\n", "if x:\n  y = = 1\n", "for i in x:\n  if i:\n    pass\n", "for i in x:\n  if i:\n    pass\n\n",
    "class A:\n  def f(self):\n    pass\n", "\n", "# comment\n", "x = [\n1,\n2]\n", "try:\n  x\n",
    "try:\n  x\nexcept:\n  y\n\n", "while True:\n  x\nelse:\n", "print('hi')\n", "if x:\n  pass\nelse:\n  pass\n\n",
    "x = 1\ny = 2\n", "if x:\n  pass\n  y\n", "with a as b:\n  pass\n\n", "f(a,\n  b)\n", "x = {\n", "lambda: (\n",
    "x = 'abc\n",
]
# python3 -i: a backslash asks for a continuation line; an empty line right
# after a header is "expected an indented block".
REPL_ONLY = {
    "x = 1 + \\\n": "incomplete",
    "if x:\n\n": ("IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 1, ""),
}


def c_string(s):
    out = '"'
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == "\\": out += "\\\\"
        elif c == '"': out += '\\"'
        elif c == "\n": out += "\\n"
        elif c == "\t": out += "\\t"
        elif 32 <= b < 127 and c != "?": out += c
        else: out += "\\%03o" % b
    return out + '"'


def error_fields(e):
    return (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0,
            (e.text or "").rstrip("\n"))


def compile_error(src, mode="exec"):
    try:
        compile(src, "x.py", mode)
    except SyntaxError as e:
        return error_fields(e)
    raise AssertionError("expected a SyntaxError: %r" % src)


def error_literal(f):
    return "{%s, %s, %d, %d, %d, %d, %s}" % (c_string(f[0]), c_string(f[1]), f[2], f[3], f[4], f[5], c_string(f[6]))


def short(src):
    """A test name: the snippet with newlines shown as '/' and odd characters dropped."""
    keep = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _=+-*/()[]{}:;,.<>!@%&|^~'")
    s = "".join(c if c in keep else ("/" if c == "\n" else "") for c in src).strip()
    return s[:60] + ("..." if len(s) > 60 else "")


def interactive_expectation(text):
    if text in REPL_ONLY:
        return REPL_ONLY[text]
    import codeop
    try:
        code = codeop.compile_command(text[:-1], "<input>", "single")
    except SyntaxError as e:
        return error_fields(e)
    return "incomplete" if code is None else "complete"


def write_grammar_tests():
    lines = [
        "// Generated by make_expectations.py from CPython 3.11: do not edit by hand.",
        "// Each dump is ast.dump(ast.parse(src), include_attributes=True); each error",
        "// is what compile(src, 'x.py', 'exec') raised.",
        '#include "grammar_test_support.hpp"',
        "",
        "#include <catch2/catch.hpp>",
        "",
    ]
    for i, src in enumerate(DUMPS):
        expected = ast.dump(ast.parse(src), include_attributes=True)
        lines.append('TEST_CASE("dump %03d: %s", "[grammar][dump]") {' % (i, short(src)))
        lines.append("    CHECK(dump_of(%s) == %s);" % (c_string(src), c_string(expected)))
        lines.append("}")
    for i, src in enumerate(ERRORS):
        try:
            fields = compile_error(src)
        except MemoryError:
            continue
        lines.append('TEST_CASE("error %03d: %s", "[grammar][error]") {' % (i, short(src)))
        lines.append("    check_error(%s, %s);" % (c_string(src), error_literal(fields)))
        lines.append("}")
    for i, text in enumerate(INTERACTIVE + list(REPL_ONLY)):
        exp = interactive_expectation(text)
        lines.append('TEST_CASE("interactive %03d: %s", "[grammar][interactive]") {' % (i, short(text)))
        if exp == "incomplete":
            lines.append("    CHECK(interactive_state(%s) == Entry::Incomplete);" % c_string(text))
        elif exp == "complete":
            lines.append("    CHECK(interactive_state(%s) == Entry::Complete);" % c_string(text))
        else:
            lines.append("    check_interactive_error(%s, %s);" % (c_string(text), error_literal(exp)))
        lines.append("}")
    with open(os.path.join(HERE, "test_grammar_cases.cpp"), "w") as f:
        f.write("\n".join(lines) + "\n")


# Layout: the token stream (kinds, text, positions) as Lib/tokenize.py sees it,
# leaving out what the parser never gets (comments, blank-line NLs).
LAYOUT = [
    "x = 1\n", "if x:\n    y\nz\n", "if x:\n    if y:\n        z\nw\n", "x = (1,\n     2)\n", "x = [\n]\n",
    "x = 1 + \\\n    2\n", "# only a comment\n", "x = 1  # trailing\n\n\n# more\ny = 2\n",
    "s = '''a\nb'''\nt = 1\n", "s = 'a\\\nb'\n", "f(rb'x', BR\"y\", f'{z}', u'w')\n", "if x:\n\ty\n",
    "x = 1", "if x:\n    y", "def f():\n    return 1\n\n\n", "x = {'a': 1,\n  # c\n  'b': 2}\n",
    "a = 1if b else 2\n", "x = ...\n", "a **= b // c\n", "x = .5 + 1e-3j\n", "x = 0xFF_FF\n",
    "while x:\n  pass\n  # comment at depth\nelse:\n  pass\n", "\n\n\nx\n", "x\n\n  \ny\n",
]


def layout_expectation(src):
    toks = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        name = tokenize.tok_name[t.exact_type if t.type == tokenize.OP else t.type]
        if name in ("NL", "COMMENT"):
            continue
        if t.type == tokenize.OP:
            name = "OP"
        if name in ("INDENT", "DEDENT", "ENDMARKER"):
            toks.append(name)
        elif name == "NEWLINE":
            toks.append("NEWLINE@%d:%d" % t.start)
        else:
            toks.append("%s %r@%d:%d-%d:%d" % (name, t.string, t.start[0], t.start[1], t.end[0], t.end[1]))
    return " ".join(toks)


# Errors the layout pass itself reports (CPython's tokenizer errors).
LAYOUT_ERRORS = [
    "if 1:\n  x\n y\n", "if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n", "if x:\n        a\n\tb\n",
    "x = 1)", "x = (1]", "x = (1,\n 2]", "x = 'abc\n", 'x = """abc\n\nd', "x = 1 \\ 2", "x = 1 + \\",
    "x = 1abc", "x = 012", "x = 0x", "x = 0b12", "x = 0o8", "x = 1_", "x = 1e", "x = 1__0", "x = \x01",
    "x = \u20ac", "x = 1j2", "x = 0b", "x = 0o", "x = 0_x", "x = 1.5e+", 'x = f"abc', "'''abc", "(" * 201,
    "if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 101)) + " " * 101 + "pass\n",
    "x = 1\n  # fine\ny = 'a\nz = 2\n", "x = [1,\n  2,\n  3)\n",
]


def write_layout_cases():
    lines = ["// Generated by make_expectations.py from Lib/tokenize.py: do not edit by hand."]
    for src in LAYOUT:
        lines.append("{%s, %s}," % (c_string(src), c_string(layout_expectation(src))))
    with open(os.path.join(HERE, "layout_cases.inc"), "w") as f:
        f.write("\n".join(lines) + "\n")
    lines = ["// Generated by make_expectations.py from compile(): do not edit by hand."]
    for src in LAYOUT_ERRORS:
        lines.append("{%s, %s}," % (c_string(src), error_literal(compile_error(src))))
    with open(os.path.join(HERE, "layout_error_cases.inc"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    write_grammar_tests()
    write_layout_cases()
