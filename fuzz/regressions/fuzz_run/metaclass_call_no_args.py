# M)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
         ces[cl] = super().__call__(*args)
        ances[cls]
class Config(metaclass=Singleton):
   def __init__(s):nt("Ceated")
print(Config())
c
