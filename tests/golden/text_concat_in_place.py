# s += t on a function's local str: linear growth, and no change that a
# script can see (other names keep the old value, errors leave it bound).
def build(n):
    s = ""
    for i in range(n):
        s += str(i)
        s += ","
    return s

def shared():
    s = str(123)
    t = s
    s += "x"
    return s, t, s is t

def sizes():
    s = "x" * 3
    ids = set()
    for i in range(5):
        s += "yz"
    return s, len(s)

def bad():
    s = str(5)
    s += 5

print(len(build(10000)), build(5), shared(), sizes())
try:
    bad()
except TypeError as e:
    print("TypeError:", e)
