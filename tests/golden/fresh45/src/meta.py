# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / OpenStreetMap positions, or a representative point (see README "Coordinates not from
# the gazetteer"); G* = gazetteer row reused under another label/kind, or gazetteer name with own coordinates (listed in the README).
P = {
 # countries
 "turkey": ("country", "TR", 38.9611, 35.47856, "Turkey"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 # foreign cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "zawiya": ("city", "LY", 32.7571, 12.72764, "Az Zawiya"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                            # G
 "qbg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                          # G
 "tarhuna": ("town", "LY", 32.43501, 13.6332, "Tarhuna"),                                # G
 # Tripoli neighbourhoods (gazetteer kind `town`; several gazetteer rows carry the Tripoli centre point -> own point)
 "souq": ("town", "LY", 32.883, 13.233, "Souq al Jum'aa"),                               # G
 "ainzara": ("town", "LY", 32.8133, 13.2697, "Ain Zara"),                                # G
 "abusalim": ("town", "LY", 32.853, 13.188, "Abu Salim"),                                # G* (name G, point K)
 "salahaldin": ("town", "LY", 32.819, 13.213, "Salah al-Din (Tripoli)"),                 # G* (name G, point K)
 "gargaresh": ("town", "LY", 32.864, 13.113, "Gargaresh"),                               # G* (name G, point K)
 "hadba": ("town", "LY", 32.835, 13.21, "Al Hadba al Khadra"),                           # G* (name G, point K)
 "wadirabie": ("town", "LY", 32.78, 13.31, "Wadi al Rabie"),                             # G* (name G, point K)
 "fornaj": ("town", "LY", 32.858, 13.215, "Al Fornaj"),                                  # G* (name G, point K)
 "andalus": ("town", "LY", 32.872, 13.142, "Hay al-Andalus"),                            # K
 "karimiya": ("town", "LY", 32.805, 13.095, "Al Karimiyah (Tripoli)"),                   # K
 "dahra": ("town", "LY", 32.893, 13.196, "Al Dahra (Tripoli)"),                          # K
 "airportroad": ("town", "LY", 32.82, 13.17, "Airport Road (Tripoli)"),                  # K
 # districts (municipalities)
 "abusalim_mun": ("district", "LY", 32.853, 13.188, "Abu Salim municipality"),           # K (point of the neighbourhood)
 "souq_mun": ("district", "LY", 32.883, 13.233, "Souq al Jum'aa municipality"),          # G* (point of the G town row)
 # regions
 "southtripoli": ("region", "LY", 32.78, 13.2, "Southern Tripoli"),                      # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # facilities
 "mitiga_ap": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                      # G
 "mitiga_base": ("base", "LY", 32.8941, 13.276, "Mitiga Air Base"),                      # G
 "tip": ("airport", "LY", 32.6635, 13.159, "Tripoli International Airport"),             # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),   # G
 "abusitta": ("base", "LY", 32.899, 13.208, "Abu Sitta Naval Base"),                     # G* (name G, point K)
 "tekbali": ("base", "LY", 32.823, 13.225, "Tekbali camp"),                              # K
 "yarmouk": ("base", "LY", 32.806, 13.205, "Yarmouk camp"),                              # K
 "port": ("crossing", "LY", 32.903, 13.182, "Port of Tripoli"),                          # K
 "rasajdir": ("crossing", "LY", 33.15, 11.56, "Ras Ajdir border crossing"),              # G
 "zawiya_ref": ("oilfield", "LY", 32.77, 12.705, "Az Zawiya refinery"),                  # K
 "mellitah": ("oilfield", "LY", 32.87, 12.23, "Mellitah oil and gas complex"),           # G
}

TRAPS = {
 "au1": ["بوابة الوسط", "جهاز دعم الاستقرار", "اللواء 444 قتال", "عبد السلام الجنزوري", "لا ادري",
         "الهلال الأحمر الليبي", "الاتحاد الليبي لكرة القدم", "الأهلي طرابلس"],
 "au2": ["ليبيا الأحرار", "مديرية أمن طرابلس", "الكتيبة 301", "السفارة التركية", "الخطوط الجوية الليبية",
         "خالد التاجوري", "ميدان الشهداء"],
 "au3": ["المرصد", "كتيبة النواصي", "قوة إنفاذ القانون", "هذه الزاوية", "شارع الزاوية", "شارع عمر المختار",
         "شركة الزاوية لتكرير النفط"],
 "au4": ["إرم نيوز", "المجلس العسكري الزنتان", "سالم الزنتاني", "اللواء 444 قتال", "لا ادري", "شارع طرابلس"],
 "au5": ["الشرق الأوسط", "مديرية أمن طرابلس", "الكتيبة 301", "مصلحة الموانئ والنقل البحري", "التركية", "اللبنانية",
         "الوحدة الوطنية"],
}

PHEN = {
 "au1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "au2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "au3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "au4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "coverage_bases"],
 "au5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

GNA, MIS, ZIN, TUR = "GNA forces", "Misrata forces", "Zintan forces", "Turkish armed forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "au1": [
  mv("reinforce", "reported", GNA, ["سوق الجمعة"], ["أبوسليم"], ["الفرناج"]),
  mv("deploy", "reported", GNA, [], ["طريق المطار", "الهضبة"]),
  mv("withdraw", "planned", GNA, ["معسكر التكبالي"], ["أبو سليم"]),
  mv("advance", "conditional", GNA, [], ["صلاح الدين"]),
  mv("mobilise", "denied", GNA, [], ["وادي الربيع"]),
 ],
 "au2": [
  mv("deploy", "reported", GNA, [], ["سوق الجمعة"]),
  mv("redeploy", "reported", GNA, ["صلاح الدين"], ["تاجوراء"]),
  mv("deploy", "planned", GNA, [], ["مطار معيتيقة"]),
  mv("advance", "conditional", None, ["تاجوراء"], ["معيتيقة"]),
  mv("airlift", "denied", TUR, ["تركيا"], ["معيتيقة"]),
  mv("naval_landing", "denied", MIS, ["مصراتة"], ["تاجوراء"]),
 ],
 "au3": [
  mv("reinforce", "reported", GNA, ["قاعدة أبوستة البحرية"], ["قرقارش"], ["حي الاندلس"]),
  mv("mobilise", "reported", None, ["الزاوية"], ["الكريمية"]),
  mv("redeploy", "planned", GNA, ["منفذ رأس جدير"], ["قرقارش"]),
  mv("advance", "conditional", None, [], ["جنزور"]),
  mv("withdraw", "denied", GNA, ["قرقارش"], ["قاعدة أبوستة"]),
 ],
 "au4": [
  mv("advance", "reported", ZIN, ["الزنتان"], ["مطار طرابلس الدولي"], ["العزيزية"]),
  mv("mobilise", "reported", GNA, [], ["قصر بن غشير", "وادي الربيع"]),
  mv("shipment", "planned", GNA, ["مصراتة"], ["معسكر اليرموك"]),
  mv("reinforce", "conditional", MIS, ["مصراتة"], ["عين زارة"]),
  mv("redeploy", "denied", ZIN, ["مطار طرابلس الدولي"], ["صلاح الدين"]),
 ],
 "au5": [
  mv("shipment", "reported", None, ["مرسين"], ["ميناء طرابلس"]),
  mv("naval_landing", "reported", MIS, ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("airlift", "planned", TUR, ["تركيا"], ["قاعدة معيتيقة"]),
  mv("deploy", "conditional", GNA, [], ["ميناء طرابلس", "الظهرة"]),
  mv("shipment", "denied", None, ["طرابلس"], ["ميناء طرابلس"]),
 ],
}

