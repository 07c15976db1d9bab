"""Which of the Qt files PyInstaller collects go into the bundle.

PyInstaller's QtQml hook takes every QML module that PySide6 ships (3D, WebEngine, Location...) with
the libraries they load: 600 MB, a third of it Chromium. The program uses Qt Widgets, Charts and
Pdf, and Qt Quick only for the kiosk's on-screen keyboard, so the bundle keeps the QML modules the
keyboard imports (see the `depends`/`import` lines of its qmldir files) and drops the rest.
tests/integration/test_bundle.py starts the bundled kiosk and fails if the keyboard cannot load.
"""
from __future__ import annotations

import re

QML_KEEP = (
    "QtQml/qmldir", "QtQml/libqmlplugin.so", "QtQml/plugins.qmltypes", "QtQml/Models", "QtQml/WorkerScript",
    "QtQuick/qmldir", "QtQuick/libqtquick2plugin.so", "QtQuick/plugins.qmltypes",
    "QtQuick/Layouts", "QtQuick/Window", "QtQuick/VirtualKeyboard",
    "Qt/labs/folderlistmodel",
    "QtMultimedia",  # the keyboard's key-click sounds
)

# Libraries only the dropped QML modules (or unused Python modules) load.
LIB_DROP = re.compile(
    r"libQt6(WebEngine|WebChannel|WebSockets|WebView|3D|Quick3D|ShaderTools|Location|Positioning|Graphs"
    r"|DataVisualization|QuickControls2|QuickDialogs2|QuickTemplates2|QuickEffects|QuickParticles|QuickShapes"
    r"|QuickTimeline|QuickVectorImage|QuickTest|Test|RemoteObjects|Scxml|StateMachine|Sensors|Wayland(Compositor|EglCompositor)"
    r"|Labs(?!FolderListModel)|ChartsQml|PdfQuick|SpatialAudio|Bluetooth|Nfc|SerialBus|SerialPort"
    r"|Designer|Help|UiTools|Sql|HttpServer|NetworkAuth)"
)


def keep(name: str) -> bool:
    """`name` is the file's place in the bundle, e.g. PySide6/Qt/qml/QtQuick/Window/qmldir."""
    name = name.replace("\\", "/")
    if "PySide6/Qt/qml/" in name:
        inside = name.split("PySide6/Qt/qml/", 1)[1]
        return inside.startswith(QML_KEEP) or "/" not in inside
    return not LIB_DROP.search(name)
