# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
# Written blind for fresh525 (tg1-tg5): Operation Irini and the arms embargo.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "comoros": ("country", "KM", -11.64894, 43.31500, "Comoros"),                          # G
 "kazakhstan": ("country", "KZ", 48.01103, 66.32510, "Kazakhstan"),                     # G
 "panama": ("country", "PA", 8.41727, -81.46644, "Panama"),                             # G
 # Libyan cities and towns
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 # Libyan districts and regions
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "border_eg": ("region", "LY", 31.50, 24.95, "Libya-Egypt border (Libyan side, Amsaad)"),  # K
 # Libyan bases, airports, ports, crossings
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport (Air Academy)"),  # G
 "benghazi_port": ("crossing", "LY", 32.117, 20.050, "Port of Benghazi"),               # K
 "misrata_port": ("crossing", "LY", 32.367, 15.233, "Port of Misrata (Qasr Ahmad)"),    # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية)
 "khums_port": ("crossing", "LY", 32.655, 14.280, "Port of Al Khums"),                  # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),     # G
 "amsaad_mun": ("district", "LY", 31.60968, 25.04999, "Amsaad municipality"),          # G* (town row امساعد)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidi_barrani_base": ("base", "EG", 31.61083, 25.92556, "Sidi Barrani air base"),      # G* (town row)
 "border_eg_side": ("region", "EG", 31.40, 25.30, "Egypt-Libya border (Egyptian side)"),  # K
 "suez_canal": ("region", "EG", 30.59, 32.27, "Suez Canal"),                            # K
 # other places
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "izmir": ("city", "TR", 38.41273, 27.13838, "Izmir"),                                  # G
 "south_tr": ("region", "TR", 37.00, 35.40, "Southern Turkey"),                         # K
 "ambarli": ("crossing", "TR", 40.970, 28.686, "Port of Ambarli (Istanbul)"),           # K
 "abu_dhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                          # G
 "jebel_ali": ("crossing", "AE", 25.011, 55.061, "Port of Jebel Ali"),                  # K
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "souda_base": ("base", "GR", 35.48717, 24.07344, "Souda Bay naval base"),              # G* (row خليج سودا)
 "souda_port": ("crossing", "GR", 35.48717, 24.07344, "Port of Souda"),                 # G* (row خليج سودا)
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                              # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                              # G
 "limassol": ("crossing", "CY", 34.653, 33.013, "Port of Limassol"),                    # K
}

TRAPS = {
 "tg1": ["يورونيوز", "إيريني", "عملية «صوفيا»", "سبيتساي", "نجمة الخليج", "القيادة العامة للجيش الوطني الليبي", "سالم البنغازي",
         "اليونانية", "الإيطالية"],
 "tg2": ["الشرق الأوسط", "إيريني", "إيتاميليرادار", "عطل في الخادم", "الطبرقي", "بنينا جيشاً", "الجيش الليبي",
         "المصرية", "الإماراتية", "الإيطالي"],
 "tg3": ["أنسامد", "إيريني", "الدول الخمس", "التركية", "الإيطالية", "العلم التركي"],
 "tg4": ["سبوتنيك", "إيريني", "الفيلق الأفريقي", "الكرملين", "الروسية", "التركية"],
 "tg5": ["مونت كارلو الدولية", "إيريني", "بروفانس", "سرت شائعات", "الجيش المصري", "القبرصي", "الفرنسية"],
}

PHEN = {
 "tg1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "tg2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "town_vs_district", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "tg3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "tg4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_bases",
         "coverage_crossings", "countries"],
 "tg5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, TAF, RUS, EGA = "Libyan National Army", "Turkish armed forces", "Russian forces", "Egyptian army"

MOVES = {
 "tg1": [
  _m("shipment", "reported", None, ["ميناء جبل علي"], ["ميناء بنغازي"], ["قناة السويس"]),
  _m("deploy", "reported", None, ["قاعدة سودا البحرية"]),
  _m("shipment", "conditional", None, [], ["ميناء سودا"]),
  _m("shipment", "denied", LNA, [], ["ميناء طبرق"]),
  _m("deploy", "planned", None, ["أوغستا"], ["بنغازي", "درنة"]),
  _m("withdraw", "reported", None, [], ["تارانتو"]),
 ],
 "tg2": [
  _m("airlift", "reported", None, ["الإمارات"], ["قاعدة الخادم الجوية"], ["قاعدة سيدي براني"]),
  _m("redeploy", "denied", LNA, ["الخادم"], ["قاعدة الجفرة الجوية"]),
  _m("reinforce", "planned", LNA, ["بنغازي"], ["الخادم"]),
  _m("redeploy", "conditional", None, ["مصراتة"], ["طبرق"]),
 ],
 "tg3": [
  _m("shipment", "reported", None, ["ميناء أمبارلي"], ["ميناء مصراتة"]),
  _m("naval_landing", "denied", TAF, [], ["ميناء الخمس"]),
  _m("deploy", "conditional", TAF, [], ["مصراتة", "طرابلس"]),
  _m("airlift", "reported", TAF, ["أنقرة"], ["الكلية الجوية"]),
  _m("airlift", "planned", TAF, [], ["قاعدة الوطية"]),
 ],
 "tg4": [
  _m("airlift", "denied", RUS, ["قاعدة حميميم"], ["قاعدة الخادم الجوية"]),
  _m("naval_landing", "denied", RUS, [], ["ميناء طبرق"]),
  _m("airlift", "reported", TAF, ["جنوب تركيا"], ["مصراتة", "الوطية"]),
  _m("deploy", "conditional", RUS, [], ["طبرق"]),
  _m("redeploy", "planned", LNA, ["قاعدة الجفرة"], ["الخادم"]),
 ],
 "tg5": [
  _m("shipment", "reported", None, ["ميناء ليماسول"], ["ميناء بنغازي"]),
  _m("shipment", "denied", EGA, [], ["قاعدة الخادم"], ["منفذ امساعد"]),
  _m("airlift", "planned", TAF, ["إزمير"], ["مطار مصراتة"]),
  _m("mobilise", "reported", LNA, [], ["ميناء بنغازي"]),
  _m("deploy", "conditional", LNA, ["ميناء بنغازي"], ["سرت", "الهلال النفطي"]),
 ],
}

