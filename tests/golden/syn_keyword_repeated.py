# a keyword argument given twice
print(sep=" ", sep="-")
