# An uncaught io.UnsupportedOperation: the traceback names the class with its module
f = open(__file__)
f.write('x')
