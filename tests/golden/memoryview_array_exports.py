# An array.array with a memoryview on it cannot change size (BufferError,
# as CPython's ob_exports), but its items can change; once every view is
# released it can grow again. struct.pack_into writes into it meanwhile.
import array
import struct

a = array.array('i', [1, 2, 3])
m = memoryview(a)
attempts = [
    ('append', lambda: a.append(1)),
    ('extend', lambda: a.extend([1])),
    ('pop', lambda: a.pop()),
    ('del a[0]', lambda: a.__delitem__(0)),
    ('a[0:1] = empty', lambda: a.__setitem__(slice(0, 1), array.array('i'))),
    ('+=', lambda: a.__iadd__(array.array('i', [1]))),
    ('*= 2', lambda: a.__imul__(2)),
    ('frombytes', lambda: a.frombytes(b'abcd')),
    ('insert', lambda: a.insert(0, 1)),
    ('remove', lambda: a.remove(1)),
    ('a[0] = 5', lambda: a.__setitem__(0, 5)),
    ('reverse', lambda: a.reverse()),
    ('byteswap', lambda: a.byteswap()),
    ('fromlist', lambda: a.fromlist([1])),
    ('*= 1', lambda: a.__imul__(1)),
    ('del a[0:0]', lambda: a.__delitem__(slice(0, 0))),
    ('del a[::2]', lambda: a.__delitem__(slice(0, 3, 2))),
    ('a[0:2] = same size', lambda: a.__setitem__(slice(0, 2), array.array('i', [7, 8]))),
    ('*= 0', lambda: a.__imul__(0)),
    ('pack_into', lambda: struct.pack_into('<i', a, 4, -1)),
]
for label, fn in attempts:
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
print(a, m.tolist())
s = m[1:]
m.release()
try:
    a.append(0)
except BufferError as e:
    print('slice alive:', e)
del s
a.append(9)
print(a)
with memoryview(a) as v:
    v[0] = 42
print(a, repr(v).startswith('<released'))
a.append(10)
print(len(a))
