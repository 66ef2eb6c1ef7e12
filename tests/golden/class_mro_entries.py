# PEP 560: a base that is not a class is replaced by its __mro_entries__(bases),
# the class keeps the original bases in __orig_bases__, and the metaclass is
# chosen from the replaced bases (CPython's update_bases in __build_class__).
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', name, bases, ns.get('__orig_bases__'))
        return super().__new__(mcls, name, bases, ns)


class Base(metaclass=Meta):
    pass


class Stand:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return self.targets

    def __repr__(self):
        return 'Stand%r' % (self.targets,)


class A(Stand(Base)):
    pass


print(A.__mro__, type(A).__name__, A.__orig_bases__)


class Mixin:
    pass


class B(Mixin, Stand(), Stand(int, Base)):
    pass


print(B.__mro__, B.__orig_bases__)


class C(list[int]):
    pass


print(C.__mro__, C.__orig_bases__, C([1, 2]))


class Plain(Base):
    pass


print('__orig_bases__' in Plain.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [object]


try:
    class D(Bad()):
        pass
except TypeError as e:
    print('TypeError:', e)
