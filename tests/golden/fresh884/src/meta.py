# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 "oman": ("country", "OM", 20.81734, 56.96504, "Oman"),                                 # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qhb1 the Sirte-Jufra line (Shafaq News)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (air-base row, near Hun/Waddan)
 # qhb2 foreign fighters and the neighbours' liaison committees (Al-Jarida)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "uwaynat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G
 # qhb3 exchange of positions in the west, Turks and Syrians (Al-Liwaa)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "gaziantep_airport": ("airport", "TR", 36.94720, 37.47870, "Gaziantep Airport"),       # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                 # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 # qhb4 the oil crescent (Petra)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                           # G
 "raslanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil port"),         # G* (row راس لانوف)
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),           # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "amsaad_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 # qhb5 the monitors' report to the Security Council (Al-Ayyam)
 "newyork": ("city", "US", 40.71427, -74.00597, "New York City"),                       # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                    # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "idri_mun": ("district", "LY", 27.44707, 13.05173, "Idri municipality"),               # G* (town row)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "qhb1": ["شفق نيوز", "المنطقة العسكرية الوسطى", "الجيش الوطني الليبي", "خالد الزليتني", "ناصر الطرابلسي", "الزاوية",
          "الجانب الروسي"],
 "qhb2": ["الجريدة", "المقاتلين السودانيين", "الأراضي التشادية", "الجيش التشادي", "إدريس القطروني", "الجانب النيجري",
          "حركة تحرير السودان", "المقاتلون التشاديون", "مجموعات تشادية", "الليبية"],
 "qhb3": ["اللواء", "المالي", "المرصد السوري لحقوق الإنسان", "التركي", "التركية", "مقاتلاً سورياً"],
 "qhb4": ["بترا", "الجيش الوطني الليبي", "الفيلق الأفريقي", "الجيش المصري", "مصدر عسكري مصري",
          "القوات المسلحة الأردنية", "الليبية"],
 "qhb5": ["الأيام", "الجيش الوطني الليبي", "اللواء 444 قتال", "لواء طارق بن زياد", "إدريس الحضيري",
          "قوات الدعم السريع", "السفارة الروسية"],
}

PHEN = {
 "qhb1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_bases"],
 "qhb2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings",
          "coverage_oil", "coverage_neighbours", "countries"],
 "qhb3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "countries"],
 "qhb4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qhb5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qhb1": [
  mv("withdraw", "reported", "GNA forces", ["الوشكة"], ["مصراته"], ["أبو قرين"]),
  mv("redeploy", "planned", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "conditional", "Foreign fighters", ["قاعدة القرضابية"]),
  mv("shipment", "reported", None, ["الجفرة"], ["قاعدة القرضابية"]),
  mv("reinforce", "denied", "GNA forces", ["مصراتة"], ["أبوقرين"]),
 ],
 "qhb2": [
  mv("withdraw", "reported", "Sudanese armed groups", ["الكفره"], ["الحدود مع السودان"], ["مثلث العوينات"]),
  mv("withdraw", "planned", "Chadian armed groups", ["أم الأرانب"], [], ["القطرون"]),
  mv("deploy", "conditional", "Libyan National Army", ["سبها"], ["منفذ التوم"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["حقل السرير"]),
 ],
 "qhb3": [
  mv("withdraw", "planned", "Zintan forces", ["العزيزية"], ["الزنتان"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["العزيزية"]),
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["مطار غازي عنتاب"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية"]),
  mv("naval_landing", "denied", "Turkish armed forces", ["مرسين"], ["ميناء الخمس"]),
 ],
 "qhb4": [
  mv("withdraw", "reported", "Libyan National Army", ["ميناء السدرة"], ["بن جواد"]),
  mv("withdraw", "planned", "Russian forces", ["الهلال النفطي"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء راس لانوف"]),
  mv("reinforce", "conditional", "Libyan National Army", ["اجدابيا"], ["ميناء البريقة"]),
  mv("advance", "denied", "Egyptian army", [], ["طبرق"], ["منفذ امساعد"]),
 ],
 "qhb5": [
  mv("airlift", "reported", "Russian forces", ["قاعدة حميميم"], ["قاعدة الخادم"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["الشويرف"]),
  mv("advance", "conditional", "GNA forces", ["مزدة"], ["الشويرف"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["إدري"]),
  mv("shipment", "denied", "Russian forces", ["قاعدة معطن السارة"], ["دارفور"]),
 ],
}

NOTES = {
 "qhb1": "JMC communiqué from Sirte: the Central Military Region's heavy weapons pulled back Al-Washka→Misrata via Abu "
         "Qurayn (reported); a planned LNA battalion Sirte→Al-Jufra air base; the mercenaries' conditional withdrawal "
         "from Gardabya base ('لن يبدأ إلا إذا'); an ammunition shipment Al-Jufra→the base ('إلى القاعدة' = Gardabya, no "
         "force named, actor null); a denied reinforcement Misrata→Abu Qurayn (Al-Washka there only recalls the reported "
         "withdrawal). Sirte as venue, Geneva, the Sirte municipality, Tripoli/Benghazi as seats are not movement places.",
 "qhb2": "Cairo meetings of the JMC with the Sudan/Chad/Niger liaison committees: 180 Sudanese fighters Kufra→the border "
         "with Sudan via the Uweinat triangle (reported); Chadian groups planned to leave Umm al-Aranib via Al-Qatrun "
         "toward 'the Chadian territory' (nisba, no destination place); the LNA's conditional company Sabha→Tummo "
         "crossing; a denied massing of Sudanese fighters near the Sarir field. Cairo, Egypt, Kuwait, N'Djamena, Darfur "
         "and the liaison countries are not movement places.",
 "qhb3": "Exchange of positions at Al-Aziziyah: Zintan's force to withdraw Al-Aziziyah→Zintan and GNA units to deploy "
         "Tripoli→Al-Aziziyah (both planned; 'تحل محلها' = Al-Aziziyah); 150 Syrian fighters airlifted Mitiga→Gaziantep "
         "(reported by the Syrian Observatory); Turks will not leave Al-Watiya 'ما لم' (conditional); a denied marine "
         "landing Mersin→Khoms port. Ankara (speaker), Tripoli of Lebanon, Sirte (venue), Gharyan are not movement places.",
 "qhb4": "Petra (Amman): the LNA left Es Sider port for Bin Jawad (reported); the Russian Africa Corps to withdraw from "
         "the Oil Crescent to Al-Jufra air base (planned); an LNA ship landed 200 men at Ras Lanuf port from Benghazi "
         "port (reported violation); a conditional reinforcement Ajdabiya→Brega port; a denied Egyptian column through "
         "the Amsaad crossing toward Tobruk. Amman (dateline), Jordan, Oman, Brega town (venue) are not movement places.",
 "qhb5": "UN monitors' report (New York): 14 Russian cargo flights Hmeimim→Al-Khadim (reported; Syria and Benghazi only "
         "locate the bases); LNA massing at Ash-Shwayrif (reported; Tripoli a distance reference); Brigade 444's "
         "conditional advance Mizda→Ash-Shwayrif; a planned LNA transfer Sabha→Idri (Wadi al-Shati locates Idri); a "
         "denied arms shipment Maaten al-Sarra→Darfur (the border with Chad only locates the base).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qhb1", "qhb2", "qhb3", "qhb4", "qhb5")
