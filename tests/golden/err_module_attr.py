# AttributeError on a module, with a suggestion, raised in an imported helper's function.
import math
import imp_helper
print(imp_helper.greet("x"))
print(math.sqr(4))
