# throw() into a suspended generator expression: the traceback shows its element.
squares = (x * x for x in range(3) if x >= 0)
print(next(squares))
squares.throw(LookupError("in genexpr"))
