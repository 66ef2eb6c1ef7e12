# object.__init__ and object.__new__ given arguments: which one complains,
# and in which words.
class B:
    pass
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)
class WithInit:
    def __init__(self, *a):
        super().__init__(*a)
class O:
    class Inner:
        pass
tests = [lambda: B().__init__(1), lambda: object().__init__(1), lambda: B(1), lambda: WithNew(1).__init__(2),
         lambda: WithInit(1), lambda: O.Inner().__init__(x=1), lambda: object.__init__(B(), 1), lambda: WithNew(1),
         lambda: object.__new__(B, 1), lambda: object(1)]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)
