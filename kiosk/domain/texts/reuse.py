"""Fewer documents (issue 18): reusing a returning citizen's documents, and the self-declaration form."""

from __future__ import annotations

from kiosk.domain.texts import Text

PROBLEMS: dict[str, Text] = {
    "reuse_consent_required": Text(
        "A document from an earlier application is used only with the citizen's consent: tick it, or remove "
        "the reused document.",
        "आधीच्या अर्जातील कागदपत्र नागरिकाच्या संमतीनेच वापरता येते: संमतीची खूण करा किंवा ते कागदपत्र काढा.",
        "पिछले आवेदन का दस्तावेज़ नागरिक की सहमति से ही लिया जा सकता है: सहमति पर निशान लगाएँ या वह दस्तावेज़ हटाएँ।"),
}

ERRORS: dict[str, Text] = {
    "no_self_declaration": Text("The catalogue allows no self-declaration for {service}.",
                                "{service} साठी कॅटलॉगमध्ये स्वयंघोषणापत्राची तरतूद नाही.",
                                "{service} के लिए कैटलॉग में स्व-घोषणा पत्र की अनुमति नहीं है।"),
    "reuse_needs_consent": Text(
        "The citizen has not agreed: their earlier applications are not searched.",
        "नागरिकाची संमती नाही: त्यांचे आधीचे अर्ज शोधले जात नाहीत.",
        "नागरिक की सहमति नहीं है: उनके पिछले आवेदन नहीं खोजे जाते।"),
}

TEXTS: dict[str, Text] = {
    # printed on the receipt beside a reused document
    "reused_from": Text("reused from {receipt}", "{receipt} मधून पुन्हा वापरले", "{receipt} से दोबारा लिया गया"),
    "until": Text("valid until {date}", "{date} पर्यंत वैध", "{date} तक मान्य"),
    "for_good": Text("does not expire", "कायम वैध", "हमेशा मान्य"),
    "none_found": Text("No earlier document of this citizen can be reused.",
                       "या नागरिकाचे पुन्हा वापरता येईल असे आधीचे कागदपत्र नाही.",
                       "इस नागरिक का दोबारा लेने योग्य कोई पिछला दस्तावेज़ नहीं है।"),
    "consent_cli": Text(
        "The citizen agrees that documents from their earlier applications at this centre are used again.",
        "या केंद्रातील आपल्या आधीच्या अर्जांची कागदपत्रे पुन्हा वापरण्यास नागरिकाची संमती आहे.",
        "नागरिक सहमत है कि इस केंद्र पर उनके पिछले आवेदनों के दस्तावेज़ दोबारा लिए जाएँ।"),
}

# The self-declaration form the citizen signs (GR GAD 9 March 2015: a self-declaration in lieu of an affidavit).
DECLARATION: dict[str, Text] = {
    "title": Text("Self-declaration", "स्वयंघोषणापत्र", "स्व-घोषणा पत्र"),
    "in_lieu": Text("in lieu of an affidavit", "शपथपत्राऐवजी", "शपथ पत्र के स्थान पर"),
    "basis": Text("Government Resolution", "शासन निर्णय", "शासनादेश"),
    "service": Text("For the application", "अर्ज", "आवेदन"),
    "receipt": Text("Receipt no.", "पावती क्रमांक", "रसीद संख्या"),
    "group": Text("In place of", "कशाऐवजी", "किसके स्थान पर"),
    "i_name": Text("I, {name},", "मी, {name},", "मैं, {name},"),
    "details": Text("Date of birth: {dob}    Mobile: {mobile}", "जन्मदिनांक: {dob}    मोबाईल: {mobile}",
                    "जन्म तिथि: {dob}    मोबाइल: {mobile}"),
    "address": Text("residing at {address},", "राहणार {address},", "निवासी {address},"),
    "declare": Text(
        "declare that the information given in this application and the documents attached to it are true to "
        "the best of my knowledge and belief. If any of it is found false, I know that I am liable to be "
        "punished under the law in force and that any certificate or benefit obtained on it will be cancelled.",
        "असे घोषित करतो/करते की या अर्जात दिलेली माहिती व जोडलेली कागदपत्रे माझ्या माहितीप्रमाणे व समजुतीप्रमाणे "
        "खरी आहेत. यातील काहीही खोटे आढळल्यास प्रचलित कायद्यानुसार मी शिक्षेस पात्र राहीन आणि त्या आधारे मिळालेले "
        "प्रमाणपत्र किंवा लाभ रद्द होईल याची मला जाणीव आहे.",
        "घोषणा करता/करती हूँ कि इस आवेदन में दी गई जानकारी और लगाए गए दस्तावेज़ मेरी जानकारी और विश्वास के अनुसार सही "
        "हैं। इनमें से कुछ भी झूठा पाए जाने पर मैं प्रचलित कानून के अनुसार दंड का पात्र रहूँगा/रहूँगी और उसके आधार पर "
        "मिला प्रमाणपत्र या लाभ रद्द होगा, यह मुझे ज्ञात है।"),
    "place": Text("Place: {place}", "ठिकाण: {place}", "स्थान: {place}"),
    "date": Text("Date: {date}", "दिनांक: {date}", "तारीख: {date}"),
    "signature": Text("Signature or thumb impression of the applicant",
                      "अर्जदाराची स्वाक्षरी / अंगठ्याचा ठसा", "आवेदक के हस्ताक्षर / अंगूठे का निशान"),
    "photo": Text("Photograph", "छायाचित्र", "फ़ोटो"),
    "scan_back": Text("The centre scans the signed page and attaches it to the application.",
                      "केंद्र स्वाक्षरी केलेले पान स्कॅन करून अर्जास जोडते.",
                      "केंद्र हस्ताक्षरित पन्ना स्कैन करके आवेदन के साथ जोड़ता है।"),
}
