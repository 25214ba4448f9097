"""The desktop window: PySide6 widgets over the core. Nothing outside this package imports Qt."""

from photowalk.ui.qtfix import keep_none_alive

# Before any Qt call: on Python 3.11, PySide6 6.12 wears None's reference count down (see qtfix).
keep_none_alive()
