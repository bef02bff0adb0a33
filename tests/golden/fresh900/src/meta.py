# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون, Hun)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # qhr1 Eid al-Fitr in Tripoli (Al-Quds Al-Arabi)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "qasrbenghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),              # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Garabulli"),                          # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, kind region)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "abusalim": ("district", "LY", 32.88743, 13.18733, "Abu Salim"),                       # G* (row أبو سليم, kind district)
 "south_tripoli": ("region", "LY", 32.80, 13.20, "Southern Tripoli"),                   # K
 # qhr2 the Karama anniversary parade in Benghazi (Sada El Balad)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "garyounis": ("district", "LY", 32.08, 20.05, "Qar Yunis (Benghazi)"),                 # K
 # qhr3 the Al-Bunyan al-Marsous anniversary in Misrata (Al-Jarida)
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "qasrahmed_port": ("crossing", "LY", 32.36500, 15.21300, "Qasr Ahmed port (Misrata)"),  # G* (row ميناء مصراتة)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 # qhr4 Eid al-Adha in Sabha (Al-Ayam)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # qhr5 the 75th Independence Day parade in Tripoli (Ammon News)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya"),                      # G* (row إقليم طرابلس)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G
}

TRAPS = {
 "qhr1": ["القدس العربي", "اللواء 444 قتال", "اللواء 111 مجحفل", "عماد الطرابلسي", "هذه الزاوية", "الليبية"],
 "qhr2": ["صدى البلد", "الجيش الوطني", "الكرامة", "اللواء طارق بن زياد", "كتيبة سبل السلام", "الهرج والمرج",
          "مصري"],
 "qhr3": ["الجريدة", "البنيان المرصوص", "المصراتية", "إبراهيم الزليتني", "سرت شائعات", "التركية", "أتراك"],
 "qhr4": ["الأيام", "الجيش الوطني الليبي", "إدريس الحضيري", "الكتيبة 128 مشاة", "تشاديين"],
 "qhr5": ["عمون", "الملك إدريس السنوسي", "اللبنانية", "الليبية", "بركان الغضب", "اللواء 103 مشاة", "تركية"],
}

