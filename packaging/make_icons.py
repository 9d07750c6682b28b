"""Render the application icon (resources/icons/goalplanner.svg) to the PNG and ICO sizes platforms want.

Linux desktops take PNGs by size (hicolor theme), Windows one .ico holding several sizes, macOS an
.icns (made on a Mac with iconutil from these PNGs). Output goes to build/icons/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([])
    source = Path(__file__).resolve().parents[1] / "resources" / "icons" / "goalplanner.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"cannot read {source}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"goalplanner-{size}.png"))
    with Image.open(out / "goalplanner-256.png") as largest:
        largest.save(out / "goalplanner.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    del app
    print(f"icons in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons")))
