# re.sub / subn / split / findall / finditer: templates with groups,
# replacement functions, the empty-match rules of Python 3.7+.
import re

# Templates: \1, \g<name>, \g<0>, escapes.
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@site.com, ann@corp.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Jane Doe"))
print(re.sub(r"\d+", r"<\g<0>>", "a1b22c333"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"), re.sub(r"(a)", r"\1\n", "xay"))
print(repr(re.sub(r"x", r"\t|\\|\.", "axb")), repr(re.sub("a", r"\0\101", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"(\d+)/(\d+)/(\d+)", r"\3-\1-\2", "due 12/25/2023 and 01/02/2024"))

# Functions.
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "hello world"))
print(re.sub(r"\$(\w+)", lambda m: {"name": "Ann", "city": "Oslo"}.get(m.group(1), m.group()), "$name lives in $city, not $moon"))
def snake(m):
    return "_" + m.group(1).lower()
print(re.sub(r"([A-Z])", snake, "parseHttpRequestLine"))
print(repr(re.sub("a", lambda m: None, "banana")))

# count, subn.
print(re.sub("a", "o", "banana", 2), re.sub("a", "o", "banana", count=1))
print(re.subn(r"\s+", " ", "a  b \t c\n\nd"), re.subn("z", "", "abc"))
text, n = re.subn(r"(?i)cat", "dog", "Cat cat CAT")
print(text, n)

# split.
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(,)", "a,b,c"), re.split(",", "a,b,c", maxsplit=1), re.split(",", "a,b,c", 1))
print(re.split(r"(?:x)|(y)", "axbyc"), re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.split("x", ""), re.split("x*", ""), re.split(",", "a,,b,"))

# findall: no groups, one group, several groups.
print(re.findall(r"\d+", "12 apples and 34 pears"))
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"))
print(re.findall(r"(\w+)@", "joe@x ann@y"), re.findall(r"(a)|b", "ab"))
print(re.findall(r"#(\w+)", "no tags"), re.findall(r"[A-Z]\w*", "The Quick brown Fox"))

# finditer.
for m in re.finditer(r"(?P<word>\w+)", "to be or not"):
    print(m.start(), m.end(), m["word"])
it = re.compile(r"\d").finditer("a1b2c3d4", 2, 6)
print([m.group() for m in it])

# Empty matches (Python 3.7+: allowed next to a previous match).
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("a*", "-", "baac"))
print(re.split("", "abc"), re.split(r"\b", "a b"), re.split(r"\s*", " a b "), re.split("x*", "axbc"))
print(re.findall("", "ab"), re.findall(r"\w*", "ab cd"), re.findall("a|", "bab"))
print([m.span() for m in re.finditer(r"a*", "baaca")], re.subn(r"\b", "|", "hi there"))

# bytes patterns.
print(re.findall(rb"\w+", b"ab cd"), re.sub(b"a", b"o", b"banana"), re.split(rb"\s", b"a b"))
m = re.search(rb"(?P<n>\d+)", b"id: 42")
print(m, m.group("n"), m.groupdict())
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.escape(b"a.b"))

# escape.
print(re.escape("a.b*c?d e-f"), re.escape("1+1=2"), re.escape("path/to/file.txt"), re.escape("!#$%&~"))
words = ["c++", "node.js", "f(x)"]
print(re.findall("|".join(map(re.escape, words)), "i know c++ and node.js and f(x)"))
