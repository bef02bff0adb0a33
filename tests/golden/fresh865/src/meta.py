# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # datelines and capitals
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "muscat": ("city", "OM", 23.58413, 58.40778, "Muscat"),                                # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # the oil crescent road
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),       # G* (city row)
 "ajdabiya_airport": ("airport", "LY", 30.76510, 20.19140, "Agedabia Airport"),         # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "brega_airport": ("airport", "LY", 30.37810, 19.57640, "Marsa Brega Airport"),         # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "zelten": ("oilfield", "LY", 28.58710, 19.30340, "Zelten oil field"),                  # G
 "raslanuf": ("town", "LY", 30.483, 18.567, "Ras Lanuf"),                               # K
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "raslanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),    # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_dist": ("district", "LY", 29.87703, 17.59600, "Sirte district"),                # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra_dist": ("district", "LY", 29.16140, 16.13904, "Al Jufra"),                      # G* (Waddan town row)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # Lebanon
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar), town)
 "border_lb_sy": ("region", "LB", 34.60, 36.25, "Lebanon-Syria border (Lebanese side, north)"),  # K
}

TRAPS = {
 "qgi1": ["القدس العربي", "الجيش الوطني الليبي", "إدريس المغربي", "حرس المنشآت النفطية", "غرفة عمليات الهلال النفطي",
          "شائعات سرت", "السودانيين", "عقيلة صالح"],
 "qgi2": ["الأيام", "الجيش الوطني الليبي", "البرق الخاطف", "الروسية", "البحرينية"],
 "qgi3": ["عُمان", "الجيش الوطني الليبي", "حرس المنشآت النفطية", "الملك إدريس السنوسي", "الفيلق الأفريقي", "زلة لسان",
          "الليبية"],
 "qgi4": ["الجريدة", "الكتائب المصراتية", "سالم المصراتي", "قوة حماية طرابلس", "القيادة العامة للجيش الوطني الليبي", "هون من شأن",
          "الليبية"],
 "qgi5": ["اللواء", "الجيش اللبناني", "مقاتلون سوريون", "القيادة العامة للجيش الوطني الليبي", "أحمد معيتيق", "الليبيين"],
}

PHEN = {
 "qgi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qgi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qgi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qgi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qgi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgi1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["اجدابيا"], ["قمينس"]),
  mv("deploy", "planned", "Libyan National Army", ["أجدابيا"], ["العقيلة"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار إجدابيا"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["حقل زلطن"]),
 ],
 "qgi2": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("shipment", "reported", "Libyan National Army", ["الزويتينة"], ["راس لانوف"], ["اجدابيا", "البريقة"]),
  mv("withdraw", "planned", "Libyan National Army", ["بن جواد"], ["سرت"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء طبرق"], ["ميناء السدرة"]),
  mv("redeploy", "denied", "Wagner Group", ["قاعدة القرضابية"], ["النوفلية"]),
 ],
 "qgi3": [
  mv("deploy", "reported", "Libyan National Army", ["مرسى البريقة"], ["ميناء رأس لانوف", "ميناء السدرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار راس لانوف"]),
  mv("withdraw", "conditional", "Libyan National Army", ["السدرة"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["رأس لانوف"]),
 ],
 "qgi4": [
  mv("mobilise", "reported", "Misrata forces", [], ["أبو قرين"]),
  mv("reinforce", "planned", "GNA forces", ["طرابلس"], ["الوشكة"]),
  mv("redeploy", "reported", "Libyan National Army", ["سرت"], ["بن جواد"], ["هراوة", "النوفلية"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["سرت"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["الجفرة"]),
 ],
 "qgi5": [
  mv("shipment", "denied", None, ["مرفأ طرابلس"], ["ميناء بنغازي"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار بنينا"], ["مطار البريقة"]),
  mv("reinforce", "planned", "Libyan National Army", ["بنغازي"], ["السدرة"], ["أجدابيا"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["الهلال النفطي"]),
 ],
}

NOTES = {
 "qgi1": "Al-Quds Al-Arabi (London dateline): an LNA column Benghazi→Ajdabiya via Qaminis (Brega and the oil crescent "
         "only describe the road it guards), a planned company Ajdabiya→El Agheila ('40 km west of Brega' and the "
         "junction to Marada are locators), a conditional airlift Benina air base→Ajdabiya airport, and a denied "
         "massing of Sudanese gunmen near the Zelten field (Brega only a distance reference; the border with Sudan is "
         "background). Ajdabiya municipality and Al Wahat district beside the town; Idris al-Maghribi and Aguila "
         "Saleh are persons; 'شائعات سرت' is the verb 'spread', not Sirte.",
 "qgi2": "Al-Ayam (Manama dateline, agencies): LNA marines landed at Brega port from Benghazi port; 18 trucks of "
         "ammunition Zueitina→Ras Lanuf via Ajdabiya and Brega; a planned pull-back of the infantry battalion Bin "
         "Jawad→Sirte; a conditional landing Tobruk port→Es Sider port; a denied Wagner move Gardabya base→Nofaliya "
         "(the second Sirte, 'south of Sirte', only locates the base). Tunis (city) hosts the 5+5 meeting and Tunisia "
         "(country) offered to host; the oil crescent is only in a denial of any foreign presence.",
 "qgi3": "Oman daily (Muscat dateline, agencies): LNA units deployed from Marsa al-Brega to the Ras Lanuf and Es Sider "
         "ports, a planned airlift Al-Khadim base→Ras Lanuf airport (Benghazi only locates the base), a conditional "
         "pull-out from Es Sider, and a denied Russian arms shipment Jufra air base→Ras Lanuf for the Africa Corps. Es "
         "Sider's second mention (export history), the Sirte basin, Brega/Bin Jawad as the ends of the port strip and "
         "Oman/Libya in the statement are not movement places; 'عُمان' in the dateline is the newspaper.",
 "qgi4": "Al-Jarida (Kuwait City dateline): Misrata brigades massing at Abu Qurayn ('130 km west of Sirte' is a "
         "distance reference; Misrata only the speaker's city), a planned GNA reinforcement Tripoli→Al-Washka, an LNA "
         "armoured battalion Sirte→Bin Jawad via Harawa and Nofaliya, Misrata's conditional advance Al-Washka→Sirte, "
         "and the LNA's denied withdrawal Sirte→Al Jufra. Tripoli first as the seat of the chief of staff, then inside "
         "'قوة حماية طرابلس' (trap), then as origin; Sirte district beside the city; Egypt's 2020 red line and "
         "Kuwait's statement add no movement.",
 "qgi5": "Al-Liwaa (Beirut dateline): the port of Tripoli (Lebanon) denies that a merchant ship carried ammunition to "
         "Benghazi port (actor null); about 200 Syrian fighters flown Benina airport→Brega airport; a planned LNA "
         "reinforcement Benghazi→Es Sider via Ajdabiya; GNA forces' conditional advance Abu Qurayn→the oil crescent. "
         "Tripoli alone is the Lebanese city (a businessman's home town), Tripoli of the West (طرابلس الغرب) the Libyan "
         "capital; Akkar and the border with Syria are background to recruitment networks, not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgi1", "qgi2", "qgi3", "qgi4", "qgi5")
