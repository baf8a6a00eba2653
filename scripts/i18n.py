"""Collect the plugin's translatable texts into ``i18n/oneatlas_ppo_<lang>.ts`` and compile them to ``.qm``.

Why not ``pylupdate5`` alone: the plugin marks texts with module-level helpers (``def tr(text): return
QCoreApplication.translate("AoiSection", text)``); pylupdate5 files a ``tr("...")`` outside a class under
"@default", so the catalogue would not match the context the helper asks Qt for at run time. This reader
knows the helpers (it reads each module's ``def tr`` to learn its context) and collects:

- ``tr("...")`` through a module helper, in that helper's context;
- ``self.tr("...")`` in the enclosing class's context (what PyQt asks for);
- ``QCoreApplication.translate("Context", "...", None, n)`` (with ``n``: a plural, ``numerus="yes"``);
- ``QT_TRANSLATE_NOOP("Context", "...")``: a text defined in one place, translated where it is shown;
- in ``core/`` (no Qt there): ``Text("...")`` and ``Plural("%n ...", ...)`` templates of ``core.i18n``,
  in the "core" context, translated by the UI at the boundary (``ui/common/i18n.translated``).

English is the source language: its catalogue (``--lang en``) holds only the plural texts, whose
sources say "%n scene(s)" and whose English forms ("%Ln scene", "%Ln scenes") Qt can only take from a
catalogue (docs/decisions/0010-english-plurals-catalogue.md).

    python scripts/i18n.py update [--lang fr]   -> merge new texts into the .ts, keeping translations
    python scripts/i18n.py check  [--lang fr]   -> exit 1 when the .ts is stale or a translation missing
    python scripts/i18n.py release              -> compile every .ts to .qm with lrelease
"""

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Optional, Tuple

REPO = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("ui", "core", "processing_provider")
SOURCE_FILES = ("plugin.py",)
CORE_CONTEXT = "core"
SOURCE_LANGUAGE = "en"  # its catalogue holds the plural forms only
LANGUAGES = ("fr", SOURCE_LANGUAGE)  # what `make translations` updates

Key = Tuple[str, str]  # (context, source text)
# "scene(s)", "diffusé(e)s": a plural written out instead of Qt's plural forms ("%n scene(s)" with a count).
WRITTEN_PLURAL = re.compile(r"\w\((?:s|es|e|x)\)")


class Message:
    def __init__(self, numerus: bool):
        self.numerus = numerus
        self.locations: List[Tuple[str, int]] = []


def source_files(repo: Path = REPO) -> List[Path]:
    files = [repo / name for name in SOURCE_FILES]
    for folder in SOURCE_FOLDERS:
        files.extend(sorted((repo / folder).rglob("*.py")))
    return files


def _literal(node) -> Optional[str]:
    """A string literal, including "a" "b" and "a" + "b"; None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_translate_call(node) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate")


def _helper_contexts(tree) -> Dict[str, str]:
    """Module-level helpers ``def name(text): return QCoreApplication.translate("Ctx", text)``."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for statement in node.body:
                if (isinstance(statement, ast.Return) and _is_translate_call(statement.value)
                        and statement.value.args and _literal(statement.value.args[0]) is not None):
                    helpers[node.name] = _literal(statement.value.args[0])
    return helpers


class _Reader(ast.NodeVisitor):
    def __init__(self, path: str, helpers: Dict[str, str], in_core: bool):
        self.path = path
        self.helpers = helpers
        self.in_core = in_core
        self.classes: List[str] = []
        self.found: List[Tuple[str, str, bool, int]] = []
        self.computed: List[str] = []  # tr(f"...") and the like: never in any catalogue

    def visit_ClassDef(self, node):  # noqa: N802 (ast API)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node):  # noqa: N802 (ast API)
        if node.name in self.helpers and not self.classes:
            return  # the helper's own body passes its parameter on
        self.generic_visit(node)

    def _add(self, context, node, numerus=False):
        text = _literal(node.args[0]) if node.args else None
        if text is None:
            if node.args and isinstance(node.args[0], ast.JoinedStr):
                self.computed.append(f"{self.path}:{node.lineno}")
            return
        self.found.append((context, text, numerus, node.lineno))

    def visit_Call(self, node):  # noqa: N802 (ast API)
        func = node.func
        if isinstance(func, ast.Name) and func.id in self.helpers:
            self._add(self.helpers[func.id], node, numerus=len(node.args) > 1)
        elif (isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
              and func.value.id == "self" and self.classes):
            self._add(self.classes[-1], node, numerus=len(node.args) > 2)
        elif _is_translate_call(node) and len(node.args) >= 2 and _literal(node.args[0]) is not None:
            context = _literal(node.args[0])
            inner = ast.Call(func=func, args=node.args[1:], keywords=[])
            inner.lineno = node.lineno
            self._add(context, inner, numerus=len(node.args) >= 4)
        elif (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2
              and _literal(node.args[0]) is not None):
            inner = ast.Call(func=func, args=node.args[1:], keywords=[])
            inner.lineno = node.lineno
            self._add(_literal(node.args[0]), inner)
        elif self.in_core and isinstance(func, ast.Name) and func.id in ("Text", "Plural"):
            self._add(CORE_CONTEXT, node, numerus=func.id == "Plural")
        self.generic_visit(node)


