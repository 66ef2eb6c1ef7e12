# Recursion through class instantiation: each level also costs the call of the class.
class A:
    def __init__(self):
        A()
A()
