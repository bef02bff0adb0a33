# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "belarus": ("country", "BY", 53.69985, 28.01942, "Belarus"),                           # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 # Syria
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G (row قاعدة حميميم; also bare حميميم)
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                              # G
 "jableh": ("town", "SY", 35.36211, 35.92759, "Jableh"),                                # G (row جبلة)
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                            # G
 "damascus_airport": ("airport", "SY", 33.4114, 36.5156, "Damascus International Airport"),  # K
 # Libya
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G (row مطار بنينا)
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G (row قاعدة الخادم; also bare الخادم and قاعدة الخادم الجوية)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G (row براك; also براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية; also bare الوطية)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G (row مطار معيتيقة, written مطار امعيتيقة)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية, written الحدود مع النيجر)
 # Sahel
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                # G
 "bamako_airport": ("airport", "ML", 12.5335, -7.9499, "Bamako-Senou (Modibo Keita) International Airport"),  # K
 "gao": ("city", "ML", 16.27167, -0.04472, "Gao"),                                      # G (row جاو; also written غاو)
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "menaka": ("town", "ML", 15.91985, 2.39609, "Menaka"),                                 # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G (row مطار نيامي)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس, written أغاديز)
 "ouagadougou": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                      # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "border_mr_ml": ("region", "MR", 15.6, -5.6, "Mauritania-Mali border (Mauritania side)"),  # K
 # Sudan, Egypt, Turkey, Russia, France
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "erkilet": ("base", "TR", 38.77040, 35.49540, "Kayseri Erkilet Air Base"),             # G* (row قاعدة إركيليت الجوية, kind airport there; base here)
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                              # G
 "konya": ("city", "TR", 37.87135, 32.48464, "Konya"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
}

TRAPS = {
 "qox1": ["المهرة بوست", "رادار المتوسط", "الفيلق الإفريقي", "الجيش الوطني الليبي", "تحالف دول الساحل", "دعم مالي",
          "روسياً", "بتوقيت غرينتش", "الروسية"],
 "qox2": ["حرية برس", "الفيلق الإفريقي", "أبو جعفر الحمصي", "أجنحة الشام", "الجيش الوطني الليبي", "فاغنر", "سورياً",
          "السورية", "بتوقيت غرينتش"],
 "qox3": ["برافدا", "أخبار ليبيا والساحل", "بتوقيت موسكو", "تاس", "الفيلق الإفريقي", "تحالف دول الساحل",
          "بتوقيت غرينتش", "المالية", "الليبية", "الروسية", "الفرنسية", "يتجاوز"],
 "qox4": ["شعبة الإعلام الحربي", "اللواء طارق بن زياد المعزز", "القوات المسلحة العربية الليبية", "خليفة حفتر",
          "صدام حفتر", "كتيبة سبل السلام", "بتوقيت غرينتش", "الليبي"],
 "qox5": ["الأقصى", "الفيلق الإفريقي", "الممر الليبي", "تحالف دول الساحل", "مالية", "المالي", "المالية", "موريتانية",
          "النيجري", "بتوقيت غرينتش", "الروسية"],
}

PHEN = {
 "qox1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qox2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qox3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qox4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "qox5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qox1": [
  mv("airlift", "reported", "Russian forces", ["حميميم"], ["قاعدة الخادم الجوية"]),
  mv("airlift", "reported", "Russian forces", ["الخادم"], ["قاعدة براك الجوية"]),
  mv("airlift", "reported", "Russian forces", ["براك"], ["مطار باماكو", "مالي"], ["النيجر"]),
  mv("airlift", "planned", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار نيامي"]),
  mv("redeploy", "conditional", "Russian forces", ["حميميم"], ["قاعدة معطن السارة"]),
  mv("airlift", "denied", "Russian forces", ["الخادم"], ["دارفور"]),
 ],
 "qox2": [
  mv("airlift", "reported", "Syrian mercenaries", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار دمشق الدولي"], ["مطار بنينا"]),
  mv("airlift", "planned", "Syrian mercenaries", ["حميميم"], ["مالي", "بوركينا فاسو"], ["بنغازي"]),
  mv("redeploy", "conditional", "Syrian mercenaries", ["بنغازي"], ["النيجر"]),
  mv("redeploy", "denied", "Syrian mercenaries", ["بنغازي"], ["السودان"]),
 ],
 "qox3": [
  mv("airlift", "reported", "Russian forces", ["روسيا"], ["مطار نيامي"]),
  mv("redeploy", "reported", "Russian forces", ["باماكو"], ["غاو"]),
  mv("deploy", "planned", "Russian forces", [], ["واغادوغو"]),
  mv("withdraw", "conditional", "Russian forces", ["مالي"], []),
  mv("airlift", "denied", "Russian forces", [], ["مالي", "النيجر"], ["قاعدة براك الجوية", "قاعدة الجفرة الجوية"]),
 ],
 "qox4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["براك الشاطئ", "قاعدة براك الجوية"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إركيليت الجوية"], ["قاعدة الوطية"]),
  mv("airlift", "reported", "Turkish armed forces", ["قونية"], ["مطار امعيتيقة"]),
  mv("redeploy", "planned", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع النيجر"]),
  mv("airlift", "denied", "Foreign fighters", ["قاعدة الخادم"], ["السودان"]),
 ],
 "qox5": [
  mv("reinforce", "reported", "Russian forces", ["جاو"], ["كيدال"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["مطار باماكو"], ["النيجر"]),
  mv("deploy", "planned", "Nigerien army", [], ["أغاديز"]),
  mv("withdraw", "conditional", "Russian forces", ["ميناكا"], []),
  mv("advance", "denied", "Russian forces", ["مالي"], ["موريتانيا", "الحدود مع مالي"]),
 ],
}

