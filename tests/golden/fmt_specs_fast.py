# The fast paths of str formatting and building (issue 14): the format-spec
# mini-language for int/float/str (every feature, errors and their messages),
# f-strings, str.format, format(), %-formatting of str and bytes, str(int),
# float repr, join, UTF-8 decoding of every kind and length, and float()/int()
# of text. Results, identities CPython shows (`'%s' % s is s`) and sizes must
# stay CPython's.
import sys

# A long result is printed in pieces of eight characters, so that the
# golden runner's normalisation of addresses and ids (runs of 9 or more hex
# digits, or 13 to 16 digits) leaves big numbers' hex and digits compared.
def pieces(text):
    return ' '.join(text[i:i + 8] for i in range(0, len(text), 8))

def show(f, *args):
    try:
        r = f(*args)
        print(pieces(repr(r)), end=' ')
    except Exception as e:
        print(type(e).__name__ + ':', e, end=' | ')

# ---------------------------------------------------------- int specs
ints = [0, 1, -1, 7, 65, 255, -255, 1234567, -1234567, 2**63 - 1, -2**63, 2**70, -2**70, True]
int_specs = ['', 'd', '5d', '<8', '>8', '^9', '=+10', '010', '010,', '0=12_', '*^11,', '+', ' ', '-',
             '#x', '#X', '#o', '#b', '_x', '_b', '012_X', '#012_x', 'n', '08n', 'x<#12x', '-^#14_o',
             '\u00e9^9', '\u20ac<8d', '\u20ac=+12,', '\U0001f600>6', '10.3e', 'g', '%', '.2%', ',.2f',
             ',d', '_d', ',', '+015,d', ' =9', '3', '30', '0<6', '0>6', '0^7']
for v in ints:
    for s in int_specs:
        show(format, v, s)
    print()
for v in [65, 0xe9, 0x20ac, 0x1f600, 0, 0x10ffff]:
    for s in ['c', '>3c', '*^5c', '\u00e9<4c', '0=3c']:
        show(format, v, s)
    print()

# --------------------------------------------------------- float specs
floats = [0.0, -0.0, 1.5, -1.5, 3.14159, 2.5, 1e16, 1e22, 1.23e-7, 123456789.125, 0.1, 1/3,
          float('inf'), float('-inf'), float('nan'), 1e300, 5e-324, 99.995]
float_specs = ['', 'f', '.2f', '8.2f', '<10.3', '>12e', '^15.4g', '010.2f', '0=+12,.1f', '#.0f', '#g',
               'z.1f', 'z.0f', '-.0f', 'G', 'E', '.3%', 'n', '\u00e9>10.1f', '\u20ac=+14,.2f', ',', '_.3f',
               ' .2e', '+g', '.0e', '#.0e', '012', '=10', '.30f', 'F', '.3F', '.0%', '#.3g', '.17g',
               '.1', '.0', '20', ',.1e', '_g', '+012_.2f', '%']
for v in floats:
    for s in float_specs:
        show(format, v, s)
    print()
for v in [1, -7, 10**20, 2**53 + 1]:
    for s in ['e', '.2f', 'g', '%', '010.1f', ',.2f', 'E']:
        show(format, v, s)
    print()

# ----------------------------------------------------------- str specs
for s in ['x', '\u00e9', 'h\u00e9llo', '\u20acuro', '\U0001f600ab', '']:
    for sp in ['', '<5', '>6', '^7', '*^8', '\u00e9>6', '\u20ac<7', '\U0001f600^9', '.2', '10.3', '.0', 's',
               '3s', '<1', '.99']:
        r = format(s, sp)
        print(repr(r), r is s, sys.getsizeof(r), end=' ')
    print()

# -------------------------------------------------------------- errors
cases = [(5, '.2'), (5, 'z'), (5.0, 'c'), ('a', '+'), ('a', ' '), ('a', '='), ('a', '#'), ('a', ','),
         ('a', '_'), ('a', 'z'), ('a', 'd'), (5, ',c'), (5, '_n'), (5, ',x'), (5, ',b'), (5, '\u00e9'),
         (5, 'xx'), (5, '.'), (5, '99999999999999999999'), (5, '.99999999999999999999f'), (1.0, ',_'),
         (5, '_,'), (5, ',_'), (1.5, 'd'), (-1, 'c'), (0x110000, 'c'), (1.0, 'x'), (5, '#c'), (5, '+c'),
         (1.5, '\x01'), ('s', '\x7f'), (5, 'q'), (1.0, 'z'), (True, 'y'), (2**64, 'c'), (1.5, '.2n,'),
         (object(), 'x'), (None, '>3'), ([], '')]
