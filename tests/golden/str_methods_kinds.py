# str methods on text of each PEP 393 kind (ASCII, Latin-1, UCS-2, UCS-4):
# results, their kinds (via isascii and sys.getsizeof), special casings,
# empty and one-character strs, needles wider than the text, and the
# results CPython returns as the very object it was given.
import sys

ASCII = "Hello World, the quick brown fox 123"
LATIN1 = "Crème brûlée à Zürich: Ærø ß ÿ µ"
BMP = "Prix 12€ — naïve ΣΊΣΥΦΟΣ ΑΣ ΣΑΣ. İstanbul ǅ ǈ"
ASTRAL = "Gâteau 😀 basque, Ramen 🍜 spécial € 𐐀𐐨"
TEXTS = [("", ""), ("one", "a"), ("one-latin1", "é"), ("one-bmp", "€"), ("one-astral", "😀"),
         ("ascii", ASCII), ("latin1", LATIN1), ("bmp", BMP), ("astral", ASTRAL)]


def show(label, r):
    if isinstance(r, str):
        print(f"  {label}: {r!r} ascii={r.isascii()} size={sys.getsizeof(r)}")
    else:
        print(f"  {label}: {r!r}")


print("== case mapping")
for name, s in TEXTS:
    print(name)
    for m in ("lower", "upper", "casefold", "title", "capitalize", "swapcase"):
        show(m, getattr(s, m)())
    print("  preds:", [getattr(s, p)() for p in ("isalpha", "isalnum", "isdecimal", "isdigit",
                                                 "isnumeric", "isspace", "islower", "isupper",
                                                 "istitle", "isprintable", "isidentifier")])

print("== special casings")
for s in ["ß", "straße", "İ", "İi", "ΣΑΣ", "ΑΣ Σ", "Σ", "aΣ", "aΣb", "aΣ'", "ﬁ", "ﬁre ﬂy", "ǅungla", "ǉ",
          "ŉ", "ǰ", "ΐ", "ᾳ", "ﬀ", "ı", "ſ", "K", "Å", "ÿ", "µ", "ǈa", "1st 2nd", "o'neil", "ÉCOLE"]:
    print(repr(s), [getattr(s, m)() for m in ("lower", "upper", "casefold", "title", "capitalize", "swapcase")],
          [len(getattr(s, m)()) for m in ("lower", "upper", "casefold")])

print("== kinds that shrink or grow")
for s, m in [("Ā", "lower"), ("ā", "upper"), ("ÿ", "upper"), ("ǅ", "lower"), ("µ", "upper"), ("ı", "upper"),
             ("ſ", "upper"), ("K", "lower"), ("Å", "lower"), ("𐐀", "lower"), ("ﬁ", "upper"), ("ß", "upper"),
             ("éÿ", "upper"), ("aı", "upper"), ("Ωa", "lower"), ("ᾳ", "upper")]:
    show(f"{s!r}.{m}()", getattr(s, m)())

print("== search")
NEEDLES = ["", "o", "é", "€", "😀", "🍜", "Σ", "ΣΑΣ", "World", "zzz", "ée", "€ —", "\x00", "Ā", "😀 b"]
for name, s in TEXTS:
    print(name)
    for n in NEEDLES:
        print("  ", repr(n), s.find(n), s.rfind(n), s.count(n), n in s, s.find(n, 3), s.rfind(n, 0, 10),
              s.count(n, 2, -2), s.startswith(n), s.endswith(n), s.startswith(n, 1), s.endswith(n, 0, -1))
    for n in ["o", "é", "€", "😀", "zzz"]:
        try:
            print("   index", repr(n), s.index(n), s.rindex(n))
        except ValueError as e:
            print("   index", repr(n), e)
    print("   startswith tuple", s.startswith(("x", "C", "P", "G", "H")), s.endswith(("2", "3", "𐐨", "ǈ")))

print("== replace")
for name, s in TEXTS:
    print(name)
    for old, new in [("o", "0"), ("é", "e"), ("é", ""), ("€", "EUR"), ("😀", ":)"), ("😀", "€"), ("e", "é"),
                     ("e", "😀"), (" ", ""), ("", "-"), ("zzz", "y"), ("Σ", "s"), ("ΣΑΣ", "")]:
        r = s.replace(old, new)
        show(f"replace({old!r}, {new!r})", r)
        show(f"replace({old!r}, {new!r}, 1)", s.replace(old, new, 1))
    print("  same object:", s.replace("zzz", "y") is s, s.replace("o", "o") is s, s.replace("o", "0", 0) is s)
