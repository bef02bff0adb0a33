# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                    # G
 "yemen": ("country", "YE", 15.80226, 47.48567, "Yemen"),                                  # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 # qlf1 Zawiya-Warshefana truce (Libya Al-Mustaqbal, Zawiya)
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                   # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                         # G* (row الجفارة)
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                   # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                        # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                   # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),              # G* (city row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                    # G* (row kind town)
 "jabal_mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                   # G* (row kind town)
 # qlf2 Tarhuna-Bani Walid truce (Marib Press)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                            # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                   # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),                # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "marib": ("city", "YE", 15.4625, 45.3253, "Marib"),                                       # K
 "jawf_ye": ("district", "YE", 16.50, 45.30, "Al Jawf Governorate (Yemen)"),              # K
 # qlf3 Kufra Zwai-Tebu truce (Al-Sharqiya News)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                   # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "qadarfi": ("district", "LY", 24.18, 23.28, "Qadarfi (Gadarfai) neighbourhood, Kufra"),   # K
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                            # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G* (row قاعدة بنينا الجوية)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                            # G* (Kufra row, names_ar الجوف)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                         # G (row أونيانقا كبير)
 "border_td": ("region", "TD", 20.6, 20.5, "Chad-Libya border (Chadian side)"),            # K
 # qlf4 Ubari Tuareg-Tebu truce (Shehab)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G (row قاعدة تمنهنت)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                   # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "border_ne": ("region", "NE", 22.9, 13.3, "Niger-Libya border (Nigerien side)"),          # K
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 # qlf5 Zuwara-Al-Jmail-Regdalin truce (Al-Resalah)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                                 # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                               # G* (row سيدي بن زينة, names_ar رقدالين)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),              # G* (town row)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                   # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),                # G
 "gaza": ("city", "PS", 31.5017, 34.4668, "Gaza"),                                         # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "qlf1": ["ليبيا المستقبل", "علي الزنتاني", "الهلال الأحمر", "المنطقة العسكرية الساحل الغربي",
          "المجلس الاجتماعي لقبائل ورشفانة", "الزاوية الأمنية", "اللبنانية"],
 "qlf2": ["مأرب برس", "اللواء 444 قتال", "وكالة الأنباء الليبية", "جامعة طرابلس", "صالح الورفلي"],
 "qlf3": ["الشرقية نيوز", "المنطقة العسكرية الكفرة", "إدريس الهواري", "التشادية", "تشاديين", "سوداني"],
 "qlf4": ["وكالة شهاب للأنباء", "اتفاق الدوحة", "إدريس أغ محمد", "اللواء طارق بن زياد", "الشرارة الأولى",
          "نيجري", "المجلس الاجتماعي لطوارق ليبيا"],
 "qlf5": ["الرسالة نت", "المجلس العسكري زوارة", "ردّ الجميل", "عمر النالوتي", "التونسيين"],
}

