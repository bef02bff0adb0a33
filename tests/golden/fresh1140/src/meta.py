# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "south_sudan": ("country", "SS", 7.85835, 29.11744, "South Sudan"),                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                           # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "guinea": ("country", "GN", 9.93192, -9.67529, "Guinea"),                              # G
 "sweden": ("country", "SE", 62.19424, 14.90506, "Sweden"),                             # G
 "germany": ("country", "DE", 51.08509, 10.48110, "Germany"),                           # G
 # datelines and places abroad
 "stockholm": ("city", "SE", 59.32938, 18.06871, "Stockholm"),                          # G
 "berlin": ("city", "DE", 52.52437, 13.41053, "Berlin"),                                # G
 "nador": ("city", "MA", 35.16813, -2.93352, "Nador"),                                  # G
 "agadir": ("city", "MA", 30.42018, -9.59815, "Agadir"),                                # G (row أغادير, written أكادير)
 "canaries": ("region", "ES", 28.1, -15.4, "Canary Islands"),                           # K
 "juba": ("city", "SS", 4.85165, 31.58247, "Juba"),                                     # G
 # Libya: Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G (row أم الأرانب, written ام الارانب)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 # Libya: east and south-east, north-west
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),  # G* (row الحدود الليبية التشادية)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (also written أغاديز)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row أسامكا, written أساماكا)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما, written بلما)
 "north_niger": ("region", "NE", 20.11996, 11.22198, "Northern Niger"),                 # G
 "border_ne_ly": ("region", "NE", 22.3, 13.9, "Niger-Libya border (Niger side)"),       # K
 # Chad
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 # Algeria
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G (row إن قزام, written عين قزام)
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algeria side)"),  # G* (row الحدود الجزائرية النيجرية)
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G* (row شمال دارفور, written ولاية شمال دارفور)
}

TRAPS = {
 "qqy1": ["الكومبس", "هيومن رايتس ووتش", "الكتيبة 128", "المنظمة الدولية للهجرة", "صالح القطروني", "القطروني",
          "جهاز مكافحة الهجرة غير الشرعية", "لواء طارق بن زياد", "حكومة الوحدة الوطنية", "حزب اليسار",
          "النيجري", "النيجرية", "ليبية", "سويدية", "السويدية"],
 "qqy2": ["أمل، برلين!", "ميديكو إنترناشيونال", "ألارم فون الصحراء", "كتيبة سبل السلام",
          "جبهة التناوب والوفاق في تشاد", "الاتحاد الأوروبي", "سلمى الزواري", "الزوار", "تشادي", "تشاديين", "التشادي", "الألمانية", "ألماني"],
 "qqy3": ["أريفينو", "الجمعية المغربية لحقوق الإنسان", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "لغات",
          "مبالغات", "الجزائرية", "الجزائري", "جزائري", "المغربية", "الليبيتين", "الليبي", "كاميروني", "الروسية"],
 "qqy4": ["أكادير 24", "ألارم فون الصحراء", "الفيلق الإفريقي الروسي", "المنطقة العسكرية الثانية", "الاتحاد الأوروبي",
          "الليبية", "الليبي", "النيجرية", "النيجري", "نيجرية", "المغربية", "الروس"],
 "qqy5": ["راديو مرايا", "المنظمة الدولية للهجرة", "منظمة العفو الدولية", "كتيبة سبل السلام", "قوات الدعم السريع",
          "الليبية", "السوداني", "السودانيين"],
}

PHEN = {
 "qqy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qqy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqy4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqy5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqy1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون"]),
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["ماداما"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("advance", "denied", "Libyan National Army", [], ["ماداما"]),
  mv("deploy", "conditional", "Nigerien army", [], ["الحدود مع ليبيا"]),
 ],
 "qqy2": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["الحدود مع تشاد"]),
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"]),
  mv("withdraw", "conditional", "Libyan National Army", ["تازربو"], []),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("redeploy", "denied", "Chadian armed groups", ["ام الارانب"], ["القطرون"]),
 ],
 "qqy3": [
  mv("deploy", "reported", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["منفذ إيسين"]),
  mv("airlift", "denied", "Russian forces", ["قاعدة براك الجوية"], ["مطار غات"]),
 ],
 "qqy4": [
  mv("airlift", "reported", "Nigerien army", ["نيامي"], ["مطار أغاديس"]),
  mv("withdraw", "reported", "Nigerien army", ["ماداما"], ["ديركو"]),
  mv("redeploy", "planned", "Nigerien army", [], ["سيغيدين", "بلما"]),
  mv("deploy", "denied", "Russian forces", [], ["ماداما"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["منفذ التوم"]),
 ],
 "qqy5": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"]),
  mv("shipment", "reported", None, ["الكفرة"], ["مثلث العوينات"]),
  mv("deploy", "planned", "Libyan National Army", [], ["تازربو"]),
  mv("withdraw", "conditional", "Libyan National Army", ["مثلث العوينات"], ["الكفرة"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["المالحة"]),
 ],
}

