# Objects still alive when the program ends are finalized at exit, after the last line.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
first = Noisy("first global")
second = Noisy("second global")
holder = [Noisy("in a list")]
print("last line of the program")
