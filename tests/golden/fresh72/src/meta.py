# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / an earlier sample's README value (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label, kind or country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 # Tripoli (bv1-bv5)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 # bv1 Misrata / Tawergha
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 "misrata_port": ("crossing", "LY", 32.365, 15.21, "Misrata port (Qasr Ahmed)"),            # K
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                                # G
 "tawergha_mun": ("district", "LY", 31.97083, 15.05250, "Tawergha municipality"),           # G* (town row)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                                # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                    # G
 # bv2 Murzuq / Sabha
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                 # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                     # G
 # bv3 Ben Gardane / Ras Ajdir / Dehiba
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                           # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن)
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border, Tunisian side near Ben Gardane"),    # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                    # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K (fresh51 README value)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 # bv4 Ghat / Ubari
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                   # G* (town row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                        # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                         # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 "border_ly_dz": ("region", "LY", 24.85, 10.12, "Libya-Algeria border near Isayen (Libyan side)"),  # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 # bv5 Djanet / Illizi
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),         # G* (row منفذ إيسين, country DZ)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                      # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "algiers_airport": ("airport", "DZ", 36.691, 3.2154, "Houari Boumediene Airport"),         # K
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),   # G
 "border_dzside": ("region", "DZ", 24.90, 9.95, "Algeria-Libya border, Algerian side near Djanet"),  # K
}

TRAPS = {
 "bv1": ["المرصد", "غرفة عمليات المنطقة الوسطى", "القيادة العامة للجيش الوطني الليبي", "خالد المصراتي", "الهلال الأحمر"],
 "bv2": ["عربي بوست", "اللواء طارق بن زياد", "محمد إدريس أبوبكر", "ما ادري", "التشادية", "تشاديين",
         "الهلال الأحمر"],
 "bv3": ["الصباح نيوز", "التونسية", "الليبي", "المنطقة العسكرية الساحل الغربي", "محمد المدنيني"],
 "bv4": ["ليبيا بانوراما", "غرفة عمليات الجنوب الغربي", "الأهلي طرابلس", "كأس ليبيا"],
 "bv5": ["الشروق", "جزائرياً", "الليبية", "دعماً مالياً", "الناحية العسكرية الرابعة", "محمد الجانتي",
         "مولودية الجزائر", "الاتحاد الليبي"],
}

PHEN = {
 "bv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district"],
 "bv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "bv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bv4": ["clitics", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "bv5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "bv1": [
  M("deploy", "reported", "Misrata forces", ["أبوقرين"], ["تاورغاء"]),
  M("naval_landing", "planned", "GNA forces", ["طرابلس"], ["ميناء مصراتة"]),
  M("withdraw", "conditional", "Misrata forces", ["تاورغاء"]),
  M("mobilise", "denied", "Libyan National Army", [], ["سرت"]),
 ],
 "bv2": [
  M("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"], ["تراغن"]),
  M("airlift", "reported", None, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  M("redeploy", "planned", "Libyan National Army", ["مرزق"], ["القطرون"]),
  M("advance", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
  M("mobilise", "denied", "Chadian armed groups", [], ["حقل الفيل"]),
 ],
 "bv3": [
  M("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "الحدود مع ليبيا"]),
  M("deploy", "planned", "Tunisian army", [], ["رمادة"]),
  M("advance", "denied", "Tunisian army", [], ["وازن"]),
  M("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء زوارة"]),
  M("withdraw", "conditional", "GNA forces", ["معبر رأس جدير"], ["زوارة"]),
 ],
 "bv4": [
  M("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["منفذ إيسين"], ["أوباري"]),
  M("shipment", "planned", "Libyan National Army", ["سبها"], ["منفذ إيسين"]),
  M("redeploy", "conditional", "Libyan National Army", ["حقل الشرارة"], ["العوينات"]),
  M("withdraw", "denied", "Libyan National Army", ["مطار غات"]),
 ],
 "bv5": [
  M("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  M("shipment", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  M("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا", "معبر تين الكوم"]),
  M("reinforce", "conditional", "Algerian army", ["تمنراست"], ["المثلث الحدودي"]),
  M("advance", "denied", "Algerian army", [], ["غات"]),
 ],
}

NOTES = {
 "bv1": ("Displaced families return to Tawergha from Benghazi/Ajdabiya via Sirte and Abu Qurayn (not a movement); the "
         "Misrata battalion that escorted them from the Abu Qurayn gate and stayed = reported deploy; the minister's "
         "flight Tripoli->Misrata airport and road trip with his guard, Red Crescent ambulances from Zliten and the "
         "second wave of returnees are not movements; planned sea move of a GNA company Tripoli->Misrata port; "
         "conditional withdrawal from Tawergha (لن ... إلا إذا; Al-Hisha in the condition is police patrols, not a "
         "movement place); LNA mobilisation in Sirte denied."),
 "bv2": ("Murzuq displaced return from Sabha and Ubari (not a movement); an LNA brigade from Tamanhint joins the buses, "
         "escorts them via Traghen and deploys at Murzuq's entrances = reported deploy; a medical flight Sabha airport->"
         "Mitiga (not a movement) beside a military cargo plane Jufra base->Sabha airport with ~60 soldiers (reported "
         "airlift, no force named); planned Murzuq->Al Qatrun; conditional advance to the Niger border; a denied "
         "build-up of Chadian gunmen at El Feel; bodies handed over by the Red Crescent (not a movement)."),
 "bv3": ("Prisoner exchange through Ras Ajdir and bodies handed over through the Dehiba crossing (not movements; the "
         "Libyan border-guard escort that turned back is not one either); Tunisian army reinforcements Medenine->Ben "
         "Gardane spread on the border (headline الحدود مع ليبيا); planned deployment near Remada; denied incursion near "
         "Wazin; denied naval landing of Misrata forces at Zuwara port; GNA withdrawal from the Ras Ajdir area to Zuwara "
         "conditional (متى)."),
 "bv4": ("An election-material convoy Sabha->Ubari->Al Awaynat->Ghat under police escort, a second one planned to Idri "
         "and Brak, the police returning to Sabha, a minister's motorcade and a football team travelling by road and "
         "air are not movements; LNA reinforcements Brak air base->Isayen crossing via Ubari (reported); fuel and "
         "ammunition trucks from Sabha to follow (planned shipment); conditional redeployment Sharara->Al Awaynat "
         "(في حال); withdrawal from Ghat airport denied."),
 "bv5": ("Evacuation of Algerians from Ghat through Tin Alkoum to Djanet, a military plane flying patients Djanet->"
         "Algiers, the minister's visit with his guard and a football team's charter flight to Tripoli are not "
         "movements; two military planes bring special forces from Ouargla to Djanet airport (reported airlift) and a "
         "fuel/ammunition truck convoy Illizi->Djanet (reported shipment); planned deployment on the Libyan border near "
         "Tin Alkoum; conditional reinforcement Tamanrasset->border triangle; denied entry into Ghat."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bv1", "bv2", "bv3", "bv4", "bv5")
