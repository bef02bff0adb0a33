# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                               # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                 # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                 # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                          # G
 # capitals and cities outside Libya
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                  # G
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                  # G* (row رياض, written الرياض)
 "vienna": ("city", "AT", 48.20849, 16.37208, "Vienna"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "akkar": ("district", "LB", 34.54, 36.08, "Akkar"),                                      # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                  # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),           # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.20, 25.15, "Egypt-Libya border (Egyptian side)"),       # K
 # Libya: west and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G* (row قاعدة الجفرة الجوية)
 # the oil crescent
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "gulfsirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                      # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                              # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                             # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),                # G
 "raslanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                             # G* (row راس لانوف, kind town)
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),           # G* (row راس لانوف)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),      # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                    # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil and gas port"),    # G* (town row)
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                             # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Maradah"),                                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),         # G* (city row)
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                         # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),        # G* (town row)
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),                 # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                         # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                  # G
 # Libya: the south-east oases
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                      # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),                 # G* (town row)
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                             # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),   # G* (row الحدود الليبية السودانية)
}

TRAPS = {
 "wo1": ["القوة القاهرة", "القدس العربي", "الجيش الوطني", "إدريس الفاخري", "الروسية", "الليبيين"],
 "wo2": ["الجريدة", "الجيش الوطني", "قبيلة المغاربة", "الليبية", "السودانيين", "يونانية"],
 "wo3": ["الجمهورية", "اللبنانية", "ليبية", "الوطني الليبي", "التي سرت"],
 "wo4": ["الوفد", "الوطني الليبي", "صالح المغربي", "مصري", "ليبية", "الليبي"],
 "wo5": ["سبق", "الوطني الليبي", "إدريس السنوسي", "ليبية", "اللبنانية"],
}

PHEN = {
 "wo1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "wo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "wo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "wo4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "wo5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wo1": [
  mv("deploy", "reported", "Libyan National Army", ["بن جواد"], ["ميناء السدرة"]),
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["رأس لانوف"], ["النوفلية"]),
  mv("airlift", "denied", "Wagner Group", ["قاعدة الجفرة"], ["مطار راس لانوف"]),
  mv("redeploy", "planned", "Libyan National Army", ["ميناء الزويتينة"], ["مرسى البريقة"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الهلال النفطي"]),
 ],
 "wo2": [
  mv("mobilise", "reported", None, ["اجدابيا"], ["ميناء الزويتينة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["أجدابيا"], ["قمينس"]),
  mv("deploy", "planned", "Libyan National Army", ["البريقة"], ["ميناء الزويتينة"]),
  mv("withdraw", "conditional", None, ["الزويتينة"], ["اجدابيا"]),
  mv("mobilise", "denied", "Sudanese armed groups", ["الكفرة"], ["جالو"]),
 ],
 "wo3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["العقيلة"]),
  mv("reinforce", "planned", "Libyan National Army", ["إجدابيا"], ["راس لانوف"]),
  mv("withdraw", "denied", "Libyan National Army", ["ميناء السدرة"]),
  mv("advance", "conditional", "GNA forces", [], ["سرت"]),
 ],
 "wo4": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "reported", "Libyan National Army", ["ميناء البريقة"], ["أجدابيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["البريقة"], ["العقيلة"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["مرسى البريقة"]),
  mv("shipment", "denied", "Egyptian army", [], ["طبرق"], ["منفذ السلوم"]),
 ],
 "wo5": [
  mv("deploy", "reported", "Libyan National Army", ["اجدابيا"], ["حقل السرير"], ["جالو"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["راس لانوف", "السدرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["راس لانوف"], ["سرت"]),
  mv("redeploy", "denied", "Wagner Group", ["قاعدة الجفرة"], ["مرادة"]),
 ],
}

NOTES = {
 "wo1": "Force majeure at Es Sider and Ras Lanuf (Al-Quds Al-Arabi, Tripoli): PFG units Bin Jawad→Es Sider terminal; "
        "an LNA column Sirte→Ras Lanuf (town) via Nofaliya; a denied Wagner airlift Al-Jufra base→Ras Lanuf airport; "
        "a planned PFG company Zueitina terminal→Marsa Brega; Misrata's conditional advance Abu Qurayn→the oil "
        "crescent. Tripoli (NOC seat), Misrata (speaker), Tunis (conference venue), Malta (tanker flag), the Gulf of "
        "Sirte, Sirte's second mention and Ajdabiya are not movement places; «القوة القاهرة» holds Cairo, «إدريس» Idri.",
 "wo2": "Tribal gunmen close Zueitina (Al-Jarida, Kuwait): gunmen massing Ajdabiya→Zueitina terminal (actor null, not a "
        "canonical force); an LNA armoured battalion Benghazi→Ajdabiya via Qaminis; a planned PFG unit Brega→Zueitina "
        "terminal; the gunmen's conditional return Zueitina→Ajdabiya; a denied massing of Sudanese fighters in Jalu "
        "brought from Kufra (the Sudan border only a distance reference). A Greek tanker sailing home and Kuwait's "
        "statement are no movements; the dateline الكويت is the city, the later one the country.",
 "wo3": "A Lebanese fuel tanker stuck at Ras Lanuf (Al-Joumhouria, Beirut): an LNA special-forces airlift Benina→Ras "
        "Lanuf airport, an ammunition-and-fuel convoy Benghazi→El Agheila, a planned battalion Ajdabiya→Ras Lanuf, a "
        "denied PFG pull-out from Es Sider, and the GNA's conditional advance on Sirte. Tripoli is Lebanese (headline, "
        "MPs, port twice) except «حكومة الوحدة الوطنية في طرابلس الليبية»; the tanker is civilian; «سرت» in «التي سرت» is "
        "the verb.",
 "wo4": "The LNA takes over Brega port from the PFG (Al-Wafd, Cairo): a battalion Benghazi→Brega port, the PFG's "
        "pull-out from the port to Ajdabiya (origin by anaphora «الميناء»), a planned company Brega→El Agheila, a "
        "conditional marine landing Benghazi port→Marsa Brega, and a denied Egyptian army shipment via the Sallum land "
        "port toward Tobruk. Egyptian engineers returning via Sallum and an NOC delegation are no movements.",
 "wo5": "Libyan output falls (Sabq, Riyadh): an LNA brigade Ajdabiya→Sarir field via Jalu, a planned marine landing "
        "Benghazi port→Ras Lanuf and Es Sider, the units in Ras Lanuf conditionally returning to Sirte, and a denied "
        "Wagner move Al-Jufra base→Marada (El Agheila only a distance reference). Vienna, Riyadh, Saudi Arabia, the "
        "Gulf of Sirte, Italy and Lebanese Tripoli (tankers) are not movement places; «إدريس السنوسي» holds Idri.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wo1", "wo2", "wo3", "wo4", "wo5")
