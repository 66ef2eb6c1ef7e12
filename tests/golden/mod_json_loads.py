# json.loads and load: values, escapes, numbers, hooks (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), strict, raw_decode
import json

doc = '''
{
  "name": "minipy",
  "version": [3, 11, 7],
  "ratio": 0.25,
  "big": 123456789012345678901234567890,
  "exp": -1.5e-3,
  "flags": {"debug": false, "fast": true, "extra": null},
  "text": "tab\\there \\"quoted\\" \\u00e9\\u4e2d \\ud83d\\ude00 back\\\\slash \\/",
  "empty": {}, "none": []
}
'''
data = json.loads(doc)
for key, value in data.items():
    print(key, ascii(value), type(value).__name__)
print(json.loads("3"), json.loads("-0"), json.loads("0.5"), json.loads("1E2"), json.loads(" \t\n\r true \n"))
print(json.loads('"\\u0041\\u00DF\\uD834\\uDD1E"') == "A\u00df\U0001d11e", json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[[[]]]'), json.loads('{"": ""}'))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(b'\xef\xbb\xbf[1]'), json.loads('"\u00e9"'.encode()))

# Hooks.
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs wins"))
print(json.loads('[1, 2.5, 1e3, -7]', parse_int=lambda t: "int:" + t, parse_float=lambda t: "float:" + t))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda name: name.lower()))
print(json.loads('1.10', parse_float=str), json.loads('[1.0]', parse_float=float))

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
def as_point(d):
    return Point(d["x"], d["y"]) if set(d) == {"x", "y"} else d
print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))

# Keys repeated across objects are one str object (the memo).
rows = json.loads('[{"identifier": 1}, {"identifier": 2}]')
print(list(rows[0])[0] is list(rows[1])[0])

# strict=False allows control characters inside strings.
print(ascii(json.loads('"a\tb\nc"', strict=False)), ascii(json.JSONDecoder(strict=False).decode('["\x01"]')))

decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": 1} trailing text'), decoder.raw_decode("xx[1, 2]yy", 2))
print(decoder.decode("  [1]  "), decoder.parse_float, decoder.parse_int, decoder.strict, decoder.object_hook)

class Reader:
    def __init__(self, text): self.text = text
    def read(self): return self.text
print(json.load(Reader('{"from": "reader"}')), json.load(Reader('[1.5]'), parse_float=str))
