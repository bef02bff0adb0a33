# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind; K = own knowledge / representative point / value published in
# fresh51's README coordinates table (see README "Coordinates not from the gazetteer").
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 # ch1 Kufra and the Libya-Sudan-Egypt triangle (Youm7, Cairo)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),        # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                         # G* (row مثلث العوينات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G (row قاعدة معطن السارة)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                  # G* (row الحدود الليبية السودانية)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "east_uweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat"),                     # G* (row مطار شرق العوينات)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G
 # ch2 Zawiya and the west coast (Alhurra, Tripoli)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                    # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                          # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                   # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                        # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                     # K (fresh51 README, GeoNames 2208423)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                               # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                              # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                   # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),              # G* (town row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "border_tnside": ("region", "TN", 32.6, 11.0, "Tunisia-Libya border (Tunisian side)"),   # K
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),             # G
 # ch3 Sirte, Jufra, Misrata and the Oil Crescent (RT Arabic, Moscow)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row, README rule)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                   # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                       # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                      # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf port"),                # G* (row راس لانوف)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # ch4 Fezzan and the Chad/Niger borders (Arabi Post, Sabha)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                  # G* (row الحدود الليبية النيجرية)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G* (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                        # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                      # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                 # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                   # G* (row الحدود الليبية التشادية)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),                 # G
 # ch5 the Algerian side of the Ghadames border (Echorouk, Algiers)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                    # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),       # G* (town row)
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G (row عين أميناس)
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                     # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                # G
 "border_dzside": ("region", "DZ", 29.0, 9.6, "Algeria-Libya border (Algerian side)"),     # K
}

TRAPS = {
 "ch1": ["اليوم السابع", "غرفة عمليات المنطقة الجنوبية", "خالد السوداني", "الجيش المصري", "الجيش الليبي", "الجانب الليبي"],
 "ch2": ["الحرة", "قوة حماية طرابلس", "حكومة الوحدة الوطنية", "فيسبوك"],
 "ch3": ["روسيا اليوم", "يني شفق", "شارع طرابلس", "غرفة عمليات سرت الجفرة", "سرت شائعات", "وزارة الدفاع الروسية",
         "الفيلق الأفريقي", "الأطراف الليبية"],
 "ch4": ["عربي بوست", "جبهة الوفاق من أجل التغيير في تشاد", "الشرارة الأولى", "اللواء طارق بن زياد",
         "المعارضة التشادية"],
 "ch5": ["الشروق أونلاين", "سالم الغدامسي", "الجيش الجزائري", "الناحية العسكرية الرابعة", "الأراضي الليبية",
         "حكومة الوحدة الوطنية"],
}

