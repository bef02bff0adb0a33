# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "china": ("country", "CN", 36.90357, 98.60509, "China"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "spain": ("country", "ES", 39.89911, -3.47555, "Spain"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (town row)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),          # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # qax1 Zueitina closed by protesters (Al-Quds Al-Arabi)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "zueitina_mun": ("district", "LY", 30.95220, 20.12022, "Zueitina municipality"),       # G* (town row)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 # qax2 loadings at Es Sider and Ras Lanuf (Al Eqtisadiah)
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "trieste": ("city", "IT", 45.64953, 13.77678, "Trieste"),                              # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 # qax3 Brega gas and port (CNBC Arabia)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "east_ly": ("region", "LY", 31.5, 21.0, "Eastern Libya"),                              # K
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 # qax4 Es Sider and Ras Lanuf closed, a Lebanese cargo (Al-Anbaa)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # qax5 the coast road to Zueitina (Monte Carlo Doualiya)
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
}

TRAPS = {
 "qax1": ["القدس العربي", "عقيلة صالح", "فرج المغربي", "الجيش الوطني الليبي", "غرفة عمليات اجدابيا"],
 "qax2": ["مزيج السدرة", "الإيطالية", "اللبناني", "شركة الواحة للنفط", "شركة الهروج للعمليات النفطية",
          "الجيش الوطني الليبي", "الفيلق الأفريقي", "الأوروبية"],
 "qax3": ["سرت للنفط", "شركة سرت لإنتاج وتصنيع النفط والغاز", "سي إن بي سي عربية", "محمد إدريس الفيتوري", "زلة لسان",
          "اللواء طارق بن زياد المعزز", "دارفورية"],
 "qax4": ["حراك الهلال النفطي", "مؤسسة كهرباء لبنان", "لبنانية", "الكويتي", "الخام الليبي", "الشحنات الليبية",
          "المتوسطية"],
 "qax5": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "إدريس بوخمادة", "سوري", "تشادي", "الفرنسي", "النفط الليبي",
          "السنوات الخمس", "الأوروبية"],
}

PHEN = {
 "qax1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_oil", "coverage_crossings", "countries"],
 "qax2": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qax3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qax4": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qax5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qax1": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["الزويتينة"], ["اجدابيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["البريقة"], ["الزويتينة"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("redeploy", "denied", "Libyan National Army", ["راس لانوف"], ["الزويتينة"]),
 ],
 "qax2": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["ميناء السدرة"], ["النوفلية", "بن جواد"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["مطار رأس لانوف"]),
  mv("withdraw", "conditional", "Russian forces", ["رأس لانوف"], ["قاعدة الجفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["رأس لانوف"], ["السدرة"]),
  mv("mobilise", "denied", "Misrata forces", [], ["أبو قرين"]),
 ],
 "qax3": [
  mv("deploy", "reported", "Libyan National Army", ["إجدابيا"], ["البريقة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["البريقة"], ["إجدابيا"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["بريقة"]),
 ],
 "qax4": [
  mv("advance", "reported", "Libyan National Army", ["بن جواد"], ["السدرة"]),
  mv("shipment", "planned", "Libyan National Army", ["بنغازي"], ["راس لانوف"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["سرت"]),
  mv("deploy", "denied", "Wagner Group", ["قاعدة الجفرة"], ["راس لانوف"]),
 ],
 "qax5": [
  mv("reinforce", "reported", "Libyan National Army", ["طبرق"], ["ميناء الزويتينة"], ["درنة", "بنغازي"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["راس لانوف"], ["مطار بنينا"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار بنينا"], ["دمشق"]),
  mv("shipment", "conditional", "Libyan National Army", ["إجدابيا"], ["ميناء البريقة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["مرادة"]),
 ],
}

NOTES = {
 "qax1": "Protesters (not forces) shut the Zueitina terminal and turn away a Malta-flagged tanker; an LNA column "
         "Benghazi→Zueitina via Ajdabiya (the headline repeats it), a planned company Brega→Zueitina, a conditional "
         "marine landing Benghazi port→Zueitina port if the closure spreads to Brega port (Brega port only the "
         "condition), and a denied transfer Ras Lanuf→Zueitina; Ajdabiya's '25 km' is a distance reference there, "
         "Benghazi also the dateline, Tripoli only the NOC seat, Italy only the cargoes' market.",
 "qax2": "Tankers (not forces) load at Es Sider and Ras Lanuf, one arriving empty from Tripoli port in Lebanon; an LNA "
         "reinforcement Sirte→Es Sider port via Nofaliya and Bin Jawad, a Russian (Africa Corps) cargo flight Jufra "
         "base→Ras Lanuf airport, the Russians' conditional return Ras Lanuf→Jufra base ('بمجرد'), a planned guard "
         "company Ras Lanuf→Es Sider ('20 km to the east' describes the origin), and a Misrata massing in Abu Qurayn "
         "denied (Misrata the speaker's seat, Sirte a distance reference); Riyadh the dateline.",
 "qax3": "Gas from Brega (company news); an LNA brigade Ajdabiya→Brega, a planned marine landing Tobruk naval "
         "base→Brega port, the brigade's conditional return Brega→Ajdabiya ('فور'), and a denied transfer of Darfuri "
         "fighters Kufra→Brega (the border with Sudan only a distance reference from Kufra); staff flights "
         "Tripoli/Benghazi→Brega airport are civilian, El Agheila a distance reference, Dubai the dateline.",
 "qax4": "Protesters shut Es Sider and Ras Lanuf and demand the NOC seat move Tripoli→Benghazi (not a force move); a "
         "fuel cargo for Tripoli in Lebanon is stuck; an LNA advance Bin Jawad→Es Sider, a planned fuel-and-ammunition "
         "shipment Benghazi→Ras Lanuf, Misrata's conditional advance Al-Washka→Sirte (Misrata only where the speaker "
         "is), and a denied Wagner transfer Jufra base→Ras Lanuf; Kuwait City the dateline, Kuwait the country later.",
 "qax5": "An LNA battalion Tobruk→Zueitina port via Derna and Benghazi; a 5+5 plan (agreed in Tunis) for 300 Syrian "
         "fighters Ras Lanuf→Benina airport and then by air →Damascus (two planned moves); a conditional ammunition "
         "and fuel shipment Ajdabiya→Brega port ('as they did in Zueitina' is not a movement place); a Chadian "
         "faction denies massing in Marada (Brega a distance reference, the border with Chad where it says it is); "
         "tankers waiting off Zueitina and Brega are not forces; Paris the dateline.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qax1", "qax2", "qax3", "qax4", "qax5")
