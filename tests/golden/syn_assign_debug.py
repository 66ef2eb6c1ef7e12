# __debug__ is a constant: assigning to it is a SyntaxError.
if __debug__:
    print("never runs: the whole file fails to compile")
__debug__ = False
