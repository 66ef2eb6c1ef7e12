# sys.getsizeof of strs is CPython 3.11's (PEP 393): a 48-byte head and a
# byte per character plus a NUL for ASCII text; a 72-byte head and 1, 2 or 4
# bytes per character (Latin-1, BMP, astral) plus a NUL for the rest; the
# UTF-8 form counted once it is made. Strs made every way, at every length,
# and their sizes after the operations scripts use on them, which leave the
# UTF-8 form unmade as they do in CPython.
import sys

chars = {"ascii": "a", "latin1": "\xe9", "bmp": "\u20ac", "astral": "\U0001f600"}
for name, c in chars.items():
    for n in [0, 1, 2, 10, 100, 1000]:
        s = c * n
        print(name, n, sys.getsizeof(s), len(s))
mixes = ["a\xe9", "a\u20ac", "a\U0001f600", "\xe9\u20ac", "\u20ac\U0001f600", "a\xe9\u20ac\U0001f600", "\xff", "\u0100", "\uffff", "\U00010000"]
for m in mixes:
    for n in [1, 10, 100]:
        print(ascii(m), n, sys.getsizeof(m * n))

# Literals, and strs made by operations.
print("literals", sys.getsizeof("hello"), sys.getsizeof("h\xe9llo"), sys.getsizeof("h\u20acllo"), sys.getsizeof("h\U0001f600llo"))
text = "abc\xe9\u20ac\U0001f600xyz"
print("slices", [sys.getsizeof(text[i:j]) for i in range(0, 9, 2) for j in range(i, 10, 3)])
print("steps", sys.getsizeof(text[::2]), sys.getsizeof(text[::-1]), sys.getsizeof(text[1::3]), sys.getsizeof(text[:3:-1]))
print("index", [sys.getsizeof(c) for c in text], [sys.getsizeof(text[i]) for i in range(len(text))])
print("concat", sys.getsizeof("ab" + "cd"), sys.getsizeof(text[:3] + text[3:4]), sys.getsizeof(text[:3] + text[4:5]), sys.getsizeof(text[5:6] + text[:3]))
print("repeat", sys.getsizeof(text[:3] * 7), sys.getsizeof(text[3:5] * 7), sys.getsizeof(text * 3), sys.getsizeof(text * 0))
print("join", sys.getsizeof("".join(["ab", "cd"])), sys.getsizeof(", ".join(["a", "\xe9", "b"])), sys.getsizeof("\u20ac".join("abc")), sys.getsizeof("-".join([text, text])))
print("str(int)", [sys.getsizeof(str(n)) for n in [0, 7, 42, -1, 10 ** 9, 2 ** 100, -(10 ** 50)]])
print("repr", sys.getsizeof(repr(text)), sys.getsizeof(repr("plain")), sys.getsizeof(repr([text])), sys.getsizeof(ascii(text)))
who, price = "Zo\xeb", 3.5
print("f-strings", sys.getsizeof(f"{who}"), sys.getsizeof(f"hi {who}!"), sys.getsizeof(f"{price:.2f}\u20ac"), sys.getsizeof(f"{text[5]}{who}"), sys.getsizeof(f"{who:>10}"))
print("format", sys.getsizeof(format(who, "^9")), sys.getsizeof("{} {}".format(who, text)), sys.getsizeof("%s-%d" % (who, 5)), sys.getsizeof("{:*<8}".format("\u20ac")))
print("methods", sys.getsizeof(text.upper()), sys.getsizeof(text.lower()), sys.getsizeof(" \xe9 ".strip()), sys.getsizeof(text.replace("\u20ac", "E")),
      sys.getsizeof(text.replace("\U0001f600", "")), [sys.getsizeof(p) for p in text.split("\u20ac")], [sys.getsizeof(p) for p in "a \xe9 \u20ac".split()])
print("decode", sys.getsizeof(b"caf\xc3\xa9".decode()), sys.getsizeof(b"abc".decode()), sys.getsizeof(b"\xe2\x82\xac".decode("utf-8")), sys.getsizeof(str(b"\xe9", "latin-1")))
print("chr", sys.getsizeof(chr(65)), sys.getsizeof(chr(0xe9)), sys.getsizeof(chr(0x20ac)), sys.getsizeof(chr(0x1f600)))

# += grows a str in place; the size is the text's, as after CPython's resize.
s = ""
sizes = []
for c in "ab\xe9c\u20acd\U0001f600e":
    s += c
    sizes.append(sys.getsizeof(s))
print("+=", sizes)
s = ""
for i in range(200):
    s += "x\xe9"[i % 2]
print("+= loop", sys.getsizeof(s), len(s))

# Operations that read a str leave its size alone.
for s in ["plain text", "caf\xe9 cr\xe8me", "\u20ac 12,50", "smile \U0001f600!"]:
    before = sys.getsizeof(s)
    seen = [len(s), s[0], s[-1], s[2:5], s[::-1], list(s), hash(s) == hash(s[:]), s == "x", s != "y", s < "z", s > "\xe9",
            "e" in s, s in "xyz", str(s) is s, repr(s), ascii(s), f"{s}|{s!r}", f"{s:>20}", format(s, "^30"), "%s %r" % (s, s),
            "{}{}".format(s, s), " / ".join([s, s]), s + s, s * 2, s.split(), s.split(" "), s.find("\xe9"), s.rfind(" "), s.count("e"),
            s.index(s[1]), s.replace(" ", "_"), s.upper(), s.lower(), s.title(), s.strip("!"), s.startswith("c"), s.endswith("!"),
            s.partition(" "), s.center(20, "*"), s.zfill(15), s.isalpha(), s.isprintable(), s.encode(), s.encode("ascii", "replace"),
            {s: 1}[s], s in {s}, sorted([s, "b", "\u20ac"]), max(s), min(s), [ord(c) for c in s], sys.intern(s) is s]
    print(s, file=sys.stderr)
    print(s)
    sys.stdout.write(s + "\n")
    print(ascii(s), before, sys.getsizeof(s), len(seen))

# Where CPython makes the UTF-8 form, so does minipy: compiling source text,
# naming a class, passing a codec's errors name.
src = "'\xe9t\xe9'"
before = sys.getsizeof(src)
print("eval", eval(src), before, sys.getsizeof(src))
name = "Caf\xe9"
before = sys.getsizeof(name)
cls = type(name, (), {})
print("type", cls.__name__, before, sys.getsizeof(name), sys.getsizeof(cls.__name__))
errors = "stri\xe7t"
before = sys.getsizeof(errors)
print("errors name", "x".encode("utf-8", errors), before, sys.getsizeof(errors))
print("__sizeof__", "".__sizeof__(), "a".__sizeof__(), "\xe9".__sizeof__(), "\u20ac\u20ac".__sizeof__())
