"""Works around a PySide6 6.12 bug on Python 3.10/3.11: every call that gives Python a None loses a reference to None.

PySide6 6.12's wheels (abi3) hand Python the None of a void method (label.setText(...)) or of an
invalid QVariant without taking a reference to it: fine on Python 3.12+, where None is immortal,
but on 3.11 each such call lowers None's count by one, and after some tens of thousands of calls
(a grid being painted, a few seconds of scrolling) the interpreter aborts with "deallocating None".
PySide6 6.11 does not do this, and pyproject.toml asks for it on Python 3.11; where a newer
PySide6 is installed anyway (a distribution's package, --no-deps), the count of None is raised
once, far beyond what any session can use up.
"""

from __future__ import annotations

import ctypes
import platform
import sys

import PySide6

_HEADROOM = 1 << 50  # about 10^15 calls


def keep_none_alive() -> bool:
    """Give None (and True, False) a reference count no session can wear away; True when it was done."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False  # immortal there
    if PySide6.__version_info__[:2] < (6, 12):
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
    return True
