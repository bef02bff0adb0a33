# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # foreign cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # Tripoli and its eastern suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (town row)
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "souq_jumaa": ("town", "LY", 32.88300, 13.23300, "Souq al Jumaa"),                    # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                         # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 # the coast east of Tripoli
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al Akhyar"),                   # G* (row قصر خيار)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (town row)
 "khums_port": ("crossing", "LY", 32.66000, 14.28000, "Al Khums port"),                 # K
 "khums_navbase": ("base", "LY", 32.66000, 14.28000, "Al Khums naval base"),            # K (same point as the port)
 "kaam": ("village", "LY", 32.55000, 14.45000, "Wadi Ka'am"),                           # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36667, 15.23333, "Misrata port (Qasr Ahmad)"),   # K
 # inland
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G
 # oil and gas
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah complex"),                # G
 # regions, borders, crossings
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_eg": ("region", "EG", 31.00000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "qb1": ["سبوتنيك", "الحاج مفتاح التاجوري", "المجلس العسكري مصراتة", "قوة حماية طرابلس", "الليبية", "الليبي",
         "سوفياتية"],
 "qb2": ["يورونيوز", "النقاط الخمس", "المنطقة العسكرية الوسطى", "الليبي", "الاتحاد الأوروبي", "أوروبية"],
 "qb3": ["التناصح", "فرج الخمسي", "عمر الإدريسي", "قناة ليبيا الأحرار", "عملية بركان الغضب"],
 "qb4": ["مونت كارلو الدولية", "إدريس الشريف", "السنوات الخمس", "التركية", "الأتراك", "الليبية"],
 "qb5": ["الدستور", "القوة المشتركة مصراتة", "محمود الزليتني", "شارع طرابلس", "عبد السلام الأسمر", "المصرية",
         "مصريون", "مصري", "ليبية"],
}

PHEN = {
 "qb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "qb2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries",
         "ambiguity_country_capital"],
 "qb3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri"],
 "qb4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qb1": [
  mv("deploy", "reported", "GNA forces", ["عين زارة"], ["تاجوراء"], ["سوق الجمعة"]),
  mv("withdraw", "reported", None, ["تاجوراء"], ["القربوللي"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["تاجوراء"]),
  mv("reinforce", "conditional", "GNA forces", ["معسكر التكبالي"], ["تاجوراء"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["الدافنية"]),
 ],
 "qb2": [
  mv("deploy", "planned", "GNA forces", [], ["القره بوللي", "زليتن"]),
  mv("redeploy", "reported", "GNA forces", ["وادي كعام"], ["الخمس"]),
  mv("shipment", "reported", "GNA forces", ["تركيا"], ["ميناء مصراتة"]),
  mv("advance", "conditional", "GNA forces", ["زليتن"], ["قصر الأخيار"]),
  mv("withdraw", "denied", "Misrata forces", ["الدافنية"], ["مصراتة"]),
 ],
 "qb3": [
  mv("advance", "reported", None, ["تاجوراء"], ["القرة بوللي"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["القرة بوللي"], ["زليتن", "الخمس"]),
  mv("withdraw", "planned", None, ["القرة بوللي"], ["تاجوراء"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["قصر الاخيار"]),
  mv("airlift", "denied", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
 ],
 "qb4": [
  mv("advance", "reported", None, ["مسلاتة"], ["ميناء الخمس"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["ميناء الخمس"], ["القره بوللي", "قصر الأخيار"]),
  mv("withdraw", "reported", None, ["ميناء الخمس"], ["مسلاتة"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الخمس"]),
  mv("reinforce", "conditional", "GNA forces", ["ترهونة"], ["الخمس"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["قاعدة الخمس البحرية"]),
 ],
 "qb5": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"], ["الدافنية"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار مصراتة"]),
  mv("withdraw", "planned", "Misrata forces", ["زليتن"], []),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء مصراتة"], ["زليتن"]),
  mv("shipment", "denied", None, ["بني وليد"], ["زليتن"], ["مسلاتة"]),
 ],
}

NOTES = {
 "qb1": "Sputnik-style wire story (Tripoli): a GNA force Ain Zara→Tajoura via Souq al-Jumaa takes over the nuclear "
        "research centre, the local group pulls out towards Al-Qarabulli (spelled القربوللي), a planned company from "
        "Mitiga air base, a conditional reinforcement from the Tekbali camp and the Misrata military council's denied "
        "massing at Dafniya; traps: the Tajouri elder, the Misrata military council, the Tripoli Protection Force.",
 "qb2": "Euronews-style piece (Brussels): the Presidential Council's «five points» coast-road plan — a planned "
        "deployment between Al-Qarabulli and Zliten, a Central Military Region unit Wadi Ka'am→Al-Khums, 40 vehicles "
        "Turkey→Misrata port, a conditional advance Zliten→Qasr al-Akhyar and Misrata's denied pull-back "
        "Dafniya→Misrata; migrant boats and smuggled fuel (Zawiya refinery→Tunisia) are not movements; Tunis (city) "
        "beside Tunisia (country).",
 "qb3": "Al-Tanasuh-style local report (Al-Qarabulli, spelled القرة بوللي): a Tajoura group's column Tajoura→"
        "Al-Qarabulli, a Misrata battalion via Zliten and Al-Khums, the elders' planned pull-back to Tajoura, a "
        "conditional massing at Qasr al-Akhyar (spelled قصر الاخيار) and a denied airlift Misrata airport→Mitiga "
        "airport; traps: the mayor «الخمسي», the sheikh «الإدريسي», Libya Al-Ahrar TV, Operation Volcano of Rage.",
 "qb4": "Monte Carlo Doualiya-style report (Al-Khums): gunmen from Msallata storm Al-Khums port and withdraw back, a "
        "GNU Interior force Tripoli→the port via Al-Qarabulli and Qasr al-Akhyar, a planned marine landing from Abu "
        "Sitta naval base, a conditional 444 Brigade reinforcement Tarhuna→Al-Khums and Ankara's denied deployment at "
        "the Al-Khums naval base; diverted merchant ships (one from Algiers) and Mellitah gas are not movements; "
        "«السنوات الخمس», «إدريس».",
 "qb5": "Al-Dustour-style report (Cairo) on Zliten: the Misrata joint force Misrata→Zliten via Dafniya, a GNU airlift "
        "Mitiga→Misrata airport, its planned pull-out from Zliten (no destination written), a conditional marine "
        "landing Misrata port→Zliten beach and a denied arms shipment Bani Walid→Zliten via Msallata; Egyptian "
        "workers leaving via the Sallum land port are not a movement; traps: «الزليتني», «شارع طرابلس» in Misrata, "
        "the joint force's name, the paper's name «الدستور».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qb1", "qb2", "qb3", "qb4", "qb5")
BAR_IN_TEXT = True  # qb1's headline has a literal "|" («عاجل |»)
