# key -> (kind, country, lat, lon, name). G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind; K = not in the gazetteer, own knowledge (see README).
P = {
 # countries (G)
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),
 "turkey": ("country", "TR", 38.9611, 35.47856, "Türkiye"),
 "greece": ("country", "GR", 39.0717, 21.9517, "Greece"),
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),
 "russia": ("country", "RU", 53.12573, 99.33572, "Russian Federation"),
 # l1 Tripoli suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                      # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                      # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"), # G* Janzour row
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                       # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                        # G
 "gargaresh": ("town", "LY", 32.88743, 13.18733, "Gargaresh"),                  # G (row at Tripoli point)
 "siraj": ("town", "LY", 32.88743, 13.18733, "Al Siraj (Tripoli)"),             # G (row at Tripoli point)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                        # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                      # G
 "souq_juma": ("town", "LY", 32.883, 13.233, "Souq al Jum'aa"),                 # G
 "mitiga_ap": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),             # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "ain_zara": ("town", "LY", 32.8133, 13.2697, "Ain Zara"),                      # G
 "salah_din": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),     # G (row at Tripoli point)
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),             # G
 "abu_salim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                  # G (row at Tripoli point)
 # l2 Turkish drills
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                       # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                        # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),         # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                      # G
 "watiya": ("base", "LY", 32.4769, 11.8968, "Al Watiya Air Base"),              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                          # G
 "gardabya": ("base", "LY", 31.0635, 16.595, "Gardabya Air Base"),              # G
 # l3 Derj / Ghadames
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                     # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),  # G* Ghadames town row
 "ghadames_ap": ("airport", "LY", 30.1517, 9.71531, "Ghadames East Airport"),   # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),             # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),   # G* Libya-Algeria border row
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                           # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                       # G
 "debdeb": ("town", "DZ", 29.9675, 9.42389, "Debdeb"),                          # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),     # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                    # G
 # l4 Tibesti gold
 "kouri": ("town", "TD", 22.4536, 16.9089, "Kouri Bougoudi"),                   # K
 "border_td_ly": ("region", "TD", 22.8, 17.2, "Chad-Libya border (Chadian side)"),  # K
 "ndjamena": ("city", "TD", 12.10672, 15.0444, "N'Djamena"),                    # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                        # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.6237, "Tibesti province"),     # G
 "tibesti": ("region", "TD", 20.8, 17.8, "Tibesti"),                            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                     # G
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),              # G
 "wour": ("village", "TD", 21.3667, 15.9833, "Wour"),                           # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                          # G
 "wigh": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                  # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                            # G
 "border_td_sd": ("region", "TD", 15.25834, 22.8325, "Chad-Sudan border"),      # G
 # l5 Russia in the south
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                          # G
 "khadim": ("base", "LY", 31.9985, 21.1918, "Al Khadim Air Base"),              # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica (eastern Libya)"),  # G* Cyrenaica row
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),             # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                        # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                            # G
 "niamey": ("city", "NE", 13.51366, 2.1098, "Niamey"),                          # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                         # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),           # G
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),           # G
 "washington": ("city", "US", 38.89511, -77.03637, "Washington"),               # G
 "madama": ("base", "NE", 21.95, 13.65, "Madama"),                              # G
 "toummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),           # G
}

TRAPS = {
 "l1": ["ليبيا الأحرار", "كتيبة «فرسان جنزور»", "حسين الجنزوري", "الهلال الأحمر الليبي", "فايز السراج"],
 "l2": ["الأناضول", "العقيد مسعود الخمسي", "عملية «بركان الغضب»", "صحف يونانية", "اللبنانية",
        "القوات البحرية الليبية"],
 "l3": ["وكالة أنباء الصين الجديدة", "كتيبة حماية غدامس", "علي الغدامسي", "كما درجت العادة",
        "وزارة الدفاع الجزائرية", "الجيش الوطني الليبي", "طارق بن زياد"],
 "l4": ["تشاد إنفو", "محمد إدريس ديبي إتنو", "التبو", "الجيش التشادي", "القيادة العامة للقوات المسلحة التشادية",
        "الجيش الوطني الليبي", "ليبيون وسودانيون ونيجريون"],
 "l5": ["ليبيا الحدث", "الفيلق الأفريقي", "الجديد", "وزارة الدفاع الروسية", "النيجرية",
        "القيادة العامة للجيش الوطني الليبي"],
}

