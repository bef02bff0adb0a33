# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # ir1 Sabha and the Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                  # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 # ir2 Benghazi and the east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "tocra": ("town", "LY", 32.53414, 20.57911, "Tocra"),                                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "sabri": ("town", "LY", 32.11486, 20.06859, "As Sabri"),                               # G
 "laithi": ("town", "LY", 32.11486, 20.06859, "Al Laithi (Benghazi)"),                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.052, "Benghazi port"),                  # K
 # ir3 Tripoli and the west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                  # K (GeoNames value via fresh51 README)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),          # G
 # ir4 south-east Tunisia
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_g": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),          # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn_ly": ("region", "TN", 32.60, 11.05, "Tunisia-Libya border (Tunisian side)"),  # K
 # ir5 Illizi and the Algerian south-east
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                 # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "border_dz_ly": ("region", "DZ", 26.50, 9.70, "Algeria-Libya border (Algerian side)"),  # K
}

TRAPS = {
 "ir1": ["فسانيا", "العقيد مفتاح المرزوقي", "شارع جمال عبد الناصر", "النيجرية", "طارق بن زياد",
         "المنطقة العسكرية الجنوبية"],
 "ir2": ["برنيق", "أنس الطبرقي", "شارع دبي", "الكتيبة 106 مشاة", "الغرفة الأمنية المشتركة"],
 "ir3": ["فبراير", "عبد الحكيم الزاوي", "شارع الزاوية", "جهاز دعم الاستقرار", "جهاز الأمن العام",
         "حكومة الوحدة الوطنية"],
 "ir4": ["المغرب", "سوق ليبيا", "الجرجيسي", "تونسية", "الليبية", "الجانب الليبي", "ليبية"],
 "ir5": ["الخبر", "عبد القادر الجانتي", "الليبية", "التراب الليبي", "الجيش الوطني الشعبي"],
}

PHEN = {
 "ir1": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "border_phrase",
         "vague_area", "ambiguity_idri", "coverage_bases", "coverage_neighbours", "countries"],
 "ir2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "coverage_bases",
         "coverage_crossings", "countries"],
 "ir3": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil"],
 "ir4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ir5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

MOVES = {
 "ir1": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["أوباري"], ["جرمة"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["غات"]),
  mv("shipment", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"]),
  mv("advance", "conditional", LNA, [], ["مرزق"]),
 ],
 "ir2": [
  mv("deploy", "reported", LNA, ["بنغازي"], ["اجدابيا"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("advance", "conditional", LNA, [], ["سلوق"]),
  mv("mobilise", "denied", LNA, [], ["قمينس"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["الكفرة"]),
 ],
 "ir3": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["صبراتة"], ["الزاوية", "صرمان"]),
  mv("deploy", "planned", GNA, [], ["العجيلات", "الجميل"]),
  mv("withdraw", "denied", GNA, ["الماية"], ["جنزور"]),
  mv("naval_landing", "conditional", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
 ],
 "ir4": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["الذهيبة"], ["مدنين", "تطاوين"]),
  mv("redeploy", "planned", None, ["جرجيس"], ["معبر راس جدير"]),
  mv("reinforce", "conditional", "Tunisian army", [], ["بن قردان"]),
  mv("mobilise", "denied", GNA, [], ["زوارة"]),
 ],
 "ir5": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["الدبداب"], ["عين أميناس"]),
  mv("shipment", "reported", "Algerian army", ["حاسي مسعود"], ["تيقنتورين"]),
  mv("airlift", "planned", "Algerian army", ["مطار عين أميناس"], ["مطار جانت"]),
  mv("withdraw", "denied", "Algerian army", ["برج عمر إدريس"], ["ورقلة"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "ir1": "Sabha security page (Fasania): CID raids in Al-Manshiya/Al-Tayouri, a pill seizure at Brak from the Niger "
        "border, a kidnapping (Samnu/Ghudwa) and an arrest in Idri are not movements; an LNA reinforcement Tamanhint air "
        "base->Ubari via Germa, a planned company Ubari->Ghat («من هناك»), an ammunition convoy Jufra air base->Sabha, a "
        "denied pull-out from Sabha airport and a conditional entry into Murzuq («إذا»).",
 "ir2": "Benghazi security page (Brnieq): drug raids in Al-Marj/Tocra, a car-theft gang in As-Sabri/Al-Laithi and a "
        "customs seizure at Amsaad are not movements; LNA military police Benghazi->Ajdabiya (written اجدابيا), a landing "
        "ship Benghazi port->Tobruk naval base, a conditional entry into Suluq («ما لم»), a denied build-up at Qaminis and "
        "a planned airlift Benina air base->Kufra.",
 "ir3": "Tripoli daily security page (Febrayer): a Public Security force Tripoli->Sabratha via Zawiya and Surman, its "
        "planned spread to Al-Ajaylat/Al-Jumayl, the SSA's denied pull-out Al-Maya->Janzour and a conditional coast-guard "
        "landing at Zuwara port from Abu Sitta naval base («في حال»); seizures at Janzour and the Zawiya refinery, a CID "
        "raid on «شارع الزاوية» and an arrest in Gharyan are not movements.",
 "ir4": "Medenine correspondent (Le Maghreb): National Guard seizures in Ben Gardane and Zarzis are not movements; a "
        "Tunisian army reinforcement Gabes->Dehiba via Medenine and Tataouine, a planned National Guard move Zarzis->the "
        "Ras Ajdir crossing, a conditional reinforcement of Ben Gardane («إذا») and a denied Libyan build-up in Zuwara.",
 "ir5": "Illizi correspondent (El Khabar): gendarmerie fuel seizures between In Amenas and Debdeb, a drugs network in "
        "Djanet and customs at In Amenas are not movements; an Algerian army reinforcement Ouargla->Debdeb via In Amenas, "
        "a supply convoy Hassi Messaoud->Tiguentourine, a planned airlift In Amenas airport->Djanet airport, a denied "
        "pull-out Bordj Omar Driss->Ouargla and a conditional reinforcement of the border with Libya («في حال»).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ir1", "ir2", "ir3", "ir4", "ir5")
