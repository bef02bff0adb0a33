# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 # qad1 Sharara shut, Zawiya secured (Al-Quds Al-Arabi)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 # qad2 Sarir and Messla (Al-Wafd)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "tripoint": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G* (row مثلث العوينات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qad3 Zella and the Jufra (Al-Anbaa)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "zella_mun": ("district", "LY", 28.55099, 17.54358, "Zillah municipality"),            # G* (town row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "dahra": ("oilfield", "LY", 29.47260, 17.93490, "Dahra oil field"),                    # G
 "fuqaha": ("town", "LY", 27.83333, 16.35000, "Al-Fuqaha"),                             # G
 "jufra_dist": ("district", "LY", 27.95582, 17.52693, "Al Jufra district"),             # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row الزويتينة)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 # qad4 Waha, Jalu and the oil crescent (France 24)
 "waha": ("oilfield", "LY", 28.60000, 19.90000, "Waha oil field"),                      # K
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat"),                           # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G* (row الجزائر, city)
 # qad5 El Feel and Murzuq (Akhbar Al Khaleej)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qad1": ["غضب فزان", "القدس العربي", "الجيش الوطني الليبي", "كتيبة طارق بن زياد", "القوة القاهرة", "خام الشرارة",
          "شركة أكاكوس", "محمد الإدريسي", "الفيلق الأفريقي الروسي"],
 "qad2": ["سبل السلام", "الوفد", "الوطني الليبي", "شركة الخليج العربي للنفط", "سودانية"],
 "qad3": ["الجيش الوطني", "الأنباء", "حراك شباب زلة", "شركة الزويتينة للنفط", "مجموعة فاغنر", "الليبي", "الكويتية"],
 "qad4": ["فرانس 24", "فرانس برس", "شركة الواحة للنفط", "الفرنسية", "الأميركية", "فرع المنطقة الوسطى",
          "سوناطراك الجزائرية"],
 "qad5": ["تشاديين", "أخبار الخليج", "الوطني الليبي", "شركة مليتة للنفط والغاز", "الإيطالية", "اللبنانية",
          "مصطفى الإدريسي", "التشادية", "القوة القاهرة"],
}

PHEN = {
 "qad1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "qad2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qad3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qad4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "town_vs_district", "coverage_crossings", "coverage_oil", "countries"],
 "qad5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qad1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الشرارة"], ["جرمة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الشرارة"], ["حقل الفيل"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("airlift", "denied", "Russian forces", [], ["الشرارة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"], ["جنزور"]),
 ],
 "qad2": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["حقل السرير"]),
  mv("shipment", "reported", "Libyan National Army", ["تازربو"], ["حقل السرير"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["حقل مسلة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["طبرق"], ["ميناء الحريقة"]),
  mv("advance", "denied", "Sudanese armed groups", ["الحدود مع السودان"], ["حقل مسلة"]),
 ],
 "qad3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["زلة"], ["ودان"]),
  mv("shipment", "reported", "Libyan National Army", ["سوكنة"], ["زلة"]),
  mv("redeploy", "planned", "Libyan National Army", ["زلة"], ["حقل الظهرة"]),
  mv("advance", "conditional", "Libyan National Army", ["زلة"], ["الفقهاء"]),
  mv("mobilise", "denied", "Wagner Group", [], ["قاعدة الجفرة الجوية"]),
 ],
 "qad4": [
  mv("reinforce", "reported", "Libyan National Army", ["اجدابيا"], ["جالو"], ["أوجلة"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["حقل الواحة"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["ميناء بنغازي"], ["ميناء السدرة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل النافورة"]),
 ],
 "qad5": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["حقل الفيل"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الفيل"], ["مرزق"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["مجمع مليتة"]),
 ],
}

NOTES = {
 "qad1": "Sharara shut by the 'Fezzan Anger' movement (trap): an LNA column Tamanhint base→the Sharara field via Germa, "
         "a planned company Sharara→El Feel ('170 km south' of it), a conditional reinforcement Sabha→Ubari, a denied "
         "airlift of Russian Africa Corps men to Sharara, and a GNA force Tripoli→the Zawiya refinery via Janzour. "
         "Sabha in the protesters' quote, Ubari/Idri/Wadi al-Hayat as the protesters' home, the crude name 'خام الشرارة' "
         "(trap) and the last 'للشرارة' are not movement places.",
 "qad2": "Sarir pumping station shut: the LNA's Subul al-Salam battalion Kufra→the Sarir field, ammunition trucks "
         "Tazirbu→the field, a planned airlift Benina air base→the Messla field airstrip ('40 km north-west of Sarir' "
         "is a distance reference), a conditional battalion Tobruk→Marsa al-Hariga, and a denied Sudanese infiltration "
         "from the border with Sudan to Messla; Tobruk as 'the coast of Tobruk', the border triangle and Cairo (meeting "
         "venue) are not movement places.",
 "qad3": "Zella's fields shut: an LNA brigade Jufra air base→Zella via Waddan, fuel and ammunition trucks Sokna→Zella, "
         "a planned company Zella→the Dahra field, a conditional advance Zella→Al-Fuqaha, and a denied Wagner massing "
         "at Jufra air base; Hun (dateline), Marada (road), Zueitina terminal and Ajdabiya (pipeline), Kuwait (venue) "
         "and the Jufra district are not movement places.",
 "qad4": "Waha shut by protesters from Al-Wahat: an LNA column Ajdabiya→Jalu via Awjila, a planned move Jalu→the Waha "
         "field, a conditional landing Benghazi port→Es Sider by sea (Ras Lanuf only locates Es Sider), and a denied "
         "PFG pull-out from the Nafoora field (Jalu only locates it); Benghazi, Paris, Algiers and Tripoli are seats "
         "and venues.",
 "qad5": "El Feel shut by Tebu protesters: a PFG (LNA) force Brak air base→El Feel via Murzuq, a planned airlift Sabha "
         "airport→the El Feel airstrip, a conditional return from the field to Murzuq, a denied Chadian massing around "
         "Al-Qatrun ('300 km from the border with Niger' is a distance reference), and GNA boats landing men at the "
         "Mellitah complex from Abu Sitta naval base; Tripoli (workers' evacuation) and Tripoli, Lebanon (engineers' "
         "home) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qad1", "qad2", "qad3", "qad4", "qad5")
