# Each __del__ drops the next object: 100,000 finalizers in a row. CPython's
# trashcan keeps that off the C stack; it must not overflow minipy's either.
import sys
count = 0
class Link:
    def __del__(self):
        global count
        count += 1
        if count < 100000:
            Link()
Link()
print("finalizers run:", count)
# A 100,000-long linked chain freed at once.
head = None
for i in range(100000):
    node = [head]
    head = node
node = None
head = None
print("chain freed")
class Node:
    pass
head = None
for i in range(100000):
    n = Node()
    n.next = head
    head = n
n = None
head = None
print("instance chain freed")
d = {}
for i in range(100000):
    d = {"d": d}
d = None
t = ()
for i in range(100000):
    t = (t, i)
t = None
print("dict and tuple chains freed")
