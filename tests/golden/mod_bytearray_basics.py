# bytearray: construction, repr, indexing, slice assignment and deletion,
# the mutating methods, operators and their error messages (CPython 3.11).

def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

print(bytearray(), bytearray(b'abc'), bytearray(5), bytearray(range(5)))
print(bytearray('é', 'utf-8'), bytearray('abc', 'ascii'), bytearray([65, 66]), bytearray((1, 2)))
print(bytearray(iter([104, 105])), bytearray(bytearray(b'xy')), bytearray(memoryview(b'mv')))
print(bytearray(b'it\'s "q"\n\x00\xff'), str(bytearray(b'a')), repr(bytearray(b"'")))
print(bytearray(True), bytearray([True, False]))
attempt('str no encoding', lambda: bytearray('abc'))
attempt('encoding no str', lambda: bytearray(b'abc', 'utf-8'))
attempt('errors only', lambda: bytearray(errors='strict'))
attempt('negative', lambda: bytearray(-1))
attempt('float', lambda: bytearray(1.5))
attempt('big item', lambda: bytearray([1, 256]))
attempt('str item', lambda: bytearray(['a']))
attempt('bad encoding type', lambda: bytearray('a', 1))
attempt('unknown codec', lambda: bytearray('a', 'nope'))

b = bytearray(b'hello world')
print(len(b), b[0], b[-1], b[1:5], b[::2], b[::-1], b[5:1], type(b[1:3]).__name__)
attempt('index out of range', lambda: b[20])
attempt('index str', lambda: b['a'])
b[0] = 72
b[-1] = ord('D')
print(b)
attempt('set 256', lambda: b.__setitem__(0, 256))
attempt('set -1', lambda: b.__setitem__(0, -1))
attempt('set str', lambda: b.__setitem__(0, 'a'))
attempt('set out of range', lambda: b.__setitem__(11, 1))
b[0:5] = b'HOWDY'
print(b)
b[5:6] = b'___'
print(b)
b[:0] = b'>> '
print(b)
b[3:3] = [1, 2, 3]
print(b)
b[3:6] = bytearray()
print(b)
b[::2] = b'x' * len(b[::2])
print(b)
attempt('extended size', lambda: b.__setitem__(slice(None, None, 2), b'ab'))
attempt('slice from int', lambda: b.__setitem__(slice(0, 2), 5))
attempt('slice from str', lambda: b.__setitem__(slice(0, 2), 'ab'))
b[5:1] = b'!'
print(b)
b[:] = b
print(b)
b[2:4] = memoryview(b'MV')
print(b)
del b[0]
print(b)
del b[:2]
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
del b[::-2]
print(b)
attempt('del out of range', lambda: b.__delitem__(100))

c = bytearray(b'abc')
c.append(100)
c.extend(b'ef')
c.extend([103, 104])
c.extend(bytearray(b'i'))
c.extend(x for x in b'jk')
c.extend(c)
print(c)
c.insert(0, 48)
c.insert(-1, 49)
c.insert(100, 50)
c.insert(-100, 51)
print(c)
print(c.pop(), c.pop(0), c.pop(-2), c)
c.remove(ord('a'))
print(c)
c.reverse()
print(c)
d = c.copy()
print(d == c, d is c, type(d).__name__)
c.clear()
print(c, d)
attempt('append 256', lambda: c.append(256))
attempt('append str', lambda: c.append('a'))
attempt('append none', lambda: c.append())
attempt('extend int', lambda: c.extend(5))
attempt('extend str', lambda: c.extend('ab'))
attempt('extend bad', lambda: c.extend([1, 300]))
attempt('pop empty', lambda: c.pop())
attempt('pop range', lambda: bytearray(b'a').pop(5))
attempt('remove missing', lambda: bytearray(b'a').remove(98))
attempt('insert str', lambda: c.insert('a', 1))
attempt('insert value', lambda: c.insert(0, 1000))

e = bytearray(b'ab')
f = e
e += b'cd'
print(e, f is e)
e += bytearray(b'!')
e += memoryview(b'?')
print(e)
e *= 2
print(e, f is e)
e *= 0
print(e, f)
print(bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'x') + bytearray(b'y'))
print(type(bytearray(b'ab') + b'cd').__name__, type(b'ab' + bytearray(b'cd')).__name__)
print(bytearray(b'ab') * 3, 3 * bytearray(b'ab'), bytearray(b'ab') * -1)
print(bytearray(b'%d-%s') % (5, b'x'))
attempt('concat int', lambda: bytearray() + 1)
attempt('concat str', lambda: bytearray() + 'a')
attempt('iadd str', lambda: f.__iadd__('a'))
attempt('mul str', lambda: bytearray(b'a') * 'x')
attempt('mul float', lambda: bytearray(b'a') * 1.5)

print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'abc') != b'abd')
print(bytearray(b'abc') < b'abd', b'abc' < bytearray(b'abd'), bytearray(b'b') > bytearray(b'abc'))
print(bytearray(b'abc') == memoryview(b'abc'), bytearray(b'a') == 'a', bytearray() == [])
print(98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'x') in b'xyz', bytearray(b'c') in bytearray(b'abc'))
attempt('in str', lambda: 'a' in bytearray(b'a'))
attempt('in 300', lambda: 300 in bytearray(b'a'))
attempt('hash', lambda: hash(bytearray(b'a')))
attempt('set of', lambda: {bytearray()})
attempt('dict key', lambda: {bytearray(): 1})
print(list(bytearray(b'abc')), [x for x in bytearray(b'\x00\xff')], bytes(bytearray(b'xy')))
it = iter(bytearray(b'ab'))
print(type(it).__name__, next(it), it.__length_hint__())
g = bytearray(b'ab')
seen = []
for x in g:
    seen.append(x)
    if len(g) < 4:
        g.append(x + 2)
print(seen, g)
print(bool(bytearray()), bool(bytearray(b'\x00')), isinstance(bytearray(), bytearray))
print(bytearray.__name__, type(bytearray()).__mro__)

class Buf(bytearray):
    def first(self):
        return self[0]

u = Buf(b'sub')
u.tag = 1
print(u, repr(u), u.first(), u.tag, type(u + b'!').__name__, type(u.upper()).__name__, type(u[:1]).__name__)
print(Buf(3), Buf(b'x') == b'x', isinstance(u, bytearray))