NOTES = {
 "qox1": "Yemeni news site (Al-Mahra Post) writing up a flight-tracking account's thread, numbered list with call signs "
         "and UTC times: Il-76s Khmeimim→Al-Khadim air base, Al-Khadim→Brak air base and Brak→Bamako airport over Niger "
         "(its cargo inferred for Mali), two planned flights Jufra air base→Niamey airport, a conditional Russian "
         "redeploy Khmeimim→Maaten al-Sarra base (only if Damascus does not settle the base deal) and a denied flight "
         "Al-Khadim→Darfur; a civilian air ambulance Benghazi→Cairo, Moscow and Damascus as speakers/conditions, the "
         "headline, «شرق بنغازي» and «مدرج براك» (locators) are not movements or movement places.",
 "qox2": "Syrian opposition site (Horrya Press) from Latakia on Syrian recruits for the Africa Corps: a Russian Il-76 "
         "carrying recruits Khmeimim base→Al-Khadim base, two Cham Wings charter flights Damascus airport→Benina "
         "airport with recruits (call signs, UTC times), 300 more planned Khmeimim→Mali and Burkina Faso via Benghazi, a "
         "conditional transfer Benghazi→Niger (if contracts are renewed) and an LNA officer's denial of any transfer "
         "Benghazi→Sudan; Cham Wings' 2019-2020 flights (past background), its resumed commercial route to Benghazi "
         "(civilian) and the broker «أبو جعفر الحمصي» (holds حمص) are not movements.",
 "qox3": "Russian state-aligned portal (the Arabic page of the «Pravda» network) reposting a Russian defence ministry "
         "statement in numbered points: trainers flown from Russia to Niamey airport, an Africa Corps unit moved "
         "Bamako→Gao (Menaka only the road it secures), a planned air-defence unit in Ouagadougou, a conditional "
         "withdrawal from Mali (only at Bamako's request) and a denied airlift through Brak and Jufra air bases to Mali "
         "and Niger; the humanitarian wheat flight to Ouagadougou, Paris and Moscow as speakers, «بتوقيت موسكو» and the "
         "section label «أخبار ليبيا والساحل» are not movements or movement places.",
 "qox4": "LNA War Media Division post from Benghazi: Tariq bin Ziyad reinforcements Sabha→Brak al-Shati, Turkish A400Ms "
         "Erkilet air base (Kayseri)→Al-Watiya base and a C-130 Konya→Mitiga airport (written امعيتيقة), a planned "
         "Subul al-Salam company Kufra→Maaten al-Sarra base, a conditional deployment to the border with Niger and a "
         "denied airlift of foreign mercenaries Al-Khadim base→Sudan; the chief of staff's inspection of Jufra air base "
         "(a visit), Ankara as speaker, Kayseri and Tripoli as locators and the headline are not movements.",
 "qox5": "Mauritanian daily (Al-Aqsa) from Nouakchott: an Africa Corps column reinforcing Kidal from Gao (written جاو), "
         "armour flown Jufra air base→Bamako airport over Niger (call signs, UTC times), a planned Nigerien battalion in "
         "Agadez (written أغاديز), a conditional Russian withdrawal from Menaka and the Mauritanian general staff's "
         "denial of an incursion from Mali into Mauritania near the border with Mali; Malian refugees reaching "
         "Mauritania (civilian), the Sahel states' meeting in Ouagadougou, Nouakchott and Bamako as datelines/speakers "
         "and Northern Mali in the headline are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qox1", "qox2", "qox3", "qox4", "qox5")
BAR_IN_TEXT = True  # qox3 and qox4 have a literal "|" in their plain text (house style)
