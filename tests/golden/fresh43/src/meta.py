# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                              # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "kyrgyzstan": ("country", "KG", 41.5, 75.0, "Kyrgyzstan"),                              # K
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 # as1 Fezzan journey
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "elfeel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                        # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                    # G
 "germa": ("town", "LY", 26.544, 13.064, "Germa"),                                       # G
 "wadihayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),              # G* (town point)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "wadishati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"), # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                    # G* (gazetteer kind village)
 # as2 air bridge to Kufra and Chad
 "eastlibya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                     # G* (Cyrenaica row)
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                    # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),                        # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                       # G
 "kufraairport": ("airport", "LY", 24.1787, 23.314, "Kufra Airport"),                    # G
 "amdjarass": ("airport", "TD", 16.06666, 22.83536, "Amdjarass airport"),                # G* (town point)
 "border_td_sd": ("region", "TD", 15.25834, 22.8325, "Chad-Sudan border (Chadian side)"), # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G
 "sarra": ("base", "LY", 21.6877, 21.8309, "Maaten al-Sarra Air Base"),                  # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                          # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"), # G
 "darfur": ("region", "SD", 13.5, 24.5, "Darfur"),                                       # G
 "kufradistrict": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),           # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                               # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                     # G
 # as3 Benghazi -> Tobruk by sea, then Bardia
 "bardia": ("town", "LY", 31.75601, 25.0853, "Bardia"),                                  # G
 "border_ly_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"), # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "tobruknaval": ("base", "LY", 32.07, 23.975, "Tobruk naval base"),                      # K
 "hariga": ("oilfield", "LY", 32.075, 24.005, "Marsa al-Hariga oil port"),               # K
 "kambut": ("town", "LY", 31.90434, 24.4784, "Kambut"),                                  # G
 "amsaadcrossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"), # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed (Amsaad)"),                        # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                      # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "tripolilb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                   # G
 # as4 Zintan column and Al-Aziziya
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                       # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "rayayina": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                                # G
 "tia": ("airport", "LY", 32.6635, 13.159, "Tripoli International Airport"),             # G
 "mitigaairport": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                  # G
 # as5 Zaltan, Ras Ajdir and the Tunisian side
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                 # G
 "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),              # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                            # G
 "jmail": ("city", "LY", 32.85286, 12.0612, "Al Jumayl"),                                # G
 "abusitta": ("base", "LY", 32.905, 13.21, "Abu Sitta naval base"),                      # K
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                 # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "medeninegov": ("district", "TN", 32.9826, 11.25905, "Medenine governorate"),           # G
 "djerba": ("region", "TN", 33.783, 10.883, "Djerba"),                                   # G
 "southtn": ("region", "TN", 32.28531, 9.9602, "Southern Tunisia"),                      # G
}

TRAPS = {
 "as1": ["اللواء 155 مشاة", "الشيخ إدريس أغالي", "الحياة اليومية", "إذاعة فزان", "وزارة الدفاع الجزائرية",
         "الجيش الجزائري"],
 "as2": ["مجموعات سودانية مسلحة", "التشادي", "سودان تربيون", "لاجئ سوداني", "آدم الدارفوري", "لا أدري",
         "السودانيين", "التشادية"],
 "as3": ["الجيش الليبي", "الكتيبة 302 مشاة", "عبدالله الطبرقي", "الجيش المصري", "المتحدث العسكري المصري",
         "القاهرة الإخبارية", "قوات مصرية", "شاحنة تجارية مصرية", "العمال المصريين", "اللبنانية"],
 "as4": ["المجلس العسكري الزنتان", "العربي الجديد", "اللواء 444 قتال", "الصادق الزنتاني",
         "الاتحاد الليبي لكرة القدم", "الأهلي طرابلس"],
 "as5": ["رتل ليبي", "الوطنية الليبية", "الصباح نيوز", "مصدر أمني ليبي", "المجلس العسكري زوارة", "الجيش الوطني",
         "المسافرين الليبيين", "الطاهر الزواري", "السلطات التونسية"],
}

