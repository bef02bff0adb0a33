# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label, spelling or kind (listed in the README);
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer").
P = {
 # countries and foreign cities
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                  # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                       # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                 # G
 # Niger
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                  # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                  # G (also written أغاديز)
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),               # G* (row district:NE-1, written إقليم أغاديس)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Mano Dayak International Airport"),  # G
 "base201": ("base", "NE", 16.95030, 8.01390, "Niger Air Base 201"),                     # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                    # G
 "iferouane": ("town", "NE", 19.06250, 8.42000, "Iferouane"),                            # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                        # G (row صحراء تينيري; also written التينيري, G*)
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),              # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                   # G (row بيلما; also written بلما, G*)
 "fachi": ("town", "NE", 18.09793, 11.58591, "Fachi"),                                   # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                        # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                              # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                 # G (region row; not the Libyan town Jadu)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G (base row; bare ماداما and قاعدة ماداما)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                           # G (row أسامكا)
 "border_ne_ly": ("region", "NE", 22.7, 13.6, "Niger-Libya border (Niger side)"),        # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Niger side)"),  # G* (row الحدود النيجرية التشادية)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                  # G (row مثلث السلفادور)
 "salvador_pass": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                 # G* (row مثلث السلفادور, written ممر السلفادور)
 # Libya
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G (also written قطرون)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G (row قاعدة الويغ; bare الويغ same key)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G* (row تجرهي, written التجرهي)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),  # G* (row الحدود الليبية النيجرية)
 # Algeria and Chad
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام, written عين قزام)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
}

TRAPS = {
 "qrd1": ["بونفيري", "القوات المسلحة النيجرية", "النيجري", "الجبهة الوطنية للتحرير"],
 "qrd2": ["وكالة إيكوفين", "سومير", "روساتوم", "الروسية", "الروسي", "الجديدة", "دعم مالي", "الشمالية", "الروس", "تلفزيون الساحل",
          "المجموعة الاقتصادية لدول غرب إفريقيا", "تحالف دول الساحل", "النيجرية"],
 "qrd3": ["منطقة سبها العسكرية", "وكالة الصحافة الإفريقية", "القيادة العامة للجيش الوطني الليبي", "اللواء طارق بن زياد",
          "مسعود القطروني", "قناة ليبيا الحدث", "المنظمة الدولية للهجرة", "النيجرية", "نيجرية", "نيجري", "ليبي",
          "ليبية"],
 "qrd4": ["ساحليان", "القوات المسلحة النيجرية", "الفيلق الإفريقي", "النيجري", "نيجري", "الليبي", "الليبيين", "روسية", "روس"],
 "qrd5": ["لاكتواليتيه", "الجديد", "جبهة الوفاق من أجل التغيير في تشاد", "طارق بن زياد", "نيجرية", "نيجري", "روسياً",
          "عملية رمال كوار", "الكوارث"],
}

