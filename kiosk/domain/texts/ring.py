"""The hub's ring of villages (issue 18): what the CLI and the window say when a supervisor lists, adds or
removes a village, and why a change is refused (``kiosk.domain.ring.RingRefused`` with ``why=``)."""

from __future__ import annotations

from kiosk.domain.texts import Text

ERRORS: dict[str, Text] = {
    "ring_refused": Text("The ring cannot be changed: {detail}.",
                         "गावांचा समूह (रिंग) बदलता येत नाही: {detail}.",
                         "गांवों का समूह (रिंग) बदला नहीं जा सकता: {detail}।"),
}

REFUSALS: dict[str, Text] = {
    "names_needed": Text("give the village's name in both Marathi and English",
                         "गावाचे नाव मराठी आणि इंग्रजी दोन्हीत द्या",
                         "गांव का नाम मराठी और अंग्रेज़ी दोनों में दें"),
    "scripts": Text("write the English name in Latin letters and the Marathi name in Devanagari",
                    "इंग्रजी नाव रोमन अक्षरांत आणि मराठी नाव देवनागरीत लिहा",
                    "अंग्रेज़ी नाम रोमन अक्षरों में और मराठी नाम देवनागरी में लिखें"),
    "too_long": Text("a village name is at most {n} characters",
                     "गावाचे नाव जास्तीत जास्त {n} अक्षरांचे असते",
                     "गांव का नाम अधिकतम {n} अक्षरों का होता है"),
    "bad_lgd": Text("the LGD village code is a number of at most {n} digits (leave it empty when unknown)",
                    "एलजीडी गाव कोड जास्तीत जास्त {n} अंकी संख्या असतो (माहीत नसल्यास रिकामा ठेवा)",
                    "एलजीडी गांव कोड अधिकतम {n} अंकों की संख्या होता है (पता न हो तो खाली छोड़ें)"),
    "bad_pin": Text("the PIN code is six digits of Maharashtra (40…–44…)",
                    "पिन कोड महाराष्ट्रातील सहा अंकी असतो (40…–44…)",
                    "पिन कोड महाराष्ट्र का छह अंकों वाला होता है (40…–44…)"),
    "already_in_ring": Text("{village} is already in the ring",
                            "{village} आधीच समूहात आहे",
                            "{village} पहले से समूह में है"),
    "not_in_ring": Text("{village} is not one of the ring's villages",
                        "{village} हे समूहातील गाव नाही",
                        "{village} समूह का गांव नहीं है"),
}

CLI: dict[str, Text] = {
    "empty": Text("The ring has no villages yet (seva-kiosk ring add).",
                  "समूहात अजून एकही गाव नाही (seva-kiosk ring add).",
                  "समूह में अभी कोई गांव नहीं है (seva-kiosk ring add)।"),
    "line": Text("{code}\t{name_en}\t{name_mr}\tPIN {pin}",
                 "{code}\t{name_mr}\t{name_en}\tपिन {pin}",
                 "{code}\t{name_mr}\t{name_en}\tपिन कोड {pin}"),
    "added": Text("{village} added to the ring (code {code}); the portal is told at the next sync.",
                  "{village} समूहात जोडले (कोड {code}); पुढच्या सिंकला पोर्टलला कळवले जाईल.",
                  "{village} समूह में जोड़ा गया (कोड {code}); अगले सिंक पर पोर्टल को बताया जाएगा।"),
    "removed": Text("{village} removed from the ring; the portal is told at the next sync.",
                    "{village} समूहातून काढले; पुढच्या सिंकला पोर्टलला कळवले जाईल.",
                    "{village} समूह से हटाया गया; अगले सिंक पर पोर्टल को बताया जाएगा।"),
}
