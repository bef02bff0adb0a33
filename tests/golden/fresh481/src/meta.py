# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # ro1 Kufra and the south-east (LNA, Benghazi)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "sarra_base": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),          # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G* (same row, no قاعدة)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                      # G* (row مثلث العوينات)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "east_owainat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                    # G* (airport row مطار شرق العوينات)
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (Kufra town row, as district)
 # ro2 Zawiya and the west (GNU, Tripoli)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "warshafana": ("region", "LY", 32.51012, 13.02794, "Warshefana"),                      # G* (row الجفارة, which lists ورشفانة)
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),      # G* (row منفذ رأس جدير)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # ro3 the Sirte-Jufra line (joint press conference, Bouznika)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row, as district)
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),             # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G* (same row, no قاعدة)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "misrata_port": ("crossing", "LY", 32.35500, 15.21500, "Port of Misrata (Qasr Ahmad)"),  # K (sailing directions, ±3 km)
 # ro4 Fezzan (LNA, Sabha)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G* (row قاعدة تمنهنت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),              # G* (row الحدود الليبية الجزائرية)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (Ubari town row, as district)
 # ro5 GNU weekly briefing (Tripoli)
 "khums_port": ("crossing", "LY", 32.67606, 14.24128, "Port of Al Khums"),              # K (Logistics Cluster LCA)
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "cyrenaica": ("region", "LY", 26.22677, 22.07486, "Cyrenaica"),                        # G
}

LNA, GNA = "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ro1": ["القاهرة الإخبارية", "عادل السوداني", "قوات الدعم السريع", "القيادة العامة للجيش الوطني الليبي",
         "الجانب المصري", "طائرات مصرية", "لا أدري"],
 "ro2": ["إرم نيوز", "الطرابلسي", "شارع الزاوية", "الجانب التونسي", "الدعم المالي",
         "المنطقة العسكرية الغربية"],
 "ro3": ["هسبريس", "الغرياني", "اتفاق الصخيرات", "الفيلق الأفريقي", "المحادثات العسكرية الليبية"],
 "ro4": ["«الاتحاد»", "السبهاوي", "اللواء طارق بن زياد", "لا أدري", "مبالغات", "المسلحين التشاديين"],
 "ro5": ["صدى البلد", "الزليتني", "قوات حفتر", "اللبنانية"],
}

PHEN = {
 "ro1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "ro2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ro3": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "coverage_bases", "countries"],
 "ro4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ro5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_crossings", "countries"],
}

