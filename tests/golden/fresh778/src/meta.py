# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # qcz1 Sabha security directorate (Afrigate News)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row; README: Jufra area = point near Hun/Waddan)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G
 # qcz2 Ubari municipal council (Asharq Al-Awsat)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 # qcz3 Ghat municipal council and the Algerian side (Ech-Chaab)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس, written جبال أكاكوس)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "border_dz_ly": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G* (row البركات, written البركت)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "ghat_dist": ("district", "LY", 26.01562, 10.40660, "Ghat district"),                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qcz4 Kufra security directorate and military zone (Qurina)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # qcz5 Zuwara security directorate (Al-Quds Al-Arabi)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.090, "Port of Zuwara"),                   # K
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G* (row أبو كماش, written أبوكماش)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),            # G
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "qcz1": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "عملية تطهير الجنوب الغربي", "مفتاح الإدريسي", "الجديد"],
 "qcz2": ["الشرق الأوسط", "إدريس الطاهر", "محمد الغاتي", "شرارة الاشتباكات", "تشادية"],
 "qcz3": ["الجيش الوطني الشعبي", "الجيش الوطني الليبي", "وكالة الأنباء الجزائرية", "الجزائري", "الليبية",
          "الليبي-الليبي"],
 "qcz4": ["قورينا", "الجيش الوطني الليبي", "كتيبة سبل السلام", "حسن الهواري", "السودانية"],
 "qcz5": ["القدس العربي", "وليد الطرابلسي", "رد الجميل", "الجيش التونسي", "مصدر عسكري تونسي", "اللبنانية"],
}

PHEN = {
 "qcz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qcz2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qcz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qcz5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
GNA = "GNA forces"

MOVES = {
 "qcz1": [
  mv("reinforce", "reported", LNA, ["قاعدة الجفرة الجوية"], ["سبها"], ["سوكنة"]),
  mv("redeploy", "planned", LNA, ["سبها"], ["غدوة"]),
  mv("reinforce", "conditional", LNA, [], ["أم الأرانب"]),
  mv("shipment", "reported", LNA, ["قاعدة تمنهنت"], ["سبها"]),
  mv("advance", "denied", LNA, ["سبها"], ["القطرون"]),
  mv("deploy", "reported", LNA, ["براك"], ["إدري"]),
 ],
 "qcz2": [
  mv("deploy", "reported", LNA, ["أوباري"], ["حقل الشرارة"]),
  mv("withdraw", "reported", LNA, ["حقل الشرارة"], ["براك"], ["جرمة"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["الغريفة"]),
  mv("withdraw", "conditional", LNA, ["حقل الفيل"]),
  mv("advance", "denied", "Chadian armed groups", [], ["الغريفة"]),
 ],
 "qcz3": [
  mv("deploy", "reported", LNA, ["أوباري"], ["غات"], ["العوينات"]),
  mv("redeploy", "planned", LNA, ["البركت"], ["منفذ إيسين"]),
  mv("withdraw", "denied", LNA, ["جبال أكاكوس"], ["العوينات"]),
  mv("airlift", "conditional", "Algerian army", ["إليزي"], ["مطار جانت"]),
  mv("mobilise", "reported", "Algerian army", [], ["إليزي"]),
 ],
 "qcz4": [
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "reported", LNA, ["مثلث العوينات"], ["الكفرة"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["مثلث العوينات"]),
  mv("shipment", "reported", LNA, ["أجدابيا"], ["الكفرة"]),
  mv("deploy", "reported", LNA, ["الكفرة"], ["تازربو"], ["بزيمة"]),
  mv("reinforce", "conditional", LNA, ["ربيانة", "الكفرة"], ["الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الهواري"]),
 ],
 "qcz5": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["زوارة"], ["صبراتة"]),
  mv("naval_landing", "reported", GNA, ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "reported", GNA, [], ["معبر رأس اجدير"]),
  mv("withdraw", "reported", GNA, ["معبر رأس اجدير"], ["زوارة"]),
  mv("redeploy", "planned", GNA, ["الجميل"], ["أبوكماش"]),
  mv("naval_landing", "denied", GNA, ["ميناء طرابلس"], ["مجمع مليتة"]),
  mv("reinforce", "conditional", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
 ],
}

NOTES = {
 "qcz1": "Sabha security directorate's weekly bulletin in numbered items: an LNA company Jufra air base→Sabha via Sokna "
         "(item 1, 'إلى المدينة' = Sabha; the headline's الجفرة repeats it), the '17 gate' checkpoint planned to move from "
         "Sabha's southern entrance to the Ghuddwa junction (Murzuq only names the road), a conditional extra company to "
         "Umm al-Aranib (Sabha only the other end of the road), and a correction: the convoy did not go Sabha→Qatrun "
         "(denied) but Brak→Idri in Wadi al-Shati (reported). Patrols inside the city are no movement.",
 "qcz2": "Ubari municipal council's bulletin retold from Cairo: an LNA company rotated in Ubari→Sharara field and the "
         "outgoing one back from the field to its camp in Brak via Germa (both reported), the checkpoint at Ubari's "
         "eastern entrance planned to move to the Ghurayfa junction, a conditional pull-out from El Feel, and a "
         "correction denying that a Chadian armed group entered Al-Ghurayfa (Germa only a distance reference). "
         "Awaynat/Ghat (road repairs) and Tripoli (government) are no movement places.",
 "qcz3": "Ghat council's bulletin as reported by Ech-Chaab from Djanet: a Tariq bin Ziyad (LNA) company Ubari→Ghat via "
         "Awaynat (stationed near Ghat airport, no new move), its watch post planned Al-Barkat→around the Isayen "
         "crossing (Tin Alkoum, Niger only smuggling routes), a correction denying a patrol's pull-out Akakus→Awaynat, "
         "and the Algerian army's conditional transfer Illizi→Djanet if Ghat deteriorates (Ghat = condition).",
 "qcz4": "Kufra directorate and military zone's joint bulletin: an LNA airlift Benina air base→Kufra airport, a company "
         "back to Kufra from the Uweinat triangle and its relief planned from 'the city' to 'there' (anaphora resolved "
         "to Kufra and the triangle), a desert patrol Kufra→Tazirbu via Buzayma, conditional reinforcements "
         "Rebiana and Kufra→the border with Sudan if groups come from Darfur (Darfur only the condition), and a "
         "correction denying RSF vehicles entered Al-Hawari (the spokesman Hasan al-Hawari is a trap).",
 "qcz5": "Zuwara security directorate's bulletin (GNU interior ministry) retold from Tunis: a chief-of-staff force "
         "Tripoli→Zuwara via Sabratha, a company takes over the Ras Ajdir crossing and the old guards return to "
         "Zuwara, a checkpoint planned Al-Jumayl junction→Abu Kammash entrance, a correction denying a battalion's "
         "pull-out Mellitah→Zawiya, and the Tunisian army's conditional units Gabes→Ben Gardane via Medenine. "
         "Migrants' bodies off Zaltan, Tripoli (Lebanon), Benghazi and the border with Tunisia are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcz1", "qcz2", "qcz3", "qcz4", "qcz5")
