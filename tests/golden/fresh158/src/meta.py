# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # cities and capitals used in several articles
 "nyc": ("city", "US", 40.71427, -74.00597, "New York City"),                           # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, kind city)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # fd1 Fezzan
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G (district row غات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G (gazetteer kind kept)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G (row أوباري)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # fd2 Kufra
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "n_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "matan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G (row قاعدة معطن السارة)
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),             # G* (district row الكفرة)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 # fd3 Jufra
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46000, 35.82000, "Port of Tripoli (Lebanon)"),  # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city row)
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G (row أبوقرين)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # fd4 western ports
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "aksaz": ("base", "TR", 36.83450, 28.39000, "Aksaz Naval Base"),                       # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),               # K
 "jebel_ali": ("crossing", "AE", 25.01126, 55.06116, "Port of Jebel Ali"),              # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "border_tn_side": ("region", "TN", 33.05000, 11.45000, "Tunisian side of the border with Libya"),  # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G* (row قاعدة الوطية)
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 # fd5 UNSMIL report
 "misrata_port": ("crossing", "LY", 32.36670, 15.23330, "Port of Misrata (Qasr Ahmad)"),  # K
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zawiya_refinery": ("oilfield", "LY", 32.77000, 12.70000, "Zawiya refinery"),          # K
}

TRAPS = {
 "fd1": ["القبس", "حفتر", "الفيلق الأفريقي", "الروسي", "مسعود السبهاوي",
         "جبهة الوفاق من أجل التغيير في تشاد", "الأراضي الليبية", "بلاغات", "الجزائرية", "إيريني"],
 "fd2": ["اليوم السابع", "الأراضي السودانية", "قوات الدعم السريع", "حركات دارفورية", "الليبي",
         "الأخبار السارة"],
 "fd3": ["الأخبار", "الروسي", "الفيلق الأفريقي", "شمالي", "المرفأ اللبناني", "سرت أنباء", "الدعم المالي"],
 "fd4": ["الشارع المغاربي", "الموانئ الليبية", "السنوات الخمس", "إيريني", "علية الطرابلسي"],
 "fd5": ["عُمان", "تشاديين", "تشادياً", "العقيد سالم الإدريسي", "قوة حماية طرابلس"],
}

PHEN = {
 "fd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "fd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "fd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "fd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "fd1": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("redeploy", "planned", "Libyan National Army", ["إدري"], ["حقل الشرارة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنط"], ["غات", "منفذ إيسين"]),
 ],
 "fd2": [
  mv("shipment", "reported", None, ["الكفرة"], ["شمال دارفور"], ["جبل العوينات"]),
  mv("airlift", "reported", None, ["مطار بنينا"], ["قاعدة معطن السارة الجوية"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["تازربو"]),
  mv("deploy", "planned", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "conditional", "Sudanese armed groups", ["المالحة"], ["الكفرة"], ["المثلث الحدودي"]),
 ],
 "fd3": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مالي", "بوركينا فاسو"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"], ["مرفأ طرابلس"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["سرت"], ["الجفرة"]),
  mv("withdraw", "planned", "Foreign fighters", ["هون", "ودان", "سوكنة"], []),
  mv("advance", "conditional", "Misrata forces", ["أبو قرين"], ["سرت", "الهلال النفطي"]),
 ],
 "fd4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["قاعدة أبوستة البحرية"]),
  mv("shipment", "denied", "GNA forces", ["ميناء جبل علي"], ["ميناء زوارة"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان", "الحدود مع ليبيا"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["معبر رأس الجدير"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"], []),
 ],
 "fd5": [
  mv("withdraw", "reported", "Chadian armed groups", ["مرزق"], ["الحدود مع تشاد"]),
  mv("naval_landing", "reported", "Syrian mercenaries", [], ["ميناء مصراته"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
  mv("reinforce", "planned", "Libyan National Army", ["أجدابيا"], ["الكفرة"]),
  mv("deploy", "conditional", "GNA forces", [], ["مصفاة الزاوية"]),
 ],
}

NOTES = {
 "fd1": "Al-Qabas (Kuwait) summary of the UN Panel of Experts final report on the Fezzan: a documented Il-76 air "
        "bridge Al Khadim→Brak air base (Africa Corps), an LNA column Sabha→Toummo via Al Qatrun, a member state's "
        "claim of FACT massing at Umm al-Aranib denied by FACT (and unverified), a planned LNA battalion Idri→Sharara "
        "and a conditional reinforcement Tamanhint→Ghat/Isayen; traps: a person named after Sabha, «بلاغات» "
        "(contains غات), the FACT name containing Chad.",
 "fd2": "Youm7 (Egypt) summary of the Panel report on Kufra: documented fuel/ammunition convoys Kufra→North Darfur "
        "via Jebel Uweinat (carrier unnamed), cargo flights Benina airport→Maaten al-Sarra, a member state's report "
        "of Darfur fighters massing in Tazirbu denied by the LNA, a planned LNA deployment on the Sudan border and "
        "a conditional RSF advance Al Malha→Kufra via the triangle; El Fasher (where ammunition was found), Egypt as "
        "informant and the countries urged to coordinate are not movement places.",
 "fd3": "Al-Akhbar (Lebanon) on the Panel report and UNSMIL briefing on Jufra: an Africa Corps airlift Jufra air "
        "base→Mali/Burkina Faso, a Russian cargo ship Tartus→Tobruk port via the port of Tripoli (Lebanon), a "
        "member state's claim of Syrians moved Sirte→Jufra denied by the LNA, a planned 5+5 withdrawal of foreign "
        "fighters from Hun/Waddan/Sokna (no destination) and a conditional Misrata advance Abu Qurayn→Sirte/Oil "
        "Crescent; Lebanese vs Libyan Tripoli, «سرت أنباء», «الدعم المالي», «شمالي», and Waddan inside السودان.",
 "fd4": "Acharaa Al Magharebi (Tunisia) on the Panel report and the western ports: a Turkish landing ship Aksaz "
        "naval base→Abu Sitta naval base, a container Jebel Ali port→Zuwara port denied by the GNU defence "
        "ministry, Tunisian reinforcements Gabes→Ben Gardane and the border, a planned GNU Interior force "
        "Tripoli→Ras Ajdir crossing and Turkey's conditional non-withdrawal from Al-Watiya; Tunis dateline vs "
        "Tunisia, «السنوات الخمس», a person named الطرابلسي; ports to be inspected are not movement places.",
 "fd5": "Oman daily (agency copy) on the Secretary-General's UNSMIL report: a reported Chadian pull-out Murzuq→the "
        "Chad border, a landing of Syrian fighters at Misrata port, a denied LNA build-up at Ash Shwayrif, a "
        "planned LNA battalion Ajdabiya→Kufra and a conditional GNU deployment at the Zawiya refinery; refugees "
        "from Sudan and unarmed monitors for Sirte are not movements; Algeria vs Algiers, a person named "
        "الإدريسي, «قوة حماية طرابلس».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("fd1", "fd2", "fd3", "fd4", "fd5")
