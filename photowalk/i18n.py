"""Marks core message templates for translation without importing Qt."""


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None, n: int | None = None) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; pyside6-lupdate extracts it under `context`.

    A number literal as `n` (e.g. `QT_TRANSLATE_NOOP(ctx, "%n photo(s)", None, 1)`) makes lupdate
    collect it as a plural message.
    """
    return text
