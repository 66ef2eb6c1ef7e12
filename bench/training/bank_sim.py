# PGO training: classes, inheritance, properties, instance attributes, floats.
class Account:
    rate = 0.01

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("in", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("out", amount))

    def month_end(self):
        self.balance += self.balance * self.rate

    @property
    def summary(self):
        return f"{self.owner}: {self.balance:.2f}"


class Savings(Account):
    rate = 0.02

    def withdraw(self, amount):
        if len(self.history) % 5 == 4:
            amount += 1.5  # fee
        super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, owner):
        account = kind(owner, 100.0)
        self.accounts[owner] = account
        return account

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
for i in range(300):
    bank.open(Savings if i % 3 == 0 else Account, "client%d" % i)
refused = 0
x = 1
for step in range(600000):
    x = (x * 1103515245 + 12345) % 2147483648
    account = bank.accounts["client%d" % (x % 300)]
    try:
        if x % 3:
            account.deposit((x % 5000) / 100)
        else:
            account.withdraw((x % 9000) / 100)
    except ValueError:
        refused += 1
    if step % 20000 == 0:
        for a in bank.accounts.values():
            a.month_end()
print("bank_sim", refused, round(bank.total(), 2), len(max(bank.accounts.values(), key=lambda a: a.balance).summary))