PHEN = {
 "qlf1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil"],
 "qlf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "countries"],
 "qlf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qlf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qlf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlf1": [
  mv("withdraw", "reported", "GNA forces", ["الماية"], ["الزاوية"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الماية"], ["بئر الغنم"]),
  mv("redeploy", "planned", "Zintan forces", ["الماية"], ["جودائم"]),
  mv("reinforce", "conditional", "GNA forces", ["طرابلس"], ["الماية"]),
  mv("mobilise", "denied", None, [], ["العزيزية"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["مصفاة الزاوية"]),
 ],
 "qlf2": [
  mv("withdraw", "reported", None, [], ["ترهونة", "بنى وليد"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مطار بني وليد"], ["ترهونة"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار بني وليد"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["بني وليد"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["ترهونة"], ["مسلاتة"]),
 ],
 "qlf3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "reported", None, ["مطار الكفرة"], ["قدرفي", "الجوف"]),
  mv("redeploy", "conditional", "Libyan National Army", ["قاعدة معطن السارة"], ["الكفرة"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["أونيانغا كبير"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["قدرفي"]),
 ],
 "qlf4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("withdraw", "reported", None, ["أوباري"]),
  mv("mobilise", "reported", None, [], ["حقل الشرارة"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة تمنهنط"], ["أوباري"]),
  mv("reinforce", "conditional", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("advance", "denied", "Foreign fighters", ["مالي"], ["أوباري"], ["غات"]),
 ],
 "qlf5": [
  mv("withdraw", "reported", None, ["أبو كماش"], ["زوارة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["أبو كماش", "منفذ رأس اجدير"], ["الجميل"]),
  mv("withdraw", "planned", None, ["زلطن"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
  mv("shipment", "denied", None, ["ميناء مصراتة"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "qlf1": "Zawiya-Warshefana truce mediated by Western Mountain, Surman and Ajaylat elders (Gharyan only the venue): "
         "General Staff brigades pulled back Al-Maya→Zawiya (passive 'سُحبت'), a Zintani buffer force reached Al-Maya "
         "by the Bir al-Ghanam road, its planned move Al-Maya→Judaim, a conditional reinforcement Tripoli→Al-Maya, a "
         "denied massing in Aziziya (also a mediators' town) and a denied boat landing of Misratan gunmen near the "
         "Zawiya refinery; traps: 'الزاوية الأمنية' (angle), the Zintani sheikh, the Warshefana council, the West Coast "
         "military region, Lebanese Tripoli and its two neighbourhoods only as a comparison.",
 "qlf2": "Tarhuna-Bani Walid truce signed in Msallata (venue; Zliten only mediators' town): both sides' heavy "
         "vehicles pulled back into Tarhuna and 'بنى وليد' (variant), 444 Brigade companies Tripoli→Bani Walid airport "
         "via Tarhuna, a planned airlift Mitiga→Bani Walid airport, a conditional LNA advance Ash-Shwayrif→Bani Walid "
         "and a denied Misratan reinforcement to 'المدينة' (= Tarhuna) via Msallata; a Yemeni outlet's analyst compares "
         "the custom with Marib and Al-Jawf in Yemen ('مأرب' also inside the outlet's name 'مأرب برس').",
 "qlf3": "Kufra truce between Zwai and Tebu (Jalu, Awjila, Tazirbu only mediators): an LNA airlift Benina base→Kufra "
         "airport, both sides' gunmen leaving the airport area for Qadarfi and Al-Jawf (Kufra's Zwai quarter, not the "
         "Yemeni governorate), a conditional company Maaten al-Sarra base→Kufra, a planned Chadian battalion "
         "Faya-Largeau→Ounianga Kebir (the Libyan border only a distance reference) and a denied entry of Chadian "
         "gunmen into Qadarfi; the elder 'إدريس الهواري' carries both Idri and Al-Hawari inside his name.",
 "qlf4": "Ubari truce between Tuareg and Tebu (Idri and Wadi al-Shati elders, preliminary talks in Algiers, 'اتفاق "
         "الدوحة' a trap): an LNA force Sabha→Ubari via Germa, both sides taking heavy weapons out of 'المدينة' "
         "(= Ubari), vehicles massing near the Sharara field ('الشرارة الأولى' trap), a planned fuel-and-ammunition "
         "shipment Tamanhint base→Ubari, a conditional Nigerien reinforcement Dirkou→Madama (Toummo and the border "
         "only the condition) and a denied arrival of foreign fighters Mali→Ubari via Ghat.",
 "qlf5": "Zuwara-Al-Jmail-Regdalin truce (Nalut and Sabratha elders): the Zuwara military council's force pulled back "
         "Abu Kammash→Zuwara, a General Staff force Tripoli→Abu Kammash and the Ras Ajdir crossing via Al-Jmail, a "
         "planned withdrawal of the Jmail and Regdalin groups from Zaltan, a planned landing ship Tripoli port→Zuwara "
         "port, a conditional Tunisian reinforcement Medenine→Ben Gardane (Tunis the capital, the speaker's city) and "
         "a denied arms shipment Misrata port→Zuwara port; 'ردّ الجميل' is a common-word trap for Al-Jmail.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlf1", "qlf2", "qlf3", "qlf4", "qlf5")
