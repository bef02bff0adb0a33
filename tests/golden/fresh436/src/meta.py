# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # capitals and big cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row spelled خرطوم)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                        # G* (row spelled بورتسودان)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G* (city row spelled نجامينا)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                       # G
 # Libya: east and south-east
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "maaten_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),        # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (row قاعدة طبرق البحرية)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "amsaad": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G (row spelled امساعد)
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                      # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 # Egypt
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "sallum_port": ("crossing", "EG", 31.594, 25.060, "Sallum land port"),                 # K
 "sallum_harbour": ("crossing", "EG", 31.562, 25.160, "Port of Sallum"),                # K
 "border_eg_ly": ("region", "EG", 31.2, 25.1, "Egypt-Libya border (Egyptian side)"),    # K
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "ras_el_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),             # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),        # G
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                    # G* (airport row)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "aswan": ("city", "EG", 24.09082, 32.89942, "Aswan"),                                  # G
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),      # G* (row غرب مصر)
 "border_eg_sd": ("region", "EG", 22.15, 28.70, "Egypt-Sudan border (Egyptian side, Oweinat sector)"),  # K
 # Sudan
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "dabba": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                    # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "merowe": ("town", "SD", 18.48330, 31.81670, "Merowe"),                                # G
 "merowe_airport": ("airport", "SD", 18.443, 31.843, "Merowe Airport"),                 # K
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                        # G* (row spelled وادى حلفا)
 "wadi_seidna": ("base", "SD", 15.82, 32.52, "Wadi Seidna Air Base"),                   # K
 "border_sd_eg": ("region", "SD", 21.99850, 31.34576, "Sudan-Egypt border (Sudanese side)"),  # G* (row الحدود السودانية المصرية)
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 # Chad
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                             # G* (row spelled تيني)
}

TRAPS = {
 "pv1": ["القاهرة 24", "الجيش الوطني الليبي", "المنطقة الغربية العسكرية", "خالد السلومي", "سوداني", "مصري", "ليبية"],
 "pv2": ["السوداني", "قوات الدعم السريع", "القيادة العامة للجيش الوطني الليبي", "القوة المشتركة لحركات الكفاح المسلح",
         "آدم الإدريسي", "الطيب الحلفاوي", "قيادة المنطقة الشمالية", "الدعم المالي", "الليبية"],
 "pv3": ["الدستور", "شارع الإسكندرية", "الجيش الوطني الليبي", "الاتجاه الاستراتيجي الغربي", "المصرية", "الليبية",
         "يونانية"],
 "pv4": ["التيار", "قوات الدعم السريع", "القوة المشتركة", "كتيبة سبل السلام", "الجيش الليبي", "لا أدري",
         "عبد الفتاح البرهان", "السودانية", "التشادي"],
 "pv5": ["صدى البلد", "قوات الدعم السريع", "الجيش الوطني الليبي", "السرير", "المصرية"],
}

PHEN = {
 "pv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "pv2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours",
         "countries"],
 "pv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "pv4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "pv5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, EGY, SUD = "Libyan National Army", "Egyptian army", "Sudanese armed groups"

