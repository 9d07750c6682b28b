"""``make translations``: refresh the Qt Linguist sources and compile them.

1. Writes ``catalogue_strings.py`` beside this file: the visible texts of ``resources/kpis.toml``
   (context "Kpi") and ``resources/templates.toml`` (context "Template") as ``QT_TRANSLATE_NOOP``
   calls, because ``pyside6-lupdate`` reads Python, not TOML.
2. Runs ``pyside6-lupdate`` over goalplanner's sources and that file into ``goalplanner_LANG.ts``
   for each language (texts gone from the code are dropped: ``-no-obsolete``), and into
   ``goalplanner_en.ts`` the texts with a count only (``-pluralonly``): English's own plural forms
   ("%n goal(s)" -> "%n goal", "%n goals"), which the window and ``core.i18n.english`` read.
   A text whose code moved to another class (a new tr() context) keeps its translation: when
   lupdate leaves a text unfinished that was translated, in one way only, under another context
   before the run, that translation is carried over (``carry_moved``).
3. Runs ``pyside6-lrelease`` to compile each ``.ts`` into the ``.qm`` the app loads, including
   ``qtbase_LANG.ts``: Qt's own texts (buttons, text field menus) for languages Qt ships none of.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN", "ko", "ro", "nb")
SOURCE_LANGUAGE = "en"  # its file holds only the plural forms of the texts with a count
KPI_FIELDS = ("name", "formula", "benchmark")
TEMPLATE_FIELDS = ("name", "title", "scope_hint", "baseline_hint", "why")


def catalogue_source() -> str:
    """Python source listing the catalogue's and templates' texts for lupdate."""
    lines = [
        '"""Made by resources/translations/update.py for pyside6-lupdate: do not edit, do not import."""',
        "",
        "from goalplanner.core.i18n import QT_TRANSLATE_NOOP",
        "",
    ]
    for file, context, fields in (
        ("kpis.toml", "Kpi", KPI_FIELDS),
        ("templates.toml", "Template", TEMPLATE_FIELDS),
    ):
        entries = tomllib.loads((ROOT / "resources" / file).read_text(encoding="utf-8"))
        for key, entry in entries.items():
            for field in fields:
                if isinstance(entry.get(field), str):
                    lines.append(f"QT_TRANSLATE_NOOP({context!r}, {entry[field]!r})  # {key}.{field}")
    lines.append('QT_TRANSLATE_NOOP("Kpi", "Custom")')
    return "\n".join(lines) + "\n"


def _key(message: ET.Element) -> tuple[str, str, bool]:
    comment = message.find("comment")
    return (message.findtext("source", ""), "" if comment is None else comment.text or "",
            message.get("numerus") == "yes")  # fmt: skip


def finished_translations(ts: Path) -> dict[tuple[str, str, bool], dict[str, ET.Element]]:
    """Every finished translation in ``ts``: (source, comment, plural) -> {context: <translation>}."""
    found: dict[tuple[str, str, bool], dict[str, ET.Element]] = {}
    if not ts.exists():
        return found
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found.setdefault(_key(message), {})[context.findtext("name", "")] = translation
    return found


def carry_moved(
    ts: Path, before: dict[tuple[str, str, bool], dict[str, ET.Element]]
) -> tuple[int, list[str]]:
    """Fill unfinished texts of ``ts`` whose source had one translation ``before`` (under any context).

    Returns how many were filled, and the texts left unfinished because they had several translations.
    """
    tree = ET.parse(ts)
    ambiguous, carried = [], 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            earlier = before.get(_key(message), {})
            choices = {ET.tostring(t, encoding="unicode"): t for t in earlier.values()}
            if len(choices) == 1:
                message.remove(translation)
                message.append(next(iter(choices.values())))
                carried += 1
            elif choices:
                ambiguous.append(f"{context.findtext('name')}: {message.findtext('source')}")
    if carried:
        ET.indent(tree, space="    ")
        text = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
        )
    return carried, ambiguous


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 (make test sets up .venv)")
    return found


def main(only: list[str]) -> int:
    """Refresh and compile every language's files, or those named in ``only`` (``update.py en``)."""
    generated = HERE / "catalogue_strings.py"
    generated.write_text(catalogue_source(), encoding="utf-8")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "goalplanner").rglob("*.py"))
    sources.append(str(generated.relative_to(ROOT)))
    for language in (SOURCE_LANGUAGE, *LANGUAGES):
        if only and language not in only:
            continue
        ts = HERE / f"goalplanner_{language}.ts"
        options = [
            *(["-pluralonly"] if language == SOURCE_LANGUAGE else []),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
        ]
        before = finished_translations(ts)
        lupdate = [tool("pyside6-lupdate"), *sources, *options, "-ts", str(ts)]
        subprocess.run(lupdate, cwd=ROOT, check=True)
        carried, ambiguous = carry_moved(ts, before)
        if carried:  # once more, so the file is written in lupdate's own layout
            subprocess.run(lupdate, cwd=ROOT, check=True, capture_output=True)
        for text in ambiguous:
            print(f"{language}: several translations of a moved text, left unfinished: {text}")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    # Qt's own texts for the languages Qt has no translation of: translated here, only compiled.
    for ts in sorted(HERE.glob("qtbase_*.ts")) if not only else ():
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
