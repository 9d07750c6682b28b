"""A translation is found only when lupdate files a text under the context looked up at run time."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "goalplanner" / "ui"


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"


def _on_self(call: ast.Call) -> bool:
    return isinstance(call.func.value, ast.Name) and call.func.value.id == "self"


def classes_and_bases() -> tuple[dict[str, Path], dict[str, set[str]]]:
    """Classes whose own methods call ``self.tr``, and every class's base-class names."""
    translating: dict[str, Path] = {}
    bases: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
            if any(_is_tr(call) and _on_self(call) for call in ast.walk(node)):
                translating[node.name] = path
    return translating, bases


def test_no_class_that_translates_with_self_tr_is_inherited():
    # self.tr() looks the text up under the class of the object (say MainWindow), while pyside6-lupdate
    # files it under the class whose code calls it (say a mixin): the translation would never be found.
    translating, bases = classes_and_bases()
    inherited = {base for names in bases.values() for base in names}
    assert translating, "the scan found no self.tr() at all"
    assert sorted(name for name in translating if name in inherited) == []


def test_no_translation_through_another_objects_tr():
    # parent.tr("...") is invisible to lupdate and uses the parent's class at run time.
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _is_tr(node) and not _on_self(node):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_the_catalogue_texts_given_to_lupdate_match_the_toml_files():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "resources" / "translations" / "update.py"
    spec = importlib.util.spec_from_file_location("translations_update", script)
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    generated = script.with_name("catalogue_strings.py").read_text(encoding="utf-8")
    assert generated == update.catalogue_source(), (
        "run `make translations` after editing kpis.toml or templates.toml"
    )
    assert 'QT_TRANSLATE_NOOP("Kpi", "Customer satisfaction (CSAT)")' in generated.replace("'", '"')


def test_every_language_is_complete_and_consistent():
    # Qt shows the English text for anything unfinished: every entry must be translated, none left over
    # from texts that are gone, placeholders/accelerators/plural forms intact (ts_json.py's checks).
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ts_json.py"
    spec = importlib.util.spec_from_file_location("ts_json", script)
    ts_json = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ts_json)
    files = [("goalplanner", language) for language in ts_json.PLURAL_FORMS]
    files += [("qtbase", path.stem.split("_", 1)[1]) for path in script.parent.glob("qtbase_*.ts")]
    assert ("qtbase", "ro") in files and ("qtbase", "nb") in files  # Qt ships neither
    for catalogue, language in files:
        text = ts_json.ts_path(language, catalogue).read_text(encoding="utf-8")
        assert 'type="obsolete"' not in text and 'type="vanished"' not in text, language
        entries = ts_json.export(language, True, catalogue)
        if language == "en":  # English: only the plural forms of texts with a count
            assert len(entries) > 10 and all(e["numerus"] for e in entries)
        else:
            assert len(entries) > (600 if catalogue == "goalplanner" else 150), language
        unfinished = [e["source"] for e in ts_json.export(language, False, catalogue)]
        assert unfinished == [], f"{catalogue}_{language}: {len(unfinished)} untranslated: {unfinished[:3]}"
        assert ts_json.check(language, entries) == [], f"{catalogue}_{language}"


def test_every_text_with_a_count_has_plural_forms_and_no_count_is_written_with_s_in_brackets():
    # "(s)" after a count ("3 goal(s)") is what a plural form replaces: each such text passes its count
    # to Qt (numerus), so English (goalplanner_en.ts) and every language can write it properly.
    import re

    import_root = Path(__file__).resolve().parents[1] / "goalplanner"
    for path in import_root.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\{[^{}]*\} \w+\(s\)|\d \w+\(s\)", line):
                raise AssertionError(f"{path.name}:{number}: a count with '(s)': {line.strip()}")
    english = ET.parse(import_root.parent / "resources" / "translations" / "goalplanner_en.ts").getroot()
    sources = {m.findtext("source") for m in english.iter("message")}
    for language in ("zh_CN", "ko", "ro", "nb"):
        ts = import_root.parent / "resources" / "translations" / f"goalplanner_{language}.ts"
        numerus = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message") if m.get("numerus")}
        assert numerus <= sources, f"plural texts of {language} with no English forms: {numerus - sources}"
