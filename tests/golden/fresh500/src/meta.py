# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
# Latin-script glosses in brackets ("(Zawiya)", "(Kufra Airport)") use the key of the Arabic name they gloss.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # places used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_ap": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                    # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G (row مثلث العوينات)
 # sh1 Zawiya and the west coast
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (value in fresh51 README)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row spelled لامبيدوسا)
 # sh2 Russian forces, Jufra, Brak, Wadi al-Shati
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # sh3 the east and the Egyptian border
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 30.90, 25.20, "Egypt-Libya border (Egyptian side)"),     # K
 "barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                         # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Tobruk port"),                  # K
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 "bomba": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                        # G
 # sh4 Kufra, Darfur and the triangles
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                           # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                           # G
 "border_sd": ("region", "SD", 19.80, 24.60, "Sudan-Libya border (Sudanese side)"),     # K
 "triangle_td": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),           # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 # sh5 the Algerian side
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                          # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row spelled عين أميناس)
 "border_dz": ("region", "DZ", 29.00, 9.60, "Algeria-Libya border (Algerian side)"),    # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "tigu": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),              # G
 "djanet_ap": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),        # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
}

TRAPS = {
 "sh1": ["ليبيا أوبزرفر", "الزاوية الأمنية", "كتيبة ثوار طرابلس", "Tripoli Revolutionaries Brigade", "الليبي",
         "التونسي", "الإيطالية", "الليبية"],
 "sh2": ["سبوتنيك", "الفيلق الأفريقي", "الروسية", "الجيش الوطني الليبي", "محمد إدريس الحضيري", "الفني والمالي",
         "الفرنسية"],
 "sh3": ["إرم نيوز", "المصري", "المصرية", "الهرج والمرج", "سالم الطبرقي", "الجيش الوطني الليبي"],
 "sh4": ["يورونيوز", "ماهر السوداني", "الجيش الوطني الليبي"],
 "sh5": ["TSA عربي", "الجيش الجزائري", "الليبية", "الجيش الوطني الليبي", "رضا الطرابلسي", "التونسي"],
}

