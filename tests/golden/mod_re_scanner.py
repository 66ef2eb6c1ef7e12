# Pattern.scanner(): match() and search() that go on from the last match;
# re.Scanner: a lexer from (pattern, action) pairs.
import re

digits = re.compile(r"\d+")
sc = digits.scanner("ab12cd345e6")
print(sc.pattern is digits)
print([m.group() for m in iter(sc.search, None)])
print(sc.search(), sc.search())

sc = digits.scanner("12 34")
first = sc.match()
print(first.group(), first.span(), first.pos, first.endpos, sc.match())

empty = re.compile(r"x*").scanner("axxb")
print([(m.start(), m.end()) for m in iter(empty.search, None)])
bounded = re.compile(r"\w").scanner("abcdef", 2, 4)
print([m.group() for m in iter(bounded.search, None)])

tokens = re.Scanner([
    (r"[0-9]+(\.[0-9]+)?", lambda scanner, token: ("NUMBER", float(token))),
    (r"[a-z_]\w*", lambda scanner, token: ("NAME", token)),
    (r"[-+*/=()]", lambda scanner, token: ("OP", token)),
    (r"\s+", None),
])
print(tokens.scan("x1 = (3.5 + y) * 2"))
print(tokens.scan("a + $b"))
print(tokens.scan(""))

upper = re.Scanner([(r"[a-z]+", lambda s, t: t.upper()), (r",", None)], re.IGNORECASE)
print(upper.scan("Hello,World,again!"))
kept = re.Scanner([(r"a", "A"), (r"b", None), (r"", "never")])
print(kept.scan("abac"))
try:
    digits.scanner(b"12")
except TypeError as e:
    print("TypeError:", e)
