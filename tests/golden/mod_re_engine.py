# The matching rules where PCRE2 and CPython's engine could part ways:
# anchors at the ends, word boundaries, back references, look-arounds,
# conditionals, atomic groups, lazy and possessive repeats, escapes.
import re

def show(pattern, text, flags=0):
    print(repr(pattern), repr(text), [m.span() for m in re.finditer(pattern, text, flags)], re.findall(pattern, text, flags))

# Anchors.
show("^", "a\nb\n", re.M)
show("$", "a\nb\n", re.M)
show("$", "a\nb\n")
show(r"\Z", "a\n")
show(r"\A\w", "ab\ncd", re.M)
show(r"^\w+$", "one\ntwo\n", re.M)
show(r"x$", "x\n")
show(r"x\Z", "x\n")

# Word boundaries.
show(r"\b", "")
show(r"\B", "")
show(r"\B", "ab")
show(r"\b\w+\b", "it's a test-case")
show(r"\Bx\B", "axb x")
show(r"\bé", "é ,é")

# Back references, named and numbered.
show(r"(\w)\1", "aabbcd")
show(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\"")
show(r"\b(\w+) \1\b", "the the cat sat sat")
show(r"(a)|\1b", "ab")
show(r"(?i)(a)\1", "aA Aa")

# Look-arounds.
show(r"(?<=\$)\d+", "cost $30 or 40")
show(r"(?<!\$)\b\d+", "cost $30 or 40")
show(r"\w+(?=;)", "a; b, c;")
show(r"\w+(?!;)\b", "a; b, c;")
show(r"(?<=ab|cd)x", "abx cdx eex")

# Conditionals.
show(r"(<)?\w+(?(1)>|$)", "<a> b <c")
show(r"(?P<paren>\()?\d+(?(paren)\))", "(1) 2 (3")
show(r"(a)?(?(1)b|c)", "ab c ac")

# Atomic groups, possessive and lazy repeats.
show(r"(?>a+)b", "aab ac")
show(r"a++b", "aab")
show(r"a++a", "aaa")
show(r"<.+?>", "<a><b>")
show(r"a{2,3}?", "aaaa")
show(r"a{,2}", "aaa")
show(r"a{2,}", "a aa aaaa")
show(r"a{", "a{")
show(r"a{1", "a{1")
show(r"a{x}", "a{x}")
show(r"{", "{}")
show(r"a{0}b", "ab b")

# Escapes.
show(r"\x41\u00e9\U0001F600", "Aé\U0001F600")
show(r"\101\0\07", "A\x00\x07")
show(r"[\x41-\x43]+", "xABCD")
show(r"\t\n\v\f\r\a", "\t\n\v\f\r\a")
show(r"[\b]", "a\bb")
show(r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", ".*+?()[]{}|^$\\")
show(r"[]a]+", "x]a]")
show(r"[^]a]+", "x]a]y")
show(r"[a\]]+", "a]b")
show(r"[\w.-]+@[\w.-]+", "mail a.b@c.org, x-y@z.net")
show(r"[-a]|[a-]", "-a")
show(r"[\d\s]+", "1 2\tx")
show(r"[^\W\d]+", "abc123déf")
show(r"[:a]+", "[:a:]")
show(r"\s+", "a \u00a0\u2003b")
show(r"\s", "a\x1c\x1fb\x85")
show(r"[\s]", "a\x1c\x1fb")
show(r"\S+", "a\x1c\x1fb")
show(rb"\s", b"a\x1c\x85\xa0 b")

# Case-insensitive matching beyond ASCII.
show("é", "ÉéE", re.I)
show("[à-ï]+", "ÀÉÏ", re.I)
show(r"\w+", "ÀÉÏ ok", re.I | re.A)

# Repeated groups keep their last iteration.
m = re.match(r"(?:(\w)(\d))+", "a1b2c3")
print(m.groups(), m.span(1), m.lastindex)
m = re.match(r"(a|b)*", "abba")
print(m.group(1), m.span(1))
m = re.match(r"((a)|b)+", "ab")
print(m.groups(), m.lastindex)
m = re.match(r"(a)(b)?", "a")
print(m.lastindex, m.lastgroup, m.regs)
m = re.match(r"(?P<x>a)(?P<y>b)", "ab")
print(m.lastindex, m.lastgroup)
m = re.match(r"((?P<inner>a)b)", "ab")
print(m.lastindex, m.lastgroup)

# re.ASCII's classes see every non-ASCII character as a non-word,
# non-digit, non-space one, and so does a (?a:...) group.
for pattern in (r"\W", r"\D", r"\S", r"[\W]", r"\w", r"\b\w+\b"):
    print(pattern, re.findall(pattern, "aé1 \u00a0\u0661x", re.A), re.findall("-(?a:%s)" % pattern, "-a-é-1- -\u00a0-\u0661-x"))
