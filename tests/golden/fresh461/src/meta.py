# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # capitals and cities outside the east
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # Benghazi and the plain
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10500, 20.04500, "Port of Benghazi"),           # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 # Ajdabiya, Brega and the oil crescent
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),             # G* (town row)
 "brega_port": ("oilfield", "LY", 30.42000, 19.58000, "Marsa al-Brega port"),           # K
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 # Jebel Akhdar
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row, as region)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                        # G (row أبولونيا, Arabic names include سوسة)
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                    # G
 "wadi_kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                       # G
 # Derna and the coast east of it
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "derna_port": ("crossing", "LY", 32.76000, 22.65000, "Port of Derna"),                 # K
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "martuba_base": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                # G* (town row)
 "umm_rizam": ("town", "LY", 32.53332, 23.00904, "Umm ar Rizam"),                       # G
 "bomba": ("town", "LY", 32.33000, 23.12000, "Bomba"),                                  # G
 "tamimi": ("town", "LY", 32.31000, 23.07000, "At Tamimi"),                             # G
 "gulf_bomba": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
 # Tobruk and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97000, "Port of Tobruk"),               # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "gan_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),         # G* (row مطار طبرق)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad crossing"),          # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G* (row الحدود الليبية المصرية)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "qu1": ["بوابة إفريقيا الإخبارية", "الليبي", "غرفة عمليات أجدابيا", "طريق طرابلس", "السودانية",
         "قبيلة المغاربة"],
 "qu2": ["سبوتنيك", "طارق بن زياد", "الليبي", "شارع طرابلس", "صدام حفتر", "فندق تيبستي", "الروسي",
         "يونس بك يفكوروف", "الجزائري"],
 "qu3": ["يورونيوز", "الليبي", "الأسلحة البيضاء", "لا أدري", "الملك إدريس السنوسي",
         "جامعة عمر المختار"],
 "qu4": ["فرانس 24", "الليبي", "ليبيا الأحرار", "القبة الكبيرة", "قوة حماية درنة", "مسجد الصحابة"],
 "qu5": ["الدستور", "الجيش الليبي", "الليبي", "الرائد إدريس الطرابلسي", "الطرابلسي", "الجيش المصري",
         "المصرية", "الفيلق الأفريقي"],
}

PHEN = {
 "qu1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "qu2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qu3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "town_vs_district"],
 "qu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_crossings"],
 "qu5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "qu1": [
  mv("redeploy", "reported", LNA, ["أجدابيا"], ["ميناء البريقة"]),
  mv("withdraw", "reported", LNA, ["البريقة"], ["بنغازي"], ["اجدابيا"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["بلدية البريقة"]),
  mv("deploy", "planned", LNA, ["أجدابيا"], ["الكفرة", "الحدود مع السودان"], ["جالو"]),
  mv("advance", "conditional", LNA, [], ["ميناء الزويتينة"]),
  mv("mobilise", "denied", None, [], ["البريقة"]),
 ],
 "qu2": [
  mv("redeploy", "reported", LNA, ["الرجمة"], ["توكرة"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["توكرة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["سلوق"]),
  mv("withdraw", "denied", LNA, ["بنغازي"], ["سرت"]),
 ],
 "qu3": [
  mv("redeploy", "reported", LNA, ["المرج"], ["البيضاء"], ["قصر ليبيا"]),
  mv("withdraw", "reported", LNA, ["شحّات"], ["مطار الأبرق"]),
  mv("deploy", "planned", LNA, [], ["سوسة", "رأس الهلال"]),
  mv("advance", "conditional", LNA, [], ["وادي الكوف"]),
  mv("mobilise", "denied", None, [], ["شحات"]),
 ],
 "qu4": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["درنه"], ["البيضاء", "القبة"]),
  mv("withdraw", "reported", LNA, ["درنة"], ["قاعدة مرتوبة الجوية"]),
  mv("naval_landing", "planned", LNA, ["ميناء بنغازي"], ["ميناء درنة"]),
  mv("deploy", "conditional", LNA, [], ["البمبة", "التميمي"]),
  mv("mobilise", "denied", LNA, [], ["أم الرزم"]),
 ],
 "qu5": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["منفذ امساعد"], ["كمبوت", "البردي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "conditional", LNA, [], ["الجغبوب"]),
  mv("reinforce", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qu1": ("Brigade rotation at Brega (Afrigate News, Ajdabiya): an LNA redeploy Ajdabiya→Brega port, the outgoing "
         "battalion's pull-back Brega→Benghazi via Ajdabiya, a supply shipment Benghazi port→Brega municipality, a "
         "planned company Ajdabiya→Kufra/the Sudan border via Jalu, a conditional advance on the Zueitina terminal "
         "and a denied tribal massing around Brega. Tripoli (NOC seat) vs the road name «طريق طرابلس»; "
         "Ajdabiya inside the operations-room name; اجدابيا/أجدابيا spellings."),
 "qu2": ("A new camp near Tocra (Sputnik, Benghazi): Tariq bin Ziyad battalions Al-Rajma→Tocra, ammunition trucks "
         "Benghazi port→the new camp (anaphora «المعسكر الجديد»), a planned Il-76 airlift Benina air base→Kufra "
         "airport, a conditional reinforcement Benghazi→Suluq and a denied pull-out Benghazi→Sirte. A Russian "
         "deputy minister's regional tour (Egypt, Algeria, Algiers) is a visit, not a movement; Tibesti only as a "
         "hotel, Tripoli as the GNU seat and as a street."),
 "qu3": ("Rotation in the Jebel Akhdar (Euronews Arabic, Al Bayda): a battalion redeploy Al-Marj→Al-Bayda via Qasr "
         "Libya, the outgoing battalion's pull-back Shahhat→near Al-Abraq airport, a planned company for Susa and "
         "Ras al-Hilal, a conditional advance into Wadi al-Kuf and a denied tribal massing in Shahhat. Traps: "
         "«الأسلحة البيضاء», «لا أدري», King Idris, Omar al-Mukhtar University; Libya only inside Qasr Libya."),
 "qu4": ("Derna security handover (France 24 Arabic, Derna): Saiqa units Benghazi→Derna via Al-Bayda and Al-Qubba, "
         "the 173rd Battalion Derna→Martuba air base, a planned landing Benghazi port→Derna port, a conditional "
         "deployment to Bomba and At-Tamimi and a denied massing at Umm ar-Rizam. The 2019 takeover is control, "
         "not a movement; migrants' boats from the Gulf of Bomba are not forces; «القبة الكبيرة» (a dome) vs "
         "the town Al-Qubba."),
 "qu5": ("The Egyptian border from Cairo (Al-Dustour): an LNA reinforcement Tobruk→the Amsaad crossing via Kambut "
         "and Bardia, an airlift Benina air base→Gamal Abdel Nasser air base, a conditional deployment to Jaghbub, "
         "a planned Egyptian reinforcement Marsa Matruh→Sallum and a denied Russian landing at Tobruk port. "
         "Tunis (venue) vs Tunisia (host country); spokesman «إدريس الطرابلسي» holds Idri and Tripoli strings; "
         "trucks, returning workers and tankers are not forces."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qu1", "qu2", "qu3", "qu4", "qu5")
