"""A product options form built from the API's options for one product type and AOI.

One row per option (a list becomes a combo box, a number a line edit). The core ``ProductOptions.resolve``
decides, after every change, which options apply (rows appear and disappear by their conditions), which
values are allowed (a combo offers only those), and which defaults fill the gaps (preselected). A choice that
a later change makes impossible (8 bits after choosing "basic" radiometry) falls back to what is allowed.

Each option reads in an analyst's words (``core.option_words``): a label, and below the field one line on
what the chosen value means; the API's names are in the tooltips. The projection starts on the project's
coordinate system when the product offers it, else the line below it says why not.
"""

from typing import Dict, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...core import option_words
from ..common.formatting import ERROR_COLOUR, MUTED_COLOUR
from ..common.widgets import set_text_colour

NUMBER_TYPES = ("double", "float", "integer", "int", "number")


def tr(text: str) -> str:
    return QCoreApplication.translate("OptionsForm", text)


def tr_words(text: str) -> str:
    """Words from core.option_words, translated where they are shown."""
    return QCoreApplication.translate(option_words.WORDS_CONTEXT, text) if text else ""


def option_label(spec) -> str:
    return tr_words(option_words.option_words(spec.name, spec.label).label)


def value_label(spec, value_id: str, api_label: str = "") -> str:
    if option_words.base_name(spec.name) == "projection":
        return projection_label(value_id, api_label)
    return tr_words(option_words.value_words(spec.name, value_id, api_label).label)


def projection_label(code: str, api_label: str = "") -> str:
    """"EPSG:2154 – RGF93 v1 / Lambert-93": the code as the API gives it, with QGIS's name for it."""
    shown = api_label or f"EPSG:{code}"
    name = crs_name(code)
    return f"{shown} – {name}" if name and name not in shown else shown


_CRS_NAMES: Dict[str, str] = {}  # EPSG code -> QGIS's name: a database look-up of ~5 ms each, done once


def crs_name(code: str) -> str:
    if code not in _CRS_NAMES:
        crs = QgsCoordinateReferenceSystem(f"EPSG:{code}") if code.isdigit() else None
        _CRS_NAMES[code] = crs.description() if crs is not None else ""
    return _CRS_NAMES[code]


def look_up_projection_names(product_options) -> None:
    """Worker thread (CRS objects may be made there): the names of the offered projections, so that the
    form built on the main thread finds them ready."""
    for spec in getattr(product_options, "options", None) or ():
        if option_words.base_name(spec.name) == "projection":
            for value in spec.values:
                crs_name(value.id)


class _OptionRow:
    def __init__(self, spec, form: "OptionsForm", row: int, grid: QGridLayout):
        self.spec = spec
        self.words = option_words.option_words(spec.name, spec.label)
        self.label = QLabel(option_label(spec), form)
        self.label.setToolTip(tr("OneAtlas option: {name}").format(name=spec.name))
        self.reason = ""  # why the projection is not the project's (set by the form)
        if spec.type in NUMBER_TYPES:
            self.editor = QLineEdit(form)
            if spec.value_range:
                self.editor.setPlaceholderText(tr("{low:g} to {high:g} (optional)").format(
                    low=spec.value_range[0], high=spec.value_range[1]))
            self.editor.textEdited.connect(lambda _text: form._on_edited(spec.name))
        else:
            self.editor = QComboBox(form)
            self.editor.currentIndexChanged.connect(lambda _index: form._on_edited(spec.name))
        self.editor.setObjectName(f"option_{spec.name}")
        self.label.setBuddy(self.editor)
        self.note = QLabel(form)  # one line on what the chosen value means
        self.note.setObjectName(f"option_{spec.name}_note")
        self.note.setWordWrap(True)
        set_text_colour(self.note, MUTED_COLOUR)
        self.error = QLabel(form)
        self.error.setObjectName(f"option_{spec.name}_error")
        self.error.setWordWrap(True)
        set_text_colour(self.error, ERROR_COLOUR)
        self.error.hide()
        grid.addWidget(self.label, 3 * row, 0)
        grid.addWidget(self.editor, 3 * row, 1)
        grid.addWidget(self.note, 3 * row + 1, 1)
        grid.addWidget(self.error, 3 * row + 2, 1)
        self.visible = True

    @property
    def is_number(self) -> bool:
        return isinstance(self.editor, QLineEdit)

    def value(self) -> Optional[str]:
        if self.is_number:
            text = self.editor.text().strip().replace(QLocale().decimalPoint(), ".")
            return text or None
        return self.editor.currentData()

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        self.label.setVisible(visible)
        self.editor.setVisible(visible)
        self.note.setVisible(visible and bool(self.note.text()))
        if not visible:
            self.error.hide()

    def fill(self, allowed, value) -> None:
        """Offer only the allowed values and select ``value`` (signals blocked: this is not a user edit)."""
        self.editor.blockSignals(True)
        try:
            if self.is_number:
                if value is not None and self.editor.text().strip() != str(value):
                    self.editor.setText(str(value))
                self._describe(None)
                return
            labels = {item.id: item.label for item in self.spec.values}
            wanted = list(allowed or [v.id for v in self.spec.values])
            current = [self.editor.itemData(i) for i in range(self.editor.count())]
            if current != wanted:
                self.editor.clear()
                for value_id in wanted:
                    self.editor.addItem(value_label(self.spec, value_id, labels.get(value_id, "")), value_id)
                    words = option_words.value_words(self.spec.name, value_id)
                    tip = tr("OneAtlas value: {value}").format(value=value_id)
                    if words.explanation:
                        tip = tr_words(words.explanation) + "\n" + tip
                    self.editor.setItemData(self.editor.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            index = self.editor.findData(value) if value is not None else -1
            self.editor.setCurrentIndex(index)
            self._describe(value if index >= 0 else None)
        finally:
            self.editor.blockSignals(False)

    def _describe(self, value: Optional[str]) -> None:
        """The line below the field: what the chosen value means (else what the option decides), and for
        the projection why it is not the project's coordinate system; the API names in the tooltip."""
        words = option_words.value_words(self.spec.name, value) if value is not None else None
        text = tr_words(words.explanation if words and words.explanation else self.words.explanation)
        text = " ".join(part for part in (text, self.reason) if part)
        self.note.setText(text)
        self.note.setVisible(self.visible and bool(text))
        tip = (tr("OneAtlas option {name} = {value}").format(name=self.spec.name, value=value)
               if value is not None else tr("OneAtlas option: {name}").format(name=self.spec.name))
        self.editor.setToolTip(tip)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text) and self.visible)


