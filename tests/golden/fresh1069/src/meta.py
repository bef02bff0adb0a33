# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row here is own knowledge.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                       # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 "malta": ("country", "MT", 35.89464, 14.43974, "Malta"),                                # G
 # Libya: west coast
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G (row ميناء طرابلس)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                 # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G (also written صبراته)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G (row مجمع مليتة)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                 # G
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),                # G (row ميناء زوارة)
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 # Libya: east and south
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),        # G* (row برقة, written شرق ليبيا)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                             # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                 # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                 # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G (row منفذ امساعد)
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                            # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                   # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),              # G* (row district:LY-KF, written بلدية الكفرة)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                               # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),   # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                              # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                     # G
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                               # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                           # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                               # G
 # Niger and Algeria
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),              # G (row مطار ديركو)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (row kind base)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G (row بيلما, written بلما)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G (row أسامكا, written أساماكا)
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Niger side)"),  # G* (row الحدود النيجرية الجزائرية)
 # Italy, Malta, Belgium
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                     # G
 "naples": ("city", "IT", 40.85216, 14.26811, "Naples"),                                 # G
 "augusta": ("town", "IT", 37.24065, 15.22121, "Augusta"),                               # G
 "sicily": ("region", "IT", 37.48065, 14.13705, "Sicily"),                               # G
 "pozzallo": ("town", "IT", 36.73028, 14.84672, "Pozzallo"),                             # G
 "lampedusa": ("town", "IT", 35.50142, 12.60964, "Lampedusa"),                           # G (row لامبيدوسا; also written لامبيدوزا)
 "valletta": ("city", "MT", 35.89968, 14.51480, "Valletta"),                             # G
 "brussels": ("city", "BE", 50.85045, 4.34878, "Brussels"),                              # G
}

TRAPS = {
 "qof1": ["منصة اللاجئين في مصر", "جهاز مكافحة الهجرة غير الشرعية", "كتيبة سبل السلام",
          "حرس الحدود", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "محمد السلومي", "مصريون", "المصريون",
          "المصري", "مصري", "سودانيون", "السودانيون", "السودانيين", "سوداني", "تشاديون", "تشادي", "ليبية"],
 "qof2": ["وزارة الداخلية", "حكومة الوحدة الوطنية", "مديرية أمن زوارة",
          "جهاز مكافحة الهجرة غير الشرعية", "المنظمة الدولية للهجرة", "أمن السواحل", "خفر السواحل", "النيجريين",
          "إيطالية", "زوارق"],
 "qof3": ["الإيطالية نيوز", "بعثة المساعدة والدعم الإيطالية في ليبيا", "بعثة الاتحاد الأوروبي للمساعدة الحدودية في ليبيا",
          "سي ووتش", "مالطا توداي", "إتنا", "حكومة الوحدة الوطنية", "القوات المسلحة المالطية", "خفر السواحل الليبي", "زوارق",
          "ليبيان", "الليبية", "الإيطالية", "الإيطالي", "إيطالية", "ليبية"],
 "qof4": ["نيجر إنتر", "القوات المسلحة النيجرية", "المنظمة الدولية للهجرة",
          "جهاز مكافحة الهجرة غير الشرعية", "علي القطروني", "المالي", "النيجرية", "الليبية", "ليبية"],
 "qof5": ["ألايف إن سودان", "كتيبة سبل السلام", "قوات الدعم السريع", "الدعم السريع", "القوة المشتركة",
          "القيادة العامة", "جهاز مكافحة الهجرة غير الشرعية", "عائشة التوم", "سودانيون", "سودانياً", "سوداني"],
}