PHEN = {
 "l1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
        "town_vs_district"],
 "l2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
        "coverage_bases", "countries"],
 "l3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
        "nisba", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
        "coverage_neighbours", "countries"],
 "l4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
        "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
        "coverage_neighbours", "countries"],
 "l5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
        "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
        "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "l1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("withdraw", "conditional", "GNA forces", ["جنزور"], ["الزاوية"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["تاجوراء", "سوق الجمعة"]),
  mv("mobilise", "reported", None, [], ["تاجوراء", "مطار معيتيقة"]),
  mv("deploy", "planned", "GNA forces", [], ["عين زارة", "صلاح الدين", "قصر بن غشير"]),
 ],
 "l2": [
  mv("redeploy", "reported", "Turkish armed forces", ["طرابلس"], ["مصراتة"]),
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["قاعدة الوطية"]),
  mv("naval_landing", "planned", "Turkish armed forces", [], ["الخمس"]),
  mv("shipment", "denied", "Turkish armed forces", [], ["سرت", "قاعدة القرضابية"]),
  mv("reinforce", "conditional", "Turkish armed forces", [], ["مصراتة", "قاعدة الوطية"]),
 ],
 "l3": [
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس", "مطار غدامس"]),
  mv("mobilise", "reported", None, [], ["غدامس"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["غدامس"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
 "l4": [
  mv("deploy", "reported", None, ["برداي"], ["كوري بوقودي"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["وور"]),
  mv("deploy", "planned", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("reinforce", "conditional", None, [], ["تيبستي"]),
 ],
 "l5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", "Russian forces", ["براك الشاطئ"], ["نيامي", "أغاديس"]),
  mv("deploy", "denied", "Russian forces", [], ["سبها", "قاعدة تمنهنت"]),
  mv("reinforce", "conditional", "Libyan National Army", ["براك الشاطئ"], ["سبها"]),
 ],
}

NOTES = {
 "l1": "Libya Al-Ahrar: clashes in Janzour. Reported GNA (Chief of Staff) column Zawiya→Janzour via Al-Mayah (headline = same move); "
       "conditional GNA withdrawal Janzour→Zawiya (بمجرد); Misrata brigades' move towards Tajoura and Souq al-Juma denied by the "
       "166 Brigade commander (Misrata forces); reported mobilisation of local armed groups in Tajoura near Mitiga airport (null; "
       "headline تحشيد في تاجورا = same); planned Interior-ministry patrols in Ain Zara, Salah al-Din, Qasr Bin Ghashir (GNA). "
       "Not movements: Tripoli dateline, families evacuated to Gargaresh/Siraj, flights diverted to Misrata airport, the 2025 "
       "Abu Salim clashes. Traps: outlet ليبيا الأحرار, force كتيبة «فرسان جنزور», persons حسين الجنزوري (contains جنزور) and "
       "فايز السراج (contains السراج), nisba الهلال الأحمر الليبي. Spelling: تاجورا (headline) is a raw substring of every تاجوراء.",
 "l2": "Anadolu: Turkish frigate and drills. Reported Turkish redeploy of a frigate from Tripoli (Lebanon) to Misrata (headline = "
       "same); reported Turkish airlift of a special-forces company Kayseri→Al Watiya base; planned Turkish/Libyan training "
       "naval landing on the Khums beach (headline = same); Turkish air-defence shipment to Sirte/Gardabya base denied; "
       "conditional Turkish reinforcement to Misrata and Al Watiya (إذا). Not movements: Ankara dateline and government, "
       "Tripoli (Libya) as distance reference and MoU party, Greece's protest. Tripoli ambiguity: طرابلس اللبنانية (LB) vs "
       "طرابلس (LY) twice. Traps: agency الأناضول (also a region name), person العقيد مسعود الخمسي (contains الخمس), "
       "عملية «بركان الغضب», nisbas صحف يونانية, اللبنانية, القوات البحرية الليبية.",
 "l3": "Xinhua: LNA units to Derj. Reported LNA advance Ash Shwayrif→Derj via Hamada al-Hamra (headline = same); LNA advance "
       "on Ghadames/Ghadames airport denied by its own source (نافياً أي نية); reported mobilisation of the local Ghadames "
       "protection battalion at the town's eastern entrance (null); planned GNA deployment Nalut→Ghadames (تعتزم); conditional "
       "Algerian reinforcement in Debdeb (إذا). Not movements: Tripoli dateline/seat of government, purpose clause 'on the border "
       "with Algeria', Algiers as venue, Tunisia's concern, the tripoint description, smuggling towards the south-west, Benghazi "
       "(no comment). Traps: وكالة أنباء الصين الجديدة (contains الصين), كتيبة حماية غدامس, علي الغدامسي, كما درجت العادة "
       "(contains درج), طارق بن زياد, الجيش الوطني الليبي, وزارة الدفاع الجزائرية (contains الجزائر).",
 "l4": "Tchad Infos: Chadian army at the Kouri Bougoudi gold mines. Reported Chadian-army deployment Bardai→Kouri Bougoudi "
       "(null, Chadian army not canonical; headline = same); CCMSR infiltration Al Qatrun→Wour denied (Chadian armed groups); "
       "planned LNA company Sabha→Al Wigh base (سينشر مطلع الشهر المقبل); conditional Chadian reinforcement to Tibesti (null, "
       "لن تتردد … إذا). Not movements: N'Djamena dateline, miners from Sudan/Niger, the border phrase (location of the clashes), "
       "the Adre precedent on the Sudan border. Traps: outlet تشاد إنفو (contains تشاد), person محمد إدريس ديبي إتنو (contains "
       "the Libyan town إدري; the gold town is Chad's أدري), ethnonym التبو, nisbas.",
 "l5": "Reuters: Russian build-up at Brak. Reported Russian airlift Al Khadim base→Brak air base (headline = same); planned "
       "Russian airlift from Brak al-Shati to Niamey and Agadez (تعتزم); Russian move into Sabha/Tamanhint base denied by the "
       "LNA; conditional LNA reinforcement Brak al-Shati→Sabha (إذا). Not movements: Tunis dateline (Reuters bureau, the city), "
       "Moscow and Washington as governments, the Sabha source, Syria drawdown, the supply corridor to Mali/Burkina Faso, the "
       "French withdrawal from Madama, migrants Agadez→Toummo crossing→Al Qatrun/Sabha, distances to Sharara. Traps: "
       "قناة «ليبيا الحدث» (media containing ليبيا), الفيلق الأفريقي, common word الجديد (also a Sabha suburb), "
       "النيجرية (contains النيجر), وزارة الدفاع الروسية, الجيش الوطني الليبي.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (240, 265)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
