# An unknown future feature.
from __future__ import nonsense