PHEN = {
 "as1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "as2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "as3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "as4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital"],
 "as5": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "as1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["اوباري"], ["سبها", "جرمة"]),
  mv("redeploy", "reported", LNA, ["اوباري"], ["حقل الفيل"]),
  mv("withdraw", "reported", LNA, ["جرمة"], ["سبها"]),
  mv("deploy", "planned", LNA, ["سبها"], ["إدري"], ["براك"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["غات"]),
  mv("advance", "denied", LNA, [], ["الحدود مع الجزائر"]),
  mv("reinforce", "reported", "Algerian army", [], ["جانت"]),
 ],
 "as2": [
  mv("airlift", "reported", None, ["قاعدة الخادم الجوية"], ["مطار الكفرة"]),
  mv("airlift", "reported", None, ["مطار الكفرة"], ["مطار أم جرس"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["الكفرة"], ["الحدود مع السودان"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["الكفرة"]),
  mv("redeploy", "conditional", LNA, ["الكفرة"], ["الحدود مع تشاد"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["دارفور"]),
 ],
 "as3": [
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("reinforce", "reported", LNA, ["قاعدة طبرق البحرية"], ["البردية"], ["كمبوت"]),
  mv("deploy", "planned", LNA, ["البردية"], ["منفذ امساعد"]),
  mv("naval_landing", "conditional", LNA, [], ["البردية"]),
  mv("reinforce", "reported", "Egyptian army", [], ["سيدي براني"]),
  mv("advance", "denied", "Egyptian army", ["السلوم"], ["إمساعد"]),
 ],
 "as4": [
  mv("advance", "reported", "Zintan forces", ["الزنتان"], ["بئر الغنم"], ["الرياينة"]),
  mv("withdraw", "reported", "Zintan forces", ["بئر الغنم"], ["الزنتان"]),
  mv("reinforce", "reported", GNA, ["طرابلس"], ["العزيزية"], ["السواني"]),
  mv("shipment", "reported", GNA, ["مصراتة"], ["العزيزية"]),
  mv("mobilise", "reported", None, [], ["الزهراء"]),
  mv("redeploy", "planned", GNA, ["السواني"], ["عزيزية"]),
  mv("advance", "conditional", "Zintan forces", [], ["مطار طرابلس الدولي"]),
  mv("advance", "denied", "Zintan forces", [], ["العزيزية", "السواني"]),
 ],
 "as5": [
  mv("reinforce", "reported", GNA, ["طرابلس"], ["زلطن"], ["العجيلات", "الجميل"]),
  mv("deploy", "reported", GNA, ["زلطن"], ["منفذ راس اجدير"]),
  mv("naval_landing", "planned", GNA, ["قاعدة أبوستة البحرية"], ["زوارة"]),
  mv("advance", "denied", GNA, [], ["زوارة"]),
  mv("advance", "reported", None, [], ["زلطن"]),
  mv("withdraw", "reported", None, ["زلطن"], ["زوارة"]),
  mv("mobilise", "reported", None, [], ["زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
}

NOTES = {
 "as1": ("Arabi Post (عربي بوست) investigation: one LNA column («اللواء 155 مشاة», القيادة العامة) tracked across Fezzan "
         "with satellite images and residents. Reported reinforce Tamanhint Air Base -> Ubari (first spelling `اوباري`) via "
         "Sabha and Germa (Sabha's first mention only locates the base: «الواقعة شمال شرق سبها»; Wadi al-Hayat only locates "
         "Germa; headline «من قلب فزان إلى حقل الفيل» = the whole journey, not a new move); second leg with its own verb "
         "«عبرت إلى حقل الفيل ... أعيد تمركزها» = redeploy, origin Ubari given only by «في المدينة»; turning back «قفلت سرية "
         "الإسناد راجعةً إلى سبها» from near Germa = withdraw; planned deploy Sabha -> Idri via Brak (Wadi al-Shati locates "
         "Idri); conditional advance of «القوة المتمركزة في أوباري» to Ghat (إذا); advance towards the border with Algeria "
         "denied («كلام لا أساس له»); reported Algerian army reinforcement to Djanet (Ghat only locates it: «المقابلة لغات»). "
         "Not movements: the units staying at Ubari's eastern entrance, the civilian fuel-tanker driver, the mayor's appeal, "
         "Algiers (place of the silent ministry). Traps: الشيخ إدريس أغالي (contains إدري), إذاعة فزان, الحياة اليومية "
         "(common word; وادي الحياة is gold), Algerian nisbas."),
 "as2": ("Al Hurra (الحرة) flight-tracking report; Washington dateline. Cargo planes registered in Kyrgyzstan (operator "
         "unknown -> null): leg 1 Al Khadim Air Base -> Kufra Airport (Benghazi only locates the base), leg 2 with its own "
         "verb «أقلعت أربع منها مجدداً إلى مطار أم جرس» (origin Kufra Airport from the previous sentence); the headline "
         "(«من شرق ليبيا إلى الكفرة.. ومنها إلى تشاد») = the same two legs; the empty return flights to Al Khadim are not a "
         "movement; the first `الحدود مع السودان` (Chadian side) only locates Amdjarass. Reported withdrawal of Sudanese armed "
         "groups from around Kufra towards the Libya-Sudan border; they stopped 40 km north of Maaten al-Sarra base "
         "(distance reference, not a movement place). Planned LNA airlift Benina Air Base -> Kufra (Benghazi = the source's "
         "seat); conditional LNA redeploy Kufra -> the border with Chad («ستعيد نشر ... إذا»); LNA weapons trucks Kufra -> "
         "Darfur denied («افتراء»). Not movements: refugees Geneina -> Adre, the refugee who reached Kufra, the experts' "
         "«عقدة إمداد بين شرق ليبيا ودارفور». Traps: لا أدري (common word = Adre/Idri spelling), آدم الدارفوري, سودان تربيون, "
         "Sudanese/Chadian nisbas."),
 "as3": ("Sky News Arabia correspondent travelling with the column; Tobruk dateline. Sea leg = reported LNA naval landing "
         "Benghazi -> Tobruk naval base (Marsa al-Hariga oil port only locates it); land leg «ومن هناك تحركت القوة براً» = "
         "reported LNA reinforce Tobruk naval base -> Bardia via Kambut (origin given only by «من هناك»; headline = same "
         "journey); planned deploy of «سرية من القوة» (force now in Bardia) at the entrance of the Amsaad crossing; "
         "conditional second landing at Bardia (إذا); Egyptian army reinforcing its positions at Sidi Barrani (reported, no "
         "origin); Egyptian crossing Sallum -> Emsaed (`إمساعد`) denied. Not movements: 200 Egyptian goods trucks through "
         "the crossing towards Tobruk and Benghazi, workers going home, the migrant boat from Tripoli (Lebanon) towards "
         "Italy, the GNU in Tripoli (Libya). Traps: عبدالله الطبرقي (contains طبرق), القاهرة الإخبارية, الجيش الليبي, "
         "Egyptian nisbas."),
 "as4": ("Al-Araby Al-Jadeed (العربي الجديد) report; Tripoli dateline. Zintan column («المجلس العسكري الزنتان» -> Zintan "
         "forces) Zintan -> Bir al-Ghanam via Ar Rayayinah, stopping there 50 km south-west of Al Aziziyah (distance "
         "reference); «قفل الرتل راجعاً إلى الزنتان» = reported withdraw with origin Bir al-Ghanam from the previous "
         "sentence (headline = both legs); GNA reinforce Tripoli -> Al Aziziyah «سالكةً طريق السواني» (road named after a "
         "town = via); GNA ammunition trucks Misrata -> «المدينة نفسها» (= Al Aziziyah; shipment); local armed groups "
         "mobilised in Az Zahra (null); planned GNA redeploy As Sawani -> the southern entrance of Al Aziziyah (`للعزيزية` -> surface `عزيزية`, as the README's `للزنتان` -> `زنتان`); conditional "
         "Zintan advance towards Tripoli International Airport (Al Aziziyah is in the condition); Zintan entry into Al "
         "Aziziyah or approach to As Sawani denied. Not movements: flights Mitiga Airport - Tunis (`تونس` = the capital), the "
         "postponed «الأهلي طرابلس» match, the 2014 memory. Traps: military council and spokesman containing الزنتان, "
         "العربي الجديد (الجديد), الأهلي طرابلس."),
 "as5": ("Assabah News (الصباح نيوز, Tunisia); Ben Gardane dateline. GNA column Tripoli -> Zaltan via Al Ajaylat and Al "
         "Jumayl (headline = same move); second leg «ثم عبرت سرية منه إلى منفذ راس اجدير» = reported deploy, origin Zaltan "
         "from the previous sentence; planned naval landing Abu Sitta naval base -> Zuwara (Tripoli only locates the base); "
         "GNA entry into Zuwara denied; Zuwara military council forces (null): reached the outskirts of Zaltan (advance, "
         "«بلغت مشارف» = destination, no origin given), turned back to Zuwara (withdraw), mobilised inside Zuwara; "
         "conditional Tunisian army reinforcement Medenine -> Ben Gardane (إذا; «المعبر» in the condition is unnamed). Not "
         "movements: travellers queuing towards Djerba and Tunis (`تونس العاصمة`), goods trucks turned back to Ben Gardane "
         "by the Tunisian authorities, trade from Libya, the governor of Medenine (district). Spelling: `معبر رأس جدير` "
         "(Tunisian) and `منفذ راس اجدير` (Libyan) = same crossing. Traps: المجلس العسكري زوارة, الطاهر الزواري (contains "
         "زوار = Zouar), الجيش الوطني, nisbas."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
