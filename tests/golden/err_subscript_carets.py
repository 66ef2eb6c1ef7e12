# Carets for a failing subscript in a longer expression.
data = {"users": [{"name": "ann"}, {"name": "bob"}]}
print(data["users"][1]["name"])
count = len(data["users"]) + len(data["groups"][0])
