# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / estimate (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # Misrata and its coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G (also written مصراته)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy base"),           # G* (row مطار مصراتة, written قاعدة الكلية الجوية)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                  # G (also written زليطن)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                              # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                              # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G (written أبوقرين and أبو قرين)
 "bu_njem": ("town", "LY", 30.58000, 15.41000, "Bu Njem"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G (also written الوشكه)
 # Sirte front (LNA side)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                   # G (also written البويرات)
 "gate50": ("base", "LY", 31.32, 16.09, "Gate 50 checkpoint west of Sirte"),              # K (written البوابة 50 and بوابة الخمسين)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                     # G (also written القرضابية)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                  # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                              # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 # elsewhere in Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 # abroad
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                              # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                   # G
}

TRAPS = {
 "qnz1": ["المكتب الإعلامي للمجلس البلدي مصراتة", "القوة المشتركة مصراتة", "الزليتني", "الهلال الأحمر الليبي", "أسرته"],
 "qnz2": ["الكلمة", "القوات المسلحة العربية الليبية", "اللواء 128 معزز", "غرفة عمليات سرت الجفرة",
          "الفيلق الأفريقي الروسي", "حرس المنشآت النفطية", "السوريين"],
 "qnz3": ["الجزيرة الوثائقية", "القوة المشتركة", "تنظيم الدولة", "خسرت", "علي السرتاوي", "سوريين"],
 "qnz4": ["مرحبا تركيا", "وزارة الدفاع التركية", "الخطوط الجوية التركية", "وكالة الأناضول", "الساحل التركي",
          "تركية", "الليبية", "سوريين"],
 "qnz5": ["إيرين", "اللجنة الدولية للصليب الأحمر", "القوة المشتركة", "مستشفى ابن سينا"],
}

PHEN = {
 "qnz1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_crossings", "coverage_bases"],
 "qnz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
          "coverage_oil", "vague_area"],
 "qnz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases"],
 "qnz4": ["clitics", "multiword", "media_trap", "nisba", "coverage_bases", "coverage_crossings", "countries"],
 "qnz5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnz1": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("withdraw", "planned", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["الوشكة"]),
  mv("advance", "denied", "Libyan National Army", ["البوابة 50"], ["الوشكة"]),
 ],
 "qnz2": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["البويرات"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["بوابة الخمسين"]),
  mv("withdraw", "conditional", "Libyan National Army", ["بوابة الخمسين"], ["سرت"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
 ],
 "qnz3": [
  mv("redeploy", "reported", "Misrata forces", ["الهيشة"], ["أبو قرين"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["تاورغاء"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["بويرات الحسون"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["قاعدة الكلية الجوية"], ["الوشكة"]),
 ],
 "qnz4": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("deploy", "planned", "Turkish armed forces", ["قاعدة الكلية الجوية"], ["أبوقرين"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["مصراتة"], []),
  mv("airlift", "denied", "Syrian mercenaries", ["تركيا"], ["مطار مصراتة"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"]),
 ],
 "qnz5": [
  mv("redeploy", "reported", "Libyan National Army", ["البوابة 50"], ["هراوة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["الوشكة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["بن جواد", "النوفلية"]),
 ],
}

NOTES = {
 "qnz1": "Misrata municipal council's media office on the coastal road reopened to lorries and a detainee exchange "
         "at Gate 50: a Joint Force company Misrata→Abu Qurayn (deploy reported), heavy vehicles to be pulled back "
         "Al-Washka→Abu Qurayn (withdraw planned), reinforcements Misrata→Al-Washka only if the other side moves in "
         "Buwairat al-Hassoun (reinforce conditional; Buwairat only in the condition) and an LNA advance Gate 50→"
         "Al-Washka denied; the civilian lorry convoy Misrata port→Sirte via Tawergha and Abu Qurayn, the freed "
         "detainees bussed to Misrata, Tripoli (government) and the dateline are not movements or movement places; "
         "المكتب الإعلامي للمجلس البلدي مصراتة and القوة المشتركة مصراتة hold مصراتة, الزليتني holds زليتن, أسرته holds سرت.",
 "qnz2": "Benghazi weekly (Al-Kalima) on the LNA side of the Sirte front: a battalion Sirte→Buwairat (written البويرات; "
         "reinforce reported), an infantry company Gardabya base→Gate 50 (written بوابة الخمسين; redeploy planned), "
         "the Gate 50 units' withdrawal to Sirte only if Misrata's militias pull their heavy weapons out of Al-Washka "
         "(withdraw conditional; Misrata and Al-Washka only in the condition) and a denied Africa Corps airlift Jufra "
         "air base→Gardabya base (Russian forces); the exchange at Gate 50, Benghazi/Tripoli as governments, the "
         "unfulfilled demand to remove mercenaries from the Air Academy and Al-Watiya, the oil guards' usual presence "
         "in the Oil Crescent and the Sirte–Bin Jawad road are not movements; غرفة عمليات سرت الجفرة holds سرت.",
 "qnz3": "Al Jazeera Documentary field report along the road Misrata→Sirte: a Misrata column Al-Hisha→Abu Qurayn "
         "(written أبو قرين; redeploy reported), a military police company Tripoli→Tawergha (deploy planned, GNA "
         "forces), a Joint Force commander's advance Al-Washka→Buwairat al-Hassoun only if attacked (advance "
         "conditional) and the Tripoli staff's denial of moving Syrian fighters Air Academy base→Al-Washka "
         "(redeploy denied; Misrata only locates the base); lorry driver from Zliten (written زليطن), Tawergha "
         "returnees from Tripoli and Benghazi camps, the Bu Njem road and 2016/2020 background are not movements; "
         "خسرت and علي السرتاوي hold سرت.",
 "qnz4": "Turkish Arabic site (Marhaba Turkey) from Ankara: a Turkish navy cargo ship Mersin→Misrata port with demining "
         "gear and armoured vehicles (shipment reported), Turkish engineers Air Academy base→Abu Qurayn (deploy "
         "planned), Turkish advisers leaving Misrata only on request (withdraw conditional), a denied airlift of "
         "Syrian fighters Türkiye→Misrata airport and LNA reinforcements Jufra air base→Sirte (reinforce reported); "
         "Ankara/Benghazi as governments, Turkish Airlines flights, businessmen from Mersin and Istanbul, the Gate 50 "
         "exchange and the reopened road are not movements; مرحبا تركيا holds تركيا, وكالة الأناضول is Anatolia.",
 "qnz5": "Humanitarian news service (IRIN) on mines along the Misrata–Sirte road: an LNA battalion Gate 50→Harawa "
         "(redeploy reported; Sirte a distance reference), Joint Force engineers Misrata→Al-Washka (deploy planned), "
         "an LNA advance on Abu Qurayn only if attacked (advance conditional) and a denied LNA massing at the "
         "approaches of Bin Jawad and Nofaliya (mobilise denied); families returning Tripoli→Tawergha, the ICRC "
         "medical convoy Misrata→Sirte, UN monitors Tripoli→Sirte and the Geneva meeting are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnz1", "qnz2", "qnz3", "qnz4", "qnz5")
