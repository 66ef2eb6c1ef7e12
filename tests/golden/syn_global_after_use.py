# a name used before its global declaration
def f():
    print(counter)
    global counter
