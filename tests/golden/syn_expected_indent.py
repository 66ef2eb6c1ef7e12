# a block header with no indented block after it
if True:
print("not indented")
