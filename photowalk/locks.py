"""Exclusive locks on an open file, across processes, on Linux, macOS and Windows (portalocker).

flock on Linux and macOS, msvcrt's byte lock on Windows: the operating system drops the lock when
the descriptor is closed or the process ends, even by kill -9 or a crash, so a stale lock never
blocks the next holder.
"""

from __future__ import annotations

from typing import IO, Any

import portalocker
import portalocker.exceptions


def try_lock(target: IO[Any] | int) -> bool:
    """Lock an open file (object or descriptor) for this process alone, without waiting; False when another holds it.

    Closing the descriptor releases the lock; there is no unlock to forget.
    """
    try:
        portalocker.lock(target, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
    except portalocker.exceptions.AlreadyLocked:
        return False
    return True
