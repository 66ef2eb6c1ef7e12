# The exit status of an uncaught SystemExit is its `code` attribute, read as
# an attribute (CPython's _Py_HandleSystemExit): a class may compute it.
class Leaving(SystemExit):
    @property
    def code(self):
        print("code asked for")
        return 3


print("before")
raise Leaving(9)
