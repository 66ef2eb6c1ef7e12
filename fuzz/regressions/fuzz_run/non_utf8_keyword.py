def f(a,**kwargs):return(kwargs)
print(f(1,ì=9))