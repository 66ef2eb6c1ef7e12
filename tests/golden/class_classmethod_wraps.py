# classmethod and staticmethod take the wrapped function's __name__, __qualname__, __doc__, __module__, __annotations__ (3.10+), and __wrapped__
class Tools:
    @classmethod
    def build(cls, size: int) -> "Tools":
        "Make a Tools."
        return cls()

    @staticmethod
    def helper(x: float):
        "Help out."
        return x

for name in ("build", "helper"):
    wrapper = Tools.__dict__[name]
    print(type(wrapper).__name__, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__,
          wrapper.__module__, wrapper.__annotations__, wrapper.__wrapped__ is wrapper.__func__)
    print(sorted(wrapper.__dict__))

def bare(): pass
cm = classmethod(bare)
cm.__name__ = "renamed"
print(cm.__name__, bare.__name__, cm.__dict__["__name__"])
print(staticmethod(print).__name__, staticmethod(print).__qualname__, staticmethod(print).__module__)
