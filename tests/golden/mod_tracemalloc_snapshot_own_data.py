# tracemalloc's snapshots do not trace the data they are made of, so a later
# snapshot's top lines are the program's; and a script's globals are
# CPython's (with __annotations__ and __cached__), so its dict grows at the
# same statement.
import tracemalloc

tracemalloc.start()
s1 = tracemalloc.take_snapshot()
s2 = tracemalloc.take_snapshot()
mine = [(st.traceback[0].lineno, st.size, st.count) for st in s2.statistics("lineno")
        if st.traceback[0].filename == __file__]
others = [st for st in s2.statistics("filename") if st.traceback[0].filename != __file__]
print(mine)
print(sum(st.size for st in others), sum(st.count for st in others))
print(list(globals())[:9])