NOTES = {
 "au1": "Alwasat (بوابة الوسط): clashes in Abu Salim between the Radaa/Deterrence Apparatus and the Stability Support Apparatus (both nominally under the Presidential Council -> GNA forces); Tripoli dateline. Reported Radaa reinforcement Souq al-Jumaa->Abu Salim (joined spelling أبوسليم) via Al-Fornaj; reported 444 Brigade deployment on the Airport Road and in Al-Hadba (headline «444 تنتشر» = same move; «جنوب طرابلس» is the purpose, not a destination); planned SSA withdrawal Tekbali camp->Abu Salim (spaced spelling أبو سليم; «يقضي اتفاق … بأن تنسحب»); conditional Radaa advance towards Salah al-Din (إذا); SSA mobilisation in Wadi al-Rabie denied («كذب»). The gate near the Al-Hadba roundabout is only where the clash happened. Not movements: families displaced to Janzour and Gargaresh, the Red Crescent (Tripoli branch) evacuating the wounded, the mayor of Abu Salim municipality's appeal, the postponed football match. Traps: عبد السلام الجنزوري (person containing جنزور), «لا ادري» (verb spelled like Idri), الأهلي طرابلس (club containing طرابلس), الهلال الأحمر الليبي / الاتحاد الليبي لكرة القدم (nisba).",
 "au2": "Libya Al-Ahrar (ليبيا الأحرار): Mitiga airport closed after shelling; Tripoli dateline. Reported Radaa deployment in Souq al-Jumaa (headline = same move); reported 301 Battalion redeploy Salah al-Din->western entrance of Tajoura («أعادت … تمركز»); planned Interior Ministry deployment around Mitiga airport («تعتزم»; the Tripoli security directorate is the unit, GNA forces); conditional advance of Tajoura gunmen (null) towards Mitiga (في حال); one denial sentence per speaker: Turkish military cargo plane Turkey->Mitiga denied by the Turkish embassy in Tripoli (venue), naval landing of elements from Misrata on Tajoura's beach denied by Radaa. Not movements: civil flights from Tunis and Istanbul diverted to Misrata airport, extra Libyan Airlines flights from Misrata airport, stranded passengers travelling by land to Tunisia via Ras Ajdir, the transport minister's visit with the mayor of Souq al-Jumaa municipality, the sit-in in Martyrs' Square. تونس is first the city (flights from Tunis), then the country (travel by land to Tunisia).",
 "au3": "Al-Marsad (المرصد): tension in Gargaresh; Tripoli dateline. Reported Nawasi reinforcement Abu Sitta naval base->Gargaresh via Hay al-Andalus (variant حي الاندلس without hamza; headline «تعزز مواقعها» = same move); reported mobilisation of armed groups from Zawiya (null) in Al-Karimiya (headline «تتحشد» = same; Janzour there is a distance reference); planned Interior Ministry «قوة إنفاذ القانون» redeploy Ras Ajdir crossing->Gargaresh (ستُنقل; the border with Tunisia only locates the crossing); conditional entry into Janzour by the Zawiya groups (null, إذا; أبناء الزاوية in the condition is a place but not a movement place); Nawasi withdrawal Gargaresh->Abu Sitta base denied. Not movements: raids detaining migrants in Gargaresh, shops closing, fuel supplies to Tripoli. Traps: هذه الزاوية (common word), شارع الزاوية and شارع عمر المختار (streets), شركة الزاوية لتكرير النفط (company; the refinery itself, مصفاة الزاوية, is a gold place).",
 "au4": "Erem News (إرم نيوز): the southern approaches; Tripoli dateline. Reported Zintan forces advance Zintan->Tripoli International Airport via Al-Aziziya (headline = same move); reported 444 Brigade mobilisation in Qasr bin Ghashir and Wadi al-Rabie (earth berms on the road to Ain Zara: variant عين زاره, not a destination); planned ammunition shipment Misrata->Yarmouk camp (Chief of Staff, GNA forces; southern Tripoli = purpose); conditional reinforcement by units from Misrata (Misrata forces) to Ain Zara («في حال»; Zintan/Al-Aziziya in the condition are not movement places); Zintan redeploy Tripoli International Airport->Salah al-Din denied by the Zintan Military Council. Not movements: families displaced from Qasr bin Ghashir to Tarhuna, the protest in Misrata's Tripoli Street, the 2019–2020 history without a movement verb, the Presidential Council's calls. Traps: المجلس العسكري الزنتان (force containing الزنتان), سالم الزنتاني (person), «لا ادري» (Idri spelling), شارع طرابلس (street in Misrata named after the capital).",
 "au5": "Asharq Al-Awsat (الشرق الأوسط): an armoured-vehicle shipment and a sea landing in Tripoli; Cairo dateline. Reported cargo ship Mersin->Port of Tripoli (shipment, null; headline = same; «الحدود مع تونس» is the purpose); reported naval landing of ~200 elements Misrata->Abu Sitta naval base (Misrata forces; headline = same); planned Turkish military cargo planes Turkey->Mitiga base («من المقرر»); conditional 301 Battalion deployment around the port and Al-Dahra («إذا تجددت»); denied arms ship from Tripoli, Lebanon (first standalone طرابلس, city LB) to the Port of Tripoli. Not movements: the interior minister's visit to the port and his trip to Misrata, the Tripoli security directorate securing the gates (no movement), a fuel tanker from the Mellitah complex, the passenger ferry from Malta, the unnamed «تحركات الوحدات». Traps: مديرية أمن طرابلس (unit containing طرابلس), nisba التركية / اللبنانية, الشرق الأوسط (media), الوحدة الوطنية.",
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
