# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "somalia": ("country", "SO", 5.12792, 46.75724, "Somalia"),                            # G
 "djibouti": ("country", "DJ", 11.82060, 42.49622, "Djibouti"),                         # G
 # capitals and other cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 # fy1 Tripoli suburbs
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "salah_din": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),             # G
 # fy1 airports and bases
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga International Airport"),  # G (row مطار معيتيقة)
 "kwi_airport": ("airport", "KW", 29.22660, 47.96890, "Kuwait International Airport"),  # K
 "abdullah_mubarak": ("base", "KW", 29.22660, 47.96890, "Abdullah Al-Mubarak Air Base"),  # K (at Kuwait airport)
 # fy2 Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb-Ghadames border crossing"),  # G* (Debdeb town row)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس)
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),        # G (row مطار عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "ouargla_wil": ("district", "DZ", 30.94421, 6.64470, "Ouargla province"),              # G (district row ورقلة)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "boufarik_base": ("base", "DZ", 36.54580, 2.87610, "Boufarik Air Base"),               # K
 "hb_airport": ("airport", "DZ", 36.69100, 3.21540, "Houari Boumediene Airport"),       # K
 "algiers_port": ("crossing", "DZ", 36.77000, 3.07000, "Port of Algiers"),              # K
 "tripoli_port": ("crossing", "LY", 32.90000, 13.19000, "Port of Tripoli"),             # K
 "border_dz_side": ("region", "DZ", 29.50000, 9.60000, "Algeria-Libya border (Algerian side near Debdeb)"),  # K
 # fy3 Tunisia
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G (row بن قردان)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G (row قاعدة العوينة)
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # K
 "tunis_airport": ("airport", "TN", 36.85100, 10.22720, "Tunis-Carthage International Airport"),  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "border_tn_side": ("region", "TN", 33.10000, 11.45000, "Tunisia-Libya border (Tunisian side near Ras Ajdir)"),  # K
 # fy4 Tripoli (Lebanon) and the north
 "tripoli_lb_port": ("crossing", "LB", 34.46200, 35.82200, "Port of Tripoli (Lebanon)"),  # K
 "tabbaneh": ("district", "LB", 34.44400, 35.84300, "Bab al-Tabbaneh"),                 # K
 "jabal_mohsen": ("district", "LB", 34.44700, 35.83700, "Jabal Mohsen"),                # K
 "qobbeh": ("district", "LB", 34.43700, 35.85600, "Al-Qobbeh (Tripoli, Lebanon)"),      # K
 "bahjat_ghanem": ("base", "LB", 34.43600, 35.85300, "Bahjat Ghanem barracks"),         # K
 "el_mina": ("town", "LB", 34.45000, 35.81500, "El Mina"),                              # K
 "akkar": ("district", "LB", 34.54280, 36.07970, "Akkar"),                              # K (Halba)
 "border_lb_sy": ("region", "LB", 34.62000, 36.30000, "Lebanon-Syria border (Akkar side)"),  # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "misrata_port": ("crossing", "LY", 32.36900, 15.21600, "Misrata port (Qasr Ahmad)"),   # K
 # fy5 Djibouti, the Red Sea and Sudan
 "djibouti_port": ("crossing", "DJ", 11.60000, 43.13500, "Port of Djibouti"),           # K
 "lemonnier": ("base", "DJ", 11.54700, 43.15500, "Camp Lemonnier"),                     # K
 "khoms_port": ("crossing", "LY", 32.66000, 14.28000, "Al Khums port"),                 # K
 "bab_mandeb": ("region", "DJ", 12.58330, 43.33330, "Bab el-Mandeb strait"),            # K
 "suez_canal": ("region", "EG", 30.58000, 32.32000, "Suez Canal"),                      # K
 "gulf_tadjoura": ("region", "DJ", 11.70000, 43.00000, "Gulf of Tadjoura"),             # K
 "malha": ("town", "SD", 15.13000, 26.20000, "Al Malha"),                               # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
}

