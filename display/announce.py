"""A call heard as well as seen: a chime, then the call read aloud where the machine has a speech engine. Both are
optional parts of Qt (Qt Multimedia needs PulseAudio's client library; a machine may have no speech engine or no
sound card): without them the display stays silent and shows the call all the same."""
from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl

from assets import CHIME
from shared.services.clinic.calls import Call

log = logging.getLogger(__name__)

SPEAK_AFTER_MS = 1300  # the chime's length: the voice starts as it fades


def spoken(call: Call, language: str) -> str:
    """What is said: the ticket a character at a time and where to go; never the name (a masked name read
    aloud is noise, and a waiting room need not hear who is there)."""
    ticket = " ".join(call.ticket)
    if language.lower().startswith("en"):
        return f"Number {ticket}, please go to {call.room or 'Doctor ' + call.doctor}."
    return f"请 {ticket} 号，到 {call.room or call.doctor + '医生'} 就诊。"


def _sound_effect(parent: QObject):
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as err:  # no libpulse, or Qt built without multimedia
        log.info("no chime: %s", err)
        return None
    if not QMediaDevices.audioOutputs():  # no sound card, or no sound server running
        return None
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(CHIME)))
    effect.setVolume(0.9)
    return effect


def _speech(parent: QObject, language: str):
    """The engine speaking the station's language, else English, else nothing: (engine, language) or None."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as err:
        log.info("no speech: %s", err)
        return None
    if not QTextToSpeech.availableEngines():
        return None
    engine = QTextToSpeech(parent)
    if engine.state() == QTextToSpeech.State.Error:  # a plug-in without its service (speechd, no speech-dispatcher)
        engine.deleteLater()
        return None
    for wanted in ((language, "en") if not language.lower().startswith("en") else ("en",)):
        code = QLocale(wanted).language()
        found = [x for x in engine.availableLocales() if x.language() == code]
        if found:
            engine.setLocale(found[0])
            return engine, wanted
    return None


class Announcer(QObject):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chime = _sound_effect(self)
        self._speech = _speech(self, language)

    def announce(self, call: Call) -> None:
        try:
            if self._chime is not None:
                self._chime.play()
            if self._speech is not None:
                engine, language = self._speech
                QTimer.singleShot(SPEAK_AFTER_MS if self._chime else 0, self,
                                  lambda: engine.enqueue(spoken(call, language)))
        except RuntimeError:  # a device that went away: the board still shows the call
            log.exception("could not announce %s", call.ticket)
