"""Why an appeal cannot be filed now, and the notes the kiosk itself writes in an application's history.

A refusal is raised with ``why=`` (``kiosk.domain.appeals``); the operator's sentence is
``error.appeal_not_allowed`` with the reason below as its detail, so the greyed "file first appeal" button
and the CLI say the whole sentence in one language (the exception's English detail stays for the log).
A second-appeal refusal carries ``stage="second"`` and reads the ``second_*`` entry.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

REFUSALS: dict[str, Text] = {
    "not_sent": Text(
        "the application has not reached the portal yet",
        "अर्ज अजून पोर्टलवर पोहोचलेला नाही",
        "आवेदन अभी पोर्टल तक नहीं पहुँचा है"),
    "no_grounds_text": Text(
        "the grounds of the appeal are missing",
        "अपिलाची कारणे लिहिलेली नाहीत",
        "अपील के आधार नहीं लिखे गए हैं"),
    "already_filed": Text(
        "a first appeal is already filed",
        "प्रथम अपील आधीच दाखल केलेले आहे",
        "प्रथम अपील पहले ही दायर की जा चुकी है"),
    "no_grounds": Text(
        "the application was not rejected and its time limit has not passed",
        "अर्ज नामंजूर झालेला नाही आणि त्याची मुदतही संपलेली नाही",
        "आवेदन अस्वीकृत नहीं हुआ है और उसकी समय-सीमा भी समाप्त नहीं हुई है"),
    "not_yet": Text(
        "the time limit runs until {due}",
        "मुदत {due} पर्यंत आहे",
        "समय-सीमा {due} तक है"),
    "needs_delay_reason": Text(
        "more than 30 days have passed: give a reason for the delay",
        "30 दिवसांपेक्षा जास्त दिवस झाले: उशिराचे कारण लिहा",
        "30 दिन से अधिक हो गए हैं: देरी का कारण लिखें"),
    "closed": Text(
        "more than 90 days have passed",
        "90 दिवसांपेक्षा जास्त दिवस झाले",
        "90 दिन से अधिक हो गए हैं"),
    "second_closed": Text(
        "more than 30 days have passed since the first-appeal order",
        "प्रथम अपिलाच्या आदेशाला 30 दिवसांपेक्षा जास्त दिवस झाले",
        "प्रथम अपील के आदेश को 30 दिन से अधिक हो गए हैं"),
    "second_not_yet": Text(
        "the first appellate authority still has time to decide",
        "प्रथम अपील अधिकाऱ्याकडे निर्णयासाठी अजून वेळ आहे",
        "प्रथम अपील अधिकारी के पास निर्णय के लिए अभी समय है"),
}

# What the kiosk writes in the status history, keyed by the note's stored (English) text, so old rows read
# in the operator's language too. Free text (an appeal's grounds, the portal's reason) is shown as stored.
HISTORY_NOTES: dict[str, Text] = {
    "handed_over": Text(
        "handed over at the counter",
        "केंद्रावर नागरिकाला दिले",
        "केंद्र पर नागरिक को सौंपा गया"),
    "corrected": Text(
        "corrected after the portal refused it",
        "पोर्टलने नाकारल्यानंतर दुरुस्त केला",
        "पोर्टल के अस्वीकार करने के बाद सुधारा गया"),
    "voided": Text(
        "voided: {reason}",
        "अर्ज रद्द केला: {reason}",
        "आवेदन रद्द किया गया: {reason}"),
}
