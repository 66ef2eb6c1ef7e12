# Instances of classes derived from int and float are tracked by the
# collector like every instance of a class, so a cycle through one (its
# __dict__, its class) is collected; enum's IntEnum members are such
# instances, and a dropped IntEnum class is freed with them.
import gc, sys

class MyInt(int):
    pass

class MyFloat(float):
    pass

for cls, value in [(MyInt, 7), (MyFloat, 2.5), (MyInt, 10**30)]:
    x = cls(value)
    print(cls.__name__, x, gc.is_tracked(x), sys.getsizeof(x) > 0)
    x.me = x
    del x
    print("collected", gc.collect())

def make_class():
    class Local(int):
        pass
    return Local(5)

gc.collect()
obj = make_class()
print(type(obj).__name__, obj + 1)
del obj
print("class and instance collected", gc.collect() > 0)

import weakref
from enum import IntEnum
def make_enum():
    class Level(IntEnum):
        LOW = 1
        HIGH = 2
    return [m for m in Level]
for _ in range(3):
    members = make_enum()
    print(members, members[0] < members[1], members[1] * 2)
    level = weakref.ref(type(members[0]))
    del members
    print("the enum class is freed by a collection:", level() is not None, gc.collect() > 0, level() is None)
