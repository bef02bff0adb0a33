# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qlo1 Misrata's «النفير العام» (Al-Mawqea Post)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                  # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 # qlo2 Zintan's «النفير العام» (Tareeq Al-Shaab)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                           # G
 "nafusa": ("region", "LY", 32.00, 12.50, "Western Mountain (Jabal Nafusa)"),           # K (gazetteer row point 30.33,13.29 is the district centroid)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "yafran_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),         # G* (town row)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 # qlo3 Kufra's «النفير العام» (Orouba 22)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),      # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G* (row أجدابيا)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "border_td": ("region", "TD", 21.10, 20.00, "Chad-Libya border (Chadian side)"),       # K
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 # qlo4 Niger's Madama and the Tebu of Al Qatrun (ANI)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G* (row spelled أغاديس)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "NE", 22.30, 13.70, "Niger-Libya border (Nigerien side)"),     # K
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 # qlo5 Warshefana's «نفير» and its withdrawal (Al-Ahed)
 "warshefana": ("region", "LY", 32.60, 12.95, "Warshefana"),                            # K (as earlier samples)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zahra": ("town", "LY", 32.67889, 12.87327, "Az Zahra"),                               # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "west_libya": ("region", "LY", 32.30, 12.80, "Western Libya"),                         # K
}

TRAPS = {
 "qlo1": ["الموقع بوست", "قناة مصراتة", "الهلال الأحمر", "محمد الزليتني", "الساعات الخمس", "الجيش الوطني الليبي",
          "بركان الغضب", "البنيان المرصوص"],
 "qlo2": ["طريق الشعب", "الليبي", "الكتائب الزنتانية", "عبد السلام الغرياني", "وكالة الأنباء الليبية"],
 "qlo3": ["عروبة 22", "قبيلة الزوية", "التشادية", "سبل السلام", "التشادي", "السوداني", "سودانية", "إدريس عبد الكريم", "من هذه الزاوية"],
 "qlo4": ["وكالة نواكشوط للأنباء", "النيجري", "الليبي", "محمد مرزوق", "التشادي", "إدريس حامد", "تشادية"],
 "qlo5": ["العهد", "صبري الجنزوري", "فجر ليبيا"],
}

