# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals, datelines, speakers
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G (row gn:2643743)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # ci1 Warshafana (Al-Aziziyah, Bir al-Ghanam)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "warshafana": ("region", "LY", 32.62, 12.97, "Warshafana"),                            # K
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G (row قاعدة معيتيقة)
 # ci2 Algerian side and Al Wafa field
 "border_dz": ("region", "DZ", 29.5, 9.6, "Algeria-Libya border (Algerian side)"),      # K
 "wafa": ("oilfield", "LY", 28.85, 10.15, "Al Wafa oil field"),                         # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                 # G
 "inamenas_apt": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 # ci3 Gulf of Bomba and the Egyptian border
 "gulf_bomba": ("region", "LY", 32.40, 23.10, "Gulf of Bomba"),                         # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "kafr": ("district", "EG", 31.29961, 30.90158, "Kafr el-Sheikh Governorate"),          # G
 "damietta": ("district", "EG", 31.34808, 31.67607, "Damietta Governorate"),            # G
 "ain_ghazala": ("town", "LY", 32.15, 23.33, "Ain al Ghazala"),                         # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "bomba": ("town", "LY", 32.33, 23.12, "Bomba"),                                        # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد)
 # ci4 Sirte front
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "washka": ("town", "LY", 31.30, 15.60, "Al Washka"),                                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (row قاعدة بنينا الجوية)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (Jufra air base point, near Hun/Waddan)
 "sirte_port": ("crossing", "LY", 31.215, 16.575, "Port of Sirte"),                     # K
 # ci5 Ubari and the south-west
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "toummo": ("crossing", "LY", 22.65, 14.20, "Toummo border crossing"),                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, LNA, ZIN, MIS = "GNA forces", "Libyan National Army", "Zintan forces", "Misrata forces"
ALG, EGY, TUR, CHAD = "Algerian army", "Egyptian army", "Turkish armed forces", "Chadian armed groups"

TRAPS = {
 "ci1": ["الحرة", "عادل الغرياني", "ليبيا الأحرار", "لبنانيين", "تونسي", "اللبنانية"],
 "ci2": ["الخبر", "شركة مليتة للنفط والغاز", "مقابل مالي", "مصطفى الغدامسي", "وكالة الأنباء الجزائرية",
         "جزائريين", "الليبيين", "ليبية", "التراب الليبي", "جزائرية"],
 "ci3": ["المصري اليوم", "الجيش الوطني الليبي", "خالد الإدريسي", "مصدر ليبي", "مصرياً", "الجيش المصري",
         "عسكري مصري", "مصرية", "المصرية", "الجانب الليبي"],
 "ci4": ["إيلاف", "المجلس العسكري مصراته", "ليبيا الحدث", "عملية البنيان المرصوص", "غرفة عمليات سرت الجفرة",
         "شارع طرابلس", "المصراتية"],
 "ci5": ["تي آر تي عربي", "التركية", "أتراك", "الليبية", "اللواء طارق بن زياد", "عملية «درع الجنوب»",
         "تشاديين", "ما ادري"],
}

