# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 # Libya: Fezzan (Ubari, Murzuq, Umm al-Aranib, Qatrun)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G (also the row of الجنوب الليبي)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq Municipality"),            # G* (town row gn:2214603, written بلدية مرزق)
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi 'Utbah"),                        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G (row تجرهي)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "triangle_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                   # K (area: point between Hun and Waddan)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 # Libya: Kufra district (Tazirbu, Rabyana)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                               # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                            # G
 "waw_namus": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                      # G
 "tri_uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),   # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                 # G (row كوار)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G (row بيلما)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military post"),                  # G
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),        # K
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (row نجامينا)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),                    # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                               # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G
 "border_td_ly": ("region", "TD", 20.0, 22.0, "Chad-Libya border (Chad side)"),          # K
 # Sudan, South Sudan, Qatar
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "juba": ("city", "SS", 4.85165, 31.58247, "Juba"),                                      # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                     # G
}

TRAPS = {
 "qmd1": ["أمدال أمازيغ", "المجلس الاجتماعي الأعلى لطوارق ليبيا", "تشادية", "تشاديين", "بلاغات", "منطقة سبها العسكرية",
          "دعم مالي", "الطوارق", "التبو", "الطارقي"],
 "qmd2": ["مكايلا", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "مرزق الآن", "التشادية", "تشادي",
          "جبهة الوفاق من أجل التغيير في تشاد", "أولاد سليمان", "إدريس ديبي إتنو", "ليبية", "التبو"],
 "qmd3": ["تام تام إنفو", "سودانيين", "القوات المسلحة النيجرية", "السودانيون", "التباوي", "علي القطروني", "ليبية",
          "الليبي", "التبو"],
 "qmd4": ["سودانز بوست", "دارفورية", "سودانيين", "كتيبة سبل السلام", "حركة تحرير السودان", "السودانية", "الزوية",
          "ليبية", "التبو"],
 "qmd5": ["جورنال دو تشاد", "الجيش الوطني التشادي", "التشادي", "تشادية", "الليبية",
          "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش الوطني الليبي", "القرعان", "الزغاوة", "إدريس ديبي إتنو",
          "محمد إدريس ديبي", "التبو"],
}

PHEN = {
 "qmd1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "qmd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qmd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmd4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qmd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmd1": [
  mv("advance", "reported", "Chadian armed groups", ["مرزق"], ["أوباري"], ["وادي عتبة"]),
  mv("mobilise", "reported", None, ["العوينات", "غات"], ["أوباري"]),
  mv("withdraw", "conditional", None, ["حقل الشرارة"]),
  mv("reinforce", "denied", None, ["مرزق", "أم الأرانب"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
 ],
 "qmd2": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["مرزق"], ["غدوة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", "Libyan National Army", ["مرزق"], ["أم الأرانب"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["مرزق"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  mv("advance", "conditional", "Chadian armed groups", [], ["تيبستي"]),
 ],
 "qmd3": [
  mv("reinforce", "reported", None, ["ديركو"], ["القطرون"], ["منفذ التوم"]),
  mv("advance", "denied", "Nigerien army", [], ["القطرون"]),
  mv("reinforce", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("withdraw", "conditional", None, ["التجرهي"]),
 ],
 "qmd4": [
  mv("advance", "reported", "Sudanese armed groups", ["الكفرة"], ["تازربو"], ["بزيمة"]),
  mv("mobilise", "reported", None, ["ربيانة"], ["تازربو"]),
  mv("deploy", "denied", "Sudanese armed groups", ["شمال دارفور"], ["ربيانة"], ["مثلث العوينات"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("shipment", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
 ],
 "qmd5": [
  mv("advance", "denied", "Chadian army", [], ["ربيانة"]),
  mv("advance", "conditional", "Chadian army", [], ["ربيانة"]),
  mv("redeploy", "planned", "Chadian army", ["فايا لارجو"], ["أونيانقا كبير"]),
  mv("withdraw", "reported", "Chadian armed groups", ["ربيانة"], ["واو الناموس"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["ربيانة"]),
 ],
}

NOTES = {
 "qmd1": "Moroccan Amazigh site (Amadal Amazigh) on a Tuareg council's Facebook statement about Ubari: Chadian gunmen "
         "reported arriving Murzuq→Ubari via Wadi Utbah, Tuareg youth massing in Ubari from Al-Awaynat and Ghat, the "
         "council's conditional pull-back from around the Sharara field, the Tebu council's denied reinforcement "
         "Murzuq/Umm al-Aranib→Ubari and a planned LNA separation force Sabha→Ubari via Germa («منطقة سبها العسكرية» "
         "is a trap holding Sabha); «بلاغات» holds Ghat, «دعم مالي» holds Mali; Doha (2015 deal), the border triangle, "
         "Algeria, Niger and Mali (family origins) are background.",
 "qmd2": "Chadian site (Makaila) on an LNA column in Murzuq: Tariq bin Ziyad column Tamanhint air base→Murzuq via "
         "Ghuddwa, a cargo plane Benina air base→Tamanhint, a planned company from that column (anaphora → Murzuq) to "
         "Umm al-Aranib, the Tebu mayor's denial that Chadian gunmen came Umm al-Aranib→Murzuq, FACT's reported "
         "pull-out Umm al-Aranib→the border with Niger and its conditional crossing into Tibesti; FACT's years in "
         "Al-Jufra (static), N'Djamena as a government, kinship with Chad/Niger are no movement places.",
 "qmd3": "Nigerien site (Tamtaminfo) from Niamey on Qatrun clashes: Kawar Tebu youths Dirkou→Al Qatrun via the "
         "Toummo crossing (reinforce, null), a denied Nigerien army crossing towards Al Qatrun, a planned company "
         "Dirkou→Madama, an LNA battalion Sabha→Al Qatrun via Umm al-Aranib and the Tebu youths' conditional pull-back "
         "from Tajarhi; «علي القطروني» holds Al Qatrun, Agadez is a residence, migrants Agadez→Sabha are civilians.",
 "qmd4": "South Sudanese site (Sudans Post) from Juba on Tazirbu: Tebu notables report Sudanese gunmen Kufra→Tazirbu "
         "via Buzayma and Tebu youths massing in Tazirbu from Rebiana; an SLA-TC spokesman denies a move North Darfur"
         "→Rebiana via the Uweinat triangle; Subul al-Salam (LNA) plans a company Kufra→Tazirbu, reports ammunition "
         "trucks Kufra→Tazirbu and would advance to the border with Sudan on a condition; refugees from Darfur are "
         "civilians.",
 "qmd5": "Chadian site (Journal du Tchad) from N'Djamena on Rebiana: the Chadian army denies crossing towards Rebiana "
         "and will not enter it unless asked (conditional), plans a battalion Faya-Largeau→Ounianga Kebir; Tebu "
         "activists report CCMSR rebels pulling out Rebiana→Waw an Namus before an LNA force arrived from Kufra (the "
         "oasis = Rebiana); the army «منتشرة على الحدود مع ليبيا» is static; Déby names hold «إدري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmd1", "qmd2", "qmd3", "qmd4", "qmd5")
