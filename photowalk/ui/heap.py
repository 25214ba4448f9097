"""The window's objects that live as long as a project is open, kept out of Python's full garbage collections.

A full collection walks every object the interpreter tracks: with 5,000 photos in the model that is
a pause of 100 ms or more on the GUI thread, at moments nobody chooses (an import, an upload). The
photos, their problems and the Qt wrappers of an open project live until it closes and hold no
garbage, so once they are loaded they are frozen: later collections walk only what is new.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Freeze what is alive now (after photos are loaded, read again after a change, or imported)."""
    gc.collect(1)  # the young objects only: cheap, and cyclic garbage of the moment is not frozen
    gc.freeze()


def release() -> None:
    """Let the collector see every object again (a project is closed: its photos become garbage)."""
    gc.unfreeze()