MOVES = {
 "ro1": [
  mv("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("shipment", "planned", LNA, ["جالو"], ["الكفرة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["معطن السارة"]),
  mv("advance", "conditional", LNA, ["الكفرة"], ["جبل العوينات"]),
  mv("airlift", "denied", "Egyptian army", ["شرق العوينات"], ["الكفرة"]),
 ],
 "ro2": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("shipment", "planned", GNA, ["طرابلس"], ["الزاوية"]),
  mv("withdraw", "conditional", GNA, ["الزاوية"]),
  mv("redeploy", "planned", GNA, ["ورشفانة"], ["معبر رأس اجدير"]),
  mv("mobilise", "denied", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
  mv("airlift", "denied", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية"]),
 ],
 "ro3": [
  mv("withdraw", "reported", LNA, ["بويرات الحسون"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("redeploy", "planned", GNA, ["الوشكة"], ["أبوقرين"]),
  mv("redeploy", "conditional", LNA, ["الجفرة"], ["بويرات الحسون"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة الخادم"], ["قاعدة القرضابية"]),
  mv("naval_landing", "denied", "Syrian mercenaries", [], ["ميناء مصراتة"]),
 ],
 "ro4": [
  mv("deploy", "reported", LNA, ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("airlift", "planned", LNA, ["قاعدة تمنهنت الجوية"], ["مطار غات"]),
  mv("reinforce", "planned", LNA, ["مطار غات"], ["منفذ إيسين"]),
  mv("withdraw", "denied", LNA, ["حقل الشرارة"], ["سبها"]),
  mv("deploy", "conditional", LNA, ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("redeploy", "denied", LNA, ["إدري"], ["براك"]),
 ],
 "ro5": [
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["سرت"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
  mv("deploy", "planned", GNA, ["طرابلس"], ["بني وليد"]),
  mv("mobilise", "conditional", GNA, [], ["بني وليد", "مزدة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["تركيا"]),
 ],
}

NOTES = {
 "ro1": ("LNA spokesman's press conference in Benghazi (Al Qahera News style): a reported reinforcement "
         "Benghazi→Kufra via Ajdabiya (spelled اجدابيا) and Jalu, a planned Benina→Kufra airport airlift, a denied "
         "pull-out from Maaten al-Sarra quoted inside the journalist's question, a conditional advance Kufra→Jebel "
         "Uweinat (إذا تكررت الهجمات), and a denied Egyptian airlift East Owainat→Kufra quoted from a British paper. "
         "Refugees crossing Sudan→Kufra are not a force movement; Cairo is only the coordination partner; the "
         "outlet name القاهرة الإخبارية is a trap."),
 "ro2": ("GNU Defence Ministry spokesman in Tripoli (Erem News style): a reported GNA deployment Tripoli→Zawiya via "
         "Janzour and Al-Maya, a conditional pull-out from Zawiya (لن … إلا إذا), a planned move of the 55th battalion "
         "Warshefana→Ras Ajdir crossing, a denied Zintan column towards Al-Aziziyah quoted from a video, and a denied "
         "Turkish cargo flight to Al-Watiya. The Zawiya refinery is a locator of the clashes; شارع الزاوية (a Tripoli "
         "street), the spokesman's name الطرابلسي and الدعم المالي are traps."),
 "ro3": ("Joint LNA/GNU press conference after 5+5 talks in Bouznika (Hespress style, «ماي»): a reported LNA "
         "withdrawal Buwairat al-Hassoun→Jufra air base via Waddan, a planned GNU redeployment Al-Washka→Abu Qurayn, "
         "a conditional LNA return Jufra→Buwairat al-Hassoun, a denied Russian airlift Al Khadim→Gardabiya air base "
         "and a denied arrival of Syrian fighters in Misrata. Bouznika, Geneva and Sirte (next round) are venues, "
         "not movement places; اتفاق الصخيرات is a trap."),
 "ro4": ("LNA southern operations room spokesman in Sabha (Al-Ittihad style): a reported deployment Sabha→Ubari via "
         "Al-Ghurayfa, a planned airlift Tamanhint air base→Ghat airport and a planned company Ghat airport→Isayen "
         "crossing («ومن هناك»), a denied withdrawal of the Sharara guards to Sabha quoted from a statement, a "
         "conditional force Sabha→Toummo crossing via Al Qatrun, and a denied Idri→Brak move. Gangs entering from "
         "Chad and Niger (habitual, no force) and «وحداتنا في وادي الشاطئ باقية» (presence) are not movements; "
         "لا أدري and مبالغات are traps."),
 "ro5": ("GNU government spokesman's weekly briefing in Tripoli (Sada El Balad style): a denied Misrata column "
         "Misrata→Sirte quoted from a channel, a reported Turkish landing ship Mersin→Al-Khums port, a planned "
         "military-police company Tripoli→Bani Walid, a conditional GNU massing in Bani Walid and Mizda (if Haftar's "
         "forces move on Ash Shwayrif; the condition is not a movement), and a denied airlift of Syrian fighters "
         "Mitiga airport→Turkey. Ankara, Tripoli (Lebanon), Zliten and the reopening of Mitiga are not movement "
         "places; the spokesman's name الزليتني is a trap."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ro1", "ro2", "ro3", "ro4", "ro5")
