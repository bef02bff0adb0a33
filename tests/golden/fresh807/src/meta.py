# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),    # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G* (row قاعدة بنينا الجوية)
 "abraq": ("town", "LY", 32.78991, 22.00050, "Al Abraq"),                               # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, README: point near Hun/Waddan)
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                      # G* (row برقة, Cyrenaica)
 # qec1 Mitiga closed (Al-Liwaa)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G* (row قاعدة معيتيقة, written امعيتيقة)
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                          # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),     # G* (town row)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 # qec2 Benina and al-Abraq (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "borg_arab": ("airport", "EG", 30.91770, 29.69640, "Borg El Arab International Airport"),  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "derna_port": ("crossing", "LY", 32.757, 22.650, "Port of Derna"),                     # K
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.40, 25.20, "Egypt-Libya border (Egyptian side)"),     # K
 # qec3 Misrata airport and the Hajj flights (Al-Madina)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                # G
 "jeddah_airport": ("airport", "SA", 21.6796, 39.1565, "King Abdulaziz International Airport"),  # K
 "madinah": ("city", "SA", 24.46861, 39.61417, "Madinah"),                              # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G* (row spelled قاعدة إنجيرليك)
 "adana": ("city", "TR", 36.98615, 35.32531, "Adana"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmad)"),    # K
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                    # G
 "makkah": ("city", "SA", 21.42664, 39.82563, "Makkah"),                                # G
 # qec4 Sabha airport closed (Al-Quds Al-Arabi)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tamanhint_airport": ("airport", "LY", 27.24010, 14.65630, "Taminhint Airport"),       # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 # qec5 Kufra, al-Abraq and the Sudanese accusations (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
}

TRAPS = {
 "qec1": ["بين طرابلسين", "اللواء", "اللواء 444 قتال", "فرج الطرابلسي", "الكتائب المصراتية", "السوريين", "لبناني",
          "الليبية"],
 "qec2": ["الوفد", "كتيبة طارق بن زياد", "الجيش الوطني الليبي", "الخليج العربي", "الفيلق الأفريقي", "دعم مالي",
          "مصري", "ليبية"],
 "qec3": ["المدينة", "المصراتي", "الليبيين", "الليبية", "تركياً", "سوري", "ليبياً"],
 "qec4": ["القدس العربي", "عبد السلام الإدريسي", "التشادية", "تشاديين", "الأيام الخمس"],
 "qec5": ["السوداني", "الدعم السريع", "الجيش الوطني", "كامل إدريس"],
}

PHEN = {
 "qec1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "coverage_bases", "countries"],
 "qec2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qec3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qec4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qec5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qec1": [
  mv("deploy", "reported", "GNA forces", ["تاجوراء"], ["مطار معيتيقة"]),
  mv("mobilise", "reported", "GNA forces", [], ["أبو سليم"]),
  mv("withdraw", "conditional", "GNA forces", ["مطار معيتيقة"]),
  mv("airlift", "planned", "Misrata forces", ["مطار مصراتة"], ["قاعدة امعيتيقة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مَعيتيقة"], ["تركيا"]),
 ],
 "qec2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الجفرة"], ["بنغازي"]),
  mv("reinforce", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الابرق"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("airlift", "denied", "Egyptian army", ["مرسى مطروح"], ["الأبرق"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة حميميم"], ["مالي"], ["الأبرق"]),
 ],
 "qec3": [
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["مطار مصراتة"]),
  mv("redeploy", "reported", "Turkish armed forces", ["مطار مصراتة"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار مصراتة"], ["شمال سوريا"]),
 ],
 "qec4": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت"]),
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["قاعدة تمنهنت"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["غدوة"]),
  mv("shipment", "denied", "Russian forces", ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qec5": [
  mv("airlift", "denied", "Sudanese armed groups", ["مطار الكفرة"], ["دارفور"]),
  mv("airlift", "reported", "Libyan National Army", ["مطار الابرق"], ["الكفرة"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مثلث العوينات"]),
 ],
}

NOTES = {
 "qec1": "Mitiga closed, civilian flights diverted to Misrata airport (not a movement). A GNA force Tajoura→Mitiga "
         "airport, the 444 Brigade massing in Abu Salim, the force's conditional pull-out from around the airport (Souq "
         "al-Jum'a only in the condition), a planned airlift of Misrata brigades Misrata airport→Mitiga base (written "
         "قاعدة امعيتيقة), and a denied cargo flight of Syrian mercenaries Mitiga→Turkey. Lebanese passengers from Tripoli "
         "(Lebanon), Akkar and Beirut are civilians; «طرابلس الشام»/«طرابلس الغرب» are the two Tripolis.",
 "qec2": "Benina closed to civilian flights, Egyptian workers' flights moved to al-Abraq (not movements). LNA airlift "
         "Benina base→Al-Jufra air base, a conditional return Al-Jufra→Benghazi (Sirte only the condition), a planned "
         "company Al-Khadim base→al-Abraq airport to reinforce the runway's security, a reported sea landing Benghazi "
         "port→Derna port, and two denials: Egyptian special forces Marsa Matruh→al-Abraq and Russian Africa Corps flights "
         "Hmeimim→Mali transiting al-Abraq. Borg El Arab, Alexandria, the Sarir field flights and the Sallum crossing are "
         "civilian context.",
 "qec3": "Libyan Hajj flights leave from Misrata instead of Mitiga (civilian). Turkish A400M airlift Incirlik→Misrata "
         "airport (Adana only locates the base), half of them on by road Misrata airport→Al-Watiya, a Turkish frigate's "
         "marines landed at Misrata port, a planned company Misrata→Abu Qurayn, a conditional advance on Sirte, and a denied "
         "flight of Syrian fighters Misrata airport→northern Syria. Jeddah, Madinah, Makkah and Benina are civilian.",
 "qec4": "Sabha airport closed after a drone strike, flights to Tamanhint (civilian). LNA airlift Al-Jufra air "
         "base→Tamanhint base, a column Tamanhint→Sabha to reinforce the airport guard, a conditional return to Tamanhint "
         "base (no origin written), a planned company Sabha→Ghuddwa (Murzuq only the purpose), a denied Russian arms "
         "shipment Al-Jufra→Brak air base, and Chadian gunmen massing near Al-Qatrun. Tripoli/Benghazi flights, Idri, "
         "Brak town, Wadi al-Shati and the Sharara field are background.",
 "qec5": "Sudanese accusation of RSF fighters flown Kufra airport→Darfur, denied by the LNA; an LNA battalion flown "
         "al-Abraq airport→Kufra, an ammunition-and-fuel shipment Benina base→Kufra airport, a planned company "
         "Kufra→Maaten al-Sarra base and a conditional advance to the Uweinat triangle (the border with Sudan only the "
         "condition). Evacuation flights al-Abraq→Port Sudan and refugees from North Darfur are civilian.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qec1", "qec2", "qec3", "qec4", "qec5")
