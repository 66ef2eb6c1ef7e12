# from-import of a missing name: ImportError with the module's file, reported at the statement.
import imp_helper
print("imported", imp_helper.__name__)
from imp_helper import greet, no_such_name
