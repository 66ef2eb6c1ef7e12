# re as everyday scripts use it: parsing log lines, pulling fields out of
# text, validating input, and the Match and Pattern objects themselves.
import re

# Parsing Apache-style access log lines.
LOG = re.compile(r'(?P<host>\S+) \S+ \S+ \[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)')
lines = [
    '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.7 - bob [11/Oct/2000:09:01:02 -0700] "POST /login HTTP/1.1" 302 -',
    'garbage line',
    '192.168.1.20 - - [12/Oct/2000:23:59:59 -0700] "GET /index.html HTTP/1.1" 404 512',
]
statuses = {}
for line in lines:
    m = LOG.match(line)
    if m is None:
        print("skipped:", line)
        continue
    print(m.group("host"), m["method"], m.group("path"), m.group("status", "size"))
    statuses[m["status"]] = statuses.get(m["status"], 0) + 1
print(sorted(statuses.items()))
m = LOG.match(lines[0])
print(m.groupdict())
print(m.span("path"), m.start("status"), m.end("status"), m.lastgroup, m.lastindex)
print(LOG.groups, sorted(LOG.groupindex.items()), LOG.groupindex["when"])

# The Match object.
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.span(), m.span(1), m.start(), m.end(2), m.regs)
print(m.re, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(bool(m), type(m).__name__, type(m))
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups(""), m.group(2), m.span(2), m.start(3), m.lastindex)
m = re.match(r"(?P<key>\w+)(?:=(?P<value>\w+))?", "verbose")
print(m.groupdict(), m.groupdict("-"), m.lastgroup)
long = re.search(r"x+", "a" + "x" * 80)
print(long)
for bad in (3, -1, "nope"):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)

# search / match / fullmatch, and pos / endpos.
print(re.search(r"\d+", "abc 123 def"), re.match(r"\d+", "abc 123"), re.match(r"abc", "abc 123"))
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
digits = re.compile(r"\d+")
print(digits.search("ab12cd345", 5), digits.search("ab12cd345", 0, 3), digits.match("ab12", 2))
print(digits.fullmatch("a123b", 1, 4), digits.search("12", 5), digits.search("12", -3), digits.search("123", 2, 1))
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
m = digits.search("xx 42 yy", 1, 6)
print(m, m.pos, m.endpos)

# Validating input.
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for address in ("joe@example.com", "ann.lee+tag@mail.co.uk", "bad@", "@bad.com", "no spaces@x.org"):
    print(address, bool(EMAIL.match(address)))
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
for text in ("2023-07-14", "2023-7-14", "on 1999-12-31 at noon"):
    m = DATE.search(text)
    print(text, m and tuple(int(g) for g in m.groups()))
print(re.match(r"^\s*$", "   "), re.match(r"^\s*$", " x "))

# Unicode text.
print(re.findall(r"\w+", "héllo wörld, naïve café"))
print(re.search("é+", "caféé!"), re.sub("ö", "oe", "Köln Görlitz"))
m = re.search(r"(\w+)$", "日本語のテキスト")
print(m, m.span(1))
print(re.findall(r"\d", "١٢3"), re.findall(r"\s", "a\u00a0b\u2003c"))
print(re.split(r"\s+", "uno  dos\ttres\ncuatro"))

# Pattern and Match are read-only and made only by re.
p = re.compile(r"(?P<word>\w+)")
m = p.match("hello")
for obj, name in ((p, "pattern"), (p, "flags"), (p, "groups"), (m, "string"), (m, "pos")):
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(re.Pattern[str], re.Match[bytes], isinstance(p, re.Pattern), isinstance(m, re.Match))
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m, {p: 1}[re.compile(r"(?P<word>\w+)")])
print(re.split("a", "banana", -1), re.sub("a", "o", "banana", -1), re.subn("a", "o", "banana", count=-3))
