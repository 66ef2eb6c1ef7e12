# The methods bytearray shares with bytes: results are bytearrays (always
# new objects) where CPython's are, and arguments may be any bytes-like
# object (bytes, bytearray, memoryview).

def attempt(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

B = bytearray(b'  Hello, World! hello  ')
for name, args in [
    ('find', (b'llo',)), ('find', (108,)), ('find', (b'llo', 6)), ('rfind', (b'llo',)), ('index', (b'W',)),
    ('rindex', (b'l', 0, 10)), ('count', (b'l',)), ('count', (bytearray(b'll'),)), ('count', (b'',)),
    ('startswith', (b'  H',)), ('startswith', ((b'x', bytearray(b'  ')),)), ('endswith', (memoryview(b'o  '),)),
    ('replace', (b'l', b'L')), ('replace', (b'l', b'L', 2)), ('replace', (b'zz', b'')), ('replace', (b'', b'.')),
    ('split', ()), ('split', (b',',)), ('split', (None, 1)), ('rsplit', (None, 1)), ('rsplit', (b'l', 2)),
    ('splitlines', ()), ('partition', (b',',)), ('partition', (b'#',)), ('rpartition', (b'l',)), ('rpartition', (b'#',)),
    ('strip', ()), ('lstrip', ()), ('rstrip', (b' o',)), ('strip', (bytearray(b' Hhe'),)),
    ('removeprefix', (b'  He',)), ('removeprefix', (b'x',)), ('removesuffix', (b'  ',)),
    ('lower', ()), ('upper', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()),
    ('isalpha', ()), ('isdigit', ()), ('isspace', ()), ('isalnum', ()), ('isascii', ()),
    ('islower', ()), ('isupper', ()), ('istitle', ()),
    ('center', (30, b'*')), ('ljust', (25,)), ('rjust', (25, bytearray(b'-'))), ('zfill', (26,)), ('center', (3,)),
    ('expandtabs', ()), ('hex', ()), ('hex', (':', 2)), ('decode', ()), ('decode', ('ascii',)),
    ('translate', (None, b'lo')), ('translate', (bytes.maketrans(b'lo', b'01'),)),
]:
    attempt(name + str(args), lambda: getattr(B, name)(*args))

print(bytearray(b'a\nb\r\nc').splitlines(True), bytearray(b'\t1\t22').expandtabs(4))
print(bytearray(b'-42').zfill(5), bytearray(b'x').join([b'a', bytearray(b'b'), memoryview(b'c')]))
print(b'-'.join([bytearray(b'a'), bytearray(b'b')]), b''.join([bytearray(b'xy')]), type(b''.join([bytearray(b'xy')])).__name__)
print(bytearray().join([]), type(bytearray().join([b'only'])).__name__)
print(bytearray.fromhex('de ad be ef'), type(bytearray.fromhex('')).__name__, bytearray.maketrans(b'a', b'b')[97])
print(bytearray(b'\xc3\xa9t\xc3\xa9').decode('utf-8'), bytearray(b'\xff').decode('latin-1'), bytearray(b'\xff').decode('utf-8', 'replace'))
print(b'abc'.find(bytearray(b'c')), b'abc'.replace(bytearray(b'b'), memoryview(b'B')), b'a,b'.split(bytearray(b',')))
print(b'abc'.startswith(bytearray(b'ab')), b'xabc'.strip(bytearray(b'xc')), b'abc'.partition(bytearray(b'b')))
x = bytearray(b'same')
y = x.replace(b'q', b'r')
z = x.strip()
print(y == x, y is x, z is x, x.split()[0] is x, x[:] is x)

attempt('find()', lambda: B.find())
attempt('find(str)', lambda: B.find('l'))
attempt('find(300)', lambda: B.find(300))
attempt('lower(1)', lambda: B.lower(1))
attempt('zfill()', lambda: B.zfill())
attempt('replace kw', lambda: B.replace(b'a', b'b', count=1))
attempt('split(1)', lambda: B.split(1))
attempt('split empty', lambda: B.split(b''))
attempt('join([1])', lambda: B.join([1]))
attempt('join str', lambda: B.join(['a']))
attempt('center fill', lambda: B.center(5, 'a'))
attempt('startswith(1)', lambda: B.startswith(1))
attempt('startswith strided', lambda: B.startswith(memoryview(b'abcd')[::2]))
attempt('decode(1)', lambda: B.decode(1))
attempt('decode bad', lambda: bytearray(b'\xff').decode())
attempt('fromhex bad', lambda: bytearray.fromhex('zz'))
attempt('fromhex int', lambda: bytearray.fromhex(1))
attempt('translate short', lambda: B.translate(b'ab'))
attempt('str()', lambda: str(bytearray(b'h\xc3\xa9'), 'utf-8'))
attempt('str() errors', lambda: str(bytearray(b'h\xff'), 'utf-8', 'ignore'))
