# An uncaught KeyError shows the key's repr; an empty key and a tuple key.
inventory = {"apples": 3}
print(inventory["apples"])
print(inventory[("pears", 2)])
