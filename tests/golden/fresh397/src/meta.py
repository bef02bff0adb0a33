# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point / value quoted in fresh51's README (see README "Coordinates not from the
# gazetteer"); G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # capitals / foreign cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G (city row تونس)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G (city row الجزائر)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                     # G
 # regions
 "sw_region": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_ly_dz": ("region", "LY", 30.05, 9.85, "Libya-Algeria border near Ghadames (Libyan side)"),  # K
 "border_dz_ly": ("region", "DZ", 29.90, 9.30, "Algeria-Libya border near Debdeb (Algerian side)"),  # K
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 # oi1 Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil port (terminal)"),     # G* (refinery/terminal row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G* (row قاعدة الوطية)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                 # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 # oi2 Gharyan
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),          # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                          # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                  # G
 # oi3 Tarhuna / Bani Walid
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),            # G* (town row)
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Beni Walid Airport"),              # G
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                      # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # oi4 Mizda / Al-Shwayrif
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif municipality"),    # G* (town row)
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 # oi5 round-up, Ghadames and the Algerian border
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),      # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                   # K (GeoNames value quoted in fresh51)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                    # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),      # G* (town row الدبداب)
}

TRAPS = {
 "oi1": ["المنطقة العسكرية الغربية", "سبوتنيك", "قوة الإسناد الأولى - الزاوية", "محمد الزاوي", "من هذه الزاوية"],
 "oi2": ["فرانس 24", "الليبية", "شارع طرابلس", "المنطقة العسكرية الغربية", "عادل الغرياني"],
 "oi3": ["بي بي سي", "اللواء 444 قتال", "قبائل ورفلة", "الليبي", "محمود الطرابلسي"],
 "oi4": ["لوسيل", "إدريس الشريف", "الجيش الوطني الليبي"],
 "oi5": ["النهار", "الجزائرية", "جزائري", "الجيش الوطني الشعبي", "مالي", "ما ادري", "درجة التأهب"],
}

PHEN = {
 "oi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "vague_area", "border_phrase", "ambiguity_country_capital", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "oi2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district"],
 "oi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "oi4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases"],
 "oi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries", "coverage_bases"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


G, Z, M, L, A = "GNA forces", "Zintan forces", "Misrata forces", "Libyan National Army", "Algerian army"

MOVES = {
 "oi1": [
  _m("deploy", "reported", G, ["طرابلس"], ["الزاوية", "مصفاة الزاوية"], ["جنزور", "الماية"]),
  _m("reinforce", "reported", G, ["قاعدة الوطية الجوية"], ["الحرشة"]),
  _m("naval_landing", "planned", G, ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  _m("advance", "conditional", G, [], ["جودائم"]),
  _m("withdraw", "denied", G, ["الزاوية"], ["بئر الغنم"]),
 ],
 "oi2": [
  _m("deploy", "reported", G, ["العزيزية"], ["غريان", "القواليش"]),
  _m("shipment", "reported", G, ["طرابلس"], ["غريان"], ["العزيزية"]),
  _m("deploy", "planned", G, ["غريان"], ["مزدة", "الشويرف"]),
  _m("advance", "conditional", G, [], ["غريان"]),
  _m("mobilise", "denied", Z, ["الزنتان"], ["ككلة"]),
 ],
 "oi3": [
  _m("redeploy", "reported", G, ["قصر بن غشير"], ["ترهونة"]),
  _m("withdraw", "conditional", G, ["ترهونة"], ["قصر بن غشير"]),
  _m("mobilise", "reported", M, ["مصراتة"], ["مسلاتة"]),
  _m("airlift", "planned", G, ["مطار معيتيقة"], ["مطار بني وليد"]),
  _m("reinforce", "denied", G, ["ترهونة"], ["بني وليد"]),
 ],
 "oi4": [
  _m("deploy", "reported", G, ["غريان"], ["الشويرف"], ["مزده", "القريات"]),
  _m("shipment", "planned", G, ["مزدة"], ["الشويرف"]),
  _m("withdraw", "denied", L, ["الشويرف"], ["قاعدة براك الجوية"]),
  _m("advance", "conditional", L, ["براك"], ["الشويرف"]),
 ],
 "oi5": [
  _m("airlift", "reported", G, ["مطار معيتيقة"], ["مطار غدامس"]),
  _m("naval_landing", "denied", M, ["مصراتة"], ["ميناء زوارة"]),
  _m("redeploy", "planned", G, ["نالوت"], ["درج"]),
  _m("reinforce", "conditional", A, ["عين أمناس"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "oi1": "Sputnik-style Tripoli report on Zawiya: GNA deploy Tripoli→Zawiya/the refinery via Janzour and Al-Maya "
        "(reported), reinforcement Al-Watiya→Al-Harsha (reported), coast-guard landing Abu Sitta→Zawiya port "
        "(planned), advance on Judaim «إذا» (conditional), the Zawiya force's pull-out to Bir al-Ghanam (denied); "
        "traps: Zawiya inside a force name, a person and «من هذه الزاوية».",
 "oi2": "France 24-style report from Gharyan: deploy Al-Aziziyah→Gharyan/Al-Qawalish (reported), an ammunition and "
        "fuel shipment Tripoli→Gharyan via Al-Aziziyah (reported), a move Gharyan→Mizda/Al-Shwayrif (planned), entry "
        "into the town centre «في حال» (conditional), Zintan massing at Kikla (denied); Tripoli Street trap.",
 "oi3": "BBC Arabic-style report on Tarhuna and Bani Walid: 444 Brigade Qasr Bin Ghashir→Tarhuna (reported) and "
        "back «فور» (conditional), Misrata battalions massing at Msallata (reported), Mitiga→Bani Walid airport "
        "airlift (planned), a Tarhuna→Bani Walid reinforcement (denied); بنى وليد / ترهونه spellings.",
 "oi4": "Lusail-style report: a GNU column Gharyan→Al-Shwayrif via Mizda and Al-Qaryat (reported), a fuel and "
        "ammunition convoy Mizda→Al-Shwayrif (planned), an LNA pull-back to Brak air base (denied) and an LNA move "
        "Brak→Al-Shwayrif «إذا» (conditional); Idri gold beside the officer إدريس.",
 "oi5": "Ennahar-style weekly round-up from Algiers: Mitiga→Ghadames airport airlift (reported), a Misrata landing "
        "at Zuwara port (denied), Nalut→Derj (planned), an Algerian reinforcement In Amenas→the border «إذا» "
        "(conditional); places of talks and clashes that are not moves; «ما ادري», «دعم مالي».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("oi1", "oi2", "oi3", "oi4", "oi5")
