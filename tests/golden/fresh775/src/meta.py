# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                              # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 # Tripoli and its facilities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                           # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),      # G* (town row)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                 # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                            # G (row gives the city-centre point)
 "salahaddin": ("town", "LY", 32.82000, 13.20500, "Salah al-Din (Tripoli)"),             # K (gazetteer row = city centre)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 # the west
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                       # G* (row إقليم طرابلس)
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region of Libya"),         # G* (row إقليم طرابلس)
 "border_tn": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # Misrata and the coast east of Tripoli
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),          # G* (city row)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),     # K
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "khoms_base": ("base", "LY", 32.67610, 14.24130, "Khoms naval base"),                   # G* (row ميناء الخمس)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil port"),           # G* (row البريقة)
 # neighbours and further afield
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "cairo_airport": ("airport", "EG", 30.12190, 31.40560, "Cairo International Airport"),  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                         # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                    # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "beirut_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"), # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                               # G* (row حلبا, Halba (Akkar))
}

TRAPS = {
 "qcw1": ["الجريدة", "جهاز الردع لمكافحة الجريمة المنظمة والإرهاب", "الأتراك", "الزاوية", "الخطوط الجوية الليبية"],
 "qcw2": ["الوفد", "مصر للطيران", "جهاز دعم الاستقرار", "الإدريسي", "المصراتية", "المصرية", "الليبية"],
 "qcw3": ["الملكية الأردنية", "عمون", "علي إدريس", "الأتراك", "الليبية", "الأردنيين"],
 "qcw4": ["اللواء", "اللواء 444 قتال", "الساعات الخمس", "سليمان الزنتاني", "الليبية", "الليبي", "لبناني"],
 "qcw5": ["شفق نيوز", "شارع طرابلس", "الليبية", "المصراتية", "المصراتي", "أحمد معيتيق"],
}

PHEN = {
 "qcw1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qcw2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qcw3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "qcw4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_crossings", "countries"],
 "qcw5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcw1": [
  mv("withdraw", "reported", "GNA forces", ["مطار معيتيقة"], ["سوق الجمعة"]),
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة معيتيقة"], ["عين زارة"]),
  mv("deploy", "conditional", "GNA forces", [], ["مطار معيتيقة"]),
  mv("redeploy", "denied", "Turkish armed forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
 ],
 "qcw2": [
  mv("advance", "reported", "GNA forces", ["أبو سليم"], ["ميناء طرابلس"]),
  mv("withdraw", "planned", "GNA forces", ["ميناء طرابلس"], ["أبو سليم"]),
  mv("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"], ["الخمس"]),
  mv("naval_landing", "denied", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء طرابلس"]),
 ],
 "qcw3": [
  mv("reinforce", "reported", "Misrata forces", ["الدافنية"], ["مطار مصراتة"]),
  mv("withdraw", "reported", "GNA forces", ["مطار مصراتة"], ["زليتن"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة إنجرليك"], ["مطار مصراتة"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["مصراتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["إسطنبول"], ["مطار مصراتة"]),
 ],
 "qcw4": [
  mv("reinforce", "reported", "GNA forces", ["صلاح الدين"], ["مطار طرابلس الدولي"]),
  mv("mobilise", "reported", None, [], ["مطار طرابلس الدولي"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["قصر بن غشير"]),
  mv("advance", "conditional", "Zintan forces", [], ["مطار طرابلس الدولي"]),
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء طرابلس"]),
 ],
 "qcw5": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء قصر أحمد"]),
  mv("shipment", "planned", "Turkish armed forces", ["ميناء قصر أحمد"], ["قاعدة الخمس البحرية"]),
  mv("withdraw", "reported", "Misrata forces", ["مطار معيتيقة"], ["مصراتة"], ["تاجورا"]),
  mv("airlift", "conditional", "GNA forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "qcw1": "Al-Jarida: Radaa hands Mitiga airport to the Interior Ministry and pulls its vehicles back to Souq al-Juma "
         "(withdraw, reported); a Tripoli security directorate force enters the airport from Tajura (deploy, reported); "
         "heavy weapons to move from Mitiga base to an army camp in Ain Zara (redeploy, planned); Radaa 'will not "
         "return to the airport unless...' (deploy, conditional, destination = Mitiga airport by anaphora); the "
         "Defence Ministry denies Turkish advisers moved Mitiga base→Al-Watiya base (redeploy, denied). Misrata "
         "airport (diverted flights), Istanbul (first flight), the border with Tunisia, Djerba airport, Tunis, "
         "Alexandria and the Souq al-Juma municipality are not movement places; 'من هذه الزاوية' is a common word.",
 "qcw2": "Al-Wafd: the Stability Support Apparatus takes Tripoli port from its Abu Salim camps (advance, reported) and "
         "is to withdraw back to Abu Salim within 48 hours (withdraw, planned); Misrata brigades gather at Misrata's "
         "western gate (mobilise, reported) and threaten to move Misrata→Tripoli via Al-Khums if the port is not "
         "handed over (advance, conditional); Cairo denies a marine landing at Tripoli port from Ras el-Tin base "
         "(naval_landing, denied). The tanker from the Zawiya refinery, EgyptAir's Cairo–Mitiga flights, the "
         "returnees via the Sallum land port and the border are civilian; Cairo is dateline and venue.",
 "qcw3": "Ammon: Misrata military council reinforcements Dafniya→Misrata airport (reinforce, reported); the Interior "
         "Ministry's facilities-protection battalion left the airport for Zliten (withdraw, reported; origin by "
         "anaphora 'من المطار'); two Turkish military cargo planes due from Incirlik (airlift, planned; destination = "
         "the airport); Turkish soldiers in Misrata will not leave unless Tripoli asks (withdraw, conditional); the "
         "airport denies a plane of Syrian fighters from Istanbul (airlift, denied). Amman (dateline, civilian "
         "flights), Ankara (speaker), Tripoli (government), Misrata municipality, Jordan and Libya are not movement "
         "places.",
 "qcw4": "Al-Liwaa (Beirut): Brigade 444 sends reinforcements Salah al-Din→its units near Tripoli International "
         "Airport (reinforce, reported) while an unnamed armed group masses 20 vehicles inside the airport "
         "(mobilise, reported, actor null); the chief of staff plans two battalions Zawiya→Qasr Bin Ghashir "
         "(redeploy, planned); Zintan will not move towards the airport unless Qasr Bin Ghashir is shelled (advance, "
         "conditional; Qasr Bin Ghashir only the condition there); the Lebanese Tripoli port denies an arms shipment "
         "to Libya's Tripoli port (shipment, denied, actor null). 'طرابلس الغرب' is Tripoli, Libya; bare 'طرابلس' "
         "is the Lebanese city; workers' flights Mitiga→Beirut airport via Istanbul and the cargo ship unloaded in "
         "Misrata are civilian.",
 "qcw5": "Shafaq News: a Turkish military cargo ship unloads armour Mersin→Misrata's Qasr Ahmed port (shipment, "
         "reported); a Turkish unit is to move it from the port to the Khoms naval base (shipment, planned); a "
         "Misrata battalion completes its pull-out from around Mitiga airport back to Misrata via Tajura "
         "(withdraw, reported); the Interior Ministry will airlift 200 airport-security men Misrata airport→Mitiga "
         "if the road is cut at Zliten (airlift, conditional; Zliten only the condition); the Defence Ministry "
         "denies a Turkish special-forces landing at Tripoli port (naval_landing, denied). 'شارع طرابلس' is a "
         "Misrata street (trap); the tanker from Brega port is civilian.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcw1", "qcw2", "qcw3", "qcw4", "qcw5")
