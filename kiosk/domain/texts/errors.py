"""What each typed error (``KioskError.code``) says: what happened and what to do next.

``kiosk_error`` is the fallback for a code missing here, ``unexpected`` the window's sentence for an error
that is not a ``KioskError`` at all (its traceback goes to the log, never to the screen).
"""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "kiosk_error": Text(
        "Something went wrong: {detail}",
        "काहीतरी चुकले: {detail}",
        "कुछ गड़बड़ हो गई: {detail}"),
    "validation_failed": Text(
        "The form has {count} problem(s): {detail}",
        "अर्जात {count} त्रुटी आहेत: {detail}",
        "आवेदन में {count} त्रुटियाँ हैं: {detail}"),
    "catalogue_invalid": Text(
        "The service catalogue was not accepted; the old one stays in use. {detail}",
        "सेवा सूची स्वीकारली नाही; जुनीच सूची वापरात राहील. {detail}",
        "सेवा सूची स्वीकार नहीं हुई; पुरानी सूची ही उपयोग में रहेगी। {detail}"),
    "unknown_service": Text(
        "There is no service with code '{code}'. Search the service list.",
        "'{code}' या कोडची सेवा नाही. सेवा यादीत शोधा.",
        "'{code}' कोड की कोई सेवा नहीं है। सेवा सूची में खोजें।"),
    "not_found": Text(
        "Nothing found for '{what}'. Check the receipt number.",
        "'{what}' साठी काहीही सापडले नाही. पावती क्रमांक तपासा.",
        "'{what}' के लिए कुछ नहीं मिला। रसीद संख्या जाँचें।"),
    "illegal_transition": Text(
        "This status change is not allowed ({current} → {new}).",
        "ही स्थिती बदल करता येत नाही ({current} → {new}).",
        "स्थिति का यह बदलाव अनुमत नहीं है ({current} → {new})।"),
    "appeal_not_allowed": Text(
        "An appeal cannot be filed now: {detail}.",
        "आत्ता अपील दाखल करता येत नाही: {detail}.",
        "अभी अपील दायर नहीं की जा सकती: {detail}।"),
    "storage_error": Text(
        "The kiosk could not save: {detail}. Nothing was changed; try again.",
        "माहिती जतन झाली नाही: {detail}. काहीही बदलले नाही; पुन्हा प्रयत्न करा.",
        "जानकारी सहेजी नहीं गई: {detail}। कुछ नहीं बदला; फिर से प्रयास करें।"),
    "database_corrupt": Text(
        "The kiosk database is damaged ({detail}). Saving is stopped to protect data. Restore the latest "
        "backup: seva-kiosk restore BACKUP_FILE.",
        "किऑस्कचा डेटाबेस खराब झाला आहे ({detail}). माहिती सुरक्षित ठेवण्यासाठी जतन करणे थांबवले आहे. "
        "शेवटचा बॅकअप परत आणा: seva-kiosk restore BACKUP_FILE.",
        "कियोस्क का डेटाबेस खराब हो गया है ({detail})। डेटा सुरक्षित रखने के लिए सहेजना रोक दिया गया है। "
        "अंतिम बैकअप पुनर्स्थापित करें: seva-kiosk restore BACKUP_FILE."),
    "database_read_only": Text(
        "The database is open read-only: {detail}",
        "डेटाबेस फक्त वाचण्यासाठी उघडा आहे: {detail}",
        "डेटाबेस केवल पढ़ने के लिए खुला है: {detail}"),
    "backup_failed": Text(
        "Backup or restore failed: {detail}. The current data is unchanged.",
        "बॅकअप किंवा पुनर्स्थापना अयशस्वी: {detail}. सध्याची माहिती बदललेली नाही.",
        "बैकअप या पुनर्स्थापना विफल: {detail}। मौजूदा जानकारी नहीं बदली है।"),
    "invalid_counter": Text(
        "'{counter}' is not a counter number: give this PC's counter as 1 to 99 (the hub's first PC is 1).",
        "'{counter}' हा काउंटर क्रमांक नाही: या संगणकाचा काउंटर 1 ते 99 मध्ये द्या (केंद्राचा पहिला संगणक 1).",
        "'{counter}' काउंटर संख्या नहीं है: इस कंप्यूटर का काउंटर 1 से 99 के बीच दें (केंद्र का पहला कंप्यूटर 1)।"),
    "hub_not_set_up": Text(
        "This kiosk has no hub yet. Run: seva-kiosk init --hub CODE ... (or seva-kiosk demo).",
        "या किऑस्कवर अजून केंद्र नोंदवलेले नाही. चालवा: seva-kiosk init --hub CODE ... (किंवा seva-kiosk "
        "demo).",
        "इस कियोस्क पर अभी कोई केंद्र दर्ज नहीं है। चलाएँ: seva-kiosk init --hub CODE ... (या seva-kiosk "
        "demo)।"),
    "portal_error": Text(
        "The portal answered with an error: {detail}",
        "पोर्टलकडून त्रुटी आली: {detail}",
        "पोर्टल से त्रुटि आई: {detail}"),
    "portal_unavailable": Text(
        "The portal cannot be reached. Applications stay queued and will be sent later.",
        "पोर्टलशी संपर्क होत नाही. अर्ज रांगेत सुरक्षित आहेत व नंतर पाठवले जातील.",
        "पोर्टल से संपर्क नहीं हो पा रहा। आवेदन कतार में सुरक्षित हैं और बाद में भेजे जाएँगे।"),
    "portal_auth_expired": Text(
        "The portal login expired. Check the hub's portal credentials in Settings.",
        "पोर्टल लॉगिनची मुदत संपली. सेटिंग्जमध्ये केंद्राची पोर्टल ओळख तपासा.",
        "पोर्टल लॉगिन की अवधि समाप्त हो गई। सेटिंग्स में केंद्र की पोर्टल पहचान जाँचें।"),
    "portal_rejected": Text(
        "The portal refused this item: {detail}. Correct it and send again.",
        "पोर्टलने हे नाकारले: {detail}. दुरुस्त करून पुन्हा पाठवा.",
        "पोर्टल ने इसे अस्वीकार किया: {detail}। सुधार कर फिर से भेजें।"),
    "clock_skew": Text(
        "The secure connection failed: check the PC's date and time.",
        "सुरक्षित जोडणी अयशस्वी: संगणकाची तारीख व वेळ तपासा.",
        "सुरक्षित कनेक्शन विफल: कंप्यूटर की तारीख और समय जाँचें।"),
    "keyring_unavailable": Text(
        "No secure password store (keyring) is available on this PC; secrets are not saved. Install or "
        "unlock the system keyring.",
        "या संगणकावर सुरक्षित पासवर्ड साठा (कीरिंग) उपलब्ध नाही; गुप्त माहिती जतन केली नाही. सिस्टम "
        "कीरिंग स्थापित किंवा अनलॉक करा.",
        "इस कंप्यूटर पर सुरक्षित पासवर्ड भंडार (कीरिंग) उपलब्ध नहीं है; गोपनीय जानकारी सहेजी नहीं गई। "
        "सिस्टम कीरिंग इंस्टॉल या अनलॉक करें।"),
    "device_error": Text(
        "The device did not respond: {detail}. The application is safe; try again.",
        "उपकरणाने प्रतिसाद दिला नाही: {detail}. अर्ज सुरक्षित आहे; पुन्हा प्रयत्न करा.",
        "उपकरण ने जवाब नहीं दिया: {detail}। आवेदन सुरक्षित है; फिर से प्रयास करें।"),
    "document_rejected": Text(
        "This file cannot be used as a document: {detail}",
        "ही फाईल कागदपत्र म्हणून वापरता येणार नाही: {detail}",
        "यह फ़ाइल दस्तावेज़ के रूप में उपयोग नहीं की जा सकती: {detail}"),
    "unknown_place": Text(
        "Not found in the LGD list: {detail}. Check the spelling or use the LGD code.",
        "एलजीडी यादीत सापडले नाही: {detail}. स्पेलिंग तपासा किंवा एलजीडी कोड वापरा.",
        "एलजीडी सूची में नहीं मिला: {detail}। वर्तनी जाँचें या एलजीडी कोड का उपयोग करें।"),
    "geography_invalid": Text(
        "The bundled district list is damaged: {detail}",
        "जिल्हा यादी खराब आहे: {detail}",
        "ज़िला सूची खराब है: {detail}"),
    "calendar_invalid": Text(
        "The holiday list was not accepted: {detail}",
        "सुट्ट्यांची यादी स्वीकारली नाही: {detail}",
        "छुट्टियों की सूची स्वीकार नहीं हुई: {detail}"),
    "already_sent": Text(
        "This application has already gone to the portal; it cannot be changed here. Send further "
        "documents through the portal's 'documents pending' request.",
        "हा अर्ज पोर्टलवर आधीच गेला आहे; येथे बदलता येणार नाही. पुढील कागदपत्रे पोर्टलच्या 'कागदपत्रे "
        "प्रलंबित' विनंतीतून पाठवा.",
        "यह आवेदन पहले ही पोर्टल पर जा चुका है; यहाँ बदला नहीं जा सकता। आगे के दस्तावेज़ पोर्टल के "
        "'दस्तावेज़ लंबित' अनुरोध से भेजें।"),
    "certificate_invalid": Text(
        "The certificate file is not a valid PDF from the portal: {detail}",
        "प्रमाणपत्राची फाईल पोर्टलकडील वैध PDF नाही: {detail}",
        "प्रमाणपत्र की फ़ाइल पोर्टल की वैध PDF नहीं है: {detail}"),
    "portal_captive": Text(
        "The network shows a login page instead of the portal (Wi-Fi/hotspot login). Log in to the "
        "network, then sync again.",
        "नेटवर्क पोर्टलऐवजी लॉगिन पान दाखवत आहे (वाय-फाय/हॉटस्पॉट लॉगिन). नेटवर्कवर लॉगिन करून पुन्हा "
        "सिंक करा.",
        "नेटवर्क पोर्टल के बजाय लॉगिन पेज दिखा रहा है (वाई-फ़ाई/हॉटस्पॉट लॉगिन)। नेटवर्क पर लॉगिन करके "
        "फिर से सिंक करें।"),
    "portal_bad_response": Text(
        "The portal's answer was incomplete or garbled; the item stays queued and will be retried.",
        "पोर्टलचे उत्तर अपूर्ण किंवा बिघडलेले होते; अर्ज रांगेत राहील व पुन्हा पाठवला जाईल.",
        "पोर्टल का उत्तर अधूरा या बिगड़ा हुआ था; आवेदन कतार में रहेगा और फिर से भेजा जाएगा।"),
    "portal_credentials_refused": Text(
        "The portal refused this hub's credentials. Ask the supervisor to check them in Settings.",
        "पोर्टलने या केंद्राची ओळख नाकारली. पर्यवेक्षकांना सेटिंग्जमध्ये तपासायला सांगा.",
        "पोर्टल ने इस केंद्र की पहचान अस्वीकार की। पर्यवेक्षक से सेटिंग्स में जाँचने को कहें।"),
    "portal_config": Text(
        "The portal settings are not usable: {detail}",
        "पोर्टल सेटिंग्ज वापरता येत नाहीत: {detail}",
        "पोर्टल सेटिंग्स उपयोग योग्य नहीं हैं: {detail}"),
    "bundle_invalid": Text(
        "This bundle cannot be used: {detail}. Nothing was queued.",
        "हा बंडल वापरता येत नाही: {detail}. काहीही रांगेत टाकले नाही.",
        "यह बंडल उपयोग नहीं किया जा सकता: {detail}। कुछ भी कतार में नहीं डाला गया।"),
    "uidai_certificate_invalid": Text(
        "A UIDAI certificate file in assets/uidai is damaged: {detail}. Aadhaar QR signatures cannot be "
        "checked until it is replaced.",
        "assets/uidai मधील UIDAI प्रमाणपत्र फाईल खराब आहे: {detail}. ती बदलेपर्यंत आधार QR स्वाक्षरी "
        "तपासता येणार नाही.",
        "assets/uidai में UIDAI प्रमाणपत्र फ़ाइल खराब है: {detail}। उसे बदलने तक आधार QR हस्ताक्षर जाँचे "
        "नहीं जा सकते।"),
    "permission_denied": Text(
        "You are not allowed to do this ({action}); ask a supervisor.",
        "ही कृती ({action}) करण्याची आपल्याला परवानगी नाही; पर्यवेक्षकांना विचारा.",
        "आपको यह कार्य ({action}) करने की अनुमति नहीं है; पर्यवेक्षक से पूछें।"),
    "login_failed": Text(
        "Wrong user name or password.",
        "वापरकर्त्याचे नाव किंवा पासवर्ड चुकीचा आहे.",
        "उपयोगकर्ता नाम या पासवर्ड गलत है।"),
    "login_locked": Text(
        "Too many wrong passwords. Try again in {seconds} seconds.",
        "खूप वेळा चुकीचा पासवर्ड. {seconds} सेकंदांनी पुन्हा प्रयत्न करा.",
        "बहुत बार गलत पासवर्ड। {seconds} सेकंड बाद फिर से प्रयास करें।"),
    "account_disabled": Text(
        "This account is disabled. Ask a supervisor.",
        "हे खाते बंद केले आहे. पर्यवेक्षकांना विचारा.",
        "यह खाता निष्क्रिय है। पर्यवेक्षक से पूछें।"),
    "password_change_required": Text(
        "Change the temporary password first: seva-kiosk users passwd {username}.",
        "आधी तात्पुरता पासवर्ड बदला: seva-kiosk users passwd {username}.",
        "पहले अस्थायी पासवर्ड बदलें: seva-kiosk users passwd {username}."),
    "user_exists": Text(
        "The user {username} already exists.",
        "{username} हा वापरकर्ता आधीच आहे.",
        "उपयोगकर्ता {username} पहले से मौजूद है।"),
    "user_not_found": Text(
        "There is no user {username}.",
        "{username} नावाचा वापरकर्ता नाही.",
        "{username} नाम का कोई उपयोगकर्ता नहीं है।"),
    "user_invalid": Text(
        "This account detail is not accepted: {detail}",
        "ही खात्याची माहिती स्वीकारली नाही: {detail}",
        "खाते की यह जानकारी स्वीकार नहीं हुई: {detail}"),
    "password_rejected": Text(
        "The new password was not accepted: {reasons}",
        "नवीन पासवर्ड स्वीकारला नाही: {reasons}",
        "नया पासवर्ड स्वीकार नहीं हुआ: {reasons}"),
    "last_supervisor": Text(
        "This is the only active supervisor. Add another supervisor first.",
        "हे एकमेव सक्रिय पर्यवेक्षक खाते आहे. आधी दुसरे पर्यवेक्षक खाते जोडा.",
        "यह एकमात्र सक्रिय पर्यवेक्षक खाता है। पहले दूसरा पर्यवेक्षक खाता जोड़ें।"),
    "setting_invalid": Text(
        "This value is not allowed (between {minimum} and {maximum}).",
        "हे मूल्य चालत नाही ({minimum} ते {maximum} दरम्यान असावे).",
        "यह मान अनुमत नहीं है ({minimum} से {maximum} के बीच होना चाहिए)।"),
    "audit_key_missing": Text(
        "The audit key is missing from the keyring; nothing was saved. Restore the keyring from backup; "
        "if the key is truly lost, a supervisor runs 'seva-kiosk audit new-chain --as NAME'.",
        "ऑडिट की कीरिंगमध्ये सापडत नाही; काहीही जतन केले नाही. कीरिंग बॅकअपमधून परत आणा; की खरोखर हरवली "
        "असल्यास पर्यवेक्षकाने 'seva-kiosk audit new-chain --as NAME' चालवावे.",
        "ऑडिट कुंजी कीरिंग में नहीं मिली; कुछ भी सहेजा नहीं गया। कीरिंग बैकअप से पुनर्स्थापित करें; कुंजी "
        "सचमुच खो गई हो तो पर्यवेक्षक 'seva-kiosk audit new-chain --as NAME' चलाएँ।"),
    "audit_key_present": Text(
        "The audit key is still in the keyring: nothing was lost. To change keys, use 'seva-kiosk keys "
        "rotate'.",
        "ऑडिट की अजून कीरिंगमध्ये आहे: काहीही हरवले नाही. की बदलण्यासाठी 'seva-kiosk keys rotate' वापरा.",
        "ऑडिट कुंजी अभी भी कीरिंग में है: कुछ नहीं खोया। कुंजी बदलने के लिए 'seva-kiosk keys rotate' "
        "चलाएँ।"),
    "audit_entry_invalid": Text(
        "Internal error: an audit entry would contain personal data; nothing was saved.",
        "अंतर्गत त्रुटी: ऑडिट नोंदीत वैयक्तिक माहिती गेली असती; काहीही जतन केले नाही.",
        "आंतरिक त्रुटि: ऑडिट प्रविष्टि में व्यक्तिगत जानकारी चली जाती; कुछ भी सहेजा नहीं गया।"),
    "not_available_yet": Text(
        "Not available yet: {detail}",
        "अजून उपलब्ध नाही: {detail}",
        "अभी उपलब्ध नहीं: {detail}"),
    "qr_unreadable": Text(
        "Could not read this QR code. Try again or type the details.",
        "हा QR कोड वाचता आला नाही. पुन्हा प्रयत्न करा किंवा माहिती टाइप करा.",
        "यह QR कोड पढ़ा नहीं जा सका। फिर से प्रयास करें या जानकारी टाइप करें।"),
    "update_rejected": Text(
        "The new version was refused: {detail}. Nothing was installed; the kiosk keeps working.",
        "नवी आवृत्ती नाकारली: {detail}. काहीही इन्स्टॉल केले नाही; किऑस्क चालू राहील.",
        "नया संस्करण अस्वीकार किया गया: {detail}। कुछ भी इंस्टॉल नहीं हुआ; कियोस्क चलता रहेगा।"),
    "update_manifest_invalid": Text(
        "The portal's notice of a new version is malformed ({detail}); it was ignored. Nothing was "
        "installed.",
        "पोर्टलची नव्या आवृत्तीची सूचना सदोष आहे ({detail}); ती दुर्लक्षित केली. काहीही इन्स्टॉल केले "
        "नाही.",
        "पोर्टल की नए संस्करण की सूचना दोषपूर्ण है ({detail}); उसे अनदेखा किया गया। कुछ भी इंस्टॉल नहीं "
        "हुआ।"),
    "update_signature_invalid": Text(
        "The new version's signature does not verify, so it may not come from the department and was "
        "refused. Nothing was installed. Tell the hub technician.",
        "नव्या आवृत्तीची स्वाक्षरी जुळत नाही; ती विभागाकडून आलेली नसू शकते म्हणून नाकारली. काहीही "
        "इन्स्टॉल केले नाही. हब तंत्रज्ञांना कळवा.",
        "नए संस्करण का हस्ताक्षर सत्यापित नहीं हुआ; हो सकता है यह विभाग से न आया हो, इसलिए अस्वीकार किया "
        "गया। कुछ भी इंस्टॉल नहीं हुआ। हब तकनीशियन को बताएँ।"),
    "update_downgrade": Text(
        "The portal offered a version older than the installed one ({detail}); it was refused. Nothing "
        "was installed.",
        "पोर्टलने इन्स्टॉल असलेल्यापेक्षा जुनी आवृत्ती दिली ({detail}); ती नाकारली. काहीही इन्स्टॉल केले "
        "नाही.",
        "पोर्टल ने इंस्टॉल संस्करण से पुराना संस्करण दिया ({detail}); उसे अस्वीकार किया गया। कुछ भी "
        "इंस्टॉल नहीं हुआ।"),
    "update_truncated": Text(
        "The new version's download was incomplete ({detail}); it was discarded and will be tried again "
        "later. Nothing was installed.",
        "नव्या आवृत्तीचे डाउनलोड अपूर्ण राहिले ({detail}); ते टाकून दिले, नंतर पुन्हा प्रयत्न होईल. "
        "काहीही इन्स्टॉल केले नाही.",
        "नए संस्करण का डाउनलोड अधूरा रहा ({detail}); उसे हटा दिया गया, बाद में फिर प्रयास होगा। कुछ भी "
        "इंस्टॉल नहीं हुआ।"),
    "update_checksum_mismatch": Text(
        "The downloaded new version does not match its checksum; it was discarded. Nothing was installed.",
        "डाउनलोड केलेली नवी आवृत्ती तिच्या चेकसमशी जुळत नाही; ती टाकून दिली. काहीही इन्स्टॉल केले नाही.",
        "डाउनलोड किया गया नया संस्करण अपने चेकसम से मेल नहीं खाता; उसे हटा दिया गया। कुछ भी इंस्टॉल नहीं "
        "हुआ।"),
    "not_quarantined": Text(
        "Receipt {receipt} is not waiting for a correction (it may have been sent meanwhile).",
        "पावती {receipt} दुरुस्तीसाठी थांबलेली नाही (ती दरम्यान पाठवली गेली असू शकते).",
        "रसीद {receipt} सुधार की प्रतीक्षा में नहीं है (शायद इस बीच भेजी जा चुकी है)।"),
    "receipt_voided": Text(
        "Receipt {receipt} was voided; it is not printed again.",
        "पावती {receipt} रद्द केली आहे; ती पुन्हा छापली जात नाही.",
        "रसीद {receipt} रद्द की गई है; उसे दोबारा नहीं छापा जाता।"),
    "void_not_allowed": Text(
        "Receipt {receipt} can no longer be voided: it may already have reached the portal. The citizen "
        "can withdraw it through the portal.",
        "पावती {receipt} आता रद्द करता येणार नाही: अर्ज पोर्टलवर पोहोचला असू शकतो. नागरिक तो पोर्टलवरून "
        "मागे घेऊ शकतात.",
        "रसीद {receipt} अब रद्द नहीं की जा सकती: हो सकता है आवेदन पोर्टल तक पहुँच चुका हो। नागरिक उसे पोर्टल "
        "से वापस ले सकते हैं।"),
    "data_key_unavailable": Text(
        "The kiosk's data cannot be unlocked on this PC ({detail}). Nothing was changed. A supervisor can "
        "unlock it with the printed recovery key: seva-kiosk recover --key KEY --from FOLDER.",
        "या संगणकावर किऑस्कचा डेटा उघडता येत नाही ({detail}). काहीही बदलले नाही. पर्यवेक्षक छापील "
        "रिकव्हरी की वापरून तो उघडू शकतात: seva-kiosk recover --key KEY --from FOLDER.",
        "इस कंप्यूटर पर कियोस्क का डेटा खोला नहीं जा सकता ({detail})। कुछ नहीं बदला। पर्यवेक्षक छपी हुई "
        "रिकवरी कुंजी से इसे खोल सकते हैं: seva-kiosk recover --key KEY --from FOLDER।"),
    "recovery_key_invalid": Text(
        "This recovery key is not right ({detail}). Check every group against the printed sheet, or scan "
        "its QR code.",
        "ही रिकव्हरी की बरोबर नाही ({detail}). छापील पानाशी प्रत्येक गट तपासा, किंवा त्याचा QR कोड स्कॅन "
        "करा.",
        "यह रिकवरी कुंजी सही नहीं है ({detail})। छपे पन्ने से हर समूह मिलाएँ, या उसका QR कोड स्कैन करें।"),
    "unexpected": Text(
        "Something unexpected went wrong. Nothing was lost; try again, and tell the supervisor if it repeats.",
        "अनपेक्षित अडचण आली. काहीही हरवले नाही; पुन्हा प्रयत्न करा, आणि पुन्हा झाल्यास पर्यवेक्षकांना सांगा.",
        "अनपेक्षित समस्या आई। कुछ भी खोया नहीं; फिर से प्रयास करें, और दोबारा हो तो पर्यवेक्षक को बताएँ।"),
}
