# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 # cities outside Sirte's surroundings (datelines, speakers, venues)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_mun": ("district", "LY", 32.37535, 15.09254, "Misrata municipality"),         # G* (city row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 # Sirte and its surroundings
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sirte_port": ("crossing", "LY", 31.215, 16.585, "Sirte port"),                        # K
 "jarif": ("village", "LY", 31.20, 16.38, "Wadi Jarif"),                                # K
 "qasr": ("town", "LY", 31.05926, 16.65905, "Qasr Abu Hadi"),                           # G
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "harawa": ("town", "LY", 31.02, 17.22, "Harawa"),                                      # K
 "harawa_mun": ("district", "LY", 31.02, 17.22, "Harawa municipality"),                 # K (town point)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                       # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                      # G
 "gulf": ("region", "LY", 30.90000, 18.00000, "Gulf of Sirte"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # Misrata facilities
 "misrata_port": ("crossing", "LY", 32.36, 15.21, "Misrata port (Qasr Ahmed)"),         # K
 "aircollege": ("base", "LY", 32.32556, 15.05972, "Misrata Air College"),               # G* (row مطار مصراتة)
 # borders and crossings
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "border_eg": ("region", "EG", 31.0, 25.3, "Egypt-Libya border (Egyptian side)"),       # K
 "salloum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),        # G* (row منفذ امساعد, country EG)
}

TRAPS = {
 "md1": ["إيلاف", "الجيش الوطني الليبي", "الكتائب المصراتية", "سرت أنباء", "محمد السرتي", "شارع طرابلس",
         "طارق بن زياد", "سيل جارف", "عملية البنيان المرصوص"],
 "md2": ["الراية", "معمر القذافي", "لا أدري", "الروسية", "حرس المنشآت النفطية", "غرفة عمليات سرت الجفرة",
         "الهراوات"],
 "md3": ["هسبريس", "اللجنة العسكرية الليبية المشتركة", "الكتائب المصراتية", "الأطراف الليبية"],
 "md4": ["الدستور", "المنطقة العسكرية الوسطى", "ميلاد الإدريسي", "كتيبة ثوار طرابلس", "وزارة الدفاع التركية",
         "وكالة الأناضول", "عملية بركان الغضب"],
 "md5": ["الأيام", "قوات الصاعقة", "الجيش المصري", "البرلمان المصري"],
}

PHEN = {
 "md1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "coverage_bases"],
 "md2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "md3": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "md4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases",
         "countries"],
 "md5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, MIS, GNA = "Libyan National Army", "Misrata forces", "GNA forces"

