"""The set phrases of the clinic's procedures (口腔门诊接待流程 标准用语), with names and minutes filled in.
The desk reads them out; the English is for an English-speaking patient."""
from __future__ import annotations

PHRASES: dict[str, tuple[str, str]] = {
    "greeting": ("先生/小姐，您好，请问有预约吗？", "Hello, do you have an appointment?"),
    "doctor_busy": ("您好，{doctor}医生还有病人未结束，请您稍坐。",
                    "Hello, Dr {doctor} is still with a patient. Please take a seat."),
    "doctor_preparing": ("您好，{doctor}医生已结束，护士在帮您做准备，请您稍坐。",
                         "Hello, Dr {doctor} has finished; the nurse is preparing for you. Please take a seat."),
    "overdue": ("{patient}，对不起，您的医生还需要大约{minutes}分钟，请您稍等片刻。",
                "{patient}, we are sorry: your doctor needs about {minutes} more minutes. Please bear with us."),
    "injury": ("请您稍候，我马上为您安排医生。", "Please wait a moment, I am arranging a doctor for you right away."),
    "emergency_wait": ("{patient}，非常抱歉，目前诊所医生都在治疗中，最快完成治疗的项目大概还需要{minutes}分钟，"
                       "这位医生结束治疗后我就会为您安排，请您稍等片刻。",
                       "{patient}, we are very sorry: all our doctors are treating patients. The soonest will "
                       "finish in about {minutes} minutes, and I will arrange for you then. Please wait a moment."),
    "delayed_by_emergency": ("{patient}，您预约的医生现在正在紧急救治一位急诊患者，大约需要{minutes}分钟，请您稍等片刻好吗？"
                             "谢谢您的谅解，非常感谢您的配合。",
                             "{patient}, your doctor is treating an emergency patient right now, which will take "
                             "about {minutes} minutes. Would you mind waiting a little? Thank you for your "
                             "understanding."),
    "referral_reminder": ("请您填写一下获悉途径，谢谢。", "Could you tell us how you heard of the clinic, please?"),
    "parking": ("请问您需要停车卡吗？", "Do you need a parking card?"),
    "goodbye": ("再见！", "Goodbye!"),
}


def phrase(key: str, language: str, **fields) -> str:
    zh, en = PHRASES[key]
    return (en if language.lower().startswith("en") else zh).format(**fields)
