# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (none in this sample);
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # the tribal belt south-east of Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "baniwalid_mun": ("district", "LY", 31.74554, 13.98354, "Bani Walid municipality"),    # G* (town row)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "murqub": ("district", "LY", 32.35451, 14.01966, "Al Murqub district"),                # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khums_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),      # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 # the desert road: Gharyan-Mizda-Al-Qaryat-Ash Shwayrif-Brak
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "jabal_gharbi": ("district", "LY", 30.33380, 13.28744, "Jabal al Gharbi district"),    # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # abroad
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "asyut": ("district", "EG", 27.23432, 31.11334, "Asyut Governorate"),                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "qfo1": ["وثيقة الشويرف", "ورفلة", "القدس العربي", "كتيبة ثوار طرابلس", "النقاط الخمس", "الجيش الوطني الليبي",
          "صالح الترهوني", "اللواء التاسع ترهونة"],
 "qfo2": ["الصحراء", "الجريدة", "الجيش الوطني الليبي", "إدريس المقرحي", "غرفة عمليات المنطقة الغربية",
          "الفيلق الإفريقي الروسي"],
 "qfo3": ["مصرياً", "بوابة الوفد", "المصرية", "محمد إدريس", "ليبية", "تشادية"],
 "qfo4": ["عمون", "البوابات الخمس", "مفتاح الخمسي", "وكالة الأنباء الليبية", "هون من شأن"],
 "qfo5": ["أخبار الخليج", "لبناني", "النقاط الخمس", "ورفلة", "ليبيا الحدث", "جزائرية"],
}

PHEN = {
 "qfo1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_bases",
          "coverage_crossings"],
 "qfo2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qfo3": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_oil", "coverage_neighbours", "countries"],
 "qfo4": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "town_vs_district",
          "coverage_crossings"],
 "qfo5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfo1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("redeploy", "planned", "GNA forces", ["بني وليد"], ["القريات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["القريات"], ["الشويرف"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["ميناء الخمس", "بني وليد"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["قاعدة الجفرة الجوية"], ["بني وليد"]),
 ],
 "qfo2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"], ["الحمادة الحمراء"]),
  mv("reinforce", "reported", "Libyan National Army", ["إدري"], ["براك الشاطئ"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("deploy", "planned", "Libyan National Army", [], ["القريات"]),
  mv("reinforce", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("mobilise", "conditional", "Zintan forces", ["الزنتان"], ["مزدة"]),
  mv("deploy", "denied", "Russian forces", ["قاعدة الجفرة"], ["الشويرف"]),
 ],
 "qfo3": [
  mv("advance", "reported", "GNA forces", ["مزدة"], []),
  mv("deploy", "planned", "GNA forces", [], ["القريات"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["القريات"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["الشويرف"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["الشويرف"]),
 ],
 "qfo4": [
  mv("withdraw", "reported", "GNA forces", ["ترهونة"], ["قصر بن غشير"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء مصراتة"], ["ميناء الخمس"]),
  mv("deploy", "planned", "GNA forces", ["ميناء الخمس"], ["ترهونة"], ["مسلاتة"]),
  mv("redeploy", "conditional", "GNA forces", ["قصر بن غشير"], ["ترهونة"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["بني وليد"]),
  mv("withdraw", "reported", "Libyan National Army", ["ترهونة"], ["سرت"]),
 ],
 "qfo5": [
  mv("shipment", "denied", "GNA forces", ["مرفأ طرابلس"], ["ترهونة"], ["ميناء الخمس"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار بني وليد"]),
  mv("redeploy", "reported", "GNA forces", ["بني وليد"], ["القريات"]),
  mv("withdraw", "reported", "Libyan National Army", ["القريات"], ["الشويرف"]),
  mv("withdraw", "planned", "Libyan National Army", ["الشويرف"], ["قاعدة براك"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["الشويرف"]),
 ],
}

NOTES = {
 "qfo1": "Mediation document on the Ash Shwayrif road: a GNU Chief-of-Staff column Tripoli→Bani Walid via Tarhuna "
         "(Tripoli also inside the trap 'كتيبة ثوار طرابلس'), a planned company Bani Walid→Al-Qaryat, the LNA company's "
         "conditional return Al-Qaryat→Ash Shwayrif (Mizda only in the condition; Ash Shwayrif also where the LNA "
         "'stays'), a denied landing of Misrata brigades at Khoms port on their way to Bani Walid, and the June 2020 "
         "LNA/Kaniyat pull-out Tarhuna→Jufra air base via Bani Walid; Benghazi (speaker), Tunis (venue) and Fezzan "
         "(civilian trucks) are not movement places.",
 "qfo2": "An LNA column Brak air base→Ash Shwayrif across the edge of the Hamada al-Hamra, a company Idri→Brak joining "
         "it, two cargo planes Jufra air base→Brak air base, a planned company to Al-Qaryat ('80 km north of Ash "
         "Shwayrif' is a distance reference, so no origin), a GNU reinforcement Gharyan→Mizda, Zintan's conditional "
         "massing of fighters from Zintan in Mizda (Al-Qaryat only in the condition; the first زنتان, in 'للزنتان', is "
         "the council's seat), and a denied Africa Corps arrival Jufra base→Ash Shwayrif; Cairo (dateline), the Hamada "
         "field, Bani Walid, Sabha and the Niger border are locators only.",
 "qfo3": "Egyptian drivers freed on the Bani Walid–Ash Shwayrif road: a GNU raid from Mizda on a hideout '15 km south "
         "of Al-Qaryat' on the track to the Hamada field (distance references, so origin only), a planned GNU company "
         "in Al-Qaryat, the LNA's conditional advance Ash Shwayrif→Al-Qaryat, 14 LNA ammunition and fuel trucks "
         "Sabha→Ash Shwayrif ('البلدة'), and a denied Chadian group's crossing from the border with Niger to Ash "
         "Shwayrif; the freed drivers' trip Bani Walid→Misrata airport→Cairo is civilian, not a movement.",
 "qfo4": "Tarhuna's checkpoints handed over: GNU units withdraw Tarhuna→Qasr Bin Ghashir, a planned landing ship with "
         "a GNU battalion Misrata port→Khoms port and its road move Khoms port→Tarhuna via Msallata, the units' "
         "conditional return from Qasr Bin Ghashir ('إلى المدينة' = Tarhuna), a denied massing of Kaniyat fighters in "
         "Haftar's forces in Bani Walid, and the June 2020 LNA pull-out Tarhuna→Sirte; Tripoli only a distance "
         "reference; 'البوابات الخمس' and 'الخمسي' are traps.",
 "qfo5": "A drone-parts container seized in the port of Tripoli (Lebanon), said to be bound for GNU units in Tarhuna "
         "via Khoms port (denied by the GNU), a GNU company Bani Walid→Al-Qaryat and the LNA company Al-Qaryat→Ash "
         "Shwayrif (both reported), a planned military-police flight Mitiga→Bani Walid airport, the planned pull-back "
         "of heavy artillery Ash Shwayrif→Brak base, and a Zintan conditional advance on Ash Shwayrif; the datelines "
         "Beirut and Tripoli (Libya), Lebanon, Jabal al-Gharbi, Fezzan and Algiers are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfo1", "qfo2", "qfo3", "qfo4", "qfo5")