PHEN = {
 "ch1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "ch2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ch3": ["spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "ch4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ch5": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ch1": [
  M("advance", "reported", LNA, ["الكفرة"], ["جبل العوينات"]),
  M("advance", "reported", "Sudanese armed groups", [], ["جبل العوينات"], ["الحدود مع السودان"]),
  M("withdraw", "reported", "Sudanese armed groups", [], ["السودان"]),
  M("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  M("withdraw", "denied", LNA, ["ربيانة", "تازربو"], []),
  M("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "ch2": [
  M("deploy", "reported", GNA, ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  M("withdraw", "reported", None, ["الزاوية"], ["بئر الغنم"]),
  M("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  M("advance", "conditional", GNA, [], ["صبراتة", "العجيلات"]),
  M("deploy", "denied", GNA, [], ["معبر رأس اجدير"]),
 ],
 "ch3": [
  M("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  M("mobilise", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  M("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  M("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  M("shipment", "conditional", "Turkish armed forces", ["تركيا"], ["مطار مصراتة"]),
 ],
 "ch4": [
  M("reinforce", "reported", LNA, ["سبها"], ["القطرون"]),
  M("withdraw", "reported", "Chadian armed groups", ["أم الأرانب"], ["الحدود مع النيجر"]),
  M("deploy", "planned", LNA, [], ["حقل الشرارة"]),
  M("redeploy", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["اوباري"]),
  M("mobilise", "denied", "Chadian armed groups", [], ["وادي الشاطئ", "إدري"]),
 ],
 "ch5": [
  M("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب", "عين أمناس"]),
  M("shipment", "reported", GNA, ["نالوت"], ["غدامس"], ["درج"]),
  M("airlift", "planned", "Algerian army", ["الجزائر العاصمة"], ["إليزي"]),
  M("reinforce", "conditional", "Algerian army", [], ["برج عمر إدريس"]),
  M("deploy", "denied", "Algerian army", [], ["غدامس"]),
 ],
}

NOTES = {
 "ch1": "Youm7 (Cairo): a drone strike on a Sudanese column south of Kufra told next to ground moves — an LNA advance "
        "Kufra→Jebel Uweinat (headline «نحو المثلث الحدودي» is the same move), the Sudanese column's crossing via the "
        "border phrase and its flight back into Sudan, a planned Benina→Kufra airport airlift, a denied pull-out from "
        "Rebiana and Tazirbu, and an Egyptian reinforcement to East Oweinat conditional on «إذا». The drone's take-off "
        "from Maaten al-Sarra, the strike site, Cairo (dateline, metonym) and the Darfur/Chad roads are not movements.",
 "ch2": "Alhurra (Tripoli): GNA drone strikes on Zawiya with a column Tripoli→Zawiya via Janzour and Al Maya in the same "
        "sentence, a local armed group's pull-back to Bir al Ghanam (actor null), a planned marine landing Abu Sitta→"
        "Zuwara port, a conditional advance on Sabratha and Al Ajaylat (إذا لم), and a GNA entry to Ras Ajdir denied by "
        "the Zuwara mayor. Mitiga (drone take-off), Surman (heard the blasts), Tunis and the Tunisian-side border (alert) "
        "are not movement places; «قوة حماية طرابلس» is a force-name trap.",
 "ch3": "RT Arabic (Moscow): an unidentified drone hits LNA vehicles near Al Washka; the LNA moves two battalions Jufra "
        "air base→Sirte via Waddan (headline «من الجفرة» = same move), Misrata formations mass at Abu Qurayn, Moscow denies "
        "an Africa Corps airlift Al Khadim→Gardabya, a planned LNA sea landing Benghazi→Ras Lanuf port, and a Turkish "
        "drone shipment Turkey→Misrata airport conditional on a request. Traps: «سرت شائعات» (verb), «شارع طرابلس», "
        "«غرفة عمليات سرت الجفرة», «روسيا اليوم».",
 "ch4": "Arabi Post (Sabha): a drone strike on a Chadian rebel camp east of Umm al Aranib, LNA reinforcements Sabha→Al "
        "Qatrun, the rebels' pull-back towards the Niger border, a planned company for the Sharara field, a conditional "
        "redeploy Tamanhint air base→Ubari (إذا) and FACT's denial of massing in Wadi al-Shati or near Idri. Murzuq "
        "(hospital), Murzuq district (emergency) and the Chad/Niger border (background) are not movement places; "
        "«الشرارة الأولى» is a common-word trap.",
 "ch5": "Echorouk (Algiers): after a drone strike near Ghadames the Algerian army reinforces Debdeb and In Amenas from "
        "Ouargla, a GNA ammunition column Nalut→Ghadames via Daraj, a planned airlift Algiers→Illizi, reinforcements to "
        "Bordj Omar Driss conditional on new strikes (في حال), and a denied Algerian entry near Ghadames. Algiers "
        "dateline vs the country الجزائر, Bordj Omar Driss (contains إدري, not Idri), the person «سالم الغدامسي», the "
        "Debdeb crossing closure and the border «تحت السيطرة» (not movements).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ch1", "ch2", "ch3", "ch4", "ch5")
