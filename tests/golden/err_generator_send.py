# An exception thrown into a generator and one raised while it runs via send().
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulator()
next(acc)
print(acc.send(5))
print(acc.send(10))
try:
    acc.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated out:", e)
acc2 = accumulator()
next(acc2)
acc2.send("text")
