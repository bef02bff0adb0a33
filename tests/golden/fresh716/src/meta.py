# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "jifara": ("region", "LY", 32.51012, 13.02794, "Jafara plain"),                        # G* (district row الجفارة)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hasawna": ("region", "LY", 28.10, 13.75, "Jabal al-Hasawna well fields"),             # K
 "sarir_wf": ("region", "LY", 27.30, 22.30, "Sarir well field (Man-Made River)"),       # K
 "tazirbu_wf": ("region", "LY", 25.85, 21.30, "Tazirbu well field (Man-Made River)"),   # K
 # qap1 Jabal al-Hasawna (Al-Quds Al-Arabi)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif municipality"),   # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qap2 Tazirbu and the eastern line (Sada El Balad)
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row الزويتينة)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "sarir_oil": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                # G
 # qap3 the Sarir wells and the Sudanese border (Al-Sudani)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"), # G* (row مثلث العوينات)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "border_sd_ly": ("region", "SD", 20.8, 25.4, "Sudan-Libya border (Sudanese side)"),    # K
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G
 # qap4 the coastal line near Bin Jawad (Al-Liwaa)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "central_ly": ("region", "LY", 26.33899, 17.22077, "Central Libya"),                   # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا (Akkar))
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "brega_port": ("oilfield", "LY", 30.42, 19.58, "Marsa el Brega port and oil terminal"),  # K
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "misrata_port": ("crossing", "LY", 32.37, 15.21, "Port of Misrata (Qasr Ahmad)"),      # K
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 # qap5 Ash Shwayrif and the Jafara end (QNA)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون; README: point near Hun/Waddan)
 "tripoli_center": ("district", "LY", 32.88743, 13.18733, "Tripoli Central municipality"),  # G* (city row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qap1": ["القدس العربي", "جهاز تنفيذ وإدارة مشروع النهر الصناعي", "إدريس الفيتوري", "القيادة العامة للجيش الوطني الليبي",
          "قبيلة الحساونة", "الليبية"],
 "qap2": ["صدى البلد", "بوابة الوسط", "كتيبة سبل السلام", "مالي", "الجيش الليبي", "ليبية", "سودانيين"],
 "qap3": ["السوداني", "كتيبة سبل السلام", "القوة المشتركة لحركات الكفاح المسلح", "آدم إدريس", "قوات الدعم السريع",
          "الليبية", "سودانية"],
 "qap4": ["اللواء", "بوابة إفريقيا الإخبارية", "القيادة العامة للجيش الوطني الليبي", "السرتي", "السنوات الخمس", "لبنانيون", "لبنانيين"],
 "qap5": ["قنا", "سالم الشويرفي", "القيادة العامة للجيش الوطني الليبي", "الليبية"],
}

PHEN = {
 "qap1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "coverage_bases"],
 "qap2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qap3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qap4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
          "countries"],
 "qap5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qap1": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["جبل الحساونة"]),
  mv("redeploy", "planned", "Libyan National Army", ["هون"], ["براك"]),
  mv("advance", "conditional", "GNA forces", ["الشويرف"], ["الحساونة"]),
  mv("withdraw", "denied", "Libyan National Army", ["الحساونة"], ["سبها"]),
 ],
 "qap2": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["بنغازي"], ["أجدابيا"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["حقل السرير"], ["الحدود مع السودان"]),
 ],
 "qap3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["السرير"], ["المثلث الحدودي"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["السرير"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الحدود مع ليبيا"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["جبل العوينات"]),
 ],
 "qap4": [
  mv("deploy", "reported", "Libyan National Army", ["سرت"], ["بن جواد"], ["هراوة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البريقة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة القرضابية"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("shipment", "denied", "Misrata forces", ["ميناء مصراتة"], ["الوشكة"]),
 ],
 "qap5": [
  mv("deploy", "reported", "GNA forces", ["مزدة"], ["الشويرف"], ["القريات"]),
  mv("redeploy", "planned", "GNA forces", ["طرابلس"], ["غريان"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["القريات"]),
  mv("shipment", "denied", "Libyan National Army", ["الجفرة"], ["الشويرف"]),
 ],
}

NOTES = {
 "qap1": "Sabotage of the Jabal al-Hasawna wells: LNA reinforcements Brak air base→Jabal al-Hasawna, a planned company "
         "Hun→Brak to refill the base, the GNU's river-protection patrols at Ash Shwayrif that will advance to Hasawna "
         "only if asked (conditional), and a denied pull-out of the well guards Hasawna→Sabha. Tripoli and the Jafara "
         "plain (water cut), Wadi al-Shati (locator), Idri (home of the accused group), Ash Shwayrif municipality and "
         "Fezzan are not movement places; قبيلة الحساونة (a tribe) and إدريس الفيتوري (a person) are traps.",
 "qap2": "Protesters close the Tazirbu valves: Subul al-Salam (LNA) 30 vehicles Kufra→Tazirbu, a planned landing "
         "Benghazi port→Zueitina port, a conditional reinforcement Benghazi→the Ajdabiya reservoir, and a denied "
         "infiltration of Sudanese gunmen across the border with Sudan to the Sarir oil field. Cairo is dateline and "
         "metonym, Sirte only the end of the water line, the Sarir/Tazirbu well fields (background) and Egypt are not "
         "movement places; the Tazirbu municipality is a speaker.",
 "qap3": "Sudanese gunmen withdraw from the Sarir well fields to the Libya-Egypt-Sudan triangle, Subul al-Salam deploys "
         "Kufra→the Sarir fields (Tazirbu only the road's end), a planned airlift Benina→Kufra airport, the Darfur joint "
         "force's conditional advance to the border with Libya (North Darfur is the speaker's place, not an origin), and "
         "a denied RSF massing at Jebel Uweinat. Port Sudan, Khartoum, Chad and south-eastern/southern Libya are not "
         "movement places.",
 "qap4": "A bomb on the coastal Ajdabiya-Sirte water line west of Bin Jawad: an LNA company Sirte→Bin Jawad via Harawa, "
         "marines landed from Tobruk naval base at Brega port, a planned airlift Benina→Gardabya base (Sirte only a "
         "locator), a conditional Misrata massing in Abu Qurayn and a denied ammunition shipment Misrata port→Al-Washka. "
         "Tripoli (Lebanon) and Akkar are the engineers' home towns, Brega their lodging, Beirut the dateline, Tripoli "
         "(Libya) the government's seat: none is a movement place.",
 "qap5": "QNA: a GNU force Mizda→Ash Shwayrif via Al-Qaryat reopens the closed valves (the gunmen's own withdrawal names "
         "no place and no canonical actor), a planned battalion Tripoli→Gharyan, Zintan's conditional advance to "
         "Al-Qaryat, and the LNA's denied arms shipment Al-Jufra→Ash Shwayrif. Tripoli as water-cut city and Tripoli "
         "Central municipality, the Jafara plain, Algeria and Algiers are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qap1", "qap2", "qap3", "qap4", "qap5")
