# 'in' and truthiness through the container protocols: __iter__ or
# __contains__ set to None, __len__ results that are not lengths.
class NotIt:
    __iter__ = None
class NotC:
    __contains__ = None
class BadIter:
    def __iter__(self):
        return 5
class T:
    def __len__(self):
        return 2**70
class Neg:
    def __len__(self):
        return -1
class S:
    def __len__(self):
        return "x"
class Z:
    def __len__(self):
        return 0
for o in (NotIt(), NotC(), BadIter()):
    try:
        1 in o
    except TypeError as e:
        print(type(e).__name__, e)
for o in (T(), Neg(), S(), Z()):
    for f in (bool, len):
        try:
            print(f(o))
        except (OverflowError, ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
    try:
        print("if:", "yes" if o else "no")
    except (OverflowError, ValueError, TypeError) as e:
        print("if", type(e).__name__, e)
