# True, False, None and their behaviour.
print(True, False, None)
print(type(True), type(None))
print(True == 1, False == 0, True is True, None is None)
print(True + True, True * 3, -True, ~False)
print(isinstance(True, int), issubclass(bool, int))
print(bool(0), bool(1), bool(None), bool([]), bool([0]), bool(""), bool("0"))
print(repr(None), str(True), int(False), float(True))
print(None == False, None == 0, not None)
def nothing():
    pass
print(nothing(), nothing() is None)
print({True: "a", 1: "b"}, {0: "x", False: "y"})
one = 1
print(hash(True) == hash(1), True is not one == 1)
