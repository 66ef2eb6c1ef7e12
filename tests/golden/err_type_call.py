# A TypeError from a bad call, across a method call and a nested function.
class Greeter:
    def greet(self, name, punctuation):
        return f"hello {name}{punctuation}"


def run():
    g = Greeter()
    print(g.greet("a", "!"))
    return g.greet("b")


run()
