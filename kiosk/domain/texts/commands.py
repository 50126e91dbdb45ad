"""What the command line prints besides errors: the desk, ``seva-kiosk documents …``, the supervisor's commands.

Errors go through ``describe`` like everywhere else; these are progress lines, prompts and confirmations.
Prompts keep their trailing space (the answer follows on the same line).
"""

from __future__ import annotations

from kiosk.domain.texts import Text

DOCUMENTS: dict[str, Text] = {
    "stored": Text("stored", "जतन केले", "सहेजा गया"),
    "rejected": Text("refused", "नाकारले", "अस्वीकृत"),
    "pages": Text("pages", "पाने", "पृष्ठ"),
    "watching": Text(
        "Watching {folder} for scans (Ctrl-C to stop)",
        "{folder} मध्ये स्कॅनची वाट पाहत आहे (थांबवण्यासाठी Ctrl-C)",
        "{folder} में स्कैन की प्रतीक्षा हो रही है (रोकने के लिए Ctrl-C)"),
    "no_documents": Text(
        "No documents attached to {receipt}",
        "{receipt} सोबत कोणतेही कागदपत्र जोडलेले नाही",
        "{receipt} के साथ कोई दस्तावेज़ नहीं जुड़ा है"),
    "file_missing": Text("FILE MISSING", "फाईल सापडली नाही", "फ़ाइल नहीं मिली"),
    "unknown_type": Text(
        "Unknown document type '{code}'. Known: {known}",
        "'{code}' हा कागदपत्र प्रकार माहीत नाही. उपलब्ध: {known}",
        "'{code}' दस्तावेज़ प्रकार ज्ञात नहीं है। उपलब्ध: {known}"),
    "no_group": Text(
        "Service {service} does not ask for a '{code}' document",
        "{service} सेवेसाठी '{code}' कागदपत्र लागत नाही",
        "{service} सेवा के लिए '{code}' दस्तावेज़ की आवश्यकता नहीं है"),
    "attached": Text("attached to {receipt}", "{receipt} ला जोडले", "{receipt} से जोड़ा गया"),
    "code": Text("code", "कोड", "कोड"),
    "photo_saved": Text("photo saved to {path}", "फोटो {path} येथे जतन केला", "फ़ोटो {path} में सहेजी गई"),
    "cannot_use": Text(
        "This file cannot be used as a document",
        "ही फाईल कागदपत्र म्हणून वापरता येणार नाही",
        "यह फ़ाइल दस्तावेज़ के रूप में उपयोग नहीं की जा सकती"),
    "in_tray": Text(
        "kept in the tray until used: documents attach RECEIPT {sha} (or documents discard {sha})",
        "वापरेपर्यंत ट्रेमध्ये ठेवले: documents attach RECEIPT {sha} (किंवा documents discard {sha})",
        "उपयोग होने तक ट्रे में रखा गया: documents attach RECEIPT {sha} (या documents discard {sha})"),
    "tray_empty": Text(
        "No documents are waiting in the tray", "ट्रेमध्ये कोणतेही कागदपत्र वाट पाहत नाही",
        "ट्रे में कोई दस्तावेज़ प्रतीक्षा में नहीं है"),
    "not_in_tray": Text(
        "No document {sha} is waiting in the tray (see: documents tray)",
        "{sha} हे कागदपत्र ट्रेमध्ये नाही (पाहा: documents tray)",
        "{sha} दस्तावेज़ ट्रे में नहीं है (देखें: documents tray)"),
    "discarded": Text("discarded", "काढून टाकले", "हटाया गया"),
    "unknown_group": Text(
        "This application has no document group '{group}'. Its groups: {known}",
        "या अर्जात '{group}' हा कागदपत्र गट नाही. त्याचे गट: {known}",
        "इस आवेदन में '{group}' दस्तावेज़ समूह नहीं है। इसके समूह: {known}"),
    "name_the_group": Text(
        "Say with --group which group this document is for (this application's groups: {known})",
        "हे कागदपत्र कोणत्या गटासाठी आहे ते --group ने सांगा (या अर्जाचे गट: {known})",
        "यह दस्तावेज़ किस समूह के लिए है, --group से बताएँ (इस आवेदन के समूह: {known})"),
    "pdf_password": Text("Password of {name}: ", "{name} चा पासवर्ड: ", "{name} का पासवर्ड: "),
    "warning": Text("warning", "सूचना", "चेतावनी"),
}

