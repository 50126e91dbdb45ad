"""The data notice read to or by the citizen at intake, in the citizen's language (not the operator's).

Its wording is versioned by ``kiosk.domain.intake.CONSENT_TEXT_VERSION``, recorded with each consent:
change a sentence here and that version changes too.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "notice": Text(
        "Your details and documents will be sent to the government portal for this application only. The hub "
        "keeps only the last 4 digits of your Aadhaar number. The status will be sent to your mobile.",
        "आपली माहिती व कागदपत्रे फक्त या अर्जासाठी शासनाच्या पोर्टलवर पाठवली जातील. केंद्रावर आधार क्रमांकाचे "
        "फक्त शेवटचे 4 अंक ठेवले जातात. अर्जाची स्थिती आपल्या मोबाईलवर कळवली जाईल.",
        "आपकी जानकारी और दस्तावेज़ केवल इस आवेदन के लिए सरकार के पोर्टल पर भेजे जाएँगे। केंद्र पर आधार नंबर के "
        "केवल अंतिम 4 अंक रखे जाते हैं। आवेदन की स्थिति आपके मोबाइल पर बताई जाएगी।"),
}
