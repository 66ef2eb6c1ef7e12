# coding: ascii
print("never printed", "é")
