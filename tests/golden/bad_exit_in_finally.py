# sys.exit inside try/finally and inside an except: finally runs; the code wins.
import sys
try:
    try:
        1 / 0
    except ZeroDivisionError:
        sys.exit(4)
finally:
    print("finally ran")
