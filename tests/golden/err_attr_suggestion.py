# AttributeError with a "Did you mean" suggestion from the object's attributes.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3


c = Config()
try:
    c.retry
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is c)
print(c.timeout)
print([1, 2].apend(3))