MOVES = {
 "pv1": [
  _m("reinforce", "reported", LNA, ["أجدابيا"], ["الكفرة"], ["جالو", "حقل السرير"]),
  _m("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  _m("reinforce", "reported", EGY, [], ["منفذ السلوم البري"]),
  _m("withdraw", "denied", EGY, ["السلوم"], ["مرسى مطروح"]),
  _m("reinforce", "conditional", EGY, [], ["شرق العوينات"]),
 ],
 "pv2": [
  _m("advance", "reported", SUD, ["وادي هور"], ["المثلث الحدودي"]),
  _m("shipment", "reported", SUD, ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  _m("airlift", "denied", LNA, ["مطار الكفرة"], ["نيالا"]),
  _m("mobilise", "planned", SUD, [], ["الدبة"]),
  _m("reinforce", "conditional", None, ["مروي"], ["وادي حلفا"]),
 ],
 "pv3": [
  _m("naval_landing", "reported", EGY, ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
  _m("redeploy", "reported", EGY, ["سيدي براني"], ["السلّوم"]),
  _m("deploy", "planned", LNA, ["طبرق"], ["أمساعد", "منفذ امساعد"]),
  _m("naval_landing", "denied", EGY, [], ["ميناء طبرق"]),
  _m("mobilise", "conditional", EGY, [], ["مرسى مطروح"]),
 ],
 "pv4": [
  _m("airlift", "reported", None, ["قاعدة وادي سيدنا الجوية"], ["مطار مروي"]),
  _m("advance", "reported", SUD, ["الدبة"], ["كرب التوم"]),
  _m("withdraw", "denied", SUD, ["المثلث الحدودي"], ["المالحة"]),
  _m("deploy", "planned", LNA, ["الكفره"], ["قاعدة معطن السارة", "الحدود مع السودان"]),
  _m("redeploy", "conditional", None, ["أم جرس"], ["الطينة"]),
 ],
 "pv5": [
  _m("reinforce", "reported", EGY, ["الخارجة"], ["شرق العوينات"]),
  _m("airlift", "conditional", EGY, ["أسوان"], ["مطار شرق العوينات"]),
  _m("shipment", "denied", SUD, ["الكفرة"], ["السودان"]),
  _m("withdraw", "reported", LNA, ["جبل العوينات"], ["الكفرة"]),
  _m("advance", "planned", LNA, ["تازربو"], ["المثلث الحدودي"]),
 ],
}

NOTES = {
 "pv1": ("Cairo 24 (Cairo): LNA column Ajdabiya->Kufra via Jalu and the Sarir field (reported), a planned Benina->Kufra "
         "airport airlift, an Egyptian border-guard company to the Sallum land port (reported; headline retells it), a "
         "denied Egyptian pull-back Sallum->Marsa Matruh and a conditional Egyptian reinforcement of East Oweinat; Cairo "
         "as dateline/speaker, the commander's inspection tour and the Kufra mayor's quote are not movements."),
 "pv2": ("Al-Sudani (Port Sudan): RSF advance Wadi Howar->the border triangle (reported; headline retells it), an RSF "
         "supply convoy Kufra->Al Malha via Jebel Uweinat (reported), the LNA's denied Kufra airport->Nyala airlift, the "
         "Joint Force's planned massing in Al Dabbah and the Sudanese army's conditional Merowe->Wadi Halfa reinforcement; "
         "Karb al-Tom (past control), the Egypt border (condition) and the Djibouti summit are not movement places."),
 "pv3": ("Al-Dostor (Marsa Matruh): Egyptian marines landed at Sallum port from Ras el-Tin base (reported), border guards "
         "Sidi Barrani->Sallum (reported), an LNA battalion Tobruk->Amsaad and its crossing (planned), a denied Egyptian "
         "landing at Tobruk port and a conditional Egyptian build-up in Marsa Matruh; a Greek tanker Hariga->Alexandria "
         "and traffic through the Sallum land port are civilian, not movements."),
 "pv4": ("Al-Tayar (Khartoum): a Sudanese army airlift Wadi Seidna air base->Merowe airport (reported; headline retells "
         "it), a Joint Force advance Al Dabbah->Karb al-Tom (reported), the RSF's denied pull-back triangle->Al Malha, "
         "a planned Subul al-Salam deployment Kufra->Maaten al-Sarra base and the Sudan border, and a conditional "
         "Chadian army move Amdjarass->Tine; Burhan's visit to Merowe and the Algiers meeting are not movements."),
 "pv5": ("Sada El Balad (Kharga): an Egyptian reinforcement Kharga->East Oweinat (reported; headline retells it), a "
         "conditional commando airlift Aswan->East Oweinat airport, a denied RSF fuel/ammunition run Kufra->Sudan, an "
         "LNA pull-back Jebel Uweinat->Kufra («إلى المدينة», reported) and a planned LNA push Tazirbu->the triangle; "
         "the Western Desert, the Sudan border, Darfur and the wounded soldier in Kharga hospital are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pv1", "pv2", "pv3", "pv4", "pv5")
