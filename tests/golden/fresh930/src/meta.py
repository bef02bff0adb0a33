# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # Libya's far south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "tahala": ("town", "LY", 25.35, 10.35, "Tahala"),                                      # K (low confidence, see README)
 "tahala_mun": ("district", "LY", 25.35, 10.35, "Tahala municipality"),                 # K (same point)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G (row وادي الحياة)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا, alias الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "triangle_ly_dz_ne": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 # Algerian side
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),               # G* (town row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),         # G* (row منفذ إيسين, alias تين الكوم; country DZ)
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                    # G
 "border_dz_ly": ("region", "DZ", 26.90, 9.70, "Algeria-Libya border (Algerian side)"),  # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G (row مطار عين أميناس)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "bordj_omar_driss": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),             # G
 "touggourt": ("city", "DZ", 33.11083, 6.07000, "Touggourt"),                           # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tindouf": ("town", "DZ", 27.6711, -8.1474, "Tindouf"),                                # K (gazetteer has only the province row)
 # elsewhere
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
}

TRAPS = {
 "qiv1": ["الجزائر الجديدة", "الناحية العسكرية الرابعة", "الليبية", "الليبي", "الجيش الوطني الشعبي", "جزائرية",
          "إبراهيم الغاتي"],
 "qiv2": ["الفجر الجديد", "سرية حماية أوباري", "اللواء طارق بن زياد", "إدريس أخنوخن", "الليبيين",
          "الحياة الطبيعية"],
 "qiv3": ["وقت الجزائر", "عبد القادر التقرتي", "الناحية العسكرية الرابعة", "الليبية", "الليبي", "درج",
          "العين الأولى"],
 "qiv4": ["زنقة 20", "الجزائري", "الليبية", "الجزائرية"],
 "qiv5": ["السلام اليوم", "الناحية العسكرية الرابعة", "إذاعة فزان", "الليبي", "الجيش الوطني الشعبي", "جزائرياً"],
}

