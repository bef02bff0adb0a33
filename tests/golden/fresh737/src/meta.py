# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbk1 a year after the May 2025 Tripoli clashes (Al-Quds Al-Arabi)
 "abusalim": ("district", "LY", 32.88743, 13.18733, "Abu Salim (Tripoli)"),             # G* (row أبو سليم, kind town)
 "salahaddin": ("district", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),        # G* (row صلاح الدين, kind town)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G (row القره بوللي)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 # qbk2 a year after the July 2025 oilfield shutdown (Al-Jarida)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "jalu_mun": ("district", "LY", 29.03333, 21.55000, "Jalu municipality"),               # G* (town row)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G* (town row الزويتينة)
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                               # G (row أوجلة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qbk3 a year after the April 2025 Zawiya crisis (Al-Liwaa, Beirut)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "akkar": ("district", "LB", 34.53, 36.15, "Akkar"),                                    # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba-Zarzis International Airport"),  # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # qbk4 a year after the June 2025 border-triangle attack (SUNA, Port Sudan)
 "triangle": ("region", "SD", 21.85, 25.10, "Sudan-Egypt-Libya border triangle (Sudanese side)"),  # K
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "debba": ("town", "SD", 18.05, 30.95, "Ed Debba"),                                     # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # qbk5 a year after the September 2025 Qatrun crisis (Al-Wafd, Cairo)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),              # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tibesti": ("district", "TD", 20.30159, 16.62370, "Tibesti"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qbk1": ["القدس العربي", "المصراتية", "سالم الزنتاني", "كتيبة ثوار طرابلس", "السنوات الخمس", "خالد الطرابلسي",
          "اللبناني", "الليبية"],
 "qbk2": ["طارق بن زياد", "زلة لسان", "ليبيا روحها الوطن", "الخليج العربي للنفط", "إدريس المغربي", "الليبي"],
 "qbk3": ["صوت لبنان", "العكاري", "الجيش التونسي", "التركية", "اللبنانية", "الليبية"],
 "qbk4": ["وكالة السودان للأنباء", "القوة المشتركة لحركات دارفور", "الليبي", "الليبية", "السودانية"],
 "qbk5": ["الفيلق الأفريقي", "محمد السبهاوي", "إدريس الطاهر", "تشادية", "الجيش الوطني الليبي"],
}

PHEN = {
 "qbk1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "coverage_crossings", "countries"],
 "qbk2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings"],
 "qbk3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qbk4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qbk5": ["clitics", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbk1": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["طرابلس"], ["القربوللي", "تاجوراء"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("withdraw", "reported", "Misrata forces", ["طرابلس"], ["مصراتة"]),
  mv("redeploy", "planned", "GNA forces", ["أبو سليم"], ["ترهونة"]),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء الخمس"], ["ميناء طرابلس"]),
 ],
 "qbk2": [
  mv("deploy", "reported", "Libyan National Army", ["بنغازي"], ["جالو"], ["إجدابيا"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الزويتينة"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة"], ["زلة"]),
  mv("redeploy", "planned", "Libyan National Army", ["جالو"], ["حقل السرير"]),
  mv("withdraw", "conditional", "Libyan National Army", ["ميناء الزويتينة"]),
 ],
 "qbk3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"]),
  mv("shipment", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["الزاوية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["صبراتة", "زوارة"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"]),
 ],
 "qbk4": [
  mv("advance", "reported", "Sudanese armed groups", ["الكفرة"], ["المثلث الحدودي"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المثلث الحدودي"]),
  mv("advance", "reported", "Sudanese armed groups", [], ["كرب التوم"]),
  mv("deploy", "denied", "Libyan National Army", ["قاعدة معطن السارة"], ["الحدود مع السودان"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["المثلث الحدودي"]),
 ],
 "qbk5": [
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
  mv("advance", "reported", "Chadian armed groups", ["تجرهي"], ["القطرون"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["غدوة", "أم الأرانب"]),
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع النيجر"]),
  mv("airlift", "denied", "Russian forces", [], ["قاعدة الويغ"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة براك الجوية"], ["مرزق"]),
 ],
}

NOTES = {
 "qbk1": "One year after the May 2025 Tripoli clashes: Misrata brigades' column Misrata→Tripoli via Garabulli and "
         "Tajura on 13 May 2025 (reported), Zintan's denied massing of 40 vehicles in Al-Aziziyah, the column's "
         "withdrawal Tripoli→Misrata after the truce (reported), the defence ministry's planned move of two "
         "battalions from Abu Salim to a camp near Tarhuna, and a conditional sea lift of a reserve force Khoms "
         "port→Tripoli port. Mitiga airport, Salah al-Din and the dateline are not movement places; Tripoli "
         "(Lebanon), Ankara and Cairo are only the analyst's home and the guarantors; traps: the Tripoli "
         "Revolutionaries Brigade, the persons al-Zintani and al-Trabulsi, 'the five years' (Al-Khums).",
 "qbk2": "One year after the July 2025 oilfield shutdown: an LNA column Benghazi→Jalu via Ajdabiya (reported), "
         "infantry landed at Zueitina oil port from Benghazi port (reported), a denied Russian airlift Jufra "
         "base→Zillah, a planned battalion Jalu→Sarir field and a conditional pull-out from Zueitina. Sarir and "
         "Messla as the closed fields, Awjila–Jalu road works, Jalu municipality, Tripoli (NOC seat), Ajdabiya as "
         "the officer's operations room and the Oil Crescent are not movement places; 'زلة لسان' is a common-word "
         "trap beside the town Zillah.",
 "qbk3": "Lebanese angle on the April 2025 Zawiya crisis: a GNA column Tripoli→Zawiya via Janzour (reported), a "
         "Tunisian reinforcement Gabes→Ben Gardane (reported), a denied Turkish drone/ammunition shipment Watiya "
         "base→Zawiya, a planned joint force Tripoli→Sabratha and Zuwara, and a conditional withdrawal from Zawiya. "
         "Workers' buses to Ras Ajdir and their flight Djerba airport→Beirut are civilian, not movements; Tripoli "
         "(Lebanon) and Akkar are the workers' home towns; Tunis/Tunisia and the border are background.",
 "qbk4": "SUNA on the June 2025 border-triangle attack: RSF advance Kufra→the triangle (reported), an RSF fuel and "
         "ammunition convoy Kufra→the triangle (reported), a further advance to Karb al-Tom (North Darfur and the "
         "border with Chad only locate it), the LNA's denial of any move from Maaten al-Sarra base to the border "
         "with Sudan, its planned battalion Kufra→Maaten al-Sarra, and the RSF's conditional withdrawal from the "
         "triangle (Ed Debba only the condition). Port Sudan, Benghazi, Khartoum, Dongola, El Fasher are not "
         "movement places.",
 "qbk5": "Al-Wafd on the September 2025 Qatrun crisis: Chadian groups massed in Tajarhi and advanced on Qatrun "
         "(reported), an LNA column Sabha→Qatrun via Ghuddwa and Umm al-Aranib (reported), the groups' withdrawal "
         "Qatrun→the border with Niger (reported), a denied Russian airlift to Al Wigh base, a planned border-guard "
         "battalion Qatrun→Toummo crossing, and a conditional reinforcement Brak air base→Murzuq (the Murzuq–Umm "
         "al-Aranib road is only the condition). Tibesti, Chad, Algiers/Algeria, Niger (second mention), Fezzan "
         "and Murzuq district are not movement places; Idris al-Taher contains «إدري».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbk1", "qbk2", "qbk3", "qbk4", "qbk5")
