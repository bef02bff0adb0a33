# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # capitals and cities outside Libya
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                          # G* (row عنتاب)
 "al_bab": ("town", "SY", 36.3705, 37.5157, "Al-Bab"),                                  # K
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 # hi1 Ghat / Isayen / Djanet / Illizi
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),               # G* (Boufarik town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "border_dz_ly": ("region", "DZ", 24.70, 9.95, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # hi2 west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.905, 13.190, "Port of Tripoli"),                 # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K (GeoNames value via fresh51)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_ly_tn": ("region", "LY", 33.05, 11.60, "Libya-Tunisia border (Libyan side, Ras Ajdir sector)"),  # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 # hi3 Fezzan / Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "tamanhint_v": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                     # G* (base row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 # hi4 Murzuq / Al Qatrun / the Niger and Chad borders
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),             # G* (row الحدود الليبية التشادية)
 # hi5 west: Mitiga, Al-Watiya, Ghadames
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
}

TRAPS = {
 "hi1": ["الشروق", "الجيش الوطني الليبي", "محمد الغاتي", "ليبيا الحدث", "الجزائري", "الليبي"],
 "hi2": ["الميادين", "المجلس العسكري الزنتان", "العقيد عادل الطرابلسي", "وكالة تونس أفريقيا للأنباء", "التونسية",
         "من هذه الزاوية"],
 "hi3": ["اليوم السابع", "درع الصحراء", "فسانيا", "سبوتنيك", "زلة لسان", "سالم الإدريسي", "الروسية",
         "المصدر الليبي"],
 "hi4": ["بي بي سي", "الجيش الوطني الليبي", "التشاديين", "تشادية", "ما ادري", "دعم مالي"],
 "hi5": ["عنب بلدي", "الجيش الوطني السوري", "درع الفرات", "نبع السلام", "المرصد السوري لحقوق الإنسان", "الأناضول",
         "أبو عمر الطرابلسي", "التركية", "سورياً"],
}

PHEN = {
 "hi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "hi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "hi5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "hi1": [
  mv("reinforce", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("withdraw", "denied", LNA, ["منفذ إيسين"], ["غات"]),
  mv("redeploy", "planned", LNA, ["غات"], ["منفذ إيسين"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
 "hi2": [
  mv("naval_landing", "reported", GNA, ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "reported", GNA, ["ميناء زوارة"], ["معبر رأس اجدير"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الجميل"]),
  mv("advance", "conditional", "Zintan forces", [], ["زوارة"]),
  mv("shipment", "planned", GNA, [], ["زوارة"], ["صبراتة"]),
 ],
 "hi3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت الجوية"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("withdraw", "denied", "Russian forces", ["براك"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  mv("advance", "conditional", LNA, ["إدري"], ["الشويرف"]),
 ],
 "hi4": [
  mv("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"], ["تجرهي"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["قطرون"], ["مرزوق"]),
  mv("shipment", "reported", None, ["القطرون"], ["النيجر"], ["منفذ التوم"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["الحدود مع تشاد"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم"]),
  mv("advance", "conditional", LNA, [], ["أم الأرانب"]),
 ],
 "hi5": [
  mv("airlift", "reported", "Syrian mercenaries", ["غازي عنتاب"], ["مطار معيتيقة"]),
  mv("mobilise", "reported", "Syrian mercenaries", [], ["قاعدة الوطية"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["طرابلس"], ["تركيا"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("deploy", "conditional", "Syrian mercenaries", [], ["حقل الوفاء"]),
 ],
}

NOTES = {
 "hi1": "Echorouk Online (Algiers): an Algerian security source quoting a Libyan officer (two links) on an LNA "
        "reinforcement Ubari->Ghat via Al Awaynat, retold by a Ghat notable and his relatives; a TV-sourced claim of a "
        "pull-out from the Isayen crossing denied by a Ghat municipal official, who adds a planned company Ghat->the "
        "crossing (anaphora «المدينة»، «المنفذ»); an unconfirmed-not-denied Algerian airlift Boufarik air base->Djanet "
        "airport (reported); the Illizi governor's «لن … إلا إذا» reinforcement of the border, quoted by a council "
        "member (conditional). Algiers dateline vs Algeria the country; Illizi province vs town.",
 "hi2": "Al Mayadeen (Tripoli): a correspondent quoting a staff source quoting a naval officer on a landing Tripoli "
        "port->Zuwara port and an overland move on to Ras Ajdir, backed by fishermen and neither confirmed nor denied "
        "by a council member (reported); a local site's «tribal sources» on Zintan massing at Al-Jumayl denied by "
        "Zintan's spokesman, who threatens an advance on Zuwara «إذا» (conditional); a planned ammunition shipment to "
        "Zuwara via Sabratha. Border phrase is a locator of Ras Ajdir, not a destination; Tunis vs Tunisia; "
        "Tripoli inside a person's name.",
 "hi3": "Youm7 (Cairo): a Libyan source relaying an operations-room officer on an Il-76 airlift Benina->Tamanhint "
        "air base and a Brak air base->Idri redeploy (confirmed by a resident to a local site); a social-media claim "
        "from «Western intelligence sources» of a Russian pull-out Brak->Jufra air base denied by an embassy official "
        "via Sputnik; a colonel quoted second-hand on a planned company for the Sharara field and a conditional "
        "advance Idri->Ash Shwayrif. Headline Fezzan/Brak repeat body moves; Idri vs Al-Idrisi; «زلة لسان».",
 "hi4": "BBC Arabic: local sources and a notable's cousin (hearsay) on Chadian gunmen pulling out of Umm al-Aranib "
        "towards the Niger border via Tajarhi; a Murzuq district official quoting a field commander on an LNA "
        "reinforcement Sabha->Al Qatrun via Murzuq (no LNA comment; reported); drivers on a fuel-and-arms shipment "
        "Al Qatrun->Niger via the Toummo crossing; smugglers quoted by a radio on Chadian massing near the Chad "
        "border, denied by a faction spokesman; a planned company for Toummo and a conditional entry into Umm "
        "al-Aranib. Spelling مرزوق/قطرون; «ما ادري» and «دعم مالي» traps.",
 "hi5": "Enab Baladi: a Syrian faction leader quoting his faction's recruitment officer on an airlift Gaziantep->Mitiga "
        "airport and Syrian fighters gathered at Al-Watiya air base, a returning fighter's second-hand confirmation, "
        "a planned return Tripoli->Turkey; the Syrian Observatory's claim of a Turkish landing at Tripoli port denied "
        "by a Turkish MoD source via Anadolu (headline «أنقرة تنفي إنزالاً في طرابلس» = the same move); a conditional "
        "deployment to the Al Wafa field («إذا تجددت الاشتباكات قرب غدامس»: Ghadames is a locator). Al-Bab is a "
        "town (common word as a real place); Tripoli inside a nom de guerre.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hi1", "hi2", "hi3", "hi4", "hi5")
