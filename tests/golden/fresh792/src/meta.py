# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # the Sirte–Misrata front and the Jufra rear
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sirte_port": ("crossing", "LY", 31.213, 16.585, "Port of Sirte"),                     # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "misrata_port": ("crossing", "LY", 32.355, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "gardabya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),              # G
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README: point near Hun/Waddan)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 # elsewhere in Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # abroad
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
}

TRAPS = {
 "qdn1": ["الليبية", "بوابة الوفد", "المنطقة العسكرية الوسطى", "الجيش الوطني الليبي", "عبد السلام الزنتاني", "مالي",
          "ليبيا الأحرار", "الروسية"],
 "qdn2": ["النزاع الليبي", "شفق نيوز", "الجيش الوطني الليبي", "إدريس المقطوف", "شارع طرابلس", "زلة"],
 "qdn3": ["الأيام", "الجيش الوطني الليبي", "الأشهر الخمسة", "البحرية المصرية", "الجيش المصري", "بوابة الوسط",
          "اللبنانية", "الجيش اللبناني", "ليبياً"],
 "qdn4": ["هبة بريس", "الليبية", "البحرية التركية", "الجيش الوطني الليبي", "خالد السرتي", "الحوار الليبي"],
 "qdn5": ["سبق", "الجيش الوطني الليبي", "بركان الغضب", "إدريس الفيتوري", "السوريين", "السودانيين"],
}

PHEN = {
 "qdn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "town_vs_district", "coverage_bases"],
 "qdn2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "qdn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdn5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdn1": [
  mv("withdraw", "reported", "Misrata forces", ["الوشكة"], ["مصراته"], ["أبو قرين"]),
  mv("withdraw", "planned", "Libyan National Army", ["بويرات الحسون"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة القرضابية"], ["هون"]),
  mv("withdraw", "conditional", "GNA forces", ["أبوقرين"], ["مصراتة"]),
  mv("reinforce", "denied", "Wagner Group", ["الجفرة"], ["قاعدة القرضابية"]),
 ],
 "qdn2": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["الهيشة"]),
  mv("deploy", "reported", "Libyan National Army", ["سرت"], ["الهيشة"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الجفرة"], ["الشويرف"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["بويرات الحسون"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["هراوة"]),
 ],
 "qdn3": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["بويرات الحسون"]),
  mv("naval_landing", "conditional", "Egyptian army", ["مرسى مطروح"], ["ميناء سرت"]),
  mv("shipment", "denied", "GNA forces", ["مصراتة"], ["الوشكة"]),
 ],
 "qdn4": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("airlift", "planned", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
  mv("advance", "denied", "Misrata forces", ["أبو قرين"], ["بويرات الحسون"]),
  mv("redeploy", "conditional", "Libyan National Army", ["سرت"], ["الوشكة"]),
 ],
 "qdn5": [
  mv("reinforce", "denied", "GNA forces", ["مصراتة"], ["الوشكة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["قاعدة القرضابية"]),
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة الخادم"], ["قاعدة الجفرة"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["حقل السرير"], ["الحدود مع السودان"], ["الكفرة"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
 ],
}

NOTES = {
 "qdn1": "5+5 agreement to pull heavy artillery off the front lines: Misrata brigades' reported pull-back Al-Washka→"
         "Misrata (spelt مصراته) via Abu Grein (spelt أبو قرين), a planned LNA artillery pull-back Buwairat al-Hassoun→"
         "Jufra air base via Waddan, an LNA ammunition transfer Gardabiya base→Hun, a GNU member's conditional return "
         "Abu Grein→Misrata (the km-50 gate is only the condition), and a denied Wagner reinforcement Jufra→Gardabiya "
         "base; Sirte is the dateline and venue, Geneva the ceasefire's venue, Harawa only where mines are to be cleared.",
 "qdn2": "Detainee exchange at Al-Hisha: GNA military police Misrata→Al-Hisha and an LNA company escorting the buses "
         "Sirte→the exchange gate (= Al-Hisha); detainees flown Benina airport→Gardabiya airport and returning to "
         "Misrata are not forces (no movement); Idri/Wadi al-Shati is a detainee's home, Tripoli only locates the chief "
         "of staff; a planned LNA unit Jufra base→Ash Shwayrif, a Misrata brigade's conditional advance Abu Grein→"
         "Buwairat al-Hassoun, and a denied LNA massing at Harawa.",
 "qdn3": "Demining around Sirte: LNA engineer teams Benghazi→Sirte via Ajdabiya, two teams planned Sirte→Buwairat "
         "al-Hassoun ('80 km west of the city'), an Egyptian engineer team to be shipped Marsa Matruh→Sirte port only "
         "if the committee approves (the land route via the Amsaad crossing is the route NOT taken, and Cairo only "
         "receives the request), and a denied GNA explosives shipment Misrata→Al-Washka; Tripoli in Lebanon (training "
         "course), the Oil Crescent and Es Sider (mine maps) are not movement places.",
 "qdn4": "Demining near Abu Grein: GNA engineer teams Misrata→Abu Grein via Tawergha, Turkish naval engineers landed "
         "at Misrata port, a planned Turkish cargo flight Al-Watiya base→Misrata airport, the LNA's breach claim of a "
         "Misrata advance Abu Grein→Buwairat al-Hassoun denied by the joint operations room ('km 30 east of Abu Grein' "
         "is a distance reference), and LNA engineers' conditional move Sirte→Al-Washka; Rabat is the dateline, the "
         "neighbours, Tunis and Bouznika are background.",
 "qdn5": "Breach accusations: a GNA reinforcement Misrata→Al-Washka denied, an LNA massing around Gardabiya base shown "
         "by satellite images (reported), Russian cargo flights carrying Syrian fighters Al-Khadim base→Jufra base "
         "(confirmed by the UN), a planned exit of Sudanese fighters from near the Sarir field to the border with Sudan "
         "via Kufra, and Misrata commanders' conditional advance on Sirte (Jufra only in the condition); Tripoli is "
         "dateline and seat of the chiefs of staff, Algiers the ministers' venue.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdn1", "qdn2", "qdn3", "qdn4", "qdn5")
