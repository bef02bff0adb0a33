# Metadata for fresh964 (qkd1-qkd5), written blind to the extractor.
# P: key -> (kind, country, lat, lon, name). Comment per row: G = gazetteer row (grep -F in data/gazetteer.csv);
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 # qkd1 Zuwara (Annahar Al-Arabi)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "jmail": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin (Sidi Bin Zinah)"),           # G (row سيدي بن زينة, alias رقدالين)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 # qkd2 Nalut / Dehiba (Akhbar Al-Jomhouria)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "border_tnside": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side)"),  # K
 # qkd3 Sabratha (Achaab News)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                          # G (row لامبيدوسا)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 # qkd4 Gharyan / Al-Watiya (Step News)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "afrin": ("town", "SY", 36.50833, 36.86944, "Afrin"),                                  # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep International Airport"),  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # qkd5 Zintan (Anba Tounes)
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),           # G* (town row)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                  # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabiah"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
}

TRAPS = {
 "qkd1": ["النهار العربي", "المجلس العسكري زوارة", "أنور النالوتي", "من هذه الزاوية", "تركية", "أتراك"],
 "qkd2": ["أخبار الجمهورية", "الجادوي", "إدريس الباروني", "المنطقة العسكرية الغربية", "الجيش الوطني",
          "تونسية", "التونسي", "الليبية", "الليبي"],
 "qkd3": ["الشعب نيوز", "علي الغرياني", "كتيبة شهداء صبراتة", "رد الجميل", "التونسيين", "التونسيون",
          "الاتحاد العام التونسي للشغل"],
 "qkd4": ["ستيب نيوز", "الجيش الوطني السوري", "أبو محمد الإدلبي", "سوق الجمعة", "سورياً", "التركية"],
 "qkd5": ["أنباء تونس", "إدريس الزنتاني", "قوة حماية طرابلس", "الجيش الوطني الليبي", "كما درجت العادة",
          "الليبية"],
}

PHEN = {
 "qkd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qkd4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "qkd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area",
          "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qkd1": [
  mv("withdraw", "reported", "GNA forces", ["ميناء زوارة"], ["الزاوية"], ["صبراتة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مجمع مليتة"]),
  mv("redeploy", "planned", "GNA forces", ["مجمع مليتة"], ["معبر رأس اجدير"]),
  mv("advance", "conditional", None, ["زوارة"], ["الجميل", "رقدالين"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
 ],
 "qkd2": [
  mv("withdraw", "reported", "Zintan forces", ["منفذ وازن"], ["الزنتان"], ["كاباو", "جادو"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("redeploy", "planned", "GNA forces", ["منفذ وازن"], ["سيناون"]),
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"]),
  mv("mobilise", "denied", "Zintan forces", [], ["الحوامد"]),
 ],
 "qkd3": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["صبراتة"]),
  mv("withdraw", "reported", None, ["صبراتة"], ["العجيلات"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["صبراتة"]),
  mv("redeploy", "conditional", None, [], ["صبراتة"]),
  mv("mobilise", "denied", "Tunisian army", [], ["بن قردان"]),
 ],
 "qkd4": [
  mv("redeploy", "reported", "Syrian mercenaries", ["قاعدة الوطية"], ["غريان"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["إسطنبول"]),
  mv("airlift", "planned", "Syrian mercenaries", ["مطار غازي عنتاب"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Syrian mercenaries", ["غريان"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["غريان"]),
  mv("shipment", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
 "qkd5": [
  mv("withdraw", "reported", "Zintan forces", ["العزيزية"], ["الزنتان"], ["بئر الغنم", "الرياينة"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["حقل الشرارة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["العزيزية"]),
  mv("advance", "conditional", "Zintan forces", ["ككلة"], ["الأصابعة"]),
  mv("shipment", "denied", "Libyan National Army", ["بنغازي"], ["الزنتان"], ["الشويرف"]),
 ],
}

NOTES = {
 "qkd1": "Zuwara municipal story (mayor and military-council spokesman): a Zawiya brigade leaves the Zuwara port area "
         "for Zawiya via Sabratha, a 30-vehicle chief-of-staff force Tripoli→Mellitah complex, a planned company from "
         "it (anaphora «سرية منها») to the Ras Ajdir crossing, the military council's units staying in the city and "
         "advancing on Al-Jmail or Regdalin only if attacked, and a denied Turkish landing at Zuwara port; Italy "
         "(pipeline), the Tunisian border (distance) and fuel smuggling via Abu Kammash are background; «زواره» "
         "spelling; traps «المجلس العسكري زوارة», «أنور النالوتي», «من هذه الزاوية».",
 "qkd2": "Tunisian weekly from Tataouine on both sides of the Dehiba-Wazin crossing: a Zintani brigade leaves the "
         "Wazin crossing for Zintan via Kabaw and Jadu, a GNU Western Military Region force Nalut→the crossing "
         "(anaphora «في المنفذ»), a planned company from it to Sinawen (Ghadames only the road's end), Tunisian army "
         "reinforcements Remada→Dehiba that will not leave Dehiba unless calm returns, and a denied Zintani massing "
         "near Al-Hawamid; Tunis, Tataouine governorate and the Tunisian-side border are background; traps "
         "«الجادوي» (Jadu inside), «إدريس الباروني», «الجيش الوطني» (the Tunisian army).",
 "qkd3": "Tunisian union site on Tunisian workers in Sabratha: a GNU force Zawiya→Sabratha via Surman reinforced "
         "from Tripoli, the local brigade (trap «كتيبة شهداء صبراتة») leaving for Al-Ajaylat and returning only on "
         "the council's request, a planned marine landing from Abu Sitta on the city's beach, and a denied Tunisian "
         "massing in Ben Gardane (denial voiced in Tunis); workers going home via Ras Ajdir are civilians; Medenine "
         "dateline (town) vs the governorates «ولايتي مدنين وتطاوين»; Lampedusa only a migrant destination.",
 "qkd4": "Syrian outlet on Syrian fighters: 120 moved Al-Watiya base→a camp near Gharyan, 200 flown Mitiga→Istanbul, "
         "a planned airlift Gaziantep airport→Al-Watiya of fighters recruited in Afrin (recruitment place only), the "
         "fighters not leaving Gharyan unless the GNU takes over the camp, a Turkish denial (Ankara venue) of troops "
         "sent to Gharyan and a Turkish navy ship Mersin→Khoms port; «طرابلس الغرب» is Tripoli (Libya); traps "
         "«سوق الجمعة» (the weekly market), «أبو محمد الإدلبي», «الجيش الوطني السوري».",
 "qkd5": "Tunisian site (Tunis dateline) on a Zintan municipal statement: two battalions back from Al-Aziziyah to "
         "Zintan via Bir al-Ghanam and Al-Rayayna, a planned company Zintan→Sharara field, Tripoli Protection Force "
         "units Tripoli→Al-Aziziyah (trap name contains Tripoli), a conditional advance from near Kikla→Al-Asabaa and a "
         "denied LNA ammunition shipment Benghazi→Zintan via Ash-Shwayrif; Tripoli airport (2014 control) and the "
         "border with Tunisia are background; «زنتان» spelling, «إدريس الزنتاني» and «كما درجت العادة» (Daraj) traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qkd1", "qkd2", "qkd3", "qkd4", "qkd5")
