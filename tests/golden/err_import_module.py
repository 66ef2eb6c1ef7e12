# An exception raised while an imported module runs: its <module> frame appears in the traceback.
import imp_helper
print(imp_helper.VALUE)
import imp_helper_broken
