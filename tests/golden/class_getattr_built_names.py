# Attribute names built at run time: each lookup finds its own attribute,
# even when the name strings of earlier lookups are gone and their memory
# is reused (the type attribute cache must not mistake one for another).
class Dispatch:
    def repr_a(self):
        return "a"

    def repr_b(self):
        return "b"

    def repr_c(self):
        return "c"


d = Dispatch()
for name in ["a", "b", "c", "b", "a", "c", "a"] * 3:
    print(name, getattr(d, "repr_" + name)(), hasattr(Dispatch, "repr_" + name), end="; ")
print()
for kind in ["list", "tuple", "dict", "set", "int", "missing"] * 2:
    method = getattr(d, "handle_" + kind, None)
    print(kind, method, end="; ")
print()


class Handlers:
    def handle_list(self):
        return "list!"

    def handle_int(self):
        return "int!"


h = Handlers()
for value in [[1], 2, [3], 4, "s"]:
    method = getattr(h, "handle_" + type(value).__name__, None)
    print(method() if method else "no handler for " + type(value).__name__)
