"""Why a scanned or imported file, or a QR code, was refused, and what the operator reads beside an Aadhaar QR.

A refusal's reason travels inside the typed error as its detail (``document.<reason>``, ``qr.<reason>``),
so ``error.document_rejected`` / ``error.qr_unreadable`` read whole in every language.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

DOCUMENT_REASONS: dict[str, Text] = {
    "empty": Text("the file is empty (0 bytes)", "फाईल रिकामी आहे (0 बाइट)", "फ़ाइल खाली है (0 बाइट)"),
    "too_big_file": Text(
        "the file is larger than {limit_mb} MB", "फाईल {limit_mb} MB पेक्षा मोठी आहे", "फ़ाइल {limit_mb} MB से बड़ी है"),
    "too_big_document": Text(
        "the files together are larger than {limit_mb} MB", "फाईल्स मिळून {limit_mb} MB पेक्षा मोठ्या आहेत",
        "फ़ाइलें मिलाकर {limit_mb} MB से बड़ी हैं"),
    "too_many_pixels": Text(
        "the image is too large ({width}×{height} pixels); scan at 300 dpi or less",
        "प्रतिमा खूप मोठी आहे ({width}×{height} पिक्सेल); 300 dpi किंवा कमी वर स्कॅन करा",
        "छवि बहुत बड़ी है ({width}×{height} पिक्सेल); 300 dpi या उससे कम पर स्कैन करें"),
    "too_many_pixels_limit": Text(
        "the image is too large (more than {limit_mp} megapixels); scan at 300 dpi or less",
        "प्रतिमा खूप मोठी आहे ({limit_mp} मेगापिक्सेलपेक्षा जास्त); 300 dpi किंवा कमी वर स्कॅन करा",
        "छवि बहुत बड़ी है ({limit_mp} मेगापिक्सेल से अधिक); 300 dpi या उससे कम पर स्कैन करें"),
    "too_many_pixels_total": Text(
        "the document is too large in all ({megapixels} megapixels, at most {limit_mp}); scan at 300 dpi or "
        "less, or fewer pages",
        "कागदपत्र एकूण खूप मोठे आहे ({megapixels} मेगापिक्सेल, कमाल {limit_mp}); 300 dpi किंवा कमी वर, किंवा "
        "कमी पाने स्कॅन करा",
        "दस्तावेज़ कुल मिलाकर बहुत बड़ा है ({megapixels} मेगापिक्सेल, अधिकतम {limit_mp}); 300 dpi या उससे कम पर, "
        "या कम पृष्ठ स्कैन करें"),
    "pdf_inflates_too_much": Text(
        "the PDF unpacks to more than {limit_mb} MB; it is not an ordinary scan",
        "PDF उघडल्यावर {limit_mb} MB पेक्षा मोठी होते; ही साधी स्कॅन केलेली फाईल नाही",
        "खोलने पर PDF {limit_mb} MB से बड़ी हो जाती है; यह साधारण स्कैन की हुई फ़ाइल नहीं है"),
    "pdf_password_needed": Text(
        "the PDF is locked with a password (an e-Aadhaar's is the first four letters of the name in capitals "
        "and the year of birth, e.g. SUNI1984)",
        "PDF पासवर्डने बंद आहे (ई-आधारचा पासवर्ड: नावाची पहिली चार अक्षरे इंग्रजी कॅपिटलमध्ये व जन्मवर्ष, उदा. "
        "SUNI1984)",
        "PDF पासवर्ड से बंद है (ई-आधार का पासवर्ड: नाम के पहले चार अक्षर अंग्रेज़ी कैपिटल में और जन्म वर्ष, जैसे "
        "SUNI1984)"),
    "pdf_password_wrong": Text(
        "the PDF's password is not right", "PDF चा पासवर्ड बरोबर नाही", "PDF का पासवर्ड सही नहीं है"),
    "too_small": Text(
        "the image is too small ({width}×{height} pixels) to read",
        "प्रतिमा वाचण्यासाठी खूप लहान आहे ({width}×{height} पिक्सेल)",
        "छवि पढ़ने के लिए बहुत छोटी है ({width}×{height} पिक्सेल)"),
    "not_an_image": Text(
        "the file is not a picture or a PDF", "फाईल चित्र किंवा PDF नाही", "फ़ाइल न तो चित्र है, न PDF"),
    "name_mismatch": Text(
        "the file is named .{extension} but is really a {actual} file; rename or re-save it",
        "फाईलचे नाव .{extension} आहे पण ती प्रत्यक्षात {actual} फाईल आहे; नाव बदला किंवा पुन्हा जतन करा",
        "फ़ाइल का नाम .{extension} है, पर असल में यह {actual} फ़ाइल है; नाम बदलें या फिर से सहेजें"),
    "truncated": Text(
        "the file is damaged or incomplete (was it still being copied?)",
        "फाईल खराब किंवा अपूर्ण आहे (ती अजून कॉपी होत होती का?)",
        "फ़ाइल खराब या अधूरी है (क्या वह अभी कॉपी हो रही थी?)"),
    "too_many_pages": Text(
        "the document has more than {limit} pages",
        "कागदपत्रात {limit} पेक्षा जास्त पाने आहेत",
        "दस्तावेज़ में {limit} से अधिक पृष्ठ हैं"),
    "pdf_unreadable": Text(
        "the PDF cannot be opened (damaged or password-protected)",
        "PDF उघडता येत नाही (खराब किंवा पासवर्डने सुरक्षित)",
        "PDF खोली नहीं जा सकती (खराब है या पासवर्ड से सुरक्षित)"),
    "over_budget": Text(
        "it cannot be made smaller than {limit_kb} KB a page without losing legibility; scan fewer or cleaner "
        "pages",
        "वाचनीयता न गमावता ती प्रति पान {limit_kb} KB पेक्षा लहान करता येत नाही; कमी किंवा स्वच्छ पाने स्कॅन करा",
        "पढ़ने लायक रखते हुए इसे प्रति पृष्ठ {limit_kb} KB से छोटा नहीं किया जा सकता; कम या साफ़ पृष्ठ स्कैन करें"),
    "no_pages": Text("no pages were given", "एकही पान दिले नाही", "एक भी पृष्ठ नहीं दिया गया"),
    "unreadable_file": Text(
        "the file cannot be read: {error}", "फाईल वाचता येत नाही: {error}", "फ़ाइल पढ़ी नहीं जा सकती: {error}"),
}

# A page accepted but probably not what the operator meant to scan (shown beside the stored document).
DOCUMENT_WARNINGS: dict[str, Text] = {
    "blank": Text(
        "page {page} looks blank — was the right side scanned?",
        "पान {page} कोरे दिसते — योग्य बाजू स्कॅन झाली का?",
        "पृष्ठ {page} खाली दिखता है — क्या सही तरफ़ स्कैन हुई?"),
    "dark": Text(
        "page {page} is almost all black — was the scanner lid open?",
        "पान {page} जवळजवळ पूर्ण काळे आहे — स्कॅनरचे झाकण उघडे होते का?",
        "पृष्ठ {page} लगभग पूरा काला है — क्या स्कैनर का ढक्कन खुला था?"),
}

QR_REASONS: dict[str, Text] = {
    "no_code": Text(
        "no QR code or barcode was found in the picture",
        "चित्रात QR कोड किंवा बारकोड सापडला नाही",
        "चित्र में कोई QR कोड या बारकोड नहीं मिला"),
    "not_numeric": Text(
        "the Secure QR holds characters other than digits",
        "सुरक्षित QR मध्ये अंकांशिवाय इतर अक्षरे आहेत",
        "सुरक्षित QR में अंकों के अलावा दूसरे अक्षर हैं"),
    "too_long": Text(
        "the QR holds more data than an Aadhaar QR can",
        "QR मध्ये आधार QR पेक्षा जास्त माहिती आहे",
        "QR में आधार QR की क्षमता से अधिक जानकारी है"),
    "too_short": Text(
        "the QR holds too little data for an Aadhaar QR",
        "QR मध्ये आधार QR साठी खूप कमी माहिती आहे",
        "QR में आधार QR के लिए बहुत कम जानकारी है"),
    "not_compressed": Text(
        "the QR data is not in the Aadhaar format", "QR माहिती आधार स्वरूपात नाही", "QR की जानकारी आधार प्रारूप में नहीं है"),
    "too_large": Text(
        "the QR data unpacks to more than {limit_kb} KB",
        "QR माहिती उघडल्यावर {limit_kb} KB पेक्षा मोठी होते",
        "खोलने पर QR की जानकारी {limit_kb} KB से बड़ी हो जाती है"),
    "few_fields": Text(
        "the QR has too few fields ({found} of {needed})",
        "QR मध्ये खूप कमी नोंदी आहेत ({needed} पैकी {found})",
        "QR में बहुत कम प्रविष्टियाँ हैं ({needed} में से {found})"),
    "unknown_version": Text(
        "the QR format version is not known", "QR स्वरूपाची आवृत्ती ओळखता आली नाही", "QR प्रारूप का संस्करण पहचाना नहीं गया"),
    "bad_field": Text(
        "the QR field '{field}' is not valid", "QR मधील '{field}' नोंद वैध नाही", "QR की '{field}' प्रविष्टि मान्य नहीं है"),
    "bad_xml": Text(
        "the Aadhaar XML QR is malformed or unsafe",
        "आधार XML QR चुकीचा किंवा असुरक्षित आहे",
        "आधार XML QR गलत या असुरक्षित है"),
    "no_image": Text("the picture cannot be opened", "चित्र उघडता येत नाही", "चित्र खोला नहीं जा सकता"),
}

# What the operator reads next to a decoded Aadhaar QR (CLI and window alike).
AADHAAR: dict[str, Text] = {
    "verified": Text(
        "Verified by UIDAI signature", "UIDAI च्या डिजिटल स्वाक्षरीने पडताळले", "UIDAI के डिजिटल हस्ताक्षर से सत्यापित"),
    "not_verified": Text(
        "Not verified: the signature does not match any pinned UIDAI certificate",
        "पडताळले नाही: स्वाक्षरी कोणत्याही UIDAI प्रमाणपत्राशी जुळत नाही",
        "सत्यापित नहीं: हस्ताक्षर किसी भी UIDAI प्रमाणपत्र से मेल नहीं खाता"),
    "unsigned": Text(
        "Not verified: old Aadhaar QR without a signature",
        "पडताळले नाही: स्वाक्षरी नसलेला जुना आधार QR",
        "सत्यापित नहीं: बिना हस्ताक्षर वाला पुराना आधार QR"),
    "compare_photo": Text(
        "Compare the photo with the person at the counter",
        "फोटो काउंटरवरील व्यक्तीशी जुळतो का ते तपासा",
        "जाँचें कि फ़ोटो काउंटर पर मौजूद व्यक्ति से मेल खाती है"),
    "aadhaar": Text("Aadhaar", "आधार", "आधार"),
    "reference_id": Text("Reference id", "संदर्भ क्रमांक", "संदर्भ संख्या"),
    "name": Text("Name", "नाव", "नाम"),
    "dob": Text("Date of birth", "जन्मतारीख", "जन्म तिथि"),
    "gender": Text("Gender", "लिंग", "लिंग"),
    "care_of": Text("Care of", "यांच्यामार्फत", "द्वारा"),
    "house": Text("House", "घर क्रमांक", "मकान नंबर"),
    "street": Text("Street", "रस्ता", "गली/सड़क"),
    "landmark": Text("Landmark", "खूण", "पहचान चिह्न"),
    "location": Text("Locality", "परिसर", "इलाका"),
    "vtc": Text("Village/town", "गाव/शहर", "गाँव/शहर"),
    "post_office": Text("Post office", "पोस्ट ऑफिस", "डाकघर"),
    "sub_district": Text("Taluka", "तालुका", "तहसील"),
    "district": Text("District", "जिल्हा", "ज़िला"),
    "state": Text("State", "राज्य", "राज्य"),
    "pincode": Text("PIN code", "पिन कोड", "पिन कोड"),
    "mobile_last4": Text("Mobile (last 4)", "मोबाईल (शेवटचे 4)", "मोबाइल (अंतिम 4)"),
}
