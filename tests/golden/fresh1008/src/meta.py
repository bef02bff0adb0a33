# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # Sabha and its surroundings
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Wadi al-Shati and the north-west approaches
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (also found by grep براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # Wadi al-Hayat, Ubari, Ghat
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari Municipality"),             # G* (town row, written بلدية أوباري)
 "ghurayfah": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                       # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awinat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),               # G (district row LY-GT)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G (row جبل أكاكوس, written جبال أكاكوس)
 "sw_libya": ("region", "LY", 25.5, 11.5, "South-western Libya"),                       # K
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Murzuq, Al Qatrun and the triangle
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G (district row LY-MQ)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "traghin": ("town", "LY", 25.92333, 14.42056, "Traghin"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "triangle_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G (row المثلث الحدودي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (rows جنوب ليبيا / الجنوب الليبي)
 # neighbours and far places
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi gold area"),             # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
}

TRAPS = {
 "qlv1": ["الدفاع العربي", "منطقة سبها العسكرية", "إدريس عمر الحاسي", "الجيش الوطني الليبي", "سيوف فزان", "التشادية",
          "روسية", "روسي"],
 "qlv2": ["إذاعة أوباري المحلية", "صباح الخير يا وادي", "الشرارة الأولى", "ماليين", "المالي", "حرس المنشآت النفطية"],
 "qlv3": ["الوطن الآن", "أذان المغرب", "المجلس الأعلى لطوارق ليبيا", "الجيش الجزائري", "جزائرية"],
 "qlv4": ["راديو الشرق", "ملفات مغاربية", "سودانيين", "سوداني", "التشادي", "أممية"],
 "qlv5": ["درع الوطن", "صالح إدريس بالقاسم", "ليبية"],
}

PHEN = {
 "qlv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlv2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "town_vs_district",
          "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qlv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qlv4": ["multiword", "media_trap", "nisba", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours"],
 "qlv5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "coverage_bases", "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlv1": [
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("advance", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("airlift", "denied", "Russian forces", [], ["مطار سبها", "قاعدة براك الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["تمنهنت"], ["أم الأرانب", "تراغن"]),
 ],
 "qlv2": [
  mv("withdraw", "reported", None, ["الغريفة"], ["العوينات"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الشرارة"], ["جرمة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"]),
  mv("advance", "denied", "Foreign fighters", ["الحدود مع الجزائر"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["أوباري"]),
 ],
 "qlv3": [
  mv("advance", "denied", "Algerian army", [], ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "reported", "Algerian army", [], ["جانت"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["غات"]),
  mv("mobilise", "conditional", None, [], ["العوينات"]),
 ],
 "qlv4": [
  mv("advance", "reported", None, ["القطرون"], ["تجرهي"]),
  mv("airlift", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة الويغ"]),
  mv("advance", "denied", "Sudanese armed groups", ["كوري بوقودي"], ["القطرون"]),
  mv("withdraw", "conditional", None, ["منفذ التوم"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("deploy", "reported", "Chadian army", ["زوار"], ["وور"]),
 ],
 "qlv5": [
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["براك"]),
  mv("deploy", "planned", "Libyan National Army", ["براك"], ["إدري", "سمنو"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["إدري"], ["الحمادة الحمراء"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
 ],
}

NOTES = {
 "qlv1": "Beirut defence magazine (Al-Difaa al-Arabi) interviews the Sabha military-zone commander in his office in "
         "Sabha Castle (venue only): two infantry battalions Al-Jufra→Tamanhint air base, a recon unit Sabha→Umm "
         "al-Aranib after Chadian opposition fighters pulled out towards the border with Niger, a planned armoured "
         "company Sabha→Al Qatrun, a conditional advance on the Toummo crossing (only if Niamey asks), a denied "
         "Russian airlift to Sabha airport / Brak air base and a conditional rapid-reaction move Tamanhint→Umm "
         "al-Aranib/Traghin; «منطقة سبها العسكرية» and the operation «سيوف فزان» hold places, «إدريس» holds إدري; "
         "Fezzan, Southern Libya, the neighbours and the border triangle are background.",
 "qlv2": "Ubari local radio (whose name holds Ubari) interviews the mayor: an armed group pulled out Al-Ghurayfah→"
         "Al-Awaynat after a land dispute, a General Command force Sabha→Sharara field via Germa, its conditional stay "
         "(leaves only when the oil guards take over), a denied entry of Malian gunmen into Ubari from the border with "
         "Algeria, and a planned military-police unit Sabha→Ubari; «الشرارة الأولى» (the first spark) and «الدعم "
         "المالي» (financial) are common words; the Ubari–Ghat road, Mali's war, Qatar's mediation and the Sabha "
         "distance are not movement places.",
 "qlv3": "Moroccan weekly (Al-Watan Al-An) phones a Tuareg notable of Ghat from Casablanca (dateline): a denied "
         "Algerian army entry into Ghat via the Isayen crossing, a reported Algerian reinforcement near Djanet, an "
         "airlift Tamanhint air base→Ghat airport, a planned company Ubari→Ghat and a conditional gathering of Tuareg "
         "youth in Al-Awaynat; «أذان المغرب» (sunset prayer) beside Morocco, Algeria beside Algiers, the Tuareg council "
         "name holds Libya; Akakus, the South-west, Mali and Niger are background.",
 "qlv4": "Paris-based Radio Orient (Radio Al-Sharq) interviews a Tebu elder of Al Qatrun: armed town youths Al Qatrun→"
         "Tajarhi, an LNA cargo plane Benghazi→Al Wigh base, a denied crossing of Sudanese fighters from Kouri "
         "Bougoudi to Al Qatrun, a conditional pull-out Toummo crossing→Al Qatrun over unpaid wages, a planned LNA "
         "company Al Wigh→the crossing (anaphora «المنفذ» → منفذ التوم) and a Chadian army column Zouar→Wour; Sabha "
         "as a distance, Murzuq district and the 2019 clashes in Murzuq are background.",
 "qlv5": "UAE armed-forces monthly (Dir' Al-Watan) interviews an LNA brigade commander near Brak air base: two "
         "battalions Al-Jufra air base→Brak air base, a supply convoy Sabha→Brak, planned companies Brak→Idri and Samnu, a denied Zintani column "
         "towards Idri across the Hamada al-Hamra and a conditional reinforcement Brak→Idri if a force nears Ash "
         "Shwayrif (condition only); «إدريس» in the commander's name beside the town إدري; smugglers' routes to Sabha, "
         "the Brak–Ubari road patrols and the Sharara guards are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlv1", "qlv2", "qlv3", "qlv4", "qlv5")
