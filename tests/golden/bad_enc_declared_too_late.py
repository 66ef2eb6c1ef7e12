print("code on line 1 ends the search")
# coding: latin-1
print("é")
