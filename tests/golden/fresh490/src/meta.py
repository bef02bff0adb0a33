# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or found under another spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "nigeria": ("country", "NG", 9.07750, 7.93472, "Nigeria"),                             # G
 "eritrea": ("country", "ER", 15.18171, 38.08424, "Eritrea"),                           # G
 "somalia": ("country", "SO", 5.12792, 46.75724, "Somalia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G (row gives the Sabha point)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "aranib_mun": ("district", "LY", 26.13386, 14.73720, "Umm al Aranib municipality"),    # G* (town row)
 # Libyan bases, airports, crossings, regions
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city row)
 "tripoli_port": ("crossing", "LY", 32.90300, 13.19000, "Port of Tripoli"),             # K
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "waw": ("region", "LY", 24.92000, 17.77000, "Waw an Namus"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا)
 # neighbours and beyond
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (city row spelled خرطوم)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row spelled أغاديس)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (row spelled لامبيدوسا)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row name_ar ربات)
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G* (row name_ar أنفا)
 "benimellal": ("city", "MA", 32.33725, -6.34983, "Beni Mellal"),                       # K
 "khouribga": ("city", "MA", 32.88108, -6.90630, "Khouribga"),                          # K
 "fkih": ("city", "MA", 32.50165, -6.68915, "Fquih Ben Salah"),                         # K
}

TRAPS = {
 "rx1": ["راديو دبنقا", "آدم الفاشري", "التشادية", "طارق بن زياد", "غرفة عمليات الجنوب", "سودانياً", "سودانيون"],
 "rx2": ["يورونيوز", "الليبية", "ليبيان", "قبائل ورفلة", "جهاز دعم الاستقرار", "أوروبية", "خالد الطرابلسي",
         "مالياً", "إيطالية"],
 "rx3": ["سبوتنيك", "الليبي", "السبهاوي", "ليبية", "شارع جمال عبد الناصر"],
 "rx4": ["الجريدة", "تشاديين", "تشادية", "جبهة التناوب والوفاق في تشاد", "غرفة عمليات الجنوب", "سالم المرزوقي",
         "الليبي"],
 "rx5": ["اليوم 24", "مغربية", "المغربية", "الليبية", "ليبية", "مغربياً", "فاطمة الإدريسي", "مالياً",
         "عبد الرحمن الطرابلسي", "الليبي"],
}

PHEN = {
 "rx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "rx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "coverage_neighbours", "countries"],
 "rx3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "rx4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "rx5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, CHAD = "Libyan National Army", "GNA forces", "Chadian armed groups"

