"""Marks core message templates for translation without importing Qt."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; pyside6-lupdate extracts it under `context`."""
    return text
