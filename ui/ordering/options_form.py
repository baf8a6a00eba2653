"""A product options form built from the API's options for one product type and AOI.

One row per option (a list becomes a combo box, a number a line edit). The core ``ProductOptions.resolve``
decides, after every change, which options apply (rows appear and disappear by their conditions), which
values are allowed (a combo offers only those), and which defaults fill the gaps (preselected). A choice that
a later change makes impossible (8 bits after choosing "basic" radiometry) falls back to what is allowed.
"""

from typing import Dict, Optional

from qgis.PyQt.QtCore import QCoreApplication, QLocale, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

NUMBER_TYPES = ("double", "float", "integer", "int", "number")


def tr(text: str) -> str:
    return QCoreApplication.translate("OptionsForm", text)


class _OptionRow:
    def __init__(self, spec, form: "OptionsForm", row: int, grid: QGridLayout):
        self.spec = spec
        self.label = QLabel(spec.label or spec.name, form)
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
        self.error = QLabel(form)
        self.error.setObjectName(f"option_{spec.name}_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        grid.addWidget(self.label, 2 * row, 0)
        grid.addWidget(self.editor, 2 * row, 1)
        grid.addWidget(self.error, 2 * row + 1, 1)
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
        if not visible:
            self.error.hide()

    def fill(self, allowed, value) -> None:
        """Offer only the allowed values and select ``value`` (signals blocked: this is not a user edit)."""
        self.editor.blockSignals(True)
        try:
            if self.is_number:
                if value is not None and self.editor.text().strip() != str(value):
                    self.editor.setText(str(value))
                return
            labels = {item.id: item.label for item in self.spec.values}
            wanted = list(allowed or [v.id for v in self.spec.values])
            current = [self.editor.itemData(i) for i in range(self.editor.count())]
            if current != wanted:
                self.editor.clear()
                for value_id in wanted:
                    self.editor.addItem(labels.get(value_id, value_id), value_id)
            index = self.editor.findData(value) if value is not None else -1
            self.editor.setCurrentIndex(index)
        finally:
            self.editor.blockSignals(False)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text) and self.visible)


class OptionsForm(QWidget):
    """``changed`` is emitted after each user edit (a price shown for other options becomes outdated)."""

    changed = pyqtSignal()

    def __init__(self, product_options, parent=None):
        super().__init__(parent)
        self.setObjectName("optionsForm")
        self.product_options = product_options
        self._choice: Dict[str, str] = {}
        self.resolved = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.rows: Dict[str, _OptionRow] = {}
        shown = [spec for spec in product_options.options if not spec.hidden]
        for number, spec in enumerate(shown):
            self.rows[spec.name] = _OptionRow(spec, self, number, grid)
        self._refresh()

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
            lines.append((spec.label or spec.name, labels.get(value, value)))
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

    def _refresh(self) -> None:
        resolved = self.product_options.resolve(self._choice)
        # Drop choices that other choices made impossible, then resolve again (defaults take over).
        for _ in range(len(self.rows) + 1):
            impossible = [name for name, value in self._choice.items()
                          if name in resolved.not_applicable
                          or (resolved.allowed.get(name) and value not in resolved.allowed[name])]
            if not impossible:
                break
            for name in impossible:
                self._choice.pop(name, None)
            resolved = self.product_options.resolve(self._choice)
        self.resolved = resolved
        for name, row in self.rows.items():
            applies = name not in resolved.not_applicable
            row.set_visible(applies)
            if applies:
                row.fill(resolved.allowed.get(name), resolved.values.get(name))
                row.show_error("")
