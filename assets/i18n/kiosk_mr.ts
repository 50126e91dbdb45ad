<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <source>%v of %m items</source>
        <translation>%m पैकी %v नोंदी</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(ऐच्छिक)</translation>
    </message>
    <message>
        <source>1 application rejected</source>
        <translation>1 अर्ज नामंजूर</translation>
    </message>
    <message>
        <source>1 application returned for more documents</source>
        <translation>1 अर्ज अधिक कागदपत्रांसाठी परत आला</translation>
    </message>
    <message>
        <source>1 certificate ready to hand over</source>
        <translation>1 प्रमाणपत्र देण्यासाठी तयार</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>सिंक आधीच सुरू आहे.</translation>
    </message>
    <message>
        <source>A voided application's receipt is not printed again.</source>
        <translation>रद्द केलेल्या अर्जाची पावती पुन्हा छापली जात नाही.</translation>
    </message>
    <message>
        <source>Aadhaar number (only the last 4 digits are kept)</source>
        <translation>आधार क्रमांक (फक्त शेवटचे 4 अंक ठेवले जातात)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोडा</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>वापरकर्ता जोडा</translation>
    </message>
    <message>
        <source>Add documents to {receipt}</source>
        <translation>{receipt} ला कागदपत्रे जोडा</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>कागदपत्रे जोडा…</translation>
    </message>
    <message>
        <source>Appeal {level}</source>
        <translation>अपील {level}</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>अपील</translation>
    </message>
    <message>
        <source>Appeal {level}: {authority}</source>
        <translation>अपील {level}: {authority}</translation>
    </message>
    <message>
        <source>allowed on {date}</source>
        <translation>{date} रोजी मान्य केले</translation>
    </message>
    <message>
        <source>dismissed on {date}</source>
        <translation>{date} रोजी फेटाळले</translation>
    </message>
    <message>
        <source>no order yet — the date has passed</source>
        <translation>अजून आदेश नाही — मुदत संपली</translation>
    </message>
    <message>
        <source>no order yet</source>
        <translation>अजून आदेश नाही</translation>
    </message>
    <message>
        <source>decide by {date}</source>
        <translation>{date} पर्यंत निर्णय अपेक्षित</translation>
    </message>
    <message>
        <source>no time limit confirmed</source>
        <translation>कालमर्यादा निश्चित नाही</translation>
    </message>
    <message>
        <source>filed {date}</source>
        <translation>{date} रोजी दाखल</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>मागितलेली कागदपत्रे</translation>
    </message>
    <message>
        <source>The portal asked for: {documents}</source>
        <translation>पोर्टलने मागितले: {documents}</translation>
    </message>
    <message>
        <source>Reply by: {date}</source>
        <translation>देण्याची अंतिम तारीख: {date}</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>अंतिम तारीख</translation>
    </message>
    <message>
        <source>The time limit counts again from the day these are added.</source>
        <translation>ही कागदपत्रे जोडल्याच्या दिवसापासून कालमर्यादा पुन्हा मोजली जाते.</translation>
    </message>
    <message>
        <source>The portal sent these applications back for more documents. Add them here when the citizen brings them: the time limit counts again from that day.</source>
        <translation>पोर्टलने हे अर्ज अधिक कागदपत्रांसाठी परत पाठवले आहेत. नागरिक कागदपत्रे घेऊन आल्यावर ती येथे जोडा: त्या दिवसापासून कालमर्यादा पुन्हा मोजली जाते.</translation>
    </message>
    <message>
        <source>date passed</source>
        <translation>तारीख उलटून गेली</translation>
    </message>
    <message>
        <source>{n} applications are waiting for documents</source>
        <translation>{n} अर्ज कागदपत्रांसाठी थांबले आहेत</translation>
    </message>
    <message>
        <source>Add to the application and print the receipt</source>
        <translation>अर्जाला जोडा आणि पावती छापा</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <source>After</source>
        <translation>इतक्या वेळानंतर</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>सर्व सेवा</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सर्व स्थिती</translation>
    </message>
    <message>
        <source>Already asking the portal…</source>
        <translation>पोर्टलकडे आधीच विचारणा सुरू आहे…</translation>
    </message>
    <message>
        <source>Already handed over to the citizen.</source>
        <translation>नागरिकाला आधीच सुपूर्द केले आहे.</translation>
    </message>
    <message>
        <source>Another sync is running on this computer; it sends the queue.</source>
        <translation>या संगणकावर दुसरे सिंक सुरू आहे; तेच रांग पाठवत आहे.</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>अपील</translation>
    </message>
    <message>
        <source>Applicant's name in English</source>
        <translation>अर्जदाराचे नाव इंग्रजीत</translation>
    </message>
    <message>
        <source>Applicant's name in Marathi</source>
        <translation>अर्जदाराचे नाव मराठीत</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>अर्ज</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>अर्ज</translation>
    </message>
    <message>
        <source>Applications in the last 14 days</source>
        <translation>मागील 14 दिवसांतील अर्ज</translation>
    </message>
    <message>
        <source>Applications set aside</source>
        <translation>बाजूला ठेवलेले अर्ज</translation>
    </message>
    <message>
        <source>Applications stay queued and will be sent when the connection returns.</source>
        <translation>अर्ज रांगेतच राहतील आणि जोडणी परत आल्यावर पाठवले जातील.</translation>
    </message>
    <message>
        <source>Applications today</source>
        <translation>आजचे अर्ज</translation>
    </message>
    <message>
        <source>Ask the citizen; leave it unticked unless they say yes.</source>
        <translation>नागरिकाला विचारा; ते हो म्हणाले तरच खूण करा.</translation>
    </message>
    <message>
        <source>Asking the portal for a newer service list…</source>
        <translation>पोर्टलकडे नवी सेवा सूची मागवत आहे…</translation>
    </message>
    <message>
        <source>Asking the portal for a newer version…</source>
        <translation>पोर्टलकडे नवी आवृत्ती विचारत आहे…</translation>
    </message>
    <message>
        <source>At most {n} pages by camera; use the scanner for a longer document.</source>
        <translation>कॅमेऱ्याने जास्तीत जास्त {n} पाने; मोठ्या कागदपत्रासाठी स्कॅनर वापरा.</translation>
    </message>
    <message>
        <source>Attach at least one document first.</source>
        <translation>आधी किमान एक कागदपत्र जोडा.</translation>
    </message>
    <message>
        <source>Attach selected scan</source>
        <translation>निवडलेले स्कॅन जोडा</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>साइन-इनकडे परत</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>फॉर्मकडे परत</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>आत्ता बॅकअप घ्या</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>बॅकअप आणि पुनर्स्थापना</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>बॅकअप जतन झाला: {path}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>मागे जा</translation>
    </message>
    <message>
        <source>Carried for another hub</source>
        <translation>दुसऱ्या हबसाठी वाहून आणलेला अर्ज</translation>
    </message>
    <message>
        <source>Cash counted in your drawer (₹)</source>
        <translation>तुमच्या गल्ल्यातील मोजलेली रोख (₹)</translation>
    </message>
    <message>
        <source>Open the existing application</source>
        <translation>आधीचा अर्ज उघडा</translation>
    </message>
    <message>
        <source>Possible duplicate application</source>
        <translation>संभाव्य दुबार अर्ज</translation>
    </message>
    <message>
        <source>Save with this reason</source>
        <translation>या कारणासह जतन करा</translation>
    </message>
    <message>
        <source>To save another application anyway, write why:</source>
        <translation>तरीही दुसरा अर्ज जतन करायचा असल्यास कारण लिहा:</translation>
    </message>
    <message>
        <source>Type each drawer's counted cash (₹) in its Counted cell, then Enter.</source>
        <translation>प्रत्येक गल्ल्यातील मोजलेली रोख (₹) त्याच्या 'मोजलेली' रकान्यात लिहा, मग एंटर दाबा.</translation>
    </message>
    <message>
        <source>e.g. the earlier application was for another year</source>
        <translation>उदा. आधीचा अर्ज दुसऱ्या वर्षासाठी होता</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>मोजली नाही</translation>
    </message>
    <message>
        <source>Drawers counted: {counted} of {drawers}.</source>
        <translation>मोजलेले गल्ले: {drawers} पैकी {counted}.</translation>
    </message>
    <message>
        <source>Surplus {surplus}, shortfall {shortfall} (each drawer on its own).</source>
        <translation>जास्त रोकड {surplus}, कमी रोकड {shortfall} (प्रत्येक गल्ला स्वतंत्रपणे).</translation>
    </message>
    <message>
        <source>Not counted: {names}.</source>
        <translation>मोजले नाहीत: {names}.</translation>
    </message>
    <message>
        <source>'{text}' is not a sum of rupees (e.g. 1380.50).</source>
        <translation>'{text}' ही रुपयांची रक्कम नाही (उदा. 1380.50).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>प्रवर्ग</translation>
    </message>
    <message>
        <source>Category (optional)</source>
        <translation>प्रवर्ग (ऐच्छिक)</translation>
    </message>
    <message>
        <source>Certificate delivery</source>
        <translation>प्रमाणपत्र कसे द्यायचे</translation>
    </message>
    <message>
        <source>Certificate printed: {n} page.</source>
        <translation>प्रमाणपत्र छापले: {n} पान.</translation>
    </message>
    <message>
        <source>Certificate printed: {n} pages.</source>
        <translation>प्रमाणपत्र छापले: {n} पाने.</translation>
    </message>
    <message>
        <source>Certificates ready</source>
        <translation>तयार प्रमाणपत्रे</translation>
    </message>
    <message>
        <source>Certificates ready to hand over</source>
        <translation>देण्यासाठी तयार प्रमाणपत्रे</translation>
    </message>
    <message>
        <source>Change the service</source>
        <translation>सेवा बदला</translation>
    </message>
    <message>
        <source>Change the service to {service}?</source>
        <translation>सेवा बदलून {service} करायची?</translation>
    </message>
    <message>
        <source>Check for a new version</source>
        <translation>प्रोग्रामची नवी आवृत्ती तपासा</translation>
    </message>
    <message>
        <source>Check for update</source>
        <translation>नवी आवृत्ती तपासा</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>बॅकअप तपासत आहे…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>जोडणी तपासत आहे</translation>
    </message>
    <message>
        <source>Checking the service list</source>
        <translation>सेवा सूची तपासत आहे</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>आधी एक बॅकअप निवडा.</translation>
    </message>
    <message>
        <source>Choose a password different from the temporary one.</source>
        <translation>तात्पुरत्या पासवर्डपेक्षा वेगळा पासवर्ड निवडा.</translation>
    </message>
    <message>
        <source>Choose a printer</source>
        <translation>प्रिंटर निवडा</translation>
    </message>
    <message>
        <source>Choose a refused application first.</source>
        <translation>आधी नाकारलेला अर्ज निवडा.</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>आधी वापरकर्ता निवडा.</translation>
    </message>
    <message>
        <source>Choose an application to see it here.</source>
        <translation>येथे पाहण्यासाठी एक अर्ज निवडा.</translation>
    </message>
    <message>
        <source>Choose the district and taluka.</source>
        <translation>जिल्हा व तालुका निवडा.</translation>
    </message>
    <message>
        <source>Choose what the document is.</source>
        <translation>कागदपत्र कोणते आहे ते निवडा.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>तुमचा स्वतःचा पासवर्ड निवडा</translation>
    </message>
    <message>
        <source>Citizen's feedback</source>
        <translation>नागरिकाचा अभिप्राय</translation>
    </message>
    <message>
        <source>Citizen's language</source>
        <translation>नागरिकाची भाषा</translation>
    </message>
    <message>
        <source>Citizen's rating of the service (optional)</source>
        <translation>सेवेबद्दल नागरिकाचे गुणांकन (ऐच्छिक)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>क्लायंट आयडी</translation>
    </message>
    <message>
        <source>Client id: 3 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>क्लायंट आयडी: 3 ते 64 अक्षरे, अंक, '.', '_' किंवा '-'.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>अभिप्राय (ऐच्छिक)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>संमती</translation>
    </message>
    <message>
        <source>Continue this application</source>
        <translation>हा अर्ज पुढे भरा</translation>
    </message>
    <message>
        <source>Correct and send again: {receipt}</source>
        <translation>दुरुस्त करून पुन्हा पाठवा: {receipt}</translation>
    </message>
    <message>
        <source>Correct and send again…</source>
        <translation>दुरुस्त करून पुन्हा पाठवा…</translation>
    </message>
    <message>
        <source>Correct {n} problem in the form.</source>
        <translation>अर्जातील {n} त्रुटी दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Correct {n} problems in the form.</source>
        <translation>अर्जातील {n} त्रुटी दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>मोजलेले</translation>
    </message>
    <message>
        <source>Create the supervisor</source>
        <translation>पर्यवेक्षक तयार करा</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>दिवस-महिना-वर्ष (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>दुय्यम प्रत</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डॅशबोर्ड</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>माहिती फोल्डर</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतारीख</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिवस</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>दिवस बंद</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>फरक</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>अर्ज टाकून द्या</translation>
    </message>
    <message>
        <source>Discard this unfinished application for good?</source>
        <translation>हा अपूर्ण अर्ज कायमचा टाकून द्यायचा?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>टाकून द्या…</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>कागदपत्रे</translation>
    </message>
    <message>
        <source>Documents can be added only before the application is sent to the portal.</source>
        <translation>अर्ज पोर्टलला पाठवण्यापूर्वीच कागदपत्रे जोडता येतात.</translation>
    </message>
    <message>
        <source>Documents the new service does not take will be removed: {n}</source>
        <translation>नवीन सेवेत न लागणारी कागदपत्रे काढली जातील: {n}</translation>
    </message>
    <message>
        <source>Done: nothing is left waiting to be sent.</source>
        <translation>पूर्ण: पाठवण्यासाठी काहीही बाकी नाही.</translation>
    </message>
    <message>
        <source>Downloading certificates</source>
        <translation>प्रमाणपत्रे डाउनलोड होत आहेत</translation>
    </message>
    <message>
        <source>Drafts…</source>
        <translation>मसुदे…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>देय तारीख</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>लवकर देय किंवा मुदत संपलेले</translation>
    </message>
    <message>
        <source>Economically Weaker Section (EWS)</source>
        <translation>आर्थिकदृष्ट्या दुर्बल घटक (आ.दु.घ.)</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>ई-मेल (ऐच्छिक)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>पुन्हा सुरू करा</translation>
    </message>
    <message>
        <source>English</source>
        <translation>इंग्रजी</translation>
    </message>
    <message>
        <source>Enter or double-click opens the application.</source>
        <translation>एंटर दाबल्यावर किंवा डबल-क्लिक केल्यावर अर्ज उघडतो.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>वापरकर्ता नाव व पासवर्ड लिहा.</translation>
    </message>
    <message>
        <source>Everything saved after this backup is replaced (the current file is kept aside). Everyone signs in again. Restore?</source>
        <translation>या बॅकअपनंतर जतन केलेले सर्व बदलले जाईल (सध्याची फाइल बाजूला ठेवली जाते). सर्वांना पुन्हा साइन-इन करावे लागेल. पुनर्स्थापित करायचे?</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Export applications (CSV)</source>
        <translation>अर्ज निर्यात करा (CSV)</translation>
    </message>
    <message>
        <source>Father's or husband's name</source>
        <translation>वडिलांचे किंवा पतीचे नाव</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Fees collected today</source>
        <translation>आज जमा झालेले शुल्क</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>स्त्री</translation>
    </message>
    <message>
        <source>Fetching status updates</source>
        <translation>स्थितीतील बदल आणत आहे</translation>
    </message>
    <message>
        <source>Fill from Aadhaar QR…</source>
        <translation>आधार QR वरून भरा…</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>पूर्ण करत आहे</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहिले नाव</translation>
    </message>
    <message>
        <source>From the portal:</source>
        <translation>पोर्टलकडून:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूर्ण नाव</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Give the hub's name in English and in Marathi.</source>
        <translation>केंद्राचे नाव इंग्रजी व मराठीत द्या.</translation>
    </message>
    <message>
        <source>Give the supervisor's full name.</source>
        <translation>पर्यवेक्षकाचे पूर्ण नाव द्या.</translation>
    </message>
    <message>
        <source>Grounds of the appeal</source>
        <translation>अपीलाची कारणे</translation>
    </message>
    <message>
        <source>Hold the document flat, fill the picture with it, then take the photo.</source>
        <translation>कागदपत्र सपाट धरा, ते पूर्ण चित्रात येऊ द्या, मग फोटो घ्या.</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>घर क्रमांक</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>Hub code</source>
        <translation>केंद्र कोड</translation>
    </message>
    <message>
        <source>Hub code: 3 to 12 letters or digits.</source>
        <translation>केंद्र कोड: 3 ते 12 अक्षरे किंवा अंक.</translation>
    </message>
    <message>
        <source>Hub name (English)</source>
        <translation>केंद्राचे नाव (इंग्रजी)</translation>
    </message>
    <message>
        <source>Hub name (Marathi)</source>
        <translation>केंद्राचे नाव (मराठी)</translation>
    </message>
    <message>
        <source>I have written it down — go to sign-in</source>
        <translation>मी लिहून घेतला — साइन-इनकडे जा</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>फाईल आयात करा…</translation>
    </message>
    <message>
        <source>It is shown only now and works once: at the first sign-in you choose your own password.</source>
        <translation>तो फक्त आत्ताच दिसतो आणि एकदाच चालतो: पहिल्या साइन-इनला तुम्ही तुमचा स्वतःचा पासवर्ड निवडाल.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>नोंद</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>ठेवा</translation>
    </message>
    <message>
        <source>Keep the current service</source>
        <translation>आहे तीच सेवा ठेवा</translation>
    </message>
    <message>
        <source>Keep this unfinished application in the drafts list and start another</source>
        <translation>हा अपूर्ण अर्ज मसुद्यांच्या यादीत ठेवा आणि दुसरा सुरू करा</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation>भाषा व अक्षरांचा आकार</translation>
    </message>
    <message>
        <source>Last contact: {when}</source>
        <translation>शेवटचा संपर्क: {when}</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>शेवटचे साइन-इन</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>शेवटचे यशस्वी सिंक</translation>
    </message>
    <message>
        <source>Lock the screen when idle</source>
        <translation>काम थांबल्यावर स्क्रीन लॉक करा</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लॉग इन</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>मराठी</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>दिले म्हणून नोंदवा</translation>
    </message>
    <message>
        <source>Marked delivered.</source>
        <translation>दिले म्हणून नोंदवले.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाईल</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>मोबाईल क्रमांक</translation>
    </message>
    <message>
        <source>More than 30 days have passed: the reason for the delay</source>
        <translation>30 दिवसांपेक्षा जास्त झाले: उशिराचे कारण</translation>
    </message>
    <message>
        <source>Mother's name</source>
        <translation>आईचे नाव</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Name (either script), receipt no., mobile or portal no.</source>
        <translation>नाव (कोणत्याही लिपीत), पावती क्र., मोबाईल किंवा पोर्टल क्र.</translation>
    </message>
    <message>
        <source>Need attention: {n}</source>
        <translation>लक्ष द्या: {n}</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>नवीन अर्ज</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नवीन पासवर्ड</translation>
    </message>
    <message>
        <source>New scans in the scan folder</source>
        <translation>स्कॅन फोल्डरमधील नवे स्कॅन</translation>
    </message>
    <message>
        <source>New service list installed: version {v}.</source>
        <translation>नवी सेवा सूची स्थापित झाली: आवृत्ती {v}.</translation>
    </message>
    <message>
        <source>New temporary password</source>
        <translation>नवीन तात्पुरता पासवर्ड</translation>
    </message>
    <message>
        <source>No application is set aside.</source>
        <translation>कोणताही अर्ज बाजूला ठेवलेला नाही.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>अजून एकही बॅकअप नाही.</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera and open this again, or put the document on the scanner.</source>
        <translation>कॅमेरा सापडला नाही. कॅमेरा जोडून हे पुन्हा उघडा, किंवा कागदपत्र स्कॅनरवर ठेवा.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, so nothing was printed.</source>
        <translation>या संगणकावर एकही प्रिंटर जोडलेला नाही, त्यामुळे काहीही छापले गेले नाही.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, so nothing was printed. Save PDF keeps a copy to print elsewhere.</source>
        <translation>या संगणकावर एकही प्रिंटर जोडलेला नाही, त्यामुळे काहीही छापले गेले नाही. दुसरीकडे छापण्यासाठी 'PDF जतन करा' ने प्रत ठेवा.</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>गुणांकन नाही</translation>
    </message>
    <message>
        <source>Nomadic Tribe B (NT-B)</source>
        <translation>भटक्या जमाती ब (भ.ज.-ब)</translation>
    </message>
    <message>
        <source>Nomadic Tribe C (NT-C)</source>
        <translation>भटक्या जमाती क (भ.ज.-क)</translation>
    </message>
    <message>
        <source>Nomadic Tribe D (NT-D)</source>
        <translation>भटक्या जमाती ड (भ.ज.-ड)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>अजून तपासले नाही</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>सुरू नाही.</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>अजून जतन केलेले नाही</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>पाठवण्यासाठी काही बाकी नाही</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक आहे</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>ऑफलाइन: {reason}</translation>
    </message>
    <message>
        <source>One village per line</source>
        <translation>प्रत्येक ओळीत एक गाव</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Only a supervisor can open this.</source>
        <translation>हे फक्त पर्यवेक्षक उघडू शकतात.</translation>
    </message>
    <message>
        <source>Villages of the ring</source>
        <translation>समूहातील गावे (रिंग)</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>माहीत असल्यास</translation>
    </message>
    <message>
        <source>Name (English, Marathi)</source>
        <translation>नाव (इंग्रजी, मराठी)</translation>
    </message>
    <message>
        <source>LGD village code, PIN</source>
        <translation>एलजीडी गाव कोड, पिन</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>गाव जोडा</translation>
    </message>
    <message>
        <source>Remove selected village</source>
        <translation>निवडलेले गाव काढा</translation>
    </message>
    <message>
        <source>Pick a village in the list first.</source>
        <translation>आधी यादीतील एक गाव निवडा.</translation>
    </message>
    <message>
        <source>Village saved: %1. The portal is told at the next sync.</source>
        <translation>गाव जतन केले: %1. पुढच्या सिंकला पोर्टलला कळवले जाईल.</translation>
    </message>
    <message>
        <source>Village removed: %1. The portal is told at the next sync.</source>
        <translation>गाव काढले: %1. पुढच्या सिंकला पोर्टलला कळवले जाईल.</translation>
    </message>
    <message>
        <source>Only an approved application is handed over.</source>
        <translation>फक्त मंजूर झालेला अर्जच सुपूर्द केला जातो.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>ऑपरेटर: {name}</translation>
    </message>
    <message>
        <source>Other Backward Class (OBC)</source>
        <translation>इतर मागास वर्ग (इ.मा.व.)</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Page printer</source>
        <translation>पान प्रिंटर</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>पान {n}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Past or near the RTS due date</source>
        <translation>सेवा हमी मुदत जवळ आलेले किंवा संपलेले</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>वैयक्तिक माहिती</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>पोर्टलचा पत्ता</translation>
    </message>
    <message>
        <source>Portal address: use {secure} ({plain} only for this computer).</source>
        <translation>पोर्टलचा पत्ता: {secure} वापरा ({plain} फक्त या संगणकासाठी).</translation>
    </message>
    <message>
        <source>Portal no.</source>
        <translation>पोर्टल क्र.</translation>
    </message>
    <message>
        <source>Portal settings saved; the secret is in the keyring.</source>
        <translation>पोर्टल सेटिंग्ज जतन झाल्या; गुप्त की कीरिंगमध्ये आहे.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>छापा</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>प्रमाणपत्र छापा</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>पावती प्रिंटरवर छापा</translation>
    </message>
    <message>
        <source>Print on:</source>
        <translation>यावर छापा:</translation>
    </message>
    <message>
        <source>Printed on the receipt printer.</source>
        <translation>पावती प्रिंटरवर छापले.</translation>
    </message>
    <message>
        <source>Printed {n} page.</source>
        <translation>{n} पान छापले.</translation>
    </message>
    <message>
        <source>Printed {n} pages.</source>
        <translation>{n} पाने छापली.</translation>
    </message>
    <message>
        <source>Printer choice saved.</source>
        <translation>प्रिंटरची निवड जतन झाली.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Printing on the receipt printer…</source>
        <translation>पावती प्रिंटरवर छापत आहे…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>छापत आहे…</translation>
    </message>
    <message>
        <source>Password of {name}</source>
        <translation>{name} चा पासवर्ड</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Processing {name}…</source>
        <translation>{name} प्रक्रिया सुरू…</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>प्रोग्रामची आवृत्ती</translation>
    </message>
    <message>
        <source>Reached the portal, but not everything went through.</source>
        <translation>पोर्टलशी संपर्क झाला, पण सगळे पूर्ण झाले नाही.</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>QR कोड वाचत आहे…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>पावती क्र.</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS)</source>
        <translation>पावती प्रिंटर (ESC/POS)</translation>
    </message>
    <message>
        <source>Receipt printer removed.</source>
        <translation>पावती प्रिंटर काढला.</translation>
    </message>
    <message>
        <source>Receipt printer saved.</source>
        <translation>पावती प्रिंटर जतन झाला.</translation>
    </message>
    <message>
        <source>Receipt {no}</source>
        <translation>पावती {no}</translation>
    </message>
    <message>
        <source>Refused by the portal (need attention)</source>
        <translation>पोर्टलने नाकारलेले (लक्ष द्या)</translation>
    </message>
    <message>
        <source>Remove last page</source>
        <translation>शेवटचे पान काढा</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>निवडलेले कागदपत्र काढा</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>नवीन पासवर्ड पुन्हा लिहा</translation>
    </message>
    <message>
        <source>Reporting to the portal</source>
        <translation>पोर्टलला माहिती देत आहे</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>पावती पुन्हा छापा</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>निवडलेला बॅकअप पुनर्स्थापित करा</translation>
    </message>
    <message>
        <source>Retry the selected item</source>
        <translation>निवडलेली नोंद पुन्हा पाठवा</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF जतन करा</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>जतन करा व पावती छापा</translation>
    </message>
    <message>
        <source>Save and send again</source>
        <translation>जतन करा व पुन्हा पाठवा</translation>
    </message>
    <message>
        <source>Save day-close PDF</source>
        <translation>दिवस बंद PDF जतन करा</translation>
    </message>
    <message>
        <source>Save hub</source>
        <translation>केंद्र जतन करा</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>पासवर्ड जतन करा</translation>
    </message>
    <message>
        <source>Save portal settings</source>
        <translation>पोर्टल सेटिंग्ज जतन करा</translation>
    </message>
    <message>
        <source>Save receipt printer</source>
        <translation>पावती प्रिंटर जतन करा</translation>
    </message>
    <message>
        <source>Saved. Receipt no. {no}</source>
        <translation>जतन झाले. पावती क्र. {no}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>जतन झाले: {path}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>जतन होत आहे…</translation>
    </message>
    <message>
        <source>Scan folder</source>
        <translation>स्कॅन फोल्डर</translation>
    </message>
    <message>
        <source>Scheduled Caste (SC)</source>
        <translation>अनुसूचित जाती (अ.जा.)</translation>
    </message>
    <message>
        <source>Scheduled Tribe (ST)</source>
        <translation>अनुसूचित जमाती (अ.ज.)</translation>
    </message>
    <message>
        <source>Search a service in Marathi or English</source>
        <translation>सेवा मराठी किंवा इंग्रजीत शोधा</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>गुप्त की</translation>
    </message>
    <message>
        <source>Select a scan first.</source>
        <translation>आधी एक स्कॅन निवडा.</translation>
    </message>
    <message>
        <source>Self-declaration</source>
        <translation>स्वयंघोषणापत्र</translation>
    </message>
    <message>
        <source>Sending applications</source>
        <translation>अर्ज पाठवत आहे</translation>
    </message>
    <message>
        <source>Sent so far: {kb} KB</source>
        <translation>आतापर्यंत पाठवले: {kb} KB</translation>
    </message>
    <message>
        <source>Sent {sent}, refused {rejected}; {status} status updates, {certs} certificates.</source>
        <translation>पाठवले {sent}, नाकारले {rejected}; स्थितीतील बदल {status}, प्रमाणपत्रे {certs}.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>सेवेचा तपशील</translation>
    </message>
    <message>
        <source>Service list</source>
        <translation>सेवा सूची</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>बाजूला ठेवा</translation>
    </message>
    <message>
        <source>Set up this kiosk's hub</source>
        <translation>या किऑस्कचे केंद्र नोंदवा</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्ज</translation>
    </message>
    <message>
        <source>Seva Kiosk</source>
        <translation>सेवा किऑस्क</translation>
    </message>
    <message>
        <source>Sign-in is not possible right now. Tell the supervisor; details are in the log.</source>
        <translation>आत्ता साइन-इन होऊ शकत नाही. पर्यवेक्षकांना सांगा; तपशील लॉगमध्ये आहेत.</translation>
    </message>
    <message>
        <source>Socially and Educationally Backward Class (SEBC)</source>
        <translation>सामाजिक व शैक्षणिक मागास वर्ग (एस.ई.बी.सी.)</translation>
    </message>
    <message>
        <source>Some answers could not be fetched; they will be asked for again.</source>
        <translation>काही उत्तरे आणता आली नाहीत; ती पुन्हा मागितली जातील.</translation>
    </message>
    <message>
        <source>Special Backward Class (SBC)</source>
        <translation>विशेष मागास प्रवर्ग (वि.मा.प्र.)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>स्थितीचा क्रम</translation>
    </message>
    <message>
        <source>Still waiting to be sent: {n}; they are tried again by themselves.</source>
        <translation>अजून पाठवायचे बाकी: {n}; ते आपोआप पुन्हा पाठवले जातील.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>पूर्ण होण्याआधी थांबवले.</translation>
    </message>
    <message>
        <source>Stored in the keyring — type only to replace it</source>
        <translation>कीरिंगमध्ये जतन आहे — बदलायची असेल तरच लिहा</translation>
    </message>
    <message>
        <source>Street / area</source>
        <translation>रस्ता / परिसर</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Supervisor {u}, temporary password:</source>
        <translation>पर्यवेक्षक {u}, तात्पुरता पासवर्ड:</translation>
    </message>
    <message>
        <source>Supervisors only: cancel an application taken by mistake, before it is sent.</source>
        <translation>फक्त पर्यवेक्षक: चुकून घेतलेला अर्ज पाठवण्यापूर्वी रद्द करा.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>आडनाव</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>आत्ता सिंक करा (F5)</translation>
    </message>
    <message>
        <source>Sync stopped by an error</source>
        <translation>त्रुटीमुळे सिंक थांबले</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>सिंक सुरू… {stage}</translation>
    </message>
    <message>
        <source>TRAINING MODE — practice data, nothing goes to the real portal</source>
        <translation>प्रशिक्षण मोड — सरावाची माहिती, खऱ्या पोर्टलवर काहीही जात नाही</translation>
    </message>
    <message>
        <source>Take a photo of the document</source>
        <translation>कागदपत्राचा फोटो घ्या</translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation>फोटो घ्या…</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>फोटो घ्या (स्पेस)</translation>
    </message>
    <message>
        <source>Taken between</source>
        <translation>अर्ज घेतल्याची तारीख</translation>
    </message>
    <message>
        <source>Taluka</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>तात्पुरता पासवर्ड</translation>
    </message>
    <message>
        <source>Temporary password for {u} (shown once; it must be changed at the first sign-in):</source>
        <translation>{u} साठी तात्पुरता पासवर्ड (एकदाच दाखवला जातो; पहिल्या साइन-इनला बदलावा लागेल):</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>अक्षरांचा आकार</translation>
    </message>
    <message>
        <source>That photo came out empty. Take it again.</source>
        <translation>तो फोटो रिकामा आला. पुन्हा घ्या.</translation>
    </message>
    <message>
        <source>The applicant's details are kept.</source>
        <translation>अर्जदाराचा तपशील तसाच राहील.</translation>
    </message>
    <message>
        <source>The application set aside was opened again.</source>
        <translation>बाजूला ठेवलेला अर्ज पुन्हा उघडला.</translation>
    </message>
    <message>
        <source>The application was set aside: open it again from Drafts.</source>
        <translation>अर्ज बाजूला ठेवला: तो मसुद्यांमधून पुन्हा उघडा.</translation>
    </message>
    <message>
        <source>The camera is not ready yet. Wait a moment and try again.</source>
        <translation>कॅमेरा अजून तयार नाही. थोडे थांबून पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The camera stopped working. Check its cable and try again, or put the document on the scanner.</source>
        <translation>कॅमेरा बंद पडला. त्याची केबल तपासून पुन्हा प्रयत्न करा, किंवा कागदपत्र स्कॅनरवर ठेवा.</translation>
    </message>
    <message>
        <source>The certificate has not arrived yet.</source>
        <translation>प्रमाणपत्र अजून आलेले नाही.</translation>
    </message>
    <message>
        <source>The citizen agrees to be called by the independent verifier about this service</source>
        <translation>या सेवेबद्दल स्वतंत्र पडताळणी करणाऱ्यांनी फोन करण्यास नागरिकाची संमती आहे</translation>
    </message>
    <message>
        <source>The documents were added.</source>
        <translation>कागदपत्रे जोडली.</translation>
    </message>
    <message>
        <source>The hub's first supervisor</source>
        <translation>केंद्राचे पहिले पर्यवेक्षक</translation>
    </message>
    <message>
        <source>The item will be sent again with the next sync.</source>
        <translation>ही नोंद पुढील सिंकमध्ये पुन्हा पाठवली जाईल.</translation>
    </message>
    <message>
        <source>The notice was read to the citizen, who agrees</source>
        <translation>सूचना नागरिकाला वाचून दाखवली व त्यांनी संमती दिली</translation>
    </message>
    <message>
        <source>The portal could not be asked now; try again after a sync.</source>
        <translation>आत्ता पोर्टलला विचारता आले नाही; सिंकनंतर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The portal refused it: {reason}</source>
        <translation>पोर्टलने नाकारले: {reason}</translation>
    </message>
    <message>
        <source>The portal was not reached: {reason}.</source>
        <translation>पोर्टलपर्यंत पोहोचता आले नाही: {reason}.</translation>
    </message>
    <message>
        <source>The portal was reached; checking what is left…</source>
        <translation>पोर्टलशी संपर्क झाला; काय बाकी आहे ते तपासत आहे…</translation>
    </message>
    <message>
        <source>The preview cannot be shown; the receipt is saved and can be printed.</source>
        <translation>पूर्वावलोकन दाखवता येत नाही; पावती जतन झाली आहे व छापता येईल.</translation>
    </message>
    <message>
        <source>The printer {name} did not take the certificate: nothing was printed.</source>
        <translation>प्रिंटर {name} ने प्रमाणपत्र घेतले नाही: काहीही छापले गेले नाही.</translation>
    </message>
    <message>
        <source>The printer {name} did not take the receipt: nothing was printed. Check the printer, or use Save PDF.</source>
        <translation>प्रिंटर {name} ने पावती घेतली नाही: काहीही छापले गेले नाही. प्रिंटर तपासा, किंवा 'PDF जतन करा' वापरा.</translation>
    </message>
    <message>
        <source>The rest goes with the next sync.</source>
        <translation>उरलेले पुढील सिंकसोबत जाईल.</translation>
    </message>
    <message>
        <source>The screen now locks after {n} idle minutes.</source>
        <translation>आता काम थांबल्यावर {n} मिनिटांनी स्क्रीन लॉक होईल.</translation>
    </message>
    <message>
        <source>The screen was locked. Sign in again to continue.</source>
        <translation>स्क्रीन लॉक झाली. पुढे जाण्यासाठी पुन्हा साइन-इन करा.</translation>
    </message>
    <message>
        <source>The service list is already the newest.</source>
        <translation>सेवा सूची आधीच नवीनतम आहे.</translation>
    </message>
    <message>
        <source>The supervisor signs in first, adds the operators and manages settings and backups. A temporary password is shown once on the next page.</source>
        <translation>पर्यवेक्षक प्रथम साइन-इन करतात, ऑपरेटर जोडतात आणि सेटिंग्ज व बॅकअप सांभाळतात. पुढच्या पानावर तात्पुरता पासवर्ड एकदाच दाखवला जाईल.</translation>
    </message>
    <message>
        <source>The system's default printer</source>
        <translation>सिस्टीमचा मूळ प्रिंटर</translation>
    </message>
    <message>
        <source>The temporary password no longer works. Sign in again.</source>
        <translation>तात्पुरता पासवर्ड आता चालत नाही. पुन्हा साइन-इन करा.</translation>
    </message>
    <message>
        <source>The time limit starts on the day the last missing document is added.</source>
        <translation>शेवटचे राहिलेले कागदपत्र जोडल्याच्या दिवसापासून मुदत सुरू होते.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दोन्ही पासवर्ड सारखे नाहीत.</translation>
    </message>
    <message>
        <source>The unfinished application was restored.</source>
        <translation>अपूर्ण अर्ज परत आणला.</translation>
    </message>
    <message>
        <source>These answers will be removed: {fields}</source>
        <translation>ही उत्तरे काढली जातील: {fields}</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the supervisor.</source>
        <translation>हे खाते बंद केले आहे. पर्यवेक्षकांना विचारा.</translation>
    </message>
    <message>
        <source>This is a temporary password: choose your own password now.</source>
        <translation>हा तात्पुरता पासवर्ड आहे: आता तुमचा स्वतःचा पासवर्ड निवडा.</translation>
    </message>
    <message>
        <source>This is the newest version ({v}).</source>
        <translation>ही नवीनतम आवृत्ती आहे ({v}).</translation>
    </message>
    <message>
        <source>This is the training hub: a real portal can be set only on a real hub.</source>
        <translation>हे प्रशिक्षण केंद्र आहे: खरे पोर्टल फक्त खऱ्या केंद्रावरच जोडता येते.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>हे किऑस्क</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Wait {s} seconds.</source>
        <translation>खूप वेळा चुकीचा प्रयत्न. {s} सेकंद थांबा.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {s} seconds. Try again after that.</source>
        <translation>खूप वेळा चुकीचा पासवर्ड: हे खाते {s} सेकंदांसाठी लॉक आहे. त्यानंतर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Total to collect</source>
        <translation>घ्यायची एकूण रक्कम</translation>
    </message>
    <message>
        <source>Training login: user {u}, password {p}</source>
        <translation>प्रशिक्षण लॉगिन: वापरकर्ता {u}, पासवर्ड {p}</translation>
    </message>
    <message>
        <source>Training operator</source>
        <translation>प्रशिक्षण ऑपरेटर</translation>
    </message>
    <message>
        <source>Training simulator (bundled)</source>
        <translation>प्रशिक्षण सिम्युलेटर (सोबतचा)</translation>
    </message>
    <message>
        <source>Transgender</source>
        <translation>तृतीयपंथी</translation>
    </message>
    <message>
        <source>Type the portal secret: none is stored for this client id yet.</source>
        <translation>पोर्टलची गुप्त की लिहा: या क्लायंट आयडीसाठी अजून कोणतीही जतन नाही.</translation>
    </message>
    <message>
        <source>Uploading documents</source>
        <translation>कागदपत्रे अपलोड होत आहेत</translation>
    </message>
    <message>
        <source>Uploading {kb} KB</source>
        <translation>{kb} KB अपलोड होत आहे</translation>
    </message>
    <message>
        <source>Use the training demo hub</source>
        <translation>प्रशिक्षणासाठी नमुना केंद्र वापरा</translation>
    </message>
    <message>
        <source>Use these pages</source>
        <translation>ही पाने वापरा</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>User name (a-z, digits)</source>
        <translation>वापरकर्ता नाव (a-z, अंक)</translation>
    </message>
    <message>
        <source>User name or password is wrong.</source>
        <translation>वापरकर्ता नाव किंवा पासवर्ड चुकीचा आहे.</translation>
    </message>
    <message>
        <source>User name: 3 to 32 letters a-z, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>वापरकर्ता नाव: 3 ते 32 अक्षरे (a-z, अंक, '.', '_' किंवा '-'), सुरुवात अक्षराने.</translation>
    </message>
    <message>
        <source>User {u}: the temporary password works only once. Use at least {n} characters, not your user name and not an easy word.</source>
        <translation>वापरकर्ता {u}: तात्पुरता पासवर्ड एकदाच चालतो. किमान {n} अक्षरे वापरा, तुमचे वापरकर्ता नाव नको आणि सोपा शब्द नको.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>वापरकर्ते</translation>
    </message>
    <message>
        <source>Version in use: {v}</source>
        <translation>वापरातील आवृत्ती: {v}</translation>
    </message>
    <message>
        <source>Village / town</source>
        <translation>गाव / शहर</translation>
    </message>
    <message>
        <source>Villages served</source>
        <translation>सेवा दिली जाणारी गावे</translation>
    </message>
    <message>
        <source>Vimukta Jati (VJ-A)</source>
        <translation>विमुक्त जाती (वि.जा.-अ)</translation>
    </message>
    <message>
        <source>Void application</source>
        <translation>अर्ज रद्द करा</translation>
    </message>
    <message>
        <source>Void {receipt}? It will not be sent to the portal. Refund the fee to the citizen; the receipt number is not used again.</source>
        <translation>{receipt} रद्द करायचा? तो पोर्टलवर पाठवला जाणार नाही. नागरिकाला शुल्क परत करा; हा पावती क्रमांक पुन्हा वापरला जाणार नाही.</translation>
    </message>
    <message>
        <source>Voided. Refund the fee to the citizen.</source>
        <translation>अर्ज रद्द झाला. नागरिकाला शुल्क परत करा.</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>रद्द करा…</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, then restore.</source>
        <translation>सिंक पूर्ण होऊ द्या, मग पुनर्स्थापित करा.</translation>
    </message>
    <message>
        <source>Wait: a document is still being processed.</source>
        <translation>थांबा: एका कागदपत्राची प्रक्रिया अजून सुरू आहे.</translation>
    </message>
    <message>
        <source>Waiting after wrong passwords</source>
        <translation>चुकीच्या पासवर्डनंतर प्रतीक्षा</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>पुन्हा प्रयत्नाची वाट पाहत आहे</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>पाठवण्यासाठी रांगेत</translation>
    </message>
    <message>
        <source>Waiting to send: {n}</source>
        <translation>पाठवण्यासाठी रांगेत: {n}</translation>
    </message>
    <message>
        <source>Write down the temporary password</source>
        <translation>तात्पुरता पासवर्ड लिहून घ्या</translation>
    </message>
    <message>
        <source>a Wi-Fi sign-in page is in the way</source>
        <translation>वाय-फायचे साइन-इन पान मध्ये येत आहे</translation>
    </message>
    <message>
        <source>a problem on this computer (details in the log)</source>
        <translation>या संगणकावरील अडचण (तपशील लॉगमध्ये)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ते</translation>
    </message>
    <message>
        <source>any one of</source>
        <translation>यांपैकी कोणतेही एक</translation>
    </message>
    <message>
        <source>camera photo</source>
        <translation>कॅमेरा फोटो</translation>
    </message>
    <message>
        <source>min</source>
        <translation>मिनिटे</translation>
    </message>
    <message>
        <source>need attention: {n}</source>
        <translation>लक्ष द्या: {n}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कधीच नाही</translation>
    </message>
    <message>
        <source>no connection to the portal</source>
        <translation>पोर्टलशी जोडणी नाही</translation>
    </message>
    <message>
        <source>the portal is not answering properly</source>
        <translation>पोर्टल नीट उत्तर देत नाही</translation>
    </message>
    <message>
        <source>the portal refused this hub's sign-in</source>
        <translation>पोर्टलने या केंद्राचे साइन-इन नाकारले</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>सुरक्षित जोडणी अयशस्वी झाली</translation>
    </message>
    <message>
        <source>this computer's clock is wrong</source>
        <translation>या संगणकाचे घड्याळ चुकीचे आहे</translation>
    </message>
    <message>
        <source>{doc} — {name}, {pages} page, {kb} KB after compression</source>
        <translation>{doc} — {name}, {pages} पान, संक्षेपानंतर {kb} KB</translation>
    </message>
    <message>
        <source>{doc} — {name}, {pages} pages, {kb} KB after compression</source>
        <translation>{doc} — {name}, {pages} पाने, संक्षेपानंतर {kb} KB</translation>
    </message>
    <message>
        <source>{name} (not connected now)</source>
        <translation>{name} (सध्या जोडलेला नाही)</translation>
    </message>
    <message>
        <source>{n} applications rejected</source>
        <translation>{n} अर्ज नामंजूर</translation>
    </message>
    <message>
        <source>{n} applications returned for more documents</source>
        <translation>{n} अर्ज अधिक कागदपत्रांसाठी परत आले</translation>
    </message>
    <message>
        <source>{n} applications, {total} collected</source>
        <translation>{n} अर्ज, {total} जमा</translation>
    </message>
    <message>
        <source>{n} certificates ready to hand over</source>
        <translation>{n} प्रमाणपत्रे देण्यासाठी तयार</translation>
    </message>
    <message>
        <source>{past} overdue, {near} due within 3 days</source>
        <translation>{past} मुदत संपलेले, {near} 3 दिवसांत देय</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {total} पैकी {done}</translation>
    </message>
    <message>
        <source>{u} can sign in again.</source>
        <translation>{u} पुन्हा साइन-इन करू शकतात.</translation>
    </message>
    <message>
        <source>{u} is disabled.</source>
        <translation>{u} यांचे खाते बंद केले.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोड्स</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>मुख्य फोल्डर</translation>
    </message>
    <message>
        <source>USB drive: %1</source>
        <translation>USB ड्राइव्ह: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कुठून</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>एक फोल्डर वर</translation>
    </message>
    <message>
        <source>No files here that the kiosk can read (photos or PDF).</source>
        <translation>येथे किऑस्क वाचू शकेल अशी फाइल नाही (फोटो किंवा PDF).</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>ही फाइल वापरा</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>आधी फाइल निवडा.</translation>
    </message>
    <message>
        <source>Aadhaar QR not verified</source>
        <translation>आधार QR पडताळलेला नाही</translation>
    </message>
    <message>
        <source>UIDAI's signature on this QR did not verify: its details may have been changed. Compare them with the citizen's card. Fill the form anyway? The application will record the Aadhaar as not verified.</source>
        <translation>या QR वरील यूआयडीएआयची स्वाक्षरी पडताळली गेली नाही: त्यातील तपशील बदललेले असू शकतात. ते नागरिकाच्या कार्डाशी जुळवून पाहा. तरीही अर्ज भरायचा? अर्जात आधार &quot;पडताळलेले नाही&quot; अशी नोंद होईल.</translation>
    </message>
    <message>
        <source>Fill, recorded as not verified</source>
        <translation>भरा, &quot;पडताळलेले नाही&quot; अशी नोंद</translation>
    </message>
    <message>
        <source>Do not fill</source>
        <translation>भरू नका</translation>
    </message>
    <message>
        <source>File appeal…</source>
        <translation>अपील दाखल करा…</translation>
    </message>
    <message>
        <source>File appeal</source>
        <translation>अपील दाखल करा</translation>
    </message>
    <message>
        <source>Reason for the appeal</source>
        <translation>अपिलाचे कारण</translation>
    </message>
    <message>
        <source>In the citizen's words (needed for “Other grounds”)</source>
        <translation>नागरिकाच्या शब्दांत (“इतर कारणे” निवडल्यास आवश्यक)</translation>
    </message>
    <message>
        <source>Appeal {level} filed; it goes with the next sync. Print the acknowledgement for the citizen.</source>
        <translation>अपील {level} दाखल झाले; पुढील सिंकसोबत पाठवले जाईल. नागरिकासाठी पोच पावती छापा.</translation>
    </message>
    <message>
        <source>Appeal acknowledgement printed.</source>
        <translation>अपिलाची पोच पावती छापली.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>सर्व विभाग</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} दिवस</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} दिवस</translation>
    </message>
    <message>
        <source>fee not known</source>
        <translation>शुल्क माहीत नाही</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>शुल्क नाही</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>अनुवादित</translation>
    </message>
    <message>
        <source>Marathi typed in English letters is found too. ↑ ↓ choose, Enter opens, Ctrl+↑ ↓ another department.</source>
        <translation>इंग्रजी अक्षरांत लिहिलेले मराठीही सापडते. ↑ ↓ निवडा, एंटर दाबल्यावर उघडते, कंट्रोल+↑ ↓ दुसरा विभाग.</translation>
    </message>
    <message>
        <source>No service found. Type fewer letters, or look in all departments.</source>
        <translation>एकही सेवा सापडली नाही. कमी अक्षरे लिहा, किंवा सर्व विभागांत पाहा.</translation>
    </message>
    <message>
        <source>Acknowledgement by SMS</source>
        <translation>पोचपावती एसएमएसने</translation>
    </message>
    <message>
        <source>Acknowledgement: WhatsApp if ticked, else SMS</source>
        <translation>पोचपावती: निवडले असल्यास व्हॉट्सॲपवर, नाहीतर एसएमएसने</translation>
    </message>
    <message>
        <source>Certificates whose delivery failed: print them here or change the channel</source>
        <translation>पाठवता न आलेली प्रमाणपत्रे: येथे छापा किंवा मार्ग बदला</translation>
    </message>
    <message>
        <source>Change delivery</source>
        <translation>पाठवण्याचा मार्ग बदला</translation>
    </message>
    <message>
        <source>DigiLocker mobile (blank: the mobile above)</source>
        <translation>डिजिलॉकरचा मोबाइल (रिकामे: वरचा मोबाइल)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>E-mail address (blank: the one above)</source>
        <translation>ई-मेल पत्ता (रिकामे: वरचा पत्ता)</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>न पोहोचलेली प्रमाणपत्रे</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>शोधत आहे…</translation>
    </message>
    <message>
        <source>No acknowledgement message</source>
        <translation>पोचपावतीचा संदेश नको</translation>
    </message>
    <message>
        <source>Portal / DigiLocker</source>
        <translation>पोर्टल / डिजिलॉकर</translation>
    </message>
    <message>
        <source>Print at this hub</source>
        <translation>या केंद्रावर छापून</translation>
    </message>
    <message>
        <source>Receipt look-up and delivery</source>
        <translation>पावतीवरून स्थिती आणि प्रमाणपत्र पाठवणी</translation>
    </message>
    <message>
        <source>Receipt look-up and delivery… (F6)</source>
        <translation>पावतीवरून स्थिती आणि पाठवणी… (F6)</translation>
    </message>
    <message>
        <source>Scan the receipt's QR or type its number, then Enter</source>
        <translation>पावतीचा QR स्कॅन करा किंवा क्रमांक लिहा, मग एंटर</translation>
    </message>
    <message>
        <source>The acknowledgement carries the receipt number and due date; it is sent by the portal with the application.</source>
        <translation>पोचपावतीत पावती क्रमांक आणि अपेक्षित तारीख असते; पोर्टल ती अर्जासोबत पाठवते.</translation>
    </message>
    <message>
        <source>The citizen agrees to receive it this way</source>
        <translation>नागरिकाची या मार्गाने घेण्यास संमती आहे</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>व्हॉट्सॲप</translation>
    </message>
    <message>
        <source>WhatsApp number (blank: the mobile above)</source>
        <translation>व्हॉट्सॲप क्रमांक (रिकामे: वरचा मोबाइल)</translation>
    </message>
    <message>
        <source>Take the fee for {no}</source>
        <translation>{no} चे शुल्क घ्या</translation>
    </message>
    <message>
        <source>Fee to take</source>
        <translation>घ्यायचे शुल्क</translation>
    </message>
    <message>
        <source>Cash, into my drawer</source>
        <translation>रोख, माझ्या गल्ल्यात</translation>
    </message>
    <message>
        <source>Cash {cash} (in the drawers) · UPI {upi} (in the bank) · pending {pending} (not received)</source>
        <translation>रोख {cash} (गल्ल्यांत) · यूपीआय {upi} (बँकेत) · बाकी {pending} (मिळाले नाही)</translation>
    </message>
    <message>
        <source>UPI payments (check against the bank statement)</source>
        <translation>यूपीआय भरणा (बँक विवरणाशी जुळवा)</translation>
    </message>
    <message>
        <source>UPI reference (UTR)</source>
        <translation>यूपीआय संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>(fee taken later)</source>
        <translation>(शुल्क नंतर घेतले)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>शुल्क भरणा</translation>
    </message>
    <message>
        <source>UPI: the QR is shown after saving</source>
        <translation>यूपीआय: जतन केल्यावर QR दिसेल</translation>
    </message>
    <message>
        <source>Not paid yet (payment pending)</source>
        <translation>अजून भरले नाही (शुल्क भरणे बाकी)</translation>
    </message>
    <message>
        <source>After saving, the QR for the exact fee is shown (its note is the receipt number); type the UTR from the citizen's phone there.</source>
        <translation>जतन केल्यावर नेमक्या शुल्काचा QR दिसेल (त्याची टीप पावती क्रमांक असते); नागरिकाच्या फोनवरील UTR तिथे टाइप करा.</translation>
    </message>
    <message>
        <source>The receipt will say PAYMENT PENDING; take the fee later from Payments pending.</source>
        <translation>पावतीवर 'शुल्क भरणे बाकी' असे छापले जाईल; शुल्क नंतर 'शुल्क भरणे बाकी' मधून घ्या.</translation>
    </message>
    <message>
        <source>Saved. Receipt no. {no}: the fee is not taken yet, it waits under Payments pending.</source>
        <translation>जतन झाले. पावती क्र. {no}: शुल्क अजून घेतलेले नाही, ते 'शुल्क भरणे बाकी' मध्ये थांबले आहे.</translation>
    </message>
    <message>
        <source>UPI: the citizen scans the QR</source>
        <translation>यूपीआय: नागरिक QR स्कॅन करतात</translation>
    </message>
    <message>
        <source>Preparing the QR…</source>
        <translation>QR तयार होत आहे…</translation>
    </message>
    <message>
        <source>12-digit UPI reference (UTR) from the citizen's phone</source>
        <translation>नागरिकाच्या फोनवरील 12 अंकी यूपीआय संदर्भ (UTR)</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>भरणा नोंदवा</translation>
    </message>
    <message>
        <source>Pays {amount} to {payee}; the note is the receipt number.</source>
        <translation>{payee} यांना {amount} जातील; टीपेत पावती क्रमांक आहे.</translation>
    </message>
    <message>
        <source>Type the 12-digit UPI reference (UTR) from the citizen's phone.</source>
        <translation>नागरिकाच्या फोनवरील 12 अंकी यूपीआय संदर्भ (UTR) लिहा.</translation>
    </message>
    <message>
        <source>Payments pending</source>
        <translation>शुल्क भरणे बाकी</translation>
    </message>
    <message>
        <source>Close the visit…</source>
        <translation>भेट बंद करा…</translation>
    </message>
    <message>
        <source>Doorstep visit</source>
        <translation>घरपोच भेट</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>भेट सुरू करा</translation>
    </message>
    <message>
        <source>Close the visit</source>
        <translation>भेट बंद करा</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>गाव</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>भेटीचा दिवस</translation>
    </message>
    <message>
        <source>Doorstep fee per application: {fee} (GR {gr})</source>
        <translation>प्रत्येक अर्जावर घरपोच सेवा शुल्क: {fee} (शासन निर्णय {gr})</translation>
    </message>
    <message>
        <source>Reading the visit's figures…</source>
        <translation>भेटीचे आकडे वाचत आहे…</translation>
    </message>
    <message>
        <source>Cash counted from the visit's bag (₹)</source>
        <translation>भेटीच्या पिशवीतील मोजलेली रोख (₹)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>अर्जदार</translation>
    </message>
    <message>
        <source>Marathi name</source>
        <translation>मराठी नाव</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>इंग्रजी नाव</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>कालमर्यादा</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>शुल्क घ्या…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>पुन्हा वाचा</translation>
    </message>
    <message>
        <source>{n} fees to take, {total} in all</source>
        <translation>{n} शुल्क घ्यायचे, एकूण {total}</translation>
    </message>
    <message>
        <source>UPI payments</source>
        <translation>यूपीआय भरणा</translation>
    </message>
    <message>
        <source>Payee address (VPA)</source>
        <translation>पैसे घेणाऱ्याचा यूपीआय पत्ता (यूपीआय आयडी)</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>पैसे घेणाऱ्याचे नाव</translation>
    </message>
    <message>
        <source>Save UPI payee</source>
        <translation>यूपीआय पत्ता जतन करा</translation>
    </message>
    <message>
        <source>UPI payee saved.</source>
        <translation>यूपीआय पत्ता जतन केला.</translation>
    </message>
    <message>
        <source>UPI is off: no payee address.</source>
        <translation>यूपीआय बंद: पत्ता नोंदलेला नाही.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>अर्जाचा प्रकार</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>{n} कामकाजाचे दिवस</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>माहिती आणत आहे…</translation>
    </message>
    <message>
        <source>detailed</source>
        <translation>सविस्तर</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>साधा</translation>
    </message>
    <message>
        <source>Not known yet: {list}</source>
        <translation>अजून माहीत नाही: {list}</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>यादी पाहा</translation>
    </message>
    <message>
        <source>Version {v}: {n} services, {d} with detailed forms, {f} with a known fee, {t} with a time limit, {o} with all three officers. Marathi names: {h} checked, {x} translated by the kiosk team.</source>
        <translation>आवृत्ती {v}: {n} सेवा, {d} सविस्तर अर्जांसह, {f} माहीत असलेल्या शुल्कासह, {t} कालमर्यादेसह, {o} तिन्ही अधिकाऱ्यांसह. मराठी नावे: {h} तपासलेली, {x} केंद्राच्या चमूने भाषांतरित केलेली.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>हा आठवडा</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>हा महिना</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>मागील महिना</translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation>हे आर्थिक वर्ष</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>सुरुवातीपासून</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Disposed
