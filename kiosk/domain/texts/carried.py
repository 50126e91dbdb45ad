"""Carried sync on the command line: ``seva-kiosk outbox export | import | ring-key`` and their refusals.

Hindi and Marathi say "bundle" as the English word the stick's file name carries (बंडल), as the existing
``error.bundle_invalid`` does, so the operator matches what the screen says to what the stick holds.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

CLI: dict[str, Text] = {
    "exported": Text(
        "{path}: sealed for the ring and signed by hub {hub} (applications: {items}, documents: {documents}). "
        "They can no longer be voided here.",
        "{path}: रिंगसाठी सीलबंद, हब {hub} ची स्वाक्षरी (अर्ज: {items}, कागदपत्रे: {documents}). "
        "हे अर्ज आता येथे रद्द करता येणार नाहीत.",
        "{path}: रिंग के लिए सीलबंद, हब {hub} के हस्ताक्षर सहित (आवेदन: {items}, दस्तावेज़: {documents})। "
        "अब इन आवेदनों को यहाँ रद्द नहीं किया जा सकता।"),
    "nothing_to_export": Text(
        "{path}: no application is waiting; the bundle only asks the carrier to bring hub {hub}'s answers back.",
        "{path}: कोणताही अर्ज प्रलंबित नाही; हा बंडल फक्त हब {hub} ची उत्तरे परत आणण्याची विनंती करतो.",
        "{path}: कोई आवेदन बाकी नहीं है; यह बंडल केवल हब {hub} के उत्तर वापस लाने का अनुरोध करता है।"),
    "queued": Text(
        "Carried applications of hub {hub} queued: {new} (documents: {documents}). They will be filed under hub "
        "{hub}.",
        "हब {hub} चे वाहून आणलेले अर्ज रांगेत: {new} (कागदपत्रे: {documents}). ते हब {hub} च्या नावे "
        "नोंदवले जातील.",
        "हब {hub} के लाए गए आवेदन कतार में: {new} (दस्तावेज़: {documents})। वे हब {hub} के नाम दर्ज होंगे।"),
    "partly_carried": Text(
        "Already carried here before: {old}.",
        "यापूर्वीच येथे वाहून आणलेले: {old}.",
        "पहले ही यहाँ लाए जा चुके: {old}।"),
    "already_carried": Text(
        "Already carried, nothing new: every application of this bundle from hub {hub} is already queued here "
        "or sent (applications: {items}).",
        "आधीच वाहून आणले, नवीन काही नाही: हब {hub} च्या या बंडलमधील प्रत्येक अर्ज आधीच येथे रांगेत आहे किंवा "
        "पाठवला गेला आहे (अर्ज: {items}).",
        "पहले ही लाया गया, कुछ नया नहीं: हब {hub} के इस बंडल का हर आवेदन पहले से यहाँ कतार में है या "
        "भेजा जा चुका है (आवेदन: {items})।"),
    "no_grants": Text(
        "No bundle from another hub was imported here: there are no answers to bring back.",
        "येथे दुसऱ्या हबचा कोणताही बंडल आयात केलेला नाही: परत नेण्यासाठी कोणतीही उत्तरे नाहीत.",
        "यहाँ किसी दूसरे हब का कोई बंडल आयात नहीं हुआ है: वापस ले जाने के लिए कोई उत्तर नहीं हैं।"),
    "return_written": Text(
        "{path}: answers for hub {hub} (status changes: {statuses}, certificates: {certificates}). Carry it to "
        "hub {hub} and import it there.",
        "{path}: हब {hub} साठी उत्तरे (स्थिती बदल: {statuses}, प्रमाणपत्रे: {certificates}). ही फाईल हब {hub} ला "
        "न्या आणि तेथे आयात करा.",
        "{path}: हब {hub} के लिए उत्तर (स्थिति परिवर्तन: {statuses}, प्रमाणपत्र: {certificates})। यह फ़ाइल हब "
        "{hub} तक ले जाएँ और वहाँ आयात करें।"),
    "return_nothing": Text(
        "No new answers for hub {hub} yet.",
        "हब {hub} साठी अजून नवीन उत्तरे नाहीत.",
        "हब {hub} के लिए अभी कोई नए उत्तर नहीं हैं।"),
    "return_failed": Text(
        "The answers for hub {hub} could not be read: {detail}. Ask hub {hub} for a new bundle.",
        "हब {hub} ची उत्तरे वाचता आली नाहीत: {detail}. हब {hub} कडून नवीन बंडल मागवा.",
        "हब {hub} के उत्तर पढ़े नहीं जा सके: {detail}। हब {hub} से नया बंडल मँगवाएँ।"),
    "returned": Text(
        "Answers brought home for hub {hub} (status changes: {statuses}, certificates ready: {certificates}).",
        "हब {hub} ची उत्तरे घरी आली (स्थिती बदल: {statuses}, तयार प्रमाणपत्रे: {certificates}).",
        "हब {hub} के उत्तर घर आ गए (स्थिति परिवर्तन: {statuses}, तैयार प्रमाणपत्र: {certificates})।"),
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
