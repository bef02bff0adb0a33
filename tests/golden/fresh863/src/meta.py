# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (none in this sample);
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G (also طرابلس الغرب: G*)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qgg1 HoR defence committee, the Sirte line (Al-Quds Al-Arabi)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                 # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G* (row ميناء السدرة, written السدرة)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (row ميناء البريقة, written البريقة)
 # qgg2 High Council of State, the south-west (Monte Carlo Doualiya)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: area point near Hun)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qgg3 Tripoli municipalities (Al-Liwaa, Beirut)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (town row)
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al-Juma municipality"),       # G* (row سوق الجمعة, kind town)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (gazetteer kind town)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (gazetteer kind town)
 # qgg4 Kufra municipality and the Sudan border (SUNA, Port Sudan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 # qgg5 southern MPs, Murzuq and Qatrun (Al-Anba, Kuwait)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
}

TRAPS = {
 "qgg1": ["القدس العربي", "فرج السرتاوي", "تحت القبة", "قوة حماية وتأمين سرت", "قناة «مصراتة»", "المصراتية"],
 "qgg2": ["مونت كارلو الدولية", "إدريس بن سعود", "كتيبة ثوار طرابلس", "الجزائريين"],
 "qgg3": ["«اللواء»", "من هذه الزاوية", "المصراتية", "وزارة الدفاع التركية", "اللبنانيون"],
 "qgg4": ["سونا", "وكالة السودان للأنباء", "الدعم المالي", "كتيبة سبل السلام", "الدعم السريع", "الليبية",
          "السودانية"],
 "qgg5": ["«الأنباء»", "مصباح الإدريسي", "التشادية", "تشادياً"],
}

PHEN = {
 "qgg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings"],
 "qgg2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours",
          "countries"],
 "qgg3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
          "coverage_crossings", "countries"],
 "qgg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qgg5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgg1": [
  mv("reinforce", "reported", "GNA forces", ["مصراته"], ["أبوقرين"], ["تاورغاء"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة القرضابية"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء طبرق"], ["ميناء سرت"]),
  mv("advance", "conditional", "Libyan National Army", ["بويرات الحسون"], ["أبوقرين"]),
  mv("mobilise", "reported", "Misrata forces", [], ["الدافنية"]),
 ],
 "qgg2": [
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["الشويرف"], ["براك"]),
  mv("shipment", "reported", "Libyan National Army", ["الجفرة"], ["الشويرف"]),
  mv("deploy", "conditional", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("redeploy", "denied", "Libyan National Army", ["أوباري"], ["الحدود مع الجزائر"]),
 ],
 "qgg3": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("withdraw", "planned", "GNA forces", ["عين زارة"], ["ترهونة"]),
  mv("redeploy", "conditional", "GNA forces", ["الزاوية"], ["جنزور"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبو سليم"]),
 ],
 "qgg4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفره"], ["جبل العوينات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], [], ["جبل العوينات"]),
 ],
 "qgg5": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الويغ"], ["القطرون"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار الأبرق"], ["قاعدة تمنهنت"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["مرزوق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
}

NOTES = {
 "qgg1": "HoR defence committee communiqué: a GNU (Tripoli chief of staff) column Misrata→Abu Qurayn via Tawergha "
         "(reported by the committee), the LNA's denied pull-out from Gardabya base, a planned sea move of an LNA "
         "battalion Tobruk port→Sirte port, a conditional LNA advance Bouerat al-Hsun→Abu Qurayn, and a Misrata "
         "massing at Dafniya shown by a TV channel and confirmed by a councillor. Benghazi (venue, dateline), Geneva "
         "(ceasefire), Sirte in the quote and the Oil Crescent ports (background) are not movement places.",
 "qgg2": "High Council of State statement: LNA forces Sabha→Ash Shwayrif via Brak, a fuel-and-ammunition convoy from "
         "Al-Jufra to Ash Shwayrif for them, a conditional GNU deployment Nalut→Ghadames (Nalut first named as the "
         "member's constituency), a planned joint force Tripoli→Mizdah via Gharyan, and the LNA's denied transfer "
         "Ubari→the Algerian border. Tripoli as venue, Algiers (visit), Algeria (country) and Fezzan (background) are "
         "not movement places; كتيبة ثوار طرابلس is a force name.",
 "qgg3": "Tajoura and Souq al-Juma municipalities reject militarisation after Misrata brigades reached Tajoura from "
         "Misrata via Garabulli; a planned GNU withdrawal Ain Zara→Tarhuna; a conditional redeployment Zawiya→Janzour; "
         "Ankara denies a Turkish landing at Khoms port (Ankara = briefing venue); SSA vehicles massing in Abu Salim. "
         "Beirut (dateline), Libya, and Lebanese Tripoli with Bab al-Tabbaneh/Jabal Mohsen (a comparison) are not "
         "movement places; 'من هذه الزاوية' is a common-word trap.",
 "qgg4": "SUNA on Kufra municipality's demand (no movement): an LNA airlift Al-Khadim base→Kufra airport, a planned "
         "company Kufra→Jebel Uweinat, a conditional return Maaten al-Sarra base→Kufra, an RSF supply convoy "
         "Kufra→Al-Malha via the border triangle (Sudanese intelligence), and the LNA's denial of an RSF column from "
         "Al-Malha into Libya via Jebel Uweinat. Port Sudan (dateline), Benghazi (locates Al-Khadim), North Darfur "
         "(locates Al-Malha), the border with Sudan and the countries are not movement places.",
 "qgg5": "Southern MPs' demand for a force in Murzuq (a demand, not a movement): an LNA armoured company Al-Wigh "
         "base→Al-Qatrun, a brigade-128 force Ubari→El Feel field, a planned airlift Al-Abraq airport→Tamanhint base, a "
         "conditional reinforcement Sabha→Murzuq (spelt مرزوق), and FACT-type Chadian massing near Al-Qatrun denied by "
         "the LNA. Kuwait (dateline city, then the country), Idri/Wadi al-Shati (the MP's home), the Tummo crossing "
         "and the Niger border (patrol range) and Fezzan are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgg1", "qgg2", "qgg3", "qgg4", "qgg5")
