# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # cities and capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # Fezzan towns
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 # airports and air bases
 "sabha_apt": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                   # G
 "mitiga_apt": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                 # G
 "misrata_apt": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "tamanhint_apt": ("airport", "LY", 27.24010, 14.65630, "Taminhint Airport"),           # G
 "khadim_base": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),               # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "wigh_apt": ("airport", "LY", 24.18590, 14.53280, "Al Wigh Airport"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "ghat_apt": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                     # G
 "ubari_apt": ("airport", "LY", 26.5675, 12.8231, "Ubari Airport"),                     # K
 # port, crossings, oil fields
 "tobruk_port": ("crossing", "LY", 32.072, 23.975, "Tobruk port"),                      # K
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # regions and districts
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "border_ly_dzside": ("region", "DZ", 24.6, 9.85, "Algeria-Libya border (Algerian side near Djanet)"),  # K
}

LNA, RU, GNA = "Libyan National Army", "Russian forces", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "sn1": ["بوابة أفريقيا الإخبارية", "علي الفزاني", "شارع طرابلس", "الخطوط الجوية الليبية", "سودانيين"],
 "sn2": ["يورونيوز", "فلايت رادار 24", "الفيلق الأفريقي", "جلال الإدريسي", "الليبية", "الروسية", "إيطالية",
         "تشادية"],
 "sn3": ["«المتوسط»", "لغات", "غرفة عمليات الجنوب الغربي", "اللواء طارق بن زياد", "الخطوط الجوية الأفريقية",
         "الجيش الجزائري", "جزائري", "ليبية"],
 "sn4": ["سبوتنيك", "إدريس البراكي", "الجيش الوطني الليبي", "الخطوط الجوية الليبية", "وزارة الدفاع الروسية",
         "عسكري ليبي"],
 "sn5": ["لوسيل", "الخطوط التونسية", "دعم مالي"],
}

PHEN = {
 "sn1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_bases", "countries"],
 "sn2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "sn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "sn4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "countries"],
 "sn5": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "sn1": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("reinforce", "reported", LNA, ["مطار سبها"], ["أم الأرانب"], ["غدوة"]),
  mv("shipment", "planned", LNA, ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("deploy", "conditional", LNA, ["قاعدة تمنهنت"], ["مطار سبها"]),
  mv("airlift", "denied", "Sudanese armed groups", ["الكفرة"], ["مطار سبها"]),
 ],
 "sn2": [
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة تمنهنت الجوية"]),
  mv("naval_landing", "reported", RU, [], ["ميناء طبرق"]),
  mv("redeploy", "planned", LNA, ["تمنهنت"], ["قاعدة الويغ"]),
  mv("advance", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["منفذ التوم"]),
  mv("withdraw", "denied", RU, ["قاعدة براك الجوية"], ["تمنهنت"]),
 ],
 "sn3": [
  mv("airlift", "reported", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("deploy", "reported", LNA, ["مطار غات"], ["منفذ إيسين"]),
  mv("deploy", "planned", LNA, ["سبها"], ["مطار أوباري"]),
  mv("withdraw", "conditional", LNA, ["مطار أوباري"], ["العوينات"]),
  mv("mobilise", "denied", "Algerian army", [], ["جانت", "الحدود مع ليبيا"]),
 ],
 "sn4": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("withdraw", "reported", LNA, ["إدري"], ["قاعدة براك الجوية"]),
  mv("naval_landing", "denied", RU, [], ["ميناء طبرق", "براك"]),
 ],
 "sn5": [
  mv("shipment", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("mobilise", "reported", LNA, [], ["مطار سبها"]),
  mv("reinforce", "conditional", LNA, ["مطار سبها"], ["القطرون", "مرزق"]),
  mv("airlift", "planned", GNA, ["معيتيقة"], ["مطار أوباري"]),
  mv("shipment", "denied", None, ["مطار الويغ"], ["تشاد"]),
 ],
}

NOTES = {
 "sn1": ("Afrigate News (Sabha): first civil Buraq flight Mitiga->Sabha airport after runway works (not a move) beside an "
         "LNA Il-76 airlift Benina air base->Sabha airport, the same troops on by road to Umm al-Aranib via Ghuddwa "
         "(reinforce), a planned ammunition shipment Jufra air base->Sabha, a conditional deploy Tamanhint base->the "
         "airport, and the airport director's denial of a Sudanese fighters' flight from Kufra; civil flights to "
         "Benghazi/Tunisia, patients' road trips to Tripoli and the booking office on 'Tripoli Street' are not moves."),
 "sn2": ("Euronews Arabic: Tamanhint air base used by civil flights during Sabha's works; Russian Il-76s Al Khadim "
         "base->Tamanhint (reported from flight data), a Russian landing at Tobruk port, a planned LNA redeploy "
         "Tamanhint->Al Wigh base (the Niger border only locates it), a conditional advance on the Toummo crossing, the "
         "Russian embassy's denied pull-out Brak base->Tamanhint; a passenger from Benghazi and the analyst's quote are "
         "not moves."),
 "sn3": ("Al-Mutawaset (Ghat): civil flights resume at Ubari airport (from Mitiga) and are planned at Ghat airport "
         "(from Sabha; oil-worker charters to Sharara) - not moves; LNA C-130s Tamanhint base->Ghat airport, half the "
         "troops on to the Isayen crossing (deploy), a planned force Sabha->Ubari airport, the local battalion's "
         "conditional pull-back Ubari airport->Al-Awaynat (لن...إلا إذا), and Algeria's denied massing at Djanet/on the "
         "border with Libya; 'مطاري غات وأوباري' gives the two towns."),
 "sn4": ("Sputnik Arabic (Moscow): an LNA engineering unit flown Jufra air base->Brak air base to repair the runway for "
         "civil flights, a planned infantry company Sabha->the base (ستعيد تموضع), a conditional advance base->Idri, a "
         "flashback withdrawal Idri->the base in January, and the Russian MoD's denied landing of troops at Tobruk port "
         "'on their way to Brak'; Moscow (dateline/speaker), Wadi al-Shati residents' trips to Tamanhint airport and "
         "the promised civil flights are not moves."),
 "sn5": ("Lusail (Doha): private cargo flights of food and medicine Misrata/Tripoli International->Sabha/Ghat and a "
         "Tunisair cargo flight Tunis->Sabha airport are not moves; an LNA ammunition shipment Benina air base->Ghat "
         "airport, LNA massing at Sabha airport, a conditional reinforcement of Qatrun and Murzuq from that force (the "
         "Niger border is where smuggling happens), a planned GNA Interior airlift Mitiga->Ubari airport, and a cargo "
         "company's denial of arms flights Al Wigh airport->Chad (no force named: actor null)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sn1", "sn2", "sn3", "sn4", "sn5")
