import sys
class Code(int):
    def __str__(self):
        return "never shown"
sys.exit(Code(9))
