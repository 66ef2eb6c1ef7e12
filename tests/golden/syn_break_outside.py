# break outside any loop
def f():
    break
