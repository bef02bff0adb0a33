# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/spelling/kind (listed in the README). No row is from own knowledge (K).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # cities / towns used in several articles
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sabha_airport": ("airport", "LY", 26.987, 14.4725, "Sabha Airport"),                  # G
 "brak_base": ("base", "LY", 27.653, 14.264, "Brak Air Base"),                          # G
 "jufra": ("district", "LY", 29.1981, 16.001, "Al Jufra"),                              # G* (Jufra airport/base point, near Hun/Waddan)
 "south_ly": ("region", "LY", 24.6764, 17.6011, "Southern Libya"),                      # G* (row جنوب ليبيا)
 # ai1 analysis (Al-Quds Al-Arabi)
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                # G
 "sw": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                     # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                     # G
 "tamanhint_base": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),              # G* (spelling قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55, 12.22, "El Sharara oil field"),                   # G
 "north_td": ("region", "TD", 18.2068, 19.78454, "Northern Chad"),                      # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ghat district)"),           # G
 "birkat": ("town", "LY", 24.894, 10.18336, "Al Birkat"),                               # G* (spelling البركات)
 "djanet": ("town", "DZ", 24.55528, 9.485, "Djanet"),                                   # G* (gazetteer kind village)
 "in_amenas": ("town", "DZ", 28.0515, 9.64291, "In Amenas"),                            # G* (spelling عين أميناس)
 # ai2 feature (France 24)
 "ghat_airport": ("airport", "LY", 25.1456, 10.1426, "Ghat Airport"),                   # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (Ghat town point)
 "mitiga_airport": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "feel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                         # G
 "isayen": ("crossing", "LY", 24.8, 10.1, "Isayen border crossing"),                    # G
 # ai3 brief (RT Arabic)
 "border_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "wigh": ("village", "LY", 24.1859, 14.5328, "Al Wigh"),                                # G* (air-base row used for the oasis area)
 "wigh_base": ("base", "LY", 24.1859, 14.5328, "Al Wigh Air Base"),                     # G
 # ai4 Zella (Al Arabiya)
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.1614, 16.13904, "Waddan"),                                 # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G
 "fuqaha": ("town", "LY", 27.83333, 16.35, "Al-Fuqaha"),                                # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "jufra_base": ("base", "LY", 29.1981, 16.001, "Al Jufra Air Base"),                    # G
 # ai5 Brak (218 TV)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G (written ادري, gazetteer إدري)
 "qira": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                   # G
 "tamanhint": ("village", "LY", 27.2401, 14.6563, "Tamanhint"),                         # G* (air-base row, bare place name)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),      # G* (Brak town point)
}

TRAPS = {
 "ai1": ["القدس العربي", "نادية الطرابلسي", "المرزقاوي", "عبد الرحمن الغاتي", "إدريس ديبي", "القوة الثالثة",
         "اللواء طارق بن زياد", "مجموعة الأزمات الدولية", "التشادية", "الجيش الجزائري", "الأراضي الليبية",
         "الدعم المالي", "الفراغات الأمنية", "المبالغات"],
 "ai2": ["فرانس 24", "شركة البريقة لتسويق النفط", "مديرية أمن مرزق", "مركز سبها الطبي", "نجوم غات", "الجديدة"],
 "ai3": ["روسيا اليوم", "الجيش الوطني الليبي", "الكتيبة 177 مشاة"],
 "ai4": ["العربية.نت", "الجيش الوطني الليبي", "الكتيبة 628 مشاة", "الهوني", "زلة لسان", "عناصر روسية"],
 "ai5": ["قناة 218", "محمد السبهاوي", "اللواء 73 مشاة", "مديرية أمن الشاطئ", "الحاج ادريس", "ما ادري", "غدوة الصبح"],
}

