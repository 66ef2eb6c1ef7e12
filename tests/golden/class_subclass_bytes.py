# Classes derived from bytes: __new__, methods, attributes after the data,
# which operations keep the class, and copies.
import copy


class Blob(bytes):
    def __new__(cls, text, encoding='utf-8'):
        return super().__new__(cls, text, encoding)

    def shout(self):
        return self.upper()

    def __repr__(self):
        return f'Blob({bytes.__repr__(self)})'


b = Blob('héllo')
print(b, repr(b), str(b), type(b).__name__, len(b), b.shout(), type(b.shout()).__name__)
print(isinstance(b, bytes), b == 'héllo'.encode(), hash(b) == hash('héllo'.encode()), b < b'i', b[0], b[1:3])
print(b.decode(), b.hex(), list(b[:2]), b'h' in b, 104 in b, b.startswith(b'h'), b.split(b'l'))
print(b + b'!', type(b + b'!').__name__, b * 2, type(b[:]).__name__, bytes(b), type(bytes(b)).__name__)
b.source = 'text'
print(b.source, b.__dict__, vars(b), sorted(Blob.__dict__))


class Raw(bytes):
    pass


r = Raw(b'\x00\xff')
e = Raw()
print(r, e, Raw(3), Raw([65, 66]), Raw('é', 'latin-1'), type(e).__name__, e is Raw(), e == b'')
print(Raw.fromhex('4142'), type(Raw.fromhex('4142')).__name__, bytes.__new__(Raw, b'x'), type(bytes.__new__(Raw, b'x')))
print(b'%s|%s' % (r, b'z'), b'-'.join([r, r]), r.replace(b'\x00', b'0'), type(r.replace(b'\x00', b'0')).__name__)
for bad in (lambda: bytes.__new__(tuple), lambda: object.__new__(Raw), lambda: Raw('x'), lambda: Raw(-1)):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ':', exc)
for slots in [('a',), ('__dict__',), ()]:
    try:
        print(type('S', (bytes,), {'__slots__': slots})(b'ok'))
    except TypeError as exc:
        print('TypeError:', exc)


class Upper(bytes):
    def __getitem__(self, i):
        return bytes.__getitem__(self, i) - 32

    def __len__(self):
        return 0

    def __bytes__(self):
        return b'converted'


u = Upper(b'abc')
print(u[0], len(u), bool(u), bytes(u), list(u))

# copies keep the class and the attributes
r.note = {'k': 1}
c = copy.copy(r)
d = copy.deepcopy(r)
print(c, type(c).__name__, c.note is r.note, d.note == r.note, d.note is r.note)
print(r.__getnewargs__(), type(r.__getnewargs__()[0]).__name__)
print(hasattr(bytes, '__bool__'), bool(Raw()), bool(Raw(b'\x00')))
for bad in (lambda: r + 1, lambda: r + 'x', lambda: 1 + r):
    try:
        bad()
    except TypeError as exc:
        print('TypeError:', exc)
