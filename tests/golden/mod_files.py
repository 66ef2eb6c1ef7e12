# open(): text and binary files, iteration, readline/read sizes, closed files, errno errors, input() from stdin (mod_files.in)
import sys
def tryit(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)
with open('/tmp/minipy_golden_out.txt', 'w') as f:
    print(f.write('line1\n'), file=sys.stdout)
    f.write('línea2\nline3')
    print('printed', 42, file=f)
    print(f.closed, f.name, f.mode, f.encoding)
print(f.closed)
with open('/tmp/minipy_golden_out.txt') as f:
    for line in f:
        print(repr(line))
print(open('/tmp/minipy_golden_out.txt').readlines())
f = open('/tmp/minipy_golden_out.txt'); print(repr(f.read(5)), repr(f.readline()), repr(f.read())); f.close()
tryit(lambda: f.read())
tryit(lambda: open('/tmp/minipy_golden_nope.txt'))
tryit(lambda: open('/tmp/minipy_golden_out.txt', 'z'))
tryit(lambda: open('/tmp'))
with open('/tmp/minipy_golden_b.bin', 'wb') as fb:
    print(fb.write(b'\x00\x01abc\n'), fb)
with open('/tmp/minipy_golden_b.bin', 'rb') as fb:
    print(fb.read(), fb)
try:
    open('/tmp/minipy_golden_nope.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
except OSError:
    print('wrong')
try:
    open('/tmp/minipy_golden_out.txt').write('x')
except OSError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
name = input('name? ')
print('hello', name)
rest = sys.stdin.read()
print(repr(rest))
tryit(lambda: input())
