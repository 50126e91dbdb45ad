"""Delivery channels, their outcomes, and the status look-up's answers, in Marathi, Hindi and English.

``PROBLEMS`` join the form problems (``problem.*``); ``CHANNELS`` and ``OUTCOMES`` name what the delivery
history shows ("WhatsApp — delivered"); ``LOOKUP`` is what a citizen holding only a receipt is told.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

PROBLEMS: dict[str, Text] = {
    "delivery_whatsapp_number": Text(
        "The WhatsApp number must be a 10-digit mobile number.",
        "व्हॉट्सॲप क्रमांक 10 अंकी मोबाइल क्रमांक असावा.",
        "व्हाट्सऐप नंबर 10 अंकों का मोबाइल नंबर होना चाहिए।"),
    "delivery_needs_consent": Text(
        "Sending the certificate this way needs the citizen's consent.",
        "प्रमाणपत्र या मार्गाने पाठवण्यासाठी नागरिकाची संमती आवश्यक आहे.",
        "प्रमाणपत्र इस तरीके से भेजने के लिए नागरिक की सहमति ज़रूरी है।"),
}

CHANNELS: dict[str, Text] = {
    "print_at_hub": Text("Printed at the hub", "केंद्रावर छापून", "केंद्र पर छापकर"),
    "whatsapp": Text("WhatsApp", "व्हॉट्सॲप", "व्हाट्सऐप"),
    "email": Text("E-mail", "ई-मेल", "ईमेल"),
    "portal_download": Text("Portal / DigiLocker", "पोर्टल / डिजिलॉकर", "पोर्टल / डिजीलॉकर"),
    "sms": Text("SMS", "एसएमएस", "एस.एम.एस."),
}

OUTCOMES: dict[str, Text] = {
    "delivered": Text("delivered", "पोहोचले", "पहुँच गया"),
    "sent": Text("sent, not yet confirmed", "पाठवले, पोहोच अजून कळलेली नाही", "भेजा गया, पुष्टि अभी नहीं"),
    "ready_at_hub": Text("ready to print at the hub", "केंद्रावर छापण्यासाठी तयार", "केंद्र पर छापने के लिए तैयार"),
    "not_on_whatsapp": Text("this number is not on WhatsApp", "हा क्रमांक व्हॉट्सॲपवर नाही",
                            "यह नंबर व्हाट्सऐप पर नहीं है"),
    "mailbox_full": Text("the mailbox is full", "ई-मेल पेटी भरलेली आहे", "मेलबॉक्स भरा हुआ है"),
    "consent_withdrawn": Text("the citizen withdrew consent", "नागरिकाने संमती मागे घेतली",
                              "नागरिक ने सहमति वापस ले ली"),
    "bounced": Text("the address does not exist", "हा पत्ता अस्तित्वात नाही", "यह पता मौजूद नहीं है"),
    "failed": Text("could not be delivered", "पोहोचवता आले नाही", "पहुँचाया नहीं जा सका"),
    "queued": Text("waiting to be sent to the portal", "पोर्टलकडे पाठवण्याच्या रांगेत",
                   "पोर्टल को भेजे जाने की कतार में"),
}

LOOKUP: dict[str, Text] = {
    "due": Text("Due by {date}", "{date} पर्यंत अपेक्षित", "{date} तक अपेक्षित"),
    "no_due": Text(
        "The time limit starts once every document is in.",
        "सर्व कागदपत्रे मिळाल्यावर मुदत सुरू होते.",
        "सभी दस्तावेज़ मिलने पर समय-सीमा शुरू होती है।"),
    "missing": Text("Still missing: {groups}", "अजून हवे: {groups}", "अभी चाहिए: {groups}"),
    "next_wait": Text(
        "Nothing to do now: the office is working on it. You will get a message when it is decided.",
        "आता काही करायचे नाही: कार्यालयात काम सुरू आहे. निर्णय झाल्यावर संदेश येईल.",
        "अभी कुछ करना नहीं है: कार्यालय में काम चल रहा है। निर्णय होने पर संदेश आएगा।"),
    "next_queued": Text(
        "Saved at the hub; it goes to the portal with the next sync. Nothing to do now.",
        "केंद्रावर जतन केला आहे; पुढच्या सिंकमध्ये पोर्टलवर जाईल. आता काही करायचे नाही.",
        "केंद्र पर सहेजा गया है; अगले सिंक में पोर्टल पर जाएगा। अभी कुछ करना नहीं है।"),
    "next_documents": Text(
        "Bring the missing documents to the counter.",
        "राहिलेली कागदपत्रे घेऊन केंद्रावर या.",
        "बाकी दस्तावेज़ लेकर केंद्र पर आएँ।"),
    "next_collect": Text(
        "The certificate is ready: collect it at the counter.",
        "प्रमाणपत्र तयार आहे: केंद्रावरून घ्या.",
        "प्रमाणपत्र तैयार है: केंद्र से ले लें।"),
    "next_resend": Text(
        "The certificate is ready but could not be sent ({channels}): print it here or choose another way.",
        "प्रमाणपत्र तयार आहे पण पाठवता आले नाही ({channels}): येथे छापून घ्या किंवा दुसरा मार्ग निवडा.",
        "प्रमाणपत्र तैयार है पर भेजा नहीं जा सका ({channels}): यहाँ छपवा लें या दूसरा तरीका चुनें।"),
    "next_appeal": Text(
        "Rejected. You may file a first appeal within 30 days of the decision.",
        "अर्ज नामंजूर झाला. निर्णयापासून 30 दिवसांत प्रथम अपील करता येते.",
        "आवेदन अस्वीकृत हुआ। निर्णय से 30 दिनों में प्रथम अपील की जा सकती है।"),
    "next_overdue": Text(
        "The time limit has passed: you may file a first appeal.",
        "मुदत संपली आहे: प्रथम अपील करता येते.",
        "समय-सीमा बीत चुकी है: प्रथम अपील की जा सकती है।"),
    "next_done": Text("The certificate was handed over.", "प्रमाणपत्र दिले गेले आहे.", "प्रमाणपत्र दे दिया गया है।"),
    "next_fix": Text(
        "The portal refused it: the operator must correct and resend it.",
        "पोर्टलने अर्ज परत केला: ऑपरेटरने दुरुस्त करून पुन्हा पाठवावा.",
        "पोर्टल ने आवेदन लौटा दिया: ऑपरेटर सुधारकर दोबारा भेजें।"),
    "next_void": Text("This application was cancelled.", "हा अर्ज रद्द केला आहे.", "यह आवेदन रद्द किया गया है।"),
    "ack": Text("Acknowledgement", "पोचपावती", "पावती सूचना"),
    "changed": Text(
        "Delivery changed to {channels}; it reaches the portal with the next sync.",
        "प्रमाणपत्र पाठवण्याचा मार्ग बदलला: {channels}; पुढच्या सिंकमध्ये पोर्टलवर जाईल.",
        "प्रमाणपत्र भेजने का तरीका बदला: {channels}; अगले सिंक में पोर्टल पर जाएगा।"),
}
