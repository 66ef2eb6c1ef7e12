# contextlib.chdir as scripts use it: work elsewhere, come back, even on errors.
import contextlib
import os

start = os.getcwd()
with contextlib.chdir('/') as result:
    print(result, os.getcwd())
    with contextlib.chdir('tmp'):
        print(os.getcwd())
    print(os.getcwd())
print(os.getcwd() == start)

# One instance entered twice, nested: each exit goes back one step.
cd = contextlib.chdir('/tmp')
with cd:
    os.chdir('/')
    with cd:
        print(os.getcwd())
    print(os.getcwd())
print(os.getcwd() == start)

try:
    with contextlib.chdir('/'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e, os.getcwd() == start)

try:
    with contextlib.chdir('/no/such/dir/here'):
        print('not reached')
except FileNotFoundError as e:
    print(type(e).__name__, e, os.getcwd() == start)

try:
    os.chdir('/no/such/dir')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
os.chdir('/')
print(os.getcwd())
os.chdir(start)
print(os.getcwd() == start, isinstance(cd, contextlib.AbstractContextManager))
