"""Documents: acquire (scan folder, import, SANE, camera frames), compress to the portal's limits,
store content-addressed, read barcodes, and decode/verify Aadhaar QR codes. Qt-free.

Modules: ``loading`` (hostile-file checks), ``cleanup`` + ``compress`` (page → budgeted JPEG/PDF),
``intake`` (the one road from pages to a document), ``storage`` (SHA-256 files, orphan collection),
``watch`` (scan folder), ``scanner`` (scanimage), ``barcodes`` (zxing-cpp + zbar), ``aadhaar`` and
``uidai_certs`` (Secure QR / XML QR), ``mapping`` (onto the domain's applicant and records).
"""
