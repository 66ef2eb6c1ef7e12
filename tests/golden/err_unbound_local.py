# UnboundLocalError uncaught: a global shadowed by a later local assignment.
count = 0


def increment():
    count = count + 1
    return count


increment()
