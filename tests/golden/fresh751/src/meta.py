# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 # qby1 Zawiya (Al-Quds Al-Arabi)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (city row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qby2 Kufra (Monte Carlo Doualiya)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G
 # qby3 Misrata and Tawergha (Ammon News)
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata_port": ("crossing", "LY", 32.365, 15.210, "Port of Misrata (Qasr Ahmad)"),    # K
 # qby4 Wadi al-Shati, Ubari and Sharara (Sada El-Balad)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qby5 Ras Ajdir, Zuwara and the Tunisian south (Al-Ayam)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.090, "Port of Zuwara"),                   # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.65, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),       # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
}

TRAPS = {
 "qby1": ["القدس العربي", "عبد السلام الزاوي", "الفساد المالي", "اللبنانية", "الأمن العام اللبناني", "عملية بركان الغضب"],
 "qby2": ["مونت كارلو الدولية", "الجالوي", "صالح الإدريسي", "القيادة العامة للجيش الوطني الليبي", "سودانية",
          "قوات الدعم السريع", "الأنباء السارة"],
 "qby3": ["عمون", "لواء المحجوب", "السنوات الخمس", "أحمد معيتيق", "السفارة التركية"],
 "qby4": ["صدى البلد", "الجيش الوطني الليبي", "إدريس المقرحي", "الجديد", "تشادي", "نزاع داخلي ليبي"],
 "qby5": ["الأيام", "قوة حماية طرابلس", "رد الجميل", "وزارة الدفاع التونسية", "الجيش التونسي", "تونسيون",
          "مصادر أمنية ليبية"],
}

PHEN = {
 "qby1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_oil", "countries"],
 "qby2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qby3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_crossings", "countries"],
 "qby4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qby5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qby1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مصفاة الزاوية"]),
  mv("advance", "conditional", "Misrata forces", ["مصراته"], ["الزاوية"]),
  mv("reinforce", "denied", "GNA forces", [], ["صرمان"]),
 ],
 "qby2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("withdraw", "planned", "Libyan National Army", ["ربيانة"], ["الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["جالو"], ["الكفرة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مثلث العوينات"]),
 ],
 "qby3": [
  mv("withdraw", "reported", "Misrata forces", ["تاورغاء"], ["مصراتة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["تاورغاء"], ["زليتن"]),
  mv("advance", "conditional", "Misrata forces", [], ["تاورغاء"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
 "qby4": [
  mv("deploy", "reported", "Libyan National Army", ["براك"], ["إدري"]),
  mv("redeploy", "reported", "Libyan National Army", ["اوباري"], ["قاعدة تمنهنت"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("shipment", "conditional", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
 "qby5": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("withdraw", "planned", "GNA forces", ["معبر رأس اجدير"], ["زوارة"]),
  mv("redeploy", "denied", "GNA forces", ["قاعدة الوطية"], ["الجميل"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
}

NOTES = {
 "qby1": "Military prosecutor's arrest warrant in Zawiya: a GNA force Tripoli→Zawiya via Janzour (the refinery in the "
         "charges is not a movement place there), a planned coast-guard landing of military police Tripoli port→the "
         "Zawiya refinery quay, the Misrata Joint Force's conditional advance Misrata (spelt مصراته)→Zawiya if the "
         "wanted man defies the court, and a denied reinforcement to Surman. Tripoli (Lebanon) and Libya are only "
         "background; the Zawiya municipality is only a speaker; 'Abd al-Salam al-Zawi' is a person.",
 "qby2": "LNA military police airlifted Benina base→Kufra airport to arrest a commander, a planned pull-out of a company "
         "Rebiana→Kufra, the 128th's conditional reinforcement Jalu→Kufra if the court's rulings are obstructed, and "
         "a denied RSF massing in the Uweinat triangle ('300 km east of Maaten al-Sarra base' is a distance "
         "reference). Benghazi = dateline and court venue; the Sudan border only in the charges; Ajdabiya only a road "
         "end in a quote; 'al-Jalawi', 'al-Idrisi' are persons and 'الأنباء السارة' is 'the good news'.",
 "qby3": "Trial in Misrata's military court: Joint Force brigades withdrew Tawergha (headline تاورغا)→Misrata, a GNA "
         "force planned Tripoli→Tawergha via Zliten, the brigades' conditional return to Tawergha if the court's "
         "ruling is defied, and a denied Turkish arms shipment to Misrata port. Tripoli is also the embassy's seat and "
         "Benghazi the seat of the General Command (not movement places); 'Liwa al-Mahjoub' is a brigade name.",
 "qby4": "LNA arrest of the Sharara guard commander: a force Brak→Idri (in Wadi al-Shati, a locator only), the "
         "brigade redeployed Ubari (spelt اوباري)→Tamanhint base, a planned airlift of military police Jufra air "
         "base→Sabha airport, a conditional ammunition/fuel shipment Sabha→Sharara field if the field is shut again, "
         "and a denied Chadian (CCMSR) massing in Al-Qatrun ('300 km from the border with Niger' is a distance "
         "reference). Benghazi = prosecutor's seat, Sabha = dateline and place of detention, Algiers = where the "
         "accused had been; 'Idris al-Maqrahi' is a person.",
 "qby5": "In-absentia sentence of the Ras Ajdir force commander: GNA naval boats landed military police Tripoli "
         "port→Zuwara port, a planned pull-out of border guards from the Ras Ajdir crossing to Zuwara, a denied "
         "redeployment Al-Watiya base→Al-Jumayl ('رد الجميل' is a common phrase), and a conditional Tunisian "
         "reinforcement Tataouine→Dehiba if tension spreads to the Wazin crossing (condition only). Tunis = dateline, "
         "Tripoli = court seat, Ben Gardane and Sabratha background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qby1", "qby2", "qby3", "qby4", "qby5")
