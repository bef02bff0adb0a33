# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # foreign cities and bases
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G* (row spelled عمان)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 # Egypt's west
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 # Tripoli and the west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                            # G
 "salah_din": ("town", "LY", 32.82, 13.20, "Salah al-Din (Tripoli)"),                   # K
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # Misrata and the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "raslanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G* (oilfield row, as town)
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G* (row ميناء السدرة)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row spelled أجدابيا)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                  # G* (Tobruk city/naval base point)
 # Jufra and the south
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town point)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # added places (th1-th5)
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sidra_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "khums_port": ("crossing", "LY", 32.657, 14.281, "Al Khums port"),                     # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "sallum_crossing": ("crossing", "EG", 31.58, 25.12, "Sallum land port"),               # K
}

TRAPS = {
 "th1": ["طوفان الكرامة", "الرياض", "الليبيون", "الجيش الوطني الليبي", "الصادق الغرياني", "بركان الغضب"],
 "th2": ["الدستور", "الرئيس المصري", "أفريكوم", "مقاتلات روسية", "ضابط أردني", "الليبيون", "بركان الغضب",
         "لا أدري"],
 "th3": ["رصيف22", "الصفاقسي", "ليبياً", "الليبية", "الباحث التونسي", "المقاتلين السوريين", "البرلمان التركي",
         "قوات تركية", "الباحث اللبناني", "اللبنانية"],
 "th4": ["الوفد", "المنطقة الغربية العسكرية", "الأراضي الليبية", "مجلس النواب المصري", "صحف تركية",
         "الطرفان الليبيان", "الدبابات المصرية"],
 "th5": ["نبيل الطرابلسي", "الجمهورية", "الفيلق الأفريقي", "خليفة حفتر", "العاصمة الليبية", "الدولة الروسية",
         "اللبنانية", "لبناني"],
}

