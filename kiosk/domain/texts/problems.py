"""What is wrong with something a person typed: form fields, the applicant, delivery, passwords.

Validation never raises for user input; it collects ``Problem`` values built from these entries (keyed
``problem.<code>``). ``{label}`` is the catalogue field's own label, shown in the sentence's language
(the portal's catalogue has no Hindi, so a Hindi sentence names the field in Marathi).
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    # the applicant
    "first_name_required": Text("First name is required.", "पहिले नाव आवश्यक आहे.", "पहला नाम आवश्यक है।"),
    "surname_required": Text("Surname is required.", "आडनाव आवश्यक आहे.", "उपनाम आवश्यक है।"),
    "name_too_long": Text(
        "Name part is too long (60 characters at most).",
        "नावाचा भाग खूप मोठा आहे (जास्तीत जास्त 60 अक्षरे).",
        "नाम का भाग बहुत लंबा है (अधिकतम 60 अक्षर)।"),
    "name_not_devanagari": Text(
        "Use Devanagari letters only in the Marathi name.",
        "मराठी नावात फक्त देवनागरी अक्षरे वापरा.",
        "मराठी नाम में केवल देवनागरी अक्षर लिखें।"),
    "name_not_english": Text(
        "Use English letters only in the English name.",
        "इंग्रजी नावात फक्त इंग्रजी अक्षरे वापरा.",
        "अंग्रेज़ी नाम में केवल अंग्रेज़ी अक्षर लिखें।"),
    "mobile_required": Text("Mobile number is required.", "मोबाईल क्रमांक आवश्यक आहे.", "मोबाइल नंबर आवश्यक है।"),
    "mobile_invalid": Text(
        "Mobile number must be 10 digits starting with 6, 7, 8 or 9.",
        "मोबाईल क्रमांक 6, 7, 8 किंवा 9 ने सुरू होणारा 10 अंकी असावा.",
        "मोबाइल नंबर 6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का होना चाहिए।"),
    "pin_required": Text("PIN code is required.", "पिन कोड आवश्यक आहे.", "पिन कोड आवश्यक है।"),
    "pin_invalid": Text(
        "PIN code must be a Maharashtra PIN (400000–449999).",
        "पिन कोड महाराष्ट्रातील असावा (400000–449999).",
        "पिन कोड महाराष्ट्र का होना चाहिए (400000–449999)।"),
    "aadhaar_invalid": Text(
        "This Aadhaar number is not valid (check the 12 digits).",
        "हा आधार क्रमांक वैध नाही (12 अंक तपासा).",
        "यह आधार नंबर मान्य नहीं है (12 अंक जाँचें)।"),
    "aadhaar_in_text": Text(
        "Remove the Aadhaar number from here: it may not be kept. Type it only in the Aadhaar box, "
        "which keeps the last 4 digits.",
        "येथून आधार क्रमांक काढा: तो जतन करता येत नाही. तो फक्त आधार क्रमांकाच्या चौकटीत लिहा, "
        "तिथे फक्त शेवटचे 4 अंक ठेवले जातात.",
        "यहाँ से आधार नंबर हटाएँ: इसे रखा नहीं जा सकता। इसे केवल आधार नंबर वाले खाने में लिखें, "
        "जहाँ केवल अंतिम 4 अंक रखे जाते हैं।"),
    "field_negative": Text(
        "{label} cannot be less than zero.", "{label} शून्यापेक्षा कमी असू शकत नाही.",
        "{label} शून्य से कम नहीं हो सकता।"),
    "aadhaar_reference_invalid": Text(
        "Aadhaar reference is not valid.", "आधार संदर्भ वैध नाही.", "आधार संदर्भ मान्य नहीं है।"),
    "dob_required": Text("Date of birth is required.", "जन्मतारीख आवश्यक आहे.", "जन्म तिथि आवश्यक है।"),
    "dob_unreadable": Text(
        "Date of birth: use DD-MM-YYYY.", "जन्मतारीख: DD-MM-YYYY असे लिहा.", "जन्म तिथि: DD-MM-YYYY के रूप में लिखें।"),
    "dob_future": Text(
        "Date of birth cannot be in the future.",
        "जन्मतारीख भविष्यातील असू शकत नाही.",
        "जन्म तिथि भविष्य की नहीं हो सकती।"),
    "dob_implausible": Text(
        "Date of birth is not plausible (over 120 years).",
        "जन्मतारीख योग्य वाटत नाही (वय 120 वर्षांपेक्षा जास्त).",
        "जन्म तिथि सही नहीं लगती (आयु 120 वर्ष से अधिक)।"),
    "too_young": Text(
        "This service needs the applicant to be at least {min_age} years old.",
        "या सेवेसाठी अर्जदाराचे वय किमान {min_age} वर्षे असावे.",
        "इस सेवा के लिए आवेदक की आयु कम से कम {min_age} वर्ष होनी चाहिए।"),
    "gender_required": Text("Choose a gender.", "लिंग निवडा.", "लिंग चुनें।"),
    "email_invalid": Text("Email address is not valid.", "ई-मेल पत्ता वैध नाही.", "ई-मेल पता मान्य नहीं है।"),
    "village_required": Text("Village/town is required.", "गाव/शहर आवश्यक आहे.", "गाँव/शहर आवश्यक है।"),
    "taluka_required": Text("Taluka is required.", "तालुका आवश्यक आहे.", "तहसील (तालुका) आवश्यक है।"),
    "district_required": Text("District is required.", "जिल्हा आवश्यक आहे.", "ज़िला आवश्यक है।"),
    "category_required": Text(
        "Category is required for this service.",
        "या सेवेसाठी प्रवर्ग आवश्यक आहे.",
        "इस सेवा के लिए श्रेणी आवश्यक है।"),
    # the application
    "service_unknown": Text("Choose a service from the list.", "यादीतील सेवा निवडा.", "सूची में से सेवा चुनें।"),
    "consent_required": Text(
        "The citizen must accept the data notice.",
        "नागरिकाने माहिती सूचना स्वीकारणे आवश्यक आहे.",
        "नागरिक का डेटा सूचना स्वीकार करना आवश्यक है।"),
    "delivery_unknown": Text(
        "Choose how the certificate will be delivered.",
        "प्रमाणपत्र कसे द्यायचे ते निवडा.",
        "प्रमाणपत्र किस तरह दिया जाएगा, यह चुनें।"),
    "delivery_needs_opt_in": Text(
        "WhatsApp delivery needs the citizen's explicit consent.",
        "व्हॉट्सॲपवर पाठवण्यासाठी नागरिकाची स्पष्ट संमती आवश्यक आहे.",
        "व्हाट्सऐप पर भेजने के लिए नागरिक की स्पष्ट सहमति आवश्यक है।"),
    "delivery_needs_email": Text(
        "Email delivery needs an email address.",
        "ई-मेलने पाठवण्यासाठी ई-मेल पत्ता आवश्यक आहे.",
        "ई-मेल से भेजने के लिए ई-मेल पता आवश्यक है।"),
    "not_editable": Text(
        "This detail cannot be changed here.", "हा तपशील येथे बदलता येत नाही.", "यह विवरण यहाँ बदला नहीं जा सकता।"),
    # a field the service's catalogue entry defines; {label} names it
    "field_required": Text("{label} is required.", "{label} आवश्यक आहे.", "{label} आवश्यक है।"),
    "field_not_a_number": Text(
        "{label} must be a whole number.", "{label} पूर्ण संख्या असावी.", "{label} पूर्ण संख्या होनी चाहिए।"),
    "field_out_of_range": Text(
        "{label} must be between {minimum} and {maximum}.",
        "{label} {minimum} ते {maximum} दरम्यान असावे.",
        "{label} {minimum} से {maximum} के बीच होना चाहिए।"),
    "field_bad_date": Text("{label}: enter a valid date.", "{label}: वैध तारीख लिहा.", "{label}: मान्य तारीख लिखें।"),
    "field_bad_choice": Text(
        "{label}: choose one of the listed options.",
        "{label}: दिलेल्या पर्यायांपैकी एक निवडा.",
        "{label}: दिए गए विकल्पों में से एक चुनें।"),
    "field_yes_or_no": Text("{label}: yes or no.", "{label}: होय किंवा नाही.", "{label}: हाँ या नहीं।"),
    "field_too_long": Text("{label} is too long.", "{label} खूप मोठे आहे.", "{label} बहुत लंबा है।"),
    "field_bad_format": Text(
        "{label} is not in the expected format.", "{label} अपेक्षित स्वरूपात नाही.", "{label} अपेक्षित प्रारूप में नहीं है।"),
    # a new password (kiosk.security.passwords)
    "password_too_short": Text(
        "Use at least {minimum} characters.", "किमान {minimum} अक्षरे वापरा.", "कम से कम {minimum} अक्षर रखें।"),
    "password_too_long": Text(
        "Use at most {maximum} characters.", "जास्तीत जास्त {maximum} अक्षरे वापरा.", "अधिकतम {maximum} अक्षर रखें।"),
    "password_contains_username": Text(
        "The password must not contain the user name.",
        "पासवर्डमध्ये वापरकर्त्याचे नाव नसावे.",
        "पासवर्ड में उपयोगकर्ता नाम नहीं होना चाहिए।"),
    "password_too_common": Text(
        "This password is too easy to guess.",
        "हा पासवर्ड अंदाज लावण्यास खूप सोपा आहे.",
        "इस पासवर्ड का अनुमान लगाना बहुत आसान है।"),
    "password_control_chars": Text(
        "The password contains invisible control characters.",
        "पासवर्डमध्ये अदृश्य नियंत्रण अक्षरे आहेत.",
        "पासवर्ड में अदृश्य नियंत्रण अक्षर हैं।"),
    "password_unchanged": Text(
        "Choose a password different from the old one.",
        "जुन्यापेक्षा वेगळा पासवर्ड निवडा.",
        "पुराने पासवर्ड से अलग पासवर्ड चुनें।"),
    # an account (kiosk.security.users)
    "username_invalid": Text(
        "a user name is 3-32 letters a-z, digits, '.', '_' or '-', starting with a letter",
        "वापरकर्ता नाव 3-32 अक्षरांचे असावे: a-z, अंक, '.', '_' किंवा '-', सुरुवात अक्षराने",
        "उपयोगकर्ता नाम 3-32 अक्षरों का हो: a-z, अंक, '.', '_' या '-', शुरुआत अक्षर से"),
    "display_name_invalid": Text(
        "a display name is 1-80 printable characters",
        "दाखवायचे नाव 1 ते 80 छापण्यायोग्य अक्षरांचे असावे",
        "दिखाया जाने वाला नाम 1 से 80 छपने योग्य अक्षरों का हो"),
    "role_unknown": Text(
        "unknown role {role}: use operator or supervisor",
        "अज्ञात भूमिका {role}: operator किंवा supervisor वापरा",
        "अज्ञात भूमिका {role}: operator या supervisor चुनें"),
    "first_account_supervisor": Text(
        "the first account must be a supervisor",
        "पहिले खाते पर्यवेक्षकाचे असले पाहिजे",
        "पहला खाता पर्यवेक्षक का होना चाहिए"),
}
