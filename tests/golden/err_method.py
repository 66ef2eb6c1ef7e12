# Tracebacks through methods, properties and a class body.
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def status(self):
        return self.describe()

    def describe(self):
        return "balance: " + self.balance


acct = Account(10)
print(acct.balance)
print(acct.status)
