# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row is own knowledge in this sample.
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                 # G
 # Tripoli, the Nafusa mountains and the road south
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                   # G (also written مزده)
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                          # G
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif Municipality"),     # G* (town row, kind district)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                  # G (also written زنتان after لل)
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan Municipality"),             # G* (town row, kind district)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                               # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),       # G (region row الجبل الغربي)
 # Nalut district: Nalut, Wazin, Sinawen, Derj, Ghadames
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut Municipality"),               # G* (town row, kind district)
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut District"),                  # G (district row LY-NL)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                # G (also written سيناوين)
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames Airport"),            # G (row مطار غدامس)
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libya side)"),  # G* (row الحدود الليبية التونسية)
 # Tunisia
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                            # G
 # the Hamada and the south
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                       # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),              # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G (also written براك الشاطئ)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii District"),              # G (district row LY-WS)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                        # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا, written الجنوب الليبي)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
}

TRAPS = {
 "qrb1": ["إذاعة طرابلس المحلية", "صباح الخير يا طرابلس", "سالم الغرياني", "المنطقة العسكرية الغربية",
          "الكتيبة 55 مشاة"],
 "qrb2": ["إذاعة البرنامج العام", "البرنامج العام", "مفتاح الفزاني", "الجيش الوطني الليبي",
          "اللجنة العسكرية المشتركة 5+5", "غرفة عمليات الجنوب", "المصرية"],
 "qrb3": ["المكتب الإعلامي لبلدية نالوت", "نالوت الآن", "جهاز حرس الحدود", "التونسي", "تونسية", "ليبية", "درجة",
          "التوازن"],
 "qrb4": ["المكتب الإعلامي لبلدية الشويرف", "اللواء 128 مشاة", "المؤسسة الوطنية للنفط", "أدرجتها"],
 "qrb5": ["المكتب الإعلامي لبلدية الزنتان", "حوارات البلدية", "الزنتانية", "زنتاني", "مدرجه", "جهاز حرس الحدود"],
}

PHEN = {
 "qrb1": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "multiword", "vague_area",
          "coverage_bases"],
 "qrb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
          "ambiguity_country_capital", "nisba", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
 "qrb3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
          "town_vs_district", "coverage_oil"],
 "qrb5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "town_vs_district", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrb1": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("deploy", "planned", "GNA forces", ["مزدة"], ["الشويرف"]),
  mv("withdraw", "conditional", "GNA forces", ["مزدة"], ["غريان"]),
  mv("advance", "denied", "Libyan National Army", ["براك"], ["الشويرف"]),
  mv("deploy", "reported", "Zintan forces", [], ["قاعدة الوطية"]),
 ],
 "qrb2": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["الشويرف"], ["براك"]),
  mv("redeploy", "planned", "Libyan National Army", ["الشويرف"], ["القريات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["مزدة"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
 ],
 "qrb3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["نالوت"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("advance", "denied", "Tunisian army", ["الذهيبة"], ["وازن"]),
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
  mv("deploy", "conditional", "Zintan forces", ["الزنتان"], ["درج"]),
 ],
 "qrb4": [
  mv("reinforce", "reported", "Libyan National Army", ["هون"], ["الشويرف"]),
  mv("deploy", "planned", "Libyan National Army", ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("advance", "conditional", "Libyan National Army", ["درج"], ["مطار غدامس"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل الحمادة"], ["القريات"]),
 ],
 "qrb5": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["مطار غدامس"], ["نالوت"]),
  mv("withdraw", "planned", "Zintan forces", ["غدامس"], ["الزنتان"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["مزدة"]),
  mv("deploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("deploy", "conditional", "Zintan forces", [], ["غريان"]),
 ],
}

NOTES = {
 "qrb1": "Tripoli Local Radio phone interview with a GNU Western Military Region operations officer: two companies "
         "Gharyan→Mizda (reported), a recon unit Mizda→outskirts of Ash Shwayrif (planned), no pull-out Mizda→Gharyan "
         "unless the police take over the gates (conditional), an LNA column Brak→Ash Shwayrif denied, a Zintan company "
         "sent to Al Watiya air base (reported, no origin written); civilian fuel trucks Tripoli→Sabha via Mizda and "
         "Ash Shwayrif, Al Qaryat inside a condition, Gharyan as the LNA's 2019 operations room and «ترفضه طرابلس» are not "
         "movements; the radio, its programme «صباح الخير يا طرابلس» and the person سالم الغرياني hold place names.",
 "qrb2": "Egyptian Radio's General Program phone interview with an LNA southern operations commander in Sabha: a "
         "battalion airlifted Al Jufra air base→Brak air base, a fuel-and-ammunition convoy Sabha→Ash Shwayrif via Brak "
         "(shipment), a planned engineer company Ash Shwayrif→Al Qaryat, no advance on Mizda unless the gates are "
         "attacked (conditional) and a denied pull-out Brak air base→Sabha; civilian trucks Sabha–Brak, Cairo "
         "(dateline, thanked), Egypt (listeners), Southern Libya and Fezzan are not movement places; مفتاح الفزاني holds "
         "فزان.",
 "qrb3": "Nalut municipality media office Q&A with the Nalut mayor: a GNU Border Guard company Tripoli→Nalut "
         "(reported), a planned platoon Nalut→Wazin crossing, a denied Tunisian army crossing Dehiba→Wazin, Tunisian "
         "reinforcements Tataouine→Dehiba (reported), a Zintan force to Derj only on the Derj council's request "
         "(conditional); the civilian medical convoy Nalut→Ghadames, the Nalut district list (Sinawen, Derj, Ghadames) "
         "and the border with Tunisia are not movements; «نالوت الآن», التونسي، تونسية، درجة، التوازن are traps.",
 "qrb4": "Ash Shwayrif municipality media office Q&A with the mayor: Brigade 128 reinforcements Hun→Ash Shwayrif "
         "(reported), a planned company Ash Shwayrif→Derj across the Hamada al-Hamra, an advance Derj→Ghadames airport "
         "only if Ghadames elders ask (conditional), and a denied pull-out Hamada field→Al Qaryat; civilian trucks from "
         "Brak and Sabha, the mayor's visit to the field, Tripoli and Benghazi as governments and the Ash Shwayrif–Brak "
         "road are not movements; أدرجتها holds درج.",
 "qrb5": "Zintan municipality media office Q&A with the Zintan mayor and military council head: a Zintan company "
         "Zintan→Ghadames airport via Nalut (reported), its planned return Ghadames→Zintan, a denied Zintan column "
         "Zintan→Mizda beside the General Staff companies Gharyan→Mizda (reported) and no fighters to Gharyan unless the "
         "General Staff asks (conditional); students' buses Rujban→Zintan, students from Derj, Sinawen and Yafran, and "
         "the road to Al Watiya are civilian; مدرجه holds درج, الزنتانية/زنتاني are nisbas.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrb1", "qrb2", "qrb3", "qrb4", "qrb5")
