# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12, 15.95, "Al Jufra"),                                 # K (district, point near Hun/Waddan)
 # fw1 Egypt (Youm7, the New Administrative Capital)
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "nac": ("city", "EG", 30.02, 31.73, "New Administrative Capital"),                    # K
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "border_eg": ("region", "EG", 30.5, 25.1, "Egyptian side of the Libya-Egypt border"),  # K
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "cairowest": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                  # K
 "matruh_apt": ("airport", "EG", 31.3254, 27.2217, "Marsa Matruh Airport"),             # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city row)
 "east_ly": ("region", "LY", 31.0, 22.0, "Eastern Libya"),                              # K
 # fw2 Turkey (Turk Press, Ankara)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "central_anatolia": ("region", "TR", 39.0, 33.5, "Central Anatolia"),                  # K
 "khums_port": ("crossing", "LY", 32.655, 14.283, "Port of Al Khums"),                  # K
 "aksaz": ("base", "TR", 36.835, 28.405, "Aksaz Naval Base"),                           # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 # fw3 House of Representatives (Al-Mutawaset, Benghazi)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libyan side of the Libya-Niger border"),  # G* (row الحدود الليبية النيجرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "ghat_apt": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 # fw4 High Council of State (Al-Jarida, Tripoli)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "misrata_port": ("crossing", "LY", 32.366, 15.213, "Port of Misrata"),                 # K
 # fw5 Presidential Council (Al-Ghad, Tripoli)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya_ref": ("oilfield", "LY", 32.77, 12.70, "Zawiya refinery"),                     # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libyan side of the Libya-Tunisia border"),  # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
}

TRAPS = {
 "fw1": ["اليوم السابع", "شارع قصر العيني", "المنطقة الغربية العسكرية", "المصرية", "مصرية", "الليبي"],
 "fw2": ["ترك برس", "وكالة الأناضول", "غازي عنتاب", "التركي", "التركية", "الليبية", "السوريين"],
 "fw3": ["المتوسط", "عقيلة صالح", "فندق تيبستي", "اللواء طارق بن زياد", "الشرارة التي فجّرت", "التركي"],
 "fw4": ["الجريدة", "عبدالله الطرابلسي", "الملك إدريس السنوسي", "سرت أنباء", "مصراتية", "تركية"],
 "fw5": ["الغد", "شارع طرابلس", "غرفة عمليات الساحل الغربي", "وكالة تونس إفريقيا للأنباء", "تونسيون", "ليبيون",
         "الليبي"],
}

PHEN = {
 "fw1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fw2": ["clitics", "multiword", "media_trap", "nisba", "vague_area", "coverage_bases", "coverage_crossings",
         "countries"],
 "fw3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "fw4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "fw5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fw1": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("deploy", "reported", "Egyptian army", [], ["الحدود مع ليبيا", "سيوة"]),
  mv("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار مرسى مطروح"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
 ],
 "fw2": [
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["مطار معيتيقة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية الجوية"], ["مصراتة"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["طرابلس", "مصراتة"]),
  mv("withdraw", "denied", "Syrian mercenaries", ["طرابلس"], ["شمال سوريا"]),
 ],
 "fw3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["إدري"]),
  mv("shipment", "reported", "Libyan National Army", ["الجفرة"], ["سبها"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع النيجر", "حقل الشرارة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوباري"], ["سبها"]),
 ],
 "fw4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سرت"], ["ودان"]),
  mv("mobilise", "reported", "Misrata forces", ["مصراتة"], ["أبو قرين"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الوشكة"]),
  mv("advance", "conditional", "GNA forces", [], ["قاعدة القرضابية"]),
  mv("shipment", "denied", None, [], ["ميناء مصراتة"]),
 ],
 "fw5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "planned", "Misrata forces", ["طرابلس"], ["مصراتة"]),
  mv("advance", "conditional", "GNA forces", [], ["مصفاة الزاوية"]),
  mv("redeploy", "reported", "GNA forces", ["زوارة"], ["معبر رأس اجدير"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
 ],
}

NOTES = {
 "fw1": "Egyptian House of Representatives renews the 2020 mandate (Youm7 style): reported reinforcement Mohamed Naguib "
        "base->Sallum via Marsa Matruh and Sidi Barrani, reported border-guard deployment along the border to Siwa, planned "
        "Cairo West->Marsa Matruh airport airlift, conditional advance to Sirte/Jufra («لن تعبر ... إلا إذا»), denied landing "
        "at Tobruk port; New Administrative Capital venue, Qasr al-Aini street, Matruh governorate vs Marsa Matruh, Sidi "
        "Barrani as 2020 speech venue (not a movement place).",
 "fw2": "Turkish parliament extends the Libya mandate (Turk Press style): reported A400M Kayseri->Mitiga airport (headline "
        "repeats it), reported landing ship Aksaz naval base->Al-Khums port, planned trainers Al-Watiya->Misrata, "
        "conditional reinforcement of Tripoli and Misrata, denied Syrian pull-out Tripoli->northern Syria; frigate named "
        "Gaziantep and Anadolu agency are traps, Izmir is an MP's constituency.",
 "fw3": "Libyan House of Representatives rejects the Turkish extension and authorises the LNA (Al-Mutawaset style): "
        "reported reinforcement Brak air base->Idri, reported supply convoy Jufra->Sabha, planned deployment on the Niger "
        "border and around Sharara, conditional Benina->Ghat airport airlift, denied pull-out Ubari->Sabha; «الشرارة التي» "
        "common-word trap, Tibesti hotel, Algeria vs Algiers, اوباري/أوباري spellings.",
 "fw4": "High Council of State rejects the HoR authorisation (Al-Jarida style): reported LNA reinforcement Jufra air "
        "base->Sirte via Waddan, reported Misrata massing Misrata->Abu Qurayn, planned GNU battalion Tripoli->Al-Washka, "
        "conditional advance on Gardabiya air base, denied Turkish arms shipment to Misrata port; «سرت أنباء» verb trap, "
        "الطرابلسي and King Idris person traps, «غرب سرت» locator.",
 "fw5": "Presidential Council as supreme commander orders a joint force into Zawiya (Al-Ghad style): reported deployment "
        "Tripoli->Zawiya via Janzour and Al-Maya, planned Misrata battalions Tripoli->Misrata, conditional advance on the "
        "Zawiya refinery, reported border-guard redeploy Zuwara->Ras Ajdir crossing, denied Zintan massing at Al-Aziziyah; "
        "Tripoli Street in Misrata, the West Coast operations room, TAP agency, Tunisia vs Tunis.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fw1", "fw2", "fw3", "fw4", "fw5")
