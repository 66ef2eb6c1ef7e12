# A failing lambda called from sorted(): the lambda's frame is named <lambda>.
records = [{"name": "a", "age": 3}, {"name": "b"}]
print(sorted(records, key=lambda r: r["age"]))
