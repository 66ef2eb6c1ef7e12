# Private name mangling: inside a class, __name becomes _ClassName__name
# (attributes, variables, methods, parameters, globals and nested classes alike).
class Account:
    __count = 0
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1
    def __audit(self):
        return f"audit {self.owner}"
    def report(self):
        return self.__audit(), self.__balance, Account.__count
    def set_balance(self, __value):
        self.__balance = __value
        return sorted(vars(self))
a = Account("ann", 10)
print(a.report())
print(sorted(vars(a)), a._Account__balance, Account._Account__count)
print(a.set_balance(__value=5) if False else a.set_balance(7), a._Account__balance)
print("_Account__audit" in Account.__dict__, "__audit" in Account.__dict__)
print(Account._Account__audit.__name__, Account._Account__audit.__qualname__)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.set_balance(__value=1)
except TypeError as e:
    print(type(e).__name__, e)
class Savings(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"
s = Savings("bob", 3)
print(s.peek(), s._Account__balance)
class _Hidden:
    def get(self):
        self.__x = 1
        return sorted(vars(self))
print(_Hidden().get())
class ___:
    def get(self):
        self.__y = 2
        return sorted(vars(self))
print(___().get())
class Names:
    __dunder__ = "not mangled"
    def method(self):
        __local = "local variable"
        return __local, self.__dunder__, [__v for __v in range(2)]
print(Names().method(), sorted(k for k in vars(Names) if not k.startswith("__")))
__module_level = "module private"
class UsesGlobal:
    def get(self):
        try:
            return __module_level
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(UsesGlobal().get())
_UsesGlobal__module_level = "mangled global"
print(UsesGlobal().get())
class Outer:
    class __Inner:
        pass
    def inner_name(self):
        return self.__Inner.__name__, self.__Inner.__qualname__
print(Outer().inner_name(), hasattr(Outer, "_Outer__Inner"))
class WithLambda:
    def __init__(self):
        self.__v = 10
        self.get = lambda: self.__v
print(WithLambda().get())
print(getattr(a, "__balance", "getattr with a string is not mangled"))
