# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G (also for the spelling مرزوق)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # qbn1 Tripoli -> Shwayrif (Al-Quds Al-Arabi)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif municipality"),   # G* (town row)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbn2 Benghazi -> Sabha -> Murzuq/Qatrun (Al-Anbaa)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; written اجدابيا)
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 # qbn3 Ubari -> Ghat (Akhbar Al-Khaleej)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality/district"),      # G (district row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Sardalas)"),                # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qbn4 Murzuq -> Qatrun, Tajarhi, Toummo (Roya)
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 # qbn5 Brega port -> Sabha, Ras Lanuf, Abu Qurayn, Idri (Le360)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "brega_port": ("oilfield", "LY", 30.420, 19.590, "Marsa el Brega oil port"),           # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (row قاعدة الجفرة الجوية, point near Hun/Waddan)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
}

TRAPS = {
 "qbn1": ["القدس العربي", "اللواء 444 قتال", "الشركة الليبية لتوزيع النفط", "المالي", "الكتيبة 116 مشاة",
          "إدريس الشريف", "اللبنانية"],
 "qbn2": ["اللواء طارق بن زياد", "الجيش الوطني الليبي", "الهلال الأحمر الكويتي", "ليبيا الحدث", "التشادية",
          "شارع طرابلس"],
 "qbn3": ["أخبار الخليج", "الكتيبة 173 مشاة", "الجيش الوطني الليبي", "ليبيا الأحرار", "الأوباري", "بلاغات",
          "الجزائرية", "الجيش الجزائري"],
 "qbn4": ["رؤيا", "اللواء 128 مشاة", "علي القطروني", "النيجرية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي"],
 "qbn5": ["Le360", "الجيش الوطني الليبي", "شركة البريقة لتسويق النفط", "ليبيا الأحرار", "الكتيبة 166 مشاة",
          "عادل الإدريسي", "ليبية"],
}

PHEN = {
 "qbn1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "qbn2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "town_vs_district", "coverage_bases"],
 "qbn3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbn1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الشويرف"], ["غريان", "مزدة"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["الشويرف"]),
  mv("withdraw", "conditional", "GNA forces", ["الشويرف"], ["غريان"]),
  mv("shipment", "denied", "GNA forces", [], ["مزدة"]),
 ],
 "qbn2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سبها"], ["اجدابيا", "زلة", "هون"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["مرزق", "القطرون"], ["تراغن"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["غدوة"], ["سبها"]),
 ],
 "qbn3": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("shipment", "denied", "Libyan National Army", [], ["حقل الشرارة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["أوباري"]),
 ],
 "qbn4": [
  mv("reinforce", "reported", "Libyan National Army", ["مرزوق"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["تجرهي"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["أم الأرانب"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع تشاد"], ["القطرون"]),
 ],
 "qbn5": [
  mv("naval_landing", "reported", "Libyan National Army", ["طبرق"], ["ميناء البريقة"]),
  mv("shipment", "reported", "Libyan National Army", ["ميناء البريقة"], ["سبها"], ["الجفرة"]),
  mv("naval_landing", "planned", "Libyan National Army", [], ["ميناء راس لانوف"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "denied", "Libyan National Army", ["براك"], ["إدري"]),
 ],
}

NOTES = {
 "qbn1": "A GNA escort (Brigade 444, trap) takes 42 fuel tankers Tripoli→Ash Shwayrif via Gharyan and Mizdah and stops "
         "there (Bani Walid only the road not taken; the Zawiya refinery only where the fuel was loaded; Sabha, Ubari, "
         "Wadi al-Hayat only the fuel's recipients); the LNA plans to move a unit Brak→Shwayrif to take over; the "
         "escort will leave Shwayrif for Gharyan if the hand-over fails (conditional); the brigade denies taking 6 "
         "tankers to a camp in Mizdah. The tanker at Tripoli port from Tripoli (Lebanon) is civilian: no movement.",
 "qbn2": "An LNA escort brings 80 food trucks Benghazi→Sabha via Ajdabiya (written اجدابيا), Zillah and Hun; a planned "
         "escort Sabha→Murzuq and Al-Qatrun via Traghen instead of the Umm al-Aranib road (not a movement place: the "
         "route avoided, and a past civilian robbery); a conditional airlift Benina air base→Sabha airport if sand storms close the Hun–Sabha desert road (Hun and Sabha there only the condition); the LNA "
         "denies withdrawing the Ghuddwa guard post to Sabha. Tripoli only locates the GNA pages; 'Tripoli Street' "
         "in Sabha is a trap.",
 "qbn3": "An LNA company escorts 26 tankers Ubari→Ghat via Al-Awaynat; its commander denies diverting 4 tankers to the "
         "Sharara field; a planned airlift of military police Tamanhint base→Ghat airport; conditional reinforcements "
         "Sabha→Ubari if a convoy is attacked. The Algerian border is a distance reference, Djanet the origin of "
         "smuggled fuel, the Isayen crossing stays closed, Awaynat's second mention is a past shooting, and the 40 "
         "Algerian-permitted food trucks to Ghat and Ubari are civilian: none of these is a movement place.",
 "qbn4": "LNA reinforcements escort 18 WFP trucks Murzuq (written مرزوق)→Al-Qatrun; a planned company Qatrun→Tajarhi; a "
         "conditional continuation of the escort to the Toummo crossing (no origin named in that sentence); a "
         "reported LNA massing of 30 vehicles at Umm al-Aranib; a Chadian faction (CCMSR) denies infiltrating from "
         "the border with Chad to the outskirts of Qatrun. The border with Niger, Southern Libya and the Murzuq "
         "district are context only.",
 "qbn5": "LNA marines landed at Brega port from Tobruk; 35 military tankers Brega port→Sabha via Al-Jufra; a planned "
         "second landing at Ras Lanuf port (no origin written); Misrata's military council would mass a force at Abu "
         "Qurayn if the NOC asks (conditional mobilise); the LNA denies an advance Brak→Idri to seize a fuel depot. "
         "Rabat (dateline), Bouznika and Tunis (venues), Misrata (seat of the council), Libya, Tunisia, Niger, Chad and "
         "Fezzan (smuggling context) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbn1", "qbn2", "qbn3", "qbn4", "qbn5")
