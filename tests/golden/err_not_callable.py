# Calling something that is not callable, through an attribute.
class Settings:
    def __init__(self):
        self.debug = True


s = Settings()
print(s.debug)
if s.debug():
    print("never")
