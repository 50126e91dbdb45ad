<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <source>%v of %m items</source>
        <translation>%m में से %v प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(वैकल्पिक)</translation>
    </message>
    <message>
        <source>1 application rejected</source>
        <translation>1 आवेदन अस्वीकृत</translation>
    </message>
    <message>
        <source>1 application returned for more documents</source>
        <translation>1 आवेदन और दस्तावेज़ों के लिए लौटाया गया</translation>
    </message>
    <message>
        <source>1 certificate ready to hand over</source>
        <translation>1 प्रमाणपत्र सौंपने के लिए तैयार</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>सिंक पहले से चल रहा है।</translation>
    </message>
    <message>
        <source>A voided application's receipt is not printed again.</source>
        <translation>रद्द किए गए आवेदन की रसीद फिर से नहीं छापी जाती।</translation>
    </message>
    <message>
        <source>Aadhaar number (only the last 4 digits are kept)</source>
        <translation>आधार संख्या (केवल अंतिम 4 अंक रखे जाते हैं)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>Add documents to {receipt}</source>
        <translation>{receipt} में दस्तावेज़ जोड़ें</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>दस्तावेज़ जोड़ें…</translation>
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
        <translation>{date} को स्वीकार की गई</translation>
    </message>
    <message>
        <source>dismissed on {date}</source>
        <translation>{date} को खारिज की गई</translation>
    </message>
    <message>
        <source>no order yet — the date has passed</source>
        <translation>अभी आदेश नहीं — समय-सीमा बीत गई</translation>
    </message>
    <message>
        <source>no order yet</source>
        <translation>अभी आदेश नहीं</translation>
    </message>
    <message>
        <source>decide by {date}</source>
        <translation>{date} तक निर्णय अपेक्षित</translation>
    </message>
    <message>
        <source>no time limit confirmed</source>
        <translation>समय-सीमा की पुष्टि नहीं</translation>
    </message>
    <message>
        <source>filed {date}</source>
        <translation>{date} को दायर</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>माँगे गए दस्तावेज़</translation>
    </message>
    <message>
        <source>The portal asked for: {documents}</source>
        <translation>पोर्टल ने माँगा: {documents}</translation>
    </message>
    <message>
        <source>Reply by: {date}</source>
        <translation>देने की अंतिम तिथि: {date}</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>The time limit counts again from the day these are added.</source>
        <translation>ये दस्तावेज़ जोड़ने के दिन से समय-सीमा फिर से गिनी जाती है।</translation>
    </message>
    <message>
        <source>The portal sent these applications back for more documents. Add them here when the citizen brings them: the time limit counts again from that day.</source>
        <translation>पोर्टल ने ये आवेदन और दस्तावेज़ों के लिए लौटाए हैं। नागरिक दस्तावेज़ लेकर आए तो उन्हें यहाँ जोड़ें: उस दिन से समय-सीमा फिर से गिनी जाती है।</translation>
    </message>
    <message>
        <source>date passed</source>
        <translation>तिथि बीत गई</translation>
    </message>
    <message>
        <source>{n} applications are waiting for documents</source>
        <translation>{n} आवेदन दस्तावेज़ों के लिए रुके हैं</translation>
    </message>
    <message>
        <source>Add to the application and print the receipt</source>
        <translation>आवेदन में जोड़ें और रसीद छापें</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>After</source>
        <translation>इतने समय बाद</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>सभी सेवाएँ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Already asking the portal…</source>
        <translation>पोर्टल से पहले ही पूछ रहे हैं…</translation>
    </message>
    <message>
        <source>Already handed over to the citizen.</source>
        <translation>नागरिक को पहले ही सौंप दिया गया है।</translation>
    </message>
    <message>
        <source>Another sync is running on this computer; it sends the queue.</source>
        <translation>इस कंप्यूटर पर दूसरा सिंक चल रहा है; वही कतार भेज रहा है.</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>अपील</translation>
    </message>
    <message>
        <source>Applicant's name in English</source>
        <translation>आवेदक का नाम अंग्रेज़ी में</translation>
    </message>
    <message>
        <source>Applicant's name in Marathi</source>
        <translation>आवेदक का नाम मराठी में</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>Applications in the last 14 days</source>
        <translation>पिछले 14 दिनों के आवेदन</translation>
    </message>
    <message>
        <source>Applications set aside</source>
        <translation>अलग रखे आवेदन</translation>
    </message>
    <message>
        <source>Applications stay queued and will be sent when the connection returns.</source>
        <translation>आवेदन कतार में रहेंगे और कनेक्शन लौटने पर भेजे जाएँगे.</translation>
    </message>
    <message>
        <source>Applications today</source>
        <translation>आज के आवेदन</translation>
    </message>
    <message>
        <source>Ask the citizen; leave it unticked unless they say yes.</source>
        <translation>नागरिक से पूछें; वे हाँ कहें तभी टिक करें।</translation>
    </message>
    <message>
        <source>Asking the portal for a newer service list…</source>
        <translation>पोर्टल से नई सेवा सूची मँगा रहे हैं…</translation>
    </message>
    <message>
        <source>Asking the portal for a newer version…</source>
        <translation>पोर्टल से नया संस्करण पूछ रहे हैं…</translation>
    </message>
    <message>
        <source>At most {n} pages by camera; use the scanner for a longer document.</source>
        <translation>कैमरे से अधिकतम {n} पृष्ठ; लंबे दस्तावेज़ के लिए स्कैनर का उपयोग करें।</translation>
    </message>
    <message>
        <source>Attach at least one document first.</source>
        <translation>पहले कम से कम एक दस्तावेज़ जोड़ें।</translation>
    </message>
    <message>
        <source>Attach selected scan</source>
        <translation>चुना गया स्कैन जोड़ें</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>साइन-इन पर वापस</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>फ़ॉर्म पर वापस</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>अभी बैकअप लें</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>बैकअप और पुनर्स्थापना</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>बैकअप सहेजा गया: {path}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>वापस जाएँ</translation>
    </message>
    <message>
        <source>Carried for another hub</source>
        <translation>दूसरे हब के लिए लाया गया आवेदन</translation>
    </message>
    <message>
        <source>Cash counted in your drawer (₹)</source>
        <translation>आपके गल्ले में गिनी गई नकदी (₹)</translation>
    </message>
    <message>
        <source>Open the existing application</source>
        <translation>पिछला आवेदन खोलें</translation>
    </message>
    <message>
        <source>Possible duplicate application</source>
        <translation>संभावित दोहरा आवेदन</translation>
    </message>
    <message>
        <source>Save with this reason</source>
        <translation>इस कारण के साथ सहेजें</translation>
    </message>
    <message>
        <source>To save another application anyway, write why:</source>
        <translation>फिर भी दूसरा आवेदन सहेजना हो तो कारण लिखिए:</translation>
    </message>
    <message>
        <source>Type each drawer's counted cash (₹) in its Counted cell, then Enter.</source>
        <translation>हर गल्ले की गिनी गई नकदी (₹) उसके 'गिनी गई' खाने में लिखें, फिर एंटर दबाएँ।</translation>
    </message>
    <message>
        <source>e.g. the earlier application was for another year</source>
        <translation>जैसे पिछला आवेदन दूसरे वर्ष के लिए था</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>गिनी नहीं गई</translation>
    </message>
    <message>
        <source>Drawers counted: {counted} of {drawers}.</source>
        <translation>गिने गए गल्ले: {drawers} में से {counted}।</translation>
    </message>
    <message>
        <source>Surplus {surplus}, shortfall {shortfall} (each drawer on its own).</source>
        <translation>अधिक नकद {surplus}, कम नकद {shortfall} (हर गल्ला अलग से)।</translation>
    </message>
    <message>
        <source>Not counted: {names}.</source>
        <translation>गिने नहीं गए: {names}।</translation>
    </message>
    <message>
        <source>'{text}' is not a sum of rupees (e.g. 1380.50).</source>
        <translation>'{text}' रुपयों की राशि नहीं है (जैसे 1380.50)।</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Category (optional)</source>
        <translation>श्रेणी (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Certificate delivery</source>
        <translation>प्रमाणपत्र वितरण</translation>
    </message>
    <message>
        <source>Certificate printed: {n} page.</source>
        <translation>प्रमाणपत्र प्रिंट हुआ: {n} पृष्ठ।</translation>
    </message>
    <message>
        <source>Certificate printed: {n} pages.</source>
        <translation>प्रमाणपत्र प्रिंट हुआ: {n} पृष्ठ।</translation>
    </message>
    <message>
        <source>Certificates ready</source>
        <translation>तैयार प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Certificates ready to hand over</source>
        <translation>सौंपने के लिए तैयार प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Change the service</source>
        <translation>सेवा बदलें</translation>
    </message>
    <message>
        <source>Change the service to {service}?</source>
        <translation>सेवा बदलकर {service} करें?</translation>
    </message>
    <message>
        <source>Check for a new version</source>
        <translation>प्रोग्राम का नया संस्करण जाँचें</translation>
    </message>
    <message>
        <source>Check for update</source>
        <translation>नया संस्करण जाँचें</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>बैकअप जाँच रहे हैं…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>कनेक्शन जाँच रहे हैं</translation>
    </message>
    <message>
        <source>Checking the service list</source>
        <translation>सेवा सूची जाँच रहे हैं</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>पहले एक बैकअप चुनें।</translation>
    </message>
    <message>
        <source>Choose a password different from the temporary one.</source>
        <translation>अस्थायी पासवर्ड से अलग पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>Choose a printer</source>
        <translation>प्रिंटर चुनें</translation>
    </message>
    <message>
        <source>Choose a refused application first.</source>
        <translation>पहले अस्वीकृत आवेदन चुनें।</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>पहले उपयोगकर्ता चुनें।</translation>
    </message>
    <message>
        <source>Choose an application to see it here.</source>
        <translation>यहाँ देखने के लिए एक आवेदन चुनें।</translation>
    </message>
    <message>
        <source>Choose the district and taluka.</source>
        <translation>ज़िला और तालुका चुनें।</translation>
    </message>
    <message>
        <source>Choose what the document is.</source>
        <translation>चुनें कि दस्तावेज़ कौन-सा है।</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>अपना पासवर्ड चुनें</translation>
    </message>
    <message>
        <source>Citizen's feedback</source>
        <translation>नागरिक की प्रतिक्रिया</translation>
    </message>
    <message>
        <source>Citizen's language</source>
        <translation>नागरिक की भाषा</translation>
    </message>
    <message>
        <source>Citizen's rating of the service (optional)</source>
        <translation>सेवा पर नागरिक की रेटिंग (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>क्लाइंट आईडी</translation>
    </message>
    <message>
        <source>Client id: 3 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>क्लाइंट आईडी: 3 से 64 अक्षर, अंक, '.', '_' या '-'।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>टिप्पणी (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Continue this application</source>
        <translation>यह आवेदन आगे भरें</translation>
    </message>
    <message>
        <source>Correct and send again: {receipt}</source>
        <translation>सुधारकर फिर से भेजें: {receipt}</translation>
    </message>
    <message>
        <source>Correct and send again…</source>
        <translation>सुधारकर फिर से भेजें…</translation>
    </message>
    <message>
        <source>Correct {n} problem in the form.</source>
        <translation>आवेदन में {n} त्रुटि ठीक करें।</translation>
    </message>
    <message>
        <source>Correct {n} problems in the form.</source>
        <translation>आवेदन में {n} त्रुटियाँ ठीक करें।</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिनी गई</translation>
    </message>
    <message>
        <source>Create the supervisor</source>
        <translation>पर्यवेक्षक बनाएँ</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>दिन-माह-वर्ष (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>दूसरी प्रति</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>डेटा फ़ोल्डर</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>दिन समापन</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>आवेदन हटाएँ</translation>
    </message>
    <message>
        <source>Discard this unfinished application for good?</source>
        <translation>यह अधूरा आवेदन हमेशा के लिए हटाएँ?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Documents can be added only before the application is sent to the portal.</source>
        <translation>आवेदन पोर्टल पर भेजने से पहले ही दस्तावेज़ जोड़े जा सकते हैं।</translation>
    </message>
    <message>
        <source>Documents the new service does not take will be removed: {n}</source>
        <translation>नई सेवा में न लगने वाले दस्तावेज़ हटा दिए जाएँगे: {n}</translation>
    </message>
    <message>
        <source>Done: nothing is left waiting to be sent.</source>
        <translation>पूरा: भेजने के लिए कुछ भी बाकी नहीं।</translation>
    </message>
    <message>
        <source>Downloading certificates</source>
        <translation>प्रमाणपत्र डाउनलोड हो रहे हैं</translation>
    </message>
    <message>
        <source>Drafts…</source>
        <translation>मसौदे…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>जल्द देय या समय-सीमा पार</translation>
    </message>
    <message>
        <source>Economically Weaker Section (EWS)</source>
        <translation>आर्थिक दुर्बल वर्ग (ई.डब्ल्यू.एस.)</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>ई-मेल (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>फिर से सक्रिय करें</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Enter or double-click opens the application.</source>
        <translation>एंटर दबाने या डबल-क्लिक करने से आवेदन खुलता है।</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>उपयोगकर्ता नाम और पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Everything saved after this backup is replaced (the current file is kept aside). Everyone signs in again. Restore?</source>
        <translation>इस बैकअप के बाद सहेजा गया सब कुछ बदल जाएगा (मौजूदा फ़ाइल अलग रखी जाती है)। सभी को फिर से साइन-इन करना होगा। पुनर्स्थापित करें?</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Export applications (CSV)</source>
        <translation>आवेदन निर्यात करें (CSV)</translation>
    </message>
    <message>
        <source>Father's or husband's name</source>
        <translation>पिता या पति का नाम</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Fees collected today</source>
        <translation>आज जमा शुल्क</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Fetching status updates</source>
        <translation>स्थिति में बदलाव ला रहे हैं</translation>
    </message>
    <message>
        <source>Fill from Aadhaar QR…</source>
        <translation>आधार QR से भरें…</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>पूरा कर रहे हैं</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>From the portal:</source>
        <translation>पोर्टल से:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Give the hub's name in English and in Marathi.</source>
        <translation>केंद्र का नाम अंग्रेज़ी और मराठी में दें।</translation>
    </message>
    <message>
        <source>Give the supervisor's full name.</source>
        <translation>पर्यवेक्षक का पूरा नाम दें।</translation>
    </message>
    <message>
        <source>Grounds of the appeal</source>
        <translation>अपील के आधार</translation>
    </message>
    <message>
        <source>Hold the document flat, fill the picture with it, then take the photo.</source>
        <translation>दस्तावेज़ को सपाट रखें, पूरी तस्वीर में वही आए, फिर फ़ोटो लें।</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>मकान नं.</translation>
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
        <translation>केंद्र कोड: 3 से 12 अक्षर या अंक।</translation>
    </message>
    <message>
        <source>Hub name (English)</source>
        <translation>केंद्र का नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Hub name (Marathi)</source>
        <translation>केंद्र का नाम (मराठी)</translation>
    </message>
    <message>
        <source>I have written it down — go to sign-in</source>
        <translation>मैंने लिख लिया — साइन-इन पर जाएँ</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <source>It is shown only now and works once: at the first sign-in you choose your own password.</source>
        <translation>यह केवल अभी दिखता है और एक ही बार चलता है: पहले साइन-इन पर आप अपना पासवर्ड चुनेंगे।</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>रखें</translation>
    </message>
    <message>
        <source>Keep the current service</source>
        <translation>वर्तमान सेवा रखें</translation>
    </message>
    <message>
        <source>Keep this unfinished application in the drafts list and start another</source>
        <translation>यह अधूरा आवेदन मसौदों की सूची में रखें और दूसरा शुरू करें</translation>
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
        <translation>भाषा और अक्षरों का आकार</translation>
    </message>
    <message>
        <source>Last contact: {when}</source>
        <translation>अंतिम संपर्क: {when}</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>अंतिम साइन-इन</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>अंतिम सफल सिंक</translation>
    </message>
    <message>
        <source>Lock the screen when idle</source>
        <translation>काम रुकने पर स्क्रीन लॉक करें</translation>
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
        <translation>सौंपा गया दर्ज करें</translation>
    </message>
    <message>
        <source>Marked delivered.</source>
        <translation>सौंपा गया दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>More than 30 days have passed: the reason for the delay</source>
        <translation>30 दिन से अधिक हो गए: देरी का कारण</translation>
    </message>
    <message>
        <source>Mother's name</source>
        <translation>माता का नाम</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Name (either script), receipt no., mobile or portal no.</source>
        <translation>नाम (किसी भी लिपि में), रसीद सं., मोबाइल या पोर्टल सं.</translation>
    </message>
    <message>
        <source>Need attention: {n}</source>
        <translation>ध्यान दें: {n}</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>नया आवेदन</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>New scans in the scan folder</source>
        <translation>स्कैन फ़ोल्डर में नए स्कैन</translation>
    </message>
    <message>
        <source>New service list installed: version {v}.</source>
        <translation>नई सेवा सूची स्थापित हुई: संस्करण {v}।</translation>
    </message>
    <message>
        <source>New temporary password</source>
        <translation>नया अस्थायी पासवर्ड</translation>
    </message>
    <message>
        <source>No application is set aside.</source>
        <translation>कोई आवेदन अलग नहीं रखा है।</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>अभी तक कोई बैकअप नहीं।</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera and open this again, or put the document on the scanner.</source>
        <translation>कोई कैमरा नहीं मिला। कैमरा जोड़कर इसे फिर से खोलें, या दस्तावेज़ स्कैनर पर रखें।</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, so nothing was printed.</source>
        <translation>इस कंप्यूटर पर कोई प्रिंटर नहीं लगा है, इसलिए कुछ भी नहीं छपा।</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, so nothing was printed. Save PDF keeps a copy to print elsewhere.</source>
        <translation>इस कंप्यूटर पर कोई प्रिंटर नहीं लगा है, इसलिए कुछ भी नहीं छपा। कहीं और छापने के लिए 'PDF सहेजें' से प्रति रखें।</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>रेटिंग नहीं</translation>
    </message>
    <message>
        <source>Nomadic Tribe B (NT-B)</source>
        <translation>घुमंतू जनजाति ब (घु.ज.-ब)</translation>
    </message>
    <message>
        <source>Nomadic Tribe C (NT-C)</source>
        <translation>घुमंतू जनजाति क (घु.ज.-क)</translation>
    </message>
    <message>
        <source>Nomadic Tribe D (NT-D)</source>
        <translation>घुमंतू जनजाति ड (घु.ज.-ड)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>अभी जाँचा नहीं</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>चल नहीं रहा।</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>अभी सहेजा नहीं</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>भेजने के लिए कुछ बाकी नहीं</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>ऑफ़लाइन: {reason}</translation>
    </message>
    <message>
        <source>One village per line</source>
        <translation>हर पंक्ति में एक गाँव</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Only a supervisor can open this.</source>
        <translation>इसे केवल पर्यवेक्षक खोल सकते हैं।</translation>
    </message>
    <message>
        <source>Villages of the ring</source>
        <translation>समूह के गांव (रिंग)</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>पता हो तो</translation>
    </message>
    <message>
        <source>Name (English, Marathi)</source>
        <translation>नाम (अंग्रेज़ी, मराठी)</translation>
    </message>
    <message>
        <source>LGD village code, PIN</source>
        <translation>एलजीडी गांव कोड, पिन कोड</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>गांव जोड़ें</translation>
    </message>
    <message>
        <source>Remove selected village</source>
        <translation>चुना हुआ गांव हटाएं</translation>
    </message>
    <message>
        <source>Pick a village in the list first.</source>
        <translation>पहले सूची में से एक गांव चुनें।</translation>
    </message>
    <message>
        <source>Village saved: %1. The portal is told at the next sync.</source>
        <translation>गांव सहेजा गया: %1. अगले सिंक पर पोर्टल को बताया जाएगा।</translation>
    </message>
    <message>
        <source>Village removed: %1. The portal is told at the next sync.</source>
        <translation>गांव हटाया गया: %1. अगले सिंक पर पोर्टल को बताया जाएगा।</translation>
    </message>
    <message>
        <source>Only an approved application is handed over.</source>
        <translation>केवल स्वीकृत आवेदन ही सौंपा जाता है।</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>सामान्य</translation>
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
        <translation>अन्य पिछड़ा वर्ग (अ.पि.व.)</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Page printer</source>
        <translation>पेज प्रिंटर</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>पृष्ठ {n}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Past or near the RTS due date</source>
        <translation>सेवा गारंटी समय-सीमा के निकट या पार</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>व्यक्तिगत विवरण</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>पोर्टल का पता</translation>
    </message>
    <message>
        <source>Portal address: use {secure} ({plain} only for this computer).</source>
        <translation>पोर्टल का पता: {secure} का उपयोग करें ({plain} केवल इस कंप्यूटर के लिए)।</translation>
    </message>
    <message>
        <source>Portal no.</source>
        <translation>पोर्टल सं.</translation>
    </message>
    <message>
        <source>Portal settings saved; the secret is in the keyring.</source>
        <translation>पोर्टल सेटिंग्स सहेजी गईं; गुप्त कुंजी कीरिंग में है।</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>प्रमाणपत्र प्रिंट करें</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>रसीद प्रिंटर पर प्रिंट करें</translation>
    </message>
    <message>
        <source>Print on:</source>
        <translation>इस पर छापें:</translation>
    </message>
    <message>
        <source>Printed on the receipt printer.</source>
        <translation>रसीद प्रिंटर पर प्रिंट हुआ।</translation>
    </message>
    <message>
        <source>Printed {n} page.</source>
        <translation>{n} पृष्ठ प्रिंट हुआ।</translation>
    </message>
    <message>
        <source>Printed {n} pages.</source>
        <translation>{n} पृष्ठ प्रिंट हुए।</translation>
    </message>
    <message>
        <source>Printer choice saved.</source>
        <translation>प्रिंटर का चयन सहेजा गया।</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Printing on the receipt printer…</source>
        <translation>रसीद प्रिंटर पर प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Password of {name}</source>
        <translation>{name} का पासवर्ड</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Processing {name}…</source>
        <translation>{name} पर प्रक्रिया जारी…</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>प्रोग्राम संस्करण</translation>
    </message>
    <message>
        <source>Reached the portal, but not everything went through.</source>
        <translation>पोर्टल से संपर्क हुआ, पर सब कुछ पूरा नहीं हुआ.</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>QR कोड पढ़ रहे हैं…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>रसीद सं.</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS)</source>
        <translation>रसीद प्रिंटर (ESC/POS)</translation>
    </message>
    <message>
        <source>Receipt printer removed.</source>
        <translation>रसीद प्रिंटर हटाया गया।</translation>
    </message>
    <message>
        <source>Receipt printer saved.</source>
        <translation>रसीद प्रिंटर सहेजा गया।</translation>
    </message>
    <message>
        <source>Receipt {no}</source>
        <translation>रसीद {no}</translation>
    </message>
    <message>
        <source>Refused by the portal (need attention)</source>
        <translation>पोर्टल द्वारा अस्वीकृत (ध्यान दें)</translation>
    </message>
    <message>
        <source>Remove last page</source>
        <translation>अंतिम पृष्ठ हटाएँ</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>चुना गया दस्तावेज़ हटाएँ</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>नया पासवर्ड दोबारा लिखें</translation>
    </message>
    <message>
        <source>Reporting to the portal</source>
        <translation>पोर्टल को जानकारी भेज रहे हैं</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>रसीद पुनः प्रिंट करें</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>चुना गया बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Retry the selected item</source>
        <translation>चुनी गई प्रविष्टि फिर से भेजें</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF सहेजें</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>सहेजें और रसीद प्रिंट करें</translation>
    </message>
    <message>
        <source>Save and send again</source>
        <translation>सहेजें और फिर से भेजें</translation>
    </message>
    <message>
        <source>Save day-close PDF</source>
        <translation>दिन समापन PDF सहेजें</translation>
    </message>
    <message>
        <source>Save hub</source>
        <translation>केंद्र सहेजें</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>पासवर्ड सहेजें</translation>
    </message>
    <message>
        <source>Save portal settings</source>
        <translation>पोर्टल सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>Save receipt printer</source>
        <translation>रसीद प्रिंटर सहेजें</translation>
    </message>
    <message>
        <source>Saved. Receipt no. {no}</source>
        <translation>सहेजा गया। रसीद सं. {no}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>सहेजा गया: {path}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Scan folder</source>
        <translation>स्कैन फ़ोल्डर</translation>
    </message>
    <message>
        <source>Scheduled Caste (SC)</source>
        <translation>अनुसूचित जाति (अ.जा.)</translation>
    </message>
    <message>
        <source>Scheduled Tribe (ST)</source>
        <translation>अनुसूचित जनजाति (अ.ज.जा.)</translation>
    </message>
    <message>
        <source>Search a service in Marathi or English</source>
        <translation>सेवा मराठी या अंग्रेज़ी में खोजें</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>गुप्त कुंजी</translation>
    </message>
    <message>
        <source>Select a scan first.</source>
        <translation>पहले एक स्कैन चुनें।</translation>
    </message>
    <message>
        <source>Self-declaration</source>
        <translation>स्व-घोषणा पत्र</translation>
    </message>
    <message>
        <source>Sending applications</source>
        <translation>आवेदन भेज रहे हैं</translation>
    </message>
    <message>
        <source>Sent so far: {kb} KB</source>
        <translation>अब तक भेजा गया: {kb} KB</translation>
    </message>
    <message>
        <source>Sent {sent}, refused {rejected}; {status} status updates, {certs} certificates.</source>
        <translation>भेजे {sent}, अस्वीकृत {rejected}; स्थिति में बदलाव {status}, प्रमाणपत्र {certs}।</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>सेवा का विवरण</translation>
    </message>
    <message>
        <source>Service list</source>
        <translation>सेवा सूची</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>अलग रखें</translation>
    </message>
    <message>
        <source>Set up this kiosk's hub</source>
        <translation>इस कियोस्क का केंद्र दर्ज करें</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Seva Kiosk</source>
        <translation>सेवा कियोस्क</translation>
    </message>
    <message>
        <source>Sign-in is not possible right now. Tell the supervisor; details are in the log.</source>
        <translation>अभी साइन-इन संभव नहीं है। पर्यवेक्षक को बताएँ; विवरण लॉग में है।</translation>
    </message>
    <message>
        <source>Socially and Educationally Backward Class (SEBC)</source>
        <translation>सामाजिक व शैक्षिक पिछड़ा वर्ग (सा.शै.पि.व.)</translation>
    </message>
    <message>
        <source>Some answers could not be fetched; they will be asked for again.</source>
        <translation>कुछ जवाब नहीं मिल सके; वे फिर से माँगे जाएँगे.</translation>
    </message>
    <message>
        <source>Special Backward Class (SBC)</source>
        <translation>विशेष पिछड़ा वर्ग (वि.पि.व.)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>स्थिति का क्रम</translation>
    </message>
    <message>
        <source>Still waiting to be sent: {n}; they are tried again by themselves.</source>
        <translation>अभी भेजना बाकी: {n}; ये अपने-आप फिर से भेजे जाएँगे।</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>पूरा होने से पहले रोका गया.</translation>
    </message>
    <message>
        <source>Stored in the keyring — type only to replace it</source>
        <translation>कीरिंग में सहेजा है — बदलना हो तभी लिखें</translation>
    </message>
    <message>
        <source>Street / area</source>
        <translation>गली / क्षेत्र</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Supervisor {u}, temporary password:</source>
        <translation>पर्यवेक्षक {u}, अस्थायी पासवर्ड:</translation>
    </message>
    <message>
        <source>Supervisors only: cancel an application taken by mistake, before it is sent.</source>
        <translation>केवल पर्यवेक्षक: गलती से लिया गया आवेदन भेजे जाने से पहले रद्द करें।</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>अभी सिंक (F5)</translation>
    </message>
    <message>
        <source>Sync stopped by an error</source>
        <translation>त्रुटि के कारण सिंक रुक गया</translation>
    </message>
    <message>
        <source>Syncing… {stage}</source>
        <translation>सिंक जारी… {stage}</translation>
    </message>
    <message>
        <source>TRAINING MODE — practice data, nothing goes to the real portal</source>
        <translation>प्रशिक्षण मोड — अभ्यास का डेटा, असली पोर्टल पर कुछ नहीं जाता</translation>
    </message>
    <message>
        <source>Take a photo of the document</source>
        <translation>दस्तावेज़ की फ़ोटो लें</translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation>फ़ोटो लें…</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>फ़ोटो लें (स्पेस)</translation>
    </message>
    <message>
        <source>Taken between</source>
        <translation>आवेदन लेने की तिथि</translation>
    </message>
    <message>
        <source>Taluka</source>
        <translation>तालुका</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>अस्थायी पासवर्ड</translation>
    </message>
    <message>
        <source>Temporary password for {u} (shown once; it must be changed at the first sign-in):</source>
        <translation>{u} के लिए अस्थायी पासवर्ड (एक ही बार दिखाया जाता है; पहले साइन-इन पर बदलना होगा):</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>अक्षरों का आकार</translation>
    </message>
    <message>
        <source>That photo came out empty. Take it again.</source>
        <translation>वह फ़ोटो खाली आई। फिर से लें।</translation>
    </message>
    <message>
        <source>The applicant's details are kept.</source>
        <translation>आवेदक का विवरण वैसा ही रहेगा।</translation>
    </message>
    <message>
        <source>The application set aside was opened again.</source>
        <translation>अलग रखा आवेदन फिर खोला गया।</translation>
    </message>
    <message>
        <source>The application was set aside: open it again from Drafts.</source>
        <translation>आवेदन अलग रखा गया: उसे मसौदों से फिर खोलें।</translation>
    </message>
    <message>
        <source>The camera is not ready yet. Wait a moment and try again.</source>
        <translation>कैमरा अभी तैयार नहीं है। थोड़ा रुककर फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The camera stopped working. Check its cable and try again, or put the document on the scanner.</source>
        <translation>कैमरे ने काम करना बंद कर दिया। उसकी केबल जाँचकर फिर से प्रयास करें, या दस्तावेज़ स्कैनर पर रखें।</translation>
    </message>
    <message>
        <source>The certificate has not arrived yet.</source>
        <translation>प्रमाणपत्र अभी नहीं आया है।</translation>
    </message>
    <message>
        <source>The citizen agrees to be called by the independent verifier about this service</source>
        <translation>नागरिक इस सेवा के बारे में स्वतंत्र सत्यापनकर्ता के फ़ोन के लिए सहमत हैं</translation>
    </message>
    <message>
        <source>The documents were added.</source>
        <translation>दस्तावेज़ जोड़े गए।</translation>
    </message>
    <message>
        <source>The hub's first supervisor</source>
        <translation>केंद्र के पहले पर्यवेक्षक</translation>
    </message>
    <message>
        <source>The item will be sent again with the next sync.</source>
        <translation>यह प्रविष्टि अगले सिंक में फिर से भेजी जाएगी।</translation>
    </message>
    <message>
        <source>The notice was read to the citizen, who agrees</source>
        <translation>सूचना नागरिक को पढ़कर सुनाई गई और वे सहमत हैं</translation>
    </message>
    <message>
        <source>The portal could not be asked now; try again after a sync.</source>
        <translation>अभी पोर्टल से पूछा नहीं जा सका; सिंक के बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The portal refused it: {reason}</source>
        <translation>पोर्टल ने अस्वीकार किया: {reason}</translation>
    </message>
    <message>
        <source>The portal was not reached: {reason}.</source>
        <translation>पोर्टल तक नहीं पहुँच सके: {reason}.</translation>
    </message>
    <message>
        <source>The portal was reached; checking what is left…</source>
        <translation>पोर्टल से संपर्क हुआ; क्या बाकी है, जाँच रहे हैं…</translation>
    </message>
    <message>
        <source>The preview cannot be shown; the receipt is saved and can be printed.</source>
        <translation>पूर्वावलोकन नहीं दिखाया जा सकता; रसीद सहेजी गई है और प्रिंट की जा सकती है।</translation>
    </message>
    <message>
        <source>The printer {name} did not take the certificate: nothing was printed.</source>
        <translation>प्रिंटर {name} ने प्रमाणपत्र नहीं लिया: कुछ भी नहीं छपा।</translation>
    </message>
    <message>
        <source>The printer {name} did not take the receipt: nothing was printed. Check the printer, or use Save PDF.</source>
        <translation>प्रिंटर {name} ने रसीद नहीं ली: कुछ भी नहीं छपा। प्रिंटर जाँचें, या 'PDF सहेजें' का उपयोग करें।</translation>
    </message>
    <message>
        <source>The rest goes with the next sync.</source>
        <translation>बाकी अगले सिंक के साथ जाएगा.</translation>
    </message>
    <message>
        <source>The screen now locks after {n} idle minutes.</source>
        <translation>अब काम रुकने पर {n} मिनट बाद स्क्रीन लॉक होगी।</translation>
    </message>
    <message>
        <source>The screen was locked. Sign in again to continue.</source>
        <translation>स्क्रीन लॉक हो गई। आगे बढ़ने के लिए फिर से साइन-इन करें।</translation>
    </message>
    <message>
        <source>The service list is already the newest.</source>
        <translation>सेवा सूची पहले से नवीनतम है।</translation>
    </message>
    <message>
        <source>The supervisor signs in first, adds the operators and manages settings and backups. A temporary password is shown once on the next page.</source>
        <translation>पर्यवेक्षक पहले साइन-इन करते हैं, ऑपरेटर जोड़ते हैं और सेटिंग्स व बैकअप सँभालते हैं। अगले पृष्ठ पर अस्थायी पासवर्ड एक बार दिखाया जाएगा।</translation>
    </message>
    <message>
        <source>The system's default printer</source>
        <translation>सिस्टम का डिफ़ॉल्ट प्रिंटर</translation>
    </message>
    <message>
        <source>The temporary password no longer works. Sign in again.</source>
        <translation>अस्थायी पासवर्ड अब काम नहीं करता। फिर से साइन-इन करें।</translation>
    </message>
    <message>
        <source>The time limit starts on the day the last missing document is added.</source>
        <translation>अंतिम बाकी दस्तावेज़ जुड़ने के दिन से समय-सीमा शुरू होती है।</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दोनों पासवर्ड एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>The unfinished application was restored.</source>
        <translation>अधूरा आवेदन वापस लाया गया।</translation>
    </message>
    <message>
        <source>These answers will be removed: {fields}</source>
        <translation>ये उत्तर हटा दिए जाएँगे: {fields}</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the supervisor.</source>
        <translation>यह खाता निष्क्रिय है। पर्यवेक्षक से पूछें।</translation>
    </message>
    <message>
        <source>This is a temporary password: choose your own password now.</source>
        <translation>यह अस्थायी पासवर्ड है: अब अपना पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>This is the newest version ({v}).</source>
        <translation>यह नवीनतम संस्करण है ({v})।</translation>
    </message>
    <message>
        <source>This is the training hub: a real portal can be set only on a real hub.</source>
        <translation>यह प्रशिक्षण केंद्र है: असली पोर्टल केवल असली केंद्र पर ही जोड़ा जा सकता है।</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>यह कियोस्क</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Wait {s} seconds.</source>
        <translation>बहुत बार गलत प्रयास। {s} सेकंड रुकें।</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {s} seconds. Try again after that.</source>
        <translation>बहुत बार गलत पासवर्ड: यह खाता {s} सेकंड के लिए लॉक है। उसके बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Total to collect</source>
        <translation>कुल देय राशि</translation>
    </message>
    <message>
        <source>Training login: user {u}, password {p}</source>
        <translation>प्रशिक्षण लॉगिन: उपयोगकर्ता {u}, पासवर्ड {p}</translation>
    </message>
    <message>
        <source>Training operator</source>
        <translation>प्रशिक्षण ऑपरेटर</translation>
    </message>
    <message>
        <source>Training simulator (bundled)</source>
        <translation>प्रशिक्षण सिम्युलेटर (साथ में)</translation>
    </message>
    <message>
        <source>Transgender</source>
        <translation>ट्रांसजेंडर</translation>
    </message>
    <message>
        <source>Type the portal secret: none is stored for this client id yet.</source>
        <translation>पोर्टल की गुप्त कुंजी लिखें: इस क्लाइंट आईडी के लिए अभी कोई सहेजी नहीं है।</translation>
    </message>
    <message>
        <source>Uploading documents</source>
        <translation>दस्तावेज़ अपलोड हो रहे हैं</translation>
    </message>
    <message>
        <source>Uploading {kb} KB</source>
        <translation>{kb} KB अपलोड हो रहा है</translation>
    </message>
    <message>
        <source>Use the training demo hub</source>
        <translation>प्रशिक्षण के लिए नमूना केंद्र का उपयोग करें</translation>
    </message>
    <message>
        <source>Use these pages</source>
        <translation>ये पृष्ठ उपयोग करें</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>User name (a-z, digits)</source>
        <translation>उपयोगकर्ता नाम (a-z, अंक)</translation>
    </message>
    <message>
        <source>User name or password is wrong.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>User name: 3 to 32 letters a-z, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>उपयोगकर्ता नाम: 3 से 32 अक्षर (a-z, अंक, '.', '_' या '-'), शुरुआत अक्षर से।</translation>
    </message>
    <message>
        <source>User {u}: the temporary password works only once. Use at least {n} characters, not your user name and not an easy word.</source>
        <translation>उपयोगकर्ता {u}: अस्थायी पासवर्ड एक ही बार चलता है। कम से कम {n} अक्षर रखें, अपना उपयोगकर्ता नाम या आसान शब्द नहीं।</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Version in use: {v}</source>
        <translation>उपयोग में संस्करण: {v}</translation>
    </message>
    <message>
        <source>Village / town</source>
        <translation>गाँव / शहर</translation>
    </message>
    <message>
        <source>Villages served</source>
        <translation>सेवा दिए जाने वाले गाँव</translation>
    </message>
    <message>
        <source>Vimukta Jati (VJ-A)</source>
        <translation>विमुक्त जाति (वि.जा.-अ)</translation>
    </message>
    <message>
        <source>Void application</source>
        <translation>आवेदन रद्द करें</translation>
    </message>
    <message>
        <source>Void {receipt}? It will not be sent to the portal. Refund the fee to the citizen; the receipt number is not used again.</source>
        <translation>{receipt} रद्द करें? यह पोर्टल पर नहीं भेजा जाएगा। नागरिक को शुल्क वापस करें; यह रसीद संख्या दोबारा उपयोग नहीं होगी।</translation>
    </message>
    <message>
        <source>Voided. Refund the fee to the citizen.</source>
        <translation>आवेदन रद्द हुआ। नागरिक को शुल्क वापस करें।</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>रद्द करें…</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, then restore.</source>
        <translation>सिंक पूरा होने दें, फिर पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>Wait: a document is still being processed.</source>
        <translation>रुकें: एक दस्तावेज़ की प्रक्रिया अभी जारी है।</translation>
    </message>
    <message>
        <source>Waiting after wrong passwords</source>
        <translation>गलत पासवर्ड के बाद प्रतीक्षा</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>फिर से प्रयास की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>भेजने के लिए कतार में</translation>
    </message>
    <message>
        <source>Waiting to send: {n}</source>
        <translation>भेजने के लिए कतार में: {n}</translation>
    </message>
    <message>
        <source>Write down the temporary password</source>
        <translation>अस्थायी पासवर्ड लिख लें</translation>
    </message>
    <message>
        <source>a Wi-Fi sign-in page is in the way</source>
        <translation>वाई-फ़ाई का साइन-इन पेज बीच में आ रहा है</translation>
    </message>
    <message>
        <source>a problem on this computer (details in the log)</source>
        <translation>इस कंप्यूटर पर समस्या (विवरण लॉग में)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>से</translation>
    </message>
    <message>
        <source>any one of</source>
        <translation>इनमें से कोई एक</translation>
    </message>
    <message>
        <source>camera photo</source>
        <translation>कैमरा फ़ोटो</translation>
    </message>
    <message>
        <source>min</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <source>need attention: {n}</source>
        <translation>ध्यान दें: {n}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>no connection to the portal</source>
        <translation>पोर्टल से कनेक्शन नहीं</translation>
    </message>
    <message>
        <source>the portal is not answering properly</source>
        <translation>पोर्टल ठीक से जवाब नहीं दे रहा</translation>
    </message>
    <message>
        <source>the portal refused this hub's sign-in</source>
        <translation>पोर्टल ने इस केंद्र का साइन-इन अस्वीकार किया</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>सुरक्षित कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <source>this computer's clock is wrong</source>
        <translation>इस कंप्यूटर की घड़ी गलत है</translation>
    </message>
    <message>
        <source>{doc} — {name}, {pages} page, {kb} KB after compression</source>
        <translation>{doc} — {name}, {pages} पृष्ठ, संपीड़न के बाद {kb} KB</translation>
    </message>
    <message>
        <source>{doc} — {name}, {pages} pages, {kb} KB after compression</source>
        <translation>{doc} — {name}, {pages} पृष्ठ, संपीड़न के बाद {kb} KB</translation>
    </message>
    <message>
        <source>{name} (not connected now)</source>
        <translation>{name} (अभी जुड़ा नहीं है)</translation>
    </message>
    <message>
        <source>{n} applications rejected</source>
        <translation>{n} आवेदन अस्वीकृत</translation>
    </message>
    <message>
        <source>{n} applications returned for more documents</source>
        <translation>{n} आवेदन और दस्तावेज़ों के लिए लौटाए गए</translation>
    </message>
    <message>
        <source>{n} applications, {total} collected</source>
        <translation>{n} आवेदन, {total} जमा</translation>
    </message>
    <message>
        <source>{n} certificates ready to hand over</source>
        <translation>{n} प्रमाणपत्र सौंपने के लिए तैयार</translation>
    </message>
    <message>
        <source>{past} overdue, {near} due within 3 days</source>
        <translation>{past} समय-सीमा पार, {near} 3 दिनों में देय</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}: {total} में से {done}</translation>
    </message>
    <message>
        <source>{u} can sign in again.</source>
        <translation>{u} फिर से साइन-इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>{u} is disabled.</source>
        <translation>{u} निष्क्रिय किया गया।</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>डाउनलोड्स</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>मुख्य फ़ोल्डर</translation>
    </message>
    <message>
        <source>USB drive: %1</source>
        <translation>USB ड्राइव: %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ से</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>एक फ़ोल्डर ऊपर</translation>
    </message>
    <message>
        <source>No files here that the kiosk can read (photos or PDF).</source>
        <translation>यहाँ कियोस्क पढ़ सके ऐसी कोई फ़ाइल नहीं है (फ़ोटो या PDF)।</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>यह फ़ाइल लें</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>पहले फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Aadhaar QR not verified</source>
        <translation>आधार QR सत्यापित नहीं</translation>
    </message>
    <message>
        <source>UIDAI's signature on this QR did not verify: its details may have been changed. Compare them with the citizen's card. Fill the form anyway? The application will record the Aadhaar as not verified.</source>
        <translation>इस QR पर यूआईडीएआई का हस्ताक्षर सत्यापित नहीं हुआ: इसके विवरण बदले गए हो सकते हैं। उन्हें नागरिक के कार्ड से मिलाएँ। फिर भी फ़ॉर्म भरें? आवेदन में आधार &quot;सत्यापित नहीं&quot; दर्ज होगा।</translation>
    </message>
    <message>
        <source>Fill, recorded as not verified</source>
        <translation>भरें, &quot;सत्यापित नहीं&quot; दर्ज</translation>
    </message>
    <message>
        <source>Do not fill</source>
        <translation>न भरें</translation>
    </message>
    <message>
        <source>File appeal…</source>
        <translation>अपील दायर करें…</translation>
    </message>
    <message>
        <source>File appeal</source>
        <translation>अपील दायर करें</translation>
    </message>
    <message>
        <source>Reason for the appeal</source>
        <translation>अपील का कारण</translation>
    </message>
    <message>
        <source>In the citizen's words (needed for “Other grounds”)</source>
        <translation>नागरिक के शब्दों में (“अन्य कारण” चुनने पर आवश्यक)</translation>
    </message>
    <message>
        <source>Appeal {level} filed; it goes with the next sync. Print the acknowledgement for the citizen.</source>
        <translation>अपील {level} दायर हुई; यह अगले सिंक के साथ भेजी जाएगी। नागरिक के लिए पावती छापें।</translation>
    </message>
    <message>
        <source>Appeal acknowledgement printed.</source>
        <translation>अपील की पावती छप गई।</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>सभी विभाग</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} दिन</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} दिन</translation>
    </message>
    <message>
        <source>fee not known</source>
        <translation>शुल्क ज्ञात नहीं</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>कोई शुल्क नहीं</translation>
    </message>
    <message>
        <source>Marathi name</source>
        <translation>मराठी नाम</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>अंग्रेज़ी नाम</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>आवेदन का प्रकार</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>{n} कार्य दिवस</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>जानकारी लाई जा रही है…</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>अनूदित</translation>
    </message>
    <message>
        <source>Marathi typed in English letters is found too. ↑ ↓ choose, Enter opens, Ctrl+↑ ↓ another department.</source>
        <translation>अंग्रेज़ी अक्षरों में लिखी मराठी भी मिलती है। ↑ ↓ चुनें, एंटर दबाने पर खुलता है, कंट्रोल+↑ ↓ दूसरा विभाग।</translation>
    </message>
    <message>
        <source>No service found. Type fewer letters, or look in all departments.</source>
        <translation>कोई सेवा नहीं मिली। कम अक्षर लिखें, या सभी विभागों में देखें।</translation>
    </message>
    <message>
        <source>Acknowledgement by SMS</source>
        <translation>पावती सूचना एसएमएस से</translation>
    </message>
    <message>
        <source>Acknowledgement: WhatsApp if ticked, else SMS</source>
        <translation>पावती सूचना: चुना हो तो व्हाट्सऐप पर, वरना एसएमएस से</translation>
    </message>
    <message>
        <source>Certificates whose delivery failed: print them here or change the channel</source>
        <translation>जो प्रमाणपत्र भेजे नहीं जा सके: यहाँ छापें या तरीका बदलें</translation>
    </message>
    <message>
        <source>Change delivery</source>
        <translation>भेजने का तरीका बदलें</translation>
    </message>
    <message>
        <source>DigiLocker mobile (blank: the mobile above)</source>
        <translation>डिजीलॉकर का मोबाइल (खाली: ऊपर वाला मोबाइल)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>E-mail address (blank: the one above)</source>
        <translation>ईमेल पता (खाली: ऊपर वाला पता)</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>न पहुँचे प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>खोज रहे हैं…</translation>
    </message>
    <message>
        <source>No acknowledgement message</source>
        <translation>पावती सूचना का संदेश नहीं</translation>
    </message>
    <message>
        <source>Portal / DigiLocker</source>
        <translation>पोर्टल / डिजीलॉकर</translation>
    </message>
    <message>
        <source>Print at this hub</source>
        <translation>इस केंद्र पर छापकर</translation>
    </message>
    <message>
        <source>Receipt look-up and delivery</source>
        <translation>रसीद से स्थिति और प्रमाणपत्र भेजना</translation>
    </message>
    <message>
        <source>Receipt look-up and delivery… (F6)</source>
        <translation>रसीद से स्थिति और भेजना… (F6)</translation>
    </message>
    <message>
        <source>Scan the receipt's QR or type its number, then Enter</source>
        <translation>रसीद का QR स्कैन करें या नंबर लिखें, फिर एंटर</translation>
    </message>
    <message>
        <source>The acknowledgement carries the receipt number and due date; it is sent by the portal with the application.</source>
        <translation>पावती सूचना में रसीद संख्या और नियत तारीख होती है; पोर्टल उसे आवेदन के साथ भेजता है।</translation>
    </message>
    <message>
        <source>The citizen agrees to receive it this way</source>
        <translation>नागरिक इस तरीके से लेने के लिए सहमत है</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>व्हाट्सऐप</translation>
    </message>
    <message>
        <source>WhatsApp number (blank: the mobile above)</source>
        <translation>व्हाट्सऐप नंबर (खाली: ऊपर वाला मोबाइल)</translation>
    </message>
    <message>
        <source>Take the fee for {no}</source>
        <translation>{no} का शुल्क लें</translation>
    </message>
    <message>
        <source>Fee to take</source>
        <translation>लिया जाने वाला शुल्क</translation>
    </message>
    <message>
        <source>Cash, into my drawer</source>
        <translation>नकद, मेरे गल्ले में</translation>
    </message>
    <message>
        <source>Cash {cash} (in the drawers) · UPI {upi} (in the bank) · pending {pending} (not received)</source>
        <translation>नकद {cash} (गल्लों में) · यूपीआई {upi} (बैंक में) · बाकी {pending} (प्राप्त नहीं)</translation>
    </message>
    <message>
        <source>UPI payments (check against the bank statement)</source>
        <translation>यूपीआई भुगतान (बैंक विवरण से मिलाएँ)</translation>
    </message>
    <message>
        <source>UPI reference (UTR)</source>
        <translation>यूपीआई संदर्भ संख्या</translation>
    </message>
    <message>
        <source>(fee taken later)</source>
        <translation>(शुल्क बाद में लिया गया)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>शुल्क भुगतान</translation>
    </message>
    <message>
        <source>UPI: the QR is shown after saving</source>
        <translation>यूपीआई: सहेजने के बाद QR दिखेगा</translation>
    </message>
    <message>
        <source>Not paid yet (payment pending)</source>
        <translation>अभी भुगतान नहीं हुआ (भुगतान बाकी)</translation>
    </message>
    <message>
        <source>After saving, the QR for the exact fee is shown (its note is the receipt number); type the UTR from the citizen's phone there.</source>
        <translation>सहेजने के बाद ठीक शुल्क का QR दिखेगा (उसकी टिप्पणी रसीद संख्या है); नागरिक के फ़ोन से UTR वहाँ टाइप करें।</translation>
    </message>
    <message>
        <source>The receipt will say PAYMENT PENDING; take the fee later from Payments pending.</source>
        <translation>रसीद पर 'भुगतान बाकी' छपेगा; शुल्क बाद में 'भुगतान बाकी' से लें।</translation>
    </message>
    <message>
        <source>Saved. Receipt no. {no}: the fee is not taken yet, it waits under Payments pending.</source>
        <translation>सहेजा गया। रसीद सं. {no}: शुल्क अभी नहीं लिया गया, वह 'भुगतान बाकी' में प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>UPI: the citizen scans the QR</source>
        <translation>यूपीआई: नागरिक QR स्कैन करते हैं</translation>
    </message>
    <message>
        <source>Preparing the QR…</source>
        <translation>QR तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>12-digit UPI reference (UTR) from the citizen's phone</source>
        <translation>नागरिक के फोन पर दिखा 12 अंकों का यूपीआई संदर्भ (UTR)</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>भुगतान दर्ज करें</translation>
    </message>
    <message>
        <source>Pays {amount} to {payee}; the note is the receipt number.</source>
        <translation>{payee} को {amount} का भुगतान; टिप्पणी में रसीद संख्या है।</translation>
    </message>
    <message>
        <source>Type the 12-digit UPI reference (UTR) from the citizen's phone.</source>
        <translation>नागरिक के फोन पर दिखा 12 अंकों का यूपीआई संदर्भ (UTR) लिखें।</translation>
    </message>
    <message>
        <source>Payments pending</source>
        <translation>बाकी भुगतान</translation>
    </message>
    <message>
        <source>Close the visit…</source>
        <translation>दौरा बंद करें…</translation>
    </message>
    <message>
        <source>Doorstep visit</source>
        <translation>घर-पहुँच दौरा</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>दौरा शुरू करें</translation>
    </message>
    <message>
        <source>Close the visit</source>
        <translation>दौरा बंद करें</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>दौरे का दिन</translation>
    </message>
    <message>
        <source>Doorstep fee per application: {fee} (GR {gr})</source>
        <translation>हर आवेदन पर घर-पहुँच सेवा शुल्क: {fee} (शासन निर्णय {gr})</translation>
    </message>
    <message>
        <source>Reading the visit's figures…</source>
        <translation>दौरे के आँकड़े पढ़ रहे हैं…</translation>
    </message>
    <message>
        <source>Cash counted from the visit's bag (₹)</source>
        <translation>दौरे के थैले में गिनी गई नकद (₹)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>फ़ीस</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>भुगतान लें…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>फिर से पढ़ें</translation>
    </message>
    <message>
        <source>{n} fees to take, {total} in all</source>
        <translation>{n} शुल्क लेने हैं, कुल {total}</translation>
    </message>
    <message>
        <source>UPI payments</source>
        <translation>यूपीआई भुगतान</translation>
    </message>
    <message>
        <source>Payee address (VPA)</source>
        <translation>प्राप्तकर्ता का यूपीआई पता (यूपीआई आईडी)</translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation>प्राप्तकर्ता का नाम</translation>
    </message>
    <message>
        <source>Save UPI payee</source>
        <translation>यूपीआई पता सहेजें</translation>
    </message>
    <message>
        <source>UPI payee saved.</source>
        <translation>यूपीआई पता सहेजा गया।</translation>
    </message>
    <message>
        <source>UPI is off: no payee address.</source>
        <translation>यूपीआई बंद: कोई पता दर्ज नहीं।</translation>
    </message>
    <message>
        <source>detailed</source>
        <translation>विस्तृत</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Not known yet: {list}</source>
        <translation>अभी ज्ञात नहीं: {list}</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>सूची देखें</translation>
    </message>
    <message>
        <source>Version {v}: {n} services, {d} with detailed forms, {f} with a known fee, {t} with a time limit, {o} with all three officers. Marathi names: {h} checked, {x} translated by the kiosk team.</source>
        <translation>संस्करण {v}: {n} सेवाएँ, {d} विस्तृत आवेदन वाली, {f} ज्ञात शुल्क वाली, {t} समय-सीमा वाली, {o} तीनों अधिकारियों वाली। मराठी नाम: {h} जाँचे गए, {x} केंद्र की टीम द्वारा अनूदित।</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>यह सप्ताह</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>यह महीना</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछला महीना</translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation>यह वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>शुरुआत से</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Disposed
in time</source>
        <translation>समय-सीमा में
निपटाए</translation>
    </message>
    <message>
        <source>Disposed
late</source>
        <translation>समय-सीमा बाद
निपटाए</translation>
    </message>
    <message>
        <source>Pending
in time</source>
        <translation>समय-सीमा में
लंबित</translation>
    </message>
    <message>
        <source>Pending past
the limit</source>
        <translation>समय-सीमा पार
लंबित</translation>
    </message>
    <message>
        <source>Appeals
filed</source>
        <translation>दायर
अपीलें</translation>
    </message>
    <message>
        <source>Certificates
to hand over</source>
        <translation>सौंपने को
प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>सेवा के अनुसार</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>गाँव के अनुसार</translation>
    </message>
    <message>
        <source>Applications received {first} – {last}, as they stand on {today}; appeals filed in the period.</source>
        <translation>{first} – {last} के बीच आए आवेदन, {today} की स्थिति के अनुसार; अपीलें इसी अवधि में दायर हुईं।</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>(village not given)</source>
        <translation>(गाँव नहीं दिया)</translation>
    </message>
    <message>
        <source>By service and village</source>
        <translation>सेवा और गाँव अनुसार</translation>
    </message>
    <message>
        <source>Applications received up to {last}, as they stand on {today}; all appeals filed.</source>
        <translation>{last} तक आए आवेदन, {today} की स्थिति के अनुसार; दायर हुई सभी अपीलें।</translation>
    </message>
    <message>
        <source>{hub} ({code}) · counter {counter}</source>
        <translation>{hub} ({code}) · काउंटर {counter}</translation>
    </message>
    <message>
        <source>Returning citizen</source>
        <translation>दोबारा आए नागरिक</translation>
    </message>
    <message>
        <source>Documents from the citizen's earlier applications can be used again, if they agree.</source>
        <translation>नागरिक के पिछले आवेदनों के दस्तावेज़ उनकी सहमति से दोबारा लिए जा सकते हैं।</translation>
    </message>
    <message>
        <source>The citizen agrees to this</source>
        <translation>नागरिक इसके लिए सहमत है</translation>
    </message>
    <message>
        <source>Find earlier documents</source>
        <translation>पिछले दस्तावेज़ खोजें</translation>
    </message>
    <message>
        <source>Looking for earlier documents…</source>
        <translation>पिछले दस्तावेज़ खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>The citizen agrees to a call</source>
        <translation>नागरिक कॉल के लिए सहमत है</translation>
    </message>
    <message>
        <source>May the state's quality agency call the citizen about this service?</source>
        <translation>क्या राज्य की गुणवत्ता जाँच एजेंसी इस सेवा के बारे में नागरिक को फ़ोन कर सकती है?</translation>
    </message>
</context>
</TS>