for v, sp in cases:
    show(format, v, sp)
    print()

# --------------------------------------------------- f-strings (constant specs)
w = 'word'
for i in [0, 7, -42, 1000, 123456]:
    x = i * 1.5
    print(f"{i:5d}|{x:8.2f}|{i:x}|{w:>10}|{i:,}|{x:.3e}|{i!r:^8}|{w!a}|{i:{'0'}{8}}|{x:{'>'}{12}.{2}}")
e_acute = '\u00e9'
print(f"{e_acute:*^5}", f"{3.0}", f"{-0.0}", f"{1e16}", f"{2**80:_}", f"{'a'}{'b'}{1}")
k = 'abc'
print(f"{k}" is k, f"{k:}" is k, f"{k:<3}" is k, f"{k:.3}" is k, f"{k!s}" is k)

# ----------------------------------------------------------- str.format
print("{0}:{1:>6}:{2:.3f}|{a!r:^9}|{b[0]}|{c.real:+}".format(1, "\u00e9\u20ac", 2 / 3, a='x', b=[7], c=3))
print("{:{w}.{p}f}|{{}}|{0!s:}|{}".format(3.14159, 2, w=10, p=2) if False else "{0:{w}.{p}f}|{{}}|{0!s:}".format(3.14159, w=10, p=2))
print("{:\u00e9^7}".format('\u20ac'), "{0}{1}".format('\u00e9', '\U0001f600'), "{:\U0001f600>4}".format(5))
print("{:,}".format(10**20), "{:%}".format(0.25), "{:_b}".format(1023), "{:#_o}".format(4095))
print("\u00e9{0:>5}\u20ac{1:<3}".format(1, 'x'), "{x}-{y}".format_map({'x': 1, 'y': 2.5}))
print("{0[1]}{0[a]}".format({1: 'one', 'a': 'A'}), "{0.real}".format(2.5))
s = 'abc'
print("{}".format(s) is s, "{:}".format(s) is s, "{!s}".format(s) is s, "{:<2}".format(s) is s, "{:>4}".format(s) is s)
for bad in ["{", "}", "{0!x}", "{0:{1:{2}}}", "{!}", "{0[}", "{a.}", "{0.a b}", "{0}{}", "{}{0}", "{5}",
            "{z}", "{0!r:", "{:d}", "{0:x}x{", "{0:,c}"]:
    show(lambda: bad.format('q', 2, 3, a=1))
    print()

# ------------------------------------------------------------ %-format
big = 'x' * 100000
bigu = '\u20ac' * 1000
print(('%s' % big) is big, ('%s!' % big) is big, ('%s' % (big,)) is big, ('%s%s' % ('', big)) is big,
      ('%s%s' % (big, '')) is big, ('%+s' % big) is big, ('%5s' % big) is big, ('%-s' % big) is big,
      ('%.200000s' % big) is big, ('%(k)s' % {'k': big}) is big, ('%*s' % (3, big)) is big)
