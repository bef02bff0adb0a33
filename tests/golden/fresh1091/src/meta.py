# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling/kind (listed in the README).
P = {
 # countries and foreign capitals / datelines
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                     # G
 "kuwait": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                            # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G* (row ربات)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                        # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G
 # Tripolitania and the Western Mountain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames Municipality"),         # K (town point)
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "border_lydz_full": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),        # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat Municipality"),               # G (district row غات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                  # G
 "tri_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "bordj": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                         # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                        # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algeria side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Niger
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (row أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (row ماداما, written قاعدة ماداما)
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                 # G (row جادو, NE)
 # Chad
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),             # G* (row تبستي, written إقليم تيبستي)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G* (row كوري بوقودي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
}

TRAPS = {
 "qpb1": ["معهد الصادق", "أبوبكر النالوتي", "مصراتية", "اللواء 444 قتال", "اللواء طارق بن زياد", "تندرج",
          "اللجنة العسكرية المشتركة", "الشمالية"],
 "qpb2": ["النهار", "الجيش الوطني الليبي", "الجيش النيجري", "التشاديين", "التشادية", "الزوار",
          "المنظمة الدولية للهجرة"],
 "qpb3": ["الحقيقة", "الفيلق الأفريقي", "منطقة سبها العسكرية", "شركة البريقة لتسويق النفط", "الجيش الجزائري",
          "الجزائرية", "جزائري", "ليبية", "باللغات", "بالمبالغات", "روسي"],
 "qpb4": ["الأولى", "الجيش الجزائري", "جزائرية", "إدريس الغدامسي", "ليبية", "المغربي"],
 "qpb5": ["المركز الموريتاني للدراسات والبحوث الاستراتيجية", "الجيش الجزائري", "نيجرية", "النيجرية",
          "جبهة التناوب والوفاق في تشاد", "الجيش الوطني الليبي", "الليبية", "روسية"],
}