class OptionsForm(QWidget):
    """``changed`` is emitted after each user edit (a price shown for other options becomes outdated)."""

    changed = pyqtSignal()

    def __init__(self, product_options, parent=None, project_crs: Optional[Tuple[str, str, bool]] = None):
        """``project_crs``: (authid, name, is geographic) of the project's CRS, to preselect it."""
        super().__init__(parent)
        self.setObjectName("optionsForm")
        self.product_options = product_options
        self._choice: Dict[str, str] = {}
        self._preferred: Dict[str, str] = {}  # applies while the user has chosen nothing else
        self.resolved = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.rows: Dict[str, _OptionRow] = {}
        shown = [spec for spec in product_options.options if not spec.hidden]
        for number, spec in enumerate(shown):
            self.rows[spec.name] = _OptionRow(spec, self, number, grid)
        if project_crs:
            self._prefer_project_crs(*project_crs)
        self._refresh()

    def _prefer_project_crs(self, authid: str, name: str, geographic: bool) -> None:
        for row in self.rows.values():
            if option_words.base_name(row.spec.name) != "projection" or row.is_number:
                continue
            code, reason = option_words.preferred_projection(authid, geographic,
                                                             [value.id for value in row.spec.values])
            if code:
                self._preferred[row.spec.name] = code
            elif reason:
                crs = f"{authid} ({name})" if name else authid
                row.reason = tr_words(option_words.PROJECTION_REASONS[reason]).format(crs=crs)

    # -- reading -----------------------------------------------------------------------------------

    def values(self) -> Dict[str, str]:
        """Option name -> value for every option that applies (defaults included): what the order sends."""
        return dict(self.resolved.values)

    def problems(self) -> Dict[str, str]:
        """Option name -> sentence, shown beside each option; empty when the options can be ordered."""
        found = {}
        for name, row in self.rows.items():
            if not row.visible:
                continue
            value = row.value()
            if value is None:
                if name in self.resolved.required:
                    found[name] = tr("Choose a value.")
                continue
            problem = row.spec.check(value, self.resolved.values)
            if problem:
                found[name] = problem
        for name, row in self.rows.items():
            row.show_error(found.get(name, ""))
        return found

    def describe(self):
        """(label, value label) pairs of what will be ordered, for the confirmation."""
        lines = []
        for spec in self.product_options.options:
            if spec.name not in self.resolved.values:
                continue
            value = self.resolved.values[spec.name]
            labels = {item.id: item.label for item in spec.values}
            lines.append((option_label(spec), value_label(spec, value, labels.get(value, ""))))
        return lines

    def row_for_field(self, field: str) -> Optional[_OptionRow]:
        """The row a server field name points at (``projection_1``, ``options.projection_1``...)."""
        for name, row in self.rows.items():
            if field == name or field.endswith(("." + name, "'" + name + "'")) or name in field:
                return row
        return None

    def show_error(self, name: str, text: str) -> bool:
        row = self.row_for_field(name)
        if row is None:
            return False
        row.show_error(text)
        return True

    # -- editing -----------------------------------------------------------------------------------

    def set_value(self, name: str, value: str) -> None:
        """Programmatic choice (same path as a user edit)."""
        row = self.rows[name]
        if row.is_number:
            row.editor.setText(str(value))
        else:
            row.editor.setCurrentIndex(row.editor.findData(value))
        self._on_edited(name)

    def _on_edited(self, name: str) -> None:
        value = self.rows[name].value()
        if value is None:
            self._choice.pop(name, None)
        else:
            self._choice[name] = value
        self._refresh()
        self.changed.emit()

    def _with_preferred(self) -> Dict[str, str]:
        choice = dict(self._choice)
        for name, value in self._preferred.items():
            choice.setdefault(name, value)
        return choice

    def _refresh(self) -> None:
        resolved = self.product_options.resolve(self._with_preferred())
        # Drop choices that other choices made impossible, then resolve again (defaults take over).
        for _ in range(len(self.rows) + 1):
            impossible = [name for name, value in self._choice.items()
                          if name in resolved.not_applicable
                          or (resolved.allowed.get(name) and value not in resolved.allowed[name])]
            if not impossible:
                break
            for name in impossible:
                self._choice.pop(name, None)
            resolved = self.product_options.resolve(self._with_preferred())
        self.resolved = resolved
        for name, row in self.rows.items():
            applies = name not in resolved.not_applicable
            row.set_visible(applies)
            if applies:
                row.fill(resolved.allowed.get(name), resolved.values.get(name))
                row.show_error("")
