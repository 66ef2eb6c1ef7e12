# A __hash__ result that fits a machine word is the hash as it is; only a
# bigger int is folded as hash(int) folds it (CPython's slot_tp_hash).
class Named:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)


print(hash(Named('RED')) == hash('RED'), hash(Named('x' * 40)) == hash('x' * 40))


class Big:
    def __hash__(self):
        return 2 ** 70 + 12345


class Minus:
    def __hash__(self):
        return -1


print(hash(Big()) == hash(2 ** 70 + 12345), hash(Minus()))
for v in (2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63)):
    class H:
        def __hash__(self, v=v):
            return v
    print(hash(H()) == v)
