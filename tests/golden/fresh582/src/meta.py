# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared Libyan places
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "derna_port": ("crossing", "LY", 32.763, 22.648, "Port of Derna"),                     # K
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # vl1 Zuwara, Sabratha and the western coast (Al-Quds Al-Arabi)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.930, 12.100, "Port of Zuwara"),                   # K
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jumayl": ("town", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G* (row لامبيدوسا)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 # vl2 Tripoli (Lebanon), Benghazi and the Gulf of Bomba (Nidaa al-Watan)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "mina": ("district", "LB", 34.452, 35.815, "El Mina (Tripoli, Lebanon)"),              # K
 "akkar": ("district", "LB", 34.55, 36.10, "Akkar"),                                    # K
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "bomba_gulf": ("region", "LY", 32.40000, 23.10000, "Gulf of Bomba"),                   # G
 "bomba": ("town", "LY", 32.33000, 23.12000, "Bomba"),                                  # G
 "abde": ("town", "LB", 34.517, 35.967, "El Abde"),                                     # K
 # vl3 Tobruk and Derna seen from Egypt (Al-Wafd)
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "rasaltin": ("base", "EG", 31.20360, 29.86830, "Ras el-Tin Naval Base"),               # G
 "ainghazala": ("town", "LY", 32.15000, 23.33000, "Ain al Ghazala"),                    # G
 "tobruk_port": ("crossing", "LY", 32.072, 23.975, "Port of Tobruk"),                   # K
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "derna_mun": ("district", "LY", 32.76704, 22.63669, "Derna municipality"),             # G* (city row)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.20, 25.15, "Egypt-Libya border (Egyptian side)"),     # K
 # vl4 Misrata and the Turkish landing ship (Akhbar Al-Khaleej)
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmed)"),    # K
 "aksaz": ("base", "TR", 36.83440, 28.39000, "Aksaz Naval Base"),                       # G
 "crete": ("region", "GR", 35.30919, 24.46710, "Crete"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "gulf_sirte": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                   # G
 # vl5 Operation Irini (Al-Jarida)
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                             # G
 "toulon": ("city", "FR", 43.12442, 5.92836, "Toulon"),                                 # G* (row تولون)
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "taranto": ("city", "IT", 40.46438, 17.24707, "Taranto"),                              # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "vl1": ["القدس العربي", "الزواري", "سفينة الإمداد «الكفرة»", "الإيطالية", "ينكرون الجميل", "التونسية"],
 "vl2": ["نداء الوطن", "أحمد الطرابلسي", "الجيش الوطني الليبي", "الجيش اللبناني", "اللبنانية"],
 "vl3": ["تحيا مصر", "الوفد", "المصرية", "الجيش الوطني الليبي", "محمد إدريس", "فرج الطبرقي"],
 "vl4": ["أخبار الخليج", "السنوات الخمس", "الليبية", "عملية «إيريني»", "الكتائب المصراتية", "عمر إدريس"],
 "vl5": ["الجريدة", "عملية «إيريني»", "بروفانس", "الجيش الوطني الليبي", "الليبية"],
}

