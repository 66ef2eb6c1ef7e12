# Generated sequences of StringIO and BytesIO operations (a fixed
# pseudo-random sequence, the same under any interpreter): what each call
# returns or raises, and the stream's value, must be CPython's.
import io

state = 777

def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

texts = ["", "a", "ab\n", "x\r\ny", "\r", "\n\n", "é☃\n", "line\rnext\r\n", "tail"]
for trial in range(300):
    binary = rand(3) == 0
    if binary:
        s = io.BytesIO(texts[rand(len(texts))].encode())
    else:
        s = io.StringIO(texts[rand(len(texts))], [None, "", "\n", "\r", "\r\n"][rand(5)])
    log = []
    for _ in range(1 + rand(10)):
        op, n = rand(9), rand(8) - 2
        t = texts[rand(len(texts))]
        try:
            if op == 0:
                r = s.write(t.encode() if binary else t)
            elif op == 1:
                r = s.read(n)
            elif op == 2:
                r = s.readline(n)
            elif op == 3:
                r = s.seek(max(n, 0) if not binary else n, rand(3) if binary else 0)
            elif op == 4:
                r = s.tell()
            elif op == 5:
                r = s.truncate(None if n < 0 else n)
            elif op == 6:
                r = s.readlines()
            elif op == 7:
                r = list(s)
            else:
                r = s.getvalue()
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        log.append(r)
    print("B" if binary else "S", log, repr(s.getvalue()), s.tell(), None if binary else s.newlines)
