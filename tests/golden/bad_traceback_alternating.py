# Two functions calling each other until the recursion limit: the traceback
# holds every frame of the alternation (nothing folds).
def ping(n):
    return pong(n - 1) if n else 1 // 0
def pong(n):
    return ping(n - 1)
try:
    ping(900)
except ZeroDivisionError as e:
    print("caught at depth 900")
try:
    ping(5000)
except RecursionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(len(names) > 900, names[:3], names[-2:])
    print(all(names[i] != names[i + 1] for i in range(1, len(names) - 1)))