PHEN = {
 "th1": ["clitics", "multiword", "operation_trap", "person_trap", "media_trap", "nisba", "coverage_bases",
         "town_vs_district"],
 "th2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_bases",
         "coverage_neighbours", "countries", "ambiguity_idri", "town_vs_district", "ambiguity_country_capital"],
 "th3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "countries",
         "coverage_bases", "coverage_neighbours", "coverage_oil", "coverage_crossings", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area"],
 "th4": ["clitics", "multiword", "border_phrase", "countries", "coverage_neighbours", "coverage_crossings",
         "coverage_bases", "media_trap", "common_word_trap", "nisba"],
 "th5": ["clitics", "spelling", "multiword", "ambiguity_tripoli", "ambiguity_idri", "person_trap", "media_trap",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "countries", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "th1": [
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["قصر بن غشير", "مطار طرابلس الدولي"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["غريان"], ["الشويرف", "مزدة"]),
  mv("mobilise", "reported", "Misrata forces", [], ["عين زارة", "صلاح الدين"]),
  mv("withdraw", "reported", "Libyan National Army", ["غريان"], ["ترهونة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("deploy", "planned", "GNA forces", [], ["غريان", "ترهونة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت", "الجفرة"], ["بني وليد"]),
 ],
 "th2": [
  mv("advance", "reported", "GNA forces", ["أبوقرين"], ["سرت"], ["الوشكة"]),
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["سرت"], ["اجدابيا", "راس لانوف"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["الجفرة"]),
  mv("withdraw", "planned", "Foreign fighters", ["الجفرة", "سرت"], []),
  mv("mobilise", "conditional", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["قاعدة القرضابية"]),
 ],
 "th3": [
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبو قرين"]),
  mv("airlift", "conditional", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية", "مطار مصراتة"]),
  mv("naval_landing", "conditional", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("airlift", "reported", "Syrian mercenaries", ["إسطنبول"], ["مطار معيتيقة"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["ليبيا"], ["تونس", "منفذ رأس جدير"]),
  mv("redeploy", "planned", "GNA forces", ["مصراتة"], ["الوشكة"]),
 ],
 "th4": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["سيدي براني", "السلوم"]),
  mv("airlift", "reported", "Turkish armed forces", [], ["قاعدة الوطية"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"], ["الحدود مع ليبيا"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["ميناء طبرق"]),
  mv("deploy", "planned", "Egyptian army", [], ["سيوة", "منفذ السلوم البري"]),
 ],
 "th5": [
  mv("deploy", "reported", "Wagner Group", [], ["صلاح الدين", "مطار طرابلس الدولي"]),
  mv("withdraw", "reported", "Wagner Group", ["صلاح الدين", "مطار طرابلس الدولي"], ["مطار بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "denied", "Russian forces", [], ["ليبيا"]),
  mv("shipment", "reported", "Russian forces", ["طرطوس"], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية", "إدري"]),
  mv("redeploy", "conditional", "Russian forces", ["براك"], ["سرت", "الهلال النفطي"]),
  mv("deploy", "reported", "Wagner Group", [], ["رأس لانوف", "السدرة"]),
 ],
}

NOTES = {
 "th1": "Saudi daily column on the 2019 Tripoli offensive seven years on: a retrospective LNA advance Gharyan→Qasr Bin "
        "Ghashir/Tripoli airport, the supply line Jufra air base→Gharyan via Ash Shwayrif and Mizda, the June 2019 "
        "pull-back Gharyan→Tarhuna, a Zintan move towards Al-Asabaa denied at the time, a planned GNU deployment to "
        "Gharyan and Tarhuna and a conditional LNA advance Sirte/Jufra→Bani Walid «إذا تعثرت محادثات القاهرة»; "
        "the Mufti's name الغرياني contains Gharyan; Tripoli/Cairo are venue or speaker places only.",
 "th2": "Jordanian daily column on the 2020 Sirte–Jufra line: the GNA advance Abu Qurayn→Sirte via Al-Washka that "
        "stopped, LNA reinforcements Benghazi→Sirte via Ajdabiya and Ras Lanuf, the May 2020 MiG-29 airlift "
        "Hmeimim→Jufra air base (Syria is a locator), the LNA's 2020 denial of a Sirte→Jufra pull-back, the 5+5 "
        "planned exit of foreign fighters from Jufra and Sirte, and a quoted conditional Misrata advance on "
        "Gardabiya; Sidi Barrani, Geneva and Amman are not movement places.",
 "th3": "Online analysis of three scenarios if talks fail: a conditional LNA advance Sirte→Abu Qurayn (the "
        "delegation's «انسحب … من المحادثات» is not a move), a conditional Turkish airlift Turkey→Al-Watiya/Misrata "
        "airport, the reported late-2019 airlift of Syrian fighters Istanbul→Mitiga airport, Tunisia's past denial "
        "of a Turkish transit to Libya through its territory, a planned GNU brigade move Misrata→Al-Washka; "
        "manoeuvres around Gardabiya and Russians kept at Jufra are not moves.",
 "th4": "Egyptian daily column on the 2020 «red line»: Egyptian tank columns Marsa Matruh→Sidi Barrani/Sallum, "
        "Turkish cargo planes unloading air defences at Al-Watiya, the conditional Egyptian crossing of the border "
        "to Sirte and Jufra, Cairo's 2020 denial of a landing at Tobruk port and a planned border-guard deployment "
        "to Siwa and Sallum; Sidi Barrani as speech venue, Benghazi/Tripoli as meeting venues are not moves; "
        "«الوفد» is both the outlet and «the delegation».",
 "th5": "Lebanese daily column on Russia's forces in Libya: Wagner sent to Salah al-Din and Tripoli airport in 2019, "
        "its May 2020 pull-back to Bani Walid airport and the Antonov airlift on to Jufra air base, the Kremlin's "
        "denial of sending troops to Libya, a planned Africa Corps move Jufra air base→Brak air base, a conditional "
        "return Brak→Sirte/the Oil Crescent and Wagner's 2020 deployment around Ras Lanuf and Es Sider; Tripoli "
        "(Lebanon) is gold, the author's name الطرابلسي is a trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("th1", "th2", "th3", "th4", "th5")
