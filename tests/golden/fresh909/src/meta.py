# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries and shared
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                            # G
 "azerbaijan": ("country", "AZ", 40.13719, 47.72619, "Azerbaijan"),                      # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 # qia1 Tripoli appeal court, August 2022 (Al-Quds Al-Arabi)
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (town row)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 # qia2 Egyptian House defence committee, the 2020 red line (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (row هون: README rule, point near Hun)
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),           # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "border_eg": ("region", "EG", 31.35, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 "matruh_airport": ("airport", "EG", 31.32540, 27.22170, "Mersa Matruh Airport"),        # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                     # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                           # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),                # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 # qia3 ICC hearing on Murzuq 2019 (France 24)
 "hague": ("city", "NL", 52.07667, 4.29861, "The Hague"),                                # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 # qia4 Tunis terrorism chamber, the 2016 Ben Gardane attack (Al-Jarida)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                 # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                   # G
 "border_tn_side": ("region", "TN", 32.9, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
 # qia5 Beirut military court, Lebanese recruits in Libya (Al-Liwaa)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                  # G* (row باب التبانة, kind district)
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                               # G* (row حلبا = Halba, Akkar's seat)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                   # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Port of Mersin"),                    # K
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "beirut_airport": ("airport", "LB", 33.8209, 35.4884, "Beirut-Rafic Hariri International Airport"),  # K
}

TRAPS = {
 "qia1": ["القدس العربي", "مصراتي", "مصراتية", "جهاز الردع", "سالم الزنتاني", "عبد الحميد إدريس", "السنوات الخمس"],
 "qia2": ["الوفد", "السلومي", "المنطقة الغربية العسكرية", "وكالة الأناضول", "حسم 2026", "المصرية", "مصري",
          "الليبية"],
 "qia3": ["فرانس 24", "الجيش الوطني", "عملية تحرير الجنوب", "عمر إدريس", "تشادية", "الليبي", "الفرنسي"],
 "qia4": ["الجريدة", "القضاء التونسي", "داعش", "الحرس الوطني", "منير القابسي", "الجيش التونسي"],
 "qia5": ["اللواء", "أبو علي الطرابلسي", "السلطان مراد", "مالي", "سورياً", "فصائل سورية", "الجيش الوطني الليبي"],
}

