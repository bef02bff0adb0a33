# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # foreign cities and bases
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                   # G (row قاعدة إنجيرليك)
 # Tripoli and its eastern suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90200, 13.18800, "Port of Tripoli"),             # K
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (town row)
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                          # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),     # G* (town row)
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G (row قاعدة معيتيقة)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # the coast road east
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli (Garabulli, Castelverde)"),  # G
 "qasr_akhyar": ("town", "LY", 32.69677, 13.84634, "Qasr al Akhyar"),                   # G (row قصر خيار)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),              # K
 "khoms_naval": ("base", "LY", 32.67606, 14.24128, "Al Khums naval base"),              # K
 "leptis": ("town", "LY", 32.63920, 14.29060, "Leptis Magna"),                          # K
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.36667, 15.23333, "Port of Misrata (Qasr Ahmad)"),  # K
 # west and borders
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 33.00000, 11.70000, "Libya-Tunisia border (Libyan side)"),  # K
 "border_eg": ("region", "EG", 30.80000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 "west_ly": ("region", "LY", 31.90000, 13.00000, "Western Libya"),                      # K
}

# not_places per record (media, forces, persons, common words, nisba adjectives)
TRAPS = {
 "si1": ["أصوات مغاربية", "الإدريسي", "يوم الجمعة", "الليبية", "المصراتية", "كتيبة ثوار طرابلس"],
 "si2": ["القاهرة الإخبارية", "الليبية", "التركية", "أحمد معيتيق", "عملية بركان الغضب", "الليبيين", "الجيش المصري"],
 "si3": ["سبوتنيك", "ما ادري", "الليبية", "المصراتية", "الإيطاليون"],
 "si4": ["الجريدة", "السنوات الخمس", "مفتاح الخمسي", "نوفا", "الإيطالية", "الليبية", "التركية", "المصراتية"],
 "si5": ["يورونيوز", "المجلس العسكري مصراتة", "المصراتية", "قوة حماية طرابلس", "الاتحاد الأوروبي"],
}

