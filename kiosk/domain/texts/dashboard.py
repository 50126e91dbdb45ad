"""The uniform dashboard (issue 18) as the command line prints it: the state's figures for every office,
per service and per village, for a period (the window's own labels are Qt translations)."""

from __future__ import annotations

from kiosk.domain.texts import Text

TEXTS: dict[str, Text] = {
    "heading": Text("Dashboard {first} to {last} — applications received in the period, as they stand on {today}",
                    "डॅशबोर्ड {first} ते {last} — या कालावधीत आलेले अर्ज, {today} रोजीच्या स्थितीनुसार",
                    "डैशबोर्ड {first} से {last} — इस अवधि में आए आवेदन, {today} की स्थिति के अनुसार"),
    "by_service": Text("By service", "सेवानिहाय", "सेवा के अनुसार"),
    "by_village": Text("By village", "गावनिहाय", "गाँव के अनुसार"),
    "total": Text("Total", "एकूण", "कुल"),
    "no_village": Text("(village not given)", "(गाव दिलेले नाही)", "(गाँव नहीं दिया गया)"),
    "received": Text("received", "प्राप्त", "प्राप्त हुए"),
    "disposed_in_time": Text("disposed in time", "मुदतीत निकाली", "समय-सीमा में निपटाए"),
    "disposed_late": Text("disposed late", "मुदतीनंतर निकाली", "समय-सीमा के बाद निपटाए"),
    "pending_in_time": Text("pending in time", "मुदतीत प्रलंबित", "समय-सीमा में लंबित"),
    "pending_past": Text("pending past the limit", "मुदत उलटून प्रलंबित", "समय-सीमा पार लंबित"),
    "appeals": Text("appeals filed", "दाखल अपील", "दायर अपीलें"),
    "certificates_waiting": Text("certificates to hand over", "देण्यासाठी तयार दाखले",
                                 "सौंपने को तैयार प्रमाणपत्र"),
    "bad_period": Text("the period's first day {first} is after its last day {last}",
                       "कालावधीचा पहिला दिवस {first} हा शेवटच्या दिवसानंतर ({last}) येतो",
                       "अवधि का पहला दिन {first} उसके अंतिम दिन {last} के बाद पड़ता है"),
}
