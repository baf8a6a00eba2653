"""Preview images decoded off the main thread: the one way thumbnails and quicklooks become small images."""

from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage


def scaled_image(data: Optional[bytes], side: int) -> Optional[QImage]:
    """Worker thread (QImage, unlike QPixmap, may be used there): the bytes decoded and scaled to fit a
    square of ``side`` pixels, keeping their shape; None when they are not an image."""
    image = QImage.fromData(data) if data else QImage()
    if image.isNull():
        return None
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