print(len('<%s>' % bigu), sys.getsizeof('<%s>' % bigu), sys.getsizeof('%s' % bigu), sys.getsizeof('%.3s' % bigu))
print('%5s|%-5s|%.2s|%c|%c|%r|%a|%s' % ('\u00e9', '\u20acx', 'abc', 0x20ac, 'z', '\u00e9\u20ac', '\u00e9\u20ac', 1.5))
print('%(a)s-%(b)05d' % {'a': '\u20ac', 'b': -3}, '%x %#X %+d % d %5.1f %-6d|' % (255, 255, 3, 4, 2.25, 7))
print('%d %s %.3f' % (7, 'ab', 2.5), '%i %u %o %#o %e %E %g %G %F %%' % (1, 2, 8, 8, 1e5, 1e-5, 0.5, 1e20, 1.5))
print('%05d|%-05d|%+05d|% 05d|%#07x|%#-7X|%07.2f|%-8.3e|%.0f|%.10g' % (-3, 3, 3, 3, 255, 255, -1.5, 12345.678, 2.5, 1 / 3))
print('%*d|%-*d|%.*f|%*.*s' % (5, 1, 5, 2, 2, 3.14159, 6, 2, 'abcdef'), '%s %s' % (None, [1, '\u00e9']))
print('\u00e9%s\U0001f600%d' % ('\u20ac', 5), '%c%c' % ('\U0001f600', 0xe9), '%s' % '', '%s%%' % 'x')
print('%d' % 10**30, '%x' % -(2**70), '%.5d' % -42, '%#.5x' % 42, '%10.4d|' % 7, '%s' % True, '%d' % True)
for fmt, args in [('%', ()), ('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%y', 1), ('%(a)s', 1),
                  ('%(a', {'a': 1}), ('%c', 'ab'), ('%c', -1), ('%c', 0x110000), ('%*d', ('a', 1)),
                  ('%x', 1.5), ('%d', '1'), ('%s %s', {'a': 1}), ('%.*f', (2**40, 1.0)), ('abc', 5),
                  ('%\u20ac', 1), ('%(x)d %d', {'x': 1})]:
    show(lambda: fmt % args)
    print()
print(b'%s %d %c %r %a %b %x' % (b'ab', 3, 65, '\u00e9', 'x', bytearray(b'cd'), 255), b'%5s|%-4b|' % (b'a', b'b'))
print(b'%(k)s' % {b'k': b'v'}, b'%c' % b'z', b'%%%s' % (memoryview(b'mv'),))
for fmt, args in [(b'%s', 'str'), (b'%c', 256), (b'%y', 1), (b'%d', (1, 2))]:
    show(lambda: fmt % args)
    print()

# ----------------------------------------------------- str(int), floats
n = 1
for k in range(25):
    print(pieces(str(n)), pieces(str(-n)), pieces(repr(n * 7)), end=' ')
    n *= 13
