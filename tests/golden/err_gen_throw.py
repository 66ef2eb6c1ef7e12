# generator.throw(): a handled exception, then an unhandled one propagating out of throw().
def worker():
    while True:
        try:
            item = yield
        except KeyError:
            print("handled KeyError")
            continue
        print("got", item)
w = worker()
next(w)
w.send(1)
w.throw(KeyError)
w.throw(ValueError("boom"))
