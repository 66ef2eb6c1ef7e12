# An exception raised inside a generator, seen through next() and a for loop.
def numbers(limit):
    n = 0
    while True:
        if n >= limit:
            raise ValueError(f"limit {limit} reached")
        yield n
        n += 1


def consume():
    total = 0
    for x in numbers(3):
        total += x
        print("got", x)
    return total


consume()
