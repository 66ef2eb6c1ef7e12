# Generated sequences of array operations (a fixed pseudo-random sequence,
# the same under any interpreter): contents, errors and __sizeof__ after
# each step must be CPython's, which checks the growth pattern everywhere.
from array import array

state = 54321

def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

for trial in range(400):
    code = "bBhHiIlLqQfd"[rand(12)]
    a = array(code)
    log = []
    for _ in range(1 + rand(12)):
        op, i, j, m = rand(9), rand(11) - 5, rand(12) - 3, rand(5)
        k = [None, 1, 2, -1, -2][rand(5)]
        v = [0, 1, -1, 100, 300, 2**31, 70000, 1.5][rand(8)]
        try:
            if op == 0:
                a.append(v)
            elif op == 1:
                a.extend([[1, 2], (3,), range(4), array(code, [5])][m % 4])
            elif op == 2:
                log.append(a.pop(i))
            elif op == 3:
                del a[i:j:k]
            elif op == 4:
                n = len(a[i:j:k])
                a[i:j:k] = array(code, range(n) if k not in (None, 1) else range(m))
            elif op == 5:
                a.insert(i * 2, 7)
            elif op == 6:
                a *= m % 4
            elif op == 7:
                a.frombytes(bytes(a.itemsize * (m % 4)))
            else:
                a.remove([0, 1, 7][m % 3])
        except Exception as e:
            log.append(type(e).__name__ + ": " + str(e))
        log.append(a.__sizeof__())
    print(code, a.tolist(), log)
