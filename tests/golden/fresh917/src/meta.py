# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qii1 Kufra: Zuwayya and Tebu (Al-Sudani)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (Kufra row)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G
 # qii2 Ubari, Ghat and the Tuareg (Ammon News)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "southwest_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),           # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # qii3 Wadi al-Shati and the Magarha (Shafaq News)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "tamanhint_town": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                     # G* (base row, kind town)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # qii4 Murzuq, Qatrun and the Tebu (Nidaa al-Watan)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # qii5 Ajdabiya, Jalu, Sarir and the Zuwayya (Mada Masr)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "qii1": ["السوداني", "سبل السلام", "جيش الوطني الليبي", "الأخبار السارة", "قوات الدعم السريع", "صفحات سودانية"],
 "qii2": ["إذاعة أوباري", "إدريس", "الطرابلسي", "الجزائرية", "أحمد الغاتي", "الليبيين", "الماليين", "النيجريين"],
 "qii3": ["جيش الوطني الليبي", "إدريس المقرحي", "هون من شأن", "ليبيا الحدث"],
 "qii4": ["الإيطالية", "اللبنانيين", "الطاهر المرزوقي", "التشاديين"],
 "qii5": ["مدى مصر", "الخليج العربي", "سالم الجالوي"],
}

PHEN = {
 "qii1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qii2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qii3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qii4": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qii5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qii1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"], ["بزيمة"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["كفرة"]),
  mv("withdraw", "conditional", None, ["ربيانة"]),
  mv("redeploy", "planned", "Libyan National Army", ["مطار الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Sudanese armed groups", ["مثلث العوينات"], ["الكفرة"]),
 ],
 "qii2": [
  mv("reinforce", "reported", "GNA forces", ["اوباري"], ["حقل الشرارة"]),
  mv("airlift", "planned", "GNA forces", ["مطار سبها"], ["مطار غات"]),
  mv("deploy", "planned", "GNA forces", [], ["منفذ إيسين"]),
  mv("advance", "conditional", None, ["غات"], ["العوينات"]),
  mv("mobilise", "denied", "Foreign fighters", [], ["مثلث السلفادور"]),
 ],
 "qii3": [
  mv("redeploy", "reported", "Libyan National Army", ["براك الشاطئ"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", None, ["قاعدة براك الجوية"], ["براك"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["قاعدة تمنهنت"]),
  mv("advance", "conditional", "Libyan National Army", ["تمنهنط"], ["سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["وادي الشاطئ"]),
 ],
 "qii4": [
  mv("deploy", "reported", None, ["مرزق"], ["حقل الفيل"]),
  mv("reinforce", "planned", None, ["القطرون"], ["حقل الفيل"], ["مرزق"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تجرهي"], ["تشاد"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة الويغ"]),
 ],
 "qii5": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["حقل السرير"], ["جالو"]),
  mv("mobilise", "conditional", None, [], ["اجدابيا", "حقل مسلة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء البريقة"]),
 ],
}

NOTES = {
 "qii1": "Kufra, Zuwayya against Tebu: the Zuwayya-dominated Subul al-Salam battalion (LNA) deploys Kufra→Tazirbu via "
         "Buzayma (Al-Jawf only the source's town); an ammunition-and-fuel shipment Ajdabiya→Kufra (spelt كفرة); the "
         "Tebu fighters' conditional withdrawal from Rebiana (actor null: a tribal force with no canonical name); a "
         "planned company Kufra airport→Maaten al-Sarra base ('near the border with Chad' only locates the base); a "
         "denied RSF crossing Uweinat triangle→Kufra. Khartoum is the dateline; Benghazi, Sudan, Chad and Kufra in the "
         "quote and background are not movement places.",
 "qii2": "Ubari and Ghat, Tuareg units: a Tuareg-majority GNA force reinforces the Sharara field from Ubari (spelt "
         "اوباري); a planned airlift Sabha airport→Ghat airport chained to a planned deployment around the Isayen "
         "crossing (no origin written in that clause); Ghat Tuareg youth's conditional advance Ghat→Al-Awaynat; Ghat "
         "municipality denies 200 Malian/Nigerien Tuareg massing in the Salvador triangle (Foreign fighters). Amman "
         "(dateline, not Oman), Algiers, Algeria, Niger (where the photos were taken), Doha/Qatar and Idri are not "
         "movement places; إدريس and الطرابلسي are persons.",
 "qii3": "Wadi al-Shati, Magarha: LNA's Magarha-majority Brigade 12 moves Brak al-Shati→Tamanhint air base; a planned "
         "local guard company (police, actor null) Brak air base→the town centre of Brak; an ammunition/fuel shipment "
         "Sabha→Tamanhint base; a conditional advance Tamanhint (spelt تمنهنط)→Sabha; the denied pull-out of all of "
         "Brigade 12 from Wadi al-Shati (Idri and Brak in the denial are where they stay, not movement places). "
         "'هون من شأن' is a verb phrase (Hun), إدريس المقرحي a person.",
 "qii4": "Murzuq, Tebu guards: a Tebu-majority oil-guard unit deploys Murzuq→El Feel field (actor null); a planned "
         "second Tebu company Qatrun→El Feel via Murzuq; Chadian Tebu fighters near Tajarhi will go back to Chad only "
         "with an amnesty (conditional withdraw); the LNA denies massing 50 vehicles at Al-Wigh base (Toummo and the "
         "Niger border only distance references). Beirut dateline; طرابلس الغرب is Libyan Tripoli, طرابلس in North "
         "Lebanon the Lebanese city (engineers going home, not forces); Algiers/Algeria, Niger, Chad in the background.",
 "qii5": "Zuwayya and the oil fields: an LNA oil-guard force, mostly Zuwayya, Ajdabiya→Sarir field via Jalu; Zuwayya "
         "youth conditionally massing in Ajdabiya and at the Messla field gates (actor null); a reported airlift "
         "Benina→Kufra airport; a planned marine landing Benghazi port→Zueitina terminal; a denied Misrata landing "
         "near Brega port. Cairo dateline; Tripoli (the government), Kufra, the Egyptian border, Sudan and the Oil "
         "Crescent are background only; مدى مصر and الخليج العربي (AGOCO) are names.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qii1", "qii2", "qii3", "qii4", "qii5")
