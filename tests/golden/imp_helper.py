"""A helper module for the import tests: defines names, prints nothing when run."""
VALUE = 42
_private = "hidden from import *"
counter = 0


def greet(name):
    return f"hello, {name}"


def bump():
    global counter
    counter += 1
    return counter


class Thing:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Thing({self.n})"


__all__ = ["VALUE", "greet", "Thing", "bump"]
