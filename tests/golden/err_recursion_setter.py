# A property setter that assigns to itself: endless recursion through the descriptor.
class Temperature:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self.celsius
    @celsius.setter
    def celsius(self, value):
        self.celsius = value
Temperature(5)
