# Python will never have braces.
from __future__ import braces
