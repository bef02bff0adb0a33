# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G (city row)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                          # G (city row)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
 # Libyan cities, towns, regions
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                      # G
 "suluq_mun": ("district", "LY", 31.66818, 20.25205, "Suluq municipality"),                 # G* (town row)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                           # G
 "benina_town": ("town", "LY", 32.0850, 20.2550, "Benina"),                                 # K
 "benina_mun": ("district", "LY", 32.0850, 20.2550, "Benina municipality"),                 # K (town point)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),     # G* (row الحدود الليبية المصرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),     # G* (row الحدود الليبية السودانية)
 # Benghazi districts (neighbourhoods; kind district, own points — the gazetteer rows sit on the city centre)
 "guwarsha": ("district", "LY", 32.0550, 20.0450, "Al Guwarsha (Benghazi)"),                # K
 "ganfouda": ("district", "LY", 32.0300, 19.9950, "Ganfouda (Benghazi)"),                   # K
 "qaryunis": ("district", "LY", 32.0830, 20.0400, "Qar Yunis (Benghazi)"),                  # K
 "hawari": ("district", "LY", 32.0600, 20.0950, "Al Hawari (Benghazi)"),                    # K
 "buatni": ("district", "LY", 32.0950, 20.1400, "Bu Atni (Benghazi)"),                      # K
 "sidifaraj": ("district", "LY", 32.0650, 20.1650, "Sidi Faraj (Benghazi)"),                # K
 "sabri": ("district", "LY", 32.1250, 20.0750, "As Sabri (Benghazi)"),                      # K
 "kish": ("district", "LY", 32.1080, 20.1000, "Al Kish (Benghazi)"),                        # K
 "fuwayhat": ("district", "LY", 32.0920, 20.0880, "Al Fuwayhat (Benghazi)"),                # K
 "juliana": ("district", "LY", 32.1000, 20.0500, "Juliana (Benghazi)"),                     # K
 "budzira": ("district", "LY", 32.1500, 20.1200, "Bu Dzira (Benghazi)"),                    # K
 # bases, camps, airports, ports
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                      # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G* (row مطار بنينا)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma camp"),                              # G* (row الرجمة)
 "qaryunis_camp": ("base", "LY", 32.0800, 20.0350, "Qar Yunis camp (Benghazi)"),            # K
 "benghazi_port": ("crossing", "LY", 32.1100, 20.0500, "Port of Benghazi"),                 # K
 "tobruk_port": ("crossing", "LY", 32.0750, 23.9750, "Port of Tobruk"),                     # K
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),          # G* (town row)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil port"),              # G* (town row)
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "sa1": ["قورينا", "شارع طرابلس", "أحمد الهواري", "الخطوط الليبية"],
 "sa2": ["صدى البلد", "شارع جمال عبد الناصر", "الإدريسي", "الجيش الوطني الليبي", "عملية الكرامة",
         "طارق بن زياد", "المدن الليبية", "الجانب المصري"],
 "sa3": ["الجريدة", "البركة", "اللبنانية"],
 "sa4": ["عمون", "الملك إدريس السنوسي", "عملية الكرامة", "الحدائق العامة"],
 "sa5": ["برنيق", "تركياً", "تركية"],
}

PHEN = {
 "sa1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_neighbours"],
 "sa2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "sa3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sa4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "sa5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings"],
}

MOVES = {
 "sa1": [
  mv("deploy", "reported", LNA, ["بوعطني"], ["القوارشة"], ["الهواري"]),
  mv("redeploy", "planned", LNA, ["الهواري"], ["القوارشة"]),
  mv("withdraw", "denied", LNA, ["قاريونس"]),
  mv("advance", "conditional", LNA, [], ["قنفودة"]),
 ],
 "sa2": [
  mv("deploy", "denied", LNA, [], ["الصابري", "الكيش"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة بنينا الجوية"]),
  mv("deploy", "planned", LNA, ["بنغازي"], ["الحدود مع مصر"]),
  mv("reinforce", "conditional", LNA, ["معسكر الرجمة"], ["سيدي فرج", "بوعطني"]),
 ],
 "sa3": [
  mv("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  mv("shipment", "reported", LNA, [], ["ميناء بنغازي", "معسكر الرجمة"]),
  mv("mobilise", "denied", LNA, [], ["سيدي فرج"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "conditional", LNA, ["مطار بنينا الدولي"]),
 ],
 "sa4": [
  mv("redeploy", "reported", LNA, ["معسكر قاريونس"], ["سلوق"], ["القوارشة"]),
  mv("redeploy", "planned", LNA, ["الفويهات"], ["ميناء الزويتينة"]),
  mv("withdraw", "denied", LNA, ["بوعطني"]),
  mv("mobilise", "conditional", LNA, [], ["القوارشة"]),
 ],
 "sa5": [
  mv("reinforce", "reported", LNA, ["معسكر الرجمة"], ["سيدي فرج", "بنينا"]),
  mv("shipment", "planned", LNA, ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["جليانة"]),
  mv("advance", "conditional", LNA, [], ["بودزيرة"]),
 ],
}

NOTES = {
 "sa1": "Quryna-style Benghazi local report: Gwarsha clashes; 210 Battalion Bu Atni->Gwarsha via Al-Hawari (reported "
        "deploy; headline spelling الڨوارشة), a company Al-Hawari->Gwarsha (planned redeploy), Qar Yunis pull-out denied, "
        "advance on the Ganfouda farms if the wanted men are not handed over (conditional). Traps: resident أحمد الهواري, "
        "شارع طرابلس, the airline; civil flights Benina airport->Tripoli/Tunis are not movements.",
 "sa2": "Sada El Balad-style: a parade rehearsal mistaken for a deployment (precision test) and the denied tank "
        "deployment in As-Sabri/Al-Kish; a real airlift Jufra air base->Benina air base (reported), a company "
        "Benghazi->the border with Egypt (planned), Rajma camp->Sidi Faraj/Bu Atni gates if needed (conditional). "
        "Al-Janub al-Libi is only the mission's past area; Cairo is a meeting venue.",
 "sa3": "Al-Jarida-style: marines landed Tobruk port->Benghazi port (reported), armoured vehicles unloaded at the port "
        "and trucked to Rajma camp (reported shipment), a denied mobilisation at Sidi Faraj, a planned Benina air "
        "base->Kufra airport airlift, a conditional pull-back from around Benina airport. The Sudan border is a purpose; "
        "the Lebanese Tripoli ship is civil; Kuwait is the speaker's place.",
 "sa4": "Ammon-style: camps moved out of Benghazi's residential areas — 302 Battalion Qar Yunis camp->Suluq via Gwarsha "
        "(reported redeploy), 155 Battalion Al-Fuwayhat->Zueitina terminal (planned), a denied pull-out from Bu Atni, a "
        "conditional massing in Gwarsha. The Oil Crescent is a purpose; the headline's للزويتينة is the planned move told "
        "once more.",
 "sa5": "Brnieq-style Benghazi report: 106 Brigade reinforcement Rajma camp->Sidi Faraj/Benina (reported; headline "
        "spelling بنينه, body سيدى فرج), an ammunition shipment Benghazi port->Brega port (planned), a denied 'Turkish "
        "landing' at Juliana that was a diving drill and parade rehearsal (precision test), a conditional advance on "
        "the Bu Dzira farms.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sa1", "sa2", "sa3", "sa4", "sa5")
