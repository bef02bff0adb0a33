# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                     # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                       # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                      # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                     # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                      # G
 # west: Tripoli, the Jafara and the Phase II line
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                    # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                                    # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                       # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                              # G (also spelled الشويريف)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                    # G
 "mizda_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),                  # G* (town row)
 "khums_port": ("crossing", "LY", 32.64861, 14.26191, "Al Khums port"),                       # G* (town row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),             # G* (row منفذ رأس جدير)
 "jafara": ("region", "LY", 32.51012, 13.02794, "Jafara plain"),                              # G* (district row, as region)
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                           # G
 # Fezzan and the Jabal Hasawna wellfields
 "hasawna": ("region", "LY", 27.75, 13.40, "Jabal Hasawna"),                                  # K
 "hasawna_wells": ("oilfield", "LY", 27.75, 13.40, "Jabal Hasawna wellfields (GMMR)"),        # K (water wellfield)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                          # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                          # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                       # G* (row قاعدة تمنهنت)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                          # G* (row جنوب ليبيا)
 # east and south-east: Tazirbu, Sarir, Kufra
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                             # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                        # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),                # G* (row برقة)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                  # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                        # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),                 # G* (town row)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                     # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                          # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                        # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                     # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                    # G
 "tazirbu_wells": ("oilfield", "LY", 25.45, 21.30, "Tazirbu wellfield (GMMR)"),               # K (water wellfield)
 "sarir_wells": ("oilfield", "LY", 27.10, 22.30, "Sarir wellfield (GMMR)"),                   # K (water wellfield)
 "sarir_oil": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                                 # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),       # G* (row مثلث العوينات)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),       # G* (row الحدود الليبية السودانية)
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                          # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                    # G
 # Egyptian side
 "border_eg": ("region", "EG", 30.50, 25.10, "Egypt-Libya border (Egyptian side)"),           # K
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),                   # G* (row منفذ امساعد, country EG)
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                        # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                                 # G* (row spelled آمستردام)
}

TRAPS = {
 "sz1": ["الراي", "الطرابلسي", "فندق الودان", "مشروع النهر الصناعي", "الليبية", "التركية"],
 "sz2": ["راديو دبنقا", "حركة تحرير السودان - المجلس الانتقالي", "دارفوري", "السودانيين", "سوداني", "السودانية",
         "قوات الدعم السريع"],
 "sz3": ["صدى البلد", "ليبيا الحدث", "الفزاني", "السريرية", "الجيش الوطني الليبي", "الجيش الليبي", "المصريين"],
 "sz4": ["قناة التناصح", "الغرياني", "شارع طرابلس", "ما ادري"],
 "sz5": ["رصيف22", "النهر العظيم", "تشاديين", "الأوجلي", "سرير حديدي"],
}