PHEN = {
 "qiv1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qiv2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "qiv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qiv4": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qiv5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, ALG = "Libyan National Army", "Algerian army"

MOVES = {
 "qiv1": [
  mv("airlift", "reported", ALG, ["مطار عين أميناس"], ["مطار جانت"]),
  mv("deploy", "reported", ALG, ["جانت"], ["تين الكوم"]),
  mv("redeploy", "planned", ALG, ["برج عمر إدريس"], ["ولاية جانت"]),
  mv("withdraw", "conditional", ALG, ["تين الكوم"]),
  mv("advance", "denied", ALG, [], ["البركات"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري"]),
 ],
 "qiv2": [
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت"], ["أوباري"], ["جرمة", "الغريفة"]),
  mv("deploy", "planned", LNA, ["أوباري"], ["حقل الفيل"]),
  mv("advance", "conditional", LNA, ["جرمة"], ["أوباري"]),
  mv("advance", "denied", None, ["العوينات"], ["أوباري"]),
  mv("withdraw", "reported", "GNA forces", ["أوباري"], ["إدري"]),
 ],
 "qiv3": [
  mv("reinforce", "reported", ALG, ["تقرت"], ["عين أمناس"], ["حاسي مسعود"]),
  mv("deploy", "planned", ALG, ["عين أمناس"], ["تيقنتورين"]),
  mv("withdraw", "denied", ALG, ["مطار عين أمناس"], ["جانت"]),
  mv("airlift", "reported", ALG, ["مطار عين أمناس"], ["جانت"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["الحدود مع الجزائر"]),
  mv("mobilise", "reported", None, [], ["حقل الوفاء"]),
 ],
 "qiv4": [
  mv("mobilise", "reported", ALG, [], ["جانت"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("deploy", "planned", LNA, ["قاعدة براك الجوية"], ["منفذ ايسين"]),
  mv("advance", "conditional", None, ["جبل أكاكوس"], ["غات"]),
  mv("shipment", "reported", ALG, ["جانت"], ["جبل أكاكوس"], ["تين الكوم"]),
  mv("deploy", "denied", "Foreign fighters", ["شمال مالي"], ["أوباري"]),
 ],
 "qiv5": [
  mv("shipment", "reported", ALG, ["إليزي"], ["جانت"], ["تاسيلي ناجر"]),
  mv("redeploy", "reported", ALG, ["تين الكوم"], ["المثلث الحدودي"]),
  mv("deploy", "planned", ALG, ["عين أمناس"], ["تين الكوم"]),
  mv("withdraw", "conditional", LNA, ["غات"], ["أوباري"]),
  mv("mobilise", "denied", None, [], ["العوينات"]),
 ],
}

NOTES = {
 "qiv1": "Algerian daily report from Djanet (El Djazair El Djadida; the outlet's name contains Algeria): a reported "
         "airlift In Amenas airport→Djanet airport, border-guard detachments Djanet→Tin Alkoum, a planned infantry "
         "company Bordj Omar Driss (contains إدري)→Djanet province, a conditional withdrawal from Tin Alkoum (Ghat and "
         "the crossing only in the condition), a denied incursion as far as Al-Barakat south of Ghat, and the LNA's "
         "reported reinforcement Sabha→Ghat via Ubari; the border with Libya, Isayen, Tassili and the notable named "
         "الغاتي are not movement places.",
 "qiv2": "Tripoli state daily (Al-Fajr al-Jadid) from Ubari: the mayors of Ubari, Ghat, Tahala and Al-Awaynat meet in "
         "the Ubari municipality (venue); an LNA reinforcement column Tamanhint base→Ubari via Germa and Al-Ghurayfa, "
         "a planned detachment from it (anaphora → Ubari) to El Feel, a conditional entry Germa→Ubari, a denied Tuareg "
         "move Al-Awaynat→Ubari (the Tahala mayor named إدريس), and last month's withdrawal of a Tripoli chief-of-staff "
         "force Ubari→Idri; Sharara, Wadi al-Hayat, Fezzan and Doha are background; 'سرية حماية أوباري' is a force "
         "name and 'الحياة الطبيعية' a common word.",
 "qiv3": "Algerian daily (Wakt El Djazair) interview from In Amenas (spelled عين أمناس) with an Illizi MP whose name "
         "contains Touggourt: armour Touggourt→In Amenas via Hassi Messaoud, a planned platoon from it "
         "(anaphora) to Tiguentourine, a denied pull-out In Amenas airport→Djanet beside the reported airlift from "
         "'the same airport' to Djanet, a conditional LNA advance Ubari→the border with Algeria, and smugglers "
         "massing near the Wafa field; Ghat (the tension), Algiers (distance) and 'درج'/'العين' as common words are "
         "not movement places.",
 "qiv4": "Moroccan site (Rue20) from Rabat: the Algerian army massing around Djanet, an LNA airlift Al-Jufra air "
         "base→Ghat airport, a planned battalion Brak air base→Isayen (spelled ايسين), a conditional descent of "
         "Tuareg groups from the Akakus to Ghat, an alleged arms shipment Djanet→the Akakus via Tin Alkoum, and a "
         "denied transfer of Tuareg fighters North Mali→Ubari; Algiers (press), Tindouf, Mali/Niger, Tripoli "
         "(distance) and Ghat's ties to Djanet are background.",
 "qiv5": "Algerian daily (Essalam Al-Youm) from Illizi: a supply convoy Illizi→Djanet via the Tassili n'Ajjer, an "
         "armoured unit redeployed Tin Alkoum→the border triangle with Niger and Libya, a planned border-guard "
         "company In Amenas→Tin Alkoum ('محلها'), Ghat notables' conditional LNA withdrawal Ghat→Ubari (متى), and a "
         "denied armed gathering in Al-Awaynat; the Illizi venue, the speaker from Tahala, 'إذاعة فزان', the "
         "Algeria–Libya border length and Niger/North Mali are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qiv1", "qiv2", "qiv3", "qiv4", "qiv5")