t = "é" * 3 + "a"
show("all é removed", t.replace("é", ""))
show("all é to e", t.replace("é", "e"))
show("€ to é", "€a€".replace("€", "é"))
show("😀 to Ā", "😀é😀".replace("😀", "Ā"))
show("grow to astral", "abc".replace("b", "😀"))
show("one char result", "xé".replace("é", ""))
show("empty result", "éé".replace("é", ""))

print("== split and join")
for name, s in TEXTS:
    print(name)
    print("  split()", s.split(), s.split(None, 2), s.rsplit(None, 2))
    for sep in [" ", "é", "€", "😀", "zz", ", "]:
        print("  ", repr(sep), s.split(sep), s.rsplit(sep, 1), s.partition(sep), s.rpartition(sep))
    print("  splitlines", (s + "\nline2\r\nline3\u2028x\x85y").splitlines(),
          (s + "\r\n").splitlines(True))
    print("  join", "·".join(s.split()), "".join([s, s]) == s + s, "😀".join(["a", "é"]))
print("  whitespace", "a\t b\x1c c\x85d\u3000e\u2029f".split(), " \x1f x\u00a0".strip())
w = "whole"
print("  same object:", w.split()[0] is w, w.split("z")[0] is w, w.rsplit("z")[0] is w, w.splitlines()[0] is w)

print("== strip and padding")
for name, s in TEXTS:
    print(name)
    padded = "  \t" + s + "\u3000\n"
    show("strip", padded.strip())
    show("lstrip", padded.lstrip())
    show("rstrip", padded.rstrip())
    show("strip chars", s.strip("HeCPG😀𐐨d3"))
    show("center", s.center(len(s) + 5))
    show("center é", s.center(len(s) + 4, "é"))
    show("ljust €", s.ljust(len(s) + 3, "€"))
    show("rjust 😀", s.rjust(len(s) + 2, "😀"))
    show("zfill", s.zfill(len(s) + 3))
    print("  same object:", s.center(len(s)) is s, s.ljust(0) is s, s.zfill(1) is s, s.strip("\x00") is s)
show("zfill sign", "-é".zfill(5))
show("zfill plus", "+😀".zfill(4))
show("center of empty", "".center(1))

print("== format")
for name, s in TEXTS:
    show("format", "<{}|{!r}|{:>3}|{:é^9}>".format(s, s, s[:2], s[:3]))
    print("  same object:", "{}".format(s) is s, f"{s}" is s, "{:1}".format(s) is s)
show("nested", "{0:{1}^{2}}".format("é", "€", 7))
show("braces", "{{é}} {}".format("😀"))

print("== encode and decode")
for name, s in TEXTS:
    b = s.encode("utf-8")
    print(name, b, b.decode("utf-8") == s, len(s.encode("utf-8", "surrogatepass")))
    for enc in ("latin-1", "ascii"):
        for err in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
            try:
                print("  ", enc, err, s.encode(enc, err))
            except UnicodeEncodeError as e:
                print("  ", enc, err, e)
for s in ["\ud800", "a\udc80b", "é\udcff😀"]:
    for err in ("strict", "surrogatepass", "surrogateescape", "replace"):
        try:
            print(repr(s), err, s.encode("utf-8", err))
        except UnicodeEncodeError as e:
            print(repr(s), err, e)
for b in [b"", b"abc", b"caf\xc3\xa9", b"\xe2\x82\xac" * 3, b"\xf0\x9f\x98\x80!", b"abcdefghijklmnopq\xff",
          b"\xed\xa0\x80", b"x" * 17 + b"\xe2\x82"]:
    for err in ("strict", "replace", "ignore", "surrogateescape"):
        try:
            r = b.decode("utf-8", err)
            print(b, err, repr(r), sys.getsizeof(r))
        except UnicodeDecodeError as e:
            print(b, err, e)

print("== translate and slicing")
class Loud(dict):
    def __getitem__(self, key):
        print("get", key, end=" ")
        return dict.__getitem__(self, key)
for name, s in TEXTS:
    show("translate", s.translate({ord("o"): "0", ord("é"): None, ord("€"): "E", ord("e"): "😀"}))
    show("translate ascii", s.translate({ord("o"): None, ord("l"): "L"}))
    show("every 2nd", s[::2])
    show("reversed", s[::-1])
    show("every 3rd from 1", s[1::3])
print(repr("abcabc".translate(Loud({97: "A", 98: None, 99: "cc"}))))
print(repr("aébbc".translate(Loud({98: None, 99: 100}))))
for t in [{97: 0x110000}, {97: -1}, {97: 1.5}]:
    try:
        "abc".translate(t)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print("== one-character results")
c, e = chr(97), chr(233)
print(c.lower() is c, c.upper().lower() is c, e.lower() is e, e.casefold() is e, "xa".replace("x", "") is c,
      "ab"[::2] is c, "éb"[::2] is e, "{}".format(c) is c)
