# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "sierra_leone": ("country", "SL", 8.45948, -11.88964, "Sierra Leone"),                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # Libya: cities, towns, ports, bases, regions
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18500, "Port of Tripoli"),             # K
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row قاعدة أبوستة البحرية)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.78400, 12.70300, "Zawiya refinery"),           # K
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),          # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "khums_port": ("crossing", "LY", 32.65700, 14.28300, "Port of Al Khums"),              # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "qasr_ahmed": ("crossing", "LY", 32.35700, 15.21500, "Qasr Ahmed port (Misrata)"),      # K
 "gulf_sirte": ("region", "LY", 31.60000, 18.30000, "Gulf of Sirte"),                   # K
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                           # G* (row راس لانوف, kind oilfield)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10400, 20.05300, "Port of Benghazi"),           # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city row)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G (row برقة; its names hold both surfaces)
 "maritime_border": ("region", "LY", 33.60000, 23.50000, "Libya-Greece maritime boundary (Libyan side)"),  # K
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G (row إقليم طرابلس)
 # Italy
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "augusta_base": ("base", "IT", 37.24065, 15.22121, "Augusta naval base"),              # G* (Augusta town row)
 "taranto": ("city", "IT", 40.46440, 17.24700, "Taranto"),                              # K
 "brindisi": ("city", "IT", 40.63830, 17.94580, "Brindisi"),                            # K
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G
 "catania": ("city", "IT", 37.49223, 15.07041, "Catania"),                              # G
 # Malta
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                            # G
 "haywharf": ("base", "MT", 35.89350, 14.50450, "Hay Wharf (AFM Maritime Squadron base)"),  # K
 "mla": ("airport", "MT", 35.85750, 14.47750, "Malta International Airport"),           # K
 "luqa": ("town", "MT", 35.85970, 14.48860, "Luqa"),                                    # K
 # Greece
 "athens": ("city", "GR", 37.98376, 23.72784, "Athens"),                                # G (row spelled آتن)
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "gavdos": ("region", "GR", 34.83333, 24.08333, "Gavdos"),                              # G
 "souda_bay": ("region", "GR", 35.49000, 24.10000, "Souda Bay"),                        # K
 "souda_base": ("base", "GR", 35.49000, 24.10000, "Souda naval base"),                  # K
 "heraklion_port": ("crossing", "GR", 35.34500, 25.14000, "Port of Heraklion"),         # K
 "salamis": ("base", "GR", 37.95000, 23.54000, "Salamis Naval Base"),                   # K
 "piraeus": ("city", "GR", 37.94200, 23.64650, "Piraeus"),                              # K
 "elefsina": ("base", "GR", 38.06560, 23.55600, "Elefsina Air Base"),                   # K
 "chania_airport": ("airport", "GR", 35.53170, 24.14970, "Chania International Airport (Souda)"),  # K
 # others
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.43352, 35.84415, "Port of Tripoli (Lebanon)"),  # G* (row Tripoli (Lebanon))
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "fujairah_port": ("crossing", "AE", 25.17300, 56.35800, "Port of Fujairah"),           # K
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
}

TRAPS = {
 "fa1": ["أنسامد", "«كارلو مارغوتيني»", "«فيرجينيو فازان»", "«فولكانو»", "«إيريني»", "عملية «صوفيا»", "سان ماركو",
         "«سان جورجو»", "لا ريبوبليكا", "جورجيا ميلوني", "طرفاً ليبياً", "الإيطالية", "الليبية", "الليبي"],
 "fa2": ["يورونيوز", "«سبيتسيس»", "«ليمنوس»", "«إيريني»", "كاثيميريني", "القائمة السوداء", "اليونانية", "لا أدري"],
 "fa3": ["«الشرق»", "تايمز أوف مالطا", "«فرونتكس»", "«سي ووتش»", "الألمانية", "المالطية", "المالطي", "الليبية",
         "الليبي", "التونسي"],
 "fa4": ["الميادين نت", "إيريني", "«أورورا ستار»", "«هيدرا»", "سالم البنغازي", "البنغازي", "الجيش الوطني الليبي",
         "شائعات سرت", "الإماراتي", "التركية", "اليونانية", "اللبناني", "محمد الإدريسي", "المغربي"],
 "fa5": ["بوابة أفريقيا الإخبارية", "«فزان»", "«صبراتة»", "محمد الزليتني", "السنوات الخمس", "«إيريني»",
         "المجلس العسكري مصراتة", "شارع طرابلس", "تركية", "الإيطالية"],
}

PHEN = {
 "fa1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fa2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fa3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "fa4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "fa5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, MIS, TUR, RUS = ("Libyan National Army", "GNA forces", "Misrata forces", "Turkish armed forces",
                           "Russian forces")

