# coding: utf-8
# A declared UTF-8 file may hold invalid bytes in a comment: ÿ
print("comment bytes ignored")
