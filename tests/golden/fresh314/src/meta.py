# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 # capitals and cities outside the front
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row spelled ربات)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G
 # Misrata and the west of the front
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),          # G* (city row)
 "misrata_port": ("crossing", "LY", 32.370, 15.215, "Misrata port (Qasr Ahmed)"),        # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                             # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                              # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 # Sirte and the east of the front
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (city row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "wadijarif": ("village", "LY", 31.16, 16.36, "Wadi Jarif"),                             # K
 "harawa": ("town", "LY", 31.03, 17.18, "Harawa"),                                       # K
 "nawfaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                           # G
 "essider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),             # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                            # G* (oilfield row, kind town)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),      # G* (row راس لانوف)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                   # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "benghazi_port": ("crossing", "LY", 32.112, 20.052, "Benghazi port"),                   # K
 # Jufra and the south
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town point)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 # borders
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt–Libya border (Egyptian side)"),        # K
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya–Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "ld1": ["شارع طرابلس", "المصراتية", "المجلس العسكري مصراتة", "سالم السرتي", "قناة مصراتة"],
 "ld2": ["الرياض", "الجيش الوطني الليبي", "التي سرت", "المنطقة الغربية العسكرية", "المنطقة العسكرية الوسطى", "مصري"],
 "ld3": ["ليبيا الحدث", "التركية", "الجزائرية", "الليبية", "الليبيين", "غرفة عمليات المنطقة الوسطى"],
 "ld4": ["اتحاد ثوار مصراتة", "الصادق الغرياني", "المنطقة العسكرية الوسطى", "كتيبة ثوار طرابلس", "التركية", "أتراك"],
 "ld5": ["الخمسة", "ليبيا الأحرار", "الروسي", "لا ادري", "الجيش الليبي", "بهراوة"],
}

PHEN = {
 "ld1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "ld2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ld3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ld4": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli", "coverage_bases",
         "coverage_crossings", "countries"],
 "ld5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ld1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"], ["تاورغاء", "الهيشة"]),
  mv("advance", "planned", "Misrata forces", [], ["الوشكة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
  mv("withdraw", "denied", "Libyan National Army", ["بويرات الحسون"], []),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبو قرين"]),
 ],
 "ld2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("redeploy", "reported", "Libyan National Army", ["إدري"], ["هراوة"]),
  mv("redeploy", "reported", "Libyan National Army", ["هراوة"], ["بن جواد", "النوفلية"]),
  mv("deploy", "planned", "Libyan National Army", [], ["وادي جارف"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["راس لانوف"]),
  mv("reinforce", "conditional", "Egyptian army", ["مرسى مطروح"], ["الحدود مع ليبيا"]),
 ],
 "ld3": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("shipment", "denied", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("airlift", "planned", "Turkish armed forces", [], ["مطار مصراتة"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["مصراته", "زليتن"]),
 ],
 "ld4": [
  mv("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
  mv("shipment", "reported", "Misrata forces", ["ميناء مصراتة"], ["أبوقرين"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["بويرات الحسون"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["أبوقرين"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
 ],
 "ld5": [
  mv("mobilise", "reported", "Libyan National Army", [], ["هراوة", "بن جواد"]),
  mv("redeploy", "reported", "Libyan National Army", ["الحدود مع مصر"], ["سرت"], ["اجدابيا", "البريقة"]),
  mv("reinforce", "planned", "GNA forces", ["الخمس"], ["أبوقرين"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة القرضابية"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"], []),
  mv("withdraw", "conditional", "Libyan National Army", ["هراوة"], []),
 ],
}

NOTES = {
 "ld1": "BBC Arabic style, no dateline: a Misrata column Misrata→Abu Qurayn via Tawergha and Al-Hisha (reported), its "
        "planned push to Al-Washka, an LNA Il-76 airlift Benina→Gardabiya (reported), the LNA's denied pull-out from "
        "Buwairat al-Hassoun and its conditional move Sirte→Abu Qurayn («أي تقدم ... سيقابل»); traps: Misrata's Tripoli "
        "Street, a colonel «السرتي», the Misrata military council, Misrata TV; spelling مصراته / أبو قرين.",
 "ld2": "Al-Riyadh style, Cairo bureau: LNA reinforcement Jufra air base→Sirte via Waddan, a battalion Idri→Harawa and "
        "the company it replaced Harawa→Bin Jawad/Nawfaliya (all reported), a planned battery for Wadi Jarif, a denied "
        "Sirte→Ras Lanuf pull-out («الأنباء التي سرت») and Egypt's conditional Marsa Matruh→border move; the outlet "
        "«الرياض» is a trap; Gardabiya, Sallum land port and Abu Qurayn are not movement places.",
 "ld3": "Hespress style, Rabat: an LNA naval landing Benghazi port→Ras Lanuf port (reported), a Turkish arms shipment "
        "Mersin→Misrata port denied by Ankara, a planned Turkish airlift of trainers to Misrata airport and a "
        "conditional «النفير العام» in Misrata and Zliten; Bouznika talks, Algiers vs Algeria; Ankara is the speaker.",
 "ld4": "Al-Raya style, Tripoli dateline: Misrata's «النفير» (reported mobilise), an ammunition convoy Misrata port→Abu "
        "Qurayn (reported shipment), a planned sea landing Misrata port→Buwairat al-Hassoun, a denied Turkish "
        "deployment at Abu Qurayn and a conditional pull-back Al-Washka→Abu Qurayn; Al-Watiya and the Tripoli "
        "Revolutionaries Brigade's solidarity (no force sent) are not movements.",
 "ld5": "Ad-Dustour style, Amman dateline (Amman/Oman): LNA massing in Harawa and Bin Jawad (reported mobilise), a "
        "battalion from the Egyptian border→Sirte via Ajdabiya and Brega (reported redeploy), a planned GNA battalion "
        "Al-Khums→Abu Qurayn, a denied Russian arrival at Gardabiya and two conditional heavy-weapon pull-backs "
        "(Al-Washka, Harawa) agreed in Tunis; traps «الأيام الخمسة», «لا ادري», «بهراوة».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ld1", "ld2", "ld3", "ld4", "ld5")