def collect(repo: Path = REPO):
    """{(context, source): Message} in source order, and the places that translate computed text."""
    messages: Dict[Key, Message] = {}
    computed: List[str] = []
    for path in source_files(repo):
        relative = path.relative_to(repo).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), relative)
        reader = _Reader(relative, _helper_contexts(tree), relative.startswith("core/"))
        reader.visit(tree)
        computed.extend(reader.computed)
        for context, text, numerus, line in reader.found:
            message = messages.setdefault((context, text), Message(numerus))
            message.numerus = message.numerus or numerus
            message.locations.append((relative, line))
    return messages, computed


def catalogue_messages(lang: str, repo: Path = REPO):
    """The texts a language's catalogue holds: all of them, or for English the UI's plurals alone (core's
    ``Plural`` carries its own English words)."""
    messages, computed = collect(repo)
    if lang == SOURCE_LANGUAGE:
        messages = {key: message for key, message in messages.items()
                    if message.numerus and key[0] != CORE_CONTEXT}
    return messages, computed


# --- the .ts file ------------------------------------------------------------------------------------------

def ts_path(lang: str, repo: Path = REPO) -> Path:
    return repo / "i18n" / f"oneatlas_ppo_{lang}.ts"


def read_ts(path: Path) -> Dict[Key, dict]:
    """{(context, source): {"type": None|"unfinished"|..., "forms": [..] or None, "text": str}}."""
    if not path.is_file():
        return {}
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            entries[(name, message.findtext("source") or "")] = {
                "type": translation.get("type"),
                "forms": forms if message.get("numerus") == "yes" else None,
                "text": translation.text or "",
            }
    return entries


def write_ts(path: Path, lang: str, messages: Dict[Key, Message], known: Dict[Key, dict]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    by_context: Dict[str, List[Key]] = {}
    for key in messages:
        by_context.setdefault(key[0], []).append(key)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for key in by_context[context_name]:
            message = messages[key]
            element = ET.SubElement(context, "message", numerus="yes") if message.numerus \
                else ET.SubElement(context, "message")
            for file in dict.fromkeys(file for file, _line in message.locations):
                ET.SubElement(element, "location", filename=f"../{file}")
            ET.SubElement(element, "source").text = key[1]
            old = known.get(key)
            translation = ET.SubElement(element, "translation")
            if old is None or old["type"] == "unfinished":
                translation.set("type", "unfinished")
            if message.numerus:
                forms = (old or {}).get("forms") or [(old or {}).get("text", "")] * 2
                for form in forms[:2] + [""] * (2 - len(forms[:2])):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = (old or {}).get("text", "")
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(lang: str, repo: Path = REPO) -> List[str]:
    """Why the .ts is not ready: texts missing from it, texts it has that the sources no longer use,
    translations missing or unfinished, computed texts given to tr()."""
    messages, computed = catalogue_messages(lang, repo)
    known = read_ts(ts_path(lang, repo))
    found = []
    for context, source in messages:
        entry = known.get((context, source))
        if entry is None:
            found.append(f"not in the .ts (run make translations): [{context}] {source!r}")
        elif entry["type"] == "unfinished" or not (all(entry["forms"]) if entry["forms"] is not None
                                                   else entry["text"].strip()):
            found.append(f"no finished translation: [{context}] {source!r}")
        elif any(WRITTEN_PLURAL.search(text) for text in entry["forms"] or [entry["text"]]):
            found.append(f"a plural written with '(s)' in the translation: [{context}] {source!r}")
        if WRITTEN_PLURAL.search(source) and not messages[(context, source)].numerus:
            found.append(f"'(s)' without a count: give tr() the number (%n) for real plural forms: "
                         f"[{context}] {source!r}")
    for context, source in known:
        if (context, source) not in messages:
            found.append(f"no longer in the sources (run make translations): [{context}] {source!r}")
    found.extend(f"tr() of an f-string cannot be translated: {where}" for where in computed)
    return found


def release(repo: Path = REPO) -> None:
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        sys.exit("i18n: 'lrelease' is missing (Debian package qttools5-dev-tools)")
    for source in sorted((repo / "i18n").glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "check", "release"))
    parser.add_argument("--lang", default="fr")
    args = parser.parse_args(argv)
    if args.action == "update":
        messages, _ = catalogue_messages(args.lang)
        path = ts_path(args.lang)
        write_ts(path, args.lang, messages, read_ts(path))
        left = [p for p in problems(args.lang) if not p.startswith("no finished")]
        unfinished = sum(1 for p in problems(args.lang) if p.startswith("no finished"))
        print(f"{path.relative_to(REPO)}: {len(messages)} texts, {unfinished} to translate")
        for line in left:
            print(line)
        return 0
    if args.action == "check":
        found = problems(args.lang)
        for line in found:
            print(line)
        return 1 if found else 0
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
