# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "togo": ("country", "TG", 8.63425, 1.01549, "Togo"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "newyork": ("city", "US", 40.71427, -74.00597, "New York"),                            # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # qde1 UN Panel of Experts (Al-Quds Al-Arabi)
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "khums_base": ("base", "LY", 32.67610, 14.24130, "Al Khums naval base"),               # G* (row ميناء الخمس)
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "misrata_port": ("crossing", "LY", 32.367, 15.217, "Port of Misrata (Qasr Ahmed)"),    # K
 "north_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # qde2 Amnesty on Derna and the east (Asharq Al-Awsat)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "border_eg": ("region", "LY", 31.45, 24.95, "Libya-Egypt border (Libyan side, north)"),  # K
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "qubbah": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                             # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                # G* (row امساعد, written مساعد)
 "gamal_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),       # G* (row مطار طبرق, kind base)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 # qde3 HRW on the Fezzan (France 24 Arabic)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # qde4 EU report on Russian transfers (Monte Carlo Doualiya)
 "east_ly": ("region", "LY", 31.5, 21.5, "Eastern Libya"),                              # K
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "tripoint_td_sd": ("region", "LY", 19.75962, 23.73475, "Libya-Chad-Sudan border triangle"),  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tobruk_port": ("crossing", "LY", 32.072, 23.985, "Port of Tobruk"),                   # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qde5 UNSMIL briefing (QNA)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "abusalim": ("district", "LY", 32.88743, 13.18733, "Abu Salim (Tripoli municipality)"),  # G* (row أبو سليم, kind district)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli_intl": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
}

TRAPS = {
 "qde1": ["القدس العربي", "سورياً", "اللبناني", "التركية", "الفيلق الأفريقي", "إيريني", "الليبية"],
 "qde2": ["الشرق الأوسط", "كتيبة طارق بن زياد", "السيارات البيضاء", "الليبية"],
 "qde3": ["فرانس 24", "تشاديون", "تشادي", "حنان الإدريسي"],
 "qde4": ["مونت كارلو الدولية", "الفيلق الأفريقي", "دعم مالي", "الروسية", "السورية", "الليبية", "الملك إدريس"],
 "qde5": ["قنا", "مصراتية", "اللواء 444 قتال", "مصطفى الطرابلسي", "وكالة الأنباء القطرية"],
}

PHEN = {
 "qde1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "coverage_bases", "coverage_crossings", "countries"],
 "qde2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qde3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qde4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qde5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "town_vs_district", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qde1": [
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الوطية الجوية"], ["قاعدة الخمس البحرية"]),
  mv("shipment", "reported", None, ["مرفأ طرابلس"], ["ميناء مصراتة"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء طرابلس"]),
  mv("airlift", "denied", "Turkish armed forces", ["شمال سوريا"], ["مطار مصراتة"]),
  mv("withdraw", "planned", "Syrian mercenaries", ["قاعدة الخمس البحرية"], ["تركيا"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية الجوية"]),
 ],
 "qde2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["المرج", "البيضاء"]),
  mv("redeploy", "reported", "Libyan National Army", ["درنة"], ["القبة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["مساعد"]),
  mv("redeploy", "planned", "Libyan National Army", ["درنة"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درنة"], ["بنغازي"]),
 ],
 "qde3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("redeploy", "reported", "Chadian armed groups", ["أم الأرانب"], ["حقل الفيل"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["الشويرف"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مرزق"], ["سبها"]),
 ],
 "qde4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("shipment", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة معطن السارة"], ["قاعدة الجفرة الجوية"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة براك الجوية"], ["باماكو"], ["نيامي"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة القرضابية", "حقل الشرارة"]),
  mv("naval_landing", "conditional", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
 ],
 "qde5": [
  mv("mobilise", "reported", "Misrata forces", [], ["تاجوراء"]),
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["السواني"], ["العزيزية"]),
  mv("deploy", "denied", "GNA forces", ["ترهونة"], ["أبوسليم"]),
  mv("withdraw", "planned", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
  mv("advance", "conditional", "Zintan forces", ["السواني"], ["مطار طرابلس الدولي"]),
 ],
}

NOTES = {
 "qde1": "UN Panel of Experts report via Al-Quds Al-Arabi: 350 Syrian fighters moved Al-Watiya air base→Al-Khums naval "
         "base (reported; the headline repeats it), a Togo-flagged ship's cargo Port of Tripoli (Lebanon)→Misrata port "
         "(reported, no actor named), Turkish marines landed at Tripoli port from Mersin (reported), Turkey's denied "
         "flights northern Syria→Misrata airport, a planned departure of 150 fighters Al-Khums base→Turkey, and Turkish "
         "trainers who will leave Al-Watiya only if the Africa Corps leaves the Jufra base (Jufra = condition only). "
         "London, Ankara (headline), New York and Libyan Tripoli are only dateline/speaker/seat; Togo and Lebanon only "
         "flag and locator.",
 "qde2": "Amnesty report via Asharq Al-Awsat (Cairo): the Tariq Ben Zeyad brigade Benghazi→Derna via Al-Marj and "
         "Al-Bayda (reported reinforce), a company Derna→Al-Qubbah (reported), a denied massing in Emsaed (written "
         "مساعد; the border with Egypt is only a distance reference), a planned move Derna→Gamal Abdel Nasser air base "
         "(Tobruk only locates it) and a conditional return Derna→Benghazi. 'السيارات البيضاء' is not Al-Bayda; Cairo, "
         "Benghazi as seat, Tripoli and Al-Jabal al-Akhdar are not movement places.",
 "qde3": "HRW report via France 24 Arabic (Tunis): LNA reinforcements Sabha→Murzuq via Ghuddwa (reported), Chadian fighters "
         "Umm al-Aranib→El Feel field (reported; Murzuq district only locates the field), a denied airlift Jufra air "
         "base→Ghat airport, a planned company Idri→Ash Shwayrif (Wadi al-Shati only locates Idri) and a conditional "
         "pull-back Murzuq→Sabha (the Niger border is only in the condition). Tunis is the city twice; N'Djamena, Niger "
         "and Algeria are not movement places; Hanan al-Idrisi is a person.",
 "qde4": "EU (EEAS) report via Monte Carlo Doualiya (Brussels): Russian Il-76 flights Hmeimim→Al-Khadim (reported; "
         "Benghazi only locates the base, Belarus only the aircraft registry), an equipment shipment Al-Khadim→Maaten al-Sarra via "
         "Jufra air base (reported; the Chad–Sudan border triangle only locates the base), a planned air bridge Brak air "
         "base→Bamako via Niamey, a denied deployment at Gardabya base or around the Sharara field (Sirte a locator), "
         "and a conditional landing Tartus→Tobruk port. 'دعم مالي' is not Mali; King Idris is not Idri.",
 "qde5": "UNSMIL briefing via QNA (New York): Misrata brigades massing in Tajura (reported; no origin written), a "
         "Zintan column Zintan→As-Sawani via Al-Aziziyah (reported), the GNA's denied deployment Tarhuna→Abu Salim "
         "(Tarhuna municipality only the HQ), a planned withdrawal Tajura→Misrata and a conditional advance "
         "As-Sawani→Tripoli International Airport ('the force coming from Zintan' repeats the reported move). UN "
         "monitors' conditional deployment is not a force movement; Tripoli (headline, May 2025) and Qatar are not "
         "movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qde1", "qde2", "qde3", "qde4", "qde5")
