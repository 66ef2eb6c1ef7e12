# Where a bytes-like object is accepted: bytes(), str(), int.from_bytes,
# struct.pack_into/unpack_from into a bytearray or a view, io.BytesIO,
# binary files, and memoryviews of array.array (the array's format).
import array
import io
import os
import struct

def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

ba = bytearray(b'\x01\x02\x03\x04')
print(bytes(ba), bytes(memoryview(ba)[1:3]), bytes(memoryview(b'abcdef')[::2]), bytes(memoryview(b'abc')[::-1]))
print(int.from_bytes(ba, 'big'), int.from_bytes(bytearray(b'\xff'), 'little', signed=True), int.from_bytes(memoryview(ba)[:2], 'little'))
print(str(ba, 'latin-1') == '\x01\x02\x03\x04', str(memoryview(b'h\xc3\xa9'), 'utf-8'))

buf = bytearray(8)
struct.pack_into('<hI', buf, 1, -2, 70000)
print(buf, struct.unpack_from('<hI', buf, 1), struct.unpack('<8B', buf))
view = memoryview(buf)
struct.pack_into('>H', view, 6, 0xBEEF)
print(buf.hex(), struct.unpack_from('>H', view, 6), struct.unpack_from('>H', view[6:]), struct.unpack('>Q', buf))
print(list(struct.iter_unpack('<H', bytearray(b'\x01\x00\x02\x00'))), struct.Struct('<i').unpack_from(bytearray(b'\x05\x00\x00\x00')))
attempt('pack_into bytes', lambda: struct.pack_into('b', b'abc', 0, 1))
attempt('pack_into readonly view', lambda: struct.pack_into('b', memoryview(b'abc'), 0, 1))
attempt('pack_into short', lambda: struct.pack_into('<q', bytearray(4), 0, 1))
attempt('pack_into strided', lambda: struct.pack_into('b', memoryview(bytearray(4))[::2], 0, 1))
attempt('unpack_from str', lambda: struct.unpack_from('b', 'abc'))
attempt('unpack_from strided', lambda: struct.unpack_from('b', memoryview(b'abcd')[::2]))
attempt('resize during view', lambda: (lambda m: buf.append(1))(memoryview(buf)))
del view
buf.append(9)
print(len(buf))

f = io.BytesIO(bytearray(b'initial'))
print(f.read(), f.write(bytearray(b'+more')), f.write(memoryview(b'!!')), f.getvalue())
attempt('BytesIO.write(str)', lambda: f.write('x'))
attempt('BytesIO.write(strided)', lambda: f.write(memoryview(b'abcd')[::2]))

name = 'memoryview_buffers.tmp'
with open(name, 'wb') as out:
    print(out.write(bytearray(b'ab')), out.write(memoryview(b'cd')), out.write(b'ef'))
    attempt('file.write(int)', lambda: out.write(5))
with open(name, 'rb') as src:
    print(src.read())
os.remove(name)

a = array.array('i', [1, -2, 3])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.nbytes, len(ma), ma.shape, ma.strides, ma.tolist(), ma[1], ma[::2].tolist(), ma.readonly)
ma[0] = 100
print(a, ma.obj is a, bytes(ma[:1]), ma.cast('B').tolist()[:4])
print(ma == array.array('i', [100, -2, 3]), ma == array.array('b', [100, -2, 3]), ma == [100, -2, 3])
attempt('array write big', lambda: ma.__setitem__(0, 2 ** 40))
attempt('array write str', lambda: ma.__setitem__(0, 'x'))
attempt('array cast d', lambda: ma.cast('d'))
attempt('array hash', lambda: hash(ma))
d = memoryview(array.array('d', [0.5, 1.5]))
print(d.format, d.tolist(), d[1])
d[0] = 2
print(d.tolist(), d.obj)
attempt('double write str', lambda: d.__setitem__(0, 'x'))
q = memoryview(array.array('Q', [2 ** 64 - 1]))
print(q.tolist(), q.format)
q[0] = 2 ** 63
print(q.tolist())
attempt('Q write -1', lambda: q.__setitem__(0, -1))
attempt('Q write 2**64', lambda: q.__setitem__(0, 2 ** 64))

src = io.BytesIO(b'hello')
into = bytearray(3)
print(src.readinto(into), into)
print(src.readinto(memoryview(into)[1:]), into, src.readinto(bytearray(5)))
for label, fn in [('readinto(bytes)', lambda: src.readinto(b'abc')), ('readinto()', lambda: src.readinto()),
                  ('readinto(strided)', lambda: src.readinto(memoryview(bytearray(4))[::2]))]:
    attempt(label, fn)
nums = array.array('i', [0, 0])
print(io.BytesIO(b'\x01\x00\x00\x00\x02\x00').readinto(nums), nums)
src.close()
attempt('readinto closed', lambda: src.readinto(bytearray(1)))

name = 'memoryview_buffers_readinto.tmp'
with open(name, 'wb') as out:
    out.write(b'hello')
with open(name, 'rb') as f:
    into = bytearray(3)
    print(f.readinto(into), into, f.readinto(memoryview(into)), into, f.readinto(bytearray(2)))
    attempt('file.readinto(bytes)', lambda: f.readinto(b'ab'))
    attempt('file.readinto()', lambda: f.readinto())
with open(name) as text:
    attempt('text readinto', lambda: text.readinto(into))
attempt('closed readinto', lambda: f.readinto(into))
os.remove(name)