MOVES = {
 "rx1": [
  _m("reinforce", "reported", LNA, ["سبها"], ["أم الأرانب"], ["غدوة"]),
  _m("deploy", "planned", LNA, ["أم الأرانب"], ["تجرهي"], ["القطرون"]),
  _m("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["ام الارانب"]),
  _m("withdraw", "denied", LNA, ["القطرون"], ["مرزق"]),
  _m("mobilise", "reported", None, [], ["القطرون"]),
 ],
 "rx2": [
  _m("deploy", "reported", GNA, ["طرابلس"], ["بنى وليد"], ["ترهونة"]),
  _m("reinforce", "reported", GNA, ["غريان"], ["بنى وليد"]),
  _m("deploy", "planned", GNA, [], ["بني وليد", "الشويرف"]),
  _m("withdraw", "conditional", GNA, [], ["طرابلس"]),
  _m("deploy", "denied", "Misrata forces", ["مصراتة"], ["بني وليد"]),
  _m("naval_landing", "denied", None, [], ["ميناء طرابلس"]),
 ],
 "rx3": [
  _m("reinforce", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["سبـها"]),
  _m("redeploy", "planned", LNA, ["سبها"], ["غدوة"]),
  _m("airlift", "denied", "Russian forces", [], ["مطار سبها"]),
  _m("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  _m("reinforce", "conditional", LNA, ["إدري"], ["سبها"]),
  _m("withdraw", "reported", LNA, ["أم الأرانب"], ["إدري"]),
 ],
 "rx4": [
  _m("advance", "reported", LNA, ["حقل الفيل"], ["أم الأرانب"]),
  _m("withdraw", "reported", CHAD, [], ["واو الناموس"], ["تمسة"]),
  _m("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  _m("shipment", "reported", LNA, ["سبها"], ["أم الأرانب"]),
  _m("mobilise", "denied", CHAD, [], ["تيبستي"]),
  _m("advance", "denied", CHAD, [], ["ليبيا"]),
  _m("advance", "conditional", LNA, [], ["واو الناموس", "الحدود مع تشاد"]),
 ],
 "rx5": [
  _m("redeploy", "reported", LNA, ["إدري"], ["الشويرف"], ["براك"]),
  _m("advance", "conditional", LNA, ["الشويرف"], ["القريات"]),
  _m("deploy", "planned", GNA, ["غريان"], ["مزدة"]),
  _m("shipment", "planned", GNA, ["طرابلس"], ["مزدة"]),
  _m("advance", "denied", LNA, ["الشويرف"], ["بني وليد"]),
 ],
}

NOTES = {
 "rx1": "Radio Dabanga style, Al Qatrun dateline: a border patrol rescues Sudanese migrants from a broken-down smugglers' "
        "truck and carries them to Al Qatrun (a rescue, not a movement); the migrants' route from Kouri Bougoudi and "
        "North Darfur is not a movement. LNA reinforcement Sabha->Umm al-Aranib via Ghuddwa (reported), a company "
        "Umm al-Aranib->Tajarhi via Al Qatrun (planned; the Toummo crossing on the Niger border is only the purpose), "
        "Tamanhint air base->ام الارانب if smugglers attack again (conditional), the mayor denies a pull-out Al "
        "Qatrun->Murzuq, Tebu youths' «النفير» at Al Qatrun (reported mobilise, no canonical actor).",
 "rx2": "Euronews Arabic style, Tripoli dateline: a GNU joint force Tripoli («العاصمة»)->Bani Walid (بنى وليد) via "
        "Tarhuna and a Gharyan company joining it (reported); freed migrants bused to Tripoli, IOM flights from Mitiga, "
        "a migrant's Khartoum->Kufra->Bani Walid story and boats from Libya/Sfax to Lampedusa are not movements; planned "
        "checkpoints between Bani Walid and Ash Shwayrif, a conditional return to Tripoli («لن...إلا بعد»), Warfalla "
        "elders deny Misrata forces entering the city, the navy denies an Italian landing at Tripoli port. Traps: the "
        "officer خالد الطرابلسي, مالياً.",
 "rx3": "Sputnik Arabic style, Sabha: a raid on smugglers' warehouses in Al-Tayouri after LNA reinforcements from "
        "Tamanhint air base (تمنهنط) reached Sabha (سبـها, reported); a planned redeploy Sabha->Ghuddwa; the "
        "deportation convoy via Toummo to Agadez with Red Crescent ambulances and migrant trucks are not movements; a "
        "denied Russian landing at Sabha airport (the Sharara field only the rumoured purpose), a Russian landing ship "
        "at Tobruk port (reported naval landing), a conditional battalion Idri->Sabha, a flashback pull-out Umm "
        "al-Aranib->Idri. Person trap السبهاوي contains سبها; street trap شارع جمال عبد الناصر.",
 "rx4": "Al-Jarida (Kuwait) style, Cairo dateline: gunmen ambush a migrant truck east of Umm al-Aranib (the truck, the "
        "wounded taken to Sabha and the IOM's corridor are not movements); an LNA armoured company El Feel field->Umm "
        "al-Aranib (reported advance), the gunmen flee via Tmassah towards Waw an-Namus (reported, Chadian armed "
        "groups), a planned airlift Benina air base->Tamanhint base, an ammunition/fuel shipment Sabha->Umm al-Aranib, "
        "FACT denies massing in Tibesti and crossing into Libya, a conditional LNA advance on Waw an-Namus and the "
        "border with Chad.",
 "rx5": "Alyaoum24 (Morocco) style, Rabat dateline: Moroccan families from Beni Mellal, Khouribga and Fquih Ben Salah "
        "appeal for sons held in Bani Walid; the migrants' routes (Morocco->Cairo->Benghazi->Bani Walid, Tunis->Ras "
        "Ajdir) and a repatriation flight Benina airport->Casablanca (الدار البيضاء, not Al Bayda) are not movements; "
        "an LNA battalion Idri->Ash Shwayrif via Brak (reported redeploy), its conditional advance to Al Qaryat, a "
        "planned GNU company Gharyan->Mizda (Bani Walid only the purpose) and a planned shipment Tripoli->Mizda, Bani "
        "Walid's security directorate denies an LNA column Ash Shwayrif->Bani Walid. Traps: الإدريسي, الطرابلسي, مالياً.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rx1", "rx2", "rx3", "rx4", "rx5")
