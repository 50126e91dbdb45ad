"""The names of an application's states (``kiosk.domain.status.Status`` values) and of the reasons to void one.

Hindi names are the words Hindi government service portals use.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "draft": Text("Draft", "मसुदा", "मसौदा"),
    "queued": Text("Waiting to send", "पाठवण्यासाठी रांगेत", "भेजने के लिए कतार में"),
    "submitted": Text("Submitted", "सादर केला", "प्रस्तुत किया गया"),
    "under_scrutiny": Text("Under scrutiny", "छाननी सुरू", "जाँच जारी"),
    "documents_pending": Text("Documents pending", "कागदपत्रे प्रलंबित", "दस्तावेज़ लंबित"),
    "payment_pending": Text("Payment pending", "शुल्क भरणे बाकी", "भुगतान बाकी"),
    "approved": Text("Approved", "मंजूर", "स्वीकृत"),
    "rejected": Text("Rejected", "नामंजूर", "अस्वीकृत"),
    "delivered": Text("Delivered to citizen", "नागरिकाला दिले", "नागरिक को सौंपा गया"),
    "first_appeal_filed": Text("First appeal filed", "प्रथम अपील दाखल", "प्रथम अपील दायर"),
    "second_appeal_filed": Text("Second appeal filed", "द्वितीय अपील दाखल", "द्वितीय अपील दायर"),
    "third_appeal_filed": Text("Third appeal filed (State Commission)", "तृतीय अपील दाखल (राज्य सेवा हक्क आयोग)",
                               "तृतीय अपील दायर (राज्य सेवा अधिकार आयोग)"),
    "voided": Text("Voided", "रद्द केला", "रद्द किया गया"),
}

# Why a supervisor voided an application: a code, never free text, so the audit trail holds no personal data.
VOID_REASONS: dict[str, Text] = {
    "wrong_service": Text("The wrong service was chosen", "चुकीची सेवा निवडली गेली", "गलत सेवा चुनी गई"),
    "duplicate": Text(
        "The application was taken twice by mistake", "अर्ज चुकून दोनदा घेतला गेला", "आवेदन गलती से दो बार लिया गया"),
    "data_entry_error": Text(
        "Details were entered wrongly", "माहिती चुकीची भरली गेली", "जानकारी गलत भरी गई"),
    "citizen_withdrew": Text(
        "The citizen withdrew before it was sent",
        "पाठवण्यापूर्वी नागरिकाने अर्ज मागे घेतला",
        "भेजे जाने से पहले नागरिक ने आवेदन वापस ले लिया"),
}
