# re's flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and
# scoped flags, RegexFlag's reprs, the Pattern repr and the compile cache.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), repr(re.S | re.X | re.I), re.I | 512, ~re.I, re.I & re.M)
print(int(re.I), re.I == 2, re.M.value, re.M.name, (re.I | re.M).name, type(re.I), isinstance(re.I, int))
print(f"{re.I}", "%s" % re.DOTALL, str(re.VERBOSE), re.RegexFlag.MULTILINE, re.RegexFlag(8))

print(re.compile("a+"), re.compile("a+", re.I), re.compile("a+", re.I | re.M | re.X))
print(re.compile("a", re.A), re.compile("a", re.U), re.compile(b"a", re.I), re.compile("(?i)a"))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("(?im)a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
print(re.compile("x" * 300))
print(re.compile("it's"), re.compile('say "hi"'), re.compile(r"\d+\.\d*"))

# IGNORECASE.
print(re.findall("hello", "Hello HELLO hello", re.I), re.sub("(?i)cat", "dog", "Cat CAT"))
print(re.match("straße", "STRASSE", re.I), re.match("σας", "ΣΑΣ", re.I), re.search("[a-c]+", "xABCx", re.I))
print(re.search(r"(?i:AB)c", "abc"), re.search(r"(?i:AB)c", "abC"), re.search(r"a(?-i:b)", "AB", re.I), re.search(r"a(?-i:b)", "Ab", re.I))

# MULTILINE and DOTALL.
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text, re.M))
print(re.search(r"line.second", text), re.search(r"line.second", text, re.S), re.search(r"(?s)line.second", text))
print(re.search("x$", "x\n"), re.search(r"x\Z", "x\n"), re.search(r"\Ax", "ax"), re.findall("$", "a\nb\n"), re.findall("$", "a\nb\n", re.M))

# VERBOSE.
phone = re.compile(r"""
    (\d{3})    # area code
    [-.\s]?    # separator
    (\d{4})    # number
""", re.VERBOSE)
print(phone.findall("call 555-1234 or 555 9876"), phone.pattern.count("\n"))
print(re.findall(r"(?x) [ #]x  # a space or a hash, then x", "a x #x"), re.match(r"(?x) a b  c", "abc"))
print(re.match(r"a\ b", "a b", re.X), re.match(r"a\#b", "a#b", re.X))

# ASCII.
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"(?a)\w+", "héllo"))
print(re.findall(r"\d", "١٢3", re.ASCII), re.findall(r"(?a:\w)+", "héllo"), re.findall(r"[\w]+", "héllo", re.A))
print(re.findall(r"\bwörld\b", "héllo wörld"), re.findall(r"\b\w", "héllo wörld", re.A))

# The cache: the same pattern object comes back; purge empties it.
a = re.compile(r"\d+")
print(a is re.compile(r"\d+"), a == re.compile(r"\d+"), a is re.compile(r"\d+", re.I), hash(a) == hash(re.compile(r"\d+")))
re.purge()
b = re.compile(r"\d+")
print(a is b, a == b, re.compile(a) is a, re.search(a, "x12").group())
try:
    re.compile(a, re.I)
except ValueError as e:
    print("ValueError:", e)
for flags, pattern in ((re.L, "a"), (re.A | re.U, "a"), (re.U, b"a")):
    try:
        re.compile(pattern, flags)
    except ValueError as e:
        print("ValueError:", e)
