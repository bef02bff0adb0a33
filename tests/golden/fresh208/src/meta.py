# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # foreign cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # Tripoli and its eastern approaches
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                  # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Al Qarabulli"),                       # G
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al-Akhyar"),                   # G* (row قصر خيار)
 # Al-Khums
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_mun": ("district", "LY", 32.64861, 14.26191, "Al Khums municipality"),          # G* (town row)
 "khoms_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),              # K
 "khoms_navbase": ("base", "LY", 32.67606, 14.24128, "Al Khums naval base"),            # K (harbour point)
 # Zliten and Dafniya
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (town row)
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                           # G
 # Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_academy": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy air base"),     # G* (airport row)
 "misrata_port": ("crossing", "LY", 32.36667, 15.23333, "Port of Misrata (Qasr Ahmad)"),  # K
 # the road south-east to Sirte
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                            # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 # crossings and borders
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.05000, 11.62000, "Libya-Tunisia border (Ras Ajdir sector, Libyan side)"),  # K
 "border_eg": ("region", "EG", 31.20000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 # regions
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Tripolitania"),                  # G
 "west_ly": ("region", "LY", 31.80000, 13.00000, "Western Libya"),                      # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
}

TRAPS = {
 "hb1": ["إرم نيوز", "العقيد مفتاح الخمسي", "الخمسين", "الزليتنية", "المجلس العسكري مصراتة", "شارع طرابلس"],
 "hb2": ["الميادين نت", "القيادة العامة للجيش الوطني الليبي", "عملية إيريني", "التركية", "التركي", "الأطراف الليبية"],
 "hb3": ["فواصل", "لا أدري", "الأيام الخمسة", "أحمد الزليتني"],
 "hb4": ["اليوم السابع", "مصرية", "القيادة العامة للجيش الوطني الليبي", "المجلس العسكري مصراتة", "عملية البنيان المرصوص",
         "مصادر ليبية"],
 "hb5": ["سبوتنيك", "قوة حماية زليتن", "الإدريسي", "المجلس العسكري مصراتة", "عملية بركان الغضب",
         "البحرية الليبية"],
}

