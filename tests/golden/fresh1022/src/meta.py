# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 # Benghazi and the plain
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                 # G
 # Al-Marj and the Jebel Akhdar
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "marj_mun": ("district", "LY", 32.49257, 20.82909, "Al Marj municipality"),            # G* (town row, written بلدية المرج)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "qasr_libya": ("town", "LY", 32.63333, 21.41667, "Qasr Libya"),                        # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا, Sūsah)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 # Derna and Tobruk
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.77000, 22.64800, "Port of Derna"),                 # G
 "wadi_derna": ("region", "LY", 32.73000, 22.61000, "Wadi Derna"),                      # K
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martubah"),                             # G
 "makhili": ("town", "LY", 32.16005, 22.27845, "Mukhayla"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "amsaad_town": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                           # G
 "border_ly_eg": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, at Amsaad)"),  # K
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 # Ajdabiya, Jalu, Kufra and the south-east
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا, also for اجدابيا)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "south_east": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.97, 24.85, "Jebel Uweinat (Libyan side)"),              # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),            # G* (row الحدود الليبية السودانية)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
}

TRAPS = {
 "qmk1": ["قناة برقة", "الليبية", "خليفة حفتر", "الطبرقي", "الجالونات", "السودانية",
          "بنينا جيشاً", "عملية الكرامة", "الجيش الوطني الليبي"],
 "qmk2": ["أخبار بنغازي", "ابن حارثة", "ليبية", "مصرية", "منطقة طبرق العسكرية", "الجيش المصري"],
 "qmk3": ["روسية", "إذاعة المرج المحلية", "من المرجح", "روسيتين", "الفيلق الأفريقي", "ليبية", "روسي",
          "عملية الكرامة"],
 "qmk4": ["إذاعة درنة المحلية", "مجلس شورى مجاهدي درنة", "الدرناوي", "غرفة عمليات عمر المختار"],
 "qmk5": ["إذاعة الجبل الأخضر", "الجيش السوداني", "تشاديين", "جامعة عمر المختار", "الأسلحة البيضاء"],
}

