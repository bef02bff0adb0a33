# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 # airports and air bases used in several articles
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga International Airport"),      # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga International Airport"),         # G (bare «معيتيقة»)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G* (row قاعدة الوطية)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                    # G
 "benina_ap": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),      # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                      # G* (row قاعدة الخادم)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                          # G
 # ks1 Tripoli / Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),    # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                  # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                       # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90200, 13.19000, "Port of Tripoli"),              # K
 # ks2 Benghazi / Al-Abraq / Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "cairo_ap": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),        # G
 "abraq_ap": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                   # G
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                                 # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),              # G* (district row, as region)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),            # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.05200, "Port of Benghazi"),            # K
 "borg_ap": ("airport", "EG", 30.91700, 29.69600, "Borg El Arab International Airport"), # K
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                 # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),            # G* (row برقة)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),           # G* (row منفذ امساعد, country EG)
 # ks3 Ghat / Djanet
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "ghat_ap": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                        # G
 "sabha_ap": ("airport", "LY", 26.98700, 14.47250, "Sabha International Airport"),        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G* (row قاعدة تمنهنت)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                       # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                 # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "djanet_ap": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),          # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village)
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                   # G
 "border_dz_ly": ("region", "DZ", 24.75000, 9.85000, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 # ks4 Kufra / Sudan
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                      # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),              # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                 # G* (row قاعدة معطن السارة)
 "triangle_se": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"), # G* (row المثلث الحدودي مع تشاد والسودان)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G* (row أجدابيا)
 "nyala_ap": ("airport", "SD", 12.05350, 24.95620, "Nyala Airport"),                      # K
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                  # G
 "uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                        # K
 # ks5 Ghadames / central bases
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                  # G
 "ghadames_ap": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),                 # G
 "triangle_w": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "tripoli_ap": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),    # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),          # G* (town row)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                             # G* (Hun town row, README rule)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "khums_port": ("crossing", "LY", 32.66000, 14.28000, "Port of Al Khums"),               # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ks1": ["فواصل", "الخطوط الجوية الليبية", "الأجنحة الليبية", "شارع طرابلس", "التركية", "أحمد معيتيق"],
 "ks2": ["مصر للطيران", "المصري اليوم", "شارع جمال عبد الناصر", "المصرية", "الليبية"],
 "ks3": ["الخبر", "البراق للطيران", "طاسيلي للطيران", "الجيش الوطني الشعبي", "الجزائري", "الليبي"],
 "ks4": ["التغيير", "شركة الخليج العربي للنفط", "طارق بن زياد", "سبل السلام", "قوات الدعم السريع",
         "حركة تحرير السودان", "السوداني"],
 "ks5": ["إيلاف", "الخطوط الجوية الأفريقية", "إدريس الشريف", "مهرجان غدامس السياحي", "شركة مليتة للنفط والغاز",
         "التونسي", "الجزائري"],
}

PHEN = {
 "ks1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "ks2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ks3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "operation_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ks4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "operation_trap", "person_trap",
         "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ks5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours"],
}

