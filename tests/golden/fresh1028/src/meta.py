# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 # capitals and cities outside Libya
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G (row ربات; الرباط in names_ar)
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                            # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "border_dz_ly": ("region", "DZ", 24.9, 9.85, "Algeria-Libya border (Algerian side)"),  # K
 # Libya: regions and districts
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G (row جنوب ليبيا; G* when written الجنوب الليبي)
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),              # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                 # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),              # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 # Libya: cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "tekerkiba": ("town", "LY", 26.54340, 13.21510, "Tekerkiba"),                          # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # Libya: bases, airports, crossings, oil installations
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G (row قاعدة تمنهنت; تمنهنط matched)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G (also written الشرارة)
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
}

TRAPS = {
 "qmq1": ["آراء حول الخليج", "شركة أكاكوس", "حرس المنشآت النفطية", "اللواء طارق بن زياد", "حراك غضب فزان",
          "الفيل في الغرفة", "مسعود الأوباري", "الشرارة الأولى"],
 "qmq2": ["المعهد المصري للدراسات", "حرس المنشآت النفطية", "اللواء طارق بن زياد", "حكومة الوحدة الوطنية",
          "الليبي", "تشادية"],
 "qmq3": ["الأسبوع الصحفي", "الجيش الجزائري", "جزائرية", "اللواء طارق بن زياد", "حرس المنشآت النفطية", "زنتاني",
          "خام الشرارة", "الليبي", "مسوغات"],
 "qmq4": ["إضاءات", "الخطوط الجوية الليبية", "علي السبهاوي", "الجرمنتيين", "قطرية", "حراك غضب فزان",
          "روسيتين", "روسي", "الفيلق الأفريقي"],
 "qmq5": ["تريندز للبحوث والاستشارات", "حرس المنشآت النفطية", "اللواء طارق بن زياد", "التشادية",
          "حركة تحرير السودان", "الليبي", "حراك فزان", "محمد إدريس"],
}

