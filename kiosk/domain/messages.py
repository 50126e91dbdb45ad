"""The one place where a typed error becomes a sentence for a person, in Marathi or English.

Each entry says what happened and what to do next. Unknown codes fall back to a generic sentence plus the
error's detail, so a new error class is never shown as a traceback.
"""

from __future__ import annotations

from kiosk.domain.errors import KioskError, ValidationError

MESSAGES: dict[str, tuple[str, str]] = {
    "kiosk_error": ("Something went wrong: {detail}", "काहीतरी चुकले: {detail}"),
    "validation_failed": ("The form has {count} problem(s): {detail}", "अर्जात {count} त्रुटी आहेत: {detail}"),
    "catalogue_invalid": ("The service catalogue was not accepted; the old one stays in use. {detail}",
                          "सेवा सूची स्वीकारली नाही; जुनीच सूची वापरात राहील. {detail}"),
    "unknown_service": ("There is no service with code '{code}'. Search the service list.",
                        "'{code}' या कोडची सेवा नाही. सेवा यादीत शोधा."),
    "not_found": ("Nothing found for '{what}'. Check the receipt number.",
                  "'{what}' साठी काहीही सापडले नाही. पावती क्रमांक तपासा."),
    "illegal_transition": ("This status change is not allowed ({current} → {new}).",
                           "ही स्थिती बदल करता येत नाही ({current} → {new})."),
    "appeal_not_allowed": ("An appeal cannot be filed now: {detail}.", "आत्ता अपील दाखल करता येत नाही: {detail}."),
    "storage_error": ("The kiosk could not save: {detail}. Nothing was changed; try again.",
                      "माहिती जतन झाली नाही: {detail}. काहीही बदलले नाही; पुन्हा प्रयत्न करा."),
    "database_corrupt": ("The kiosk database is damaged ({detail}). Saving is stopped to protect data. "
                         "Restore the latest backup: seva-kiosk restore BACKUP_FILE.",
                         "किऑस्कचा डेटाबेस खराब झाला आहे ({detail}). माहिती सुरक्षित ठेवण्यासाठी जतन करणे थांबवले आहे. "
                         "शेवटचा बॅकअप परत आणा: seva-kiosk restore BACKUP_FILE."),
    "database_read_only": ("The database is open read-only: {detail}", "डेटाबेस फक्त वाचण्यासाठी उघडा आहे: {detail}"),
    "backup_failed": ("Backup or restore failed: {detail}. The current data is unchanged.",
                      "बॅकअप किंवा पुनर्स्थापना अयशस्वी: {detail}. सध्याची माहिती बदललेली नाही."),
    "hub_not_set_up": ("This kiosk has no hub yet. Run: seva-kiosk init --hub CODE ... (or seva-kiosk demo).",
                       "या किऑस्कवर अजून केंद्र नोंदवलेले नाही. चालवा: seva-kiosk init --hub CODE ... (किंवा seva-kiosk demo)."),
    "portal_error": ("The portal answered with an error: {detail}", "पोर्टलकडून त्रुटी आली: {detail}"),
    "portal_unavailable": ("The portal cannot be reached. Applications stay queued and will be sent later.",
                           "पोर्टलशी संपर्क होत नाही. अर्ज रांगेत सुरक्षित आहेत व नंतर पाठवले जातील."),
    "portal_auth_expired": ("The portal login expired. Check the hub's portal credentials in Settings.",
                            "पोर्टल लॉगिनची मुदत संपली. सेटिंग्जमध्ये केंद्राची पोर्टल ओळख तपासा."),
    "portal_rejected": ("The portal refused this item: {detail}. Correct it and send again.",
                        "पोर्टलने हे नाकारले: {detail}. दुरुस्त करून पुन्हा पाठवा."),
    "clock_skew": ("The secure connection failed: check the PC's date and time.",
                   "सुरक्षित जोडणी अयशस्वी: संगणकाची तारीख व वेळ तपासा."),
    "keyring_unavailable": ("No secure password store (keyring) is available on this PC; secrets are not saved. "
                            "Install or unlock the system keyring.",
                            "या संगणकावर सुरक्षित पासवर्ड साठा (कीरिंग) उपलब्ध नाही; गुप्त माहिती जतन केली नाही. "
                            "सिस्टम कीरिंग स्थापित किंवा अनलॉक करा."),
    "device_error": ("The device did not respond: {detail}. The application is safe; try again.",
                     "उपकरणाने प्रतिसाद दिला नाही: {detail}. अर्ज सुरक्षित आहे; पुन्हा प्रयत्न करा."),
    "document_rejected": ("This file cannot be used as a document: {detail}", "ही फाईल कागदपत्र म्हणून वापरता येणार नाही: {detail}"),
    "unknown_place": ("Not found in the LGD list: {detail}. Check the spelling or use the LGD code.",
                      "एलजीडी यादीत सापडले नाही: {detail}. स्पेलिंग तपासा किंवा एलजीडी कोड वापरा."),
    "geography_invalid": ("The bundled district list is damaged: {detail}", "जिल्हा यादी खराब आहे: {detail}"),
    "calendar_invalid": ("The holiday list was not accepted: {detail}", "सुट्ट्यांची यादी स्वीकारली नाही: {detail}"),
    "already_sent": ("This application has already gone to the portal; it cannot be changed here. "
                     "Send further documents through the portal's 'documents pending' request.",
                     "हा अर्ज पोर्टलवर आधीच गेला आहे; येथे बदलता येणार नाही. पुढील कागदपत्रे पोर्टलच्या "
                     "'कागदपत्रे प्रलंबित' विनंतीतून पाठवा."),
    "certificate_invalid": ("The certificate file is not a valid PDF from the portal: {detail}",
                            "प्रमाणपत्राची फाईल पोर्टलकडील वैध PDF नाही: {detail}"),
    "portal_captive": ("The network shows a login page instead of the portal (Wi-Fi/hotspot login). "
                       "Log in to the network, then sync again.",
                       "नेटवर्क पोर्टलऐवजी लॉगिन पान दाखवत आहे (वाय-फाय/हॉटस्पॉट लॉगिन). नेटवर्कवर लॉगिन करून पुन्हा सिंक करा."),
    "portal_bad_response": ("The portal's answer was incomplete or garbled; the item stays queued and will be retried.",
                            "पोर्टलचे उत्तर अपूर्ण किंवा बिघडलेले होते; अर्ज रांगेत राहील व पुन्हा पाठवला जाईल."),
    "portal_credentials_refused": ("The portal refused this hub's credentials. Ask the supervisor to check them "
                                   "in Settings.", "पोर्टलने या केंद्राची ओळख नाकारली. पर्यवेक्षकांना सेटिंग्जमध्ये तपासायला सांगा."),
    "portal_config": ("The portal settings are not usable: {detail}", "पोर्टल सेटिंग्ज वापरता येत नाहीत: {detail}"),
    "bundle_invalid": ("This bundle cannot be used: {detail}. Nothing was queued.",
                       "हा बंडल वापरता येत नाही: {detail}. काहीही रांगेत टाकले नाही."),
    "uidai_certificate_invalid": ("A UIDAI certificate file in assets/uidai is damaged: {detail}. "
                                  "Aadhaar QR signatures cannot be checked until it is replaced.",
                                  "assets/uidai मधील UIDAI प्रमाणपत्र फाईल खराब आहे: {detail}. ती बदलेपर्यंत "
                                  "आधार QR स्वाक्षरी तपासता येणार नाही."),
    "permission_denied": ("You are not allowed to do this ({action}); ask a supervisor.",
                          "ही कृती ({action}) करण्याची आपल्याला परवानगी नाही; पर्यवेक्षकांना विचारा."),
    "login_failed": ("Wrong user name or password.", "वापरकर्त्याचे नाव किंवा पासवर्ड चुकीचा आहे."),
    "login_locked": ("Too many wrong passwords. Try again in {seconds} seconds.",
                     "खूप वेळा चुकीचा पासवर्ड. {seconds} सेकंदांनी पुन्हा प्रयत्न करा."),
    "account_disabled": ("This account is disabled. Ask a supervisor.", "हे खाते बंद केले आहे. पर्यवेक्षकांना विचारा."),
    "password_change_required": ("Change the temporary password first: seva-kiosk users passwd {username}.",
                                 "आधी तात्पुरता पासवर्ड बदला: seva-kiosk users passwd {username}."),
    "user_exists": ("The user {username} already exists.", "{username} हा वापरकर्ता आधीच आहे."),
    "user_not_found": ("There is no user {username}.", "{username} नावाचा वापरकर्ता नाही."),
    "user_invalid": ("This account detail is not accepted: {detail}", "ही खात्याची माहिती स्वीकारली नाही: {detail}"),
    "password_rejected": ("The new password was not accepted: {reasons_en}", "नवीन पासवर्ड स्वीकारला नाही: {reasons_mr}"),
    "last_supervisor": ("This is the only active supervisor. Add another supervisor first.",
                        "हे एकमेव सक्रिय पर्यवेक्षक खाते आहे. आधी दुसरे पर्यवेक्षक खाते जोडा."),
    "setting_invalid": ("This value is not allowed (between {minimum} and {maximum}).",
                        "हे मूल्य चालत नाही ({minimum} ते {maximum} दरम्यान असावे)."),
    "audit_key_missing": ("The audit key is missing from the keyring; nothing was saved. Restore the keyring "
                          "from backup or call support.",
                          "ऑडिट की कीरिंगमध्ये सापडत नाही; काहीही जतन केले नाही. कीरिंग बॅकअपमधून परत आणा किंवा सहाय्य घ्या."),
    "audit_entry_invalid": ("Internal error: an audit entry would contain personal data; nothing was saved.",
                            "अंतर्गत त्रुटी: ऑडिट नोंदीत वैयक्तिक माहिती गेली असती; काहीही जतन केले नाही."),
    "not_available_yet": ("Not available yet: {detail}", "अजून उपलब्ध नाही: {detail}"),
    "qr_unreadable": ("Could not read this QR code. Try again or type the details.",
                      "हा QR कोड वाचता आला नाही. पुन्हा प्रयत्न करा किंवा माहिती टाइप करा."),
}


class _Defaulting(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


def describe(error: KioskError, language: str = "mr") -> str:
    en, mr = MESSAGES.get(error.code, MESSAGES["kiosk_error"])
    params = _Defaulting(error.params)
    params.setdefault("detail", error.detail)
    if isinstance(error, ValidationError):
        params["detail"] = "; ".join(p.message(language) for p in error.problems)
    localized = error.params.get("detail_mr" if language == "mr" else "detail_en")
    if isinstance(localized, str) and localized:
        params["detail"] = localized
    template = mr if language == "mr" else en
    return template.format_map(params)
