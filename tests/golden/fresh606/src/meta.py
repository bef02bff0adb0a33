# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # Sabha and its quarters (quarters are kind district, as the golden README does for Lebanese neighbourhoods)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tayuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayuri (Sabha)"),                 # G* (row الطيوري, kind town)
 "nasiriya": ("district", "LY", 27.03766, 14.42832, "Hay al-Nasiriya (Sabha)"),         # K (Sabha city point, ±4 km)
 "qurdha": ("district", "LY", 27.03766, 14.42832, "Al-Qurdha (Sabha)"),                 # G* (row القرضة, kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al-Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),              # G* (row عبد الكافي, kind town)
 "sukra": ("district", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                      # G* (row سكرة (Sabha), kind town)
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 # wj1 (Al-Quds Al-Arabi)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # wj2 (France 24)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                      # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # wj3 (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # wj4 (Qurina)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "sirte_port": ("crossing", "LY", 31.215, 16.595, "Port of Sirte"),                     # K
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون; README: Jufra as area = point near Hun)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 # wj5 (Nidaa al-Watan)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row باب التبانة, kind town)
 "mohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                      # G* (row جبل محسن, kind town)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
}

TRAPS = {
 "wj1": ["القدس العربي", "المنطقة العسكرية الجنوبية", "إدريس الحضيري", "تشاديين", "محمد المرزقي", "ليبيا الأحرار"],
 "wj2": ["فرانس 24", "الجيش الوطني الليبي", "موسى الغاتي", "السلطات الجزائرية"],
 "wj3": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "فصيل تشادي",
         "الأراضي التشادية"],
 "wj4": ["قورينا", "وكالة الأنباء الليبية", "شارع جمال عبد الناصر", "إدريس الحسناوي", "الاتفاق الجديد", "سودانية"],
 "wj5": ["نداء الوطن", "القارئ اللبناني", "اللبنانية", "الجيش الوطني الليبي", "دعم مالي", "عبد الرحمن الفزاني"],
}

PHEN = {
 "wj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases"],
 "wj2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "wj4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "coverage_neighbours"],
 "wj5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "wj1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["الطيوري", "الناصرية"]),
  mv("redeploy", "planned", LNA, ["قلعة سبها"], ["القرضة"]),
  mv("withdraw", "conditional", LNA, ["الطيوري"]),
  mv("reinforce", "denied", "Chadian armed groups", ["مرزق", "ام الارانب"], ["سبها"]),
 ],
 "wj2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["أوباري"], ["جرمة"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", LNA, ["أوباري"], ["سبها"]),
  mv("advance", "denied", "Foreign fighters", ["أغاديس"], ["أوباري"], ["الحدود مع النيجر"]),
 ],
 "wj3": [
  mv("deploy", "reported", LNA, ["سبها"], ["مرزق"], ["غدوة"]),
  mv("mobilise", "reported", None, [], ["تراغن"]),
  mv("redeploy", "planned", LNA, ["قاعدة الويغ"], ["منفذ التوم", "الحدود مع تشاد"]),
  mv("advance", "conditional", LNA, ["مرزق"], ["أم الأرانب"]),
  mv("shipment", "denied", "Chadian armed groups", ["القطرون"], ["مرزق"]),
 ],
 "wj4": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("reinforce", "planned", LNA, ["سرت"], ["سبها"], ["الجفرة"]),
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["المنشية", "القرضة"]),
  mv("withdraw", "conditional", LNA, ["المنشية", "القرضة"]),
  mv("shipment", "denied", "Sudanese armed groups", ["دارفور"], ["سبها"], ["الكفرة"]),
 ],
 "wj5": [
  mv("mobilise", "reported", None, [], ["الطيوري", "سكرة"]),
  mv("reinforce", "reported", LNA, ["هون"], ["سبها"]),
  mv("withdraw", "conditional", LNA, ["سبها"], ["هون"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("reinforce", "denied", "Foreign fighters", ["مالي"], ["أوباري"]),
 ],
}

NOTES = {
 "wj1": "Tebu–Awlad Suleiman clashes in Sabha's Al-Tayuri and Hay al-Nasiriya: the southern military zone's 40 vehicles "
        "Tamanhint air base→Al-Tayuri and Al-Nasiriya (headline 'to Sabha' is the same move), a planned company Sabha "
        "castle→Al-Qurdha (Sabha airport only the purpose of the road it secures), a conditional pull-out from Al-Tayuri, "
        "and 'Chadian fighters' from Murzuq and Umm al-Aranib to Sabha denied by the Tebu council. Elders from Ubari and "
        "Brak are civilians; Tripoli is only the seat of the government; Al-Manshiya/Al-Qurdha in the last paragraph are "
        "background; Idri only inside the person name إدريس الحضيري, Murzuq also inside محمد المرزقي.",
 "wj2": "Tebu–Tuareg truce in Ubari: an LNA battalion Sabha→Ubari via Germa, a planned two-plane airlift Tamanhint air "
        "base→the Sharara field airstrip ('55 km west of the city' only a distance phrase), a conditional return "
        "Ubari→Sabha, and 150 fighters from Agadez across the border with Niger toward Ubari, denied by the Tuareg "
        "council. Ghat, Wadi al-Hayat (elders), Algiers (talks), Algeria (kin; the closed Isayen crossing) and Sharara "
        "in the last paragraph are not movement places.",
 "wj3": "Murzuq: an LNA force Sabha→Murzuq via Ghudwa, armed men of both sides massing in Traghen (no actor named), a "
        "planned move of units Al-Wigh base→the Tummo crossing and the border with Chad, a conditional advance from "
        "Murzuq into Umm al-Aranib, and a Chadian rebel faction's denied arms shipment Al-Qatrun→Murzuq. Paris is the "
        "dateline; Tunis (plain تونس) is a meeting venue; displaced civilians to Sabha and Ubari, fuel convoys to "
        "Al-Qatrun and El Feel (a distance reference) are not movement places.",
 "wj4": "Qurina: an LNA landing ship Benghazi port→Sirte port and a planned second one on the same route, a planned "
        "overland leg Sirte→Sabha via Al-Jufra, a special-forces company Tamanhint air base→Al-Manshiya and Al-Qurdha "
        "(checkpoints at Abdulkafi add no move), a conditional pull-out from both quarters, and a denied arms shipment "
        "by Sudanese armed groups Darfur→Sabha via Kufra. Benghazi is the dateline, Al-Rajma the seat of the command, "
        "Idri (also inside إدريس الحسناوي) and Wadi al-Shati the mediators' home, Sabha airport a land dispute.",
 "wj5": "Nidaa al-Watan (Beirut) compares Sabha with Bab al-Tabbaneh/Jabal Mohsen in Tripoli (Lebanon); both sides "
        "massing in Al-Tayuri and Sukra (no actor named), an LNA column Hun→Sabha, its conditional return Sabha→Hun, "
        "a planned GNA airlift Mitiga airport→Ghat airport (announced in Tripoli, Libya), and Tuareg notables in Ubari "
        "denying fighters from Mali came to the city (المدينة = Ubari). Murzuq only a warning; 'دعم مالي' is financial.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wj1", "wj2", "wj3", "wj4", "wj5")
