"""What the updater tells the supervisor and the technician about a new release (not an error: see errors).

The notice is shared by the window's update banner and ``seva-kiosk --check-update``, so both read alike.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "available": Text(
        "Seva Kiosk {version} is available; it has been downloaded and verified. A hub technician installs it "
        "after day close — the counter keeps working until then.",
        "सेवा किऑस्क {version} उपलब्ध आहे; ती डाउनलोड करून पडताळली आहे. दिवस बंद झाल्यावर हब तंत्रज्ञ ती "
        "इन्स्टॉल करतील — तोपर्यंत काउंटर सुरू राहील.",
        "सेवा कियोस्क {version} उपलब्ध है; इसे डाउनलोड करके सत्यापित किया गया है। दिन बंद होने के बाद हब "
        "तकनीशियन इसे इंस्टॉल करेंगे — तब तक काउंटर चलता रहेगा।"),
    "notes": Text("What is new: {notes}", "नवीन काय: {notes}", "नया क्या है: {notes}"),
    "up_to_date": Text(
        "Seva Kiosk {version} is the newest release.",
        "सेवा किऑस्क {version} ही सर्वात नवी आवृत्ती आहे.",
        "सेवा कियोस्क {version} सबसे नया संस्करण है।"),
    "staged_at": Text("Package: {path}", "पॅकेज: {path}", "पैकेज: {path}"),
}