MOVES = {
 "fa1": [
  mv("deploy", "reported", None, ["قاعدة أوغستا البحرية"], ["مصراتة", "خليج سرت"]),
  mv("withdraw", "reported", None, [], ["تارانتو"]),
  mv("shipment", "planned", None, ["لامبيدوزا"], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", None, ["برينديزي"], ["قاعدة أبوستة البحرية"]),
  mv("deploy", "conditional", None, ["أوغستا"], ["لامبيدوزا"]),
 ],
 "fa2": [
  mv("reinforce", "reported", None, ["قاعدة سودا البحرية"], ["طبرق"]),
  mv("shipment", "reported", None, ["الإسكندرية"], ["طبرق"]),
  mv("shipment", "reported", None, [], ["ميناء هيراكليون"]),
  mv("withdraw", "denied", None, ["طبرق"], ["قاعدة سالاميس البحرية"]),
  mv("airlift", "planned", None, ["قاعدة إليفسينا الجوية"], ["مطار خانيا"]),
  mv("mobilise", "conditional", None, [], ["غافدوس"]),
 ],
 "fa3": [
  mv("deploy", "reported", None, ["قاعدة هاي وارف"], ["لامبيدوسا"]),
  mv("advance", "reported", GNA, ["زوارة"], ["لامبيدوسا"]),
  mv("redeploy", "reported", GNA, ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "denied", None, [], ["صبراتة"]),
  mv("airlift", "planned", None, ["مطار مالطا الدولي"], ["مطار معيتيقة"]),
  mv("redeploy", "conditional", None, ["كاتانيا"], ["مالطا"]),
 ],
 "fa4": [
  mv("shipment", "reported", None, ["ميناء الفجيرة"], ["ميناء بنغازي"]),
  mv("deploy", "denied", RUS, ["طرطوس"], ["ميناء طبرق"]),
  mv("reinforce", "reported", LNA, ["ميناء بنغازي"], ["درنة"]),
  mv("mobilise", "conditional", LNA, [], ["رأس لانوف", "البريقة"]),
  mv("deploy", "planned", None, ["خليج سودا"], ["طبرق"]),
  mv("shipment", "reported", None, ["ميناء طرابلس"], ["طبرق"]),
 ],
 "fa5": [
  mv("redeploy", "reported", GNA, ["ميناء قصر أحمد"], ["ميناء الخمس"]),
  mv("naval_landing", "planned", TUR, ["مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "reported", None, ["ميناء طرابلس"], ["أوغوستا"]),
  mv("deploy", "denied", MIS, ["ميناء قصر أحمد"], ["ميناء طرابلس"]),
  mv("advance", "conditional", GNA, ["قاعدة أبوستة البحرية"], ["الزاوية"]),
 ],
}

NOTES = {
 "fa1": ("Italian navy and IRINI (ANSAmed style, Rome): a frigate Augusta naval base→off Misrata/the Gulf of Sirte "
         "(reported) relieving one that returned to Taranto (reported withdraw, no origin written); a supply ship "
         "Lampedusa→Tripoli port carrying two patrol boats (planned shipment); a San Marco company Brindisi→Abu Sitta "
         "naval base (denied); a second ship Augusta→south of Lampedusa «إذا استمرت» (conditional). Migrant boats from "
         "Zuwara/Sabratha, Brussels, Tripoli/Zawiya detention centres are not movement places."),
 "fa2": ("Greek navy (Euronews Arabic style, Athens): a second frigate Souda naval base→off Tobruk (reported "
         "reinforce); a cargo ship Alexandria→Tobruk with undeclared military trucks (reported shipment) then taken to "
         "Heraklion port (reported, second leg); a denied withdrawal of «ليمنوس» from off Tobruk to Salamis naval base; "
         "a planned C-130 airlift Elefsina air base→Chania airport; coast-guard ships south of Gavdos «إذا لم تتحرك» "
         "(conditional). Migrants to Crete/Gavdos are civilian flows."),
 "fa3": ("Malta (Asharq News style, Valletta): an AFM patrol boat Hay Wharf base→south-west of Lampedusa (reported); "
         "GNU coast guard boats Tripoli port→Zuwara port (reported redeploy); a denied Maltese boat entry off Sabratha; "
         "an AFM trainers' flight Malta International Airport→Mitiga airport (planned airlift); a Frontex surveillance "
         "plane Catania→Malta «إذا تجاوز» (conditional). Dinghies from Zuwara are not movements."),
 "fa4": ("Benghazi and IRINI inspections (Al Mayadeen style): a cargo ship Fujairah port→Benghazi port inspected at "
         "sea (reported shipment); the LNA denies two Russian warships Tartus→Tobruk port (denied); LNA boats Benghazi "
         "port→Derna (reported reinforce); an LNA threat to deploy off Ras Lanuf and Brega «إذا اعترضت» (conditional); "
         "IRINI intends to move a Greek ship Souda Bay→off Tobruk (planned). «السفن التركية المتجهة إلى مصراتة» is a "
         "generic accusation, not a movement."),
 "fa5": ("Libyan coast guard between ports (Afrigate News style, Misrata): two GNU patrol boats Qasr Ahmed port→Al-Khums "
         "port (reported redeploy); a Turkish training ship Mersin→Al-Khums port (planned); the Italian support ship "
         "Tripoli port→Augusta (reported withdraw); Misrata's military council denies sending armed boats Qasr Ahmed "
         "port→Tripoli port (denied); GNU navy boats Abu Sitta naval base→Zawiya «في حال» (conditional). Fuel-smuggling "
         "boats bound for Malta are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fa1", "fa2", "fa3", "fa4", "fa5")
