# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling/country (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G (written تونس العاصمة)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Nafusa mountain (Adrar n Infusen)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G (row الجبل الغربي; أدرار/جبل نفوسة grep to it)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G (لالوت greps to the same row)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "rahaibat": ("town", "LY", 31.84637, 11.84360, "Ar-Rahaibat"),                         # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G (also written ئفرن)
 "yefren_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),          # G* (town row, written بلدية يفرن)
 "qalaa": ("town", "LY", 32.08000, 12.62000, "Al Qalaa"),                               # K
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # plain, coast and the Tunisian border (Libyan side)
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),   # G* (row الحدود الليبية التونسية)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير, written معبر)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G (also written آت ويلول, K alias)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratah"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),      # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 # Tunisia
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (row الذهيبة)
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border crossing (Tunisian post)"),  # G* (row منفذ وازن, country TN)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "ben_gardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                      # G
 "chenini": ("village", "TN", 32.91100, 10.26200, "Chenini"),                           # K
 "border_tn_side": ("region", "TN", 32.10000, 10.55000, "Tunisia-Libya border (Tunisian side)"),  # K
 # Algeria
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                     # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                           # G (row عين أميناس, written عين أمناس)
 "illizi_gov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "border_dz": ("region", "DZ", 29.50000, 9.55000, "Algeria-Libya border (Algerian side)"),  # K
}

TRAPS = {
 "qmh1": ["قناة تمازيغت", "فتحي النالوتي", "المجلس الأعلى لأمازيغ ليبيا", "الجيش التونسي", "التونسية", "ليبية",
          "ردّ الجميل", "صلاة المغرب"],
 "qmh2": ["القناة الرابعة", "الجيش الجزائري", "الليبية", "سالم الجادوي", "عماد الطرابلسي", "درع غدامس", "جوهرة الصحراء"],
 "qmh3": ["الوطنية الأولى", "حضور أمني وازن", "عمر الزنتاني", "القوة الزنتانية", "الجيش التونسي", "ليبية", "الليبي"],
 "qmh4": ["إذاعة الزنتان المحلية", "إدريس الشتيوي", "مصباح اليفرني", "رتل زنتاني"],
 "qmh5": ["إذاعة يفرن المحلية", "اللواء 444 قتال", "ماسن اليفرني", "القلعة الحصينة"],
}

PHEN = {
 "qmh1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qmh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qmh3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qmh4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "coverage_bases", "coverage_oil"],
 "qmh5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "town_vs_district", "coverage_bases", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmh1": [
  mv("deploy", "reported", None, ["لالوت", "أدرار نفوسة"], ["منفذ وازن"]),
  mv("withdraw", "conditional", None, ["منفذ وازن"], ["لالوت"]),
  mv("deploy", "reported", "GNA forces", ["زوارة"], ["نالوت"], ["الجميل", "تيجي"]),
  mv("deploy", "planned", "GNA forces", ["نالوت"], ["وازن"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["منفذ وازن"]),
 ],
 "qmh2": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("deploy", "reported", None, ["كاباو"], ["غدامس"], ["نالوت", "سيناون"]),
  mv("shipment", "reported", None, ["نالوت"], ["غدامس"]),
  mv("reinforce", "planned", None, ["جادو"], ["غدامس"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["غدامس"]),
 ],
 "qmh3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("reinforce", "planned", "Tunisian army", ["مدنين"], ["ذهيبة"]),
  mv("advance", "denied", None, ["وازن"], ["الذهيبة"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["وازن"], ["نالوت"]),
  mv("mobilise", "reported", None, ["نالوت", "كاباو"], ["منفذ وازن"]),
  mv("withdraw", "conditional", "Zintan forces", ["وازن"], ["الزنتان"]),
 ],
 "qmh4": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["العجيلات"], ["الرياينة", "بئر الغنم"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["العجيلات"]),
  mv("advance", "conditional", "Zintan forces", [], ["الزاوية"]),
  mv("withdraw", "reported", "Zintan forces", ["الأصابعة"], ["الزنتان"]),
  mv("redeploy", "planned", "Zintan forces", ["الزنتان", "الرجبان"], ["قاعدة الوطية"]),
  mv("withdraw", "planned", "GNA forces", ["قاعدة الوطية"], ["طرابلس"]),
  mv("deploy", "denied", "Zintan forces", [], ["غريان"]),
 ],
 "qmh5": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["ئفرن"], ["ككلة", "القلعة"]),
  mv("deploy", "planned", "GNA forces", ["يفرن"], ["جادو"]),
  mv("advance", "conditional", None, [], ["بئر الغنم"]),
  mv("withdraw", "reported", None, ["صبراتة"], ["يفرن"]),
  mv("airlift", "denied", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
  mv("mobilise", "reported", None, ["القلعة"], ["ككلة"]),
 ],
}

