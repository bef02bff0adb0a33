# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge of GeoNames / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.0512, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "niger": ("country", "NE", 17.60313, 9.8838, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tripolilb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.9812, "Nalut"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # ao1 Tripoli's southern suburbs (LANA)
 "ainzara": ("town", "LY", 32.8133, 13.2697, "Ain Zara"),                               # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "salahaldin": ("town", "LY", 32.82, 13.205, "Salah al-Din (Tripoli)"),                 # K (gazetteer row = Tripoli centre)
 "tip": ("airport", "LY", 32.6635, 13.159, "Tripoli International Airport"),            # G
 "qbg": ("town", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G (gazetteer kind city)
 "aziziya": ("town", "LY", 32.53194, 13.0175, "Al Aziziyah"),                           # G
 "mitigaap": ("airport", "LY", 32.8941, 13.276, "Mitiga Airport"),                      # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                            # G
 "elfeel": ("oilfield", "LY", 24.98, 11.98, "El Feel oil field"),                       # G
 # ao2 Ghadames (Libya Alahrar)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "tripoint": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "ghadamesmun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),         # G* (town row)
 "mitigab": ("base", "LY", 32.8941, 13.276, "Mitiga Air Base"),                         # G
 "ghadamesap": ("airport", "LY", 30.1517, 9.71531, "Ghadames East Airport"),            # G
 "border_dz_ly": ("region", "DZ", 29.9, 9.45, "Algeria-Libya border (Algerian side, Debdeb sector)"),  # K
 "border_tn_ly": ("region", "TN", 30.25442, 9.555, "Tunisia-Libya border (Tunisian side, Borj El Khadra)"),  # G* (Borj El Khadra row)
 "borjkhadra": ("village", "TN", 30.25442, 9.555, "Borj El Khadra"),                    # G
 "wazin": ("crossing", "LY", 31.975, 10.683, "Dehiba-Wazin border crossing"),           # G
 "debdeb": ("town", "DZ", 29.9675, 9.42389, "Debdeb"),                                  # G
 # ao3 Jebel Akhdar (218 News)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahhat": ("town", "LY", 32.8043, 21.86605, "Shahhat"),                               # G
 "shahhatmun": ("district", "LY", 32.8043, 21.86605, "Shahhat municipality"),           # G* (town row)
 "susa": ("town", "LY", 32.89702, 21.96583, "Susah (Apollonia)"),                       # G* (row named أبولونيا; سوسة rows are Sousse, TN)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "rashilal": ("village", "LY", 32.868, 22.186, "Ras al-Hilal"),                         # K
 "martuba": ("base", "LY", 32.57421, 22.76353, "Martuba Air Base"),                     # G* (town row)
 "matruh": ("city", "EG", 31.3529, 27.23725, "Marsa Matruh"),                           # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "jakhdar": ("region", "LY", 32.6, 21.7, "Jebel Akhdar (Green Mountain)"),              # K (gazetteer has only the district centroid)
 "abraq": ("airport", "LY", 32.7887, 21.9643, "La Abraq Airport"),                      # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # ao4 Oil Crescent (Al-Wasat)
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                            # G
 "binjawad": ("town", "LY", 30.80418, 18.0772, "Bin Jawad"),                            # G
 "oilcrescent": ("region", "LY", 30.59758, 19.9357, "Oil Crescent"),                    # G
 "raslanuf": ("oilfield", "LY", 30.5, 18.5272, "Ras Lanuf port"),                       # G
 "sider": ("oilfield", "LY", 30.625, 18.3517, "Es Sider oil terminal"),                 # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 # ao5 Sabha and the southern borders (Al Jazeera live page)
 "mecca": ("city", "SA", 21.42664, 39.82563, "Mecca"),                                  # G
 "tamanhint": ("base", "LY", 27.2401, 14.6563, "Tamanhint Air Base"),                   # G
 "jadid": ("town", "LY", 27.05, 14.4, "Al Jadid (Sabha)"),                              # G (gazetteer kind city)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun row, README: point near Hun/Waddan)
 "samnu": ("town", "LY", 27.27459, 14.8819, "Samnu"),                                   # G
 "tummo": ("crossing", "LY", 22.65, 14.2, "Toummo border crossing"),                    # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.6986, "Libya-Niger border (Libyan side)"),  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "sabhamun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),              # G* (city row)
 "kufra": ("town", "LY", 24.1989, 23.29093, "Kufra"),                                   # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "sabhaap": ("airport", "LY", 26.987, 14.4725, "Sabha Airport"),                        # G
}

