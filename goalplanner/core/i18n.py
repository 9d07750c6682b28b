"""Marking text for translation in layers that cannot import Qt.

``pyside6-lupdate`` reads source files, not imports: any call spelled
``QT_TRANSLATE_NOOP("Context", "text")`` is extracted into the ``.ts`` files.
The function itself returns the English text unchanged; the UI translates it
with ``QCoreApplication.translate(context, text)`` when it shows it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; marks it for extraction under ``context``."""
    del context
    return text
