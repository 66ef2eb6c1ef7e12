# Deleting a missing key inside a method: KeyError and the del statement's carets.
class Registry:
    def __init__(self):
        self.entries = {"a": 1}

    def remove(self, key):
        del self.entries[key]


r = Registry()
r.remove("a")
r.remove("b")