# users, audit trail, retention, keys and recovery (kiosk.commands.security)
SECURITY: dict[str, Text] = {
    "password": Text("Password for {user}: ", "{user} यांचा पासवर्ड: ", "{user} का पासवर्ड: "),
    "old": Text(
        "Current (or temporary) password for {user}: ",
        "{user} यांचा सध्याचा (किंवा तात्पुरता) पासवर्ड: ",
        "{user} का मौजूदा (या अस्थायी) पासवर्ड: "),
    "new": Text("New password: ", "नवीन पासवर्ड: ", "नया पासवर्ड: "),
    "again": Text("New password again: ", "नवीन पासवर्ड पुन्हा: ", "नया पासवर्ड दोबारा: "),
    "mismatch": Text(
        "The two new passwords differ; nothing was changed.",
        "दोन्ही नवीन पासवर्ड वेगळे आहेत; काहीही बदलले नाही.",
        "दोनों नए पासवर्ड अलग हैं; कुछ नहीं बदला गया।"),
    "need_as": Text(
        "Sign in as a supervisor: add --as USERNAME.",
        "पर्यवेक्षक म्हणून साइन इन करा: --as USERNAME जोडा.",
        "पर्यवेक्षक के रूप में साइन इन करें: --as USERNAME जोड़ें।"),
    "first": Text(
        "First account on this kiosk: {user} is the supervisor.",
        "या किऑस्कवरील पहिले खाते: {user} पर्यवेक्षक आहेत.",
        "इस कियोस्क का पहला खाता: {user} पर्यवेक्षक हैं।"),
    "temp": Text(
        "Temporary password for {user} (shown once; it must be changed at first sign-in): {password}",
        "{user} यांचा तात्पुरता पासवर्ड (एकदाच दाखवला जातो; पहिल्या साइन-इनला बदलणे आवश्यक): {password}",
        "{user} का अस्थायी पासवर्ड (केवल एक बार दिखाया जाता है; पहले साइन-इन पर बदलना आवश्यक है): "
        "{password}"),
    "changed": Text(
        "Password changed for {user}.",
        "{user} यांचा पासवर्ड बदलला.",
        "{user} का पासवर्ड बदल दिया गया।"),
    "disabled": Text(
        "{user} is disabled.",
        "{user} यांचे खाते बंद केले.",
        "{user} का खाता बंद कर दिया गया।"),
    "enabled": Text(
        "{user} is enabled again.",
        "{user} यांचे खाते पुन्हा सुरू केले.",
        "{user} का खाता फिर से चालू किया गया।"),
    "idle": Text(
        "Idle lock: {minutes} minutes.",
        "निष्क्रियतेनंतर लॉक: {minutes} मिनिटे.",
        "निष्क्रियता के बाद लॉक: {minutes} मिनट।"),
    "chain_ok": Text(
        "Audit trail holds: {entries} entries, head {head}.",
        "ऑडिट नोंदी अबाधित: {entries} नोंदी, शेवटची {head}.",
        "ऑडिट रिकॉर्ड अखंड है: {entries} प्रविष्टियाँ, अंतिम {head}।"),
    "chain_broken": Text(
        "Audit trail BROKEN at entry {seq} ({reason}): {detail}",
        "ऑडिट नोंदी नोंद क्र. {seq} येथे तुटल्या ({reason}): {detail}",
        "ऑडिट रिकॉर्ड प्रविष्टि {seq} पर टूटा हुआ है ({reason}): {detail}"),
    "guards": Text(
        "Warning: the append-only guards were removed ({names}): someone edited the database directly.",
        "सावधान: केवळ-जोडणी संरक्षण काढले गेले ({names}): कोणीतरी डेटाबेस थेट बदलला आहे.",
        "चेतावनी: केवल-जोड़ सुरक्षा हटा दी गई ({names}): किसी ने डेटाबेस को सीधे बदला है।"),
    "rotated": Text(
        "Audit key rotated: {old} → {new}. Old entries still verify with the old key.",
        "ऑडिट की बदलली: {old} → {new}. जुन्या नोंदी जुन्या कीने तपासल्या जातात.",
        "ऑडिट कुंजी बदली गई: {old} → {new}। पुरानी प्रविष्टियाँ पुरानी कुंजी से जाँची जाती हैं।"),
    "no_head": Text(
        "No audit entries yet.",
        "अजून ऑडिट नोंदी नाहीत.",
        "अभी तक कोई ऑडिट प्रविष्टि नहीं है।"),
    "restarted": Text(
        "New audit chain started with key {new}: the lost key {lost} is recorded as lost, and the kiosk "
        "can save again. Entries before the restart can no longer be checked.",
        "नवी ऑडिट साखळी की {new} ने सुरू झाली: हरवलेली की {lost} हरवली म्हणून नोंदवली; केंद्र पुन्हा जतन "
        "करू शकते. पुनःसुरुवातीपूर्वीच्या नोंदी आता तपासता येणार नाहीत.",
        "नई ऑडिट श्रृंखला कुंजी {new} से शुरू हुई: खोई हुई कुंजी {lost} को खोया हुआ दर्ज किया गया, और "
        "कियोस्क फिर से सहेज सकता है। पुनः आरंभ से पहले की प्रविष्टियाँ अब जाँची नहीं जा सकतीं।"),
    "chain_restarted": Text(
        "Audit trail holds since its restart: {entries} entries, head {head}; {n} entries before the "
        "restart cannot be checked (their key was lost).",
        "पुनःसुरुवातीपासून ऑडिट नोंदी अबाधित: {entries} नोंदी, शेवटची {head}; पुनःसुरुवातीपूर्वीच्या {n} "
        "नोंदी तपासता येत नाहीत (त्यांची की हरवली).",
        "पुनः आरंभ के बाद से ऑडिट रिकॉर्ड अखंड है: {entries} प्रविष्टियाँ, अंतिम {head}; पुनः आरंभ से "
        "पहले की {n} प्रविष्टियाँ जाँची नहीं जा सकतीं (उनकी कुंजी खो गई)।"),
    "list_head": Text(
        "USER  ROLE  STATE  NAME",
        "वापरकर्ता  भूमिका  स्थिती  नाव",
        "उपयोगकर्ता  भूमिका  स्थिति  नाम"),
    "active": Text("active", "सुरू", "चालू"),
    "off": Text("disabled", "बंद", "बंद किया गया"),
    "temp_pw": Text("temporary password", "तात्पुरता पासवर्ड", "अस्थायी पासवर्ड"),
    "locked": Text("locked until {until}", "{until} पर्यंत लॉक", "{until} तक लॉक"),
    "operator": Text("operator", "ऑपरेटर", "ऑपरेटर"),
    "supervisor": Text("supervisor", "पर्यवेक्षक", "पर्यवेक्षक"),
    "purged": Text(
        "Personal data removed from {n} applications (acknowledged by the portal and delivered more than "
        "{days} days ago); {files} files deleted.",
        "{n} अर्जांची वैयक्तिक माहिती काढली (पोर्टलने स्वीकारलेले व {days} दिवसांपूर्वी वितरित); {files} "
        "फाइल्स हटवल्या.",
        "{n} आवेदनों से व्यक्तिगत जानकारी हटाई गई (पोर्टल द्वारा स्वीकृत और {days} दिन से पहले वितरित); "
        "{files} फ़ाइलें हटाई गईं।"),
    "erased": Text(
        "Personal data of {receipt} erased; {files} files deleted. Receipt number, status and fees are "
        "kept.",
        "{receipt} ची वैयक्तिक माहिती पुसली; {files} फाइल्स हटवल्या. पावती क्रमांक, स्थिती व शुल्क ठेवले "
        "आहे.",
        "{receipt} की व्यक्तिगत जानकारी मिटा दी गई; {files} फ़ाइलें हटाई गईं। रसीद संख्या, स्थिति और "
        "शुल्क रखे गए हैं।"),
    "retention": Text(
        "Personal data is kept {days} days after delivery.",
        "वितरणानंतर वैयक्तिक माहिती {days} दिवस ठेवली जाते.",
        "वितरण के बाद व्यक्तिगत जानकारी {days} दिन तक रखी जाती है।"),
    "kek_rotated": Text(
        "Keyring key rotated: {old} → {new} (the data key is wrapped under the new one).",
        "कीरिंग की बदलली: {old} → {new} (डेटा की नवीन कीने गुंडाळली).",
        "कीरिंग कुंजी बदली गई: {old} → {new} (डेटा कुंजी नई कुंजी में लपेटी गई)।"),
    "data_progress": Text(
        "Re-encrypting: {stage} {done}/{total}",
        "पुन्हा कूटबद्ध करत आहे: {stage} {done}/{total}",
        "फिर से एन्क्रिप्ट हो रहा है: {stage} {done}/{total}"),
    "data_rotated": Text(
        "Data key rotated: {old} → {new}. Print a new recovery key now (seva-kiosk recovery-key) and "
        "destroy the old sheet.",
        "डेटा की बदलली: {old} → {new}. आता नवीन रिकव्हरी की छापा (seva-kiosk recovery-key) व जुने पान "
        "नष्ट करा.",
        "डेटा कुंजी बदली गई: {old} → {new}। अभी नई रिकवरी कुंजी छापें (seva-kiosk recovery-key) और पुराना "
        "पन्ना नष्ट करें।"),
    "sheet": Text(
        "Recovery key written to {path}. Print it, lock the sheet away, then delete this file.",
        "रिकव्हरी की {path} मध्ये लिहिली. ती छापा, पान कुलूपबंद ठेवा, मग ही फाइल हटवा.",
        "रिकवरी कुंजी {path} में लिखी गई। इसे छापें, पन्ना ताले में रखें, फिर यह फ़ाइल हटा दें।"),
    "recovered": Text(
        "Recovered: the data of {source} opens on this PC ({files} files copied). The data key is now "
        "kept by this PC's keyring.",
        "परत मिळाले: {source} चा डेटा या संगणकावर उघडतो ({files} फाइल्स कॉपी). डेटा की आता या संगणकाच्या "
        "कीरिंगमध्ये आहे.",
        "पुनः प्राप्त: {source} का डेटा इस कंप्यूटर पर खुलता है ({files} फ़ाइलें कॉपी हुईं)। डेटा कुंजी "
        "अब इस कंप्यूटर की कीरिंग में है।"),
    "audit_new_pc": Text(
        "Note: the old PC's audit key is not in this keyring, so audited work is refused until a "
        "supervisor starts a new chain: seva-kiosk audit new-chain --as USERNAME.",
        "टीप: जुन्या संगणकाची ऑडिट की या कीरिंगमध्ये नाही; पर्यवेक्षकाने नवीन साखळी सुरू करेपर्यंत ऑडिट "
        "होणारे काम थांबेल: seva-kiosk audit new-chain --as USERNAME.",
        "ध्यान दें: पुराने कंप्यूटर की ऑडिट कुंजी इस कीरिंग में नहीं है; जब तक पर्यवेक्षक नई श्रृंखला "
        "शुरू नहीं करते, ऑडिट होने वाला काम रुका रहेगा: seva-kiosk audit new-chain --as USERNAME."),
    "requeued": Text(
        "{queued} items queued again under their original keys ({restored} applications restored, "
        "{already} already queued, {unreadable} unreadable rows).",
        "{queued} नोंदी मूळ किल्लीसह पुन्हा रांगेत ({restored} अर्ज परत आणले, {already} आधीच रांगेत, "
        "{unreadable} ओळी वाचता आल्या नाहीत).",
        "{queued} प्रविष्टियाँ अपनी मूल कुंजी के साथ फिर से कतार में ({restored} आवेदन वापस लाए गए, "
        "{already} पहले से कतार में, {unreadable} पंक्तियाँ पढ़ी नहीं जा सकीं)।"),
    "no_password": Text(
        "no password given on standard input",
        "मानक इनपुटवर पासवर्ड दिला नाही",
        "मानक इनपुट पर पासवर्ड नहीं दिया गया"),
    "not_live_database": Text(
        "give the damaged file that restore set aside, not the live database",
        "चालू डेटाबेस नव्हे, तर रिस्टोअरने बाजूला ठेवलेली खराब फाइल द्या",
        "चालू डेटाबेस नहीं, बल्कि रिस्टोर द्वारा अलग रखी गई खराब फ़ाइल दें"),
}

# the desk's own lines (kiosk.commands.core, .receipts): the summary after `demo`, a void's confirmation, the
# day close's totals
DESK: dict[str, Text] = {
    "day_total": Text(
        "day {day}: {count} applications, {amount}", "दिनांक {day}: {count} अर्ज, {amount}",
        "दिनांक {day}: {count} आवेदन, {amount}"),
    "difference": Text("difference {amount}", "फरक {amount}", "अंतर {amount}"),
    "today": Text(
        "Applications today: {count}, fees: {amount}", "आजचे अर्ज: {count}, शुल्क: {amount}",
        "आज के आवेदन: {count}, फ़ीस: {amount}"),
    "more_commands": Text(
        "seva-kiosk --help — more commands", "seva-kiosk --help — पुढील आदेश", "seva-kiosk --help — और आदेश"),
    "voided": Text(
        "{receipt} voided ({reason}). Refund {amount} to the citizen.",
        "{receipt} रद्द केला ({reason}). नागरिकाला {amount} परत करा.",
        "{receipt} रद्द किया गया ({reason})। नागरिक को {amount} वापस करें।"),
}
