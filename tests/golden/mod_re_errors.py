# re.error for bad patterns and templates, with CPython's messages and
# positions, and the TypeErrors for mismatched arguments.
import re

bad_patterns = [
    "(abc", "abc)", "a)b(c", "(a(b)", "*", "+a", "a**", "a{2}*", "(*)", "a|*", "^*", r"\b+",
    "[abc", "[]", "[^]", "[z-a]", r"[\d-z]", "a{3,1}", r"\q", "\\", r"\x4", r"\u12", r"\777",
    r"\1", r"(a)\2", r"(a\1)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P<>a)", "(?P<a",
    "(?Px)", "(?<x)", "(?z)", "a(?i)b", "(?i", "(?#abc", "(?(1)a|b|c)", "(?(x)a)", "(?(2)a)",
    "(?<=a|bc)", "(?<=a*)b", r"[\8]", "a\n)", "ab\ncd(",
]
for pattern in bad_patterns:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e)

try:
    re.compile("x\ny(z")
except re.error as e:
    print(e.msg, "|", repr(e.pattern), e.pos, e.lineno, e.colno)
try:
    re.compile(b"(a")
except re.error as e:
    print(e, e.pattern, e.pos)
e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__, re.error.__module__)

# Patterns that look wrong but are fine.
for pattern in ("x{3", "a{", "{1,2}x" if False else "x{,2}", "x{1,}", "(?:)*", "[]a]", "[^]a]", "a]", "}", r"\(\)", "[(]", "(?#c)a"):
    m = re.search(pattern, "xxx a]} () (")
    print(repr(pattern), m and m.group())

# Templates.
for template in (r"\g<x>", r"\g<9>", r"\g", r"\g<", r"\g<a", r"\q", r"\2", r"\g<1a>", r"\g<-1>", "\\"):
    try:
        print(repr(template), repr(re.sub("(a)(?P<n>b)?", template, "ab a")))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)

# Type errors.
for call in (lambda: re.search("a", 1), lambda: re.search("a", b"a"), lambda: re.search(b"a", "a"),
             lambda: re.compile(12), lambda: re.sub("a", 3, "a"), lambda: re.sub("a", lambda m: 5, "a"),
             lambda: re.sub(b"a", "x", b"a")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: re.sub(b"a", 3, b"a"), lambda: re.sub("a", 3, "xyz"), lambda: re.sub("a", lambda m: 5, "bab"),
             lambda: re.sub("a", [1], "a"), lambda: re.sub(b"a", lambda m: "x", b"bab")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# The finer points of CPython's parser: a trailing backslash is seen one
# token early, ranges are named by their first tokens, look-behinds may
# refer only to groups closed before them, inline flags are checked in order.
for pattern in ("*\\", "a)\\", "(?\\", "(?", "(?P", "(?<", "(?\\#", "[a-\\x41]", "[a-\\12]", "[\\w-a]",
                "(a)(?<=\\1)", "(?<=(a)\\1)", "(?<=(?(1)a))", "(a)(?<=(?(1)a|b))", "(?<=(?P<n>a)(?P=n))",
                "(?-i)", "(?i-)", "(?i-a:x)", "(?au)", "(?iq)", "(?i!)", "(?-q:x)", "(?t:x)", "(?i-i:x)",
                "(?L)", "(?x) a \\", "(?#a\\)b)", "{(?i)", "(?i)(?m)a", "(?i)a(?m)"):
    try:
        print(repr(pattern), "->", re.compile(pattern).pattern == pattern)
    except re.error as e:
        print(repr(pattern), "->", e)
for pattern in (b"(?u)", b"(?L)a", b"(?a)a"):
    try:
        print(pattern, "->", re.compile(pattern))
    except re.error as e:
        print(pattern, "->", e)
