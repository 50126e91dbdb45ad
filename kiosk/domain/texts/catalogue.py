"""What the catalogue itself says: the generic application's own part, "same day", an unknown fee.

A generic service (one of the ~1,100 notified services without a detailed form) gets its particulars
field, its "documents received" group and the fee-not-known wording from here, so those words have a
Hindi as well as the catalogue's Marathi and English.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "particulars_group": Text("Particulars of the application", "अर्जाचा तपशील", "आवेदन का विवरण"),
    "particulars": Text(
        "What the citizen asks for, with the details the office needs",
        "नागरिकाची मागणी व कार्यालयाला लागणारा तपशील",
        "नागरिक क्या माँग रहा है, और कार्यालय को चाहिए ऐसा विवरण"),
    "particulars_help": Text(
        "For example: survey number, plot, year, the earlier application's number",
        "उदा. सर्वे क्रमांक, प्लॉट, वर्ष, आधीच्या अर्जाचा क्रमांक",
        "जैसे: सर्वे नंबर, प्लॉट, वर्ष, पिछले आवेदन का नंबर"),
    "documents_received": Text("Documents received", "स्वीकारलेली कागदपत्रे", "प्राप्त दस्तावेज़"),
    "supporting_document": Text("Supporting document", "पूरक कागदपत्र", "सहायक दस्तावेज़"),
    "same_day": Text("same day", "त्याच दिवशी", "उसी दिन"),
    "fee_not_known": Text("fee not known — check the GR", "शुल्क माहीत नाही — शासन निर्णय (GR) पाहा",
                          "शुल्क ज्ञात नहीं — शासन निर्णय (GR) देखें"),
    "fee_entry": Text("Fee the office charges (₹)", "कार्यालय घेत असलेले शुल्क (₹)", "कार्यालय द्वारा लिया जाने वाला शुल्क (₹)"),
    "fee_entered": Text("Fee entered by the operator (not in the catalogue)",
                        "चालकाने नोंदवलेले शुल्क (सेवा सूचीत नाही)",
                        "संचालक द्वारा दर्ज शुल्क (सेवा सूची में नहीं)"),
}

# Problems with a fee the operator types for a service whose fee is not known (``problem.<code>``).
PROBLEMS: dict[str, Text] = {
    "fee_entered_required": Text(
        "The fee of this service is not in the catalogue: enter the fee the office charges (0 if none)",
        "या सेवेचे शुल्क सेवा सूचीत नाही: कार्यालय घेत असलेले शुल्क नोंदवा (नसल्यास 0)",
        "इस सेवा का शुल्क सेवा सूची में नहीं है: कार्यालय जो शुल्क लेता है वह दर्ज करें (न हो तो 0)"),
    "fee_entered_invalid": Text(
        "The fee must be an amount in rupees, up to ₹1,00,000",
        "शुल्क रुपयांत लिहा, ₹1,00,000 पर्यंत",
        "शुल्क रुपयों में लिखें, ₹1,00,000 तक"),
}
