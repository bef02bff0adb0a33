# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                               # G
 # eastern Libya, shared
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                   # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                     # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),   # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة, found by الشرق الليبي)
 "east_ly_phrase": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),      # G* (row برقة, found by شرق ليبيا)
 # pt1 Algeria
 "boufarik": ("town", "DZ", 36.57413, 2.91214, "Boufarik"),                                 # G
 "boufarik_base": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                   # G* (town row)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "algiers_airport": ("airport", "DZ", 36.69100, 3.21541, "Houari Boumediene Airport"),      # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),        # G* (town row الدبداب)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "mers_base": ("base", "DZ", 35.72800, -0.70000, "Mers El Kebir Naval Base"),               # K
 "oran": ("city", "DZ", 35.69906, -0.63588, "Oran"),                                        # G
 "derna_port": ("crossing", "LY", 32.76900, 22.64500, "Port of Derna"),                     # K
 # pt2 Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                        # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                    # G
 "cairo_west": ("base", "EG", 30.11640, 30.91540, "Cairo West Air Base"),                   # K
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                    # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                            # G
 "border_eg": ("region", "EG", 31.30000, 25.12000, "Egypt-Libya border (Egyptian side)"),   # K
 # pt3 Al-Bayda
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),              # G* (city row)
 "kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                                # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                                  # G
 "qirnadah": ("town", "LY", 32.73174, 21.90350, "Qirnadah"),                                # G
 "jabal": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                             # G* (district row, as region)
 # pt4 Susa
 "susa": ("town", "LY", 32.89702, 21.96583, "Susa (Apollonia)"),                            # G* (row found by سوسة, name_ar أبولونيا)
 "susa_port": ("crossing", "LY", 32.89702, 21.96583, "Port of Susa"),                       # G* (Susa town row)
 "susa_mun": ("district", "LY", 32.89702, 21.96583, "Susa municipality"),                   # G* (Susa town row)
 "benghazi_port": ("crossing", "LY", 32.11000, 20.05300, "Port of Benghazi"),               # K
 "ras_hilal": ("village", "LY", 32.87000, 22.18000, "Ras al Hilal"),                        # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),           # G* (town row البريقة)
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "sousse": ("city", "TN", 35.82539, 10.63699, "Sousse"),                                    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 # pt5 Tobruk/Derna round-up
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),           # G* (row مطار طبرق)
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih (Derna)"),                         # G
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                              # G
 "mekhili": ("town", "LY", 32.16005, 22.27845, "Al Mukhayla"),                              # G
 "martuba": ("town", "LY", 32.57421, 22.76353, "Martuba"),                                  # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "border_ly_eg": ("region", "LY", 31.60000, 24.95000, "Libya-Egypt border (Libyan side)"), # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),         # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                     # G
}

TRAPS = {
 "pt1": ["النهار أونلاين", "النهار", "قلعة بني عباس", "الجيش الوطني الشعبي", "الخطوط الجوية الجزائرية",
         "الهلال الأحمر الجزائري", "القيادة العامة للجيش الليبي", "الجزائريين", "الليبيون", "عبد المجيد تبون"],
 "pt2": ["صدى البلد", "المنطقة الغربية العسكرية", "جمال عبد الناصر", "الهلال الأحمر المصري", "مصر للطيران",
         "القاهرة الإخبارية", "حمدي السلومي", "الجيش المصري", "المصرية", "ليبية"],
 "pt3": ["المتوسط", "العقيد ونيس الشحاتي", "الشحاتي", "الرايات البيضاء", "ما ادري"],
 "pt4": ["يورونيوز", "الليبية", "الجيش الوطني الليبي", "جيش الطيران التونسي", "التونسية", "محمد الطرابلسي",
         "السوسة"],
 "pt5": ["سبوتنيك", "القيادة العامة للجيش الوطني الليبي", "سلاح الجو الجزائري", "الدفاع المدني اللبناني", "السفارة الروسية",
         "وزارة الطوارئ الروسية", "الدرناوي", "خالد الإدريسي", "مصرية"],
}