NOTES = {
 "qqy1": "Swedish Arabic-language news site (Alkompis) from Stockholm retelling a Human Rights Watch report on "
         "deportations Sabha→Niger: an LNA battalion's armed escort Sabha→Toummo crossing via Al Qatrun (the deportee "
         "trucks themselves are civilian), a Nigerien army reinforcement Agadez→Madama, a planned Tariq bin Ziyad escort "
         "Al Qatrun→the crossing («من هناك حتى المنفذ»), the LNA's denied incursion towards Madama and Niger's "
         "conditional deployment to the border with Libya (Niger side); IOM trucks Madama→Dirkou→Agadez, planned buses "
         "to Arlit, the planned transfer of 400 detainees to Al Qatrun, Tripoli's government and Sweden are not moves.",
 "qqy2": "Arabic/Farsi refugee news site (Amal, Berlin!) from Berlin: a Chadian refugee's story and a German NGO "
         "report on deportations from Kufra and Al Qatrun: a Subul al-Salam escort Kufra→the border with Chad (Libya "
         "side), Subul al-Salam reinforcements Kufra→Tazirbu, the force's conditional stay («لن تغادر تازربو إلا إذا», "
         "withdraw), the Chadian army's planned unit Faya-Largeau→Zouar and FACT's denied move Umm al-Aranib→Al Qatrun; "
         "deportee convoys, deportees sent overland to Zouar, smugglers' trucks towards Ajdabiya and Benghazi are not "
         "force moves; «الزوار» (visitors) holds زوار.",
 "qqy3": "Moroccan regional site (Ariffino) from Nador on an AMDH Nador report: an LNA unit escorting detainees Ghat→"
         "Isayen crossing, Algerian army reinforcements Illizi→Djanet, a conditional Algerian move Tamanrasset→In "
         "Guezzam (written عين قزام; the border with Niger only inside the condition), a planned LNA company Ubari→"
         "Isayen crossing and a denied Russian airlift Brak air base→Ghat airport; migrants walking to Djanet, Algerian "
         "deportation trucks to Assamaka (written أساماكا), onward trips to Arlit, Agadez and Morocco are civilian; "
         "«لغات» and «مبالغات» hold غات.",
 "qqy4": "Moroccan regional site (Agadir 24) from Agadir on an Alarme Phone Sahara report: a Nigerien army airlift "
         "Niamey→Agadez airport, a Nigerien unit's withdrawal Madama→Dirkou, a planned redeployment to Seguedine and "
         "Bilma (written بلما), the Russian Africa Corps' denied move to Madama and a conditional LNA reinforcement of "
         "the Toummo crossing (Madama only in the condition; Al Qatrun is the speaker's place); the migrants' route "
         "to Algeria, Morocco and the Canaries, the expulsion Sabha→Agadez and Moroccan buses are not force moves.",
 "qqy5": "UN radio in South Sudan (Radio Miraya) from Juba on South Sudanese detainees in Kufra: an IOM return flight "
         "Benina→Juba (planned, civilian) and detainees moved Tazirbu→Kufra (civilian) are not moves; LNA "
         "reinforcements Ajdabiya→Kufra («إلى المدينة»), ammunition trucks Kufra→Uweinat triangle (shipment, actor "
         "null), a planned Subul al-Salam company to Tazirbu, a conditional return Uweinat triangle→Kufra (withdraw) "
         "and the RSF's denied massing in Al Malha (North Darfur); Sabha, Tripoli, Sudan and Juba as government are "
         "not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqy1", "qqy2", "qqy3", "qqy4", "qqy5")
