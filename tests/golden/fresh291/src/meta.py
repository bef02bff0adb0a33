# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # vague areas and border phrases
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا / الجنوب الليبي)
 "east_ly": ("region", "LY", 31.00000, 21.50000, "Eastern Libya"),                      # K
 "west_ly": ("region", "LY", 31.80000, 12.80000, "Western Libya"),                      # K
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),      # G* (row الحدود الليبية النيجرية)
 "border_ne_ly": ("region", "NE", 22.40000, 13.70000, "Niger-Libya border (Nigerien side)"),    # K
 "border_sd_ly": ("region", "SD", 20.60000, 25.20000, "Sudan-Libya border (Sudanese side)"),    # K
 "border_dz_ly": ("region", "DZ", 24.90000, 9.90000, "Algeria-Libya border (Algerian side)"),   # K
 "border_dz_ne": ("region", "DZ", 19.60000, 5.80000, "Algeria-Niger border (Algerian side)"),   # K
 "triangle_ly_eg_sd": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "triangle_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G (row المثلث الحدودي)
 # kg1 Sabha - Al Qatrun road
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row spelled أغاديس)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # kg2 Kufra - Ajdabiya road
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "uweinat": ("region", "LY", 21.93000, 24.95000, "Jebel Uweinat"),                      # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # kg3 Djanet / Ghat - Ubari
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (row kind village)
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                  # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),         # G (row حقل الشرارة)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                              # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                           # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 # kg4 Zuwara coast
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "nador": ("city", "MA", 35.17000, -2.93000, "Nador"),                                  # K
 "benimellal": ("city", "MA", 32.33700, -6.35000, "Beni Mellal"),                       # K
 "khouribga": ("city", "MA", 32.88100, -6.90600, "Khouribga"),                          # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "casablanca": ("city", "MA", 33.58831, -7.61138, "Casablanca"),                        # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row spelled لامبيدوسا)
 # kg5 Rome / Niger border
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18000, "Port of Tripoli"),             # K
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),              # G
 "calabria": ("region", "IT", 39.00000, 16.50000, "Calabria"),                         # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "kg1": ["فواصل", "كتيبة طارق بن زياد", "القطروني", "أخبار سبها", "إدريس"],
 "kg2": ["سبل السلام", "الراكوبة", "الأوجلي", "قوات الدعم السريع", "الجيش السوداني"],
 "kg3": ["الخبر", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "دعم مالي", "موسى الغاتي", "الجيش الليبي"],
 "kg4": ["هسبريس", "المنطقة العسكرية الغربية", "خفر السواحل الليبي", "تقارير إيطالية", "إدريس", "قرب الشاطئ",
         "زنقة طرابلس"],
 "kg5": ["يورونيوز", "الاتحاد الأوروبي", "جورجيا ميلوني", "الفيلق الأفريقي", "الجيش النيجري", "الإيطالية"],
}

PHEN = {
 "kg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "kg2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_neighbours", "countries"],
 "kg3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "kg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "kg5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
}

MOVES = {
 "kg1": [
  mv("deploy", "reported", LNA, ["سبها"], ["القطرون"], ["غدوة", "أم الأرانب"]),
  mv("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["القطرون"]),
  mv("mobilise", "conditional", LNA, [], ["تجرهي"]),
  mv("withdraw", "denied", LNA, ["أم الأرانب"], ["سبها"]),
 ],
 "kg2": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["جالو"]),
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["أوجلة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["تازربو"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الحدود مع ليبيا"]),
 ],
 "kg3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "reported", LNA, ["حقل الشرارة"], ["غات"], ["أوباري", "العوينات"]),
  mv("redeploy", "conditional", LNA, ["غات"], ["منفذ إيسين"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["معبر تين الكوم"]),
 ],
 "kg4": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", GNA, ["الزاوية"], ["الجميل"], ["صبراتة"]),
  mv("redeploy", "planned", GNA, ["قاعدة الوطية الجوية"], ["مجمع مليتة"]),
  mv("naval_landing", "conditional", GNA, [], ["جزيرة فروة"]),
  mv("withdraw", "denied", GNA, ["معبر رأس اجدير"], []),
 ],
 "kg5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("deploy", "planned", LNA, ["مطار سبها"], ["القطرون"]),
  mv("redeploy", "reported", None, ["ديركو"], ["ماداما"]),
  mv("shipment", "conditional", None, [], ["ميناء طرابلس"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["القطرون"]),
 ],
}

NOTES = {
 "kg1": "Fawasel-style report from Sabha on the Sabha-Al Qatrun smuggling road: an LNA column Sabha->Al Qatrun via Ghuddwa "
        "and Umm al-Aranib, border guards Al Qatrun->the Toummo crossing (origin by anaphora «منها»), a planned company "
        "Tamanhint air base->Al Qatrun, a conditional reinforcement of Tajarhi and a denied pull-out Umm al-Aranib->Sabha. "
        "Precision: intercepted migrants taken to Sabha and to be deported via Al Qatrun, smugglers fleeing to the border, "
        "the migrant route Agadez->Tripoli->Italy are not movements; Toummo's «على الحدود مع النيجر» is a locator.",
 "kg2": "Al-Rakoba-style report from Kufra on the Kufra-Ajdabiya road: Subul al-Salam companies Kufra->Jalu (the patrols "
        "on the road between Kufra and Ajdabiya are the same move), reinforcements Ajdabiya->Awjila, a planned company "
        "Kufra->Tazirbu, a conditional advance to Jebel Uweinat and the RSF's denied deployment to the Sudanese side of "
        "the border. Precision: a refugee's smuggled journey El Fasher/Al Malha->Kufra->Ajdabiya, migrants sent back to "
        "Kufra from a checkpoint near Jalu and the road to Benghazi are not movements.",
 "kg3": "El Khabar-style report from Djanet on the Ghat-Ubari axis: Algerian army units Illizi->Djanet, a planned airlift "
        "Tamanrasset->Djanet airport, an LNA force Ubari->Ghat via Al Awaynat, its conditional move Ghat->the Isayen "
        "crossing and a denied Algerian crossing through Tin Alkoum towards Ghat. Precision: migrants deported towards "
        "the Niger border and the migrant route Agadez->the triangle->Ubari->Sabha/Tamanrasset are not movements.",
 "kg4": "Hespress-style report datelined Rabat on the Zuwara coast: GNU coast-guard boats Abu Sitta naval base->Zuwara "
        "port, a western-region land force Zawiya->Al-Jmail via Sabratha, a planned company Al-Watiya air base->the "
        "Mellitah complex, a conditional marine landing on Farwa island and the Zuwara security directorate's denied "
        "pull-out from Ras Ajdir. Precision: Moroccan migrants waiting for repatriation flights Mitiga->Casablanca, a "
        "boat returned to Zuwara port and the crossings to Lampedusa/Italy are not movements.",
 "kg5": "Euronews-style report datelined Rome on an EU migration plan: an LNA border-guard airlift Benina air base->Sabha "
        "airport and its planned road move on to Al Qatrun, a Nigerien redeployment Dirkou->Madama (actor null), Italy's "
        "conditional delivery of patrol boats to Tripoli port (actor null) and Moscow's denial of an Africa Corps move "
        "Brak air base->Al Qatrun. Precision: migrant arrivals in Lampedusa from Tobruk and Zuwara, the Rome meeting and "
        "Niamey as a source are not movements; Madama's «القريبة من الحدود مع ليبيا» is a locator.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kg1", "kg2", "kg3", "kg4", "kg5")
