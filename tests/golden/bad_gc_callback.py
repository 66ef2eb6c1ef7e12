# Exceptions raised by gc.callbacks are reported and the collection goes on.
import gc
def bad(phase, info):
    raise RuntimeError("gc callback " + phase)
gc.callbacks.append(bad)
print(gc.collect())
def counter(phase, info):
    if phase == "stop":
        print("stop, collected", info["collected"])
gc.callbacks.append(counter)
a = []
a.append(a)
del a
print(gc.collect())
gc.callbacks.clear()
def mutate(phase, info):
    gc.callbacks.clear()
    print("cleared the callbacks from one")
gc.callbacks.append(mutate)
gc.callbacks.append(bad)
gc.collect()
print(gc.callbacks)
def collect_again(phase, info):
    if phase == "start":
        print("nested collect:", gc.collect())
gc.callbacks.append(collect_again)
gc.collect()
gc.callbacks.clear()
print("end")
