# while and for loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished normally")
while True:
    i -= 1
    if i < 3:
        print("break at", i)
        break
else:
    print("not printed")
for n in range(3):
    print("for", n)
else:
    print("for finished normally")
for n in range(10):
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if b > 1:
            break
        print(a, b)
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for ch in "hi":
    print(ch)
for key in {"b": 1, "a": 2}:
    print(key)
for k, v in {"x": 1}.items():
    print(k, v)
for _ in []:
    print("never")
else:
    print("empty loop's else runs")
count = 0
while count < 3:
    count += 1
    for j in range(10):
        if j == count:
            break
    else:
        print("inner else")
    print("count", count, "j", j)
n = 0
for n in range(5):
    pass
print("loop variable after loop:", n)
total = 0
for x in [1, 2, 3]:
    total += x
    try:
        if x == 2:
            continue
    finally:
        print("finally in loop", x)
print(total)
it = iter([1, 2, 3, 4])
for x in it:
    print("got", x)
    next(it, None)
k = 10
while k:
    k //= 2
    if k == 1:
        break
print(k)
