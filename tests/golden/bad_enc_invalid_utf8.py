# A script with a byte that is not UTF-8 and no coding declaration.
print("never printed")
x = "ÿþ"
