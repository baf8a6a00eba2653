"""The French catalogue is complete and up to date with the sources: every text the plugin marks for
translation (tr(), self.tr(), QCoreApplication.translate, QT_TRANSLATE_NOOP, core's Text/Plural) has a
finished French translation, and the .ts holds no text the sources no longer use. The checker itself is
shown to fail on a new text, an unfinished translation and a stale entry."""

import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^}]*\}")
# A satellite name spelled otherwise than core/names.py does: "Pleiades" without its accent, or the legacy
# back-end as "Pléiades and/et SPOT" (core.names.BACKEND_NAMES: "Pléiades & SPOT") outside the list of the
# three families. Product type ids (PleiadesNeoOneDay) are API values, not words.
OTHER_SPELLING = re.compile(r"Pleiades(?![A-Za-z])|(?<!Pléiades Neo, )Pléiades (?:and|et) SPOT")


def test_every_text_has_a_finished_french_translation_and_the_ts_is_up_to_date():
    problems = i18n.problems("fr")
    assert problems == [], "run `make translations`, then translate:\n" + "\n".join(problems[:40])


def test_satellite_names_are_spelled_as_core_names_in_english_and_french():
    entries = i18n.read_ts(i18n.ts_path("fr"))
    texts = [text for (_context, source), entry in entries.items()
             for text in [source, entry["text"] or "", *(entry["forms"] or [])]]
    assert [text for text in texts if OTHER_SPELLING.search(text)] == []
    assert any("Pléiades Neo" in text for text in texts)  # the texts are read


def test_french_translations_keep_every_placeholder():
    entries = i18n.read_ts(i18n.ts_path("fr"))
    broken = [source for (_context, source), entry in entries.items() if entry["forms"] is None
              and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(entry["text"]))]
    assert broken == []
    plurals = [entry["forms"] for entry in entries.values() if entry["forms"] is not None]
    assert plurals and all("%Ln" in form or "%n" in form for forms in plurals for form in forms)


def copy_of_the_sources(tmp_path):
    for folder in i18n.SOURCE_FOLDERS + ("i18n",):
        shutil.copytree(REPO / folder, tmp_path / folder,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    for name in i18n.SOURCE_FILES:
        shutil.copy(REPO / name, tmp_path / name)
    return tmp_path


def test_the_check_fails_on_a_new_text_an_unfinished_translation_and_a_stale_entry(tmp_path):
    repo = copy_of_the_sources(tmp_path)
    assert i18n.problems("fr", repo) == []

    tab = repo / "ui" / "tabs.py"
    tab.write_text(tab.read_text(encoding="utf-8") + '\n\nNEW = tr("A brand new sentence")\n',
                   encoding="utf-8")
    assert i18n.problems("fr", repo) == [
        "not in the .ts (run make translations): [Tabs] 'A brand new sentence'"]

    messages, _ = i18n.collect(repo)
    i18n.write_ts(i18n.ts_path("fr", repo), "fr", messages, i18n.read_ts(i18n.ts_path("fr", repo)))
    assert i18n.problems("fr", repo) == ["no finished translation: [Tabs] 'A brand new sentence'"]

    tab.write_text(tab.read_text(encoding="utf-8").replace('tr("A brand new sentence")', '"gone"'),
                   encoding="utf-8")
    assert i18n.problems("fr", repo) == [
        "no longer in the sources (run make translations): [Tabs] 'A brand new sentence'"]


def test_a_computed_text_given_to_tr_is_reported(tmp_path):
    repo = copy_of_the_sources(tmp_path)
    tab = repo / "ui" / "tabs.py"
    tab.write_text(tab.read_text(encoding="utf-8") + '\n\nNEW = tr(f"{TABS} tabs")\n', encoding="utf-8")
    assert i18n.problems("fr", repo) == ["tr() of an f-string cannot be translated: ui/tabs.py:" +
                                         str(len(tab.read_text(encoding="utf-8").splitlines()))]


def test_every_plural_has_its_english_forms():
    """English is the source language: its catalogue holds the UI's plural texts, each with a singular and a
    plural form that keep the source's placeholders and never write "(s)"."""
    assert i18n.problems("en") == [], "run `make translations`, then give the English forms"
    entries = i18n.read_ts(i18n.ts_path("en"))
    assert entries and all(entry["forms"] is not None for entry in entries.values())
    for (_context, source), entry in entries.items():
        singular, plural = entry["forms"]
        assert "(s)" not in singular + plural and "%Ln" in singular and "%Ln" in plural
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(singular)) \
            == set(PLACEHOLDER.findall(plural))


def test_a_plural_written_with_parentheses_is_reported(tmp_path):
    repo = copy_of_the_sources(tmp_path)
    tab = repo / "ui" / "tabs.py"
    source = tab.read_text(encoding="utf-8")
    tab.write_text(source + '\n\nNEW = tr("{count} tab(s) open")\n', encoding="utf-8")
    assert "'(s)' without a count: give tr() the number (%n) for real plural forms: " \
           "[Tabs] '{count} tab(s) open'" in i18n.problems("fr", repo)
