# An exception whose __str__ recurses forever.
class Deep(Exception):
    def __str__(self):
        return str(self)
print("start")
raise Deep()
