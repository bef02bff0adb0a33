# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                              # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                 # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                 # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                 # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                        # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                              # G
 # Libyan ports, bases, oil sites, islands, districts, regions
 "benghazi_port": ("crossing", "LY", 32.11486, 20.06859, "Benghazi port"),               # G* (city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                   # G* (city row)
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmad)"),          # K
 "tripoli_port": ("crossing", "LY", 32.88743, 13.18733, "Tripoli port"),                 # G* (city row)
 "khums_base": ("base", "LY", 32.64861, 14.26191, "Al Khums naval base"),                 # G* (city row)
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),            # G* (city row)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),              # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                           # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                     # G
 "sirte_gulf": ("region", "LY", 31.4, 18.2, "Gulf of Sidra"),                             # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                    # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                        # G* (row برقة)
 "west_ly": ("region", "LY", 28.69793, 14.30438, "Western Libya"),                        # G* (row شمال غرب ليبيا)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                    # G
 # Egypt
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                          # G
 "ras_tin": ("base", "EG", 31.205, 29.870, "Ras El Tin naval base"),                      # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                            # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                               # G
 "sallum_port": ("crossing", "EG", 31.55371, 25.15793, "Sallum port"),                    # G* (town row)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),            # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),          # K
 "damietta": ("city", "EG", 31.41648, 31.81332, "Damietta"),                              # G
 "ezbet_borg": ("town", "EG", 31.50, 31.84, "Ezbet El Borg"),                             # K
 # Türkiye, Lebanon, Syria, Algeria, Russia
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "mersin_base": ("base", "TR", 36.81196, 34.63886, "Mersin naval base"),                  # G* (city row)
 "mersin_port": ("crossing", "TR", 36.81196, 34.63886, "Mersin port"),                    # G* (city row)
 "tripoli_lb_port": ("crossing", "LB", 34.43352, 35.84415, "Tripoli port (Lebanon)"),    # G* (row Tripoli (Lebanon))
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                  # G
 "algiers_port": ("crossing", "DZ", 36.73225, 3.08746, "Port of Algiers"),                # G* (row Algiers)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                  # G
 # Tunisia, Italy
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                  # G
 "zarzis_port": ("crossing", "TN", 33.50398, 11.11215, "Zarzis port"),                    # G* (town row)
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                                # G
 "bizerte_base": ("base", "TN", 37.27442, 9.87391, "Bizerte naval base"),                 # G* (city row)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),          # G (district row)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                              # G
 "border_tn": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),     # K
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "kerkennah": ("region", "TN", 34.71, 11.19, "Kerkennah Islands"),                        # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                      # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                      # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                            # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


EGY, LNA, GNA, TUR, RUS, TUN, MIS = ("Egyptian army", "Libyan National Army", "GNA forces", "Turkish armed forces",
                                     "Russian forces", "Tunisian army", "Misrata forces")

MOVES = {
 "bn1": [
  mv("deploy", "reported", EGY, ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  mv("reinforce", "planned", EGY, ["مرسى مطروح"], ["السلوم"]),
  mv("airlift", "reported", EGY, ["قاعدة محمد نجيب العسكرية"], ["السلوم"]),
  mv("redeploy", "reported", LNA, ["ميناء بنغازي"], ["طبرق"]),
  mv("naval_landing", "denied", EGY, [], ["خليج البمبة"]),
  mv("deploy", "conditional", EGY, [], ["ليبيا"]),
 ],
 "bn2": [
  mv("deploy", "reported", TUR, ["قاعدة مرسين البحرية"], ["قاعدة الخمس البحرية"]),
  mv("withdraw", "reported", TUR, ["الخمس"], ["تركيا"]),
  mv("redeploy", "planned", TUR, ["الخمس"], ["ميناء مصراتة"]),
  mv("withdraw", "conditional", TUR, ["طرابلس", "الخمس"], []),
  mv("shipment", "denied", TUR, ["ميناء مرسين"], ["مصراتة"]),
 ],
 "bn3": [
  mv("shipment", "reported", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("naval_landing", "denied", RUS, [], ["طبرق"]),
  mv("redeploy", "planned", RUS, [], ["ميناء الجزائر"]),
  mv("airlift", "planned", RUS, ["مطار الأبرق"], ["قاعدة الجفرة الجوية"]),
  mv("reinforce", "reported", LNA, ["بنغازى"], ["راس لانوف"]),
  mv("redeploy", "conditional", LNA, ["راس لانوف"], ["سرت"]),
 ],
 "bn4": [
  mv("reinforce", "reported", TUN, ["قاعدة بنزرت البحرية"], ["ميناء جرجيس"]),
  mv("deploy", "planned", TUN, [], ["جربة", "الحدود مع ليبيا"]),
  mv("advance", "denied", None, ["زوارة"], ["جربة"]),
  mv("mobilise", "conditional", TUN, ["مدنين"], ["بن قردان"]),
 ],
 "bn5": [
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["جزيرة فروة"]),
  mv("mobilise", "reported", MIS, [], ["ميناء مصراتة"]),
  mv("deploy", "planned", MIS, ["ميناء مصراتة"], ["زوارة"]),
  mv("mobilise", "denied", None, [], ["مجمع مليتة"]),
  mv("advance", "conditional", GNA, [], ["معبر رأس اجدير"]),
  mv("redeploy", "reported", None, ["بنغازي"], ["درنة"]),
 ],
}

TRAPS = {
 "bn1": ["بوابة الأهرام", "تحيا مصر", "الجلالة", "الاتجاه الاستراتيجي الغربي", "أنور السادات", "الجيش الوطني الليبي",
         "المصرية", "الليبية", "بشير الإدريسي"],
 "bn2": ["TRT عربي", "غازي عنتاب", "غيرسون", "التركية", "الليبية", "القطع الخمس", "يونانية", "اللبناني"],
 "bn3": ["روسيا اليوم", "إيفان غرين", "أسطول الشمال الروسي", "الفيلق الأفريقي", "روسية",
         "عملية الكرامة", "الليبية"],
 "bn4": ["الصباح نيوز", "تجربة", "التونسية", "الليبية", "الليبي", "الإيطالية", "لا ادري"],
 "bn5": ["عربي21", "المنطقة العسكرية الساحل الغربي", "إيريني", "اليونانية", "سبيتسي", "الإيطالية"],
}

PHEN = {
 "bn1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "border_phrase", "vague_area",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "bn2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "town_vs_district", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "bn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "bn4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "bn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_crossings"],
}

