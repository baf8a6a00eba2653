"""Account and connection settings (filled in by the connection work: API key, environment, test)."""

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("OneAtlasPPOSettingsDialog")
        self.setWindowTitle(self.tr("OneAtlas Pay-Per-Order settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Connection settings will appear here."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
