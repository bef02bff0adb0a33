# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "saudi": ("country", "SA", 24.24431, 44.66286, "Saudi Arabia"),                        # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared / datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; written اجدابيا)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "brega_port": ("oilfield", "LY", 30.4150, 19.5750, "Marsa el Brega oil port"),         # K
 # qbu1 Es Sider and Ras Lanuf (Al-Eqtisadiah)
 "riyadh": ("city", "SA", 24.68773, 46.72185, "Riyadh"),                                # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),          # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 # qbu2 Sharara and El Feel (Argaam)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 # qbu3 Zueitina and Brega (CNBC Arabia)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Zueitina"),                            # G
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),      # G* (town row)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "sirte_basin": ("region", "LY", 28.60000, 19.30000, "Sirte Basin"),                    # G
 # qbu4 Al-Riyayna, Zawiya and Mellitah (Al-Anba)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbu5 Sarir, Hariga and Kufra (Akhbar Al Khaleej)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "manama": ("city", "BH", 26.22787, 50.58565, "Manama"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, found by الشرق الليبي)
}

TRAPS = {
 "qbu1": ["خام السدرة", "شركة الواحة للنفط", "شركة الهروج للعمليات النفطية", "شركة سرت لإنتاج وتصنيع النفط والغاز",
          "القيادة العامة للجيش الوطني الليبي", "المنطقة الوسطى", "القوة المشتركة", "الإمدادات الليبية", "الخام الليبي",
          "إيطالية"],
 "qbu2": ["حراك غضب فزان", "عمر الإدريسي", "اللواء طارق بن زياد", "المعارضة السودانية",
          "شركة أكاكوس للعمليات النفطية", "شركة مليتة للنفط والغاز", "الجزائرية"],
 "qbu3": ["سي إن بي سي عربية", "شركة الزويتينة للنفط", "مالي", "الجيش الوطني الليبي", "الفيلق الأفريقي", "إيطالية",
          "ليبية", "بوابة الوسط"],
 "qbu4": ["الأناضول", "شركة الزاوية لتكرير النفط", "عماد الزنتاني", "اللبنانية", "الخليجيين", "النفط الكويتي",
          "مؤسسة البترول الكويتية"],
 "qbu5": ["الخليج العربي", "أخبار الخليج", "الجيش الوطني الليبي", "قوات الدعم السريع", "السودانية",
          "الملك إدريس السنوسي"],
}

PHEN = {
 "qbu1": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil", "countries"],
 "qbu2": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbu3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "qbu4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbu5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbu1": [
  mv("reinforce", "reported", "Libyan National Army", ["سرت"], ["ميناء السدرة"], ["بن جواد"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["ميناء السدرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["ميناء راس لانوف"]),
  mv("withdraw", "denied", "Libyan National Army", ["راس لانوف"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["الهلال النفطي"]),
 ],
 "qbu2": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["حقل الفيل"], ["مرزق"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"]),
  mv("advance", "conditional", "Libyan National Army", ["أوباري"], ["حقل الشرارة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["أم الأرانب"]),
 ],
 "qbu3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["ميناء الزويتينة"], ["قمينس"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء البريقة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء البريقة"]),
  mv("deploy", "denied", "Wagner Group", ["قاعدة الجفرة الجوية"], ["ميناء الزويتينة"]),
 ],
 "qbu4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"]),
  mv("mobilise", "denied", "GNA forces", [], ["غريان"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["مجمع مليتة"]),
 ],
 "qbu5": [
  mv("reinforce", "reported", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["حقل السرير"], ["جالو"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["حقل السرير"], ["حقل مسلة"]),
  mv("advance", "denied", "Sudanese armed groups", ["مثلث العوينات"], ["الكفرة"]),
 ],
}

NOTES = {
 "qbu1": "NOC force majeure at Es Sider and Ras Lanuf: an LNA (Petroleum Facilities Guard) column Sirte→Es Sider via "
         "Bin Jawad, ammunition and fuel trucks Ajdabiya→the same port ('الميناء' resolved to Es Sider), a planned "
         "company Al-Jufra air base→Ras Lanuf port, a denied guards' pull-out from Ras Lanuf, and a conditional Misrata "
         "advance Al-Washka→the oil crescent; Brega port (exports continue), Misrata (the speaker's city), Riyadh, "
         "Saudi Arabia, the UAE and Libya are not movement places; companies named after places are traps.",
 "qbu2": "Sharara and El Feel shut by protesters: an LNA (Tariq bin Ziyad) force Sabha→El Feel via Murzuq, a planned "
         "airlift Tamanhint air base→Ubari, a conditional entry Ubari→Sharara, and a denied massing of Sudanese "
         "fighters in Umm al-Aranib; the protesters' towns (Ubari, Murzuq, Idri), Zawiya refinery, the Isayen crossing, "
         "Algeria and Algiers are not movement places.",
 "qbu3": "Guards' strike at Zueitina and Brega: LNA reinforcements Benghazi→Zueitina port via Qaminis (Ajdabiya only "
         "a distance reference), a planned marine landing Benghazi port→Brega port, a conditional withdrawal from "
         "Brega port ('الميناء' resolved), and a denied Wagner arrival Al-Jufra air base→Zueitina port; Tripoli (the "
         "finance ministry), the Lebanese Tripoli port (a civilian tanker), Dubai and the Sirte Basin are not movement "
         "places.",
 "qbu4": "Al-Riyayna valve shut: a Zintan group deployed Zintan→Al-Riyayna (Zintan also the '14 km' reference), its "
         "conditional withdrawal from Al-Riyayna, the GNA's denied massing in Gharyan, and a planned marine transfer "
         "Tripoli port→Mellitah complex; fuel tankers to Ras Ajdir (civilian), the Tunisian border, Zawiya, the "
         "Lebanese Tripoli (a civilian tanker), Kuwait City and Kuwait are not movement places.",
 "qbu5": "Sarir shut after a mortar attack: an LNA battalion Jalu→Sarir, a supply convoy Ajdabiya→Sarir via Jalu, a "
         "planned airlift Benina air base→Kufra airport, a conditional company move Sarir→Messla ('40 km north of "
         "Sarir' is a distance reference), and a denied RSF infiltration from the Uweinat triangle toward Kufra; "
         "Hariga port, Tobruk, the Sudan border, Kufra municipality, Manama and eastern Libya are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbu1", "qbu2", "qbu3", "qbu4", "qbu5")
