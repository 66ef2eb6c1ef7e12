# random.sample of more items than a list can hold: MemoryError from making
# the result list (its allocation's failure was not checked: a crash)
import random
try:
    random.sample(range(2**62), 2**61)
except MemoryError as e:
    print(type(e).__name__, e.args)
print(len(random.sample(range(2**62), 3)))
