# str behaviour a script can observe: methods, slicing, identity of shared
# strings, formatting in all three styles, and the errors' messages.
import sys

s = "Hello, Wörld! 😀"
print(len(s), s.upper(), s.lower(), s.swapcase(), s.title())
print(s[0], s[-1], s[7:12], s[::-1], s[::3])
print(s.find("ö"), s.index("l"), s.rfind("l"), s.count("l"))
print(s.split(), s.split(",", 1), s.partition(" "), s.rpartition("l"))
print(s.replace("l", "L", 2), s.startswith(("x", "He")), s.endswith("😀"))
print(s.center(21, "*"), s.ljust(18, "."), s.rjust(18), "-42".zfill(6))
print("  spaced out  ".strip(), "xxhixx".strip("x"), "\tTab\n".lstrip(), "abc".rstrip("c"))
print(",".join(["a", "b", "c"]), "".join(reversed("stressed")))
print("ΣΑΣ ΟΔΟΣ".lower(), "straße".upper(), "ß".casefold(), "ǆemal".title())
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4))
print("Python".isalpha(), "123".isdigit(), "½".isnumeric(), "٣".isdecimal(), " ".isspace())
print("_id1".isidentifier(), "1id".isidentifier(), "Title Case".istitle(), "a\x00".isprintable())
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"))

# repr picks quotes and escapes like CPython
for t in ["it's", 'say "hi"', "both ' and \"", "tab\there", "nul\x00", "\x7f\x80\xa0", "é😀", "\u200b", "\ud800"]:
    print(repr(t), ascii(t))

# shared objects
# (one-character *literals* are left out: which of them CPython shares
# depends on what its start-up happened to intern)
word, other, empty = "abc", "xay", ""
print(word[0] is other[1], word[0] is chr(97), word[1:2] is word[1], word[:] is word, (word + empty) is word,
      str(word) is word, empty is str())
print(sys.intern("hel" + "lo world") is sys.intern("hello world"))

# formatting
name, n, x = "Ada", 42, 3.14159
print(f"{name!r:>8}|{n:05d}|{x:.2f}|{n:#x}|{n:,}|{x:e}|{name:^9}|{'é':*<4}")
print("{0}-{1}-{0}".format("a", "b"), "{name} is {age}".format(name="Bob", age=30))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), "{0[1]} {1.real}".format([5, 6], 7))
print("{{literal}} {}".format(1), format(1234567.891, ",.2f"), format("ab", "x^6"))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.25))
print("%-6s|%6s|%06.2f|%+d|%x|%o|%c|%r" % ("l", "r", 3.14159, 5, 255, 8, 65, "q"))
print("%(a)s and %(b)s" % {"a": 1, "b": 2}, "%%done%%" % ())

# errors
for expr in ['"a" + 1', '"abc"[5]', 'word[1.5]', '1 in "abc"', '"x".index("y")', '"{".format()',
             '"{} {}".format(1)', '"{0}{}".format(1, 2)', '"%d" % "x"', '"%s %s" % (1,)', '"%s" % (1, 2)',
             '"%y" % 1', 'format("a", "d")', 'format("a", "+")', '"a".center(3, "xy")', '",".join([1])',
             '"é".encode("ascii")', 'b"\\xff".decode()', 'str(b"\\xc3", "utf-8")', '"a" * 1.5']:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)
