# An exception in __set_name__ becomes the cause of CPython 3.11's RuntimeError naming the attribute and class
class Field:
    def __set_name__(self, owner, name):
        if name.startswith("bad"):
            raise ValueError("no field may be called " + name)
        self.name = name

class Fine:
    good = Field()
print(Fine.good.name)

try:
    class Broken:
        bad_one = Field()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

class Again:
    ok = Field()
    bad_two = Field()