PHEN = {
 "pt1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "pt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "pt3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "town_vs_district"],
 "pt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_neighbours", "countries"],
 "pt5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "pt1": [
  _m("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["قاعدة بنينا الجوية"]),
  _m("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار الأبرق"]),
  _m("naval_landing", "conditional", "Algerian army", ["قاعدة المرسى الكبير البحرية"], ["ميناء درنه"]),
  _m("deploy", "denied", "Algerian army", [], ["درنة"]),
  _m("deploy", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
 ],
 "pt2": [
  _m("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["درنة"],
     ["مرسى مطروح", "سيدي براني", "منفذ السلوم البري", "طبرق"]),
  _m("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار الأبرق"]),
  _m("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["درنه"]),
  _m("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
  _m("withdraw", "denied", "Egyptian army", ["درنة"], []),
 ],
 "pt3": [
  _m("deploy", "reported", "Libyan National Army", ["بنغازي"], ["البيضا"], ["المرج"]),
  _m("reinforce", "reported", "Libyan National Army", ["القبة"], ["شحّات"]),
  _m("withdraw", "reported", "Libyan National Army", ["وادي الكوف"], ["البيضاء"]),
  _m("advance", "planned", "Libyan National Army", [], ["قرنادة"]),
  _m("mobilise", "conditional", "Libyan National Army", [], ["المرج"]),
  _m("withdraw", "denied", "Libyan National Army", ["شحات"], []),
 ],
 "pt4": [
  _m("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء سوسة"]),
  _m("advance", "reported", "Libyan National Army", ["رأس الهلال"], ["سوسه"]),
  _m("redeploy", "conditional", "Libyan National Army", ["ميناء سوسة"], ["رأس الهلال"]),
  _m("shipment", "planned", "Libyan National Army", ["ميناء البريقة"], ["ميناء سوسة"]),
  _m("airlift", "reported", "Tunisian army", ["قاعدة العوينة"], ["مطار بنينا"]),
  _m("deploy", "denied", "Misrata forces", ["مصراتة"], ["سوسة"]),
 ],
 "pt5": [
  _m("mobilise", "reported", "Libyan National Army", [], ["قاعدة جمال عبد الناصر الجوية"]),
  _m("advance", "conditional", "Libyan National Army", ["قاعدة جمال عبد الناصر الجوية"], ["الفتائح", "شيحا"]),
  _m("redeploy", "planned", "Libyan National Army", ["المخيلي"], ["مرتوبة"]),
  _m("shipment", "reported", "Libyan National Army", ["ميناء الحريقة"], ["درنة"]),
  _m("airlift", "reported", "Algerian army", [], ["مطار الأبرق"]),
  _m("airlift", "denied", "Russian forces", [], ["قاعدة الجفرة الجوية"]),
 ],
}

NOTES = {
 "pt1": "Ennahar-style Algiers report: Algerian Il-76s Boufarik air base→Benina air base (reported), a second wave from "
        "«القاعدة نفسها» to Al-Abraq airport (planned), the landing ship «قلعة بني عباس» Mers El Kebir→Derna port only "
        "«إذا» the quays are cleared (conditional), combat units to Derna denied, and the LNA's engineers Benghazi→Derna "
        "via Al-Marj and Al-Bayda (reported). Precision: the civil-protection team on an Air Algerie flight and the Red "
        "Crescent convoy Ouargla→Debdeb crossing→Ghadames are civil, not movements; الجزائر is Algiers in the dateline and "
        "the country at the end.",
 "pt2": "Sada El Balad-style Cairo report: an Egyptian engineering convoy Mohamed Naguib base→Derna via Marsa Matruh, "
        "Sidi Barrani, the Sallum land port and Tobruk (reported), C-130s Cairo West air base→Al-Abraq airport "
        "(reported), the helicopter carrier Ras El Tin base→off Derna (planned), border guards reinforced on the border "
        "with Libya «في حال» (conditional) and a denied pull-out from Derna. Precision: the Egyptian Red Crescent "
        "convoy, Libyan families reaching Sallum and the doctors on an EgyptAir flight to Benghazi are not movements.",
 "pt3": "Al-Mutawaset-style Al-Bayda report: an LNA engineering battalion Benghazi→Al-Bayda via Al-Marj (reported), "
        "reinforcements Al-Qubba→Shahhat (reported), a company pulled Wadi al-Kuf→Al-Bayda (reported), heavy machinery "
        "to advance on Qirnadah (planned), reserves to be massed in Al-Marj «إذا» (conditional) and a denied pull-out "
        "from Shahhat. Traps: the officer «الشحاتي», «الرايات البيضاء», «ما ادري», the outlet «المتوسط».",
 "pt4": "Euronews-Arabic-style Benghazi report on Susa: LNA landing craft Benghazi port→Susa port (reported), an "
        "advance Ras al-Hilal→Susa on the coast road (reported), a repositioning Susa port→Ras al-Hilal «إذا» "
        "(conditional), a fuel tanker Brega port→Susa port (planned), a Tunisian C-130 El Aouina→Benina airport "
        "(reported) and a denied Misrata column to Susa. Traps and ambiguity: Tunisian Sousse (gold, TN), «السوسة» "
        "(woodworm), the fisherman «الطرابلسي» next to Tripoli, العاصمة تونس vs تونس.",
 "pt5": "Sputnik-Arabic-style Tobruk round-up: LNA massing at Gamal Abdel Nasser air base (reported), a conditional "
        "advance from there to Al-Fataih and Shiha, a planned artillery redeploy Al-Mukhayla→Martuba, LNA fuel tankers "
        "Hariga port→Derna (reported), a third Algerian air-force plane at Al-Abraq airport (reported) and a denied "
        "Russian airlift to Al-Jufra air base. Precision: civil convoys through Amsaad, the Lebanese civil-defence team "
        "from Tripoli (Lebanon), the GNU civil aid plane from Tripoli and the Russian emergencies-ministry planes are "
        "not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pt1", "pt2", "pt3", "pt4", "pt5")
