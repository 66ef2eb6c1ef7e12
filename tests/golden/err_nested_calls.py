# An uncaught exception three calls deep: one traceback entry per frame.
def parse(text):
    return int(text)


def load(values):
    total = 0
    for v in values:
        total += parse(v)
    return total


def main():
    print("loading")
    return load(["1", "2", "three"])


main()
