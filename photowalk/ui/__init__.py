"""The desktop window: PySide6 widgets over the core. Nothing outside this package imports Qt."""
