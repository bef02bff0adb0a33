# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "bahrain": ("country", "BH", 26.00211, 50.54527, "Bahrain"),                           # G
 # Tripoli and its districts (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_w": ("city", "LY", 32.88743, 13.18733, "Tripoli (written Tarabulus al-Gharb)"),  # G* (row طرابلس)
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G (row point = Tripoli centre, ~4 km off)
 "abusalim_mun": ("district", "LY", 32.88743, 13.18733, "Abu Salim municipality"),      # G* (town row)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "salahaldin": ("town", "LY", 32.820, 13.210, "Salah al-Din (Tripoli)"),                # K (row point = Tripoli centre)
 "hadba": ("town", "LY", 32.845, 13.205, "Al Hadba al Khadra"),                         # K (row point = Tripoli centre)
 "karimiya": ("town", "LY", 32.795, 13.125, "Al Karimiyah (Tripoli)"),                  # K (row point = Tripoli centre)
 "gargaresh": ("town", "LY", 32.862, 13.110, "Gargaresh"),                              # K (row point = Tripoli centre)
 "wadirabie": ("town", "LY", 32.775, 13.335, "Wadi al Rabie"),                          # K (row point = Tripoli centre)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (city row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),         # G* (city row)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "south_tripoli": ("region", "LY", 32.78, 13.20, "Southern Tripoli"),                   # K
 "tekbali": ("base", "LY", 32.833, 13.214, "Tekbali Camp (Tripoli)"),                   # K (row point = Tripoli centre)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G (row point = Tripoli centre, ~3 km off)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 # western Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 # Gulf and Lebanon
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar))
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (kind town -> district)
 "jabalmohsen": ("district", "LB", 34.44400, 35.84600, "Jabal Mohsen"),                 # G* (kind town -> district)
}

TRAPS = {
 "zy1": ["القدس العربي", "الليبية", "ليبيا الأحرار", "المنطقة العسكرية الساحل الغربي"],
 "zy2": ["الليبية", "كتيبة شهداء تاجوراء", "فرج التاجوري", "وكالة الأنباء الكويتية", "الأيام الخمس"],
 "zy3": ["الليبية", "إدريس الشتيوي", "اللبنانيين", "اللبنانية"],
 "zy4": ["الليبي", "قنا", "إدريس المقطوف"],
 "zy5": ["الليبية", "ليبيا الحدث", "قوة حماية طرابلس", "صلاح الدين بن عمران", "الزاوية الأمنية"],
}

