# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 # foreign cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                  # G
 # Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "aircollege": ("base", "LY", 32.32556, 15.05972, "Misrata Air College"),                # G* (row مطار مصراتة)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),           # G* (city row)
 "khums_port": ("crossing", "LY", 32.655, 14.278, "Port of Al Khums"),                   # K
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bani_walid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),          # G* (town row)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (row هون, point near Hun)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 "central": ("region", "LY", 31.7, 15.2, "Central region of Libya (Misrata-Sirte-Bani Walid)"),  # K
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_port": ("crossing", "LY", 31.21, 16.57, "Port of Sirte"),                       # K
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 # west, east and the oil crescent
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90, 13.19, "Port of Tripoli"),                   # K
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                      # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # Egypt
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egyptian side of the Libya-Egypt border"),   # K
}

TRAPS = {
 "de1": ["المجلس العسكري مصراتة", "ليبيا بانوراما", "سالم الزليتني", "غرفة عمليات الكرامة", "سرت به الشائعات",
         "شارع طرابلس"],
 "de2": ["قناة ليبيا الوطنية", "لا أدري", "السنوات الخمس"],
 "de3": ["القبس", "مصراتية", "إذاعة بني وليد", "قبائل ورفلة", "اللواء 444 قتال", "الليبية"],
 "de4": ["الجيش الليبي", "المصري اليوم", "الجيش الوطني الليبي", "خليفة حفتر", "الفيلق الأفريقي",
         "غرفة عمليات تحرير سرت والجفرة", "مصدر عسكري مصري", "الجيش المصري", "خط سرت–الجفرة",
         "عبد الفتاح السيسي", "المنطقة العسكرية الغربية"],
 "de5": ["اللواء 444", "الكانيات", "العرب", "لا أدري", "عبد الحميد الدبيبة"],
}

PHEN = {
 "de1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "de2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_idri", "town_vs_district"],
 "de3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "countries"],
 "de4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "de5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli", "ambiguity_idri",
         "town_vs_district", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "de1": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين", "الوشكة"], ["تاورغاء"]),
  mv("redeploy", "reported", "Misrata forces", ["معبر رأس اجدير"], ["الوشكة"]),
  mv("shipment", "reported", "Misrata forces", ["مصراتة"], ["الوشكة"]),
  mv("reinforce", "planned", "Misrata forces", ["الكلية الجوية"], ["الهيشة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت", "قاعدة القرضابية"]),
  mv("reinforce", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية", "راس لانوف"], ["سرت"]),
 ],
 "de2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["طرابلس"], ["زليتن", "الخمس", "القربوللي"]),
  mv("airlift", "reported", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراته"], ["الخمس"]),
  mv("mobilise", "reported", None, [], ["زليتن"]),
  mv("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["مصراته"]),
  mv("deploy", "denied", None, ["ترهونة"], ["القره بوللي", "مسلاتة"]),
 ],
 "de3": [
  mv("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
  mv("advance", "conditional", "Misrata forces", [], ["بنى وليد"]),
  mv("deploy", "denied", "Libyan National Army", ["الشويرف"], ["بني وليد"]),
  mv("deploy", "planned", None, [], ["ترهونة", "بني وليد"]),
  mv("withdraw", "reported", "GNA forces", ["ترهونة"], ["طرابلس"]),
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["بني وليد"]),
 ],
 "de4": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا", "رأس لانوف"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة القرضابية"], ["ميناء السدرة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء سرت"]),
  mv("deploy", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["الحدود مع ليبيا"]),
 ],
 "de5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ترهونة"], ["قصر بن غشير"]),
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["ترهونة"]),
  mv("advance", "denied", None, ["الجفرة"], ["ترهونة"], ["بني وليد"]),
  mv("deploy", "conditional", "GNA forces", [], ["مسلاتة"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "de1": "Misrata military council statement: a column Misrata→Abu Qurayn/Al-Washka via Tawergha (أبوقرين/أبو قرين "
        "spelling), a company recalled from the Ras Ajdir crossing on the Tunisian border, an ammunition-and-fuel convoy "
        "Misrata→Al-Washka, a planned move Air College→Al-Hisha, a conditional advance on Sirte and Gardabiya (لن…إلا "
        "إذا) and an LNA denial of reinforcements from Jufra base and Ras Lanuf; traps: the council's name, «سرت به "
        "الشائعات», Misrata's Tripoli Street, a Zliteni spokesman; Tunis (city) vs Tunisia (country).",
 "de2": "A Misrata column along the coastal road via Zliten, Al-Khums and the Qarabulli gate to Tripoli, a C-130 "
        "Misrata airport→Mitiga, a planned second wave to Al-Khums, a Zliten battalion's «النفير العام», a conditional "
        "return to Misrata (فور) and Tarhuna notables' denial of fighters for Qarabulli and Msallata; «لا أدري», "
        "«السنوات الخمس» traps; the witness's «سيبيت في القره بوللي» is speculation, not a movement place.",
 "de3": "Misrata–Bani Walid tension after a kidnapping: Misrata brigades massing at Misrata's western gate, a "
        "conditional advance on Bani Walid (بنى وليد spelling), the Bani Walid mayor's denial of LNA forces from Ash "
        "Shwayrif, planned Tarhuna police patrols between Tarhuna and Bani Walid, a 444 Brigade company pulled out of "
        "Tarhuna to Tripoli, and the 2012 flashback (Misrata brigades entering Bani Walid); the road «بينها وبين بني "
        "وليد» is a locator.",
 "de4": "Cairo daily on Sirte: an LNA column Benghazi→Sirte via Ajdabiya and Ras Lanuf, Russian Il-76s Jufra base→"
        "Gardabiya, a planned LNA move Gardabiya→Es Sider, Misrata brigades massing at Abu Qurayn, a denied Russian "
        "landing at Sirte port and a conditional Egyptian deployment Mohamed Naguib base→the border with Libya; the "
        "Oil Crescent is a purpose, Geneva and Cairo are not movement places.",
 "de5": "A 444 Brigade column Tripoli→Tarhuna via Qasr Bin Ghashir after an assassination, its supply convoy from "
        "Misrata, the Tarhuna mayor's denial of «الكانيات» coming from Jufra via Bani Walid, a conditional deployment "
        "to Msallata, a planned sea move of marines Tripoli port→Al-Khums port; «الطريق المؤدي إلى الخمس» is a locator.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("de1", "de2", "de3", "de4", "de5")
