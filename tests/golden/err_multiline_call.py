# A failing call whose arguments span several lines.
def build(name, size, color):
    return {"name": name, "size": size + 1, "color": color}


item = build(
    "box",
    "large",
    "red",
)