PHEN = {
 "qia1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "town_vs_district", "coverage_oil"],
 "qia2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qia3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qia4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qia5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qia1": [
  mv("advance", "reported", "Misrata forces", ["مصراتة"], ["القره بوللي"], ["زليتن", "الخمس"]),
  mv("withdraw", "reported", "Misrata forces", ["القره بوللي"], ["مصراتة"]),
  mv("advance", "conditional", "Misrata forces", ["القره بوللي"], ["تاجوراء"]),
  mv("airlift", "planned", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("reinforce", "reported", "GNA forces", ["جنزور"], ["تاجوراء"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
 ],
 "qia2": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيدي براني"]),
  mv("airlift", "reported", "Egyptian army", ["القاهرة"], ["مطار مرسى مطروح"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("deploy", "denied", "Egyptian army", ["سيوة"], ["الجغبوب"]),
  mv("redeploy", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("naval_landing", "planned", "Egyptian army", ["قاعدة رأس التين البحرية"], ["السلوم"]),
 ],
 "qia3": [
  mv("advance", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مرزق"], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["مرزق"], ["حقل الفيل"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], ["القطرون"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["قاعدة الجفرة الجوية"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
 ],
 "qia4": [
  mv("advance", "reported", "Foreign fighters", ["صبراتة"], ["بن قردان"], ["زوارة"]),
  mv("advance", "conditional", "Foreign fighters", [], ["مدنين"]),
  mv("naval_landing", "planned", "Foreign fighters", ["زوارة"], ["جرجيس"]),
  mv("shipment", "denied", "Foreign fighters", ["صبراتة"], ["بن قردان"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس", "مدنين"], ["بن قردان"]),
 ],
 "qia5": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار غازي عنتاب"], ["مطار معيتيقة"]),
  mv("redeploy", "reported", "Syrian mercenaries", ["طرابلس"], ["أبوقرين"], ["مصراتة"]),
  mv("shipment", "reported", None, ["ميناء مرسين"], ["ميناء مصراتة"]),
  mv("advance", "conditional", "Syrian mercenaries", [], ["سرت"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار معيتيقة"], ["تركيا"]),
  mv("deploy", "denied", "Syrian mercenaries", [], ["ترهونة"]),
 ],
}

NOTES = {
 "qia1": "Tripoli appeal-court testimony on the night of 27 August 2022: a Misrata column Misrata→Garabulli via "
         "Zliten and Al-Khums (Tripoli only 'the capital', 55 km, not written as a place there) that then returned "
         "Garabulli→Misrata; a written order to advance Garabulli→Tajoura 'if' Radaa's lines broke inside Tripoli "
         "(Tripoli = condition only); a planned, cancelled airlift Misrata airport→Mitiga airport; a GNA reinforcement "
         "Janzour→Tajoura (Tajoura municipality only a source); the Zintan defence denies massing 40 vehicles in "
         "Al-Aziziyah (Zintan as origin of a force is not written; Al-Rujban is where the video was filmed). Zawiya, "
         "Gharyan (witnesses) and the Sharara field (closure by protesters) are not movement places.",
 "qia2": "Egyptian House defence committee hearing on June-July 2020: two armoured brigades Mohamed Naguib base→Sidi "
         "Barrani (the border only a distance reference); a C-130 airlift Cairo→Marsa Matruh airport (Cairo is also "
         "the dateline and a meeting place); a conditional advance to Sirte and Al-Jufra (the same two places are "
         "earlier only the name of the red line); Anadolu's claim of special forces Siwa→Jaghbub, denied; a planned "
         "division Marsa Matruh→Sallum and a planned marine landing Ras el-Tin base→Sallum coast; the Sallum land "
         "port only for traveller figures.",
 "qia3": "ICC confirmation hearing on Murzuq 2019: an LNA column Tamanhint base→Murzuq via Sabha, then a company "
         "Murzuq→El Feel field; an order to withdraw Murzuq→Al-Qatrun 'if' attacked; a planned, cancelled airlift "
         "Sabha airport→Jufra air base; the defence denies massing Chadian opposition fighters at Umm al-Aranib. "
         "The Hague (dateline), Idri and Wadi al-Shati (where the witness spoke from), the Niger border (where "
         "fighters are active), the Murzuq airstrike, Murzuq district (site visit), Fezzan and Sabha (displaced "
         "people) are not movement places.",
 "qia4": "Tunis terrorism chamber on the March 2016 Ben Gardane attack: about 50 IS fighters Sabratha→Ben Gardane via "
         "Zuwara, avoiding the Ras Ajdir crossing (not a via); a conditional advance on Medenine; a planned boat "
         "Zuwara→Zarzis that never sailed; the defendant denies moving weapons Sabratha→Ben Gardane; the Tunisian "
         "army's reinforcements Gabes and Medenine→Ben Gardane. Tunis is the court's city and dateline, Tunisia the "
         "country that built the barrier; Zarzis is also a birthplace; Tripoli only locates Sabratha.",
 "qia5": "Beirut military court, Lebanese recruits of Syrian factions in 2020: an airlift Gaziantep airport→Mitiga "
         "airport, a move by road Tripoli (Libya)→Abu Qurayn via Misrata, an ammunition shipment Mersin port→Misrata "
         "port (no force named), a conditional advance on Sirte, a planned (postponed) airlift Mitiga→Turkey, and a "
         "denied move to Tarhuna. The 'طرابلس' origin is Libyan Tripoli; the Lebanese Tripoli is where the men "
         "came from. Civilian trips (Tripoli→Turkey to find work, the return to Lebanon via Turkey or Beirut "
         "airport) are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qia1", "qia2", "qia3", "qia4", "qia5")
