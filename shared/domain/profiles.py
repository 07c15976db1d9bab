"""Site profiles: one product for an office lobby, a factory gate or a clinic. The profile sets the words every
screen and report uses (visitor or patient, host or doctor, badge or ticket); the core is the same."""
from __future__ import annotations

OFFICE, FACTORY, CLINIC = "office", "factory", "clinic"
PROFILES = (OFFICE, FACTORY, CLINIC)

# word -> profile -> (Chinese, English)
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "visitor": {OFFICE: ("访客", "visitor"), FACTORY: ("来访人员", "visitor"), CLINIC: ("患者", "patient")},
    "host": {OFFICE: ("被访人", "host"), FACTORY: ("接待人", "contact"), CLINIC: ("医生", "doctor")},
    "badge": {OFFICE: ("访客证", "visitor badge"), FACTORY: ("出入证", "site pass"), CLINIC: ("排队号", "queue ticket")},
    "visit": {OFFICE: ("来访", "visit"), FACTORY: ("来访", "visit"), CLINIC: ("就诊", "appointment")},
    "check_in": {OFFICE: ("签到", "check in"), FACTORY: ("登记入厂", "register"), CLINIC: ("挂号", "register")},
}


def word(key: str, profile: str, language: str) -> str:
    zh, en = WORDS[key].get(profile, WORDS[key][OFFICE])
    return en if language.lower().startswith("en") else zh
