# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                     # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "yemen": ("country", "YE", 15.80226, 47.48567, "Yemen"),                                # G
 # Libya: west and centre
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G (row مطار مصراتة)
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                   # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra (area)"),                     # G* (Hun town row, README: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                   # G
 # Libya: Fezzan and the Niger border
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G* (row براك, written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G (row الحدود الليبية النيجرية; also used for الحدود مع النيجر)
 # Libya: east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                   # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),      # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "border_ne_ly": ("region", "NE", 22.3, 13.95, "Niger-Libya border (Niger side)"),       # K
 # Algeria
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G (gazetteer kind village)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                  # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row إن قزام, written عين قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algeria side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Tunisia
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "border_tn_ly": ("region", "TN", 32.8, 11.2, "Tunisia-Libya border (Tunisia side)"),    # K
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                 # G
 "border_eg_ly": ("region", "EG", 31.0, 25.3, "Egypt-Libya border (Egypt side)"),        # K
 # elsewhere
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "incirlik": ("base", "TR", 37.00194, 35.42583, "Incirlik Air Base"),                    # G (row قاعدة إنجيرليك)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                 # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                        # G
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                     # G
}

TRAPS = {
 "qrh1": ["لبنان اليوم", "اللواء طارق بن زياد", "الأهلي طرابلس", "اللبناني", "اللبنانية", "البيروتي", "النيجرية",
          "الليبية", "المصرف"],
 "qrh2": ["نشوان نيوز", "وكالة الأنباء الجزائرية", "الجزائرية", "الجزائري", "ليبية", "الليبي", "التركية",
          "السويحلي"],
 "qrh3": ["مصر اليوم", "المصرية", "مصرية", "مصري", "المصري", "الأهلي بنغازي", "ملعب شهداء بنينا", "الليبي"],
 "qrh4": ["ريميسا", "الأهلي طرابلس", "الأهلي بنغازي", "الشرارة", "خليج سرت", "الاتحاد المصراتي", "نادي القطرون",
          "نيجرية"],
 "qrh5": ["الرأي برس", "الجيش الوطني الليبي", "الفيلق الأفريقي", "تشاديين", "التركية"],
}

PHEN = {
 "qrh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qrh2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrh3": ["clitics", "multiword", "media_trap", "nisba", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qrh4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qrh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrh1": [
  mv("reinforce", "reported", "Libyan National Army", ["براك الشاطئ"], ["سبها", "مطار سبها"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["اوباري"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["الحدود مع ليبيا"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة الوطية"], ["مطار مصراتة الدولي"]),
 ],
 "qrh2": [
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["إليزي", "الدبداب"]),
  mv("reinforce", "conditional", "Tunisian army", ["بن قردان"], ["معبر رأس جدير"]),
  mv("deploy", "planned", "Tunisian army", [], ["الحدود مع ليبيا"]),
  mv("airlift", "reported", "Turkish armed forces", ["قاعدة إنجيرليك"], ["مطار مصراته"]),
 ],
 "qrh3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["سبها"], ["سوكنة"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["قاعدة تمنهنت"]),
  mv("withdraw", "denied", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("deploy", "conditional", "Egyptian army", [], ["الحدود مع ليبيا"]),
 ],
 "qrh4": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", ["سبها"], ["قاعدة تمنهنت"]),
  mv("airlift", "planned", "GNA forces", ["مطار مصراتة"], ["غدامس"]),
  mv("shipment", "denied", None, ["النيجر"], ["القطرون"], ["منفذ التوم"]),
 ],
 "qrh5": [
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["سبها"]),
  mv("advance", "conditional", "Libyan National Army", ["سبها"], ["مرزق"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["ديركو"]),
  mv("deploy", "planned", "Algerian army", [], ["عين قزام", "الحدود مع النيجر"]),
 ],
}

NOTES = {
 "qrh1": "Lebanese site (Lebanon Today, Arab Today group) roundup of the Libyan press, datelined Tripoli (Libya): "
         "Tariq bin Ziyad brigade reinforcements Brak al-Shati→Sabha and Sabha airport, a planned company Sabha→Ubari, "
         "a civilian trade convoy Dirkou→Toummo crossing (no move), a conditional LNA reinforcement of the Toummo "
         "crossing, Niger's denial of an army advance Madama→the border with Libya (Niger side; Niamey only the "
         "speaker), a Tripoli derby whose scorer comes from Tripoli (Lebanon), a flour price rise in Benghazi "
         "(Russian wheat at Benghazi port, civilian) and a civilian Istanbul→Misrata flight beside the denied Turkish "
         "military flight Al-Watiya base→Misrata airport.",
 "qrh2": "Yemeni site (Nashwan News) Maghreb roundup: Algeria's denial of an army entry Djanet→Ghat, the reported "
         "Algerian reinforcement Ouargla→Illizi and Debdeb, an inspection visit to Djanet (no move), Tunisia's "
         "conditional reinforcement Ben Gardane→Ras Ajdir crossing (Zuwara only in the condition) and planned "
         "patrols along the border with Libya (Tunisia side), a Turkish A400M Incirlik→Misrata airport (written "
         "مصراته), a postponed match in Tripoli and a rice price rise in Nouakchott.",
 "qrh3": "Egyptian site (Egypt Today, Arab Today group) Libya digest datelined Benghazi: meat prices in Benghazi, "
         "Egyptian livestock trucks and a medical aid convoy via Amsaad to Derna (civilian), an LNA column Jufra air "
         "base→Sabha via Sokna (headline repeats it with the Jufra area), a planned force Sabha→Tamanhint base, a "
         "denied pull-out Ubari→Sabha, Egypt's conditional deployment to the border with Libya (Egypt side; Cairo the "
         "venue, Sallum 2020 background) and a friendly match with Zamalek flying into Benina airport (civilian).",
 "qrh4": "Libyan sports site (Rimessa) weekly round: Al-Ahly Tripoli's win in Tripoli, a Sabha match postponed after "
         "LNA units deployed from Tamanhint base into Sabha (conditional return to Tamanhint), the Khaleej Sirte team "
         "travelling Sirte→Sabha by road (civilian), a football team's flight Misrata→Benghazi delayed for a planned "
         "GNA military flight Misrata airport→Ghadames, Benghazi ticket prices and a denied arms shipment Niger→Al "
         "Qatrun via the Toummo crossing (the trucks carried sports kit for the Qatrun club).",
 "qrh5": "Yemeni site (Al-Rai Press) Arab headlines: the rial in Aden, a Turkish landing ship Mersin→Misrata port "
         "(naval landing), LNA battalions massing in Sabha with a conditional advance on Murzuq, Niamey's denial of "
         "an Africa Corps airlift Brak air base→Dirkou, Algeria's planned deployment to In Guezzam (written عين قزام) "
         "and the border with Niger (Algeria side), a denial from Algiers about closing the crossing (no move) and a "
         "gas price rise in Benghazi.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrh1", "qrh2", "qrh3", "qrh4", "qrh5")