PHEN = {
 "sh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "sh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "sh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "sh4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "sh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "sh1": [
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  _m("mobilise", "reported", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  _m("redeploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس اجدير"]),
  _m("withdraw", "denied", "GNA forces", ["مصفاة الزاوية"], ["الحرشة"]),
  _m("naval_landing", "conditional", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
 ],
 "sh2": [
  _m("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["نيامي"], ["قاعدة الجفرة الجوية"]),
  _m("shipment", "reported", "Russian forces", ["سبها"], ["قاعدة براك الجوية"]),
  _m("withdraw", "denied", "Russian forces", ["قاعدة براك الجوية"], ["الجفرة"]),
  _m("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  _m("advance", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
 ],
 "sh3": [
  _m("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  _m("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  _m("mobilise", "denied", "Libyan National Army", [], ["الجغبوب"]),
  _m("naval_landing", "planned", "Libyan National Army", ["بنغازي"], ["ميناء طبرق"]),
  _m("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
 ],
 "sh4": [
  _m("advance", "reported", "Sudanese armed groups", ["المالحة"], ["كرب التوم"], ["وادي هور"]),
  _m("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  _m("airlift", "planned", "Libyan National Army", ["بنينا"], ["مطار الكفرة"]),
  _m("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  _m("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"], ["مثلث العوينات"]),
 ],
 "sh5": [
  _m("reinforce", "reported", "Algerian army", ["برج عمر إدريس"], ["الدبداب"], ["عين أمناس"]),
  _m("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  _m("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  _m("mobilise", "denied", "Libyan National Army", [], ["غات", "منفذ إيسين"]),
  _m("deploy", "planned", "GNA forces", ["طرابلس"], ["غدامس"]),
 ],
}

NOTES = {
 "sh1": ("Libya Observer (Arabic), Tripoli, 15.03.2026: Latin glosses after Arabic names (Tripoli, Az-Zawiya, Janzour, "
         "Al-Harsha, Zintan, Zuwara, Ras Ajdir, Lampedusa), English unit names (444th Combat Brigade, SSA, Border Guard), "
         "dates 15.03.2026 / ١٥ مارس/آذار ٢٠٢٦ / 14/3 / 2026/03/14. A 444 Brigade deploy Tripoli ('from the capital', "
         "dateline antecedent)->Zawiya via Janzour and Al-Maya (reported); Zintan groups massing in Al-Aziziyah (reported "
         "mobilise); a planned Border Guard redeploy Zuwara->the Ras Ajdir crossing (the Tunisia border phrase only "
         "locates it); the SSA's denied pull-out from around the refinery ('المصفاة' = مصفاة الزاوية) to Al-Harsha; a "
         "conditional coast-guard landing Abu Sitta naval base->Zuwara port (إذا). Migrant boats to Lampedusa are not a "
         "force move. Traps: the outlet, «الزاوية الأمنية», the Tripoli Revolutionaries Brigade in Arabic and English."),
 "sh2": ("Sputnik Arabic, Moscow, ١٢ نيسان/أبريل ٢٠٢٦ (9–11.04.2026): an Africa Corps Il-76MD airlift Al-Khadim base->"
         "Niamey with a refuelling stop at the Jufra air base (via; the headline's النيجر is the same move); a reported "
         "truck shipment Sabha->Brak air base; Moscow's denied withdrawal Brak air base->Al-Jufra («مجرد شائعات»); a "
         "planned helicopter redeploy Jufra air base->Tamanhint base; the LNA 128th Brigade's conditional advance Brak->"
         "Idri (إذا). Wadi al-Shati's gates and Fezzan are purposes/locators. Idri trap: the guard «محمد إدريس "
         "الحضيري»; Mali trap: «الدعم الفني والمالي»."),
 "sh3": ("Erem News, Benghazi, 2026-05-19: an Egyptian reinforcement Marsa Matruh->Sallum via Sidi Barrani (the border "
         "phrase locates Sallum); a Saiqa company Tobruk->the Amsaad crossing (reported deploy, 18/05); the LNA's denied "
         "massing in Al-Jaghbub (communiqué ٢٢/٢٠٢٦); a planned marine landing Benghazi->Tobruk port (the Gulf of Bomba "
         "is the purpose, not a destination); a conditional airlift Benina air base->Kufra airport («لن يُفعَّل إلا "
         "إذا»). Traps: «سالم الطبرقي» (person with Tobruk inside), «الهرج والمرج» (Al Marj inside), Egyptian nisbas."),
 "sh4": ("Euronews Arabic, Kufra, 03/06/2026: an RSF advance Al Malha->Karb al-Tom via Wadi Howar (satellite imagery); "
         "a Subul al-Salam reinforcement Kufra->Maaten al-Sarra base; a planned airlift Benina->Kufra airport; a "
         "conditional deploy on the border with Sudan («إذا عبروا»); the LNA's denied fuel-and-ammunition shipment Kufra->"
         "Darfur via the Uweinat triangle (UN Panel of Experts). Refugee families from Sudan and Chad are not a move. "
         "Trap: the correspondent «ماهر السوداني»."),
 "sh5": ("TSA Arabi, Algiers, 21 جوان 2026 (Maghrebi month names, 19/06/2026, 01-07-2026, French unit name 4e Région "
         "militaire): an Algerian reinforcement Bordj Omar Driss->Debdeb via In Amenas (reported); an Il-76 airlift "
         "Boufarik air base->Djanet airport (reported; headline جانت is the same move); a conditional reinforcement "
         "Illizi->Djanet (إذا); the LNA's denied massing in Ghat near the Isayen crossing; a planned GNU border-guard "
         "deploy Tripoli ('from the capital')->Ghadames. Idri trap: the Algerian town Bordj Omar Driss (gold, DZ) "
         "contains إدري; Tripoli: the Tunisian researcher «رضا الطرابلسي»; الجزائر is Algiers in the dateline and "
         "Algeria in the last sentence, الجزائر العاصمة is Algiers."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sh1", "sh2", "sh3", "sh4", "sh5")
