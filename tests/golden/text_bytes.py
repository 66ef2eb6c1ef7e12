# bytes: literals, repr, indexing (ints), slicing, methods, encoding round
# trips and the codec errors' messages and attributes.
data = b"Hello\x00\xff 'quoted'"
print(data, len(data), data[0], data[-1], data[1:5], data[::-1], list(data[:3]))
print(b"it's", b'say "x"', b"both ' \"", bytes(3), bytes([65, 66, 67]), bytes(range(3)))
print(b"abc" + b"def", b"ab" * 3, 98 in b"abc", b"bc" in b"abc", b"a" < b"b", b"abc" == b"abc")
print(b"a,b,,c".split(b","), b"  a b ".split(), b"xxhixx".strip(b"x"), b"a-b".replace(b"-", b"+"))
print(b"hello".upper(), b"HeLLo".lower(), b"hello world".title(), b"abc".hex(), b"abcdef".hex(":", 2))
print(bytes.fromhex("de ad be ef"), b"abc".find(b"c"), b"abc".count(b""), b",".join([b"x", b"y"]))
print(b"123".isdigit(), b"abc".isalpha(), b"  ".isspace(), b"Ab Cd".istitle(), b"\xff".isascii())
print(b"%s=%d (%5.1f) %r" % (b"key", 42, 2.5, b"v"))

text = "naïve café 😀"
for enc in ["utf-8", "latin-1", "ascii"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, "|", e.encoding, e.start, e.end, e.reason)
raw = text.encode()
print(raw.decode(), raw.decode("latin-1"), raw[:-1].decode("utf-8", "replace"))
for blob in [b"\xff", b"ok\xc3", b"\xe2\x82(", b"\xed\xa0\x80", b"\x80abc"]:
    for enc in ["utf-8", "ascii"]:
        try:
            print(blob.decode(enc))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e, "|", e.object, e.start, e.end)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc"), b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
for expr in ['b"a" + "b"', 'b"abc"[3]', 'b"a".decode("nope")', 'bytes([256])', 'bytes("abc")', '"a" in b"abc"',
             'bytes.fromhex("zz")', 'b"%s" % "x"', 'bytes(-1)', 'b"abc".index(b"z")']:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)