PHEN = {
 "vl1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "vl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "vl3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "vl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "vl5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vl1": [
  mv("deploy", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("shipment", "reported", "GNA forces", ["ميناء الخمس"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", ["ميناء زوارة"], ["مجمع مليتة", "صبراتة"]),
  mv("reinforce", "conditional", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["زوارة"], ["الجميل"]),
 ],
 "vl2": [
  mv("deploy", "reported", "Libyan National Army", ["ميناء بنغازي"], ["خليج البمبة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["البمبة"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء درنه"]),
  mv("withdraw", "denied", "Libyan National Army", ["خليج البمبة"], ["بنغازي"]),
  mv("deploy", "conditional", None, [], ["العبدة"]),
 ],
 "vl3": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة رأس التين البحرية"], ["قاعدة طبرق البحرية"]),
  mv("naval_landing", "planned", "Egyptian army", ["ميناء طبرق"], ["عين الغزالة"]),
  mv("deploy", "conditional", "Egyptian army", [], ["ميناء درنة"]),
  mv("naval_landing", "denied", "Egyptian army", [], ["درنه"]),
  mv("airlift", "denied", "Egyptian army", ["مرسى مطروح"], ["مطار الأبرق"]),
 ],
 "vl4": [
  mv("naval_landing", "reported", "Turkish armed forces", ["قاعدة أكساز البحرية"], ["ميناء قصر أحمد"], ["كريت"]),
  mv("redeploy", "planned", "Turkish armed forces", ["مصراتة"], ["ميناء الخمس"]),
  mv("mobilise", "reported", "Misrata forces", [], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", [], ["سرت"]),
  mv("naval_landing", "denied", "Syrian mercenaries", ["مرسين"], ["ميناء طرابلس"]),
 ],
 "vl5": [
  mv("deploy", "reported", None, ["طولون"], ["درنة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("withdraw", "planned", None, ["مصراتة"], ["تارانتو"]),
  mv("shipment", "denied", "Libyan National Army", ["طرطوس"], ["ميناء بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء الحريقة"]),
 ],
}

NOTES = {
 "vl1": "Coast-guard boats Abu Sitta naval base→Zuwara port (Tripoli only locates the base), an earlier supply ship "
        "Al-Khums port→the same port ('الميناء ذاته'; the ship named «الكفرة» is a trap), a planned patrol move Zuwara "
        "port→off Mellitah and Sabratha, a conditional Zawiya→Sabratha reinforcement and Zintan's denied column "
        "Zintan→Zuwara via Al-Jumayl (the Zintan council is only the speaker; 'لا ينكرون الجميل' is a common word). "
        "The migrants' boat north of Sabratha bound for Lampedusa is not a force movement; London is the dateline; "
        "Ras Ajdir, the border, Tunis and Zarzis are background.",
 "vl2": "Tripoli is Lebanon's (dateline, 'شبان طرابلس') and Libya's ('السفارة اللبنانية في طرابلس الليبية'). LNA "
        "boats Benghazi port→Gulf of Bomba (Derna and Tobruk only locate the gulf), a massing near Bomba, a planned "
        "landing ship Tobruk naval base→Derna port, a denied pull-out Gulf of Bomba→Benghazi, and a conditional "
        "Lebanese navy deployment off El Abde (actor null: no canonical actor). Migrants' flights Beirut→Benghazi, "
        "boats from eastern Libya to Italy and the planned deportation flight to Beirut are not force movements.",
 "vl3": "An Egyptian frigate Ras el-Tin naval base→Tobruk naval base, a planned training landing Tobruk port→Ain "
        "al-Ghazala ('60 km west of Tobruk' is a distance reference), a conditional move to Derna port, and two denied "
        "claims: a landing in Derna and an airlift Marsa Matruh→La Abraq airport. Alexandria is the dateline; "
        "Tobruk in 'التقى في طبرق' a venue; the Sallum land port and the border are background.",
 "vl4": "A Turkish landing ship Aksaz naval base→Qasr Ahmed port of Misrata via (south of) Crete (Misrata only "
        "locates the port), a planned frigate move Misrata→Al-Khums port, Misrata brigades massing in Abu Qurayn and "
        "their conditional advance towards Sirte (Buwairat al-Hassoun only the condition; no origin written in that "
        "sentence), and a denied sea transport of Syrian fighters Mersin→Tripoli port. Ankara is the statement's venue.",
 "vl5": "Irini: a French frigate Toulon→off Derna (actor null), Russian Il-76 flights Khmeimim→Al Khadim air base "
        "(Benghazi only locates the base), a planned Italian frigate leaving its station off Misrata for Taranto "
        "(actor null), the LNA's denial of an armoured-vehicle shipment Tartus→Benghazi port, and a conditional LNA "
        "reinforcement of Marsa al-Hariga port from Tobruk naval base. Brussels (dateline), Rome (Irini HQ), Algiers "
        "(meeting venue) and Algeria (speaker's country) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vl1", "vl2", "vl3", "vl4", "vl5")
