# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Sabha, its quarters, castle and airport
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),             # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qurdha": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                  # G* (row القرضة, kind town)
 "tayuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                # G* (row الطيوري, kind town)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                    # G* (row حجارة, kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                   # G* (row الجديد, kind city)
 "mahdiya": ("district", "LY", 27.05000, 14.43000, "Al Mahdiya (Sabha)"),               # K
 # the Fezzan around Sabha
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # the north, the coast and the routes south
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sirte_port": ("crossing", "LY", 31.215, 16.565, "Port of Sirte"),                     # K
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README point near Hun/Waddan)
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row باب التبانة, kind town)
 "mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                      # G* (row جبل محسن, kind town)
}

TRAPS = {
 "xl1": ["الأنباء", "الجيش الوطني الليبي", "مركز سبها الطبي", "مفتاح البراكي", "التباوية", "السليمانية",
         "قوة حماية الجنوب"],
 "xl2": ["أخبار الخليج", "لواء طارق بن زياد", "الجيش الوطني الليبي", "المجلس البلدي الجديد", "مسعود القذافي",
         "اللبنانية"],
 "xl3": ["الصباح", "الجيش الوطني الليبي", "بركة المرزقاوي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "التشادي",
         "الليبية", "إدريس بوسيف"],
 "xl4": ["التيار", "سودانياً", "السودانيين", "دارفورية", "ليبية", "قوات الدعم السريع", "الجيش الوطني الليبي",
         "التباوية", "الأممي الجديد"],
 "xl5": ["عُمان", "أ ف ب", "الجيش الوطني الليبي", "محمد الإدريسي", "تشاديين"],
}

PHEN = {
 "xl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases"],
 "xl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "coverage_crossings"],
 "xl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_neighbours", "countries"],
 "xl4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "xl5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xl1": [
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["القرضة"]),
  mv("redeploy", "planned", "Libyan National Army", ["أوباري"], ["قلعة سبها"]),
  mv("withdraw", "conditional", None, ["الطيوري"]),
  mv("reinforce", "denied", None, ["مرزق"], ["الطيوري"]),
 ],
 "xl2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["الجديد", "المهدية"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("advance", "conditional", "Libyan National Army", [], ["حجارة"]),
  mv("mobilise", "denied", None, [], ["المهدية"]),
 ],
 "xl3": [
  mv("reinforce", "reported", "Libyan National Army", ["مرزق"], ["الطيوري"], ["غدوة"]),
  mv("shipment", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["قلعة سبها"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["حجارة"]),
 ],
 "xl4": [
  mv("withdraw", "reported", "Sudanese armed groups", ["القرضة"], ["أم الأرانب"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["سبها"], ["الكفرة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "planned", "Libyan National Army", ["ميناء سرت"], ["سبها"], ["الجفرة"]),
  mv("advance", "conditional", None, [], ["الطيوري"]),
 ],
 "xl5": [
  mv("redeploy", "reported", "Libyan National Army", ["حقل الشرارة"], ["قلعة سبها"], ["اوباري", "جرمة"]),
  mv("withdraw", "planned", "Libyan National Army", [], ["قاعدة براك الجوية"]),
  mv("mobilise", "conditional", None, [], ["المنشية"]),
  mv("shipment", "denied", "Chadian armed groups", [], ["حجارة"], ["منفذ التوم"]),
 ],
}

NOTES = {
 "xl1": "Tebu–Awlad Suleiman clashes in Al-Tayuri: an LNA battalion Brak→Al-Qurdha (Sabha only locates the quarter), "
        "a planned company Ubari→Sabha castle, a Tebu commander's conditional pull-out from Al-Tayuri (Sabha airport and "
        "the Al-Mahdiya road only in the condition: the other side's withdrawal), and the Tebu 'Southern Protection Force' "
        "denying 35 armed cars Murzuq→Al-Tayuri. Mediators from Wadi al-Shati to Sabha are civilians; Cairo is the "
        "dateline, Tunis the venue of past talks.",
 "xl2": "Qadhadhfa–Awlad Suleiman fighting: an LNA airlift Benina air base→Tamanhint air base, the force then deployed "
        "Tamanhint→Al-Jadid and Al-Mahdiya, a planned landing craft Benghazi port→Sirte port, a conditional advance on "
        "Hajara, and a Qadhadhfa elder denying a massing in Al-Mahdiya. Civil flights to Sabha airport, the GNA in "
        "Tripoli and the Tripoli (Lebanon) comparison are no movements; 'المجلس البلدي الجديد' is a common-word trap.",
 "xl3": "A Tebu-majority LNA battalion Murzuq→Al-Tayuri via Ghuddwa, a planned fuel/ammunition convoy Brak air base→"
        "Sabha castle, a conditional airlift Jufra air base→Sabha airport if the Brak–Sabha road stays cut (Brak and "
        "Sabha only the condition), and the Chadian CCMSR denying a massing in Hajara. The UN report's presence near the "
        "Niger border is no movement; Idri, Murzuq (spelt مرزوق) and Ubari are mediators' home towns; the 2018 castle "
        "fighting is background.",
 "xl4": "Sudanese fighters' pull-out Al-Qurdha→Umm al-Aranib, the RSF denying fighters sent to Sabha via Kufra, LNA "
        "armour landed Benghazi port→Sirte port, its planned road move Sirte port→Sabha via Al-Jufra, and an Awlad "
        "Suleiman group's conditional advance on Al-Tayuri. El Feel and the Chad border only describe the fighters' past "
        "work; the new UN envoy's visit to Sabha is no movement.",
 "xl5": "A Tuareg-majority LNA company Sharara field→Sabha castle via Ubari (spelt اوباري) and Germa, the relieved Brak "
        "company's planned withdrawal to Brak air base (no origin written), Awlad Suleiman youths' conditional massing in "
        "Al-Manshiya, and a denied arms shipment through the Toummo crossing to Chadian fighters in Hajara. The truce "
        "signed at the Sabha district seat, the mediators from Wadi al-Shati and Idri, Algeria's warning and the "
        "past clashes in Al-Mahdiya/Al-Jadid are no movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xl1", "xl2", "xl3", "xl4", "xl5")
