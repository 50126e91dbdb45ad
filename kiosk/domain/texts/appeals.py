"""Why an appeal cannot be filed now, and the notes the kiosk itself writes in an application's history.

A refusal is raised with ``why=`` (``kiosk.domain.appeals``); the operator's sentence is
``error.appeal_not_allowed`` with the reason below as its detail, so the greyed "file first appeal" button
and the CLI say the whole sentence in one language (the exception's English detail stays for the log).
A second-appeal refusal carries ``stage="second"`` and reads the ``second_*`` entry.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

REFUSALS: dict[str, Text] = {
    "not_sent": Text(
        "the application has not reached the portal yet",
        "अर्ज अजून पोर्टलवर पोहोचलेला नाही",
        "आवेदन अभी पोर्टल तक नहीं पहुँचा है"),
    "no_grounds_text": Text(
        "the grounds of the appeal are missing",
        "अपिलाची कारणे लिहिलेली नाहीत",
        "अपील के आधार नहीं लिखे गए हैं"),
    "already_filed": Text(
        "a first appeal is already filed",
        "प्रथम अपील आधीच दाखल केलेले आहे",
        "प्रथम अपील पहले ही दायर की जा चुकी है"),
    "no_grounds": Text(
        "the application was not rejected and its time limit has not passed",
        "अर्ज नामंजूर झालेला नाही आणि त्याची मुदतही संपलेली नाही",
        "आवेदन अस्वीकृत नहीं हुआ है और उसकी समय-सीमा भी समाप्त नहीं हुई है"),
    "not_yet": Text(
        "the time limit runs until {due}",
        "मुदत {due} पर्यंत आहे",
        "समय-सीमा {due} तक है"),
    "needs_delay_reason": Text(
        "more than 30 days have passed: give a reason for the delay",
        "30 दिवसांपेक्षा जास्त दिवस झाले: उशिराचे कारण लिहा",
        "30 दिन से अधिक हो गए हैं: देरी का कारण लिखें"),
    "closed": Text(
        "more than 90 days have passed",
        "90 दिवसांपेक्षा जास्त दिवस झाले",
        "90 दिन से अधिक हो गए हैं"),
    "second_closed": Text(
        "more than 30 days have passed since the first-appeal order",
        "प्रथम अपिलाच्या आदेशाला 30 दिवसांपेक्षा जास्त दिवस झाले",
        "प्रथम अपील के आदेश को 30 दिन से अधिक हो गए हैं"),
    "second_not_yet": Text(
        "the first appellate authority still has time to decide",
        "प्रथम अपील अधिकाऱ्याकडे निर्णयासाठी अजून वेळ आहे",
        "प्रथम अपील अधिकारी के पास निर्णय के लिए अभी समय है"),
    "no_such_level": Text(
        "there are only three levels of appeal (1, 2 and 3)",
        "अपिलाचे फक्त तीन स्तर आहेत (1, 2 आणि 3)",
        "अपील के केवल तीन स्तर हैं (1, 2 और 3)"),
    "unknown_reason": Text(
        "“{reason}” is not one of the appeal reasons",
        "“{reason}” हे अपिलाच्या कारणांपैकी नाही",
        "“{reason}” अपील के कारणों में से नहीं है"),
    "level_filed": Text(
        "appeal {level} was already filed on {date}",
        "अपील {level} आधीच {date} रोजी दाखल केलेले आहे",
        "अपील {level} पहले ही {date} को दायर की जा चुकी है"),
    "granted": Text(
        "the application was granted: there is nothing to appeal",
        "अर्ज मंजूर झाला आहे: अपिलाची गरज नाही",
        "आवेदन स्वीकृत हो चुका है: अपील की आवश्यकता नहीं है"),
    "needs_lower": Text(
        "appeal {level} must be filed first",
        "आधी अपील {level} दाखल करावे लागेल",
        "पहले अपील {level} दायर करनी होगी"),
    "third_not_yet": Text(
        "the second appellate authority has until {date} to decide",
        "द्वितीय अपील अधिकाऱ्याकडे निर्णयासाठी {date} पर्यंत वेळ आहे",
        "द्वितीय अपील अधिकारी के पास निर्णय के लिए {date} तक समय है"),
}

# Why the citizen appeals: a code the operator picks (``--reason``), sent to the portal with its English
# sentence, printed on the acknowledgement in Marathi and English.
REASONS: dict[str, Text] = {
    "rejected_wrongly": Text(
        "The application was rejected without a valid reason",
        "अर्ज योग्य कारणाशिवाय नामंजूर केला",
        "आवेदन बिना उचित कारण के अस्वीकृत किया गया"),
    "no_decision": Text(
        "No decision within the service's time limit",
        "सेवेच्या मुदतीत निर्णय झाला नाही",
        "सेवा की समय-सीमा में निर्णय नहीं हुआ"),
    "documents_were_complete": Text(
        "The documents asked for had already been given",
        "मागितलेली कागदपत्रे आधीच दिली होती",
        "माँगे गए दस्तावेज़ पहले ही दिए जा चुके थे"),
    "fee_paid_not_counted": Text(
        "The fee was paid but not taken into account",
        "शुल्क भरले होते पण ते विचारात घेतले नाही",
        "शुल्क चुकाया गया था पर उसे ध्यान में नहीं लिया गया"),
    "order_not_followed": Text(
        "The appeal order was not carried out",
        "अपिलाच्या आदेशाची अंमलबजावणी झाली नाही",
        "अपील के आदेश का पालन नहीं हुआ"),
    "other": Text(
        "Other grounds (written by the citizen)",
        "इतर कारणे (नागरिकाने लिहिलेली)",
        "अन्य कारण (नागरिक द्वारा लिखे गए)"),
}

# To whom each level goes, as the acknowledgement and the dialog name them.
AUTHORITIES: dict[str, Text] = {
    "first_appellate": Text("First appellate authority", "प्रथम अपील प्राधिकारी", "प्रथम अपीलीय प्राधिकारी"),
    "second_appellate": Text("Second appellate authority", "द्वितीय अपील प्राधिकारी", "द्वितीय अपीलीय प्राधिकारी"),
    "commission": Text(
        "State Commission for Right to Public Services",
        "राज्य सेवा हक्क आयोग",
        "राज्य लोक सेवा अधिकार आयोग"),
}

# What the kiosk writes in the status history, keyed by the note's stored (English) text, so old rows read
# in the operator's language too. Free text (an appeal's grounds, the portal's reason) is shown as stored.
HISTORY_NOTES: dict[str, Text] = {
    "handed_over": Text(
        "handed over at the counter",
        "केंद्रावर नागरिकाला दिले",
        "केंद्र पर नागरिक को सौंपा गया"),
    "corrected": Text(
        "corrected after the portal refused it",
        "पोर्टलने नाकारल्यानंतर दुरुस्त केला",
        "पोर्टल के अस्वीकार करने के बाद सुधारा गया"),
    "voided": Text(
        "voided: {reason}",
        "अर्ज रद्द केला: {reason}",
        "आवेदन रद्द किया गया: {reason}"),
}

# What `seva-kiosk appeal` and the window say once an appeal is filed (the acknowledgement repeats them).
FILED: dict[str, Text] = {
    "filed": Text(
        "Appeal {level} filed for {receipt} to the {authority}; it goes with the next sync.",
        "{receipt} साठी अपील {level} {authority} यांच्याकडे दाखल केले; पुढील सिंकसोबत पाठवले जाईल.",
        "{receipt} के लिए अपील {level} {authority} के पास दायर की गई; अगले सिंक के साथ भेजी जाएगी।"),
    "decide_by": Text(
        "The authority is to decide by {date} ({days} working days).",
        "प्राधिकाऱ्याने {date} पर्यंत ({days} कामकाजाचे दिवस) निर्णय द्यावा.",
        "प्राधिकारी को {date} तक ({days} कार्य दिवस) निर्णय देना है।"),
    "no_deadline": Text(
        "The Commission's time limit is not confirmed: ask the Commission or the helpline.",
        "आयोगाची कालमर्यादा निश्चित माहीत नाही: आयोग किंवा हेल्पलाइनकडे विचारा.",
        "आयोग की समय-सीमा की पुष्टि नहीं है: आयोग या हेल्पलाइन से पूछें।"),
    "late": Text(
        "Filed after the 30 days, with the reason for the delay: {reason}",
        "30 दिवसांनंतर दाखल, उशिराच्या कारणासह: {reason}",
        "30 दिनों के बाद दायर, देरी के कारण के साथ: {reason}"),
    "acknowledgement": Text(
        "Acknowledgement for the citizen: {path}",
        "नागरिकासाठी पोच पावती: {path}",
        "नागरिक के लिए पावती: {path}"),
    "allowed_now": Text(
        "Appeal {level} to the {authority} can be filed today.",
        "{authority} यांच्याकडे अपील {level} आज दाखल करता येईल.",
        "{authority} के पास अपील {level} आज दायर की जा सकती है।"),
}

# The appeal acknowledgement's captions (printed Marathi + English; Hindi for the catalogue's completeness).
ACKNOWLEDGEMENT: dict[str, Text] = {
    "title": Text("Appeal acknowledgement", "अपील पोच पावती", "अपील पावती"),
    "act": Text("Maharashtra Right to Public Services Act, 2015", "महाराष्ट्र लोकसेवा हक्क अधिनियम, 2015",
                "महाराष्ट्र लोक सेवा अधिकार अधिनियम, 2015"),
    "level": Text("Appeal", "अपील", "अपील स्तर"),
    "level_value": Text("{level} of 3", "3 पैकी {level}", "3 में से {level}"),
    "authority": Text("Appeal to", "अपील कोणाकडे", "अपील किसके पास"),
    "officer": Text("Designation", "पदनाम", "पदनाम (अधिकारी)"),
    "filed_on": Text("Filed on", "दाखल दिनांक", "दायर करने की तारीख"),
    "ground": Text("Why an appeal lies", "अपील का करता येते", "अपील क्यों की जा सकती है"),
    "reason": Text("Reason for the appeal", "अपिलाचे कारण", "अपील का कारण"),
    "grounds": Text("In the citizen's words", "नागरिकाच्या शब्दांत", "नागरिक के शब्दों में"),
    "late_reason": Text("Reason for the delay", "उशिराचे कारण", "देरी का कारण"),
    "decide_by": Text("To be decided by", "निर्णयाची मुदत", "निर्णय की अंतिम तारीख"),
    "decide_by_value": Text("{date} ({days} working days)", "{date} ({days} कामकाजाचे दिवस)",
                            "{date} ({days} कार्य दिवस)"),
    "no_deadline": Text("Not confirmed — ask the Commission", "निश्चित माहीत नाही — आयोगाकडे विचारा",
                        "पुष्टि नहीं — आयोग से पूछें"),
    "portal_appeal": Text("Portal appeal no.", "पोर्टल अपील क्र.", "पोर्टल अपील सं."),
    "not_sent": Text("sent with the next sync", "पुढील सिंकसोबत पाठवले जाईल", "अगले सिंक के साथ भेजा जाएगा"),
    "next_step": Text(
        "Keep this slip. If no order comes by the date above, or the order goes against you, the next level "
        "of appeal can be filed at this centre.",
        "ही पावती जपून ठेवा. वरील मुदतीत आदेश न आल्यास किंवा आदेश विरोधात गेल्यास पुढील स्तरावरील अपील या केंद्रावर दाखल करता येईल.",
        "यह पावती सँभालकर रखें। ऊपर दी गई तारीख तक आदेश न आए या आदेश विरोध में जाए, तो अगले स्तर की अपील इसी केंद्र पर दायर की जा सकती है।"),
    "last_step": Text(
        "Keep this slip. The State Commission is the last level of appeal under the Act.",
        "ही पावती जपून ठेवा. अधिनियमानुसार राज्य सेवा हक्क आयोग हा अपिलाचा शेवटचा स्तर आहे.",
        "यह पावती सँभालकर रखें। अधिनियम के अनुसार राज्य आयोग अपील का अंतिम स्तर है।"),
    "ground_rejected": Text("The application was rejected", "अर्ज नामंजूर झाला", "आवेदन अस्वीकृत हुआ"),
    "ground_time_limit_passed": Text("The time limit passed without a decision", "मुदतीत निर्णय झाला नाही",
                                     "समय-सीमा में निर्णय नहीं हुआ"),
    "ground_order": Text("Appeal {below} was decided against the citizen", "अपील {below} चा निर्णय नागरिकाविरुद्ध गेला",
                         "अपील {below} का निर्णय नागरिक के विरुद्ध गया"),
    "ground_no_order": Text("No order came on appeal {below} in time", "अपील {below} वर मुदतीत आदेश आला नाही",
                            "अपील {below} पर समय पर आदेश नहीं आया"),
    "operator": Text("Operator", "चालक", "संचालक"),
}
