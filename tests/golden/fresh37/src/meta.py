# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                              # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # cities
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر city)
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                           # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 # towns
 "mizda": ("town", "LY", 31.44934, 12.9853, "Mizdah"),                                  # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asaba": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "qaryat": ("town", "LY", 30.39, 13.59, "Al Qaryat"),                                   # K
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zuwara": ("town", "LY", 32.9312, 12.08199, "Zuwarah"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles, near Ghat)"),     # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "agheila": ("town", "LY", 30.25583, 19.19944, "El Agheila"),                           # G
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "siwa": ("town", "EG", 29.2032, 25.51965, "Siwa"),                                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                             # G
 # districts (municipalities; point of the town, as fresh31 did for بلدية مرزق)
 "mizda_mun": ("district", "LY", 31.44934, 12.9853, "Mizdah municipality"),             # G*
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G*
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G*
 "ajdabiya_mun": ("district", "LY", 30.75545, 20.22625, "Ajdabiya municipality"),       # G*
 # bases
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),                      # G
 "abusitta": ("base", "LY", 32.903, 13.207, "Abu Sitta naval base (Tripoli)"),          # K
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                   # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),                      # G
 "benina": ("base", "LY", 32.0968, 20.2695, "Benina Air Base"),                         # G
 "gan_base": ("base", "LY", 31.861, 23.907, "Gamal Abdel Nasser Air Base (Tobruk)"),    # G* (row مطار طبرق)
 # airports
 "mitiga_ap": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                     # G
 "ghat_ap": ("airport", "LY", 25.1456, 10.1426, "Ghat Airport"),                        # G
 "ajdabiya_ap": ("airport", "LY", 30.7651, 20.1914, "Ajdabiya Airport"),                # G (row مطار إجدابيا)
 # oil fields and oil ports
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "sidra": ("oilfield", "LY", 30.625, 18.3517, "Es Sider oil terminal"),                 # G
 "ras_lanuf": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf"),                           # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa al-Brega port"),           # G* (town row)
 "zueitina_port": ("oilfield", "LY", 30.9522, 20.12022, "Zueitina oil port"),           # G* (town row)
 "zawiya_port": ("oilfield", "LY", 32.78, 12.71, "Zawiya refinery port"),               # K
 # commercial port (kind of its town, see README)
 "zuwara_port": ("town", "LY", 32.932, 12.095, "Zuwara port"),                          # K
 # crossings
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),                    # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # regions
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),   # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),    # G
 "border_eg": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border (Libyan side)"),     # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "oil_crescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                   # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
}

TRAPS = {
 "am1": ["بوابة الوسط", "الوسط", "سرت", "اللواء 128 معزز", "الهلال الأحمر", "علي الغرياني", "عملية بركان الغضب"],
 "am2": ["ليبيا الأحرار", "دعم الاستقرار", "الغرفة الأمنية المشتركة", "الهلال الأحمر", "الخطوط الليبية",
         "أهلي طرابلس", "الاتحاد"],
 "am3": ["المرصد", "الكتيبة 173 مشاة", "حرس المنشآت النفطية", "بثلاث لغات", "ادريس", "السلطات الجزائرية"],
 "am4": ["قوات حفتر", "ليبيا أوبزرفر", "حرس المنشآت النفطية", "الكتيبة البحرية", "خالد المرجاوي", "اللواء 106 مجحفل",
         "المؤسسة الوطنية للنفط", "القوة القاهرة", "شارع طرابلس", "سوداني", "التشادية", "المنظمة الدولية للهجرة"],
 "am5": ["الجيش الليبي", "العين الإخبارية", "الجيش الوطني الليبي", "الجانب المصري", "مصري", "الجيش المصري",
         "حرس الحدود", "الأراضي الليبية", "فرج الجغبوبي", "الكتيبة 20"],
}

PHEN = {
 "am1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "town_vs_district",
         "coverage_bases"],
 "am2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "am3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "am4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours"],
 "am5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

