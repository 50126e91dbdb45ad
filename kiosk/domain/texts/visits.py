"""The doorstep visit (issue 18): what ``seva-kiosk visit``, the window's banner and the day close say about a
visit to a village of the ring, its doorstep fee and its own cash count.

A refusal is raised with ``why=`` (``kiosk.domain.visit.VisitRefused``) and read from REFUSALS.
"""

from __future__ import annotations

from kiosk.domain.texts import Text

ERRORS: dict[str, Text] = {
    "visit_refused": Text("The doorstep visit cannot go on: {detail}.",
                          "घरपोच भेट पुढे नेता येत नाही: {detail}.",
                          "घर-पहुँच दौरा आगे नहीं बढ़ सकता: {detail}।"),
}

REFUSALS: dict[str, Text] = {
    "already_open": Text("a visit to {village} is still open — close it first (seva-kiosk visit close --cash AMOUNT)",
                         "{village} येथील भेट अजून सुरू आहे — आधी ती बंद करा (seva-kiosk visit close --cash AMOUNT)",
                         "{village} का दौरा अभी खुला है — पहले उसे बंद करें (seva-kiosk visit close --cash AMOUNT)"),
    "none_open": Text("no visit is open on this computer",
                      "या संगणकावर कोणतीही भेट सुरू नाही",
                      "इस कंप्यूटर पर कोई दौरा खुला नहीं है"),
    "fee_unknown": Text("the doorstep fee of the GR is not known here: give it with --fee RUPEES",
                        "शासन निर्णयातील घरपोच सेवा शुल्क येथे माहीत नाही: --fee RUPEES ने द्या",
                        "शासन निर्णय का घर-पहुँच सेवा शुल्क यहाँ ज्ञात नहीं है: --fee RUPEES से दें"),
    "bad_fee": Text("that is not a doorstep fee (₹0 to ₹1,000)",
                    "हे घरपोच सेवा शुल्क नाही (₹0 ते ₹1,000)",
                    "यह घर-पहुँच सेवा शुल्क नहीं है (₹0 से ₹1,000)"),
    "bad_village": Text("give the village's name (up to 100 letters)",
                        "गावाचे नाव द्या (जास्तीत जास्त 100 अक्षरे)",
                        "गाँव का नाम दें (अधिकतम 100 अक्षर)"),
    "bad_cash": Text("the counted cash must be an amount in rupees, like 1380 or 1380.50",
                     "मोजलेली रोख रक्कम रुपयांत असावी, उदा. 1380 किंवा 1380.50",
                     "गिनी गई नकद राशि रुपयों में होनी चाहिए, जैसे 1380 या 1380.50"),
    "unknown_visit": Text("there is no visit {visit}", "{visit} अशी भेट नाही", "{visit} नाम का कोई दौरा नहीं है"),
}

TEXTS: dict[str, Text] = {
    "opened_line": Text(
        "Doorstep visit to {village} opened for {day}. Each application taken until it is closed carries the "
        "doorstep fee {fee} (GR {gr}).",
        "{village} येथे घरपोच भेट {day} साठी सुरू झाली. ती बंद होईपर्यंत घेतलेल्या प्रत्येक अर्जावर घरपोच सेवा "
        "शुल्क {fee} लागेल (शासन निर्णय {gr}).",
        "{village} में घर-पहुँच दौरा {day} के लिए खुला। इसके बंद होने तक लिए गए हर आवेदन पर घर-पहुँच सेवा "
        "शुल्क {fee} लगेगा (शासन निर्णय {gr})।"),
    "none_open": Text("No doorstep visit is open: applications are taken at the hub.",
                      "कोणतीही घरपोच भेट सुरू नाही: अर्ज केंद्रावर घेतले जात आहेत.",
                      "कोई घर-पहुँच दौरा खुला नहीं है: आवेदन केंद्र पर लिए जा रहे हैं।"),
    "open_line": Text(
        "Doorstep visit to {village}, open since {day}: {count} applications, {total} in fees; cash in the "
        "visit's bag should be {cash}.",
        "{village} येथील घरपोच भेट, {day} पासून सुरू: {count} अर्ज, शुल्क {total}; भेटीच्या पिशवीत रोख {cash} "
        "असावी.",
        "{village} का घर-पहुँच दौरा, {day} से खुला: {count} आवेदन, शुल्क {total}; दौरे के थैले में नकद {cash} "
        "होनी चाहिए।"),
    "closed_line": Text(
        "Doorstep visit to {village} closed: {count} applications, {total} in fees (doorstep {doorstep}). Cash "
        "expected {expected}, counted {counted}, difference {difference}. UPI {upi}; not paid yet {pending}.",
        "{village} येथील घरपोच भेट बंद: {count} अर्ज, शुल्क {total} (घरपोच {doorstep}). अपेक्षित रोख "
        "{expected}, मोजलेली {counted}, फरक {difference}. यूपीआय {upi}; अजून न भरलेले {pending}.",
        "{village} का घर-पहुँच दौरा बंद: {count} आवेदन, शुल्क {total} (घर-पहुँच {doorstep})। अपेक्षित नकद "
        "{expected}, गिनी गई {counted}, अंतर {difference}। यूपीआई {upi}; अभी बकाया {pending}।"),
    "banner": Text(
        "DOORSTEP VISIT — {village} (since {day}): every application now carries the doorstep fee {fee}.",
        "घरपोच भेट — {village} ({day} पासून): आता प्रत्येक अर्जावर घरपोच सेवा शुल्क {fee} लागते.",
        "घर-पहुँच दौरा — {village} ({day} से): अब हर आवेदन पर घर-पहुँच सेवा शुल्क {fee} लगता है।"),
    "day_close_title": Text("Doorstep visits", "घरपोच भेटी", "घर-पहुँच दौरे"),
    "day_close_line": Text(
        "{village} ({since}–{until}): {count} applications, {total}; cash {cash}, counted {counted}",
        "{village} ({since}–{until}): {count} अर्ज, {total}; रोख {cash}, मोजलेली {counted}",
        "{village} ({since}–{until}): {count} आवेदन, {total}; नकद {cash}, गिनी गई {counted}"),
    "paper_line": Text("{count} applications · cash expected in the visit's bag {cash} · counted",
                       "{count} अर्ज · भेटीच्या पिशवीत अपेक्षित रोख {cash} · मोजलेली",
                       "{count} आवेदन · दौरे के थैले में अपेक्षित नकद {cash} · गिनी गई"),
    "bags_total": Text("Cash expected in doorstep visits' bags", "घरपोच भेटींच्या पिशव्यांत अपेक्षित रोख",
                       "घर-पहुँच दौरों के थैलों में अपेक्षित नकद"),
    "receipt_row": Text("Taken in the village (doorstep visit)", "गावात घेतला (घरपोच भेट)",
                        "गाँव में लिया गया (घर-पहुँच दौरा)"),
    "still_open": Text("still open", "अजून सुरू", "अभी खुला"),
    "not_counted": Text("not counted yet", "अजून मोजलेली नाही", "अभी गिनी नहीं गई"),
}