NOTES = {
 "bn1": "Egyptian outlet (Al-Ahram Gate), Alexandria: Egyptian frigates Ras El Tin->Sallum port (reported), a helicopter "
        "carrier Marsa Matruh->Sallum (planned), an airlift Mohamed Naguib->Sallum (reported), an LNA landing ship "
        "Benghazi port->Tobruk (reported redeploy), a denied Egyptian landing in the Gulf of Bomba and a conditional "
        "deployment into Libya; traps: ship names (Tahya Misr, Al-Galala, Anwar al-Sadat), Egyptian fishing boats "
        "released in Tobruk and leaving for Sallum, the coast-guard spokesman al-Idrisi.",
 "bn2": "Turkish outlet (TRT Arabi), Ankara: a frigate rotation Mersin->Al-Khums naval base (reported) and the old "
        "frigate back to Turkey (reported withdraw), marines Al-Khums->Misrata port (planned), a conditional withdrawal "
        "of the ships between Tripoli and Al-Khums, a denied arms shipment Mersin->Misrata; traps: frigates named after "
        "Turkish cities, «القطع الخمس» (five), a Lebanese cargo ship from Tripoli (Lebanon) port, background presence "
        "at Al-Watiya.",
 "bn3": "Russian outlet (RT Arabic), Benghazi: a Russian landing ship Tartus->Tobruk port unloading armour (reported "
        "shipment), a denied landing of Russian troops at Tobruk, the ship's planned call at the port of Algiers, a "
        "planned Africa Corps airlift Al Abraq->Al Jufra, an LNA battalion by sea Benghazi->Ras Lanuf (reported) and "
        "conditional patrol boats Ras Lanuf->Sirte; traps: ship and person names, a naval exercise in the Gulf of Sidra, "
        "Moscow as metonymy.",
 "bn4": "Tunisian outlet (Assabah News), Zarzis: patrol boats Bizerte->Zarzis port (reported reinforce), planned marines "
        "from Djerba to the Libyan border, a denied incursion of Libyan armed boats from Zuwara into waters near Djerba, "
        "a conditional mobilisation Medenine->Ben Gardane; traps: migrants rescued off Zarzis (from Sabratha towards "
        "Lampedusa), a Kerkennah fishing boat, «تجربة» containing جربة, «لا ادري».",
 "bn5": "Pan-Arab outlet (Arabi21), Tripoli: a GNA marine landing Abu Sitta->Farwa island (reported), a Misrata "
        "battalion massing at Misrata port (reported) to be shipped to Zuwara (planned), a denied mobilisation at "
        "Mellitah, a conditional GNA advance to Ras Ajdir, the Greek Irini frigate Benghazi->Derna (reported, actor "
        "null); traps: the inspected cargo ship Alexandria->Tobruk port, migrants returned to Tripoli port, the "
        "western-coast military region name.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bn1", "bn2", "bn3", "bn4", "bn5")