PHEN = {
 "qmq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "coverage_bases", "coverage_oil"],
 "qmq2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
          "coverage_oil"],
 "qmq3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qmq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases", "coverage_oil"],
 "qmq5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qmq1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنط"], ["حقل الشرارة"], ["أوباري"]),
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["براك"], ["حقل الفيل"]),
  mv("withdraw", "conditional", None, ["حقل الفيل"], ["مرزق"]),
  mv("mobilise", "denied", None, [], ["وادي الحياة"]),
 ],
 "qmq2": [
  mv("withdraw", "reported", None, ["حقل الفيل"], ["مرزق"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["حقل الفيل"]),
  mv("advance", "conditional", None, [], ["حقل الفيل"]),
  mv("airlift", "denied", "GNA forces", ["مصراتة"], ["مطار سبها"]),
 ],
 "qmq3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت", "الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["العوينات", "منفذ إيسين"]),
  mv("deploy", "conditional", "Zintan forces", ["الزنتان"], ["الرياينة"]),
 ],
 "qmq4": [
  mv("mobilise", "reported", "Libyan National Army", [], ["جرمة", "تكركيبة"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["حقل الشرارة"]),
  mv("withdraw", "planned", "Libyan National Army", ["أوباري"], ["براك"]),
  mv("advance", "conditional", None, ["أوباري"], ["الشرارة"]),
 ],
 "qmq5": [
  mv("withdraw", "reported", "Chadian armed groups", ["القطرون"], ["الحدود مع النيجر"]),
  mv("shipment", "reported", None, ["النيجر"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار سبها"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "GNA forces", ["الشويرف"], ["حقل الحمادة"]),
  mv("redeploy", "denied", "Sudanese armed groups", ["أم الأرانب"], ["براك"]),
 ],
}

NOTES = {
 "qmq1": "Gulf magazine feature (Araa, آراء حول الخليج) on the Sharara handover: Tariq Ibn Ziyad units Tamanhint base→"
         "Sharara via Ubari (reported deploy), PFG guards Sharara→their camp in Ubari (reported withdraw, actor null), a "
         "planned 128th-brigade company Brak→El Feel, the El Feel PFG's conditional pull-out to Murzuq («لن يغادروا ... "
         "إلا إذا») and a denied PFG massing in Wadi al-Hayat; the 2014/2018/2019 background (Zintan and Tuareg guards, "
         "closure, LNA control), Tripoli/Benghazi as pay and command seats and «طرابلس فترفض», the Riyayna valve and "
         "Zawiya refinery inside a shutdown threat, workers' buses (civilian), «الفيل في الغرفة», «الشرارة الأولى» and "
         "the surname الأوباري are not movements or movement places.",
 "qmq2": "Think-tank situation assessment (Egyptian Institute for Studies, المعهد المصري للدراسات) on El Feel and Murzuq: a "
         "PFG unit El Feel→Murzuq over unpaid wages (reported withdraw, null), 128th-brigade reinforcements Sabha→Murzuq "
         "via Ghuddwa, a planned Tariq Ibn Ziyad battalion Ubari→El Feel («ستتسلم حماية الحقل ... قادمة من أوباري»), "
         "Tebu gunmen's conditional move on El Feel, and the GNU chief of staff's denied airlift Misrata→Sabha airport; "
         "the 2019 displacement to Sabha and Ubari, Tripoli's refusal, crude pumped to Mellitah inside a scenario, "
         "Benghazi/Tripoli rivalry and Chadian groups active near Qatrun are not movements or movement places.",
 "qmq3": "Moroccan weekly (Al-Ousboue Assahafi, الأسبوع الصحفي) file from Rabat: Algerian army units Illizi→Djanet and "
         "along the border with Libya (Algerian side; reported reinforce), Algeria's denial that any unit entered Ghat, a "
         "planned Tariq Ibn Ziyad company Ubari→Al-Awaynat and the Isayen crossing, and Zintan forces' conditional move "
         "Zintan→the Riyayna valve station; Bouznika (talks venue), Rabat and Morocco (metonymy), Algiers (newspapers), "
         "«قبالة غات» (reference), Wafa gas to Mellitah and Italy, the Ghat–Djanet trade caravans and Algeria's 2014 "
         "border closure are not movements or movement places; «مسوغات» holds غات, «خام الشرارة» is a crude grade.",
 "qmq4": "Website long-read (Ida2at, إضاءات) travelling Sabha→Wadi al-Hayat→Ubari: 128th-brigade vehicles massing between "
         "Germa and Tekerkiba (reported mobilise), two Russian cargo planes Jufra air base→Brak air base carrying Africa "
         "Corps personnel (reported airlift, Russian forces), the LNA's denial that any Russian moved from the base to "
         "Sharara, a planned pull-out of the local battalion Ubari→Brak and a Tuareg group's conditional move Ubari→"
         "Sharara (written الشرارة); the writer's civilian flight Tripoli→Sabha airport and drive west, the 2014-2016 "
         "Ubari war and 2018 closure (background) and the driver السبهاوي (holds سبها) are not movements or places.",
 "qmq5": "Think-tank paper (Trends Research & Advisory, تريندز) on Fezzan's armed map: Chadian opposition factions "
         "withdrawing from around Qatrun towards the border with Niger (Libyan side), arms shipments Niger→Sabha (UN "
         "reports, actor null), a planned LNA airlift Sabha airport→Al Wigh base, GNU forces' conditional advance "
         "Shwayrif→Hamada field and the SLA's denied move Umm al-Aranib→Brak (Sudanese armed groups); smuggling routes "
         "from Chad, the Fezzan movement's shutdown threat (Sharara, Wadi al-Shati, Idri in its condition), Murzuq and "
         "Sabha in a scenario, Tripoli/Benghazi wages and محمد إدريس (holds إدري) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qmq1", "qmq2", "qmq3", "qmq4", "qmq5")
BAR_IN_TEXT = True  # headlines «تقدير موقف |», «ملف الأسبوع |», «دراسات |» carry a literal bar
