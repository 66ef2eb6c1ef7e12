# An IndexError inside a loop body in a nested function, with subscript carets.
def pairs(items):
    out = []
    for i in range(len(items)):
        out.append((items[i], items[i + 1]))
    return out


print(pairs([1, 2, 3]))
