# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # the Ubari–Ghat road
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "sardalas": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Sardalas)"),               # G* (same row, old name)
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G (row البركات; البركت among its names)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "border_ly_dz": ("region", "DZ", 24.90, 9.95, "Algeria-Libya border (Algerian side, opposite Ghat)"),  # K
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G* (row مثلث العوينات)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 # elsewhere in Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # neighbours and further away
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "zuwara_port": ("crossing", "LY", 32.934, 12.087, "Port of Zuwara"),                   # K
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                               # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "ubari_airport": ("airport", "LY", 26.567, 12.823, "Ubari Airport"),                   # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.53, 36.16, "Akkar"),                                    # K
}

TRAPS = {
 "qas1": ["القدس العربي", "الجيش الوطني الليبي", "إبراهيم الغاتي", "مبالغات"],
 "qas2": ["مونت كارلو الدولية", "الجيش الوطني الليبي", "المعارضة التشادية", "الجيش الجزائري", "اللبناني",
          "كريم الطرابلسي"],
 "qas3": ["الجريدة", "الجيش الوطني الليبي", "الحركات الأزوادية المالية", "الليبية"],
 "qas4": ["فرانس 24", "إدريس", "دعم مالي", "سودانيين"],
 "qas5": ["الأيام", "الجيش الوطني الليبي", "إدريس الحضيري", "الشرارة الأولى", "الفيلق الإفريقي", "ليبية"],
}

PHEN = {
 "qas1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qas2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qas3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_oil", "coverage_neighbours", "countries"],
 "qas4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qas5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qas1": [
  mv("advance", "reported", "Libyan National Army", ["حقل الشرارة"], ["العوينات"]),
  mv("withdraw", "reported", "GNA forces", ["العوينات"], ["البركت"]),
  mv("redeploy", "planned", "Libyan National Army", ["العوينات"], ["غات"]),
  mv("advance", "conditional", "GNA forces", ["البركت"], ["العوينات"]),
  mv("airlift", "denied", "GNA forces", ["قاعدة معيتيقة"], ["مطار غات"]),
 ],
 "qas2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("deploy", "denied", "Chadian armed groups", ["أم الأرانب"], ["أوباري"]),
  mv("deploy", "conditional", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
 ],
 "qas3": [
  mv("advance", "reported", "GNA forces", ["البركت"], ["العوينات"], ["غات"]),
  mv("withdraw", "reported", "Libyan National Army", ["العوينات"], ["حقل الشرارة"]),
  mv("shipment", "reported", "GNA forces", ["البركت"], ["العوينات"]),
  mv("advance", "conditional", "GNA forces", ["العوينات"], ["أوباري"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["مطار أوباري"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["أوباري"]),
  mv("deploy", "denied", "Foreign fighters", ["النيجر"], ["البركت"]),
 ],
 "qas4": [
  mv("redeploy", "reported", "Libyan National Army", ["العوينات"], ["أوباري"]),
  mv("deploy", "reported", "Libyan National Army", ["غات"], ["العوينات"]),
  mv("deploy", "planned", "Libyan National Army", [], ["المثلث الحدودي"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["غات"]),
  mv("mobilise", "conditional", "Libyan National Army", [], ["منفذ إيسين"]),
  mv("deploy", "denied", "Sudanese armed groups", ["الكفرة"], ["أوباري"]),
 ],
 "qas5": [
  mv("reinforce", "reported", "Libyan National Army", ["إدري"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", "GNA forces", ["حقل الشرارة"], ["أوباري"]),
  mv("deploy", "planned", "Libyan National Army", [], ["العوينات", "البركت"]),
  mv("naval_landing", "denied", "Russian forces", [], ["قاعدة طبرق البحرية"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["حقل الفيل"]),
 ],
}

NOTES = {
 "qas1": "Al-Quds Al-Arabi: the LNA's 128th Brigade advances Sharara field→Awaynat (Sardalas) checkpoint; the Tuareg "
         "Maghawir battalion (GNA chief of staff) withdraws Awaynat→Al-Bargat; a planned LNA move Awaynat→outskirts of "
         "Ghat; the battalion's conditional return Al-Bargat→Awaynat (Ghat only the condition); a denied GNA cargo "
         "flight Mitiga base→Ghat airport. The border with Algeria, Niger, Agadez, Ghat district, Ubari and Sabha are "
         "background (fuel/migrant smuggling, 2014); Tripoli is the dateline and the seat of the chief of staff.",
 "qas2": "Monte Carlo Doualiya: LNA reinforcements Tamanhint base→Ubari via Germa and Al-Ghurayfa; the LNA's Tuareg "
         "173rd battalion planned Ubari→Awaynat; a denied Chadian-opposition deployment Umm al-Aranib→Ubari; a "
         "conditional Algerian deployment Djanet→the border with Libya (Ghat only the condition); GNA coast guard "
         "landed at Zuwara port from Tripoli port (Malta only where smugglers head). Fuel prices (Niamey, Niger, Chad), "
         "the NOC in Tripoli (Libya) and a Lebanese comparison (Tripoli, Akkar, Lebanon, Syria) are not movement "
         "places; Karim al-Trabulsi is a person.",
 "qas3": "Al-Jarida: Tuareg GNA forces retake the Awaynat checkpoint, attacking from Al-Bargat via Ghat, and an "
         "ammunition convoy follows Al-Bargat→Awaynat; the LNA withdraws from the checkpoint (Awaynat) to Sharara "
         "field; a conditional advance Awaynat→Ubari; a planned LNA airlift Sabha airport→Ubari airport (Benghazi only "
         "the HQ) and a reported massing in Ubari; a denied crossing of Azawadi fighters Niger→Al-Bargat. Algiers "
         "(foreign ministry), the Isayen crossing on the border with Algeria, and El Feel field are not movement "
         "places.",
 "qas4": "France 24 on migrants: the LNA's 128th Brigade moved Awaynat→Ubari while the LNA's Tuareg 173rd battalion "
         "came Ghat→the checkpoint (Awaynat); a planned deployment to the border triangle with Algeria and Niger "
         "(Djanet only where smuggling comes from), a planned ammunition/fuel shipment Sabha→Ghat, a conditional "
         "massing near the Isayen crossing; the LNA denies bringing Sudanese gunmen Kufra→Ubari. Migrants' origins "
         "and routes (Niger, Mali, Sudan, Agadez, Sabha, Fezzan, Italy, Tunisia), Jebel Uweinat and the IOM office in "
         "Tunis are not movement places; Idris is a migrant.",
 "qas5": "Al-Ayyam: an LNA column Idri (Wadi al-Shati)→the Sharara field; the GNA Petroleum Facilities Guard's "
         "conditional departure from the field to Ubari (بمجرد); a planned joint deployment at the Awaynat and "
         "Al-Bargat checkpoints; a denied Russian 'Africa Corps' landing at Tobruk naval base and a denied move Brak "
         "air base→El Feel field. The Zawiya refinery, Ubari municipality, Ghat, Algeria, Niger, the south-west and "
         "the later Ubari/Idri mentions are background; Idris al-Hudairi is a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qas1", "qas2", "qas3", "qas4", "qas5")