PHEN = {
 "si1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "si2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "si3": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "si4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "si5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "countries"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "si1": [
  _m("deploy", "reported", "GNA forces", ["قاعدة معيتيقة الجوية"], ["تاجوراء"], ["سوق الجمعة"]),
  _m("withdraw", "reported", None, ["تاجوراء"], ["القره بوللي"]),
  _m("deploy", "planned", "GNA forces", [], ["تاجوراء", "القره بوللي"]),
  _m("withdraw", "conditional", "GNA forces", ["تاجوراء"], ["معيتيقة"]),
  _m("reinforce", "denied", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
 ],
 "si2": [
  _m("reinforce", "reported", "GNA forces", ["سوق الجمعة"], ["مطار معيتيقة"]),
  _m("airlift", "reported", "Turkish armed forces", ["قاعدة إنجرليك"], ["قاعدة معيتيقة"]),
  _m("airlift", "denied", "Syrian mercenaries", ["سوريا"], ["معيتيقة"]),
  _m("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  _m("reinforce", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "si3": [
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["القره بوللي"], ["تاجوراء"]),
  _m("withdraw", "reported", None, ["القره بوللي"], ["قصر الأخيار"]),
  _m("advance", "conditional", "GNA forces", [], ["قصر الأخيار"]),
  _m("advance", "denied", None, ["ترهونة"], ["القره بوللي"]),
  _m("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
 ],
 "si4": [
  _m("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء الخُمس"]),
  _m("redeploy", "planned", "Misrata forces", ["الخمس"], ["القره بوللي"]),
  _m("shipment", "reported", None, ["تركيا"], ["قاعدة الخمس البحرية"]),
  _m("deploy", "denied", "Turkish armed forces", [], ["الخمس"]),
  _m("mobilise", "conditional", None, [], ["زليتن"]),
 ],
 "si5": [
  _m("redeploy", "reported", "GNA forces", ["سوق الجمعة"], ["قاعدة معيتيقة"]),
  _m("mobilise", "reported", None, [], ["تاجوراء"]),
  _m("deploy", "planned", "GNA forces", [], ["مطار معيتيقة", "سوق الجمعة", "تاجوراء"]),
  _m("withdraw", "conditional", None, ["سوق الجمعة"], ["تاجوراء"]),
  _m("shipment", "denied", "Misrata forces", ["مصراتة"], ["قاعدة معيتيقة"]),
 ],
}

NOTES = {
 "si1": "Maghreb Voices (Tripoli): Tajoura clashes; Radaa column Mitiga air base->Tajoura via Souq al-Juma (reported; "
        "retold in the spokesman's quote with the variant تاجورا), an unnamed local group's pull-out from the old market "
        "towards Garabulli (reported), military police to be posted between Tajoura and Garabulli (planned), Radaa's "
        "return to Mitiga «فور تثبيت وقف إطلاق النار» (conditional), Misrata reinforcements denied («لا صحة»). Traps: "
        "the outlet, the spokesman الإدريسي, يوم الجمعة, كتيبة ثوار طرابلس, nisbas.",
 "si2": "Al-Qahera News (Cairo desk): Mitiga airport shut; civil flights to Misrata/Tunis/Istanbul are not moves; Radaa "
        "units Souq al-Juma->Mitiga airport (reported reinforce), Turkish A400M Incirlik->Mitiga base (reported airlift; "
        "تركيا only locates Incirlik), Syrian fighters flown Syria->Mitiga denied («عارية عن الصحة»), Interior neutral "
        "force for the airport (planned), Egyptian reinforcement to the border «إذا امتدت» (conditional; غرب ليبيا is where "
        "the fighting is, Cairo is the speaker). Traps: the outlet (contains القاهرة), أحمد معيتيق, بركان الغضب.",
 "si3": "Sputnik Arabic (Tripoli): Garabulli (القربوللي, «كاستيلفيردي») road blockade; fuel trucks from the Zawiya refinery "
        "are civilian; Interior force Tripoli->Garabulli via Tajoura (reported deploy), gunmen's pull-back Garabulli->Qasr "
        "al-Akhyar (reported), advance on Qasr al-Akhyar «إذا لم يُفتح الطريق» (conditional), Tarhuna notables deny a move "
        "Tarhuna->Garabulli (denied advance), Misrata company by sea Misrata port->Tripoli port (planned). Ras Ajdir and the "
        "Tunisian border only describe the road. Traps: ما ادري, الإيطاليون, the outlet.",
 "si4": "Al-Jarida (Kuwait): Khoms; Misrata units landed Misrata port->Khoms port (reported naval landing), their move on "
        "Khoms->Garabulli (planned redeploy), armour and ammunition unloaded at the Khoms naval base from Turkey (reported "
        "shipment, owner not named), Ankara denies troops for Khoms (denied deploy), Zliten's military council would mass "
        "fighters in Zliten «إذا تعرضت الخمس» (conditional mobilise). A tanker from the Zawiya refinery, the lease story and "
        "Leptis are not moves. Traps: السنوات الخمس, مفتاح الخمسي, نوفا, الجريدة.",
 "si5": "Euronews Arabic (Tripoli): Souq al-Juma/Tajoura ceasefire; Radaa units Souq al-Juma->Mitiga base (reported "
        "redeploy), Tajoura brigades' build-up in Tajoura (reported mobilise, flashback), joint force for Mitiga airport and "
        "the road between Souq al-Juma and Tajoura (planned deploy), the armed groups' return Souq al-Juma->Tajoura tied to "
        "the joint force's deployment (conditional withdraw), Misrata ammunition trucks to Mitiga denied. Talks venue تونس "
        "العاصمة, Italy's embassy and غرب ليبيا are not movement places. Traps: المجلس العسكري مصراتة, قوة حماية طرابلس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("si1", "si2", "si3", "si4", "si5")
