# json.loads errors: JSONDecodeError messages, positions, lineno/colno exactly as CPython 3.11 reports them
import json
cases = ['', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}', "{'a':1}", '"abc', '"a\nb"', '"\\x"', '"\\u12"', '"\\u12G4"', '"\\', '"\\u"', '[1]x', '[1] [2]', '1 2', 'nul', 'tru', 'True', 'NaN', '-Infinity', 'Infinity', '-', '-x', '01', '1.', '1.e5', '.5', '1e', '1e+', '-0', '1E400', '[1,2,,3]', '{"a":1 "b":2}', '"\t"', '\ufeff[]', '[\n1,\n2,\n]', '\n\n  x', '{"a":[1,{"b":}]}', '"\\ud800"', '"\\ud83d\\ude00"', '[-]', '{"":1}', '  [ 1 , 2 ]  ', '1.5e3', '-12.25E-2', '123456789012345678901234567890', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[1,\n  "a" : 2]', '{"a":1}}', '"\x7f"', '"\x1f"']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(c), '!!', type(e).__name__, e)
for b in [b'[1]', b'\xef\xbb\xbf[1]', '"\u00e9"'.encode('utf-8')]:
    try: print(repr(b), '->', repr(json.loads(b)))
    except Exception as e: print(repr(b), '!!', type(e).__name__, e)
try: json.loads(5)
except TypeError as e: print(e)
for bad in (5, None, [b"[]"]):
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
err = json.JSONDecodeError("Something odd", "line one\nline two\n", 13)
print(err, "|", err.msg, err.pos, err.lineno, err.colno, repr(err.doc), err.args)
print(err.__reduce__()[1], isinstance(err, ValueError), json.JSONDecodeError.__mro__)
try:
    json.loads('{"key": [1, 2, 3,]}')
except ValueError as e:
    print(type(e).__name__, type(e).__module__, e)
