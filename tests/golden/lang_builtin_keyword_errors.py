# Argument errors of builtins that bind keywords as Argument Clinic does:
# a missing required argument is reported before a keyword given twice,
# and that before an unknown keyword (_PyArg_UnpackKeywords' order).
import sys
def t(f):
    try: f()
    except TypeError as e: print(e)
t(lambda: pow(exp=2, x=1))
t(lambda: pow(2, base=2, exp=3, y=1))
t(lambda: pow(2, 3, exp=3, y=1))
t(lambda: round(x=1))
t(lambda: round(1, number=2))
t(lambda: sys.getsizeof(x=1))
t(lambda: compile(source='', x=1))
t(lambda: __import__(x=1))
t(lambda: __import__('sys', name='x'))
t(lambda: type(sys)(doc=1))
t(lambda: sum([], start=1, x=2))
