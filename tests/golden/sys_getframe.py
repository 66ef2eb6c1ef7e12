# sys._getframe: the caller's frame and those above it, as namedtuple and
# logging use it to find the calling module.
import sys

top = sys._getframe()
print(top.f_code.co_name, top.f_globals is globals(), top.f_back, top.f_globals['__name__'])


def caller_module(depth=1):
    return sys._getframe(depth).f_globals.get('__name__', '__main__')


def outer():
    def inner():
        here = sys._getframe()
        names = []
        f = here
        while f is not None:
            names.append(f.f_code.co_name)
            f = f.f_back
        print(names, sys._getframe(0) is here, sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
        return sys._getframe(2).f_code.co_name

    return inner()


print(outer(), caller_module(), caller_module(0))


class Body:
    where = sys._getframe().f_code.co_name
    above = sys._getframe(1).f_code.co_name


print(Body.where, Body.above)


def gen():
    yield sys._getframe(1).f_code.co_name


def drive():
    return next(gen())


print(drive(), [sys._getframe().f_code.co_name for _ in range(1)][0] in ('<listcomp>', '<module>'))
for bad in ((99,), ('a',), (1, 2), (-1,)):
    try:
        print(sys._getframe(*bad).f_code.co_name)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print('TypeError:', e)
