# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # yc1 Tripoli's eastern gate (Monte Carlo Doualiya / AFP)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli (Garabulli)"),      # G (written القرة بوللي)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # yc2 Kufra and the Uweinat triangle (Al-Anba / Reuters)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G* (district row الكفرة)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "east_oweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat (Sharq al-Owainat)"),  # G* (airport row مطار شرق العوينات)
 # yc3 Ubari and the Fezzan (Al-Quds Al-Arabi / Anadolu)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # yc4 the Egyptian western border (Al-Wafd / Reuters, AFP)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.35, 25.10, "Egypt-Libya border (Egyptian side)"),     # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (city row طبرق)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "west_eg": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),             # G* (row غرب مصر)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # yc5 the western coast and Ras Ajdir (Roya live page / AFP, Reuters, Anadolu)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (row الذهيبة)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row gives the Tripoli point)
 "zuwara_port": ("crossing", "LY", 32.932, 12.095, "Port of Zuwara"),                   # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
}

TRAPS = {
 "yc1": ["مونت كارلو الدولية", "فرانس برس", "الليبية", "بتوقيت غرينتش", "هذه الزاوية", "اللواء 444 قتال", "التركية",
         "عماد الطرابلسي", "قوة حماية طرابلس"],
 "yc2": ["رويترز", "الأنباء", "سوداني", "الجيش الوطني الليبي", "الجيش المصري", "إدريس علي"],
 "yc3": ["الأناضول", "القدس العربي", "تشادي", "اللواء طارق بن زياد", "الجيش الوطني الليبي", "الشرارة الأولى",
         "إدريس الحضيري", "الليبية", "سوداني"],
 "yc4": ["رويترز", "بوابة الوفد", "الجيش المصري", "حماة برقة", "الجيش الوطني الليبي", "عقيلة صالح", "الليبية",
         "فرانس برس", "المصرية", "مصري"],
 "yc5": ["رؤيا", "فرانس برس", "الأناضول", "رويترز", "جهاز دعم الاستقرار", "الجيش التونسي", "خفر السواحل الليبي",
         "المالي"],
}

PHEN = {
 "yc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_bases", "countries"],
 "yc2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "yc3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "yc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "yc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yc1": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القرة بوللي"]),
  mv("redeploy", "planned", "GNA forces", ["ترهونة"], ["مطار معيتيقة"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
 ],
 "yc2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["ربيانة"], ["الحدود مع السودان"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "yc3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"], ["سبها", "جرمة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
 ],
 "yc4": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء طبرق"]),
  mv("shipment", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "قاعدة الجفرة الجوية"]),
 ],
 "yc5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["زوارة"], ["الزاوية", "صبراتة"]),
  mv("deploy", "planned", "GNA forces", ["زوارة"], ["معبر رأس اجدير"]),
  mv("mobilise", "denied", "GNA forces", ["مصفاة الزاوية"], ["العجيلات"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["ذهيبة", "بن قردان"]),
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["ميناء طرابلس"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "yc1": "AFP flash with an update and a correction: a Misrata column Misrata→Tajura via Garabulli (the flash's Janzour, "
        "corrected, is no movement place); a planned 444 Brigade move Tarhuna→Mitiga airport; Zintan denies massing a "
        "force in Al-Aziziyah; Turkey will not pull its advisers out of Al-Watiya unless Tripoli asks (Ankara = speaker's "
        "city, Tripoli = the condition). Traps: 'من هذه الزاوية' (Zawiya), Emad Trabelsi, the Tripoli Protection Force, "
        "'بتوقيت غرينتش'.",
 "yc2": "Reuters copy with an update correcting the landing place: an LNA airlift Benina air base→Kufra airport (Tazirbu "
        "only the retracted first version and a distance reference), a planned column Kufra→the Uweinat triangle, a "
        "Darfur movement denies crossing the border with Sudan to Rebiana ('west of Kufra' locates it), and Egypt's "
        "conditional reinforcement of East Oweinat if fighting nears the triangle (Cairo = speaker, triangle = condition).",
 "yc3": "Anadolu copy with an update and a correction: an LNA (Tariq bin Ziyad) column Tamanhint base→Ubari via Sabha and "
        "Germa; a planned airlift Benina→Brak air base chained to a planned move Brak air base→Idri (Wadi al-Shati and "
        "Ubari only name the road); a conditional pull-out Ubari→Sabha once the guards take over the Sharara gates (the "
        "field is only the condition); a Chadian faction denies entering Al-Qatrun from the border with Niger.",
 "yc4": "Reuters and AFP copy in an Egyptian portal, with a correction (Sallum, not Siwa): Egyptian armour Mohamed Naguib "
        "base→Sallum via Marsa Matruh and Sidi Barrani (the Sallum land port and the border only locate the positions); a "
        "planned landing ship Ras el-Tin base→Tobruk port; a denied arms shipment Siwa→Jaghbub; a conditional advance on "
        "Sirte or Al-Jufra air base (Cairo = the red line's author). Algiers hosts a meeting (country/capital).",
 "yc5": "A live page of timed flashes: a GNU force Tripoli→Zuwara via Zawiya and Sabratha (the 10:05 flash said it was "
        "heading for Ras Ajdir; the 10:50 correction says it reached Zuwara and will go on to the crossing = planned); "
        "the SSA denies massing in Al-Ajaylat from the Zawiya refinery; Tunisia's conditional reinforcement of Dehiba and "
        "Ben Gardane (Tunis dateline = city, 'تونس لن تسمح' = country); a ship from Tripoli port in Lebanon bound for "
        "Tripoli port in Libya (actor null); a planned marine landing Abu Sitta base→Zuwara port.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yc1", "yc2", "yc3", "yc4", "yc5")
BAR_IN_TEXT = True  # «عاجل |» and «10:05 |» headlines: the plain text has a literal "|"