TRAPS = {
 "fy1": ["القبس", "الكويتي", "الليبية", "العميد خالد الطرابلسي", "مالي", "الصندوق الكويتي للتنمية الاقتصادية العربية",
         "وكالة الأنباء الكويتية", "اللبنانية"],
 "fy2": ["الشروق", "الناحية العسكرية الرابعة", "ادريس بن ساسي", "قلعة بني عباس", "الجيش الوطني الشعبي", "الليبية",
         "الليبي", "الجزائريين"],
 "fy3": ["المغرب", "إذاعة تطاوين", "إدريس العكرمي", "سوق ليبيا", "الليبية", "الليبي", "ليبياً"],
 "fy4": ["المدن", "الخطة الأمنية لطرابلس", "الطرابلسيين", "اللبناني", "الليبي", "الليبية", "السوريين", "ليبياً",
         "مصرياً"],
 "fy5": ["القرن", "عملية «إيريني»", "التركية", "الليبي", "الليبية", "الجيبوتية", "الأمريكية", "على أمل"],
}

PHEN = {
 "fy1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "countries"],
 "fy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fy3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "fy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "countries"],
 "fy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fy1": [
  # Kuwaiti army engineers flown Abdullah Al-Mubarak air base -> Mitiga (Kuwaiti army: not a canonical actor)
  _m("airlift", "reported", None, ["قاعدة عبدالله المبارك الجوية"], ["مطار معيتيقة الدولي"]),
  # «سينتقل مطلع الأسبوع المقبل إلى عين زارة وصلاح الدين»
  _m("deploy", "planned", None, [], ["عين زارة", "صلاح الدين"]),
  # GNA company repositioned Salah al-Din -> Ain Zara
  _m("redeploy", "reported", "GNA forces", ["صلاح الدين"], ["عين زارة"]),
  # «في حال نجاح المرحلة الأولى، ستقلع طائرة ثانية من الكويت إلى بنغازي»
  _m("airlift", "conditional", None, ["الكويت"], ["بنغازي"]),
  # weapons on the plane denied
  _m("shipment", "denied", None, [], ["ليبيا"]),
 ],
 "fy2": [
  _m("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"]),
  _m("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  # «توغل» near Ghadames denied by the MoD
  _m("advance", "denied", "Algerian army", [], ["غدامس"]),
  # the landing ship with a marine detachment «إذا تدهورت الأوضاع»
  _m("deploy", "conditional", "Algerian army", ["ميناء الجزائر"], ["ميناء طرابلس"]),
  # GNA chief of staff: «ستدفع خلال الساعات المقبلة بقوة من نالوت إلى غدامس»
  _m("deploy", "planned", "GNA forces", ["نالوت"], ["غدامس"]),
 ],
 "fy3": [
  # C-130 Aouina -> Djerba-Zarzis airport, then by road to Ben Gardane (one move, two destinations)
  _m("airlift", "reported", "Tunisian army", ["قاعدة العوينة الجوية"], ["مطار جربة جرجيس الدولي", "بنقردان"]),
  _m("reinforce", "reported", "Tunisian army", ["مدنين"], ["الذهيبة"]),
  _m("withdraw", "denied", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  _m("mobilise", "conditional", "Tunisian army", [], ["تطاوين"]),
  # GNU interior force by sea Tripoli port -> Zuwara port, then to the Ras Ajdir crossing
  _m("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة", "معبر رأس جدير"]),
 ],
 "fy4": [
  # Lebanese army (not a canonical actor) from the Bahjat Ghanem barracks to the port and two neighbourhoods
  _m("reinforce", "reported", None, ["ثكنة بهجت غانم"], ["مرفأ طرابلس", "باب التبانة", "جبل محسن"]),
  # arms from Libya to Tripoli (Lebanon) on the ship: denied
  _m("shipment", "denied", None, ["ليبيا"], ["طرابلس"]),
  # «ستدفع بوحدات إضافية إلى عكار والحدود مع سوريا إذا تبيّن ...»
  _m("deploy", "conditional", None, [], ["عكار", "الحدود مع سوريا"]),
  # Syrian fighters to be pulled out of Tripoli (Libya) to Turkey by air
  _m("withdraw", "planned", "Syrian mercenaries", ["طرابلس الغرب"], ["تركيا"]),
 ],
 "fy5": [
  _m("redeploy", "reported", "Turkish armed forces", ["ميناء جيبوتي"], ["ميناء الخُمس"], ["باب المندب", "قناة السويس"]),
  _m("naval_landing", "denied", "Turkish armed forces", [], ["مصراتة"]),
  # «قد تنتقل من الخُمس إلى المياه المقابلة لتاجوراء ... في حال تجددت الاشتباكات»
  _m("redeploy", "conditional", "Turkish armed forces", ["الخُمس"], ["تاجوراء"]),
  # RSF massing in Al Malha, then its planned advance towards the border triangle
  _m("mobilise", "reported", "Sudanese armed groups", [], ["الملحة"]),
  _m("advance", "planned", "Sudanese armed groups", ["الملحة"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "fy1": "Kuwait (Al-Qabas style): الكويت as dateline city, as the country and inside مطار الكويت الدولي and the nisba "
        "الكويتي; Libyan Tripoli vs Tripoli in Lebanon (an aid flight, not a movement) and the surname الطرابلسي; a "
        "Kuwaiti army engineers' airlift, a planned deployment, a GNA redeploy, a conditional second flight and a "
        "denied arms shipment; «دعم مالي» (Mali).",
 "fy2": "Algiers vs Algeria (Echorouk style): dateline الجزائر and الجزائر العاصمة (city), حدود الجزائر and بين "
        "الجزائر وليبيا (country), ميناء الجزائر (port), الجزائريين (nisba); Ouargla city vs «والي ورقلة»; the ship "
        "«قلعة بني عباس» and «ادريس» traps; a reinforcement, an Il-76 airlift, a denied incursion near Ghadames, a "
        "conditional naval deployment to Tripoli port and a planned GNA force Nalut->Ghadames; the Libyan delegation's "
        "flight is not a movement.",
 "fy3": "Tunis vs Tunisia (Al-Maghrib style, the outlet's name is Morocco): dateline تونس and تونس العاصمة (city), "
        "مطار تونس قرطاج الدولي, بين تونس وليبيا (country); spelling بنقردان, راس جدير; Medenine town vs «والي مدنين»; "
        "traps إذاعة تطاوين, سوق ليبيا, إدريس; a C-130 airlift Aouina->Djerba->Ben Gardane, a reinforcement "
        "Medenine->Dehiba, a denied pull-back to Tataouine, a conditional massing and a planned GNU sea move to Zuwara "
        "port and Ras Ajdir.",
 "fy4": "Tripoli in Lebanon vs «طرابلس الغرب» (Al-Modon style): the Lebanese port, neighbourhoods (باب التبانة/التبانة, "
        "جبل محسن, القبة — also a Libyan town name), El Mina (الميناء as a town), the «الخطة الأمنية لطرابلس» trap; a "
        "Lebanese army reinforcement, a denied arms shipment from Libya, a conditional deployment to Akkar and the "
        "Syrian border and a planned pull-out of Syrian fighters from Tripoli (Libya) to Turkey.",
 "fy5": "Djibouti city vs country (Al-Qarn style): dateline جيبوتي and العاصمة جيبوتي (city), ميناء جيبوتي (port), "
        "«تستضيف جيبوتي» (country); Gulf of Tadjoura (Djibouti) vs Tajura (Tripoli); a Turkish frigate Djibouti "
        "port->Al Khums port via Bab el-Mandeb and Suez, a denied marine landing at Misrata, a conditional move to off "
        "Tajura, RSF massing at Al Malha and a planned advance to the border triangle; «على أمل» (Amal).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fy1", "fy2", "fy3", "fy4", "fy5")
