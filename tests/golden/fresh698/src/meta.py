# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # zx1 Kufra and the south-east (Qurina)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "tripoint": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G* (row المثلث الحدودي مع تشاد والسودان)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 # zx2 the Green Mountain and the eastern towns (Berniq)
 "jabal": ("region", "LY", 32.02519, 21.79830, "Green Mountain (Jebel Akhdar)"),        # G* (district row, as region)
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G (written درنه)
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "tocra_mun": ("district", "LY", 32.53414, 20.57911, "Tocra municipality"),             # G* (town row)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "susa_port": ("crossing", "LY", 32.89702, 21.96583, "Port of Susa (Apollonia)"),       # G* (town row Sūsah/أبولونيا)
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 # zx3 Al-Jufra, Sirte and the oil crescent (LNA Military Information Division)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "marada": ("town", "LY", 29.22054, 19.20454, "Marada"),                                # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "jufra": ("district", "LY", 29.14, 16.05, "Al Jufra"),                                 # K (point between Hun and Waddan)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G (zx3 exact; zx4 written قاعدة بنينا = G*)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 # zx4 the Fezzan (Radio Benghazi)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (names include براك الشاطئ)
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # zx5 Al-Wahat and the oil fields (Akhbar Benghazi)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "nafoura": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat district"),                  # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G (written اوجلة)
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
}

TRAPS = {
 "zx1": ["قورينا", "الجغبوبي", "سرت في المدينة", "عملية الكرامة", "سوداني"],
 "zx2": ["برنيق", "تحت القبة", "قوة حماية درنة", "المرجاوي"],
 "zx3": ["طارق بن زياد", "محمد الإدريسي", "زلة لسان"],
 "zx4": ["إذاعة بنغازي", "إدريس المقرحي", "اللبناني", "ملعب شهداء بنينا"],
 "zx5": ["أخبار بنغازي", "الأوجلي", "طريح السرير", "الخليج العربي"],
}

PHEN = {
 "zx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zx3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "zx4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zx5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "town_vs_district",
         "coverage_oil"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "zx1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("airlift", "reported", LNA, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "reported", LNA, ["اجدابيا"], ["الكفرة"]),
  mv("withdraw", "denied", LNA, ["تازربو"], ["الكفرة"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع السودان"]),
 ],
 "zx2": [
  mv("redeploy", "reported", LNA, ["المرج"], ["القبة"], ["البيضاء", "شحات"]),
  mv("withdraw", "planned", LNA, ["درنه"], ["طبرق"]),
  mv("naval_landing", "planned", LNA, ["قاعدة طبرق البحرية"], ["ميناء سوسة"]),
  mv("withdraw", "denied", LNA, ["الأبيار"], ["الرجمة"]),
  mv("deploy", "conditional", LNA, [], ["توكرة"]),
 ],
 "zx3": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"], ["مرادة", "زلة"]),
  mv("redeploy", "planned", LNA, ["سرت"], ["هون"]),
  mv("mobilise", "reported", LNA, [], ["إجدابيا"]),
  mv("reinforce", "conditional", LNA, ["إجدابيا"], ["الهلال النفطي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("withdraw", "denied", LNA, ["سوكنة"], ["ودان"]),
 ],
 "zx4": [
  mv("deploy", "reported", LNA, ["سبـها"], ["إدري"], ["براك الشاطئ"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("mobilise", "reported", LNA, [], ["مرزق"]),
  mv("advance", "conditional", LNA, ["مرزق"], ["القطرون"]),
  mv("withdraw", "denied", LNA, ["أوباري"], ["سبها"]),
 ],
 "zx5": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["حقل السرير"], ["أجدابيا", "جالو"]),
  mv("shipment", "planned", LNA, ["الكفرة"], ["حقل السرير"]),
  mv("redeploy", "planned", LNA, ["جالو"], ["حقل النافورة"]),
  mv("withdraw", "denied", LNA, ["اوجلة"], ["أجدابيا"]),
  mv("withdraw", "conditional", LNA, ["حقل مسلة"], []),
 ],
}

NOTES = {
 "zx1": "Qurina brief from Benghazi and Kufra: two 106th Brigade battalions Benghazi→Kufra via Ajdabiya (reported), a "
        "company from them (stationed 'north of the city' = Kufra) planned to Maaten al-Sarra base (the border "
        "triangle is only the road's end), an Al-Khadim→Kufra airport cargo flight, a fuel-and-ammunition convoy "
        "Ajdabiya→'the city' (= Kufra), Subul al-Salam's denied pull-out Tazirbu→Kufra (the 'Tazirbu–Kufra road' where "
        "patrols stay adds no move), and a conditional advance to the border with Sudan (Jebel Uweinat only in the "
        "condition). Sudan as war background, Kufra municipality and the south-east are not movement places.",
 "zx2": "Berniq weekly round-up: the 210th Infantry Battalion Al-Marj→Al-Qubba via Al-Bayda and Shahhat (reported), the "
        "166th planned return Derna (درنه)→its Tobruk base, a planned marine company Tobruk naval base→Susa port, the "
        "73rd Brigade's denied pull-out Al-Abyar→Al-Rajma, a Saiqa company's conditional deployment in Tocra (Tocra "
        "municipality only the condition's requester). Tobruk in 'تحت القبة في طبرق' is the parliament's seat; the "
        "chief of staff's return Tunis→Benina airport is one officer's trip, not a force movement; Libya only in the "
        "5+5 statement; the Amsaad crossing with Egypt only for civilian traffic.",
 "zx3": "LNA Military Information Division bulletin: Tariq bin Ziyad (trap) vanguard Benghazi→Al-Jufra air base via "
        "Marada and Zillah (reported; base commander al-Idrisi a trap), the 155th planned Sirte→Hun (Al-Jufra the "
        "district), the 110th massing in Ajdabiya (إجدابيا, reported) and its conditional push Ajdabiya→the Oil "
        "Crescent, an Il-76 Benina air base→Gardabiya (units 'west of Sirte' = locator), marines landed Benghazi→Ras "
        "Lanuf port, a denied pull-out Sokna→Waddan. Tripoli only as the rival government's seat; Libya only in the "
        "time zone.",
 "zx4": "Radio Benghazi bulletin: Brigade 128 Sabha (سبـها, tatweel)→Idri via Brak al-Shati (reported), a planned airlift "
        "Benina base→Tamanhint base, 40 vehicles massed in Murzuq (reported) and their conditional advance "
        "Murzuq→Al-Qatrun (the border with Niger only in the condition), the 116th's denied pull-out Ubari→Sabha (the "
        "road to Sharara = locator). Flour ships from the Lebanese port of Tripoli and from Algiers to Benghazi port are "
        "civilian cargo; Tripoli (Libya) only for bread prices; Idri inside the commander's name إدريس.",
 "zx5": "Akhbar Benghazi page posts from Ajdabiya: a 152nd Battalion column Benghazi→Sarir field via Ajdabiya and Jalu "
        "(reported), 8 army ammunition trucks planned Kufra→'the field' (= Sarir), a planned company Jalu→Nafoora field, "
        "a denied pull-out Awjila (اوجلة)→Ajdabiya, a conditional withdrawal from the Messla field (no destination). "
        "Ajdabiya hospital, Al-Wahat district as source and the reopened Jalu–Ajdabiya road are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zx1", "zx2", "zx3", "zx4", "zx5")
BAR_IN_TEXT = True  # headlines use a literal "|" (موجز ... |، عاجل |), outside any marker
