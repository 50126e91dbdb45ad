"""Carried sync on the command line: ``seva-kiosk outbox export | import | ring-key`` and their refusals.

Hindi and Marathi say "bundle" as the English word the stick's file name carries (बंडल), as the existing
``error.bundle_invalid`` does, so the operator matches what the screen says to what the stick holds.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

CLI: dict[str, Text] = {
    "exported": Text(
        "{path}: {items} applications and {documents} documents, sealed for the ring and signed by hub {hub}. "
        "They can no longer be voided here.",
        "{path}: {items} अर्ज व {documents} कागदपत्रे, रिंगसाठी सीलबंद आणि हब {hub} ची स्वाक्षरी असलेले. "
        "ते आता येथे रद्द करता येणार नाहीत.",
        "{path}: {items} आवेदन और {documents} दस्तावेज़, रिंग के लिए सीलबंद और हब {hub} के हस्ताक्षर सहित। "
        "अब इन्हें यहाँ रद्द नहीं किया जा सकता।"),
    "nothing_to_export": Text(
        "Nothing is waiting to be carried; no bundle was written.",
        "वाहून नेण्यासाठी काहीही प्रलंबित नाही; बंडल तयार केला नाही.",
        "ले जाने के लिए कुछ भी बाकी नहीं है; कोई बंडल नहीं बनाया गया।"),
    "queued": Text(
        "Queued {new} carried applications of hub {hub} ({documents} documents); they will be filed under hub "
        "{hub}.",
        "हब {hub} चे {new} वाहून आणलेले अर्ज रांगेत टाकले ({documents} कागदपत्रे); ते हब {hub} च्या नावे "
        "नोंदवले जातील.",
        "हब {hub} के {new} लाए गए आवेदन कतार में डाले ({documents} दस्तावेज़); वे हब {hub} के नाम दर्ज होंगे।"),
    "partly_carried": Text(
        "{old} of them were already carried here.",
        "त्यांपैकी {old} आधीच येथे वाहून आणले होते.",
        "उनमें से {old} पहले ही यहाँ लाए जा चुके थे।"),
    "already_carried": Text(
        "Already carried, nothing new: the {items} applications of this bundle from hub {hub} are already "
        "queued here or sent.",
        "आधीच वाहून आणले, नवीन काही नाही: हब {hub} च्या या बंडलमधील {items} अर्ज आधीच येथे रांगेत आहेत किंवा "
        "पाठवले गेले आहेत.",
        "पहले ही लाया गया, कुछ नया नहीं: हब {hub} के इस बंडल के {items} आवेदन पहले से यहाँ कतार में हैं या "
        "भेजे जा चुके हैं।"),
    "ring_key_made": Text(
        "New ring key below. Give it to each kiosk of the ring on paper or a file, and install it there with "
        "'seva-kiosk outbox ring-key --stdin' (or --file FILE):",
        "खाली नवीन रिंग की आहे. रिंगमधील प्रत्येक किऑस्कला ती कागदावर किंवा फाईलमध्ये द्या आणि तेथे "
        "'seva-kiosk outbox ring-key --stdin' (किंवा --file FILE) ने बसवा:",
        "नीचे नई रिंग की है। रिंग के हर कियोस्क को इसे कागज़ पर या फ़ाइल में दें और वहाँ "
        "'seva-kiosk outbox ring-key --stdin' (या --file FILE) से लगाएँ:"),
    "ring_key_installed": Text(
        "Ring key installed in this kiosk's keyring.",
        "रिंग की या किऑस्कच्या कीरिंगमध्ये बसवली.",
        "रिंग की इस कियोस्क की कीरिंग में लगा दी गई।"),
    "ring_key_prompt": Text(
        "Ring key (64 hex digits, not shown): ",
        "रिंग की (64 हेक्स अंक, दिसणार नाहीत): ",
        "रिंग की (64 हेक्स अंक, दिखाई नहीं देंगे): "),
}

ERRORS: dict[str, Text] = {
    "bundle_cannot_sign": Text(
        "This kiosk cannot sign a bundle for its hub: {detail}. Set up its portal login first "
        "(seva-kiosk portal-config). Nothing was exported.",
        "हा किऑस्क आपल्या हबसाठी बंडलवर स्वाक्षरी करू शकत नाही: {detail}. आधी पोर्टल लॉगिन सेट करा "
        "(seva-kiosk portal-config). काहीही निर्यात केले नाही.",
        "यह कियोस्क अपने हब के लिए बंडल पर हस्ताक्षर नहीं कर सकता: {detail}। पहले पोर्टल लॉगिन सेट करें "
        "(seva-kiosk portal-config)। कुछ भी निर्यात नहीं किया गया।"),
    "ring_key_on_command_line": Text(
        "The ring key is never given on the command line: it would show in the process list and the shell "
        "history. Use --stdin (type or pipe it) or --file FILE.",
        "रिंग की कधीही कमांड लाइनवर देऊ नये: ती प्रोसेस यादीत आणि शेल इतिहासात दिसते. --stdin (टाइप करा "
        "किंवा पाइप करा) किंवा --file FILE वापरा.",
        "रिंग की कभी कमांड लाइन पर न दें: वह प्रोसेस सूची और शेल इतिहास में दिखती है। --stdin (टाइप करें "
        "या पाइप करें) या --file FILE का उपयोग करें।"),
    "ring_key_unreadable": Text(
        "No ring key could be read: {detail}.",
        "रिंग की वाचता आली नाही: {detail}.",
        "रिंग की पढ़ी नहीं जा सकी: {detail}।"),
}
