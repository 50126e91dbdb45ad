"""Why a file or a QR code was refused, in Marathi and English.

The domain's translator prints ``document_rejected`` / ``qr_unreadable`` with a ``{detail}``; the detail
must reach the operator in their language too, so every reason is a code with both sentences here, and
each error carries ``reason``, ``detail_en`` and ``detail_mr`` in its params.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.errors import DocumentRejected, KioskError, QrUnreadable

DOCUMENT_REASONS: dict[str, tuple[str, str]] = {
    "empty": ("the file is empty (0 bytes)", "फाईल रिकामी आहे (0 बाइट)"),
    "too_big_file": ("the file is larger than {limit_mb} MB", "फाईल {limit_mb} MB पेक्षा मोठी आहे"),
    "too_many_pixels": ("the image is too large ({width}×{height} pixels); scan at 300 dpi or less",
                        "प्रतिमा खूप मोठी आहे ({width}×{height} पिक्सेल); 300 dpi किंवा कमी वर स्कॅन करा"),
    "too_small": ("the image is too small ({width}×{height} pixels) to read", "प्रतिमा वाचण्यासाठी खूप लहान आहे ({width}×{height} पिक्सेल)"),
    "not_an_image": ("the file is not a picture or a PDF", "फाईल चित्र किंवा PDF नाही"),
    "name_mismatch": ("the file is named .{extension} but is really a {actual} file; rename or re-save it",
                      "फाईलचे नाव .{extension} आहे पण ती प्रत्यक्षात {actual} फाईल आहे; नाव बदला किंवा पुन्हा जतन करा"),
    "truncated": ("the file is damaged or incomplete (was it still being copied?)",
                  "फाईल खराब किंवा अपूर्ण आहे (ती अजून कॉपी होत होती का?)"),
    "too_many_pages": ("the document has more than {limit} pages", "कागदपत्रात {limit} पेक्षा जास्त पाने आहेत"),
    "pdf_unreadable": ("the PDF cannot be opened (damaged or password-protected)",
                       "PDF उघडता येत नाही (खराब किंवा पासवर्डने सुरक्षित)"),
    "over_budget": ("it cannot be made smaller than {limit_kb} KB a page without losing legibility; "
                    "scan fewer or cleaner pages", "वाचनीयता न गमावता ती प्रति पान {limit_kb} KB पेक्षा लहान करता येत नाही; "
                    "कमी किंवा स्वच्छ पाने स्कॅन करा"),
    "no_pages": ("no pages were given", "एकही पान दिले नाही"),
    "unreadable_file": ("the file cannot be read: {error}", "फाईल वाचता येत नाही: {error}"),
}

QR_REASONS: dict[str, tuple[str, str]] = {
    "no_code": ("no QR code or barcode was found in the picture", "चित्रात QR कोड किंवा बारकोड सापडला नाही"),
    "not_numeric": ("the Secure QR holds characters other than digits", "सुरक्षित QR मध्ये अंकांशिवाय इतर अक्षरे आहेत"),
    "too_long": ("the QR holds more data than an Aadhaar QR can", "QR मध्ये आधार QR पेक्षा जास्त माहिती आहे"),
    "too_short": ("the QR holds too little data for an Aadhaar QR", "QR मध्ये आधार QR साठी खूप कमी माहिती आहे"),
    "not_compressed": ("the QR data is not in the Aadhaar format", "QR माहिती आधार स्वरूपात नाही"),
    "too_large": ("the QR data unpacks to more than {limit_kb} KB", "QR माहिती उघडल्यावर {limit_kb} KB पेक्षा मोठी होते"),
    "few_fields": ("the QR has too few fields ({found} of {needed})", "QR मध्ये खूप कमी नोंदी आहेत ({needed} पैकी {found})"),
    "unknown_version": ("the QR format version is not known", "QR स्वरूपाची आवृत्ती ओळखता आली नाही"),
    "bad_field": ("the QR field '{field}' is not valid", "QR मधील '{field}' नोंद वैध नाही"),
    "bad_xml": ("the Aadhaar XML QR is malformed or unsafe", "आधार XML QR चुकीचा किंवा असुरक्षित आहे"),
    "no_image": ("the picture cannot be opened", "चित्र उघडता येत नाही"),
}


def _render(table: dict[str, tuple[str, str]], reason: str, params: dict[str, Any]) -> tuple[str, str]:
    en, mr = table[reason]
    return en.format(**params), mr.format(**params)


def rejected(reason: str, **params: Any) -> DocumentRejected:
    """A :class:`DocumentRejected` whose detail exists in both languages."""
    en, mr = _render(DOCUMENT_REASONS, reason, params)
    return DocumentRejected(en, reason=reason, detail_en=en, detail_mr=mr, **params)


def unreadable(reason: str, **params: Any) -> QrUnreadable:
    """A :class:`QrUnreadable` saying why, in both languages."""
    en, mr = _render(QR_REASONS, reason, params)
    return QrUnreadable(en, reason=reason, detail_en=en, detail_mr=mr, **params)


def explain(error: KioskError, language: str) -> str:
    """The reason alone, in the operator's language (the CLI and the GUI add their own lead-in)."""
    key = "detail_mr" if language in ("mr", "hi") else "detail_en"
    return str(error.params.get(key) or error.detail)


# What the operator reads next to a decoded Aadhaar QR (CLI and GUI alike).
AADHAAR_TEXT: dict[str, tuple[str, str]] = {
    "verified": ("Verified by UIDAI signature", "UIDAI च्या डिजिटल स्वाक्षरीने पडताळले"),
    "not_verified": ("Not verified: the signature does not match any pinned UIDAI certificate",
                     "पडताळले नाही: स्वाक्षरी कोणत्याही UIDAI प्रमाणपत्राशी जुळत नाही"),
    "unsigned": ("Not verified: old Aadhaar QR without a signature", "पडताळले नाही: स्वाक्षरी नसलेला जुना आधार QR"),
    "compare_photo": ("Compare the photo with the person at the counter",
                      "फोटो काउंटरवरील व्यक्तीशी जुळतो का ते तपासा"),
    "aadhaar": ("Aadhaar", "आधार"),
    "reference_id": ("Reference id", "संदर्भ क्रमांक"),
    "name": ("Name", "नाव"),
    "dob": ("Date of birth", "जन्मतारीख"),
    "gender": ("Gender", "लिंग"),
    "care_of": ("Care of", "यांच्यामार्फत"),
    "house": ("House", "घर क्रमांक"),
    "street": ("Street", "रस्ता"),
    "landmark": ("Landmark", "खूण"),
    "location": ("Locality", "परिसर"),
    "vtc": ("Village/town", "गाव/शहर"),
    "post_office": ("Post office", "पोस्ट ऑफिस"),
    "sub_district": ("Taluka", "तालुका"),
    "district": ("District", "जिल्हा"),
    "state": ("State", "राज्य"),
    "pincode": ("PIN code", "पिन कोड"),
    "mobile_last4": ("Mobile (last 4)", "मोबाईल (शेवटचे 4)"),
}


def aadhaar_text(key: str, language: str) -> str:
    en, mr = AADHAAR_TEXT[key]
    return mr if language in ("mr", "hi") else en
