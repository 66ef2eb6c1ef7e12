# coding=utf8
# coding=latin-1 (only the first declaration counts)
print("é")
