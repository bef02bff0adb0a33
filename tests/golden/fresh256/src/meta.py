# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                # G
 # vague areas
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),          # G* (row إقليم طرابلس)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                 # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),    # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                               # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                     # G
 # border phrases (side of the country the article stands in)
 "border_eg": ("region", "EG", 31.30, 25.20, "Egyptian side of the border with Libya"),    # K
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libyan side of the border with Sudan"),  # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libyan side of the border with Chad"),   # G* (row الحدود الليبية التشادية)
 # ix1 Egypt's western border
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.565, 25.170, "Sallum port"),                         # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),            # G* (row منفذ امساعد, country EG)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                             # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),               # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),             # G
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                   # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                           # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                       # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G
 "emsaed_mun": ("district", "LY", 31.60968, 25.04999, "Emsaed municipality"),              # G* (town row)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 # ix2 Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "malha": ("town", "SD", 15.13, 26.20, "Al Malha"),                                        # K
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur State"),             # G* (row شمال دارفور)
 "jeddah": ("city", "SA", 21.49012, 39.18624, "Jeddah"),                                   # G
 # ix3 Zawiya and the west
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                 # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                    # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                   # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                         # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),         # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                    # G
 # ix4 Fezzan
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),                # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "sharara_h": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G* (row حقل الشرارة, headline «الشرارة»)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G (row قاعدة تمنهنت)
 "tamanhint_h": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G* (same row, subhead «تمنهنت»)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 # ix5 Turkey and the west coast
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Misrata port (Qasr Ahmed)"),          # K
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                  # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                        # K
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                        # G (row مطار معيتيقة)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                       # G* (row قاعدة الوطية)
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                   # G
}

TRAPS = {
 "ix1": ["المصري اليوم", "العقيد حسن السلومي", "القطاع الغربي", "الجيش المصري", "الأراضي الليبية"],
 "ix2": ["عكاظ", "الجيش الوطني الليبي", "شركة الخليج العربي للنفط"],
 "ix3": ["قناة ليبيا الأحرار", "مصراوي", "من هذه الزاوية", "المجلس العسكري الزنتان", "محمود الزنتاني",
         "الهلال الأحمر", "الجيش التونسي", "الليبية"],
 "ix4": ["الجيش الليبي", "فزان الآن", "العقيد فرج الإدريسي", "مالي", "المعارضة التشادية", "كتيبة طارق بن زياد",
         "قبيل المغرب"],
 "ix5": ["القاهرة 24", "قناة ليبيا الحدث", "شارع طرابلس", "عمليات سرت الجفرة", "محمد الإدريسي", "الدول الخمس",
         "المغربي"],
}

PHEN = {
 "ix1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ix2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ix3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ix4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ix5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ix1": [
  mv("reinforce", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["السلوم"], ["مرسى مطروح", "سيدي براني"]),
  mv("deploy", "planned", "Egyptian army", [], ["منفذ السلوم البري"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد", "طبرق"]),
  mv("naval_landing", "conditional", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء السلوم"]),
 ],
 "ix2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("advance", "denied", "Sudanese armed groups", ["الملحة"], ["الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["الحدود مع السودان"]),
  mv("shipment", "conditional", "Libyan National Army", ["بنغازي"], ["الكفرة"], ["جالو"]),
 ],
 "ix3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "planned", "GNA forces", ["مصفاة الزاوية"], ["الحرشة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["الزاوية"]),
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بن قردان", "معبر رأس اجدير"]),
 ],
 "ix4": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["أوباري"], ["سبها", "جرمة"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الشرارة"], []),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("redeploy", "conditional", "Libyan National Army", ["براك"], ["إدري"]),
  mv("mobilise", "reported", "Chadian armed groups", ["الحدود مع تشاد"], ["أم الأرانب"]),
 ],
 "ix5": [
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("airlift", "denied", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الوطية الجوية"], ["مصراتة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
}

NOTES = {
 "ix1": "Al-Masry Al-Youm-style page (kicker, headline, three subheads, byline, body, «اقرأ أيضاً»): an Egyptian "
        "reinforcement Mohamed Naguib base→Sallum via Marsa Matruh and Sidi Barrani told in the headline, a subhead "
        "and the body (one movement); border guards to take over the Sallum land port (planned); a denied crossing "
        "towards Emsaed and Tobruk; marines at Ras el-Tin to be shipped to Sallum port if threatened (conditional). "
        "Cairo, Alexandria, Siwa, the Emsaed municipality and the headline's «داخل ليبيا» are not movement places.",
 "ix2": "Okaz-style page: an LNA air bridge Benina air base→Kufra airport told in the headline («من بنغازي إلى "
        "الكفرة»), a subhead («مطار الكفره») and the body (one movement); a Subul al-Salam deployment Kufra→Jebel "
        "Uweinat; the RSF's denied advance Al Malha→Kufra; a planned company Tazirbu→the border with Sudan (subhead "
        "and body); a conditional fuel-and-ammunition convoy Benghazi→Kufra via Jalu. Refugees, the oil company's "
        "suspended staff trips to Sarir and the Jeddah dateline are not movements.",
 "ix3": "Masrawy-style page: a GNU General Staff force Tripoli→Zawiya via Janzour and Al-Maya (headline, subhead, "
        "body); the battalion at the refinery to pull back to Al-Harsha within 48 hours (planned); Zintan's denied "
        "massing at Al-Aziziyah; Misrata battalions to come to Zawiya if the truce is broken (conditional); a "
        "Tunisian reinforcement Medenine→Ben Gardane/the Ras Ajdir crossing (subhead «تونس تدفع» and body). Red "
        "Crescent evacuation of families and the Lebanese Tripoli «اقرأ أيضاً» link are not movements.",
 "ix4": "Al-Qabas-style page: an LNA reinforcement Tamanhint air base→Ubari via Sabha and Germa (headline "
        "«يعزز اوباري», subhead «رتل من تمنهنت», body); a denied pull-out from the Sharara field (headline and "
        "body); a planned Benina→Sabha airport airlift (subhead and body); a conditional redeploy Brak→Idri; "
        "Chadian opposition gunmen massing at Umm al-Aranib from the Chad border (subhead and body). Algeria's "
        "alert and the UN call are not movements.",
 "ix5": "Cairo 24-style page: a Turkish cargo ship Mersin→Misrata port with armour (shipment); Turkish marines "
        "landed at Al-Khums port (subhead «تنزل في الخمس» and body); Ankara's denied airlift of Syrian fighters "
        "Istanbul→Mitiga airport; a planned Turkish move Al-Watiya air base→Misrata; the LNA Sirte–Jufra operations "
        "room's conditional advance Sirte→Abu Qurayn. Background Turkish presence in western Libya is not a move.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ix1", "ix2", "ix3", "ix4", "ix5")
