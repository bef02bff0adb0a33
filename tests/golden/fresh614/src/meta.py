# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # shared
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),               # G (row ميناء السدرة)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),           # G (row راس لانوف)
 "aircollege": ("base", "LY", 32.32556, 15.05972, "Misrata Air College air base"),       # G* (row مطار مصراتة, kind base)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 # wr1 the Sirte front (Misrata TV)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G (row قاعدة القرضابية)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 # wr2 the port and the air college (Radio Misrata)
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),     # K
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Port of Mersin"),                # G* (city row مرسين)
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet air base"),              # G* (row قاعدة إركيليت الجوية, kind airport)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                               # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # wr3 Bani Walid (Al-Tadamon)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),              # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),            # G* (town row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra (area)"),                     # G* (row قاعدة الجفرة الجوية, between Hun and Waddan)
 # wr4 Tawergha (Al-Quds Al-Arabi)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "tawergha_mun": ("district", "LY", 31.97083, 15.05250, "Tawergha municipality"),        # G* (town row)
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # wr5 Zliten and Al-Khums (Asharq Al-Awsat)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khums_base": ("base", "LY", 32.67610, 14.24130, "Al Khums naval base"),                # G* (row ميناء الخمس, kind base)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.10, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
}

TRAPS = {
 "wr1": ["قناة مصراتة", "المنطقة العسكرية الوسطى", "عمر السرتي", "غرفة عمليات تأمين وحماية سرت والجفرة",
         "القيادة العامة للجيش الوطني الليبي", "قناة الحدث", "إدريس الشامخ", "عملية البنيان المرصوص", "الخمسين", "الخام الليبي"],
 "wr2": ["إذاعة مصراتة", "سلاح الجو التركي", "دعماً مالياً", "الفرقاطة التركية", "المستشفى الميداني الإيطالي",
         "اللبنانية", "القوة الثالثة", "المصراتية"],
 "wr3": ["وكالة التضامن للأنباء", "المنطقة العسكرية الوسطى", "الطرابلسي", "كتيبة المحجوب", "مصطفى بن جواد",
         "مشايخ ورفلة", "أحمد معيتيق", "القيادة العامة للجيش الوطني الليبي"],
 "wr4": ["القدس العربي", "لواء الحلبوص", "الإدريسي", "المنطقة العسكرية الوسطى", "خليل الهيشري",
         "القيادة العامة للجيش الوطني الليبي"],
 "wr5": ["الشرق الأوسط", "مصطفى الزليتني", "الأيام الخمسة", "القوات البحرية الليبية", "كتائب مصراتية",
         "قوة حماية طرابلس"],
}

PHEN = {
 "wr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "wr2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "wr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "town_vs_district"],
 "wr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "wr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wr1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["الهيشة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("redeploy", "planned", "GNA forces", ["أبوقرين"], ["الوشكة"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["قاعدة القرضابية"]),
 ],
 "wr2": [
  mv("shipment", "reported", "Turkish armed forces", ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الكلية الجوية"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء قصر أحمد"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["معسكر اليرموك"], ["الكلية الجوية"]),
 ],
 "wr3": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["مطار بني وليد"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار بني وليد"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["بنى وليد"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
 ],
 "wr4": [
  mv("withdraw", "reported", "Misrata forces", ["تاورغاء"], ["مصراتة"]),
  mv("deploy", "planned", "GNA forces", [], ["تاورغاء"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["الهيشة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["هراوة"]),
 ],
 "wr5": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["زليتن"], ["الدافنية"]),
  mv("shipment", "conditional", "GNA forces", ["الخمس"], ["زليتن"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["قاعدة الخمس البحرية"]),
  mv("withdraw", "denied", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
 ],
}

NOTES = {
 "wr1": "Misrata TV on the Sirte front: the 166th Infantry Battalion's column Misrata→Abu Qurayn via Al-Hisha (reported); "
        "its commander Omar al-Sirti (trap) says it will not advance on Sirte unless attacked (conditional, no origin "
        "written); the GNA chief of staff's planned artillery battalion Abu Qurayn→Al-Washka; the LNA's denial of a "
        "Wagner airlift Al-Jufra air base→Gardabya base. Misrata as dateline/media/council, Sirte as the 2016 battle "
        "and the 'fifty gate' line, and the oil crescent with Es Sider and Ras Lanuf are not movement places.",
 "wr2": "Radio Misrata on the port and the air college: a Turkish military cargo ship Mersin port→Misrata port "
        "(shipment, reported); two Turkish A400Ms planned Erkilet air base (Kayseri)→the air college base; the Turkish "
        "frigate off Qasr Ahmad port will land marines only if the government asks (conditional naval landing); the "
        "base commander denies 300 Syrian fighters moved Yarmouk camp→the air college. Ankara, Tripoli (speaker), the "
        "Lebanese Tripoli (a civilian cargo ship), the Third Force's past area in the south up to the border with Niger "
        "are not movement places.",
 "wr3": "Al-Tadamon from Bani Walid: a Central Military Zone joint force Misrata→Bani Walid airport (deploy, reported); "
        "a planned military-police airlift Mitiga airport→Bani Walid airport; the Mahjoub battalion (trap) will not "
        "enter Bani Walid from Misrata without a request from the municipality (conditional); the LNA denies massing "
        "70 vehicles in Ash Shwayrif (Bani Walid only a distance reference; Al-Jufra where its units stay). Tunis is "
        "only the JMC venue.",
 "wr4": "Al-Quds Al-Arabi from Misrata: Misratan brigades withdraw from Tawergha's gates back to Misrata (reported); "
        "a planned Central Military Zone deployment in Tawergha; a conditional reinforcement Misrata→Al-Hisha if "
        "Haftar's forces move west of Sirte (Tawergha only a distance reference there); the LNA denies massing in "
        "Harawa. Benghazi, Tripoli, Tunisia and Tunis (displacement history), Ras Lanuf and Es Sider (what LNA units "
        "guard) are not movement places.",
 "wr5": "Asharq Al-Awsat from Cairo: Misratan reinforcements Misrata→Zliten via Dafniya (reported); a conditional GNA "
        "ammunition convoy Al-Khums→Zliten; a planned Turkish landing at the Al-Khums naval base; Misrata's military "
        "council denies pulling brigades from Tajura back to Misrata (Tripoli only a locator and the envoy's venue). "
        "Ankara in the headline, Cairo as dateline, the smuggling route via the western coast to Ras Ajdir and the "
        "border with Tunisia are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wr1", "wr2", "wr3", "wr4", "wr5")
