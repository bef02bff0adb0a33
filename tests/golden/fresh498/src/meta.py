# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.9030, 13.1960, "Port of Tripoli"),               # K
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # sf1 Tarhuna, Bani Walid, the 2020 withdrawal
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),             # G
 "qasr_ghashir": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # sf2 August 2011 and Tripoli's security arrangements
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 # sf3 the Oil Crescent
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                          # G
 "sidra_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),         # G
 "sidra": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider"),                           # G* (row ميناء السدرة)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.4167, 19.5833, "Marsa el Brega port"),             # K
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # sf4 the west coast, Al-Watiya and Tunisia
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (row قاعدة الوطية)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 "samsun": ("city", "TR", 41.2867, 36.3300, "Samsun"),                                  # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "border_tnside": ("region", "TN", 33.05, 11.40, "Tunisia-Libya border (Tunisian side)"),  # K
 # sf5 Sirte, Jufra and Egypt's red line
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G
 "sidi_barrani": ("town", "EG", 31.61083, 25.92556, "Sidi Barrani"),                    # G
 "border_egside": ("region", "EG", 31.00, 25.25, "Egypt-Libya border (Egyptian side)"), # K
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "sallum_crossing": ("crossing", "EG", 31.575, 25.100, "Sallum land port"),             # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "naguib_base": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),     # G
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "sf1": ["مختار الغرياني", "الجيش الوطني الليبي", "اللواء التاسع", "فاغنر", "روسية", "حكومة الوحدة الوطنية",
         "قبائل ورفلة", "لا أدري", "سرتُ", "القدس العربي", "الأطراف الليبية"],
 "sf2": ["فجر عروس البحر", "المجلس العسكري الزنتان", "الشرق الأوسط", "عماد الطرابلسي", "المجلس العسكري مصراتة",
         "ليبيون", "باحث ليبي"],
 "sf3": ["فجر ليبيا", "عملية الشروق", "قوات حفتر", "المؤسسة الوطنية للنفط", "رصيف22", "حرس المنشآت النفطية",
         "فاغنر", "شركة الواحة للنفط", "اللبنانية"],
 "sf4": ["عاصفة السلام", "أمازون", "التركية", "حكومة الوفاق", "الجيش الوطني", "وزارة الدفاع التركية", "العرب",
         "المنصف المرزوقي"],
 "sf5": ["لا أدري", "المصريين", "البنيان المرصوص", "داعش", "الجيش المصري", "جمال عبد الناصر", "الوفد", "جيش ليبي",
         "التركية"],
}

