# Unbounded recursion through __getattr__ (a missing attribute looked up
# inside __getattr__ itself).
class A:
    def __getattr__(self, name):
        return self.missing
print("start")
A().x