LNA, GNA, EGY = "Libyan National Army", "GNA forces", "Egyptian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "am1": [
  mv("reinforce", "reported", GNA, ["غريان"], ["مزدة"], ["الأصابعة"]),
  mv("advance", "denied", GNA, [], ["الشويرف"]),
  mv("redeploy", "reported", GNA, ["قاعدة الوطية"], ["مزدة"]),
  mv("deploy", "planned", GNA, [], ["مزدة", "القريات"]),
  mv("advance", "conditional", GNA, [], ["الشويرف"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["مزدة"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["الشويرف"]),
 ],
 "am2": [
  mv("reinforce", "reported", GNA, ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("withdraw", "denied", GNA, ["الزاوية"], ["العجيلات"]),
  mv("withdraw", "planned", GNA, ["الزاوية"], ["صرمان"]),
  mv("shipment", "denied", None, ["طرابلس"], ["ميناء زوارة"]),
  mv("mobilise", "conditional", None, [], ["زوارة"]),
 ],
 "am3": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"]),
  mv("redeploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت"], ["مطار غات"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["أوباري"]),
 ],
 "am4": [
  mv("mobilise", "reported", LNA, ["بنغازي", "المرج"], ["اجدابيا"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء البريقة"]),
  mv("naval_landing", "planned", LNA, [], ["ميناء الزويتينة"]),
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار اجدابيا"]),
  mv("advance", "denied", LNA, [], ["ميناء السدرة", "راس لانوف"]),
  mv("advance", "conditional", LNA, ["اجدابيا"], ["العقيلة"]),
 ],
 "am5": [
  mv("reinforce", "reported", LNA, ["طبرق"], ["الجغبوب", "الحدود مع مصر"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة جمال عبد الناصر الجوية"]),
  mv("deploy", "conditional", LNA, [], ["الجغبوب"]),
  mv("withdraw", "planned", LNA, ["منفذ امساعد"], ["طبرق"]),
  mv("shipment", "denied", None, ["مصر"], ["شرق ليبيا"], ["منفذ امساعد"]),
  mv("reinforce", "reported", EGY, [], ["سيوة", "السلوم"]),
 ],
}

NOTES = {
 "am1": ("Alwasat (بوابة الوسط): Mizda after an attack on a checkpoint; Cairo dateline (Alwasat's seat). Verb-less headline "
         "«رتل … في مزدة.. ونفي لتقدمه نحو الشويرف» = moves 1 and 2. One sentence holds a reported GNA (Chief of Staff) "
         "reinforcement Gharyan->Mizda via Al-Asaba'a AND the denied continuation towards Ash-Shwayrif (no origin named in "
         "«واصل تقدمه»). The source's chain «إن … تم نقل … وأضاف أن … ستتمركز … لكنها لن تتقدم … إلا إذا» holds a reported "
         "passive redeploy Al-Watiya base->Mizda, a planned deployment «بين مزدة والقريات» (both destinations) and a "
         "conditional advance towards Ash-Shwayrif. The LNA spokesman («اللواء 128 معزز») denies an LNA advance "
         "Ash-Shwayrif->Mizda («عارية عن الصحة») and in the same breath confirms LNA reinforcements Sabha->Ash-Shwayrif. "
         "Not movements: the resident's colloquial quote («توا … مازال ما مشاش للشويرف») restates moves 1-2; the aid convoy "
         "from Gharyan; the mayor returning from Tripoli; the 2019 background list. Traps: «سرت به شائعات» (verb 'spread', "
         "not Sirte), علي الغرياني (person containing غريان), media, the operation name."),
 "am2": ("Libya Al-Ahrar (ليبيا الأحرار): clashes in Zawiya; Zawiya dateline. Headline verbal noun «الدفع بتعزيزات من طرابلس "
         "إلى الزاوية» = move 1 (impersonal «جرى الدفع بـ» in the body; GNA Defence Ministry), via Janzour and Al-Maya; "
         "«تم رصد وصول زورقين» = naval landing of a marine company Abu Sitta naval base->Zawiya port (GNA). The Stability "
         "Support Apparatus (Presidential Council -> GNA forces) denies a withdrawal Zawiya->Al-Ajaylat and confirms a "
         "planned one from central Zawiya to Surman (headline «يتعهد بالانسحاب من وسطها» = same planned move). A weapons "
         "ship from Tripoli (Lebanon, «شمالي لبنان») to Zuwara port is denied («عار عن الصحة»; ship -> null). Conditional "
         "mobilisation of Zuwara's youths in Zuwara (إذا; null; Sabratha is only in the condition). Not movements: families "
         "displaced to Al-Ajaylat and Zuwara and across the border with Tunisia, Libyan Airlines flights Mitiga-Tunis, the "
         "postponed Ahly Tripoli match. Tripoli: headline/P1 = Libyan capital, P4 = Lebanese city, «أهلي طرابلس» = club."),
 "am3": ("Al-Marsad (المرصد): Sharara field stormed and closed; LNA moves. Headline «تحريك وحدات … نحو أوباري ورتل في طريقه "
         "إلى غات» = moves 1 and 2. Impersonal «يجري تحريك» LNA («الكتيبة 173 مشاة») Sabha->Ubari (reported, ongoing; "
         "Sharara only as a distance reference) and, in the same sentence, the nominal «رتل ثانٍ … في طريقه إلى غات عبر "
         "العوينات» (redeploy Ubari->Ghat via the western Al-Awaynat; Isayen crossing and the border with Algeria are its "
         "purpose). Quote inside a quote (the commander's order) is not a movement; «لن تدخل حقل الشرارة إلا إذا» = "
         "conditional LNA advance Ubari->Sharara; «من المقرر» = planned airlift Tamanhint base->Ghat airport. The Petroleum "
         "Facilities Guard (null) denies a withdrawal Sharara->Ubari («لا صحة»، «لم تتحرك»). Not movements: notables of "
         "Ubari, Idri (`ادري` without hamza, after و) and Ghat mediating; the protester's colloquial quote; fuel/power "
         "shortages «بسبها وأوباري ولغات»; the desert road from Ubari; notables' visit to Algiers. Traps: «بثلاث لغات» "
         "(contains غات), ادريس (contains ادري), السلطات الجزائرية."),
 "am4": ("Libya Observer Arabic (ليبيا أوبزرفر): LNA («قوات حفتر») mobilisation in Ajdabiya (variant `اجدابيا`) from Benghazi "
         "and Al-Marj (verb-less headline «حشد لقوات حفتر في اجدابيا» = move 1). Passive «تم نقل … بحراً» = naval landing "
         "Benghazi->Brega port (headline «سرية بحرية نُقلت إلى البريقة» and the commander's «وصلت البريقة» = same move); "
         "a second company «كان مقرراً أن تنزل في ميناء الزويتينة … لم تتحرك بعد … وستبحر فور تحسنها» = still planned, "
         "not denied; two Il-76 cargo planes Al-Khadim base->Ajdabiya airport (unnamed cargo flight -> null). The LNA "
         "commander denies any move towards Es Sider port or Ras Lanuf («ليس هناك أي تحرك»), confirms the Brega landing, "
         "and makes an advance Ajdabiya->El Agheila conditional («لن تتقدم … إلا إذا»). Not movements: the Oil Crescent "
         "as the setting of the dispute, the closed «شارع طرابلس» (street), Sudanese migrants from Adré (Chad, `أدري`) "
         "via Kufra."),
 "am5": ("Al-Ain News (العين الإخبارية): LNA reinforces Jaghbub; Tobruk dateline «بتوقيت أبوظبي». Headline = move 1 "
         "(Tobruk->Jaghbub and the border with Egypt, «قرب» = where the forces are placed). Chain «إن وصول الرتل … سبقه نقل "
         "سرية … جواً … وأضاف أن … ستتحرك … ما لم … على أن تنسحب … فور» = reported airlift Benina base->Gamal Abdel Nasser "
         "base (south of Tobruk = location), conditional deployment towards Jaghbub (ما لم; origin not named), planned "
         "withdrawal of «الكتيبة 20» Amsaad crossing->Tobruk. An Egyptian security source denies weapons shipments Egypt->"
         "eastern Libya via Amsaad (null; headline «والقاهرة تنفي» = same denial, Cairo = speaker) and confirms Egyptian "
         "reinforcement of posts in Siwa and Sallum. Not movements: the Jaghbub notable's colloquial quote (road to Siwa "
         "closed), the medical convoy from Tobruk, the Siwa notables' visit, flights Tobruk-Alexandria."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
