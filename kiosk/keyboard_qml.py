"""The QML the on-screen keyboard loads: the input panel, the candidate strip and the functions it calls."""

# The panel sits at the bottom of a full-width backdrop in the keyboard's own colour, under a
# strip for Pinyin's word candidates: both fit in the widget's fixed height, so the window's
# layout does not jump while typing.
QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import QtQuick.VirtualKeyboard.Styles

Rectangle {
    id: root
    property var locales: ["zh_CN", "en_US"]
    property string language: ""
    property bool learnWords: false
    readonly property bool pluginLoaded: InputContext.locale !== ""  // "" without the platform plugin
    readonly property bool active: panel.active
    readonly property string locale: panel.keyboard.locale
    readonly property string layoutType: panel.keyboard.layoutType  // main, digits, dialpad, numbers, symbols
    readonly property bool shiftActive: InputContext.shiftActive
    readonly property var style: panel.keyboard.style
    // The candidate strip (Pinyin's choices) is a row of touch targets too, not the style's thin line.
    readonly property int stripHeight: Math.round(Math.min(Math.max(height * 0.2, 64), 96))
    color: style ? style.keyboardBackgroundColor : "#263238"

    InputPanel {
        id: panel
        objectName: "inputPanel"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    Component {
        id: candidateDelegate
        SelectionListItem {
            width: Math.max(root.stripHeight, candidateLabel.implicitWidth + root.stripHeight * 0.6)
            Text {
                id: candidateLabel
                anchors.centerIn: parent
                text: display
                color: root.style ? root.style.selectionListTextColor : "white"
                font.family: Qt.application.font.family  // the kiosk's CJK font
                font.pixelSize: Math.round(root.stripHeight * 0.46)
            }
            Rectangle {
                width: 2
                height: Math.round(parent.height * 0.45)
                radius: 1
                color: root.style ? root.style.selectionListSeparatorColor : "#4f5b62"
                anchors.verticalCenter: parent.verticalCenter
                anchors.right: parent.left
            }
        }
    }

    // The keyboard keeps the style's aspect ratio; capping its height leaves the strip's room
    // above it inside the fixed height, and the style centres the narrower keyboard.
    function fit() {
        if (!style)
            return
        style.languagePopupListEnabled = false  // two languages: the key simply toggles
        style.selectionListDelegate = candidateDelegate
        style.selectionListHeight = stripHeight
        style.keyboardDesignMaximumHeight = Math.max(1, height - stripHeight)
    }
    function applyLanguage() {
        if (!language)
            return
        // Re-set even when unchanged: the visitor may have toggled with the language key since.
        VirtualKeyboardSettings.locale = ""
        VirtualKeyboardSettings.locale = language
    }
    function candidateTexts() {
        const model = panel.keyboard.wordCandidateView.model
        const texts = []
        for (let i = 0; model && i < model.count; i++)
            texts.push(String(model.dataAt(i)))
        return texts
    }
    function candidateRect(text) {  // in scene (= widget) coordinates; empty when not on offer
        const view = panel.keyboard.wordCandidateView
        const index = candidateTexts().indexOf(text)
        if (index < 0)
            return Qt.rect(0, 0, 0, 0)
        view.positionViewAtIndex(index, ListView.Contain)
        view.forceLayout()
        const item = view.itemAtIndex(index)
        return item ? item.mapToItem(null, 0, 0, item.width, item.height) : Qt.rect(0, 0, 0, 0)
    }
    onHeightChanged: fit()
    onStyleChanged: fit()
    onLanguageChanged: applyLanguage()
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = locales
        // Added to every field's own hints. Sensitive data: Pinyin must not learn one visitor's
        // name into its user dictionary and offer it to the next.
        VirtualKeyboardSettings.inputMethodHints = learnWords ? Qt.ImhNone : Qt.ImhSensitiveData
        applyLanguage()
        fit()
    }
}
"""
