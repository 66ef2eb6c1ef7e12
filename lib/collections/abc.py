"""collections.abc: the abstract base classes of containers.

The classes are defined in _collections_abc (as CPython does, so that
collections can use them without importing its own submodule); this module
only names them. See _collections_abc's docstring for what is provided.
"""

from _collections_abc import *
from _collections_abc import __all__