PHEN = {
 "sf1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases"],
 "sf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area"],
 "sf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_oil", "countries"],
 "sf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "sf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "sf1": [
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["سرت"], ["بني وليد"]),
  mv("withdraw", "reported", "Wagner Group", ["قصر بن غشير", "مطار طرابلس الدولي"], ["مطار بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["ترهونة"]),
  mv("deploy", "denied", "GNA forces", [], ["بني وليد"]),
  mv("advance", "conditional", "Russian forces", ["قاعدة الجفرة"], ["سرت"]),
  mv("advance", "conditional", "Misrata forces", [], ["ترهونة", "غريان"]),
 ],
 "sf2": [
  mv("advance", "reported", "Zintan forces", ["الزنتان", "نالوت", "الجبل الغربي"], ["طرابلس"], ["بئر الغنم", "الزاوية"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("withdraw", "planned", "Zintan forces", ["مطار طرابلس الدولي"], ["الزنتان"]),
  mv("reinforce", "denied", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  mv("advance", "conditional", "Zintan forces", [], ["طرابلس"], ["العزيزية"]),
  mv("naval_landing", "conditional", "Misrata forces", [], ["ميناء طرابلس"]),
 ],
 "sf3": [
  mv("advance", "reported", "Misrata forces", ["مصراتة", "سرت"], ["ميناء السدرة"], ["بن جواد"]),
  mv("advance", "reported", "Libyan National Army", ["اجدابيا"], ["الزويتينة", "البريقة", "راس لانوف", "السدرة"]),
  mv("reinforce", "planned", "Libyan National Army", ["بنغازي"], ["رأس لانوف"]),
  mv("mobilise", "reported", None, [], ["ميناء البريقة"]),
  mv("deploy", "denied", "Wagner Group", [], ["ميناء السدرة"]),
  mv("advance", "conditional", "Misrata forces", ["الوشكة"], ["بن جواد"]),
 ],
 "sf4": [
  mv("shipment", "reported", None, ["سامسون"], ["ميناء طرابلس"]),
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["صرمان", "صبراتة", "العجيلات", "مجمع مليتة"]),
  mv("withdraw", "reported", "Libyan National Army", ["قاعدة الوطية"], []),
  mv("airlift", "reported", "Turkish armed forces", [], ["الوطية"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["معبر رأس اجدير"]),
  mv("redeploy", "denied", "Turkish armed forces", ["الوطية"], ["مصراتة"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
 "sf5": [
  mv("advance", "reported", "Misrata forces", ["مصراتة", "أبوقرين"], ["سرت"]),
  mv("advance", "reported", "GNA forces", ["أبو قرين"], ["سرت"]),
  mv("mobilise", "reported", "Egyptian army", [], ["سيدي براني", "الحدود مع ليبيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة"], ["سرت"]),
  mv("shipment", "denied", "Egyptian army", [], ["طبرق"], ["منفذ السلوم"]),
  mv("advance", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سرت", "الجفرة"]),
 ],
}

NOTES = {
 "sf1": "Al-Quds Al-Arabi-style opinion column on Tarhuna six years after June 2020: the LNA pull-out Tarhuna→Sirte via "
        "Bani Walid and Wagner's pull-out from Qasr Bin Ghashir/Tripoli airport to Bani Walid airport with the airlift on to "
        "the Jufra air base (flashbacks, reported); a planned GNU battalion Tripoli→Tarhuna, a denied government column into "
        "Bani Walid; conditional Russian (Jufra base→Sirte) and Misrata (→Tarhuna/Gharyan) moves. Traps: the columnist "
        "«مختار الغرياني» (Gharyan), «لا أدري» (Adré/Idri), «سرتُ» 'I walked' (Sirte), «القدس العربي».",
 "sf2": "Asharq Al-Awsat-style news analysis on the 15th anniversary of August 2011: the Zintan/Nalut/Nafusa advance on "
        "Tripoli via Bir al-Ghanam and Zawiya and Misrata's boats to Tripoli port (reported); Zintan's planned pull-out "
        "from Tripoli airport; Misrata's denied reinforcement of Tajura; conditional Zintan return via Al-Aziziyah and a "
        "Misrata landing. Cairo is a dateline only; «عماد الطرابلسي» and the military councils are traps.",
 "sf3": "Raseef22-style feature on the Oil Crescent: Libya Dawn's 2014 «Operation Shorouq» Misrata/Sirte→Es Sider via Bin "
        "Jawad and the LNA's 2016 sweep from Ajdabiya (reported); a planned LNA battalion Benghazi→Ras Lanuf, PFG massing "
        "at Brega port (reported), a denied Wagner arrival at Es Sider, a conditional Misrata advance Al-Washka→Bin Jawad. "
        "Italy is an oil buyer (not a movement); the byline's Tripoli is in Lebanon.",
 "sf4": "Al-Arab (London)-style column on the west: the «Amazon» armour shipment Samsun→Tripoli port (2019), the GNA "
        "sweep from Zawiya to Surman/Sabratha/Al-Ajaylat/Mellitah, the LNA pull-out from Al-Watiya and the Turkish air "
        "defence airlift (2020, reported); a planned GNU force Tripoli→Ras Ajdir, Turkey's denied Watiya→Misrata move, a "
        "conditional Tunisian reinforcement Medenine→Ben Gardane. The headline «من الوطية إلى رأس اجدير» and the 2014 "
        "refugees through Ras Ajdir are not movements.",
 "sf5": "Al-Wafd-style Egyptian column on the Sirte–Jufra «red line»: Al-Bunyan al-Marsous Misrata/Abu Qurayn→Sirte (2016), "
        "the GNA advance Abu Qurayn→Sirte and the Egyptian army massing at Sidi Barrani and the border (2020, reported); a "
        "planned LNA armour move Jufra base→Sirte, a denied Egyptian ammunition run through the Sallum crossing to Tobruk, "
        "a conditional Egyptian advance Mohamed Naguib base→Sirte/Jufra. «لا أدري» and «جمال عبد الناصر» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sf1", "sf2", "sf3", "sf4", "sf5")
