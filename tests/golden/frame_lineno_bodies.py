# f_lineno names the line running inside one-statement bodies of for, while,
# if/elif/else, try/except/else/finally and with, and a loop's own line
# again for its next item or test.
import sys


def line():
    return sys._getframe(1).f_lineno


for i in range(2):
    print("for body", line())

n = 0
while n < 2 and line() > 0:
    n += 1
print("while test ran at", line())
while n < 4:
    n = n + 1 if line() else 0

if n:
    print("if body", line())
elif n > 10:
    print("never")
else:
    print("never")

if not n:
    print("never")
elif n:
    print("elif body", line())

try:
    print("try body", line())
except ValueError:
    print("never")
else:
    print("else body", line())
finally:
    print("finally body", line())

try:
    raise KeyError(1)
except KeyError:
    print("except body", line())


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit called from", sys._getframe(1).f_lineno)


with Manager():
    print("with body", line())


def lines_in_loop():
    seen = []
    for i in range(3):
        seen.append(line())
    return seen


print(lines_in_loop())


def generator_lines():
    for i in range(2):
        yield line()
    n = 0
    while n < 2:
        n = n + 1 if (yield line()) is None else 0
    if n:
        yield line()
    else:
        yield 0


print(list(generator_lines()))
