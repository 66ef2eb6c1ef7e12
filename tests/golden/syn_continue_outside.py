# continue outside any loop
if True:
    continue