PHEN = {
 "ai1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "ai2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area", "town_vs_district",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ai3": ["multiword", "media_trap", "operation_trap", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "ai4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "coverage_neighbours", "countries"],
 "ai5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "town_vs_district", "coverage_bases", "countries"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ai1": [
  mv("withdraw", "reported", None, ["سبها"], ["النيجر", "أغاديس"]),                  # 2011, Gaddafi brigades' columns
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["سبها", "قاعدة تمنهنط"]),     # 2014, the Third Force
  mv("withdraw", "reported", "Misrata forces", ["سبها", "قاعدة تمنهنط"], ["الجفرة"]),  # May 2017
  mv("advance", "reported", LNA, ["سبها"], ["أوباري", "حقل الشرارة"]),                 # early 2019
  mv("advance", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["شمال تشاد"]),  # April 2021, FACT
  mv("redeploy", "reported", LNA, ["اوباري"], ["غات"]),                                # March 2026
  mv("deploy", "planned", LNA, [], ["العوينات", "البركت"]),                             # تخطط لنشر
  mv("reinforce", "conditional", "Algerian army", [], ["جانت"]),                       # إذا
  mv("withdraw", "denied", LNA, ["قطرون"], ["سبها"]),                                  # نفى
 ],
 "ai2": [],
 "ai3": [
  mv("deploy", "reported", LNA, ["القطرون"], ["الويغ", "الحدود مع النيجر"]),
  mv("reinforce", "planned", LNA, ["سبها"], ["قاعدة الويغ الجوية"]),
 ],
 "ai4": [
  mv("reinforce", "reported", LNA, ["هون"], ["زلة"], ["ودان"]),
  mv("deploy", "planned", LNA, [], ["الفقهاء"]),                                       # وحداته «ستتمركز»
  mv("withdraw", "reported", None, [], ["زلة"]),                                       # Petroleum Facilities Guard
 ],
 "ai5": [
  mv("deploy", "reported", LNA, ["سبها"], ["براك"]),
  mv("advance", "planned", LNA, [], ["ادري"]),                                         # «باش يكمل غدوة الصبح لادري»
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["تمنهنت"]),
  mv("reinforce", "conditional", LNA, ["الجفرة"], ["وادي الشاطئ"]),                     # في حال
 ],
}