PHEN = {
 "qmk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qmk2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qmk3": ["multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "town_vs_district",
          "coverage_bases"],
 "qmk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "vague_area", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmk5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmk1": [
  mv("redeploy", "reported", LNA, ["بنغازي"], ["أجدابيا"]),
  mv("deploy", "planned", LNA, ["أجدابيا"], ["جالو"]),
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["جبل العوينات"]),
  mv("withdraw", "denied", LNA, ["الكفرة"]),
 ],
 "qmk2": [
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("deploy", "planned", LNA, ["طبرق"], ["منفذ امساعد"]),
  mv("withdraw", "denied", LNA, ["امساعد"], ["طبرق"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["طبرق"], ["المخيلي"]),
  mv("redeploy", "conditional", LNA, ["طبرق"], ["الجغبوب"]),
  mv("mobilise", "reported", "Egyptian army", [], ["السلوم"]),
 ],
 "qmk3": [
  mv("redeploy", "reported", LNA, ["الرجمة"], ["المرج"]),
  mv("deploy", "planned", LNA, ["المرج"], ["توكرة"]),
  mv("redeploy", "conditional", LNA, ["المرج"], ["البيضاء"]),
  mv("shipment", "reported", LNA, ["ميناء بنغازي"], ["قاعدة الخادم"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة الخادم"]),
 ],
 "qmk4": [
  mv("redeploy", "reported", LNA, ["طبرق"], ["درنة"]),
  mv("withdraw", "reported", LNA, ["درنه"], ["بنغازي"]),
  mv("deploy", "planned", LNA, ["درنة"], ["القبة", "مرتوبة"]),
  mv("redeploy", "conditional", LNA, ["بنغازي"], ["درنة"]),
  mv("advance", "denied", None, [], ["وادي درنة"]),
 ],
 "qmk5": [
  mv("airlift", "reported", LNA, ["مطار الأبرق"], ["مطار الكفرة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["البيضاء"], ["جالو", "أجدابيا"]),
  mv("shipment", "reported", LNA, ["أجدابيا"], ["الكفرة"]),
  mv("reinforce", "conditional", LNA, ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("advance", "denied", "Chadian armed groups", ["تيبستي"], ["ربيانة"]),
  mv("withdraw", "denied", LNA, ["شحات", "سوسة"]),
 ],
}

NOTES = {
 "qmk1": "Barqa TV (whose name holds Cyrenaica) reads a General Command statement from Benghazi: the 155th Infantry "
         "Battalion Benghazi→Ajdabiya (reported redeploy), a planned company Ajdabiya→Jalu, a 106th Brigade column "
         "Benghazi→Kufra via Ajdabiya (spelled اجدابيا) and Jalu, a conditional airlift Benina air base→Kufra airport, "
         "RSF gunmen massing near Jebel Uweinat (Sudanese armed groups) and a denied pull-out of Subul al-Salam from "
         "Kufra (no destination); the border with Sudan (purpose), the border triangle (condition), Karama's launch "
         "from Benghazi, the Oil Crescent, distances and Egypt/Sudan/Chad are not movement places; «الطبرقي», "
         "«الجالونات» and «بنينا جيشاً» hold place names.",
 "qmk2": "Akhbar Benghazi (whose name holds Benghazi): a landing ship Benghazi port→Tobruk port with the 302nd "
         "Battalion (naval_landing), a planned move Tobruk→the Amsaad crossing, a denied pull-out Amsaad→Tobruk, "
         "an ammunition and fuel convoy Benghazi→Tobruk via Al-Makhili (shipment), a conditional company Tobruk→"
         "Jaghbub and Egyptian border guards massing near Sallum; the Tobruk Military Region is a command name, the "
         "border with Egypt only locates the crossing, the drivers' protests and the trade route are no moves.",
 "qmk3": "Al-Marj local radio: a 73rd Brigade battalion Al-Rajma→Al-Marj (Benghazi only locates Al-Rajma), a planned "
         "company Al-Marj→Tocra, a conditional move Al-Marj→Al-Bayda («لن تغادر ... إلا إذا»), a fuel and spares "
         "shipment Benghazi port→Al-Khadim air base and a denied Russian airlift Jufra air base→Al-Khadim; «من المرجح» "
         "holds Al-Marj, Qasr Libya holds Libya, grain trucks from Benghazi and the municipality are not moves.",
 "qmk4": "Derna local radio: the 276th Battalion Tobruk→Derna (reported redeploy), the Saiqa units leaving Derna "
         "(spelled درنه) for Benghazi (reported withdraw), a planned company Derna→Al-Qubbah and Martuba, the Saiqa's "
         "conditional return (Benghazi→Derna, origin by anaphora) and a denied infiltration into Wadi Derna by "
         "remnants of the Derna Mujahideen Shura Council (actor null); the 2018 capture, storm Daniel, building "
         "materials shipped from Egypt and Turkey to Derna port and distances are not moves.",
 "qmk5": "Al-Jabal Al-Akhdar radio from Al-Bayda: an Il-76 airlift Al-Abraq airport→Kufra airport, the outgoing "
         "rotation's planned return Kufra→Al-Bayda via Jalu and Ajdabiya, a supply convoy Ajdabiya→Kufra (shipment), "
         "a conditional company Kufra→Maaten al-Sarra base, a denied Chadian infiltration Tibesti→Rebiana and a "
         "denied LNA pull-out from Shahhat and Susa (Libyan Susa, not Tunisian Sousse); the border with Sudan is "
         "only the condition, «الأسلحة البيضاء» holds Al-Bayda, the radio's name holds the Jebel Akhdar.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmk1", "qmk2", "qmk3", "qmk4", "qmk5")