PHEN = {
 "qrd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qrd2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrd4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qrd5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qrd1": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["ديركو"], ["صحراء تينيري"]),
  mv("deploy", "planned", "Nigerien army", ["ديركو"], ["سيغيدين"]),
  mv("withdraw", "denied", "Nigerien army", ["قاعدة ماداما"], ["ديركو"]),
  mv("withdraw", "conditional", "Nigerien army", ["أرليت"], ["أغاديس"]),
 ],
 "qrd2": [
  mv("airlift", "reported", "Nigerien army", ["مطار نيامي"], ["مطار أغاديس"]),
  mv("deploy", "planned", "Nigerien army", ["أغاديس"], ["أرليت"]),
  mv("deploy", "conditional", "Russian forces", ["نيامي"], ["أرليت"]),
  mv("shipment", "denied", None, ["ليبيا"], ["جادو"], ["منفذ التوم"]),
 ],
 "qrd3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["القطرون", "قاعدة الويغ"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["الويغ"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["التجرهي"]),
 ],
 "qrd4": [
  mv("deploy", "reported", "Nigerien army", ["قاعدة ماداما"], ["ممر السلفادور"]),
  mv("redeploy", "reported", "Nigerien army", ["سيغيدين"], ["شيرفا"]),
  mv("airlift", "planned", "Russian forces", ["مطار نيامي"], ["مطار ديركو"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["مثلث السلفادور"]),
  mv("deploy", "denied", "Russian forces", ["ليبيا"], ["ماداما"], ["منفذ التوم"]),
 ],
 "qrd5": [
  mv("deploy", "reported", "Nigerien army", ["بيلما"], ["فاشي"]),
  mv("advance", "conditional", "Nigerien army", ["ديركو"], ["الحدود مع تشاد"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوقودي"]),
  mv("deploy", "planned", "Russian forces", ["نيامي"], ["القاعدة الجوية 201"]),
  mv("advance", "denied", "Libyan National Army", ["قطرون"], ["الحدود مع النيجر"]),
 ],
}

NOTES = {
 "qrd1": "Nigerien private radio-TV (Bonferey) from Agadez: a Nigerien army and National Guard column Agadez→Dirkou "
         "across the Tenere (reinforce, via), a planned detachment Dirkou→Seguedine (the axis «حتى قاعدة ماداما والحدود "
         "مع ليبيا» is its purpose, not a destination), the defence ministry's denial of a Madama base→Dirkou pull-out, "
         "the National Guard's conditional return Arlit→Agadez («لن تعود ... إلا إذا»); the rebels' claimed roadblock "
         "Agadez–Iferouane, the Arlit–Agadez road ambushes, migrants' trucks Agadez→Libya via Seguedine, Niamey (the "
         "ministry) and the headline are not movements or movement places.",
 "qrd2": "French-language economic agency (Agence Ecofin) on uranium and gold: a C-130 with a special-forces company "
         "Niamey airport→Agadez airport, its planned road move Agadez→Arlit, Russian instructors' conditional move "
         "Niamey→Arlit («لن ينتقلوا ... إلا بعد»), a denied arms shipment Libya→Djado via the Toummo crossing (actor "
         "null); gold smuggled towards Algeria and Libya, a commercial yellowcake convoy leaving Arlit, Moscow's "
         "«دعم مالي» (common word beside the country Mali) and Niger's withdrawal from ECOWAS are not movements.",
 "qrd3": "Pan-African wire (APA) from Niamey: an LNA (Tariq bin Ziyad brigade) reinforcement Sabha→Al Qatrun and Al "
         "Wigh base, a planned company Al Qatrun→the Toummo crossing, a conditional airlift Tamanhint base→Al Wigh (the "
         "Salvador pass only in the condition), Niamey's denial of a patrol's incursion Madama→Tajarhi; the Libyan "
         "delegation's visit to Niamey, the migrants deported via Qatrun to Dirkou and bussed to Agadez by IOM, "
         "Tripoli's reservations and Fezzan are not movements or movement places.",
 "qrd4": "Sahel news site (Sahelien.com) from Bilma: a Nigerien army unit Madama base→the Salvador pass, a National "
         "Guard rotation Seguedine→Chirfa last month (redeploy, reported), a planned Russian (Africa Corps) cargo "
         "flight Niamey airport→Dirkou airport, the LNA's conditional advance Al Wigh base→the Salvador triangle "
         "(Niamey and Algeria only in the condition), a denied Africa Corps move Libya→Madama via Toummo; gold "
         "prospectors from Chad and Sudan, Algeria's deportations via In Guezzam (written عين قزام) to Assamaka, the "
         "Murzuq–Qatrun road and the triple border are not movements or movement places.",
 "qrd5": "Nigerien weekly (L'Actualité) column on Kawar: the Azalai salt caravan Bilma→Agadez via Fachi (civilian, "
         "not a move) and its National Guard camel escort Bilma (written بيلما)→Fachi (deploy, reported), the Dirkou "
         "battalion's conditional advance to the border with Chad, FACT massing at Kouri Bougoudi (mobilise, "
         "reported), Russian instructors planned Niamey→Air Base 201, the LNA's denied column Qatrun→the border with "
         "Niger; «الجديد» (new), «الكوارث» (holds كوار) and the operation «رمال كوار» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qrd1", "qrd2", "qrd3", "qrd4", "qrd5")