NOTES = {
 "qmh1": "Moroccan Amazigh channel (Tamazight TV) from Nalut, written with its Amazigh name لالوت: a local brigade "
         "«من ثوار لالوت» down from Adrar Nafusa to the Wazin crossing (actor null), its conditional return to Lalut "
         "(«لن تغادر منفذ وازن عائدة إلى لالوت إلا بعد»), a GNU border-guard convoy Zuwara (also «آت ويلول»)→Nalut via "
         "Al-Jumayl and Tiji, its planned move on to Wazin, and a denied Tunisian army crossing Dehiba→the Wazin "
         "crossing; the border with Tunisia «حتى غدامس» is a patrol area, Tataouine governorate the Tunisian army's "
         "own positions, Ras Ajdir, Libya/Tunisia and the 2011 refugees to Dehiba are background, not moves.",
 "qmh2": "Algeria's Amazigh TV channel (TV4) from Algiers (dateline = the city): a 4th-region reinforcement In Amenas→"
         "Debdeb, a conditional push towards the border with Libya (Algerian side; the triangle only in the "
         "condition), a joint Jadu–Kabaw Amazigh force («درع غدامس», a trap) Kabaw→Ghadames via Nalut and "
         "Sinawen (null), two ammunition-and-fuel trucks Nalut→Ghadames (shipment), a planned second company Jadu→"
         "Ghadames, and the GNU interior minister's denial of government forces Tripoli→Ghadames; "
         "Ghadames «الليبية», the triangle, Libya/Algeria/Tunisia, the Western Mountain, smuggling routes near the "
         "Al-Wafa field and In Amenas in Illizi province are background.",
 "qmh3": "Tunisian public TV (Watania 1) from Dehiba: army reinforcements Tataouine→Dehiba via Remada, a planned move "
         "Medenine→Dehiba (the border with Libya is the purpose), a denied infiltration of gunmen Wazin→Dehiba (null), "
         "a Zintani force Zintan→Wazin via Nalut, Amazigh brigades of Nalut and Kabaw massing around the Wazin crossing "
         "(mobilise, null) and the Zintani force's conditional return Wazin→Zintan («بمجرد»); Tunis is the "
         "spokesman's seat, Ben Gardane/Ras Ajdir, Chenini and the Nalut/Wazin families are background; «حضور أمني "
         "وازن» (weighty) holds Wazin.",
 "qmh4": "Zintan local radio: a Zintan military-council brigade Zintan→Al-Ajaylat via Al-Rayayna and Bir al-Ghanam, "
         "a supply convoy Zintan→Al-Ajaylat (shipment), its conditional entry into Zawiya («لن يدخلوا ... إلا إذا»), a company back from Al-Asabaa to Zintan, a "
         "planned Zintan–Rujban force to Al-Watiya base with the staff's units planned back to Tripoli, and a denied "
         "Zintani column to Gharyan; Gharyan–Mizda road (the company's past task), Zintan's council as speaker, "
         "lorries bound for the Mellitah complex (civilian), the 2014 pull-out «من العاصمة» (no named place), Jebel Nafusa, Tripoli as a distance reference, Yefren and Jadu are background.",
 "qmh5": "Yefren local radio, dateline ئفرن (Amazigh spelling) beside يفرن: a 444 Brigade column Gharyan→Yefren via "
         "Kikla and Al-Qalaa, part of it planned Yefren→Jadu (Al-Rahaibat road is the purpose), Yefren's own "
         "brigade conditional towards Bir al-Ghanam (null), a Yefren company back from Sabratha (null) and a denied "
         "Turkish cargo flight with drones Turkey→Al-Watiya base; the Al-Qalaa–Kikla clashes, «القلعة الحصينة», "
         "the Western Mountain and Libya are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmh1", "qmh2", "qmh3", "qmh4", "qmh5")
