# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (none in this sample);
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 # cities used as datelines / seats
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # Wadi al-Shati
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (town row)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "aqar": ("town", "LY", 27.53914, 14.16251, "Aqar"),                                    # G
 "barqin": ("town", "LY", 27.54801, 13.62914, "Barqin"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 # Sabha area and the Fezzan
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "tamanhint_airport": ("airport", "LY", 27.24010, 14.65630, "Taminhint Airport"),       # G
 "ataba": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                            # G
 "ataba_mun": ("district", "LY", 26.09502, 13.55744, "Wadi Ataba municipality"),        # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),    # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),   # G* (row الحدود الليبية الجزائرية)
 # Jufra, the north and the coast
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
}

TRAPS = {
 "qgb1": ["مونت كارلو الدولية", "الوطني الليبي", "اللواء طارق بن زياد", "براك الآن", "الروسية",
          "المبروك إدريس", "سرت"],
 "qgb2": ["الوطني الليبي", "الشرق الأوسط", "غرفة عمليات الجنوب الغربي", "عبد الرحمن المرزوقي", "السودانية",
          "السوداني"],
 "qgb3": ["القدس العربي", "القوة الثالثة", "المصراتية", "قوة حماية طرابلس", "صلاح الدين الفزاني", "الليبي", "تركية"],
 "qgb4": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "تشاديين", "إدريس أبوبكر", "الجزائري", "مالي"],
 "qgb5": ["راديو سوا", "الوطني الليبي", "إذاعة فزان", "اللبنانية", "روسية"],
}

PHEN = {
 "qgb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qgb2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qgb3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_crossings"],
 "qgb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qgb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgb1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["براك"]),
  mv("deploy", "planned", "Libyan National Army", [], ["إدري"], ["أقار", "برقن"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["وادي الشاطئ"]),
 ],
 "qgb2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["وادي عتبة"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار تمنهنت"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["وادي عتبة"], ["الحدود مع النيجر"]),
  mv("advance", "conditional", "Libyan National Army", [], ["حقل الفيل"]),
 ],
 "qgb3": [
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة تمنهنت"]),
  mv("redeploy", "planned", "Libyan National Army", ["تمنهنت"], ["قاعدة براك الجوية"]),
  mv("mobilise", "denied", "Misrata forces", [], ["الشويرف"]),
  mv("deploy", "conditional", "GNA forces", ["مصراتة"], ["الشويرف"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("withdraw", "reported", "Misrata forces", ["قاعدة تمنهنت"]),
 ],
 "qgb4": [
  mv("advance", "reported", "Libyan National Army", ["إدري"], ["الحمادة الحمراء"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("shipment", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["برقن"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع الجزائر"]),
 ],
 "qgb5": [
  mv("shipment", "reported", "Libyan National Army", ["الجفرة"], ["قاعدة تمنهنط"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "denied", "Libyan National Army", ["براك"], ["سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", ["إدري"]),
 ],
}

NOTES = {
 "qgb1": "MCD from Sabha (dateline only): LNA reinforcements Tamanhint air base→Brak; a planned company to Idri via "
         "Aqar and Barqin (origin not written: 'سرية منها'); a Facebook page's claim that Russian personnel left Brak air "
         "base for Jufra air base, denied; a conditional battalion Sabha→Wadi al-Shati if the truce fails. Sabha "
         "('70 km north of Sabha'), Brak/Idri as the wadi's ends, Brak air base in the 2017 attack and the south-west are "
         "not movement places; 'براك الآن' (page), 'المبروك إدريس' (person) and 'سرت' (verb 'spread') are traps.",
 "qgb2": "Asharq Al-Awsat from Cairo (dateline only): an LNA force Sabha→Wadi Ataba via Murzuq; a planned airlift "
         "Benina air base→Tamanhint airport; local pages' claim that Sudanese fighters withdrew from Wadi Ataba toward the "
         "border with Niger, denied by a councillor; a conditional advance to El Feel field. Ubari ('200 km south of "
         "Ubari', 'between Ubari and Murzuq'), Murzuq in the background, Fezzan, Sudan, southern Libya, Libya and Algiers "
         "(venue of a neighbours' meeting) are not movement places; the Wadi Ataba municipality stands beside the town.",
 "qgb3": "Al-Quds Al-Arabi from Tripoli (dateline and seat of the Presidential Council): two Il-76 flights "
         "Benghazi→Tamanhint base; their planned move Tamanhint→Brak air base; Misrata's military council denies massing "
         "in Ash-Shwayrif (Brak only a distance reference) and denies that a Turkish ship landed men at Misrata port; the "
         "GNA's conditional force Misrata→Ash-Shwayrif (Wadi al-Shati only in the condition); the Third Force's 2017 "
         "withdrawal from Tamanhint (reported, historical). Sabha locates the base; Brak and Fezzan in the closing quote "
         "are not movement places.",
 "qgb4": "Afrigate News from Brak al-Shati (dateline only): LNA units advanced Idri→Hamada al-Hamra after a clash; a "
         "planned company Brak air base→Idri; three ammunition-and-fuel trucks Brak→Idri (reported); pages' claim that "
         "Chadian fighters massed around Barqin, denied; a conditional pursuit to the border with Algeria. Algiers "
         "(authorities), Brak ('120 km'), Wadi al-Shati and the last Hamada (smugglers' tracks) are not movement places; "
         "'إدريس أبوبكر' and 'مالي' are traps.",
 "qgb5": "Radio Sawa from Benghazi (dateline and source city): an 18-truck ammunition convoy Jufra→Tamanhint base "
         "(spelled تمنهنط); a planned Russian cargo flight Jufra air base→Brak air base; a Russian landing ship that landed "
         "men and vehicles at Tobruk port (reported); a local radio's claim that Battalion 101 moved Brak→Sabha, denied; a "
         "conditional withdrawal from Idri. Sabha in the commander's title, Wadi al-Shati in the police directorate, a "
         "Captagon container Tripoli (Lebanon)→Benghazi port (smuggling, not a force), Tripoli as the UN seat, Fezzan and "
         "the Sharara field ('250 km') are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgb1", "qgb2", "qgb3", "qgb4", "qgb5")