TRAPS = {
 "ao1": ["وكالة الأنباء الليبية", "اللواء 111 مجحفل", "سالم الطرابلسي", "الطرابلسي", "المجلس العسكري الزنتان",
         "طريق المطار", "حكومة الوحدة الوطنية"],
 "ao2": ["ليبيا الأحرار", "ليبيا_الأحرار", "قوة حماية الحدود الغربية", "قاسم الغدامسي", "الخطوط الليبية",
         "وزارة الدفاع الجزائرية", "الجيش الجزائري", "الأراضي الليبية", "السلطات الليبية", "مصدر أمني تونسي",
         "الجيش التونسي"],
 "ao3": ["قناة 218", "الكتيبة 276 مشاة", "القيادة العامة", "نادي الأخضر", "الأهلي طرابلس", "مصرية", "اللبنانية",
         "الطريق الساحلي"],
 "ao4": ["بوابة الوسط", "اللواء 166 مشاة", "حرس المنشآت النفطية", "المؤسسة الوطنية للنفط", "الدعم المالي",
         "اللبنانية", "حكومة الوحدة الوطنية", "خام برنت"],
 "ao5": ["الجزيرة نت", "قوات حفتر", "الكتيبة 116 مشاة", "المعارضة التشادية", "التشادية", "المجلس البلدي الجديد",
         "إدريس المقطوف", "الخطوط الأفريقية", "سودانياً"],
}

PHEN = {
 "ao1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "coverage_oil"],
 "ao2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ao3": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "town_vs_district", "coverage_bases", "coverage_neighbours"],
 "ao4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_oil", "countries"],
 "ao5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"
