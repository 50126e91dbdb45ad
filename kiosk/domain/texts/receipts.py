"""Fixed captions printed on receipts, hand-over slips, the day-close report and the recovery-key sheet.

Paper carries Marathi over English (``मराठी / English``), whatever the screen's language; the Hindi is
kept for a Hindi print and so that every code speaks all three languages.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    # the acknowledgement (RTS Rule 6, Form I)
    "duplicate": Text("DUPLICATE", "दुय्यम प्रत", "दूसरी प्रति"),
    "title": Text("Acknowledgement", "पोचपावती", "प्राप्ति रसीद"),
    "act": Text(
        "Maharashtra Right to Public Services Act, 2015 — Rule 6",
        "महाराष्ट्र लोकसेवा हक्क अधिनियम, 2015 — नियम 6",
        "महाराष्ट्र लोक सेवा अधिकार अधिनियम, 2015 — नियम 6"),
    "centre": Text("Aaple Sarkar Seva Kendra", "आपले सरकार सेवा केंद्र", "आपले सरकार सेवा केंद्र"),
    "receipt_no": Text("Receipt no.", "पावती क्रमांक", "रसीद संख्या"),
    "taken_at": Text("Date and time", "दिनांक व वेळ", "दिनांक और समय"),
    "service": Text("Service", "सेवा", "सेवा"),
    "applicant": Text("Applicant", "अर्जदार", "आवेदक"),
    "aadhaar": Text("Aadhaar", "आधार", "आधार"),
    "documents_received": Text("Documents received", "प्राप्त कागदपत्रे", "प्राप्त दस्तावेज़"),
    "documents_missing": Text("Documents still missing", "अपूर्ण कागदपत्रे", "बाकी दस्तावेज़"),
    "none": Text("None", "नाहीत", "कोई नहीं"),
    # the RTS time limits are notified in working days (the due date skips Sundays and holidays)
    "rts_days": Text("{days} working days", "{days} कामकाजाचे दिवस", "{days} कार्य दिवस"),
    "rts_day_one": Text("1 working day", "1 कामकाजाचा दिवस", "1 कार्य दिवस"),
    "rts_as_notified": Text("as notified for the service", "सेवेनुसार", "सेवा के अनुसार"),
    "time_limit": Text("Time limit (RTS)", "सेवा हमी कालमर्यादा", "सेवा गारंटी समय-सीमा (RTS)"),
    "clock_waits": Text(
        "The time limit starts when the missing documents are submitted.",
        "अपूर्ण कागदपत्रे जमा केल्यापासून कालमर्यादा सुरू होईल.",
        "बाकी दस्तावेज़ जमा होने पर समय-सीमा शुरू होगी।"),
    "expected_by": Text("Expected by", "अपेक्षित दिनांक", "अपेक्षित तिथि"),
    "designated_officer": Text("Designated officer", "पदनिर्देशित अधिकारी", "पदनामित अधिकारी"),
    "first_appellate": Text("First appellate authority", "प्रथम अपिलीय प्राधिकारी", "प्रथम अपीलीय प्राधिकारी"),
    "second_appellate": Text("Second appellate authority", "द्वितीय अपिलीय प्राधिकारी", "द्वितीय अपीलीय प्राधिकारी"),
    "particulars": Text("Particulars", "तपशील", "विवरण"),
    "payment": Text("Fee paid by", "शुल्क भरणा", "शुल्क भुगतान"),
    "payment_cash": Text("Cash", "रोख", "नकद"),
    "payment_upi": Text("UPI", "यूपीआय", "यूपीआई"),
    "payment_card": Text("Card", "कार्ड", "कार्ड"),
    "payment_none": Text("No fee charged", "शुल्क नाही", "कोई शुल्क नहीं"),
    "yes": Text("Yes", "होय", "हाँ"),
    "no": Text("No", "नाही", "नहीं"),
    # a gender code (Aadhaar QR, the form) is never printed as a letter: "लिंग: M" reads as nothing
    "gender_M": Text("Male", "पुरुष", "पुरुष"),
    "gender_F": Text("Female", "स्त्री", "महिला"),
    "gender_T": Text("Transgender", "तृतीयपंथी", "ट्रांसजेंडर"),
    "delivery": Text("Delivery", "वितरण", "प्रमाणपत्र कैसे मिलेगा"),
    "fees": Text("Fees", "शुल्क", "शुल्क"),
    "total": Text("Total", "एकूण", "कुल"),
    "operator": Text("Operator", "ऑपरेटर", "ऑपरेटर"),
    "portal_ref": Text("Portal application no.", "पोर्टल अर्ज क्रमांक", "पोर्टल आवेदन संख्या"),
    "application_id": Text("Application ID", "अर्ज ओळख", "आवेदन पहचान"),
    "how_to_appeal": Text("How to appeal", "अपील कसे करावे", "अपील कैसे करें"),
    # The third appeal's time limit is not confirmed (shared/domain/README.md): the receipt names the
    # Commission but prints no deadline for it rather than a guessed one.
    "appeal": Text(
        "If the service is not given within the time limit, or the application is rejected, you may file a "
        "first appeal with the First Appellate Authority within 30 days (on the Aaple Sarkar portal or at "
        "this centre). A second appeal lies with the Second Appellate Authority within 30 days of the first "
        "appeal's order. If still not satisfied, you may appeal against the second appeal's order to the "
        "Maharashtra State Commission for Right to Public Services.",
        "विहित कालमर्यादेत सेवा न मिळाल्यास किंवा अर्ज नामंजूर झाल्यास 30 दिवसांच्या आत प्रथम अपिलीय "
        "प्राधिकाऱ्याकडे प्रथम अपील करता येईल (आपले सरकार पोर्टलवर किंवा या केंद्रात). प्रथम अपिलाच्या "
        "आदेशापासून 30 दिवसांच्या आत द्वितीय अपिलीय प्राधिकाऱ्याकडे द्वितीय अपील करता येईल. त्यानेही समाधान न "
        "झाल्यास द्वितीय अपिलाच्या आदेशाविरुद्ध महाराष्ट्र राज्य लोकसेवा हक्क आयोगाकडे अपील करता येईल.",
        "निर्धारित समय-सीमा में सेवा न मिलने पर या आवेदन अस्वीकृत होने पर 30 दिनों के भीतर प्रथम अपीलीय "
        "प्राधिकारी के पास प्रथम अपील की जा सकती है (आपले सरकार पोर्टल पर या इस केंद्र में)। प्रथम अपील के "
        "आदेश से 30 दिनों के भीतर द्वितीय अपीलीय प्राधिकारी के पास द्वितीय अपील की जा सकती है। फिर भी "
        "संतुष्ट न होने पर द्वितीय अपील के आदेश के विरुद्ध महाराष्ट्र राज्य लोक सेवा अधिकार आयोग के पास "
        "अपील की जा सकती है।"),
    "helpline": Text("Helpline", "हेल्पलाइन", "हेल्पलाइन"),
    "scan_qr": Text(
        "Scan the QR code on this receipt to find the application again.",
        "अर्ज पुन्हा शोधण्यासाठी या पावतीवरील QR कोड स्कॅन करा.",
        "आवेदन दोबारा खोजने के लिए इस रसीद का QR कोड स्कैन करें।"),
    "no_signature": Text(
        "Computer-generated receipt; no signature needed.",
        "संगणकीकृत पावती — स्वाक्षरीची आवश्यकता नाही.",
        "कंप्यूटर से बनी रसीद — हस्ताक्षर की आवश्यकता नहीं।"),
    "self_declaration": Text("Self-declaration", "स्वयंघोषणापत्र", "स्व-घोषणा पत्र"),
    "delivery_print_at_hub": Text(
        "Collect the printed certificate at this centre",
        "छापील प्रमाणपत्र या केंद्रावरून घ्यावे",
        "छपा हुआ प्रमाणपत्र इसी केंद्र से लें"),
    "delivery_email": Text("By e-mail", "ई-मेलद्वारे", "ई-मेल द्वारा"),
    "delivery_portal_download": Text(
        "Download from the Aaple Sarkar portal", "आपले सरकार पोर्टलवरून डाउनलोड", "आपले सरकार पोर्टल से डाउनलोड"),
    "delivery_whatsapp": Text("On WhatsApp", "व्हॉट्सॲपवर", "व्हाट्सऐप पर"),
    # the certificate hand-over slip
    "handover_title": Text("Certificate hand-over slip", "प्रमाणपत्र सुपूर्दगी पावती", "प्रमाणपत्र सुपुर्दगी पर्ची"),
    "certificate_no": Text("Certificate no.", "प्रमाणपत्र क्रमांक", "प्रमाणपत्र संख्या"),
    "issued_on": Text("Issued on", "दिनांक (प्रमाणपत्र)", "जारी होने की तिथि"),
    "handed_at": Text("Handed over at", "सुपूर्द केल्याची वेळ", "सौंपने का समय"),
    "received_by": Text("Received by", "स्वीकारणारी व्यक्ती", "प्राप्तकर्ता"),
    "id_shown": Text("ID shown", "दाखवलेले ओळखपत्र", "दिखाया गया पहचान पत्र"),
    "received_statement": Text(
        "I have received the certificate named above.", "मला वरील प्रमाणपत्र मिळाले.", "मुझे ऊपर लिखा प्रमाणपत्र मिल गया।"),
    "collector_signature": Text(
        "Signature of the person collecting", "स्वीकारणाऱ्याची सही", "प्रमाणपत्र लेने वाले के हस्ताक्षर"),
    # the day-close report
    "day_close_title": Text("Day-close report", "दैनिक हिशोब", "दैनिक हिसाब"),
    "date": Text("Date", "दिनांक", "तारीख"),
    "made": Text("Made", "तयार", "तैयार"),
    "applications": Text("Applications", "अर्ज", "आवेदन"),
    "cash_expected": Text("Cash expected", "एकूण जमा अपेक्षित", "कुल अपेक्षित नकद"),
    "cash_counted": Text("Cash counted", "मोजलेली रोकड", "गिनी गई नकदी"),
    "difference": Text("Difference", "फरक", "अंतर"),
    "by_operator": Text("By operator", "ऑपरेटरनिहाय", "ऑपरेटर के अनुसार"),
    "expected": Text("Expected", "अपेक्षित", "अपेक्षित राशि"),
    "counted": Text("Counted", "मोजलेली", "गिनी गई"),
    "by_service": Text("By service", "सेवानिहाय", "सेवा के अनुसार"),
    "audit_head": Text("Audit chain head", "ऑडिट साखळी", "ऑडिट श्रृंखला"),
    "operator_signature": Text("Operator's signature", "ऑपरेटरची सही", "ऑपरेटर के हस्ताक्षर"),
    "manager_signature": Text("Centre manager's signature", "केंद्रचालकाची सही", "केंद्र संचालक के हस्ताक्षर"),
}

# the recovery-key sheet a supervisor prints and locks away (kiosk.security.recovery_sheet)
RECOVERY_SHEET: dict[str, Text] = {
    "title": Text("Recovery key — CONFIDENTIAL", "रिकव्हरी की — गोपनीय", "रिकवरी कुंजी — गोपनीय"),
    "kendra": Text("Seva Kendra", "सेवा केंद्र", "सेवा केंद्र"),
    "printed": Text("Printed", "छापले", "छापा गया"),
    "why": Text(
        "If this PC dies or its keyring is lost, unsent applications and documents come back only with this key.",
        "हा संगणक बिघडला किंवा त्याची कीरिंग हरवली तर, न पाठवलेले अर्ज व कागदपत्रे या कीनेच परत मिळतात.",
        "यह कंप्यूटर खराब हो जाए या इसकी कीरिंग खो जाए, तो न भेजे गए आवेदन और दस्तावेज़ केवल इसी कुंजी से वापस "
        "मिलते हैं।"),
    "groups": Text("{n} groups of 4 (A–Z, 2–7)", "{n} गट × 4 अक्षरे (A–Z, 2–7)", "{n} समूह × 4 अक्षर (A–Z, 2–7)"),
    "new_pc": Text(
        'On a new PC: seva-kiosk recover --key "KEY" --from OLD-DATA-FOLDER',
        'नवीन संगणकावर: seva-kiosk recover --key "की" --from जुन्या-डेटाचे-फोल्डर',
        'नए कंप्यूटर पर: seva-kiosk recover --key "कुंजी" --from पुराने-डेटा-का-फ़ोल्डर'),
    "lock_away": Text(
        "Keep this sheet locked away. Whoever holds it can read all of this Kendra's data.",
        "हे पान कुलूपबंद ठेवा. ज्याच्याकडे हे पान आहे तो केंद्राची सर्व माहिती वाचू शकतो.",
        "यह पन्ना ताले में रखें। जिसके पास यह पन्ना है, वह केंद्र की सारी जानकारी पढ़ सकता है।"),
    "after_rotation": Text(
        "After a data-key rotation (seva-kiosk keys rotate --data-key) print a new sheet and destroy this one.",
        "की बदलल्यावर (seva-kiosk keys rotate --data-key) नवीन पान छापा व जुने नष्ट करा.",
        "डेटा कुंजी बदलने के बाद (seva-kiosk keys rotate --data-key) नया पन्ना छापें और यह पुराना नष्ट करें।"),
    "delete_pdf": Text("Delete the PDF file once printed.", "PDF फाइल छापल्यानंतर हटवा.", "छापने के बाद PDF फ़ाइल हटा दें।"),
}
