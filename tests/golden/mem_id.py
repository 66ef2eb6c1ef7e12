# id(): stable for an object's lifetime, changes when a name is rebound to a new object.
x = [1, 2, 3]
before = id(x)
x.append(4)
print("mutation keeps id:", id(x) == before)
x = x + [5]
print("concatenation makes a new object:", id(x) == before)
y = x
print("alias shares id:", id(y) == id(x))
n = 1000
n_id = id(n)
n += 1
print("int += makes a new object:", id(n) == n_id)
s = "text"
s_id = id(s)
s = s.upper()
print("str method makes a new object:", id(s) == s_id)
t = (1, 2)
t_id = id(t)
t += (3,)
print("tuple += makes a new object:", id(t) == t_id)
lst = [0]
lst_id = id(lst)
lst += [1]
print("list += stays in place:", id(lst) == lst_id)
d = {}
d_id = id(d)
d["k"] = "v"
d.update(a=1)
print("dict updates keep id:", id(d) == d_id)
class Box:
    pass
b = Box()
b_id = id(b)
b.value = 1
print("attribute stores keep id:", id(b) == b_id, "hex:", hex(id(b)).startswith("0x"))
def identity(obj):
    return id(obj)
print("passing an argument keeps id:", identity(b) == id(b))
items = [Box(), Box()]
print("distinct live objects have distinct ids:", id(items[0]) != id(items[1]))
print("id is an int:", type(id(b)).__name__, id(None) == id(None), id(b) == id(b))
a = [1]
c = a[:]
print("a copy is a new object:", id(a) != id(c), a == c)
print(type(hex(id(x))), hex(id(b)) == hex(b_id))