PHEN = {
 "ci1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "ci2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ci3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ci4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "coverage_bases"],
 "ci5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "ci1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["العزيزية"], ["السواني"]),
  mv("reinforce", "reported", GNA, ["الزاوية"], ["بئر الغنم"]),
  mv("redeploy", "planned", GNA, ["جنزور"], ["غريان"]),
  mv("mobilise", "denied", ZIN, ["الزنتان"], ["بئر الغنم"]),
  mv("withdraw", "conditional", GNA, ["العزيزية"], []),
 ],
 "ci2": [
  mv("reinforce", "reported", ALG, ["ورقلة"], ["الدبداب", "الحدود مع ليبيا"]),
  mv("airlift", "reported", ALG, ["بسكرة"], ["مطار عين أميناس"]),
  mv("advance", "denied", ALG, [], ["حقل الوفاء"]),
  mv("deploy", "planned", GNA, ["نالوت"], ["غدامس"]),
  mv("advance", "conditional", GNA, [], ["درج"]),
 ],
 "ci3": [
  mv("naval_landing", "reported", LNA, ["قاعدة طبرق البحرية"], ["خليج البمبة"]),
  mv("withdraw", "conditional", LNA, ["عين الغزالة"], ["طبرق"]),
  mv("redeploy", "planned", LNA, ["القبة"], ["البمبة"]),
  mv("reinforce", "reported", EGY, ["مرسى مطروح"], ["السلوم"]),
  mv("advance", "denied", EGY, [], ["البمبة"], ["الحدود مع ليبيا"]),
 ],
 "ci4": [
  mv("deploy", "reported", MIS, ["مصراته"], ["الوشكة"], ["أبوقرين"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة القرضابية"]),
  mv("withdraw", "planned", MIS, ["الوشكة"], ["أبوقرين"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["الجفرة"]),
  mv("naval_landing", "denied", MIS, ["مصراته"], ["ميناء سرت"]),
  mv("mobilise", "conditional", MIS, [], ["أبوقرين"]),
 ],
 "ci5": [
  mv("airlift", "denied", TUR, ["قاعدة الوطية"], ["سبها"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت"], ["اوباري"], ["سبها"]),
  mv("withdraw", "reported", CHAD, ["اوباري"], ["إدري"]),
  mv("advance", "conditional", LNA, [], ["إدري"]),
  mv("shipment", "planned", LNA, ["بنغازي"], ["قاعدة تمنهنت"]),
  mv("shipment", "reported", None, ["النيجر"], [], ["منفذ التوم"]),
 ],
}

NOTES = {
 "ci1": ("Alhurra, Tripoli, 2026-02-15: Lebanese and Tunisian engineers kidnapped in Warshafana. GNA column "
         "Tripoli→Al-Aziziyah via As-Sawani (headline repeats it); reinforcements Zawiya→Bir al-Ghanam; planned "
         "company Janzour→Gharyan; Zintan build-up towards Bir al-Ghanam reported by social media and denied; the "
         "kidnappers' demanded pull-out from Al-Aziziyah answered «لن تغادر … إلا بعد» = conditional withdraw. "
         "Beirut, Lebanese Tripoli, Tunis, Gharyan (road), Warshafana, Mitiga (prison) are not movement places."),
 "ci2": ("El Khabar, Algiers, 2026-03-18: Algerian technicians kidnapped at Al Wafa. Algerian army reinforcements "
         "Ouargla→Debdeb and the border (headline repeats); special forces flown Biskra→In Amenas airport; "
         "incursion towards Al Wafa denied; GNA force Nalut→Ghadames announced («ستصل») = planned; its advance "
         "on Derj only if the hostages are not freed = conditional. Tiguentourine (2013 flashback, no movement), "
         "northern Mali, Derj as sighting place, Algiers dateline are not movement places."),
 "ci3": ("Al-Masry Al-Youm, Cairo, 2026-05-15: Egyptian fishermen held for a swap. LNA marines sailed from Tobruk "
         "naval base and landed in the Gulf of Bomba (headline repeats); LNA pull-out Ain al-Ghazala→Tobruk «فور "
         "الإفراج» = conditional; planned company Al-Qubbah→Bomba; Egyptian reinforcements Marsa Matruh→Sallum; "
         "Egyptian crossing of the border towards Bomba denied. Sallum land port, Benghazi consulate, Kafr el-Sheikh, "
         "Damietta and Egypt (detention) are not movement places."),
 "ci4": ("Elaph, London, 2026-07-09: LNA–Misrata detainee exchange at Al-Washka. Misrata escort column "
         "Misrata→Al-Washka via Abu Qurayn; LNA military police flown Benina→Gardabiya; agreed Misrata pull-back "
         "Al-Washka→Abu Qurayn and LNA battalion Sirte→Jufra = planned; naval landing at Sirte port denied; renewed "
         "massing at Abu Qurayn «إذا لم يُفرج» = conditional. Crowds gathering in Misrata, prisoners captured near "
         "Tripoli, the 2016 Sirte operation are not movements."),
 "ci5": ("TRT Arabi, Ankara, 2026-09-08: Turkish engineers kidnapped at Ubari. Turkish special forces flown "
         "Al-Watiya→Sabha denied (headline 'to southern Libya' repeats it); LNA force Tamanhint base→Ubari via Sabha; "
         "kidnappers (Chadian gunmen) withdrew from around Ubari towards Idri; LNA advance on Idri only if the "
         "hostages are there = conditional; armour and ammunition Benghazi→Tamanhint base = planned shipment; arms "
         "shipment from Niger via Toummo (no owner named) = reported, actor null. Local demands for a force on the "
         "Ubari–Ghat road are not a movement."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ci1", "ci2", "ci3", "ci4", "ci5")
