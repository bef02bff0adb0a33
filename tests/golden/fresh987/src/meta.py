# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (qla2 spelled مصراته)
 # qla1 Zawiya Local Radio
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_mun": ("district", "LY", 32.75222, 12.72778, "Zawiya municipality"),           # G* (city row)
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 # qla2 Gharyan Local Radio
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G (row الأصابعة)
 "asabaa_mun": ("district", "LY", 32.03333, 12.86667, "Al Asabi'ah municipality"),      # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G (region row)
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # qla3 Ghadames Local Radio
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "triangle_w": ("region", "LY", 30.23, 9.53, "Libya-Algeria-Tunisia border triangle"),  # K
 # qla4 Murzuq Local Radio
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),           # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G (row أم الأرانب)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "border_td": ("region", "TD", 22.3, 16.9, "Chad-Libya border (Chadian side)"),        # K
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 # qla5 Zuwara Local Radio
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
}

TRAPS = {
 "qla1": ["إذاعة الزاوية المحلية", "مديرية أمن الزاوية", "الصرماني", "كتيبة شباب الحرشة", "هذه الزاوية",
          "قوة الإسناد الأولى - الزاوية", "الليبية"],
 "qla2": ["اللواء 444 قتال", "إذاعة غريان المحلية", "المنطقة العسكرية طرابلس", "أصابع الاتهام", "عمران الغرياني",
          "المجلس العسكري الزنتان", "زنتانية", "مديرية أمن غريان"],
 "qla3": ["التونسية", "إذاعة غدامس المحلية", "الغدامسي", "إدريس بن موسى", "كما درجت العادة", "الخبر", "الجزائري",
          "وكالة تونس إفريقيا للأنباء", "ليبية"],
 "qla4": ["الجيش الوطني", "اللواء 128 معزز", "الليبي", "إذاعة مرزق المحلية", "إدريس المرزقي", "تشاديين", "التشادي",
          "النيجري", "ليبية"],
 "qla5": ["الداخلية", "إذاعة زوارة المحلية", "الزواري", "الصبر الجميل", "التونسي", "موزاييك إف إم"],
}

PHEN = {
 "qla1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings"],
 "qla2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "town_vs_district"],
 "qla3": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_neighbours", "countries"],
 "qla4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qla5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qla1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["مصفاة الزاوية"]),
  mv("redeploy", "planned", "GNA forces", ["الزاوية"], ["صرمان"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"]),
  mv("mobilise", "denied", None, [], ["الحرشة"]),
 ],
 "qla2": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("withdraw", "reported", "GNA forces", ["الاصابعة"], ["غريان"]),
  mv("mobilise", "conditional", None, [], ["الاصابعة"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["الاصابعة"], ["الرياينة"]),
  mv("shipment", "planned", "GNA forces", ["مصراته"], ["غريان"]),
 ],
 "qla3": [
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["درج"]),
  mv("mobilise", "reported", None, [], ["سيناون"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أميناس"], ["الدبداب"]),
  mv("redeploy", "denied", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
 ],
 "qla4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ام الارانب"]),
  mv("advance", "conditional", "Chadian army", ["زوار"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Nigerien army", ["قاعدة ماداما"]),
 ],
 "qla5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["معبر راس اجدير"], ["الجميل", "زلطن"]),
  mv("withdraw", "reported", None, ["معبر راس اجدير"], ["أبو كماش"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء زوارة"]),
  mv("shipment", "planned", "GNA forces", ["قاعدة الوطية"], ["معبر راس اجدير"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["بن قردان"]),
 ],
}

NOTES = {
 "qla1": "Zawiya local radio on a vote-count dispute in the municipal election: a GNU interior-ministry reinforcement "
         "Tripoli→Zawiya via Janzour and Al-Maya, a naval landing Tripoli port→the Zawiya refinery quay, a planned "
         "company from the force in Zawiya (anaphora) to Surman, a conditional withdrawal from Zawiya ('لن تغادر ... إلا "
         "إذا') and a local brigade's denied massing in Al-Harsha; Zawiya also inside the radio, the security "
         "directorate, 'قوة الإسناد الأولى - الزاوية' and the common phrase 'من هذه الزاوية', Surman inside the "
         "spokesman's name; Sabratha is background.",
 "qla2": "Gharyan local radio on the dissolved Asabaa council (spelled الاصابعة): the 444 Brigade Tripoli→Gharyan "
         "via Al-Aziziya, a GNU force pulled back Asabaa→Gharyan, the elected mayor's conditional call to mass "
         "youths in Asabaa, the Zintan military council's denied advance Zintan→Asabaa via Al-Rayayna and a planned "
         "armoured-car shipment Misrata (spelled مصراته)→Gharyan; Gharyan inside the radio, the mayor's name and the "
         "security directorate, Tripoli inside 'المنطقة العسكرية طرابلس'; Yefren, Kikla, Mizda are background.",
 "qla3": "Ghadames local radio before a twice-postponed council vote: an airlift Mitiga airport→Ghadames airport, a "
         "planned company Ghadames→Derj (Derj also inside 'كما درجت العادة'), unknown armed cars massing near "
         "Sinawen, a conditional Algerian reinforcement In Amenas→Debdeb reported by a paper in Algiers, and the "
         "Tunisian defence ministry's denied transfer Remada→Borj El Khadra; the border triangle, Libya, Algeria "
         "and Tunisia are background; the committee head is named Idris.",
 "qla4": "Murzuq local radio before the council vote: an LNA battalion Sabha→Murzuq via Ghuddwa, a planned cargo "
         "flight Benina air base→Tamanhint base, Chadian opposition cars massing near Umm al-Aranib (spelled ام "
         "الارانب), a conditional Chadian-army advance Zouar→the border with Libya (N'Djamena the source, Tibesti "
         "the condition) and a denied Nigerien pull-out from Madama base (Toummo only a reference); the commander "
         "Idris al-Murzuqi vs the town Idri; El Feel and Brak are background.",
 "qla5": "Zuwara local radio on the Ras Ajdir crossing dispute with the new council: a GNU interior-ministry force "
         "Tripoli→Ras Ajdir (spelled راس اجدير) via Al-Jumayl and Zaltan, avoiding Zuwara, local brigades pulled "
         "back from the crossing to Abu Kammash, a denied Misratan landing at Zuwara port, a planned armour shipment "
         "Al-Watiya base→Ras Ajdir and a conditional Tunisian reinforcement Medenine→Ben Gardane; Al-Jumayl also "
         "inside 'الصبر الجميل', Tunis the capital vs Tunisia the country; Mellitah is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qla1", "qla2", "qla3", "qla4", "qla5")
