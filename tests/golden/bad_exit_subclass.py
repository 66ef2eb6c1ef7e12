# A SystemExit subclass, raised with several arguments and from a function.
class MyExit(SystemExit):
    pass
def leave():
    raise MyExit(7, "extra")
try:
    leave()
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args)
raise MyExit(None)
