# The builtins that take any bytes-like object as CPython's do: int() and
# float() of its ASCII text, % formatting, ord(), exec(), sum()'s refusal,
# bytes.hex's separator, and iteration helpers over a bytearray.

class Twice:
    def __mul__(self, other):
        return 'mul'

    def __rmul__(self, other):
        return 'rmul'


def attempt(src):
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!!', type(e).__name__ + ':', e)

for src in [
    "int(bytearray(b'12'))", "int(b' 1_0 ')", "int(memoryview(b'7'))", "int(bytearray(b'ff'), 16)", "int(b'0x1f', 0)",
    "int(b'x')", "int(bytearray(b'1x'), 16)", "int(memoryview(b'12'), 10)", "int(b'\\xff')", "int(b'\\xd9\\xa1')",
    "float(bytearray(b' 2.5 '))", "float(memoryview(b'1e3'))", "float(b'x')", "float(b'inf')", "float(bytearray(b'1_0.5'))",
    "b'%s' % bytearray(b'x')", "b'%b' % memoryview(b'y')", "b'%c' % bytearray(b'z')", "b'%s|%s' % (b'a', memoryview(b'abc')[::2])",
    "bytearray(b'%c') % bytearray(b'zz')", "format(bytearray(b'x'))", "f'{bytearray(b\"q\")!r:>20}'",
    "sum([bytearray()], bytearray())", "ord(bytearray(b'a'))", "ord(bytearray(b'ab'))", "ord(memoryview(b'a'))",
    "exec(bytearray(b'x = 1'))", "exec(memoryview(b'y = 2'))", "eval(bytearray(b'1 + 2'))", "compile(bytearray(b'3'), 'f', 'eval').co_filename",
    "bytearray(b'ab').hex(bytearray(b':'))", "b'ab'.hex([1])", "b'ab'.hex(5)",
    "list(reversed(bytearray(b'ab')))", "sorted(bytearray(b'cab'))", "max(bytearray(b'abc'))", "set(bytearray(b'aab'))",
    "bytearray(b'abc')[True]", "dict(zip(bytearray(b'ab'), memoryview(b'xy')))", "list(enumerate(memoryview(b'hi')))",
    "bytearray(3) + memoryview(b'a')", "memoryview(b'abc')[1:][::-1].tobytes()", "memoryview(b'abcdef')[::2][1:].tobytes()",
    "memoryview(b'abcdef')[::-2][::-1].tobytes()", "memoryview(b'abcdef')[4:1:-1].tolist()",
    "'a' * b'x'", "'a' * bytearray(b'x')", "'a' * [1]", "b'a' * 'x'", "bytearray(b'a') * [1]", "[1] * 'a'",
    "bytearray(b'a') * 1.5", "Twice() * bytearray(b'ab')", "bytearray(b'ab') * Twice()", "b'ab' * Twice()",
]:
    attempt(src)
