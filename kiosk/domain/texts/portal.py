"""The portal contract's error vocabulary (API Setu-style SCREAMING_SNAKE codes), and a stranger code.

The contract carries English and Marathi on the wire (the simulator fills ``error.message`` from here); the
kiosk falls back on these when an answer has a known code but no or garbled text, and shows the Hindi when
the screen is Hindi. Adding a code is a contract change: ``kiosk/portal/openapi.yaml`` lists them too.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "INVALID_REQUEST": Text(
        "The request is malformed.",
        "विनंती चुकीच्या स्वरूपात आहे.",
        "अनुरोध गलत प्रारूप में है।"),
    "INVALID_JSON": Text(
        "The request body is not valid JSON.",
        "विनंतीतील मजकूर वैध JSON नाही.",
        "अनुरोध की सामग्री मान्य JSON नहीं है।"),
    "BODY_TOO_LARGE": Text(
        "The request body is too large.",
        "विनंतीचा मजकूर खूप मोठा आहे.",
        "अनुरोध की सामग्री बहुत बड़ी है।"),
    "UNSUPPORTED_MEDIA_TYPE": Text(
        "This content type is not accepted.",
        "हा मजकूर प्रकार स्वीकारला जात नाही.",
        "यह सामग्री प्रकार स्वीकार नहीं किया जाता।"),
    "INVALID_CLIENT": Text(
        "The hub's credentials were refused.",
        "हबची ओळखपत्रे नाकारली गेली.",
        "हब की पहचान अस्वीकार कर दी गई।"),
    "INVALID_TOKEN": Text(
        "The access token is missing or expired.",
        "प्रवेश टोकन नाही किंवा कालबाह्य झाले आहे.",
        "प्रवेश टोकन नहीं है या उसकी अवधि समाप्त हो गई है।"),
    "FORBIDDEN": Text(
        "This hub may not do that.",
        "या हबला ही क्रिया करण्याची परवानगी नाही.",
        "इस हब को यह करने की अनुमति नहीं है।"),
    "NOT_FOUND": Text(
        "No such record on the portal.",
        "पोर्टलवर अशी नोंद नाही.",
        "पोर्टल पर ऐसा कोई रिकॉर्ड नहीं है।"),
    "IDEMPOTENCY_KEY_MISSING": Text(
        "The Idempotency-Key header is required.",
        "Idempotency-Key शीर्षक आवश्यक आहे.",
        "Idempotency-Key हेडर आवश्यक है।"),
    "IDEMPOTENCY_KEY_REUSED": Text(
        "This application key was already used with different content.",
        "हा अर्ज क्रमांक-की आधीच वेगळ्या मजकुरासह वापरली गेली आहे.",
        "यह आवेदन कुंजी पहले ही अलग सामग्री के साथ उपयोग की जा चुकी है।"),
    "APPLICATION_NOT_RECEIVED": Text(
        "The portal has not received this application yet; it is tried again after it.",
        "पोर्टलला हा अर्ज अजून मिळालेला नाही; तो पोहोचल्यावर पुन्हा प्रयत्न होईल.",
        "पोर्टल को यह आवेदन अभी नहीं मिला है; उसके पहुँचने के बाद फिर प्रयास होगा।"),
    "REQUEST_IN_FLIGHT": Text(
        "The same request is still being processed; try again shortly.",
        "हीच विनंती अजून प्रक्रियेत आहे; थोड्या वेळाने पुन्हा प्रयत्न करा.",
        "यही अनुरोध अभी प्रक्रिया में है; थोड़ी देर बाद फिर से प्रयास करें।"),
    "VALIDATION_FAILED": Text(
        "The application failed the portal's checks.",
        "अर्ज पोर्टलच्या तपासणीत अयशस्वी झाला.",
        "आवेदन पोर्टल की जाँच में विफल रहा।"),
    "UNKNOWN_SERVICE": Text(
        "The portal does not offer this service.",
        "पोर्टलवर ही सेवा उपलब्ध नाही.",
        "पोर्टल पर यह सेवा उपलब्ध नहीं है।"),
    "DOCUMENTS_MISSING": Text(
        "Documents referenced by the application have not been uploaded.",
        "अर्जात नमूद केलेली कागदपत्रे अपलोड झालेली नाहीत.",
        "आवेदन में बताए गए दस्तावेज़ अपलोड नहीं हुए हैं।"),
    "UPLOAD_OFFSET_MISMATCH": Text(
        "The upload offset does not match.",
        "अपलोडची जागा (ऑफसेट) जुळत नाही.",
        "अपलोड की स्थिति (ऑफ़सेट) मेल नहीं खाती।"),
    "CHECKSUM_MISMATCH": Text(
        "The uploaded document does not match its SHA-256.",
        "अपलोड केलेले कागदपत्र त्याच्या SHA-256 शी जुळत नाही.",
        "अपलोड किया गया दस्तावेज़ अपने SHA-256 से मेल नहीं खाता।"),
    "CERTIFICATE_NOT_READY": Text(
        "The certificate is not issued yet.",
        "प्रमाणपत्र अजून जारी झालेले नाही.",
        "प्रमाणपत्र अभी जारी नहीं हुआ है।"),
    "NOT_PENDING": Text(
        "The portal is not waiting for documents on this application.",
        "पोर्टल या अर्जासाठी कागदपत्रांची वाट पाहत नाही.",
        "पोर्टल इस आवेदन के लिए दस्तावेज़ों की प्रतीक्षा नहीं कर रहा है।"),
    "APPEAL_NOT_ALLOWED": Text(
        "An appeal is not allowed for this application now.",
        "या अर्जावर आत्ता अपील करता येत नाही.",
        "इस आवेदन पर अभी अपील नहीं की जा सकती।"),
    "RELAY_NOT_ACCEPTED": Text(
        "The portal did not accept this carried application: its home hub's signature does not match.",
        "पोर्टलने हा वाहून आणलेला अर्ज स्वीकारला नाही: त्याच्या मूळ हबची स्वाक्षरी जुळत नाही.",
        "पोर्टल ने यह लाया गया आवेदन स्वीकार नहीं किया: इसके मूल हब के हस्ताक्षर मेल नहीं खाते।"),
    "RATE_LIMITED": Text(
        "Too many requests; wait and try again.",
        "खूप विनंत्या; थांबून पुन्हा प्रयत्न करा.",
        "बहुत अधिक अनुरोध; रुककर फिर से प्रयास करें।"),
    "SERVICE_UNAVAILABLE": Text(
        "The portal is temporarily unavailable.",
        "पोर्टल तात्पुरते उपलब्ध नाही.",
        "पोर्टल अस्थायी रूप से उपलब्ध नहीं है।"),
    "INTERNAL_ERROR": Text(
        "The portal had an internal error.",
        "पोर्टलमध्ये अंतर्गत त्रुटी आली.",
        "पोर्टल में आंतरिक त्रुटि हुई।"),
    "unknown_code": Text("Portal error {code}.", "पोर्टल त्रुटी {code}.", "पोर्टल त्रुटि {code}।"),
}

# The kiosk's own refusals of an upload before anything is sent (not contract codes: the portal never says them).
LOCAL: dict[str, Text] = {
    "LOCAL_FILE_UNREADABLE": Text(
        "document file unreadable: {error}",
        "कागदपत्राची फाईल वाचता येत नाही: {error}",
        "दस्तावेज़ की फ़ाइल पढ़ी नहीं जा सकती: {error}"),
    "EMPTY_DOCUMENT": Text("the document is empty", "कागदपत्र रिकामे आहे.", "दस्तावेज़ खाली है।"),
    "LOCAL_CHECKSUM_MISMATCH": Text(
        "the stored document no longer matches its SHA-256",
        "साठवलेले कागदपत्र त्याच्या SHA-256 शी जुळत नाही.",
        "सहेजा गया दस्तावेज़ अब अपने SHA-256 से मेल नहीं खाता।"),
    # The sync's own verdict on an item the portal keeps failing on (kiosk/sync/backoff.py): a person looks.
    "SAME_FAILURE_REPEATED": Text(
        "{reason} — the portal failed the same way on this item {n} times in a row while it accepted others; "
        "it is no longer retried by itself",
        "{reason} — इतर अर्ज स्वीकारत असताना पोर्टल या अर्जावर सलग {n} वेळा त्याच प्रकारे अयशस्वी झाले; "
        "तो आता आपोआप पुन्हा पाठवला जाणार नाही",
        "{reason} — दूसरे आवेदन स्वीकार करते हुए पोर्टल इस आवेदन पर लगातार {n} बार एक ही तरह विफल हुआ; "
        "अब इसे अपने आप दोबारा नहीं भेजा जाएगा"),
}