PHEN = {
 "hb1": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district"],
 "hb2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "hb3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "vague_area", "town_vs_district"],
 "hb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "hb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "hb1": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["زليتن"], ["الدافنية"]),
  mv("withdraw", "conditional", "Misrata forces", ["زليتن"], ["مصراتة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["زليتن"], ["القره بوللي", "الخمس"]),
  mv("reinforce", "denied", "Misrata forces", ["تاورغاء"], ["زليتن"]),
 ],
 "hb2": [
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الكلية الجوية"]),
  mv("shipment", "reported", None, ["مرسين"], ["ميناء الخمس"]),
  mv("shipment", "reported", None, ["ميناء الخمس"], ["مصراتة"], ["زليتن"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("redeploy", "planned", "Turkish armed forces", ["قاعدة الخمس البحرية"], ["الكلية الجوية"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
 ],
 "hb3": [
  mv("reinforce", "reported", "GNA forces", ["الخمس"], ["القربوللي"], ["قصر الأخيار"]),
  mv("withdraw", "reported", None, ["القربوللي"], ["تاجوراء"]),
  mv("deploy", "planned", "GNA forces", ["ترهونة"], ["القره بوللي", "قصر الأخيار"]),
  mv("reinforce", "conditional", "GNA forces", ["زليتن"], ["القربوللي"], ["الخمس"]),
  mv("deploy", "denied", "Misrata forces", ["مصراتة"], ["الخمس"]),
 ],
 "hb4": [
  mv("mobilise", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"], ["تاورغا"]),
  mv("reinforce", "reported", "Libyan National Army", ["راس لانوف"], ["سرت"]),
  mv("withdraw", "planned", "Misrata forces", ["أبوقرين"], ["الهيشة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["الوشكة"]),
  mv("deploy", "denied", "Turkish armed forces", ["قاعدة الكلية الجوية"], ["أبو قرين"]),
 ],
 "hb5": [
  mv("naval_landing", "reported", "GNA forces", ["ميناء قصر أحمد"], ["ميناء الخمس"]),
  mv("airlift", "reported", "Misrata forces", ["مطار مصراتة الدولي"], ["مطار معيتيقة"]),
  mv("withdraw", "reported", "Misrata forces", ["معبر رأس اجدير"], ["مصراتة"]),
  mv("withdraw", "denied", "GNA forces", ["الدافنية"], ["زليتن"]),
  mv("redeploy", "planned", "GNA forces", ["القره بوللي"], ["زليتن"]),
  mv("mobilise", "conditional", "Misrata forces", [], ["الدافنية"]),
 ],
}

NOTES = {
 "hb1": "Erem News style, Misrata dateline: a Misrata joint-force column Misrata→Zliten via Dafniya (reported deploy; "
        "headline retells it), its conditional return to Misrata («حال تثبيت وقف إطلاق النار»), a planned GNA chief-of-staff "
        "separation force Tripoli («العاصمة»)→Zliten via Al-Qarabulli and Al-Khums, and the Misrata military council's "
        "denial of reinforcements from Tawergha. Traps: Tripoli Street in Misrata, «الخمسين», «الخمسي», «الزليتنية»; "
        "spelling زليطن; district بلدية زليتن; vague «الغرب الليبي».",
 "hb2": "Al-Mayadeen Net style, Tripoli dateline: a Turkish airlift Turkey→the Misrata air academy base, a cargo ship "
        "Mersin→Al-Khums port and the unloaded armour trucked on Al-Khums port→Misrata via Zliten (two shipments, actor "
        "not named), a denied Turkish landing at Al-Khums port, a planned move of the Turkish training team Al-Khums naval "
        "base→the air academy, and the LNA's conditional advance Sirte→Abu Qurayn. Tunis (city) beside Tunisia and Algeria "
        "(countries) are only a diplomatic source.",
 "hb3": "Fawasel style, Al-Khums dateline: chief-of-staff units reinforce Al-Qarabulli from Al-Khums via Qasr al-Akhyar, an "
        "unnamed Tajura group that was stationed near Al-Qarabulli pulls back to Tajura, a planned 444 Brigade force from "
        "Tarhuna for the Al-Qarabulli–Qasr al-Akhyar road, a Zliten battalion's conditional move Zliten→Al-Qarabulli via "
        "Al-Khums, and the Al-Khums mayor's denial that a Misrata force entered the town. Traps «لا أدري», «الأيام الخمسة»; "
        "spellings القره بوللي/القربوللي; district بلدية الخمس.",
 "hb4": "Youm7 style, Cairo dateline: Misrata forces mass at Abu Qurayn from Misrata via Tawergha (mobilise), an LNA "
        "reinforcement Ras Lanuf→Sirte, a planned 5+5 pull-back Abu Qurayn→Al-Hisha, the LNA's conditional advance "
        "Sirte→Al-Washka, and a denied move of Turkish officers from the air academy base to Abu Qurayn. Spellings "
        "مصراته/تاورغا/أبو قرين; Egypt inside «مصراتة» and «مصرية»; Egypt's border with Libya and Tripolitania are not "
        "movement places.",
 "hb5": "Sputnik Arabic style, Misrata dateline: a Libyan navy landing Qasr Ahmad port→Al-Khums port, a Misrata 166 "
        "Brigade flight Misrata airport→Mitiga airport, last month's pull-back of a Misrata company from the Ras Ajdir "
        "crossing on the Tunisian border to Misrata («المدينة»), Zliten's denied pull-back Dafniya→Zliten, a planned "
        "redeployment Al-Qarabulli→Zliten and Misrata's conditional massing at Dafniya. 2011 and 2019 recalled without moves.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("hb1", "hb2", "hb3", "hb4", "hb5")