PHEN = {
 "qof1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qof2": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qof3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "countries"],
 "qof4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qof5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qof1": [
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"], ["قاعدة معطن السارة"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("advance", "denied", "Egyptian army", [], ["الجغبوب"]),
 ],
 "qof2": [
  mv("redeploy", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["صبراتة"]),
  mv("deploy", "planned", "GNA forces", ["ميناء زوارة"], ["مجمع مليتة", "أبو كماش"]),
  mv("withdraw", "conditional", "GNA forces", ["صبراتة"], ["الزاوية"]),
  mv("advance", "denied", "GNA forces", ["صبراتة"], ["لامبيدوزا"]),
 ],
 "qof3": [
  mv("deploy", "reported", None, ["أوغستا"], ["ميناء طرابلس"]),
  mv("shipment", "planned", None, ["نابولي"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", ["ميناء طرابلس"], ["فاليتا"]),
  mv("withdraw", "conditional", None, ["مصراتة"], ["إيطاليا"]),
  mv("advance", "denied", None, [], ["صبراته"]),
 ],
 "qof4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("deploy", "reported", "Nigerien army", ["منفذ التوم"], ["ديركو"], ["ماداما"]),
  mv("deploy", "planned", "Nigerien army", ["ديركو"], ["سيغيدين"]),
  mv("airlift", "conditional", "Nigerien army", ["أغاديس"], ["مطار ديركو"]),
  mv("advance", "denied", "Libyan National Army", [], ["سيغيدين"]),
 ],
 "qof5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["مثلث العوينات"]),
  mv("reinforce", "reported", "Sudanese armed groups", ["المالحة"], ["مثلث العوينات"]),
  mv("advance", "planned", "Sudanese armed groups", ["دنقلا"], ["مثلث العوينات"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("advance", "denied", "Libyan National Army", [], ["المالحة"], ["الحدود مع السودان"]),
 ],
}

NOTES = {
 "qof1": "Migration NGO (Refugees Platform in Egypt) from Cairo on deportations from eastern Libya: an LNA border-guard "
         "company escorting a deportation bus convoy Tobruk→Amsaad crossing, Egyptian army reinforcements Marsa "
         "Matruh→Sallum, a planned Subul al-Salam escort Kufra→the border with Chad via Maaten al-Sarra base, a "
         "conditional LNA deployment to the border with Sudan (Port Sudan and the Uweinat triangle only in the "
         "condition) and a denied Egyptian border-guard patrol to Jaghbub; the deportees walking to Sallum, the buses "
         "to Marsa Matruh, refugees reaching Kufra from Darfur, Cairo as government and dateline are not movements or "
         "movement places; «محمد السلومي» holds السلوم and the outlet name holds مصر.",
 "qof2": "GNU Interior Ministry statement retold from Tripoli: three coastal-security boats Tripoli port→Zuwara port, an "
         "Interior force Zawiya→Sabratha, planned joint patrols from Zuwara port off the Mellitah complex and Abu "
         "Kammash, a conditional return Sabratha→Zawiya («لن تغادر ... إلا إذا») and a denied escort of migrants' boats "
         "from the Sabratha coast to Lampedusa (written لامبيدوزا); intercepted migrants returned to Tripoli port, the "
         "IOM return flight Mitiga→Niamey, Rome and Valletta as partners and «مديرية أمن زوارة» (holds زوارة) are not "
         "movements or movement places.",
 "qof3": "Italy-based Arabic news site (Alitaliya News) from Rome: the Italian support ship Etna Augusta→Tripoli port "
         "(actor null), six Italian patrol boats planned by sea Naples→Zuwara port (shipment), two Libyan coast-guard "
         "boats planned Tripoli port→Valletta for training, Italy's conditional pull-out of its Misrata hospital unit "
         "to Italy and a denied Italian frigate incursion off Sabratha (written صبراته); Sea-Watch landing migrants in "
         "Pozzallo, arrivals in Lampedusa from Zuwara and Sabratha, Brussels talks and the EU border mission (its "
         "name holds ليبيا) are not movements or movement places; «ليبيان» holds ليبيا.",
 "qof4": "Nigerien news site (Niger Inter) from Agadez on returnees deported from Sabha: an LNA unit escorting the "
         "convoy Sabha→Toummo crossing via Al Qatrun, a Nigerien army unit taking it over from the crossing to Dirkou "
         "via Madama, a planned company Dirkou→Seguedine, a conditional airlift Agadez→Dirkou airport and the LNA "
         "patrols' denied incursion to Seguedine; the deportees' trucks, the IOM buses Dirkou→Agadez, migrants "
         "expelled by Algeria waiting in Assamaka (written أساماكا), the Bilma transit centre (written بلما), Niamey, "
         "Tripoli and Benghazi as governments are not movements or movement places; «المالي» (financial) holds مالي.",
 "qof5": "Sudanese displaced journalists' outlet (Alive in Sudan) from Kufra on Sudanese refugees deported to the "
         "Uweinat triangle: a Subul al-Salam company escorting the convoy Kufra→the triangle, RSF reinforcements Al "
         "Malha→the triangle, the joint force's planned advance Dongola→the triangle, a conditional LNA company "
         "Tazirbu→Kufra and Subul al-Salam's denied crossing of the border with Sudan towards Al Malha (border as "
         "via); the refugee's journey El Fasher→Kufra via Al Malha, refugees moving to Ajdabiya and Benghazi, Darfur "
         "refugees who entered via Chad and Kufra municipality are not movements or movement places; «عائشة التوم» "
         "is a person.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qof1", "qof2", "qof3", "qof4", "qof5")
