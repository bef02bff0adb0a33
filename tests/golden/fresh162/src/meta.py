# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # capitals and big cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # fh1 Derna and the Egyptian army
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.7530, 22.6475, "Derna port"),                      # K
 "ras_tin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum_port": ("crossing", "EG", 31.585, 25.090, "Sallum land port"),                 # K
 "border_eg": ("region", "EG", 31.0, 25.2, "Egyptian side of the border with Libya"),   # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "cairo_west": ("base", "EG", 30.1164, 30.9153, "Cairo West Air Base"),                 # K
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "Al Abraq Airport"),            # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 # fh2 Jebel Akhdar floods
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 "shahhat_mun": ("district", "LY", 32.80430, 21.86605, "Shahhat municipality"),         # G* (town row)
 "kuf": ("region", "LY", 32.69650, 21.56560, "Wadi al-Kuf"),                            # G
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G (row أبولونيا, grep سوسة)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "jabal": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                         # G* (district row, as region)
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 # fh3 Sabha fuel riots
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega oil port"),       # G* (Brega town row)
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 # fh4 Djanet and Ubari
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "border_dz": ("region", "DZ", 25.0, 9.9, "Algerian side of the border with Libya"),    # K
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G* (town row تمنراست)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libyan side of the border with Algeria"),  # G* (row الحدود الليبية الجزائرية)
 # fh5 the Wadi Ka'am bridge
 "kaam_bridge": ("crossing", "LY", 32.56, 14.42, "Wadi Ka'am bridge"),                  # K
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Misrata port (Qasr Ahmad)"),       # K
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                     # K
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
}

TRAPS = {
 "fh1": ["اليوم السابع", "«القاهرة الإخبارية»", "جمال عبد الناصر", "السلومي", "الجيش المصري", "القوات المصرية",
         "الهلال الأحمر المصري", "الجانب الليبي"],
 "fh2": ["قناة المسار", "الجيش الوطني الليبي", "غرفة عمليات الجبل الأخضر", "جامعة عمر المختار", "القبة الرئيسية",
         "الهلال الأحمر الليبي"],
 "fh3": ["بوابة أفريقيا الإخبارية", "شارع جمال عبد الناصر", "عبد السلام الإدريسي", "بيجي غدوة",
         "محطة طرابلس للوقود", "شركة البريقة لتسويق النفط", "الهلال الأحمر الليبي"],
 "fh4": ["الشروق", "الجيش الجزائري", "الهلال الأحمر الجزائري", "وكالة الأنباء الجزائرية", "لا أدري",
         "الجيش الوطني الشعبي", "صفحات ليبية"],
 "fh5": ["الميادين نت", "قناة ليبيا الأحرار", "المجلس العسكري مصراته", "قوات مصراتة", "الزليتني", "السنوات الخمس",
         "عملية بركان الغضب", "الهلال الأحمر التونسي", "اللبنانية", "الشعب الليبي"],
}

PHEN = {
 "fh1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "fh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases"],
 "fh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "fh4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fh1": [
  _m("deploy", "reported", "Egyptian army", ["مرسى مطروح"], ["درنة"], ["منفذ السلوم البري", "طبرق"]),
  _m("naval_landing", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["ميناء درنة"]),
  _m("airlift", "planned", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["مطار الأبرق"]),
  _m("reinforce", "conditional", "Egyptian army", [], ["درنة"]),
  _m("withdraw", "denied", "Egyptian army", ["درنة"], ["طبرق"]),
 ],
 "fh2": [
  _m("deploy", "reported", "Libyan National Army", ["بنغازي"], ["البيضاء", "شحّات"], ["الأبيار", "المرج"]),
  _m("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الأبرق"]),
  _m("mobilise", "planned", "Libyan National Army", [], ["المرج"]),
  _m("withdraw", "conditional", "Libyan National Army", ["شحّات"], ["بنغازي"]),
  _m("redeploy", "denied", "Libyan National Army", ["طبرق"], ["درنه"]),
 ],
 "fh3": [
  _m("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["سبها"]),
  _m("redeploy", "reported", "Libyan National Army", [], ["اوباري"]),
  _m("shipment", "planned", "Libyan National Army", ["ميناء البريقة"], ["سبها"], ["الجفرة"]),
  _m("reinforce", "conditional", "Libyan National Army", ["براك"], ["سبها"]),
  _m("mobilise", "denied", None, [], ["غدوة"]),
 ],
 "fh4": [
  _m("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  _m("airlift", "planned", "Algerian army", ["تامنغست"], ["مطار جانت"]),
  _m("advance", "denied", "Algerian army", [], ["غات"]),
  _m("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  _m("advance", "conditional", "Libyan National Army", [], ["حقل الشرارة"]),
 ],
 "fh5": [
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["جسر وادي كعام"], ["القرة بوللي"]),
  _m("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  _m("redeploy", "planned", "GNA forces", ["زليطن"], ["الخمس"]),
  _m("reinforce", "conditional", "GNA forces", ["تاجوراء"], ["جسر وادي كعام"]),
  _m("shipment", "denied", "Misrata forces", [], ["ميناء الخمس"]),
 ],
}

NOTES = {
 "fh1": "Youm7 (Cairo): Egyptian army flood relief for Derna — a land column Marsa Matruh→Derna via the Sallum land port "
        "and Tobruk (told as a flashback), a helicopter carrier Ras el-Tin naval base→Derna port, planned C-130s Cairo "
        "West→Al Abraq airport, extra units «إذا طلب الجانب الليبي», a denied pull-out Derna→Tobruk; the Egyptian Red "
        "Crescent convoy through Sallum and a civil aid plane at Benina are not force movements.",
 "fh2": "Al-Masar TV (Al Bayda): LNA engineers Benghazi→Al Bayda/Shahhat via Al Abyar and Al Marj after the Wadi al-Kuf "
        "flood, a Saiqa rescue company flown Benina air base→Al Abraq airport, reserves to be massed in Al Marj, a "
        "conditional pull-back Shahhat→Benghazi («بمجرد»), a denied battalion move Tobruk→Derna; a Turkish aid plane and "
        "a Red Crescent convoy from Benghazi are not force movements.",
 "fh3": "Afrigate News (Sabha): fuel riots — an LNA infantry force Tamanhint air base→Sabha, a company on to Ubari, a "
        "planned army fuel convoy Brega port→Sabha via Jufra, conditional reinforcements Brak→Sabha, a denied "
        "mobilisation of gunmen in Ghuddwa (no force named); Brega company tankers' business, Red Crescent volunteers "
        "and a hospital are not movements.",
 "fh4": "Echorouk Online (Algiers): an Algerian column Illizi→Djanet, a planned special-forces airlift Tamanrasset→Djanet "
        "airport, a denied Algerian entry into Ghat; an LNA battalion Sabha→Ubari via Germa and a conditional advance "
        "to the Sharara field; the Algerian civil-protection fire trucks through Tin Alkoum and the Red Crescent "
        "convoy are not force movements.",
 "fh5": "Al Mayadeen Net (Tripoli): the collapsed Wadi Ka'am bridge — a GNA force Tripoli→the bridge via Garabulli, "
        "Misrata engineers by sea Misrata port→Al Khums port, a planned military-police company Zliten→Al Khums, "
        "conditional reinforcements Tajura→the bridge, a denied ammunition shipment to Al Khums port; a Tunisian "
        "Red Crescent convoy Tunis→Ras Ajdir and a Lebanese contractor from Tripoli (Lebanon) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fh1", "fh2", "fh3", "fh4", "fh5")
