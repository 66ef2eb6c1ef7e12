# throw() into a generator suspended at `x = yield v` inside a loop and an
# if: the traceback shows the yield.
def pipeline(values):
    for v in values:
        if v:
            received = yield v


p = pipeline([1, 2])
print(next(p))
p.throw(TypeError("thrown in"))