PHEN = {
 "qhr1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qhr2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qhr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "countries"],
 "qhr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
 "qhr5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhr1": [
  mv("reinforce", "reported", "GNA forces", ["ترهونة"], ["طرابلس"], ["قصر بن غشير"]),
  mv("withdraw", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["القره بوللي"]),
  mv("deploy", "conditional", "GNA forces", [], ["الزاوية"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["ورشفانة"]),
 ],
 "qhr2": [
  mv("mobilise", "reported", "Libyan National Army", ["سرت", "الجفرة"], ["بنغازي"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة تمنهنط"], ["قاعدة بنينا"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["سرت", "الجفرة"]),
  mv("naval_landing", "conditional", "Libyan National Army", ["قاعدة طبرق البحرية"], ["بنغازي"]),
  mv("withdraw", "denied", "Libyan National Army", ["الكفرة"]),
 ],
 "qhr3": [
  mv("redeploy", "reported", "Misrata forces", ["أبو قرين"], ["مصراتة"], ["تاورغاء"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء قصر أحمد"]),
  mv("redeploy", "planned", "Misrata forces", [], ["أبو قرين"]),
  mv("reinforce", "conditional", "Misrata forces", ["زليتن"], ["أبو قرين"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة"]),
 ],
 "qhr4": [
  mv("deploy", "reported", "Libyan National Army", ["براك الشاطئ"], ["سبها"]),
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["مطار سبها"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("redeploy", "planned", "Libyan National Army", [], ["براك"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["حقل الفيل"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["القطرون"]),
 ],
 "qhr5": [
  mv("redeploy", "reported", "Misrata forces", ["مصراتة"], ["طرابلس"], ["الخمس"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة الوطية"], ["مطار معيتيقة"]),
  mv("shipment", "reported", "GNA forces", ["معسكر اليرموك"]),
  mv("deploy", "planned", "Turkish armed forces", ["تركيا"], ["ميناء طرابلس"]),
  mv("withdraw", "conditional", "GNA forces", [], ["الزاوية"]),
  mv("mobilise", "denied", "Libyan National Army", ["الجفرة"], ["الشويرف"]),
 ],
}

NOTES = {
 "qhr1": "Eid al-Fitr plan in Tripoli: 60 vehicles of the 444 Brigade (trap) reinforce Tripoli from Tarhuna via Qasr bin Ghashir, their "
         "planned return Tripoli→Tarhuna after the holiday, a company of the 166th Battalion Misrata→Garabulli, a "
         "conditional move of the 111 Brigade (trap) to Zawiya 'if clashes resume' (the 'eastern entrance to Zawiya' "
         "sentence, written للزاوية, is surveillance, not a movement), and the Interior Ministry's denial of a column "
         "from Zintan into Warshefana. Ras Jdir, the Tunisian border, Mitiga airport (travellers), Abu Salim and "
         "southern Tripoli (last year's clashes) are not movement places; 'هذه الزاوية' is a common-word trap and "
         "'عماد الطرابلسي' a person.",
 "qhr2": "LNA parade for the Karama anniversary in Benghazi: Tariq bin Ziyad Brigade (trap) columns massed in Benghazi "
         "from Sirte and Jufra (mobilise, after the headline's يحشد), a cargo airlift Tamanhint base (written تمنهنط)→Benina base, the planned return to Sirte and Jufra "
         "(no origin written), a demonstration landing by boats and a landing ship from Tobruk naval base on the Benghazi "
         "shore 'if the weather allows' (conditional naval_landing), and a denied pull-out of the Subul al-Salam battalion (trap) from Kufra ('staying on the "
         "border with Sudan' is a position, not a move). Cairo (metonymy for Egypt), the UAE, Russia, the Oil Crescent "
         "and Qar Yunis are not movement places; 'الهرج والمرج' is a common-word trap for Al-Marj.",
 "qhr3": "Misrata parade for the 10th anniversary of Al-Bunyan al-Marsous (trap): 80 vehicles Abu Qurayn→Misrata via "
         "Tawergha, two ships Abu Sitta naval base→Qasr Ahmed port landing 90 marines (Tripoli only locates the base), "
         "the planned return to Abu Qurayn, a conditional reinforcement Zliten→Abu Qurayn if Haftar's forces move "
         "outside Sirte (Sirte only the condition), and a denied Turkish airlift Al-Watiya→Misrata airport ('سرت "
         "شائعات' = rumours spread, a common-word trap). Sirte in the background and the Misrata–Zliten road closure are "
         "not movement places.",
 "qhr4": "Eid al-Adha plan in Sabha: an LNA infantry battalion Brak al-Shati→Sabha, a company Tamanhint base→around "
         "Sabha airport, 6 ammunition-and-fuel trucks Al-Jufra air base→Sabha (shipment), the battalion's planned return to Brak, a conditional company to the El Feel field if "
         "tension resumes in Murzuq (Murzuq only the condition), and a denied entry of Chadian gunmen into Al-Qatrun "
         "from the border with Niger. Idri (tribal clashes), Wadi al-Shati, the Sabha–Ubari road, southern Libya and "
         "Fezzan are background; 'إدريس الحضيري' is a person containing «إدري».",
 "qhr5": "Tripoli parade for the 75th Independence Day (King Idris al-Senussi, trap): the 166th Battalion Misrata→Tripoli "
         "via Al-Khums, an airlift Al-Watiya→Mitiga airport, 12 tanks trucked from Yarmouk camp to the parade ground "
         "(shipment, origin only), a planned Turkish frigate from Turkey→Tripoli port, a "
         "conditional return of the 103rd Infantry Brigade (trap) to Zawiya only after Janzour calms down (Janzour only "
         "the condition), and the LNA's denied massing of 50 vehicles from Jufra near Ash Shwayrif (Benghazi = the denier's "
         "seat). Tripoli of "
         "Lebanon (delegation), «طرابلس الغرب» (old name of the Libyan capital), the ambassadors' countries and Kufra/"
         "Ghadames in a speech are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhr1", "qhr2", "qhr3", "qhr4", "qhr5")
