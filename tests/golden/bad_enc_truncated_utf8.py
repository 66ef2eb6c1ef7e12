# A truncated UTF-8 sequence at the very end of the file.
print("never printed")
Ã