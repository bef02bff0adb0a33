# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.15, 16.05, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 # qay1 the HoR's Sirte/Jufra decision (Afrigate News, Benghazi)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "central": ("region", "LY", 30.5, 16.8, "Central region of Libya"),                   # K
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                             # G
 # qay2 the Presidential Council's Zawiya decree (Al-Quds Al-Arabi, Tripoli)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 # qay3 the HoR's Tobruk mandate to Egypt (Sada El Balad, Cairo)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "border_eg_ly": ("region", "LY", 29.80, 24.90, "Libya-Egypt border (Libyan side, near Jaghbub)"),  # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sidibarrani_base": ("base", "EG", 31.47, 25.88, "Sidi Barrani air base"),             # K
 # qay4 the Presidential Council against the LNA push in the south-west (Al-Liwaa, Beirut desk)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "border_dz_ly": ("region", "LY", 29.90, 9.90, "Libya-Algeria border (Libyan side, south of Ghadames)"),  # K
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row Halba (Akkar))
 # qay5 the HoR's Kufra airlift and the Sudan border (Al-Sudani, Port Sudan)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "border_sd_ly": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.90, 24.95, "Jebel Uweinat"),                            # K
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
}

TRAPS = {
 "qay1": ["بوابة إفريقيا الإخبارية", "تحت القبة", "الجيش الوطني الليبي", "اللواء 128 معزز", "عقيلة صالح"],
 "qay2": ["القدس العربي", "عماد الطرابلسي", "اللجنة العسكرية المشتركة 5+5", "الليبي", "تركيتين"],
 "qay3": ["صدى البلد", "المنطقة الغربية العسكرية", "الجيش المصري", "القيادة العامة للجيش الوطني الليبي", "رتل مصري",
          "المسلحة المصرية"],
 "qay4": ["اللواء", "محمد الغدامسي", "إدريس الفيتوري", "الليبي", "لبناني"],
 "qay5": ["السوداني", "كتيبة سبل السلام", "قوات الدعم السريع", "كامل إدريس", "الجنوب الغربي", "السودانية"],
}

PHEN = {
 "qay1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qay2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_crossings"],
 "qay3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qay4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qay5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qay1": [
  mv("deploy", "planned", "Libyan National Army", [], ["سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["سرت"], ["ودان"]),
  mv("withdraw", "denied", "Libyan National Army", ["البريقة"], ["إجدابيا"]),
  mv("shipment", "reported", "Libyan National Army", ["بنغازي"], ["قاعدة القرضابية"]),
 ],
 "qay2": [
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الزاوية", "منفذ رأس جدير"]),
  mv("deploy", "planned", "Libyan National Army", [], ["سرت"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["الزاوية"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["الزاوية"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["طرابلس"], ["زليتن", "الخمس"]),
  mv("airlift", "denied", "Turkish armed forces", [], ["قاعدة معيتيقة"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء طرابلس"]),
 ],
 "qay3": [
  mv("deploy", "conditional", "Egyptian army", [], ["البردي", "امساعد"]),
  mv("naval_landing", "conditional", "Egyptian army", [], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "planned", "Libyan National Army", ["بنغازي"], ["الجغبوب"]),
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
 ],
 "qay4": [
  mv("advance", "reported", "Libyan National Army", ["سبها"], ["الشويرف"]),
  mv("deploy", "planned", "GNA forces", ["قاعدة الوطية"], ["غدامس", "الحدود مع الجزائر"], ["نالوت"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس"]),
  mv("withdraw", "planned", "Libyan National Army", [], ["سبها"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["درج"]),
 ],
 "qay5": [
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "conditional", "Libyan National Army", [], ["جبل العوينات"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["دارفور"]),
 ],
}

NOTES = {
 "qay1": "HoR decision 7/2026 quoted article by article: a planned LNA deployment of three battalions in Sirte, a planned "
         "air-defence company Al-Khadim base→Al-Jufra air base, a conditional advance from Sirte ('المنتشرة بسرت') to "
         "Abu Qurayn (only on the commander's order and a ceasefire breach); the spokesman's reported arrival of the "
         "128th Brigade (trap) Hun→Sirte via Waddan and an ammunition/fuel convoy Benghazi→Gardabya base ('south of "
         "the city' is only a locator); a denied pull-out Brega→Ajdabiya. Benghazi is the venue (and an origin), "
         "Al-Qubbah the place of a speech, the Sirte-Jufra line a quoted red line, Tripoli the Presidential Council's "
         "seat; 'تحت القبة' (the parliament's dome) is a trap beside the town Al-Qubbah.",
 "qay2": "Presidential Council decree 19/2026: a planned joint force Tripoli→Zawiya, stationed up to the Ras Ajdir "
         "crossing; a conditional call-up of reserves Misrata→Zawiya; Zintan's conditional massing on Zawiya's edges; "
         "40 vehicles reported Misrata→Tripoli via Zliten and Al-Khums; the HoR's planned LNA deployment in Sirte, "
         "rejected by the Council (still planned: a rejection by a third party is not a denial); a denied Turkish "
         "troop airlift to Mitiga base and a denied Turkish landing at Tripoli port. Benghazi is only where the HoR "
         "decision came from; 'عماد الطرابلسي' is a trap.",
 "qay3": "HoR session in Tobruk renews its mandate to Egypt: a conditional Egyptian deployment in Bardia and Emsaed and "
         "a conditional marine landing at Tobruk naval base (Sirte, Jufra, the Oil Crescent only in the condition); a "
         "planned LNA transfer Benghazi→Jaghbub (the border with Egypt only locates the oasis); reported Egyptian "
         "reinforcements Mohamed Naguib base→Sallum via Marsa Matruh; a denied Egyptian column through the Amsaad "
         "crossing toward Tobruk. Cairo dateline, Algeria/Tunisia as governments, Tobruk/Cairo in a quote, Sidi "
         "Barrani base in a 2020 flashback: no movement places.",
 "qay4": "Presidential Council rejects the LNA push in the south-west: LNA columns reported Sabha→Ash Shwayrif; the "
         "Council's planned two battalions Al-Watiya base→Ghadames via Nalut, stationed on the border with Algeria; "
         "the LNA denies any intent to enter Ghadames and says the columns will return to Sabha (planned withdraw); "
         "Zintan's conditional massing in Derj. Dateline 'طرابلس الغرب' and the Council's seat are Tripoli (Libya); "
         "Tripoli and Akkar in the Beirut paragraph are in Lebanon; 'محمد الغدامسي', 'إدريس الفيتوري' and the paper's "
         "name 'اللواء' are traps.",
 "qay5": "HoR decision on the Sudan border: a planned airlift Benina base→Kufra airport and a planned deployment on the "
         "border with Sudan; a conditional advance toward Jebel Uweinat; a reported LNA deployment Kufra→Maaten "
         "al-Sarra base ('300 km to the south-west', a direction, is a trap); a denied arms shipment Kufra→Darfur. "
         "Port Sudan dateline, Benghazi venue, the border triangle and Cairo in the background are no movement places; "
         "'كامل إدريس' contains Idri.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qay1", "qay2", "qay3", "qay4", "qay5")