MOVES = {
 "md1": [
  mv("advance", "reported", MIS, ["أبوقرين"], ["وادي جارف"], ["الوشكه"]),
  mv("reinforce", "reported", LNA, ["قاعدة القرضابية الجوية"], ["وادي جارف"]),
  mv("withdraw", "denied", LNA, ["وادي جارف"], ["سرت"]),
  mv("advance", "conditional", LNA, [], ["الوشكة"]),
  mv("withdraw", "planned", MIS, ["وادي جارف"], ["بوقرين"]),
 ],
 "md2": [
  mv("redeploy", "reported", LNA, ["هراوة"], ["قصر بوهادي"]),
  mv("shipment", "reported", LNA, ["ميناء راس لانوف"], ["سرت"], ["بن جواد", "هراوه"]),
  mv("redeploy", "denied", "Wagner Group", ["قاعدة القرضابية"], ["هراوة"]),
  mv("deploy", "planned", LNA, [], ["ميناء السدرة", "ميناء راس لانوف"]),
  mv("mobilise", "conditional", LNA, [], ["بن جواد"]),
 ],
 "md3": [
  mv("redeploy", "reported", MIS, ["معبر رأس اجدير"], ["أبو قرين"]),
  mv("airlift", "reported", "Foreign fighters", ["قاعدة القرضابية الجوية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "planned", LNA, ["سرت"], ["قاعدة الجفرة الجوية"], ["ودان"]),
  mv("reinforce", "denied", LNA, [], ["وادي جارف", "سرت"]),
  mv("advance", "conditional", GNA, [], ["الوشكة"]),
 ],
 "md4": [
  mv("mobilise", "reported", MIS, ["مصراته"], ["أبوقرين"]),
  mv("naval_landing", "reported", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("shipment", "reported", MIS, ["الكلية الجوية"], ["أبوقرين"]),
  mv("redeploy", "planned", MIS, ["أبو قرين"], ["الوشكة"]),
  mv("withdraw", "denied", GNA, ["أبوقرين"], ["طرابلس"]),
  mv("airlift", "conditional", "Turkish armed forces", [], ["الكلية الجوية"]),
 ],
 "md5": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["قاعدة القرضابية الجوية"]),
  mv("deploy", "reported", LNA, ["قاعدة القرضابية الجوية"], ["قصر أبوهادي", "وادي جارف"]),
  mv("mobilise", "planned", LNA, [], ["هراوه"]),
  mv("naval_landing", "denied", MIS, [], ["ميناء سرت"]),
  mv("deploy", "conditional", "Egyptian army", ["الحدود مع ليبيا"], ["سرت"]),
 ],
}

NOTES = {
 "md1": ("Elaph-style report from Tripoli on a night skirmish at Wadi Jarif west of Sirte: a Misrata advance "
         "Abu Qurayn→Wadi Jarif via Al-Washka (الوشكه), an LNA reinforcement Gardabiya air base→Wadi Jarif, the LNA's "
         "denied pull-back to Sirte, its conditional advance on Al-Washka («إذا لم تعد … فسنتقدم») and the 5+5 plan for "
         "the Misrata force to return to Abu Qurayn (spelled بوقرين). Anaphora «مشارف الوادي», «من الوادي» = Wadi Jarif. "
         "Traps: «سرت أنباء» (verb 'spread'), «سيل جارف», the resident «محمد السرتي», the Sirte street «شارع طرابلس», "
         "the Tariq bin Ziyad brigade and the 2016 Bunyan al-Marsous flashback (no movement). Dateline Tripoli and "
         "«قوة مصراتة» are places, not movement places."),
 "md2": ("Al-Raya-style agency copy from Sirte: an LNA battalion redeployed Harawa→Qasr Abu Hadi (قصر بوهادي), an LNA "
         "ammunition/fuel convoy Ras Lanuf port→Sirte via Bin Jawad and Harawa (هراوه), a denied Wagner move Gardabiya→"
         "Harawa («إلى البلدة» resolved to هراوة, which is also written in the same sentence), a planned company for the "
         "Es Sider and Ras Lanuf ports and a conditional LNA massing in Bin Jawad («إذا حاولت»). Traps: «لا أدري» (Idri), "
         "«بالهراوات» (batons, not Harawa), «معمر القذافي», the «غرفة عمليات سرت الجفرة» command; «بلدية هراوة» is the "
         "district. The Oil Crescent is a locator, not a destination."),
 "md3": ("Hespress-style item from Rabat on a 5+5 communiqué in Sirte: a Misrata company redeployed from the Ras Ajdir "
         "crossing (on the border with Tunisia, a locator) to Abu Qurayn, an airlift of 120 foreign fighters Gardabiya "
         "air base→Jufra air base, the planned LNA heavy-weapons pull-back Sirte→«القاعدة نفسها» (Jufra air base) via "
         "Waddan, the LNA's denied reinforcement of Wadi Jarif and «محيط سرت», and the GNA Abu Qurayn axis commander's "
         "conditional advance on Al-Washka. Tunis (تونس العاصمة, city) vs Tunisia (country) in one text; the neighbours' "
         "meeting and Morocco's support are not movements."),
 "md4": ("Al-Dustour-style agency copy dated Amman (عمان, city not Oman) on Misrata: Misrata brigades massing at Abu "
         "Qurayn from Misrata (مصراته), a Turkish landing ship Mersin→Misrata port, ammunition trucked Air College→Abu "
         "Qurayn, a planned move Abu Qurayn→Al-Washka, the GNA General Staff's denied pull-back of the Tripoli "
         "Revolutionaries Brigade Abu Qurayn→«العاصمة» (Tripoli) and Ankara's conditional airlift to the Air College. "
         "Distance reference «جنوب المدينة» and the venue/speaker places (Tripoli, Ankara, Benghazi) are not movement "
         "places; the 2020 Volcano of Anger flashback has no movement verb. Traps: «ميلاد الإدريسي», «كتيبة ثوار طرابلس»."),
 "md5": ("Al-Ayyam-style report from Benghazi: an LNA Il-76 airlift Benina air base→Gardabiya air base (headline "
         "«بنينا»/«القرضابية» repeat it), the same troops deployed from «القاعدة» to Qasr Abu Hadi (قصر أبوهادي) and "
         "Wadi Jarif, a planned LNA massing in Harawa (هراوه), a denied Misrata landing at Sirte port, a viral clip of an "
         "exercise off Misrata (not a movement) and Egypt's conditional move from the border to Sirte («إذا تجاوزت … خط "
         "سرت - الجفرة»). Trade through the Sallum land port and the feared spread of fighting to Es Sider, Ras Lanuf and "
         "the Gulf of Sirte are not movements."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("md1", "md2", "md3", "md4", "md5")
