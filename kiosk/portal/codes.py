"""The contract's error vocabulary: machine-readable codes with English and Marathi text.

Both ends use this table: the simulator fills ``error.message`` from it, and the client falls back on it
when a response carries a known code but no (or a garbled) human text. Codes are API Setu-style
SCREAMING_SNAKE; adding a code is a contract change (openapi.yaml lists them too).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "INVALID_REQUEST": ("The request is malformed.", "विनंती चुकीच्या स्वरूपात आहे."),
    "INVALID_JSON": ("The request body is not valid JSON.", "विनंतीतील मजकूर वैध JSON नाही."),
    "BODY_TOO_LARGE": ("The request body is too large.", "विनंतीचा मजकूर खूप मोठा आहे."),
    "UNSUPPORTED_MEDIA_TYPE": ("This content type is not accepted.", "हा मजकूर प्रकार स्वीकारला जात नाही."),
    "INVALID_CLIENT": ("The hub's credentials were refused.", "हबची ओळखपत्रे नाकारली गेली."),
    "INVALID_TOKEN": ("The access token is missing or expired.", "प्रवेश टोकन नाही किंवा कालबाह्य झाले आहे."),
    "FORBIDDEN": ("This hub may not do that.", "या हबला ही क्रिया करण्याची परवानगी नाही."),
    "NOT_FOUND": ("No such record on the portal.", "पोर्टलवर अशी नोंद नाही."),
    "IDEMPOTENCY_KEY_MISSING": ("The Idempotency-Key header is required.", "Idempotency-Key शीर्षक आवश्यक आहे."),
    "IDEMPOTENCY_KEY_REUSED": (
        "This application key was already used with different content.",
        "हा अर्ज क्रमांक-की आधीच वेगळ्या मजकुरासह वापरली गेली आहे.",
    ),
    "REQUEST_IN_FLIGHT": (
        "The same request is still being processed; try again shortly.",
        "हीच विनंती अजून प्रक्रियेत आहे; थोड्या वेळाने पुन्हा प्रयत्न करा.",
    ),
    "VALIDATION_FAILED": ("The application failed the portal's checks.", "अर्ज पोर्टलच्या तपासणीत अयशस्वी झाला."),
    "UNKNOWN_SERVICE": ("The portal does not offer this service.", "पोर्टलवर ही सेवा उपलब्ध नाही."),
    "DOCUMENTS_MISSING": (
        "Documents referenced by the application have not been uploaded.",
        "अर्जात नमूद केलेली कागदपत्रे अपलोड झालेली नाहीत.",
    ),
    "UPLOAD_OFFSET_MISMATCH": ("The upload offset does not match.", "अपलोडची जागा (ऑफसेट) जुळत नाही."),
    "CHECKSUM_MISMATCH": (
        "The uploaded document does not match its SHA-256.",
        "अपलोड केलेले कागदपत्र त्याच्या SHA-256 शी जुळत नाही.",
    ),
    "CERTIFICATE_NOT_READY": ("The certificate is not issued yet.", "प्रमाणपत्र अजून जारी झालेले नाही."),
    "APPEAL_NOT_ALLOWED": ("An appeal is not allowed for this application now.", "या अर्जावर आत्ता अपील करता येत नाही."),
    "RATE_LIMITED": ("Too many requests; wait and try again.", "खूप विनंत्या; थांबून पुन्हा प्रयत्न करा."),
    "SERVICE_UNAVAILABLE": ("The portal is temporarily unavailable.", "पोर्टल तात्पुरते उपलब्ध नाही."),
    "INTERNAL_ERROR": ("The portal had an internal error.", "पोर्टलमध्ये अंतर्गत त्रुटी आली."),
}


def message(code: str) -> tuple[str, str]:
    """English and Marathi text for ``code``; an unknown code still reads as something sensible."""
    return MESSAGES.get(code, (f"Portal error {code}.", f"पोर्टल त्रुटी {code}."))


def error_body(code: str, detail: str = "", **extra: object) -> dict[str, object]:
    """The error envelope every non-2xx JSON answer of the contract uses."""
    en, mr = message(code)
    error: dict[str, object] = {"code": code, "message": {"en": en, "mr": mr}}
    if detail:
        error["detail"] = detail
    error.update(extra)
    return {"error": error}
