# Traceback markers under a line with wide characters (CJK, emoji): CPython counts them as
# two columns each when it lines up the ~~~^^^.
def label(names):
    return "名前: " + names["名"] + " 😀 " + names["姓"][0] + 1


print(label({"名": "太郎", "姓": "山田"}))