PHEN = {
 "zy1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district", "coverage_bases"],
 "zy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "countries"],
 "zy3": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "coverage_bases", "countries"],
 "zy4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_neighbours", "countries"],
 "zy5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zy1": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["أبو سليم"], ["صلاح الدين"]),
  mv("withdraw", "reported", "GNA forces", ["الهضبة الخضراء"], ["الكريمية"]),
  mv("deploy", "planned", "GNA forces", ["جنزور"], ["عين زارة"]),
  mv("advance", "conditional", "GNA forces", ["سوق الجمعة"], ["أبو سليم"]),
  mv("reinforce", "denied", "GNA forces", ["قاعدة أبوستة البحرية"], ["عين زارة"]),
 ],
 "zy2": [
  mv("reinforce", "reported", "GNA forces", ["قاعدة معيتيقة"], ["تاجوراء"], ["سوق الجمعة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["تاجوراء"]),
  mv("withdraw", "reported", "GNA forces", ["تاجوراء"], ["وادي الربيع"]),
  mv("withdraw", "conditional", "GNA forces", ["تاجوراء"], ["سوق الجمعة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["القره بوللي"]),
  mv("shipment", "denied", None, ["ميناء الخمس"], ["تاجوراء"]),
 ],
 "zy3": [
  mv("advance", "reported", "GNA forces", ["قصر بن غشير"], ["عين زارة"]),
  mv("shipment", "reported", "GNA forces", ["ترهونة"], ["قصر بن غشير"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["قصر بن غشير"]),
  mv("withdraw", "conditional", "GNA forces", ["عين زارة"], ["معسكر التكبالي"]),
  mv("airlift", "conditional", "GNA forces", ["مطار مصراتة"], ["قاعدة معيتيقة"]),
 ],
 "zy4": [
  mv("withdraw", "planned", "GNA forces", ["أبو سليم", "صلاح الدين"]),
  mv("withdraw", "conditional", "Misrata forces", ["جنزور"], ["مصراتة"]),
  mv("deploy", "reported", "GNA forces", ["ترهونة"], ["صلاح الدين"], ["قصر بن غشير"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("mobilise", "denied", "GNA forces", [], ["الكريمية"]),
 ],
 "zy5": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("advance", "conditional", "GNA forces", [], ["قرقارش"]),
  mv("naval_landing", "denied", "GNA forces", ["ميناء طرابلس"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["صلاح الدين"], ["الماية"]),
 ],
}

NOTES = {
 "zy1": "Al-Quds Al-Arabi, Tripoli: a 444 Brigade separation force Tekbali camp→Abu Salim via Salah al-Din (reported), "
        "an SSA pull-out Al-Hadba al-Khadra→Al-Karimiya (reported), a planned Western-Coast military-zone force "
        "Janzour→Ain Zara, Radaa's conditional advance Souq al-Juma→Abu Salim ('لن تتحرك ... إلا إذا'), and Nawasi's "
        "denied 20-vehicle reinforcement Abu Sitta naval base→Ain Zara. The first Ain Zara (clashes spread), the Abu "
        "Salim municipality seat, Mitiga airport (2025 flights suspended), Misrata and Zawiya (elders) are not "
        "movement places; 'units return to their barracks' names no place and is not a movement.",
 "zy2": "Al-Anbaa, Kuwait/Tripoli: Radaa reinforcements Mitiga base→Tajoura via Souq al-Juma and a boat landing "
        "Tripoli port→Tajoura beach (both reported), a Tajoura brigade (trap name) pulling out of the town centre "
        "('وسط المدينة' = Tajoura) to Wadi al-Rabie (reported), a truce clause pulling Radaa Tajoura→Souq al-Juma "
        "'بمجرد' handover (conditional), a planned Misrata force to Tajoura's entrances ('المدينة') via Garabulli, and "
        "a denied arms shipment Khoms port→Tajoura (no force named: actor null). Kuwait City is the dateline, 'دولة "
        "الكويت' the country; the Zawiya refinery (fuel supplies) is no movement place.",
 "zy3": "Al-Liwaa, Beirut: a 444 Brigade advance Qasr bin Ghashir→Ain Zara and its ammunition trucks Tarhuna→Qasr bin "
        "Ghashir (reported), Zintan's denied massing at Al-Aziziyah ('لم تغادر آلية واحدة المدينة' is part of the "
        "denial), a planned General Staff battalion transfer Gharyan→Qasr bin Ghashir (Tripoli International Airport "
        "only the purpose of the road), 444's conditional pull-out Ain Zara→Tekbali camp and a conditional special-forces "
        "airlift Misrata airport→Mitiga base ('في حال'). Tripoli is the Libyan capital in the headline ('طرابلس "
        "الغرب') and in 'جنوب طرابلس', but Tripoli (Lebanon) twice at the end, with Akkar, Bab al-Tabbaneh and Jabal "
        "Mohsen; Beirut is the dateline and the ministry's seat.",
 "zy4": "QNA, Doha: Qatar welcomes the Tripoli truce; its terms pull all formations out of Abu Salim and Salah al-Din "
        "within 72 hours (planned, no destination written) and send the Misrata brigades in Janzour back to Misrata once "
        "military police take over (conditional; the first Misrata only says where they came from); the General Staff "
        "separation force reached Salah al-Din from Tarhuna via Qasr bin Ghashir (reported; Tripoli University and the "
        "airport road are positions after arrival); two transport planes flew military police Al-Watiya base→Mitiga "
        "airport (reported); the SSA denies massing in Al-Karimiya. 'قنا' (QNA; also Qena) is a trap; the western "
        "region, Zawiya, Gharyan and the border with Tunisia are only feared spill-over.",
 "zy5": "Al-Ayam, Tripoli: SSA reinforcements Zawiya→Janzour via Al-Maya (reported), a conditional advance to "
        "Gargaresh with no origin written ('ما لم'), Nawasi's denied boat landing Tripoli port→Janzour beach, and a "
        "planned 444 company Salah al-Din→Al-Maya. Janzour municipality, the coastal road Janzour→Ras Ajdir, the "
        "border with Tunisia, 'the two capitals Tripoli and Tunis' and the Zawiya refinery are background, not "
        "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zy1", "zy2", "zy3", "zy4", "zy5")
