"""A helper module for mem_refcount_constants: constants in imported code (prints nothing)."""
import sys


def constant_refcount():
    value = 123456
    return sys.getrefcount(value)
