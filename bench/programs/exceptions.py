# Theme 11: exceptions raised and caught in a loop -- custom exception
# classes, try/except/else/finally.

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(table, key):
    if key < 0:
        raise Invalid(2, "negative")
    if key not in table:
        raise NotFound(1, "missing %d" % key)
    return table[key]


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def deep(n):
    if n == 0:
        raise KeyError(n)
    try:
        return deep(n - 1)
    finally:
        pass


def main():
    table = {i: i * 3 for i in range(0, 1000, 2)}
    total = 0
    cleanups = 0
    for rnd in range(900):
        for k in range(-50, 1000, 1):
            try:
                total += lookup(table, k)
            except NotFound as e:
                total += e.code
            except Invalid as e:
                total += e.code * 10 + len(str(e))
            else:
                total += 1
            finally:
                cleanups += 1
    for i in range(300000):
        total += parse("12x" if i % 3 == 0 else str(i))
    for i in range(50000):
        try:
            deep(10)
        except LookupError:
            total += 1
    for i in range(150000):
        try:
            try:
                [][i]
            except IndexError as e:
                raise AppError(i, "wrapped") from e
        except AppError as e:
            total += e.code % 7 + (e.__cause__ is not None)
    for i in range(150000):
        try:
            x = 1 // (i % 4)
        except ZeroDivisionError:
            x = 0
        total += x
    print("exceptions", total, cleanups)


main()
