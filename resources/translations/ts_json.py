"""Hand the texts of a ``.ts`` file to a translator as JSON, check the answer, and take it back.

    python resources/translations/ts_json.py export LANG [--all] > todo.json
    python resources/translations/ts_json.py check LANG done.json
    python resources/translations/ts_json.py import LANG done.json

With ``--qtbase`` they work on ``qtbase_LANG.ts`` instead: Qt's own texts (wizard and dialog buttons,
the text fields' menu, the file dialog) for the languages Qt ships no translation of (ro, nb).

``export`` lists the unfinished messages of ``goalplanner_LANG.ts`` (all of them with ``--all``) as
``{"context", "source", "comment", "numerus", "forms", "translation"}``; a translator fills in
``translation`` — a string, or for ``numerus`` messages a list of ``forms`` strings (the plural forms
Qt uses for that language, in Qt's order). ``check`` reports every entry whose placeholders,
accelerator, line breaks or plural forms do not match its source; ``import`` refuses a file with any
such problem, otherwise writes the translations into the ``.ts`` and marks them finished. Run
``make translations`` afterwards to compile the ``.qm``.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Plural forms per language, as Qt counts them (qtbase/src/corelib/kernel/qtranslator.cpp rules).
PLURAL_FORMS = {
    "en": ("1", "other"),  # goalplanner_en.ts: the texts with a count only, in their English forms
    "zh_CN": ("all numbers",),
    "ko": ("all numbers",),
    "nb": ("1", "other"),
    "ro": ("1", "0 and 2-19 (and numbers ending in 01-19 above 100)", "20 and more"),
}

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%L?\d|<[^<>]+>|&[a-z]+;")


CATALOGUES = ("goalplanner", "qtbase")  # ours, and Qt's own texts for languages Qt does not ship


def ts_path(language: str, catalogue: str = "goalplanner") -> Path:
    return HERE / f"{catalogue}_{language}.ts"


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context: str, source: str, comment: str | None) -> tuple[str, str, str]:
    return context, source, comment or ""


def accelerator(text: str) -> int:
    """How many keyboard accelerators (single ``&`` before a character) a text has."""
    return len(re.findall(r"(?<!&)&(?![&\s]|[a-z]+;)", text))


def problems(entry: dict, language: str) -> list[str]:
    source, translation = entry["source"], entry.get("translation")
    forms = translation if entry.get("numerus") else [translation]
    wanted = len(PLURAL_FORMS[language])
    if entry.get("numerus") and (not isinstance(translation, list) or len(translation) != wanted):
        return [f"needs a list of {len(PLURAL_FORMS[language])} plural forms"]
    found = []
    for text in forms:
        if not isinstance(text, str) or not text.strip():
            found.append("no translation")
            continue
        want = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
        have = sorted(p for p in PLACEHOLDER.findall(text) if p != "%n")
        if want != have:
            found.append(f"placeholders {want} became {have}")
        if "%n" in source and "%n" not in text:
            found.append("%n is missing")
        if accelerator(source) != accelerator(text):
            found.append(f"{accelerator(source)} accelerator(s) '&' in the source, {accelerator(text)} here")
        if source.count("\n") != text.count("\n"):
            found.append("line breaks differ")
        if source != source.strip() and (source[:1].isspace(), source[-1:].isspace()) != (
            text[:1].isspace(),
            text[-1:].isspace(),
        ):
            found.append("leading/trailing space differs")
    return found


def export(language: str, everything: bool, catalogue: str = "goalplanner") -> list[dict]:
    tree = ET.parse(ts_path(language, catalogue))
    out = []
    for context, message in messages(tree):
        element = message.find("translation")
        if not everything and element.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        current = [form.text or "" for form in element.iter("numerusform")] if numerus else element.text or ""
        out.append(
            {
                "context": context,
                "source": message.findtext("source"),
                "comment": message.findtext("comment") or "",
                "note": message.findtext("extracomment") or "",
                "numerus": numerus,
                "forms": list(PLURAL_FORMS[language]) if numerus else None,
                "translation": current,
            }
        )
    return out


def check(language: str, entries: list[dict]) -> list[str]:
    report = []
    for entry in entries:
        for problem in problems(entry, language):
            report.append(f"[{entry['context']}] {entry['source'][:60]!r}: {problem}")
    return report


def write(language: str, entries: list[dict], catalogue: str = "goalplanner") -> int:
    path = ts_path(language, catalogue)
    tree = ET.parse(path)
    given = {key(e["context"], e["source"], e.get("comment")): e for e in entries}
    done = 0
    for context, message in messages(tree):
        entry = given.get(key(context, message.findtext("source"), message.findtext("comment")))
        if entry is None:
            continue
        element = message.find("translation")
        for child in list(element):
            element.remove(child)
        if entry.get("numerus"):
            element.text = None
            for form in entry["translation"]:
                ET.SubElement(element, "numerusform").text = form
        else:
            element.text = entry["translation"]
        element.attrib.pop("type", None)
        done += 1
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in {"export", "check", "import"} or argv[1] not in PLURAL_FORMS:
        print(__doc__, file=sys.stderr)
        return 2
    command, language = argv[0], argv[1]
    catalogue = "qtbase" if "--qtbase" in argv else "goalplanner"
    argv = [arg for arg in argv if arg != "--qtbase"]
    if command == "export":
        json.dump(export(language, "--all" in argv, catalogue), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    entries = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    report = check(language, entries)
    for line in report:
        print(line)
    if report:
        print(f"{len(report)} problem(s)", file=sys.stderr)
        return 1
    if command == "import":
        written = write(language, entries, catalogue)
        print(f"{written} translation(s) written into {ts_path(language, catalogue).name}")
    else:
        print(f"{len(entries)} entries ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
