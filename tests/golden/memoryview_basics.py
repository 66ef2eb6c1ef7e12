# memoryview of bytes and bytearray: items, slices that share the buffer,
# writes through writable views, comparisons, hashing, release and `with`,
# and a bytearray that cannot be resized while views of it exist.

def attempt(label, fn):
    try:
        r = fn()
        print(label, '->', r if not isinstance(r, memoryview) else 'a memoryview')
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

ba = bytearray(b'abcdef')
m = memoryview(ba)
r = memoryview(b'xyz')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), list(m), bytes(m), m.hex(), m.hex(':'), m.hex('-', 2))
print(m.nbytes, m.readonly, r.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.obj is ba, r.obj, m.contiguous, m.c_contiguous, m.f_contiguous, m[::2].contiguous)
s = m[1:4]
print(type(s).__name__, s.tobytes(), s.obj is ba, len(s), s.shape, s[0], s[-1])
s[0] = ord('B')
s[1:3] = b'CD'
print(ba, m.tobytes())
m[::2] = b'135'
print(ba)
m[4:6] = bytearray(b'EF')
print(ba, m[::-1].tobytes(), m[::2].tobytes(), m[::2].strides, m[5:1:-2].tolist())
m[:3] = m[3:]
print(ba)
print(m == ba, m == b'1C3E5F', ba == m, b'1C3E5F' == m, m != b'', r == b'xyz', r == r, m[:0] == b'')
print(memoryview(b'ab') == memoryview(bytearray(b'ab')), r == 'xyz', r == [120, 121, 122])
print(hash(r) == hash(b'xyz'), hash(memoryview(b'abc')[1:]) == hash(b'bc'))
print(98 in memoryview(b'abc'), b'b' in memoryview(b'abc'), bool(memoryview(b'')), bool(r))
print(memoryview(m).obj is ba, m.toreadonly().readonly, m.toreadonly().obj is ba)
print(m.cast('c').tolist()[:2], m[:4].cast('i').tolist(), m[:4].cast('i').cast('B').tolist())
print(repr(m).startswith('<memory at 0x'), type(iter(m)).__name__)

attempt('memoryview(str)', lambda: memoryview('a'))
attempt('memoryview(int)', lambda: memoryview(1))
attempt('memoryview()', lambda: memoryview())
attempt('memoryview(object=)', lambda: memoryview(object=b'a').tobytes())
attempt('index 10', lambda: m[10])
attempt('index -7', lambda: m[-7])
attempt('index str', lambda: m['a'])
attempt('index float', lambda: m[1.0])
attempt('index ()', lambda: m[()])
attempt('write readonly', lambda: r.__setitem__(0, 1))
attempt('write 256', lambda: m.__setitem__(0, 256))
attempt('write str', lambda: m.__setitem__(0, 'a'))
attempt('write float', lambda: m.__setitem__(0, 1.0))
attempt('write slice size', lambda: m.__setitem__(slice(0, 2), b'abc'))
attempt('write slice str', lambda: m.__setitem__(slice(0, 2), 'ab'))
attempt('write slice int', lambda: m.__setitem__(slice(0, 2), 5))
attempt('delete', lambda: m.__delitem__(0))
attempt('hash writable', lambda: hash(m))
attempt('order', lambda: m < b'x')
attempt('add', lambda: m + b'a')
attempt('mul', lambda: m * 2)
attempt('cast int', lambda: m.cast('i'))
attempt('cast bad', lambda: m.cast('x'))
attempt('cast strided', lambda: m[::2].cast('B'))

attempt('append while viewed', lambda: ba.append(1))
attempt('extend while viewed', lambda: ba.extend(b'x'))
attempt('del while viewed', lambda: ba.__delitem__(0))
attempt('pop while viewed', lambda: ba.pop())
attempt('clear while viewed', lambda: ba.clear())
attempt('iadd while viewed', lambda: ba.__iadd__(b'x'))
ba[0] = 48
ba[0:2] = b'01'
print(ba)
m.release()
attempt('append, view released, slice alive', lambda: ba.append(1))
del s
attempt('append after release', lambda: ba.append(1))
print(ba)

print(repr(m).startswith('<released memory at 0x'), m == m, m == b'01C3E5F')
for label, fn in [('m[0]', lambda: m[0]), ('len', lambda: len(m)), ('tobytes', lambda: m.tobytes()),
                  ('obj', lambda: m.obj), ('format', lambda: m.format), ('bytes', lambda: bytes(m)),
                  ('release again', lambda: m.release()), ('hash', lambda: hash(m)), ('nbytes', lambda: m.nbytes),
                  ('readonly', lambda: m.readonly), ('enter', lambda: m.__enter__()), ('list', lambda: list(m)),
                  ('tolist', lambda: m.tolist()), ('slice', lambda: m[1:]), ('hex', lambda: m.hex())]:
    attempt(label, fn)

data = bytearray(b'with')
with memoryview(data) as v:
    print(v[0], v.tobytes())
    attempt('resize inside with', lambda: data.append(33))
print(repr(v).startswith('<released'))
data.append(33)
print(data)

def views():
    buf = bytearray(b'0123456789')
    head = memoryview(buf)[:5]
    head[0] = ord('X')
    return buf, head

buf, head = views()
print(buf, head.obj is buf)
attempt('resize with a live slice', lambda: buf.append(1))
del head
buf.append(ord('!'))
print(buf)

w = memoryview(b'abcd')
attempt('cast(1)', lambda: w.cast(1))
attempt("cast('@B').format", lambda: w.cast('@B').format)
attempt("cast('@B') slice format", lambda: w.cast('@B')[1:].format)
attempt("memoryview(cast('@B')).format", lambda: memoryview(w.cast('@B')).format)
attempt("cast('@B') == bytes", lambda: w.cast('@B') == b'abcd')
attempt("cast('<B')", lambda: w.cast('<B'))
attempt("tobytes('C')", lambda: w.tobytes('C'))
attempt("tobytes(None)", lambda: w.tobytes(None))
attempt("tobytes('X')", lambda: w.tobytes('X'))
attempt("tobytes(1)", lambda: w.tobytes(1))
attempt('tolist(1)', lambda: w.tolist(1))
attempt('release(1)', lambda: w.release(1))
attempt('memoryview(b, 1)', lambda: memoryview(b'a', 1))
