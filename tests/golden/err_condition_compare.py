# A failed truth test of a comparison's result is reported at the comparison.
class Undecided:
    def __bool__(self):
        raise ValueError("cannot decide")


class Fuzzy:
    def __lt__(self, other):
        return Undecided()


def count_up(x):
    steps = 0
    while x < 10:
        steps += 1
    return steps


count_up(Fuzzy())