PHEN = {
 "qpb1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area"],
 "qpb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qpb3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qpb4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qpb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qpb1": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["الشويرف"], ["بني وليد"]),
  mv("redeploy", "reported", "GNA forces", ["ترهونة"], ["مزدة"]),
  mv("advance", "denied", "Libyan National Army", ["سبها"], ["الشويرف"]),
  mv("reinforce", "reported", "Zintan forces", [], ["الرجبان"]),
  mv("deploy", "planned", "GNA forces", ["غريان"], ["الشويرف"]),
  mv("advance", "conditional", "Libyan National Army", [], ["القريات"]),
 ],
 "qpb2": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("deploy", "reported", "Nigerien army", ["أغاديز"], ["قاعدة ماداما"], ["ديركو"]),
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["كوري بوغودي"]),
  mv("shipment", "denied", "Libyan National Army", ["القطرون"], ["ديركو"]),
  mv("advance", "denied", "Chadian army", ["زوار"], ["منفذ التوم"]),
  mv("deploy", "planned", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "conditional", "Libyan National Army", [], ["كوري بوغودي"]),
 ],
 "qpb3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["غات"], ["أوباري"]),
  mv("withdraw", "reported", "Libyan National Army", ["العوينات"], ["سبها"]),
  mv("mobilise", "denied", "Algerian army", [], ["جانت"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Libyan National Army", ["أوباري"], ["العوينات"]),
 ],
 "qpb4": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت", "سيناون"]),
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("withdraw", "denied", "GNA forces", ["غدامس"], ["طرابلس"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["برج عمر إدريس"]),
  mv("advance", "conditional", "Libyan National Army", ["إدري"], ["درج"]),
 ],
 "qpb5": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("deploy", "reported", "Chadian army", [], ["وور"]),
  mv("advance", "denied", "Nigerien army", ["جادو"], ["مثلث السلفادور"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["تيبستي"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الويغ"], ["نيامي"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["مثلث السلفادور"]),
 ],
}

NOTES = {
 "qpb1": "Libyan think tank (Sadeq Institute) half-year review from Tripoli, Jan 2025-Jun 2026: Misratan brigades "
         "Misrata→Ash Shwayrif via Bani Walid, a GNU company Tarhuna→Mizdah (redeploy), the LNA's denied column "
         "Sabha→Ash Shwayrif, Zintani groups reinforcing Ar Rujban, a planned GNU battalion Gharyan→Ash Shwayrif and the "
         "LNA's conditional advance on Al Qaryat (Ash Shwayrif only in the condition); the health ministry's medicine "
         "convoy Tripoli→Ghadames via Nalut and Derj is civilian; Zintan is the groups' provenance, not an origin; "
         "Fezzan inside the denial, Gharyan/Sabha as interview places and the closing Bani Walid/Mizdah warning are not "
         "movement places; تندرج holds درج, النالوتي holds نالوت.",
 "qpb2": "Kuwaiti daily (Annahar) year-end review of southern Libya 2026: LNA reinforcements Sabha→Al Qatrun, a "
         "Nigerien battalion Agadez→Madama base via Dirkou, Chadian rebels withdrawing Umm al-Aranib→Kouri Bougoudi, "
         "an LNA arms shipment Al Qatrun→Dirkou denied (Niamey's accusation), Chad's denied incursion Zouar→Toummo "
         "crossing, a planned LNA company at the Toummo crossing and a conditional LNA advance on Kouri Bougoudi; "
         "migrants reaching Al Qatrun from Chad and Sudan and a food convoy Al Qatrun→Dirkou are civilian; Tajarhi "
         "(attack site), Murzuq district (elders), N'Djamena/Benghazi/Niamey (governments, sources) and the "
         "Libya-Niger-Chad triangle are not movement places; الزوار holds زوار.",
 "qpb3": "Libyan weekly (Al-Haqiqa, Benghazi) file on Fezzan in 2026: a Russian airlift Jufra air base→Brak air base "
         "(seen from Brak town), an LNA infantry battalion Sabha→Ghat via Ubari, an LNA company pulled back Al Awaynat→"
         "Sabha, Algeria's denied massing in Djanet, a planned LNA company Ghat→Isayen crossing and a conditional "
         "reinforcement Ubari→Al Awaynat (the border with Algeria only in the condition); Brega company fuel tankers "
         "Sabha→Ubari are civilian; Ghat municipality's leaflets, the El Feel field as a mission and Wadi al-Hayat "
         "witnesses are not movement places; الحقيقة is both the paper and «in truth»; باللغات and بالمبالغات hold غات.",
 "qpb4": "Moroccan channel's site (Al Aoula) review of the Libya-Algeria border 2025-2026: a GNU force Tripoli→Ghadames "
         "via Nalut and Sinawen, Algerian units In Amenas→Debdeb, the GNU's denied pull-out Ghadames→Tripoli, Algeria's "
         "denied armoured patrol into Ghadames's outskirts, a planned Algerian border-guard regiment Illizi→Bordj Omar "
         "Driss and a conditional LNA move Idri→Derj (the Al Wafa field only in the condition); buses Ghadames–Debdeb "
         "are civilian; Algeria as a government is the country; إدري is also inside إدريس الغدامسي and برج عمر إدريس.",
 "qpb5": "Mauritanian research centre (CMERS) Sahel chronology 2025-2026: Algerian units Tamanrasset→In Guezzam, a "
         "Chadian battalion deployed in Wour (N'Djamena as government, not origin), Niger's denied patrols Djado→Salvador "
         "triangle, FACT fighters back from southern Libya to Tibesti, a planned Russian equipment airlift Al Wigh base→"
         "Niamey and a conditional LNA advance Al Qatrun→Salvador triangle; the migrant and goods convoy Agadez→Dirkou/"
         "Seguedine is civilian; the border with Niger (clash site), Mauritania and Mali are background; جادو here is "
         "Djado in Niger, not Jadu in the Nafusa mountains.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qpb1", "qpb2", "qpb3", "qpb4", "qpb5")
BAR_IN_TEXT = True  # headlines use a literal "|" («معهد الصادق | ...», «حصاد 2026 | ...»), outside every marker
