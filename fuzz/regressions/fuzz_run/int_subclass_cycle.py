# A cycle through an instance of an int subclass (an IntEnum member, its
# class) leaked: the instance was not tracked by the collector.
from enum import IntEnum
class Open(IntEnum):
    A = 1
class MyFloat(float):
    pass
f = MyFloat(1.5)
f.me = f
