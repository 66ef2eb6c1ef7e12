"""A helper module that reports its own execution: imported once, cached after."""
print("imp_helper_loud executing as", __name__)
LOUD = True