print()
print(str(2**63), str(-2**63), str(2**64 - 1), str(10**50), str(-(10**19)), str(0), str(-0))
vals = [0.1, 0.2 + 0.1, 1.0, -2.5, 1e16, 1e15, 12345678901234567.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
        2.0**60, 1 / 7, -1e-300, 100.0, 123.456e10, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(repr(v), str(v), f"{v}", '%r' % v, '%s' % v, sys.getsizeof(repr(v)), end=' | ')
print()
print(int('123456'), int('-00789'), int(' 42 '), int('1_000'), float('3.14159'), float(' -2e-3 '), float('1_0.5'))

# -------------------------------------------------------------- join
parts = [str(i) for i in range(3000)]
j = ','.join(parts)
print(len(j), j[:30], j[-20:], sys.getsizeof(j))
mixed = ['a', '\u00e9', 'bc', '\u20ac', 'd' * 20, '\U0001f600', '']
for sep in ['', '-', '\u00e9', '\u20ac\u20ac', '\U0001f600']:
    r = sep.join(mixed)
    print(repr(r), len(r), sys.getsizeof(r), end=' ')
    r = sep.join(['xy', 'z' * 30, 'w'])
    print(repr(r), sys.getsizeof(r))
one = 'solo'
print(''.join([one]) is one, '-'.join([one]) is one, ''.join(['a', '']) == 'a')
s = ''
for i in range(1000):
    s += str(i)
    s += ','
print(len(s), s[-12:], sys.getsizeof(s))

# ------------------------------------------------------ UTF-8 decoding
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
pools = [[chr(c) for c in range(32, 127)],
         [chr(c) for c in range(32, 127)] + [chr(c) for c in range(0xa0, 0x100)],
         [chr(c) for c in range(32, 127)] + ['\u0100', '\u07ff', '\u0800', '\u20ac', '\ud7ff', '\ue000', '\ufffd', '\uffff'],
         [chr(c) for c in range(32, 127)] + ['\u00e9', '\U00010000', '\U0001f600', '\U0010ffff']]
total = 0
for pool in pools:
    for length in [0, 1, 2, 7, 8, 9, 15, 16, 17, 100, 2039, 2040, 2041, 2047, 2048, 2049, 5000, 20000]:
        text = ''.join(pool[rnd(len(pool))] for _ in range(length))
        data = text.encode('utf-8')
        back = data.decode('utf-8')
        assert back == text
        total += len(back) + sys.getsizeof(back) + sum(map(ord, back[:50]))
        back2 = str(data, 'utf-8')
        assert back2 == text
print(total)
for s in ['\u00e9', '\u00ff', '\u0100', '\u20ac', '\U0001f600', 'a\u00e9', '\u00e9' * 9, 'a' * 8 + '\u00e9',
          'a' * 8 + '\u20ac', 'a' * 16 + '\U0001f600b', '\u00e9' * 3000, '\U0001f600' * 600]:
    t = s.encode().decode()
    print(len(t), sys.getsizeof(t), t == s, end=' | ')
print()
print(b'\xc3\xa9'.decode() == '\u00e9', b'\xc3'.decode(errors='replace'), b'a\xe2\x82'.decode(errors='replace'),
      b'\xff\xfeab'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'),
      b'x\xc3\xa9\xff'.decode('utf-8', 'ignore'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
for bad in [b'\xc3', b'a\xff', b'\xe2\x82', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\x80', b'ab\x80cd']:
    show(bytes.decode, bad)
    print()
print(len('h\u00e9llo w\u20acrld '.encode()), '\U0001f600'.encode(), 'abc'.encode('latin-1'), '\u00e9'.encode('latin-1'))

# ---------------------------------------------------- float(str), int(str)
for t in ['3.14159', '-2e-3', ' 1_0.5 ', '+1.5', '.5', '5.', '1e500', '-1e500', '1e-400', '-1e-400', '4.9e-324', '2.4703282292062328e-324',
          '1.7976931348623157e308', '1.7976931348623159e308', 'inf', '-Infinity', 'nan', '+nan', '0x10', '1e', '', ' ', '1..2', '٣.١', '1_', '_1',
          '1__0', '  12  ', '\t-0.0\n', '123456789012345678901234567890', '0.1', '1e+5', '1E-5', '00012', '1.e5', '+.5e-1', '-', '+', 'e5', '1 2',
          '9007199254740993', '0.30000000000000004', '1.5e', '5e+']:
    try:
        v = float(t)
        print(repr(t), repr(v), end=' | ')
    except ValueError as e:
        print(e, end=' | ')
print(float(b'1.25'), float(bytearray(b' 7 ')))
print()
for t, b in [('123456', 10), ('-00789', 10), (' 42 ', 10), ('1_000', 10), ('0x_ff', 0), ('0o17', 0), ('0b101', 0), ('010', 0), ('00', 0),
             ('12\x7f', 10), ('\x7f', 10), ('٣٤', 10), ('ff', 16), ('FF', 16), ('z', 36), ('1__0', 10), ('_1', 10), ('1_', 10), ('', 10),
             ('  ', 10), ('+', 10), ('-0', 10), ('99999999999999999999999', 10), ('-9223372036854775808', 10), ('12 3', 10), ('0x', 16), ('0xg', 16)]:
    try:
        print(repr(int(t, b)), end=' | ')
    except ValueError as e:
        print(e, end=' | ')
print()

# ------------------------------------------------- %-format of floats
vals = [0.0, -0.0, 1.5, -2.5, 0.125, 1e16, 1e22, 1.23e-7, 123456789.125, 1/3, 99.995, 5e-324, 1e300, float('inf'), float('-inf'), float('nan'), 2.675, 1e-5, 0.5, 1.0]
for v in vals:
    for f in ['%e', '%E', '%f', '%F', '%g', '%G', '%.0e', '%#.0e', '%.0f', '%#.0f', '%.3g', '%#.3g', '%#g', '%.10e', '%.17g', '%.0g', '%#.0g', '%+.2f', '% 8.3f', '%-9.1e|', '%010.2f', '%.30f', '%.1f', '%.2f']:
        print(f % v, end=' ')
    print()
print('%.200f' % 1e-100)
print('%.50e' % (1/3))

# ------------------------------------- long ASCII runs inside non-ASCII text
for tail in ['\u00e9', '\u20ac', '\U0001f600', '\u00e9\u20ac\U0001f600']:
    for run in [7, 8, 9, 31, 64, 650]:
        text = (('r' * run) + tail) * 37
        back = text.encode().decode()
        print(back == text, len(back), sys.getsizeof(back), end=' | ')
    print()
