# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and wide regions
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "border_tn": ("region", "LY", 32.45, 11.15, "Libya-Tunisia border (Libyan side, near Al-Watiya)"),  # K
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                              # G
 # cities and towns abroad
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                              # G
 "pisa_base": ("base", "IT", 43.6839, 10.3927, "Pisa air base (San Giusto)"),           # K
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (gazetteer spelling لامبيدوسا)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # Libyan cities, towns, districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12, 15.94, "Al Jufra"),                                 # K (area point near Hun)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (city row)
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                     # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # bases, airports, ports, oil
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Force Academy"),        # G* (airport row, which lists الكلية الجوية)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "khums_port": ("crossing", "LY", 32.656, 14.280, "Al Khums port"),                     # K
 "misrata_port": ("crossing", "LY", 32.366, 15.215, "Misrata port (Qasr Ahmed)"),       # K
 "tripoli_port": ("crossing", "LY", 32.902, 13.188, "Tripoli port"),                    # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
}

TR = "Turkish armed forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "oq1": ["ترك برس", "غازي عنتاب", "جمليك", "ليبيا الحدث", "السنوات الخمس", "عبد السلام الخمسي", "التركية",
         "الليبية"],
 "oq2": ["آكي", "فيرونا", "تريميتي", "علي الإدريسي", "إيريني", "بحر آمن", "الإيطالية", "الليبية"],
 "oq3": ["الجزيرة نت", "محمد الطرابلسي", "طريق الشط", "التركية", "الليبية"],
 "oq4": ["إرم نيوز", "غرفة عمليات سرت الجفرة", "عمر السرتاوي", "الجيش الوطني الليبي", "التركية"],
 "oq5": ["فرانس 24", "المجلس العسكري مصراتة", "شارع طرابلس", "ما ادري", "تركياً", "الإيطالي"],
}

PHEN = {
 "oq1": ["clitics", "multiword", "media_trap", "common_word_trap", "person_trap", "nisba", "coverage_bases",
         "coverage_crossings", "countries", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours"],
 "oq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries",
         "ambiguity_idri", "ambiguity_country_capital"],
 "oq3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries", "vague_area"],
 "oq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "countries", "coverage_bases", "coverage_crossings", "coverage_oil", "town_vs_district"],
 "oq5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "ambiguity_idri",
         "ambiguity_tripoli", "nisba", "coverage_bases", "town_vs_district"],
}