MOVES = {
 "ao1": [
  mv("deploy", "reported", GNA, [], ["عين زارة", "صلاح الدين"]),
  mv("redeploy", "planned", GNA, ["صلاح الدين"], ["مطار طرابلس الدولي"]),
  mv("withdraw", "denied", GNA, ["قصر بن غشير"], ["العزيزية"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["العزيزية"]),
 ],
 "ao2": [
  mv("reinforce", "reported", GNA, ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("airlift", "planned", GNA, ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("deploy", "conditional", "Tunisian army", [], ["برج الخضراء", "الحدود مع ليبيا"]),
 ],
 "ao3": [
  mv("redeploy", "reported", LNA, ["البيضاء"], ["شحات", "سوسة"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["سوسة"]),
  mv("airlift", "denied", "Egyptian army", ["مرسى مطروح"], ["قاعدة مرتوبة"]),
  mv("reinforce", "conditional", LNA, ["المرج"], ["القبة"]),
 ],
 "ao4": [
  mv("mobilise", "reported", LNA, [], ["النوفلية", "بن جواد"]),
  mv("naval_landing", "reported", LNA, ["بنغازي"], ["ميناء راس لانوف"]),
  mv("withdraw", "planned", LNA, ["ميناء راس لانوف"], ["بنغازي"]),
  mv("shipment", "denied", None, ["طرابلس"], ["ميناء السدرة"]),
  mv("advance", "conditional", "Misrata forces", [], ["بن جواد"]),
 ],
 "ao5": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["سبها", "الجديد"]),
  mv("shipment", "reported", LNA, ["الجفرة"], ["سبها"], ["سمنو"]),
  mv("deploy", "planned", LNA, [], ["منفذ التوم", "الحدود مع النيجر"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع تشاد"], ["القطرون"]),
  mv("withdraw", "conditional", LNA, ["سبها"], ["قاعدة تمنهنت"]),
 ],
}

NOTES = {
 "ao1": ("LANA (وكالة الأنباء الليبية, وال) bundle of four items: Tripoli's southern suburbs after night clashes. Reported GNA "
         "(Chief of Staff, «اللواء 111 مجحفل») deployment in Ain Zara and Salah al-Din: the first item wrongly says As Sawani, "
         "the «تصحيح» item corrects it to Salah al-Din (As Sawani is a place but not a destination; the corrected item's "
         "`عين زاره` spelling = same move); planned redeploy of a company Salah al-Din -> Tripoli International Airport "
         "(«ستنتقل»); GNA withdrawal Qasr Bin Ghashir -> Al Aziziyah denied («عارٍ عن الصحة»); conditional Zintan "
         "mobilisation in Al Aziziyah (إذا). Not movements: Tripoli dateline, the security directorate's patrols «دون أي "
         "تحركات جديدة», the weather warning (Ghadames, Nalut, Idri), flights Mitiga -> Tunis/Istanbul and a passenger "
         "flight from Benghazi, El Feel output. Traps: سالم الطرابلسي / الطرابلسي (person containing طرابلس), "
         "المجلس العسكري الزنتان, طريق المطار, the agency's name."),
 "ao2": ("Libya Alahrar breaking bar with time stamps and hashtags: Ghadames after an attack near the border triangle. "
         "Reported GNA («قوة حماية الحدود الغربية», Chief of Staff) reinforcement Nalut -> Ghadames via Sinawin (the 10:40 "
         "«تحديث» repeats it: not a second move); planned airlift Mitiga base -> Ghadames airport («ستنقل»); Algerian "
         "army incursion towards Ghadames denied by the Algerian MoD (its units «باقية في مواقعها على الحدود مع ليبيا» = "
         "static); conditional Tunisian deployment at Borj El Khadra on the border with Libya («إذا»). Not movements: the "
         "attackers fleeing into the desert, wounded taken to hospital, Libyan Airlines flights Tripoli-Ghadames, families "
         "crossing to Tunisia via the Wazin crossing and to Debdeb in Algeria, petrol prices. `#غدامس` hashtags are "
         "annotated as place mentions; `#ليبيا_الأحرار` is a media trap."),
 "ao3": ("218 News evening round-up with time stamps: the Jebel Akhdar after an attack on a checkpoint near Al Qubbah. "
         "Reported LNA («الكتيبة 276 مشاة») redeploy Al Bayda -> Shahhat and Susah (the quoted «إعادة التمركز اكتملت» = "
         "same move; «بين شحات وسوسة» = the road secured, not a new move); planned LNA naval landing Benghazi -> Susah "
         "(«سينفّذان»); Egyptian military cargo planes Marsa Matruh -> Martuba base denied by the LNA («الأخبار "
         "الملفقة»); conditional LNA reinforcement Al Marj -> Al Qubbah (إذا; the first «وفي المرج» is where the commander "
         "speaks). Not movements: the road Al Qubbah-Derna closed, the migrant boat from Tripoli (Lebanon) to Ras al-Hilal "
         "and the migrants taken to Al Bayda, snow, school closures, the «نادي الأخضر» v «الأهلي طرابلس» match, flights "
         "La Abraq -> Cairo. `سوسة` is the Libyan Susah, not Sousse."),
 "ao4": ("Al-Wasat breaking briefs with time stamps: the Oil Crescent. Reported LNA («اللواء 166 مشاة») mobilisation in "
         "Nofaliya and Bin Jawad (the 11:40 «اكتمال الحشد في النوفلية» = same move); reported LNA naval landing Benghazi -> "
         "Ras Lanuf port (variant راس لانوف); planned return of the marines Ras Lanuf port -> Benghazi («على أن تعود»; "
         "withdraw); arms ship Tripoli (Lebanon) -> Es Sider port denied by the NOC (null); conditional Misrata forces "
         "advance towards Bin Jawad («لن تتقدم … إلا إذا»; Abu Qurayn is the condition, Misrata the speaker's place). Not "
         "movements: the Benghazi security meeting, the boats staying off the port, the oil tanker to Italy and the "
         "«تصحيح» about which port it left, exports, Brent price, the GNU in Tripoli. Traps: الدعم المالي (مالي), خام برنت, "
         "حرس المنشآت النفطية, اللبنانية."),
 "ao5": ("Al Jazeera Net live page (time stamps, «بتوقيت مكة المكرمة», «المصدر: الجزيرة + وكالات»): Sabha and the southern "
         "borders. Reported LNA («قوات حفتر») reinforcement Tamanhint base -> Sabha and Al Jadid (11:40 «تحديث» repeats it); "
         "reported ammunition shipment Al Jufra -> Sabha via Samnu arriving with it (LNA); planned LNA deployment at the "
         "Toummo crossing on the border with Niger («ستنتشر»); Chadian opposition advance from the border with Chad "
         "towards Al Qatrun denied; conditional LNA withdrawal Sabha -> Tamanhint base (إذا). Not movements: the road "
         "Al Jufra-Sabha «آمن», Sudanese refugees from Adré (Chad) reaching Kufra, the heat in Idri, Afriqiyah flights "
         "Sabha airport -> Benghazi. Traps: إدريس المقطوف (contains إدري), المجلس البلدي الجديد (contains الجديد), "
         "التشادية, الجزيرة نت."),
}

# Read by tests/golden/sample_tools.py check (values from this sample's former src/check.py).
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
BAR_IN_TEXT = True  # the text has a literal "|" (e.g. «عاجل |»): no "|" residue test, which the former check.py did not do