MOVES = {
 "ks1": [
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["مطار معيتيقة الدولي"]),
  mv("advance", "conditional", "GNA forces", [], ["عين زارة"]),
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["مطار مصراتة"]),
  mv("naval_landing", "planned", "GNA forces", ["مصراته"], ["ميناء طرابلس", "معيتيقة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["معيتيقة"], ["قاعدة الوطية الجوية"]),
 ],
 "ks2": [
  mv("airlift", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["قاعدة بنينا الجوية"]),
  mv("naval_landing", "reported", "Egyptian army", [], ["ميناء بنغازي"]),
  mv("airlift", "planned", "Egyptian army", ["مطار برج العرب"], ["بنينا"]),
  mv("redeploy", "reported", "Libyan National Army", ["بنينا"], ["مطار الأبرق"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["الأبرق"]),
  mv("deploy", "denied", "Egyptian army", [], ["قاعدة الخادم الجوية"]),
 ],
 "ks3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنط الجوية"], ["مطار غات"]),
  mv("reinforce", "planned", "Libyan National Army", ["إدري"], ["العوينات"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["منفذ إيسين"]),
  mv("airlift", "reported", "Algerian army", ["بسكرة"], ["مطار جانت"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
 ],
 "ks4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("shipment", "planned", "Libyan National Army", ["اجدابيا"], ["مطار الكفرة"]),
  mv("airlift", "denied", "Libyan National Army", ["مطار الكفرة"], ["مطار نيالا"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["المالحة"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["جبل العوينات"]),
 ],
 "ks5": [
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية الجوية"], ["مطار غدامس"]),
  mv("withdraw", "reported", "GNA forces", ["مطار غدامس"], ["نالوت"]),
  mv("airlift", "conditional", "GNA forces", ["طرابلس"], ["غدامس"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"]),
  mv("shipment", "planned", "Turkish armed forces", [], ["الوطية"], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "ks1": "Fawasel (Tripoli): Mitiga closed after shelling, civil flights diverted to Misrata or cancelled (Tunisia, "
        "Istanbul, a diverted Alexandria flight: not movements); a GNA force Tajura→Mitiga (anaphora «محيط المطار»), "
        "its conditional advance on Ain Zara, a Turkish A400M Kayseri→Misrata airport, a planned Interior company "
        "by sea Misrata→Tripoli port→Mitiga, a denied Syrian airlift Mitiga→Al-Watiya; traps شارع طرابلس (Misrata) "
        "and the person أحمد معيتيق.",
 "ks2": "Al-Masry Al-Youm (Cairo): EgyptAir back to Benina and a cancelled Al-Abraq flight (not movements) beside "
        "Egyptian C-130s Mohamed Naguib base→Benina air base, an Egyptian landing at Benghazi port, a planned "
        "Borg El Arab→Benina flight, an LNA air-defence battery Benina→Al-Abraq airport, a conditional battalion "
        "Tobruk→Al-Abraq and a denied Egyptian deployment to Al-Khadim; domestic flights and migrant workers are no moves.",
 "ks3": "El Khabar (Algiers): the first passenger flight Sabha airport→Ghat airport and a cancelled return (not "
        "movements) beside an LNA cargo flight Tamanhint air base→Ghat airport (anaphora «المطار نفسه»), a planned "
        "Idri→Al-Awaynat reinforcement, a denied Chadian massing near the Isayen crossing, an Algerian Il-76 airlift "
        "Biskra→Djanet airport and a conditional advance Djanet→the border; an ambulance flight Djanet→Ouargla and "
        "suspended Tassili flights are not moves.",
 "ks4": "Altaghyeer (Port Sudan): UN aid flights Benghazi→Kufra, a cancelled Kufra–Tripoli flight and oil-company "
        "flights to Sarir (not movements) beside an LNA Il-76 airlift Benina air base→Kufra airport (anaphora "
        "«المطار»), a company Kufra→Maaten al-Sarra, a planned fuel convoy Ajdabiya→Kufra airport, denied cargo "
        "flights Kufra airport→Nyala airport, RSF massing in Al Malha and a conditional RSF pursuit to Jebel Uweinat; "
        "refugees are not a force.",
 "ks5": "Elaph (London): Ghadames airport reopened with a passenger flight from Mitiga and a cancelled Djerba flight "
        "(not movements) beside a GNA C-130 Al-Watiya→Ghadames airport, the relieved company's return to Nalut, a "
        "conditional Tripoli→Ghadames airlift, Russian Il-76s Al Khadim→Jufra air base, a denied Russian pull-out "
        "Brak air base→Jufra and a planned Turkish radar shipment via Al-Khums port to Al-Watiya; Tripoli "
        "International Airport, the Wafa field and the festival are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ks1", "ks2", "ks3", "ks4", "ks5")