in time</source>
        <translation>मुदतीत
निकाली</translation>
    </message>
    <message>
        <source>Disposed
late</source>
        <translation>मुदतीनंतर
निकाली</translation>
    </message>
    <message>
        <source>Pending
in time</source>
        <translation>मुदतीत
प्रलंबित</translation>
    </message>
    <message>
        <source>Pending past
the limit</source>
        <translation>मुदत उलटून
प्रलंबित</translation>
    </message>
    <message>
        <source>Appeals
filed</source>
        <translation>दाखल
अपील</translation>
    </message>
    <message>
        <source>Certificates
to hand over</source>
        <translation>द्यायचे
दाखले</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>कालावधी:</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>सेवानिहाय</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>गावनिहाय</translation>
    </message>
    <message>
        <source>Applications received {first} – {last}, as they stand on {today}; appeals filed in the period.</source>
        <translation>{first} – {last} या काळात आलेले अर्ज, {today} रोजीच्या स्थितीनुसार; अपील या काळात दाखल झालेली.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>(village not given)</source>
        <translation>(गाव दिलेले नाही)</translation>
    </message>
    <message>
        <source>By service and village</source>
        <translation>सेवा व गावनिहाय</translation>
    </message>
    <message>
        <source>Applications received up to {last}, as they stand on {today}; all appeals filed.</source>
        <translation>{last} पर्यंत आलेले अर्ज, {today} रोजीच्या स्थितीनुसार; दाखल झालेली सर्व अपील.</translation>
    </message>
    <message>
        <source>{hub} ({code}) · counter {counter}</source>
        <translation>{hub} ({code}) · काउंटर {counter}</translation>
    </message>
    <message>
        <source>Returning citizen</source>
        <translation>पुन्हा आलेले नागरिक</translation>
    </message>
    <message>
        <source>Documents from the citizen's earlier applications can be used again, if they agree.</source>
        <translation>नागरिकाच्या आधीच्या अर्जांतील कागदपत्रे त्यांच्या संमतीने पुन्हा वापरता येतात.</translation>
    </message>
    <message>
        <source>The citizen agrees to this</source>
        <translation>नागरिकाची याला संमती आहे</translation>
    </message>
    <message>
        <source>Find earlier documents</source>
        <translation>आधीची कागदपत्रे शोधा</translation>
    </message>
    <message>
        <source>Looking for earlier documents…</source>
        <translation>आधीची कागदपत्रे शोधत आहे…</translation>
    </message>
    <message>
        <source>The citizen agrees to a call</source>
        <translation>नागरिकाची कॉलला संमती आहे</translation>
    </message>
    <message>
        <source>May the state's quality agency call the citizen about this service?</source>
        <translation>या सेवेबद्दल राज्याची गुणवत्ता तपासणी संस्था नागरिकाला फोन करू शकते का?</translation>
    </message>
</context>
</TS>