NOTES = {
 "ai1": ("Al-Quds Al-Arabi (القدس العربي): ~480-word analysis of the south-west (London dateline, byline). Nine movements, "
         "five of them historical but still reported troop movements: 2011 columns of Gaddafi's brigades Sabha->Niger/Agadez "
         "(actor null); 2014 deployment of Misrata's «القوة الثالثة» Misrata->Sabha and Tamanhint base (variant قاعدة تمنهنط); "
         "its May 2017 withdrawal from both ('منهما') towards Al Jufra (the Brak base massacre is an event, not a movement); "
         "early-2019 LNA advance Sabha->Ubari and Sharara field; April 2021 advance of the Chadian FACT from southern Libya to "
         "northern Chad. Present: reported LNA redeploy (اللواء طارق بن زياد) اوباري->Ghat; planned LNA observation posts in Al "
         "Awaynat (south-west, not Uweinat) and Al Birkat (variant البركت); conditional Algerian reinforcement towards Djanet "
         "(analyst, إذا); LNA withdrawal قطرون->Sabha denied (نفى, «المبالغات»). Not movements: the list of towns in the lede, "
         "the Ubari 2014-16 fighting and Doha deal, Murzuq displacement 2019, the Algerian border closures, the In Amenas attack, "
         "fewer flights to Sabha airport. Traps: القدس العربي (media containing القدس), نادية الطرابلسي / المرزقاوي / عبد الرحمن "
         "الغاتي / إدريس ديبي (persons containing طرابلس, مرزق, غات, إدري), القوة الثالثة, اللواء طارق بن زياد, الدعم المالي "
         "(مالي), الفراغات / المبالغات (contain غات), nisbas."),
 "ai2": ("France 24 Arabic (فرانس 24 / أ ف ب): first commercial flight lands at Ghat airport; Sabha dateline. Many southern "
         "places and NO movement of armed forces: the minister flying Mitiga->Ghat and arriving, more flights to Sabha airport, a "
         "fuel-truck convoy from Misrata, the Murzuq security directorate saying its own forces will secure polling stations with "
         "no reinforcements from outside, ~300 migrants crossing from Niger to Al Qatrun, a military cargo plane carrying vaccines "
         "Benghazi->Sabha (humanitarian), El Feel field output, a trade caravan from Algeria at the Isayen crossing, the football "
         "team «نجوم غات» travelling to Tripoli, the reopened Ubari-Ghat road. Traps: فرانس 24, شركة البريقة لتسويق النفط "
         "(contains البريقة), مديرية أمن مرزق, مركز سبها الطبي, نجوم غات, الجديدة (contains the Sabha suburb الجديد)."),
 "ai3": ("RT Arabic (روسيا اليوم) wire brief, ~100 words. Reported LNA deployment («الكتيبة 177 مشاة») Al Qatrun->Al Wigh "
         "area on the border with Niger (headline = same move); planned LNA reinforcement Sabha->Al Wigh air base (ستنطلق). "
         "The Nigerien military delegation's visit to Benghazi is not a movement. Traps: روسيا اليوم (contains روسيا), force names."),
 "ai4": ("Al Arabiya (العربية.نت): attack on a checkpoint at Zella; Dubai dateline. Reported LNA reinforcement Hun->Zella via "
         "Waddan (headline = same move); planned deployment of the same battalion, referred to by the pronoun «وحداته», in "
         "Al-Fuqaha (ستتمركز; the roads to the oil fields are not a place); reported withdrawal of Petroleum Facilities Guard "
         "elements into Zella («إلى داخل زلة», side not stated -> null); their return to positions has no place. Not movements: "
         "smuggling networks between southern Libya, Sudan and Chad, the closed Zella-Fuqaha road, the MP in Tripoli, LNA control "
         "of Jufra since 2017, Russian elements hosted at Al Jufra air base, the chief of staff's visit to Hun and the planned "
         "operations room in Waddan. Traps: زلة لسان (common phrase = Zella), الهوني (person containing هون; هون also inside "
         "يواجهون), ودان inside السودان, العربية.نت."),
 "ai5": ("218 TV (قناة 218) Facebook-style post: emoji, «عاجل», hashtags, Latin digits, 2026/3/14, byline, Libyan colloquial "
         "quotes. Reported LNA («اللواء 73 مشاة») convoy Sabha->Brak (headline hashtags = same move); planned continuation to "
         "Idri (written ادري, clitic لادري; «باش يكمل غدوة الصبح»; origin not stated); LNA withdrawal Brak air base->Tamanhint "
         "(variant تمنهنت) denied («ما فيش أي انسحاب»); conditional LNA reinforcement Al Jufra->Wadi al-Shati (في حال). Not "
         "movements: the part of the convoy staying in Brak, the clash at checkpoint 17, families displaced to Qira, the 2017 "
         "base massacre, fuel shipments from Misrata, the mayor's appeal. Hashtag place names (#سبها, #براك, #ادري, #ليبيا) are "
         "annotated. Traps: محمد السبهاوي (contains سبها), الحاج ادريس and the verb ما ادري (contain ادري), غدوة الصبح (colloquial "
         "'tomorrow' = Ghuddua), مديرية أمن الشاطئ, قناة 218."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
# per record, from the former DESIGN table (min words, max words, min movements, max movements)
WORDS = {"ai1": (450, 550), "ai2": (230, 270), "ai3": (80, 130), "ai4": (230, 270), "ai5": (270, 330)}
MOVEMENT_COUNT = {"ai1": (3, 12), "ai2": (0, 0), "ai3": (1, 2), "ai4": (2, 3), "ai5": (2, 4)}
REQUIRED_ROLES = {"ai4": ("origins", "via")}  # a movement with an origin and one with a via
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