PHEN = {
 "sz1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area", "coverage_bases",
         "coverage_crossings", "countries"],
 "sz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "sz3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "countries", "ambiguity_country_capital", "vague_area", "border_phrase",
         "coverage_crossings", "coverage_oil", "coverage_neighbours"],
 "sz4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sz5": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_oil", "countries", "coverage_neighbours", "town_vs_district", "ambiguity_idri"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "sz1": [
  mv("deploy", "reported", LNA, ["براك الشاطئ"], ["حقول آبار جبل الحساونة"]),
  mv("withdraw", "denied", LNA, ["الشويرف"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["غريان"]),
  mv("advance", "conditional", GNA, [], ["الشويرف"], ["مزدة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة تمنهنت الجوية"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
 "sz2": [
  mv("deploy", "reported", "Sudanese armed groups", ["الكفرة"], ["حقل آبار السرير"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["تازربو"]),
  mv("deploy", "planned", LNA, ["الكفرة"], ["حقول آبار تازربو"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["الكفرة"]),
  mv("withdraw", "reported", LNA, ["بزيمة"], ["الكفرة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["حقل آبار السرير"], ["شمال دارفور"], ["المثلث الحدودي"]),
  mv("shipment", "denied", None, ["الكفرة"], ["دارفور"]),
 ],
 "sz3": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "reported", LNA, ["أجدابيا"], ["حقل آبار السرير"], ["أوجلة", "جالو"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "denied", LNA, ["أجدابيا"], ["البريقة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["تازربو"]),
  mv("reinforce", "conditional", LNA, ["بنغازي"], ["تازربو"]),
 ],
 "sz4": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مزدة"], ["غريان"]),
  mv("withdraw", "reported", None, ["الشويريف"], ["مزدة"]),
  mv("advance", "conditional", GNA, ["مزدة"], ["الشويريف"]),
  mv("advance", "denied", LNA, ["براك"], ["الشويريف"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["ترهونة"]),
 ],
 "sz5": [
  mv("redeploy", "reported", LNA, ["سبها"], ["جبل الحساونة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["الحساونة"]),
  mv("redeploy", "planned", LNA, ["حقل السرير"], ["حقل آبار السرير"]),
  mv("airlift", "reported", LNA, ["الكفرة"], ["تازربو"]),
  mv("withdraw", "conditional", LNA, ["الحساونة"], ["سبها"]),
 ],
}

NOTES = {
 "sz1": "Al-Rai (Kuwait) wire-style report: valves shut at the Jabal Hasawna control station. LNA company Brak al-Shati→"
        "the Hasawna wellfields (reported), a denied guard pull-out from the Ash Shwayrif pumping station, a planned GNU "
        "Interior force Tripoli (written «العاصمة»)→Gharyan, a conditional 444 Brigade advance on Ash Shwayrif via Mizda "
        "(«إذا لم تُفتح الصمامات»), a past ammunition shipment Benghazi→Tamanhint air base, and a tail item: a Turkish "
        "landing ship Mersin→Al-Khums port (Tripoli is only the beneficiary). Precision: water flowing Hasawna→Gharyan/"
        "Tarhuna, technicians flying Tripoli→Sabha, municipal water tankers, the minister at the Al Waddan hotel, the "
        "spokesman al-Trabelsi, the sabotage denial and the Tripoli speaker are not movements or places.",
 "sz2": "Radio Dabanga (Amsterdam) on Darfuri fighters in the Libyan south-east: Sudanese fighters Kufra→the Sarir "
        "wellfield (reported; the Kufra–Jalu road is a locator, not a via), the faction massing more fighters in Kufra, a "
        "Darfur movement's denial of any move to Tazirbu, a planned Subul al-Salam company Kufra→the Tazirbu wellfields, "
        "a past patrol pull-back Buzayma→Kufra, a conditional return to North Darfur via the border triangle («فور تسلّم "
        "مستحقاتهم»), and Sudan's accusation of arms shipments Kufra→Darfur that the LNA denies. Precision: the source in "
        "Kufra, the Kufra–Ajdabiya trucking line, refugees across the border with Sudan, pipeline water to Ajdabiya and "
        "Benghazi, «أي موقع آخر داخل ليبيا» are not movement places.",
 "sz3": "Sada El Balad (Egypt) on LNA protection of the eastern wellfields: an airlift Benina air base→Kufra airport, "
        "a Tariq bin Ziyad reinforcement Ajdabiya→the Sarir wellfield via Awjila and Jalu, a naval landing Benghazi→Brega "
        "port, a denied pull-out of the Ajdabiya reservoir guard to Brega, a planned company Kufra→Tazirbu and a "
        "conditional Saiqa move Benghazi→Tazirbu («في حال»). Precision: the Sarir oil field where units already are, an "
        "attempted well bombing and the authority's sabotage denial, Cairo's interest in the border with Libya, Egyptian "
        "engineers crossing at Sallum and working in Benghazi and Derna are not movements.",
 "sz4": "Al-Tanasuh TV (Tripoli): a GNA chief-of-staff force Tripoli→Mizda via Gharyan, the station guards' pull-back "
        "Ash Shwayrif→Mizda (no canonical actor), a conditional advance Mizda→Ash Shwayrif («لن … إلا إذا»), the LNA's "
        "denied advance Brak→Ash Shwayrif («مجرد شائعات»), a planned Misrata company →Tarhuna («من المدينة» = Misrata). "
        "Precision: water tankers, a civilian pump shipment from Tunisia stuck at Ras Ajdir, the pipeline route "
        "Hasawna–Jafara across the Hamada al-Hamra, the mufti al-Ghariani, Tripoli Street in Misrata, «ما ادري» and the "
        "sabotage denial are not movements or places.",
 "sz5": "Raseef22 feature on who guards the river: an LNA battalion Sabha→Jabal Hasawna (reported, January), a denied "
        "mobilisation of Chadian gunmen near Hasawna, a planned Petroleum Facilities Guard unit Sarir oil field→the Sarir "
        "wellfield («حقل آبار المياه»), an airlift of a Subul al-Salam company Kufra→Tazirbu (reported, March) and a "
        "conditional withdrawal Hasawna→Sabha («بمجرد»). Precision: gold prospectors from Chad and Niger, a hostage in "
        "Tripoli, convoys «من هنا» (Brak, no single move), the driver from Idri, water moving underground and the bed in "
        "the control room are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sz1", "sz2", "sz3", "sz4", "sz5")
