# Metadata for fresh925 (qiq1-qiq5), written blind. Place rows: (kind, country, lat, lon, name).
# G = gazetteer row (data/gazetteer.csv, found with grep -F), K = own knowledge (listed in the README),
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "greece": ("country", "GR", 39.07170, 21.95170, "Greece"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qiq1 GNU interior ministry weekly bulletin (Al-Yaum, Tripoli)
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 # qiq2 eastern interior ministry weekly tally + LNA (Addiyar, Benghazi)
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),  # G* (row الحدود الليبية المصرية)
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row أبولونيا)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 # qiq3 Sabha security directorate bulletin + joint force (Al-Mada, Sabha)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت, written تمنهنط)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qiq4 Misrata joint force on the central coast (Barlamane, Misrata)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (row مصراتة)
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                   # G* (row قصر خيار)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 # qiq5 GNU border guards, Tunisian army, Zintan, Algeria (Al-Bilad, Nalut)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qiq1": ["الليبية", "مديرية أمن طرابلس", "الغرياني", "ليبيا الأحرار", "مديرية أمن غريان", "هذه الزاوية",
          "اللواء 444 قتال", "المنطقة العسكرية الساحل الغربي"],
 "qiq2": ["الديار", "الليبية", "ليبيا الحدث", "الأسلحة البيضاء", "طارق بن زياد", "الطبرقي", "الجيش الوطني"],
 "qiq3": ["مديرية أمن سبها", "الجيش الوطني", "إدريس الحضيري", "المرزوقي", "المدى", "التشادية"],
 "qiq4": ["برلمان.كوم", "الليالي الخمس", "الزليتني", "المنطقة الحرة مصراتة", "التركية"],
 "qiq5": ["الليبي", "البلاد", "مديرية أمن نالوت", "وكالة تونس إفريقيا للأنباء", "التونسية", "التونسي",
          "المجلس العسكري الزنتان", "إدريس الشريف", "الجزائري"],
}

PHEN = {
 "qiq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qiq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qiq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qiq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_bases", "countries"],
 "qiq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qiq1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["صرمان"], ["الزاوية"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["مزدة"]),
  mv("withdraw", "denied", "GNA forces", ["معبر رأس اجدير"], ["زوارة"]),
  mv("reinforce", "conditional", "GNA forces", ["ترهونة"], ["بني وليد"]),
  mv("mobilise", "reported", None, [], ["العجيلات"]),
 ],
 "qiq2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["الأبيار", "المرج"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["سوسة"]),
  mv("deploy", "planned", None, ["طبرق"], ["منفذ امساعد"]),
  mv("advance", "conditional", "Libyan National Army", ["اجدابيا"], ["جالو"]),
  mv("withdraw", "denied", "Libyan National Army", ["سلوق", "قمينس"], ["بنغازي"]),
 ],
 "qiq3": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنط"], ["أوباري"], ["جرمة"]),
  mv("airlift", "reported", "Libyan National Army", ["مطار بنينا"], ["مطار سبها"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("withdraw", "conditional", "Libyan National Army", ["حقل الشرارة"], ["أوباري"]),
  mv("advance", "denied", "Chadian armed groups", ["تشاد"], ["أم الأرانب"]),
 ],
 "qiq4": [
  mv("deploy", "reported", "Misrata forces", ["مصراته"], ["زليتن", "الخمس"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["قصر الأخيار"]),
  mv("redeploy", "planned", "GNA forces", ["الخمس"], ["مسلاتة"]),
  mv("advance", "conditional", "Misrata forces", ["تاورغاء"], ["أبوقرين"]),
  mv("shipment", "denied", "Turkish armed forces", ["تركيا"], ["ميناء مصراتة"]),
 ],
 "qiq5": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("shipment", "reported", "GNA forces", ["طرابلس"], ["نالوت"]),
  mv("deploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"], ["الزنتان"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب"]),
 ],
}

NOTES = {
 "qiq1": "GNU interior-ministry weekly bulletin (Tripoli dateline): 40 patrols Tripoli→Surman via Zawiya, a planned "
         "Central Security company Gharyan→Mizdah, a denied police pull-out Ras Ajdir crossing→Zuwara, a conditional "
         "444 Brigade reinforcement Tarhuna→Bani Walid and unidentified gunmen massing near Al-Ajaylat (actor null); "
         "the Zawiya refinery, the fuel heading to the Tunisian border, Tajura, Ain Zara and Tunis are crime tallies "
         "or background; Gharyan and Zawiya also sit inside a spokesman's name, a directorate and 'من هذه الزاوية'.",
 "qiq2": "Eastern interior-ministry weekly tally (Benghazi dateline) mixed with LNA moves: an LNA reinforcement "
         "Benghazi→Derna via Al-Abyar and Al-Marj, marines landed from Benghazi port on the beach of Susa (Libyan "
         "Susa, not Tunisian Sousse), planned police patrols Tobruk→Amsaad crossing (actor null), a conditional LNA "
         "advance Ajdabiya→Jalu and a denied pull-back of two battalions Suluq/Qaminis→Benghazi; raid towns, the "
         "Egyptian border, Greece and 'الأسلحة البيضاء' (Al-Bayda) are not movement places.",
 "qiq3": "Sabha security-directorate bulletin (Sabha dateline): the joint force Tamanhint base (spelled تمنهنط)→Ubari "
         "via Germa, a military-police airlift Benina airport→Sabha airport, a planned move Sabha→Al-Qatrun, a "
         "conditional pull-back Sharara field→Ubari and a denied Chadian-rebel column Chad→Umm al-Aranib; the "
         "Sabha–Ubari road, police-station towns (Brak, Idri), Murzuq's checkpoint, the Niger border as a distance "
         "and Ubari municipality are not movement places; Idri also inside the person 'إدريس'.",
 "qiq4": "Moroccan site on the Misrata joint force (Misrata dateline, spelled مصراته): vehicles Misrata→Zliten and "
         "Al-Khums, a coast-guard landing Abu Sitta naval base→Qasr al-Akhyar beach, a planned Central Security "
         "company Al-Khums→Msallata, a conditional advance Tawergha→Abu Qurayn and a denied Turkish navy arms "
         "shipment Turkey→Misrata port; Tripoli (طرابلس الغرب), Italy, Sirte, Bouznika and Morocco are background; "
         "Al-Khums also inside 'الليالي الخمس' and Misrata inside the free-zone name.",
 "qiq5": "GNU weekly report on the western border (Nalut dateline): an airlift of border guards Mitiga→Ghadames "
         "airport, armoured cars shipped Tripoli→Nalut, a planned Tunisian army move Tataouine→Dehiba, a conditional "
         "Zintan pull-back Al-Rayayna→Zintan and a denied Algerian army massing near Debdeb; Ghadames town and "
         "municipality, the Nalut–Wazin road, the Wazin crossing, the ministers' meeting in Algiers and the countries "
         "are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qiq1", "qiq2", "qiq3", "qiq4", "qiq5")