MOVES = {
 "oq1": [
  mv("deploy", "reported", TR, ["مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "planned", TR, ["الخمس"], ["تركيا"]),
  mv("deploy", "reported", TR, ["الخمس"], ["قاعدة أبوستة البحرية"], ["القره بوللي", "تاجوراء"]),
  mv("shipment", "conditional", TR, [], ["الخمس"]),
  mv("naval_landing", "denied", "Syrian mercenaries", [], ["الخمس"]),
 ],
 "oq2": [
  mv("airlift", "reported", None, ["قاعدة بيزا الجوية"], ["مطار مصراتة"]),
  mv("withdraw", "reported", None, ["مصراتة"], ["إيطاليا"]),
  mv("redeploy", "planned", None, ["ميناء طرابلس"], ["ميناء مصراتة"]),
  mv("deploy", "conditional", None, ["تارانتو"], ["قاعدة أبو ستة البحرية"]),
  mv("redeploy", "denied", None, ["مصراتة"], ["قاعدة الوطيّة الجوية"]),
 ],
 "oq3": [
  mv("airlift", "reported", TR, ["قونية"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", TR, ["مطار معيتيقة"], ["تركيا"]),
  mv("redeploy", "planned", TR, ["معيتيقة"], ["قاعدة الوطية الجوية"]),
  mv("redeploy", "denied", TR, ["الوطية"], ["مصراتة"]),
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سرت"]),
  mv("withdraw", "conditional", TR, ["معيتيقة"], []),
 ],
 "oq4": [
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار امعيتيقة"]),
  mv("withdraw", "reported", "Syrian mercenaries", ["ليبيا"], ["شمال سوريا"], ["تركيا"]),
  mv("shipment", "denied", TR, ["مرسين"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", TR, [], ["ميناء الخمس"]),
  mv("redeploy", "planned", TR, ["قاعدة الوطية"], ["الكلية الجوية"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["سرت", "الجفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
 ],
 "oq5": [
  mv("airlift", "reported", TR, ["قاعدة الوطية"], ["الكلية الجوية"]),
  mv("reinforce", "reported", "Misrata forces", ["الدافنية"], ["الكلية الجوية"]),
  mv("deploy", "planned", "GNA forces", [], ["قاعدة معيتيقة", "قاعدة الوطية"]),
  mv("redeploy", "conditional", None, ["مطار مصراتة"], ["طرابلس"]),
  mv("airlift", "denied", "Syrian mercenaries", [], ["مطار مصراتة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["الوشكة"]),
 ],
}

NOTES = {
 "oq1": ("Turk Press (Istanbul): a Turkish frigate rotation at Al-Khums port — the new frigate Mersin→Al-Khums port "
         "(reported), the outgoing frigate to leave Al-Khums for Turkey (planned), 40 naval trainers Al-Khums→Abu Sitta "
         "naval base via Al-Qarabulli and Tajura (reported), a landing ship with engineering kit for Al-Khums if an annex is "
         "signed (conditional), Syrian fighters aboard the frigate to Al-Khums (denied by the Turkish MoD). Traps: frigates "
         "named after Turkish towns (غازي عنتاب، جمليك), «ليبيا الحدث», «السنوات الخمس», the mayor «الخمسي»; the "
         "parliament's mandate «مذكرة نشر القوات في ليبيا» and «من قاعدة الوطية … إلى مصراتة» (a range of investments) "
         "are not movements."),
 "oq2": ("AKI (Rome): Italy's MIASIT field-hospital rotation in Misrata — a C-130J Pisa air base→Misrata airport "
         "(reported), the outgoing contingent Misrata→Italy (reported), the support ship Tripoli port→Misrata port "
         "(planned), 20 navy trainers Taranto→Abu Sitta naval base «شرط أن يصادق البرلمان» (conditional), Italian special "
         "forces Misrata→Al-Watiya (denied). Spellings أبوستة / أبو ستة and الوطيّة / الوطية; «قرب الحدود مع تونس» "
         "locates Al-Watiya and is no destination; migrant boats to Lampedusa/Sicily are not force movements; ship «تريميتي» "
         "and MP «علي الإدريسي» are traps."),
 "oq3": ("Al Jazeera Net (Tripoli): a Turkish trainer rotation at Mitiga — two A400Ms Konya→Mitiga airport (reported), "
         "the outgoing group Mitiga airport→Turkey (reported), 40 trainers Mitiga→Al-Watiya air base (planned), drones and "
         "Syrian mercenaries Al-Watiya→Misrata claimed by the LNA and denied by the GNU ministry, which confirms a joint-force "
         "advance Misrata→Abu Qurayn (reported); the LNA masses units at Sirte's western gate (reported); Ankara «لن تسحب … "
         "إلا إذا» from Mitiga (conditional). «تمهيداً لتصعيد في سرت» is a purpose; civil flights to Istanbul, Tunis and "
         "Misrata and the eastern delegation's visit to Ankara are not movements."),
 "oq4": ("Erem News (Benghazi): LNA military sources on Turkish moves — ~300 Syrian fighters Istanbul→Mitiga airport "
         "(reported), 250 sent home Libya→northern Syria via Turkey (reported), armour Mersin→Misrata port (denied by the "
         "Turkish MoD), 80 Turkish marines landed at Al-Khums port (reported), an air-defence system Al-Watiya→the air academy "
         "in Misrata (planned), LNA reinforcements to Sirte and Al-Jufra and an advance on Abu Qurayn «فور رصد أي تحرك» "
         "(conditional). Spellings امعيتيقة and مصراته; «غرفة عمليات سرت الجفرة» and «عمر السرتاوي» are traps; «شرق "
         "مصراتة» and «الهلال النفطي» are no destinations."),
 "oq5": ("France 24 (Misrata): a graduation at the Misrata air academy — 35 Turkish trainers flown Al-Watiya→the academy "
         "(reported), extra joint-force units Dafniya→the academy (reported, reinforce), graduates to Mitiga and Al-Watiya "
         "bases (planned), the Italian field hospital from near Misrata airport to Tripoli «في حال» (conditional), a plane "
         "with Syrian fighters at Misrata airport and a build-up at Al-Washka (both denied by the Misrata military council). "
         "«للتقدم نحو سرت» is the alleged purpose; «شارع طرابلس», «ما ادري», «المجلس العسكري مصراتة» are traps."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oq1", "oq2", "oq3", "oq4", "oq5")