NOTES = {
 "tg1": ("Euronews Arabic, Brussels: an Irini boarding north of Benghazi. A Comoros-flagged ship Jebel Ali port→Benghazi "
         "port via the Suez Canal (reported shipment, intercepted before arrival; the headline repeats it), the Greek "
         "frigate out of Souda naval base (reported deploy, origin only), the ship to be taken to Souda port «إذا رفض» "
         "(conditional), the LNA's «لم تصل إلى ميناء طبرق» (denied shipment), a new Italian frigate Augusta→off Benghazi "
         "and Derna (planned) and the previous one back to Taranto (reported withdraw). Traps: Euronews, Irini, Operation "
         "Sophia (Sofia), the frigate Spetsai (a Greek island), the ship «نجمة الخليج», the officer سالم البنغازي (occ. of "
         "بنغازي), the LNA name, nisbas. Not movement places: north of بنغازى (distance reference), روما (HQ), كريت "
         "(locator of Souda), صقلية (locator of Augusta), طرابلس (government), أبوظبي (silent), الشرق الليبي (purpose)."),
 "tg2": ("Asharq Al-Awsat, Cairo/London: cargo flights to Al Khadim. Il-76s UAE→Al Khadim air base via the Sidi Barrani "
         "base (reported airlift, actor null: companies, no force), a Pantsir system Al Khadim→Jufra air base reported by "
         "Irini and denied by the LNA (one movement, denied), an infantry battalion Benghazi→Al Khadim «لتعزيز» (planned "
         "reinforce) and an Irini frigate from off Misrata to off Tobruk «إذا تأكد» (conditional redeploy, actor null). "
         "Traps: Asharq Al-Awsat (also a region name), Irini, Itamilradar, «عطل في الخادم» (server), the officer الطبرقي "
         "(occ. of طبرق), «بنينا جيشاً» ('we built'), «الجيش الليبي». Headline الجفرة is the district; المرج, كازاخستان, "
         "the border phrase and بروكسل are not movement places."),
 "tg3": ("ANSAmed Arabic, Rome: an Italian boarding of a Turkish container ship Ambarli port (Istanbul)→Misrata port "
         "(reported shipment, actor null: a merchant ship), Turkey's denial of a landing at Al-Khums port (denied "
         "naval_landing), Turkish frigates to escort ships to Misrata and Tripoli «إذا تكررت» (conditional deploy), two "
         "A400Ms Ankara→the Air Academy (Misrata airport) (reported airlift) and a third flight to Al-Watiya next week "
         "(planned airlift, no origin written). Traps: ANSAmed, Irini, «الدول الخمس» (the five powers, Al-Khums), nisbas. "
         "Headline مصراته spelling; 160 km north-east of Misrata is a distance reference; إسطنبول locates the port; روما, "
         "أنقرة as speakers and غرب ليبيا are not movement places."),
 "tg4": ("Sputnik Arabic, Moscow: Russia's denials. Russian transports Hmeimim→Al Khadim air base (denied airlift), a "
         "Russian landing ship unloading armour at Tobruk port (denied naval_landing), Turkish cargo planes from "
         "southern Turkey landing at Misrata and Al-Watiya (reported airlift, the Russian source's claim, habitual), "
         "Russian warships to escort Russian-flagged ships as far as Tobruk «إذا حاولت» (conditional deploy) and LNA air "
         "defence units Jufra base→Al Khadim (planned redeploy). Not a movement: a Russian civilian grain ship unloading "
         "wheat at Benghazi port. Traps: Sputnik, Irini, Africa Corps, the Kremlin, nisbas."),
 "tg5": ("Monte Carlo Doualiya, Paris: a Panama-flagged jet-fuel tanker Limassol port→Benghazi port after refusing a "
         "boarding off Derna (reported shipment; درنة is where it refused, not a via), Egyptian army trucks via the "
         "Amsaad crossing to Al Khadim base, a rumour denied by an Egyptian source (denied shipment), a Turkish air bridge "
         "Izmir→Misrata airport next week (planned airlift), LNA boats and marines massed in Benghazi port (reported "
         "mobilise) and their move from the port (anaphora «من الميناء») to Sirte and the Oil Crescent «فور رصد» "
         "(conditional deploy). Traps: Monte Carlo Doualiya (Monte Carlo), Irini, the frigate Provence, «سرت شائعات» "
         "(rumours spread, Sirte), «الجيش المصري», nisbas. بنما is the flag country; طبرق (where the rumours spread), "
         "the border phrase, تركيا (sender) and باريس are not movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tg1", "tg2", "tg3", "tg4", "tg5")
