# json's C scanner and string escaping agree with the Python ones (json.scanner.py_make_scanner, py_scanstring, py_encode_basestring*), also on non-ASCII text
import json
import json.decoder
import json.encoder
import json.scanner

def decoder_with(make_scanner, **options):
    decoder = json.JSONDecoder(**options)
    decoder.scan_once = make_scanner(decoder)
    return decoder

def outcome(decoder, doc):
    try:
        return ("ok", decoder.decode(doc))
    except json.JSONDecodeError as e:
        return ("error", str(e))
    except RecursionError:
        return ("error", "RecursionError")

docs = [
    '{"caf\u00e9": ["\u00fc", "\u4e2d\u6587", "\U0001f600"], "n": -12.5e+3}',
    '["\u00e9\u00e9\u00e9", x]',
    '{"\u00e9": 1,, }',
    '"\u00e9\\q"',
    '["\u00e9",\n "\u00e8" "\u00ea"]',
    '"unterminated \u00e9',
    '[1, 2, 3] \u00e9',
    '{"a": [true, false, null, NaN, Infinity, -Infinity, 0, -0, 1e-5, 123456789012345678901234567890]}',
    '"\\ud83d\\ude00 \\ud800 \\udc00 \\u00e9 \\/ \\b\\f\\n\\r\\t"',
    '"\\ud83d\\u12"',
    '[-]', '[1.]', '01', '"\x1f"', '', '   ', '{"k":1}{"k":2}',
]
c_decoder = decoder_with(json.scanner.c_make_scanner)
py_decoder = decoder_with(json.scanner.py_make_scanner)
for doc in docs:
    c, py = outcome(c_decoder, doc), outcome(py_decoder, doc)
    print(ascii(doc), c[0], ascii(c[1]), "same" if c == py or str(c) == str(py) else "DIFFERENT: " + ascii(py))

hooks = dict(object_pairs_hook=lambda pairs: ("pairs", pairs), parse_float=lambda t: "f" + t,
             parse_int=lambda t: "i" + t, parse_constant=lambda t: "c" + t)
doc = '{"x": [1, 2.5, NaN], "y": {"z": -Infinity}}'
print(decoder_with(json.scanner.c_make_scanner, **hooks).decode(doc))
print(decoder_with(json.scanner.py_make_scanner, **hooks).decode(doc))
print(decoder_with(json.scanner.c_make_scanner, strict=False).decode('"a\tb"') ==
      decoder_with(json.scanner.py_make_scanner, strict=False).decode('"a\tb"'))

for scan in (json.decoder.c_scanstring, json.decoder.py_scanstring):
    print(scan('"abc" tail', 1), scan('x"\u00e9\\n\u00e8"', 2), scan('"a\tb"', 1, False))
    try:
        scan('"abc', 1)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)

texts = ["plain", 'quote " backslash \\ slash /', "controls \x00\x01\x1f\x7f\n\r\t\b\f",
         "caf\u00e9 \u4e2d \U0001f600 \u2028", "\ud800 lone"]
for text in texts:
    c_ascii = json.encoder.c_encode_basestring_ascii(text)
    py_ascii = json.encoder.py_encode_basestring_ascii(text)
    c_plain = json.encoder.c_encode_basestring(text)
    py_plain = json.encoder.py_encode_basestring(text)
    print(c_ascii, c_ascii == py_ascii, ascii(c_plain), c_plain == py_plain)
print(type(c_decoder.scan_once).__name__, type(c_decoder.scan_once).__module__)

# encode() without indent goes through the C encoder; joining iterencode's pieces is the Python one.
class Celsius(float):
    pass
class Count(int):
    pass
def fallback(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
values = [
    {"b": [1, 2.5, None, True, False], "a": {"nested": ("t", "u")}, "c": "caf\u00e9\n"},
    {1: "int key", 2.5: "float key", None: "none", True: "yes", False: "no"},
    [Celsius(21.5), Count(7), float("nan"), float("-inf"), 10 ** 40, -0.0],
    {"set": {3, 1, 2}},
    [[[[[]]]], {}, [], ""],
]
for options in [{}, {"sort_keys": True}, {"separators": (",", ":")}, {"ensure_ascii": False},
                {"default": fallback}, {"skipkeys": True}]:
    encoder = json.JSONEncoder(**options)
    for value in values:
        try:
            one_shot = encoder.encode(value)
        except (TypeError, ValueError) as e:
            one_shot = type(e).__name__ + ": " + str(e)
        try:
            pieces = "".join(encoder.iterencode(value))
        except (TypeError, ValueError) as e:
            pieces = type(e).__name__ + ": " + str(e)
        print(ascii(one_shot), "same" if one_shot == pieces else "DIFFERENT: " + ascii(pieces))

loop = [1]
loop.append(loop)
for bad in [loop, {(1, 2): 0}, [float("inf")], object(), {"k": {1, 2}}]:
    for check in (json.JSONEncoder(allow_nan=False), json.JSONEncoder(default=fallback, allow_nan=False)):
        results = []
        for run in (check.encode, lambda v: "".join(check.iterencode(v))):
            try:
                results.append(run(bad))
            except (TypeError, ValueError) as e:
                results.append(type(e).__name__ + ": " + str(e))
        print(results[0], "same" if results[0] == results[1] else "DIFFERENT: " + results[1])
try:
    json.dumps([10 ** 5000])
except ValueError as e:
    print("ValueError:", e)
print(json.JSONEncoder(check_circular=False).encode([[1], [1]]))