PHEN = {
 "qlo1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_crossings", "countries"],
 "qlo2": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "town_vs_district", "coverage_bases"],
 "qlo3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qlo4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qlo5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "qlo1": [
  mv("mobilise", "reported", "Misrata forces", [], ["مصراتة"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("reinforce", "planned", None, ["زليتن"], ["أبوقرين"]),
  mv("advance", "conditional", "Misrata forces", ["أبوقرين"], ["الوشكة"]),
  mv("reinforce", "denied", None, ["الخمس"], []),
  mv("advance", "denied", LNA, ["سرت", "قاعدة القرضابية"], ["الوشكة"]),
  mv("naval_landing", "denied", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
 ],
 "qlo2": [
  mv("mobilise", "reported", "Zintan forces", [], ["الزنتان"]),
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("advance", "conditional", "Zintan forces", [], ["الأصابعة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["غريان"], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("mobilise", "denied", None, [], ["يفرن"]),
  mv("reinforce", "denied", None, ["يفرن"], ["الرياينة"]),
  mv("reinforce", "denied", "Zintan forces", ["الزنتان"], ["قاعدة الوطية"]),
 ],
 "qlo3": [
  mv("mobilise", "reported", None, [], ["الكفرة"]),
  mv("advance", "reported", None, ["الكفرة"], ["ربيانة"]),
  mv("shipment", "reported", None, ["الكفرة"], ["ربيانة"]),
  mv("withdraw", "reported", None, ["الكفرة"], ["تازربو"]),
  mv("advance", "conditional", LNA, ["الكفرة"], ["ربيانة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Sudanese army", ["وادي هور"], ["جبل العوينات"]),
 ],
 "qlo4": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["ماداما"], ["ديركو"]),
  mv("mobilise", "reported", None, [], ["القطرون"]),
  mv("advance", "reported", None, ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "denied", None, ["مرزق"], ["القطرون"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ"]),
  mv("redeploy", "planned", LNA, ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("advance", "conditional", "Nigerien army", ["ماداما"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Chadian army", ["زوار"], ["تجرهي"]),
 ],
 "qlo5": [
  mv("mobilise", "reported", None, [], ["العزيزية"]),
  mv("advance", "reported", None, ["العزيزية"], ["الماية"], ["الزهراء"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الماية"], ["جنزور"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["الماية"]),
  mv("withdraw", "planned", None, ["الماية"], ["العزيزية"]),
  mv("reinforce", "conditional", None, ["الزاوية"], ["الماية"]),
  mv("reinforce", "denied", None, ["صبراتة"], ["الزاوية"]),
 ],
}

NOTES = {
 "qlo1": "Misrata military council's «النفير العام» after shelling near Abu Qurayn: volunteers massing in the city "
         "(mobilise), a 60-vehicle convoy Misrata→Abu Qurayn via Tawergha (reinforce), Zliten volunteers planned to "
         "join at Abu Qurayn, a conditional advance Abu Qurayn→Al-Washka ('لن تتقدم ... إلا إذا'), the Khums council's "
         "withdrawn call ('لن يتوجه' → denied, origin only) and the LNA's denial of units moving from Sirte/Gardabiya "
         "to Al-Washka and of a landing ship Benghazi port→Sirte port. Traps: Misrata inside 'قناة مصراتة', Zliten inside 'الزليتني', Khums inside 'الساعات الخمس'; "
         "Sirte 2016, Geneva, Turkey and Russia are background.",
 "qlo2": "Zintan elders' «النفير العام» after kidnappings on the Riyayna–Asabaa road (a from–to road phrase, no move): "
         "massing in Zintan, a column Zintan→Riyayna where it takes position (deploy) followed by ammunition trucks "
         "(shipment), a conditional advance on Asabaa, a planned GNU separation force Tripoli (after 'العاصمة')→Gharyan "
         "via Aziziya and a planned company of it ('سرية منها') Gharyan→the outskirts of Asabaa, Yefren municipality's "
         "withdrawn call (no massing, no one leaves for Riyayna: two denials) and Zintan's denial of fighters sent to Al-Watiya. "
         "Dateline 'طرابلس الغرب'; Gharyan inside the person 'الغرياني', Zintan inside 'الزنتانية'; Tripoli–Benghazi at "
         "the end is background.",
 "qlo3": "Zuwayya council's «النفير العام» in Kufra after an attack near Rebiana: massing in Kufra, a column "
         "Kufra→Rebiana with fuel-and-ammunition trucks Kufra→Rebiana behind it, Tazirbu's withdrawn call with its volunteers going back Kufra→Tazirbu (reported withdraw), "
         "Subul al-Salam's conditional move Kufra→Rebiana, a reported cargo flight Benina air base→Kufra airport, a planned Chadian army battalion Faya-Largeau→the border "
         "with Libya (Chadian side; N'Djamena only the speaker) and the Sudanese army's denial of a crossing Wadi "
         "Howar→Jebel Uweinat. Benghazi (speaker), Ajdabiya (mediators) and the distance sentence are not movement "
         "places; 'من هذه الزاوية' is a common-word trap.",
 "qlo4": "Mauritanian agency, Niamey dateline: Nigerien army reinforcements Agadez (spelled أغاديز)→Madama via Dirkou, "
         "the Tebu «النفير العام» in Al Qatrun with fighters heading to the Toummo crossing ('نحو المنفذ' resolved), the "
         "Murzuq council's withdrawn call ('لن يتوجه إلى القطرون' → denied), a planned LNA airlift Tamanhint air "
         "base→Al Wigh base and the company's planned move on Al Wigh→the Toummo crossing (Benghazi only the speaker; "
         "El Feel field only mentioned), a conditional Nigerien advance Madama→the border with Libya "
         "(Nigerien side) and a Chadian denial Zouar→Tajarhi; 'محمد مرزوق' is a person (Murzuq spelling), the Chadian and "
         "Sudanese spokesmen named Idris, Niamey as government, the Niger–Libya border length and Algeria as a "
         "smuggling destination are not movement places.",
 "qlo5": "Lebanese outlet with the dateline 'طرابلس الغرب' (Tripoli, Libya): Warshefana council's «النفير العام» after "
         "clashes in Al-Maya near the Zawiya refinery, withdrawn (deal signed in Tunis) after a UN-brokered deal: massing in Aziziya, a column Aziziya→Al-Maya via "
         "Az-Zahra, a GNU separation force Tripoli→Al-Maya via Janzour, a naval landing Abu Sitta naval base→Al-Maya beach, the deal's planned pull-back Al-Maya→Aziziya, "
         "a Zawiya brigade's conditional reinforcement Zawiya→Al-Maya and Sabratha's denial of gunmen going to Zawiya. "
         "Janzour inside the person 'الجنزوري', Libya inside the operation 'فجر ليبيا'; 'غرب ليبيا' is one region; Tripoli in Lebanon closes the article.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlo1", "qlo2", "qlo3", "qlo4", "qlo5")
