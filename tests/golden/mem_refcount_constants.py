# sys.getrefcount of constants: each code object holds one reference to a constant it loads,
# and while the main script runs (or an exec'd string) its parsed literals hold one more;
# imported modules do not keep theirs.
import sys
x = 1000
y = 1000
print("1:", sys.getrefcount(x))
z = 1000
print("2:", sys.getrefcount(x))
a1 = 3000
def f(): return 3000
print("3:", sys.getrefcount(a1))
def g():
    a = 5000
    b = 5000
    return sys.getrefcount(a)
print("4:", g())
p = 999 + 1
print("5:", sys.getrefcount(p), p is x)
t = (7000, 8000)
q = 7000
print("6:", sys.getrefcount(q), q is t[0])
s = "not an identifier!"
print("7:", sys.getrefcount(s))
fl = 2.5
print("8:", sys.getrefcount(fl))
def h(v=6000):
    return sys.getrefcount(v)
print("9:", h())
print("10:", sys.getrefcount(9000))
lst = [9100, 9200]
print("11:", sys.getrefcount(lst[0]))
import imp_helper_consts
print("13:", imp_helper_consts.constant_refcount())
exec("e = 4321\nprint('14:', sys.getrefcount(e))")
code = compile("c = 8765\nprint('15:', sys.getrefcount(c))", "<string>", "exec")
exec(code)
print("16:", eval("sys.getrefcount(5555)"))
big = 10 ** 20
again = 10 ** 20
print("17:", sys.getrefcount(big), big is again)
