# UnboundLocalError and NameError from scoping rules.
x = 10
def reads_before_assign():
    print(x)
    x = 5
try:
    reads_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def augmented_global():
    x += 1
try:
    augmented_global()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        y = 1
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(free_unbound())
def deleted_cell():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()
def nonlocal_unbound():
    w = 0
    del w
    def inner():
        nonlocal w
        w += 1
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
nonlocal_unbound()
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
def local_from_loop():
    for item in []:
        pass
    return item
try:
    local_from_loop()
except UnboundLocalError as e:
    print(type(e).__name__, e)
class C:
    attr = 1
    def method(self):
        return attr
try:
    C().method()
except NameError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def except_name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err
try:
    except_name_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)
