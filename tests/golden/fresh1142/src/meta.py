# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 # Libya: Al Wahat (Jalu, Awjila), Tazirbu, Kufra, the oil fields and the coast
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G (also written جالوا)
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                   # G
 "wahat": ("district", "LY", 29.02035, 20.78359, "Al Wahat District"),                     # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G (also written السرير alone)
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                     # G (also written مسلة alone)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G (also written تيزربو)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                              # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G (also written الكفره)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "taj": ("town", "LY", 24.20487, 23.28570, "At Taj"),                                      # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                            # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),     # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libya side)"),   # G* (row الحدود الليبية التشادية)
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G* (row جنوب شرق ليبيا, written الجنوب الشرقي)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا, written الجنوب الليبي)
 # Sudan
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                  # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                   # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                         # G
 "atrun": ("village", "SD", 18.16670, 26.60000, "Al Atrun"),                               # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                          # G
 "dabbah": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                # G (row الدبه, written الدبة)
 # Egypt
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "new_valley": ("district", "EG", 24.79939, 28.92955, "New Valley Governorate"),           # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                   # G
 "east_owainat": ("town", "EG", 22.58, 28.72, "East Owainat"),                             # K
}

TRAPS = {
 "qra1": ["مديرية أمن الواحات", "شركة البريقة لتسويق النفط", "الجالوي", "كتيبة سبل السلام", "سبل السلام",
          "لواء طارق بن زياد"],
 "qra2": ["شركة الخليج العربي للنفط", "الخليج العربي للنفط", "السريرية", "لواء طارق بن زياد",
          "شركة البريقة لتسويق النفط", "كتيبة سبل السلام"],
 "qra3": ["تاسيتي نيوز", "قوات الدعم السريع", "الدعم السريع", "القوة المشتركة", "الجيش الوطني الليبي",
          "حركة جيش تحرير السودان", "الفاشري", "الليبية", "ليبية"],
 "qra4": ["مديرية أمن تازربو", "اللواء 73 مشاة", "الواحات الصغيرة", "التشادية", "الزوية"],
 "qra5": ["بوابة الدولة الإخبارية", "بوابة الدولة", "اللواء 106 مجحفل", "قوات الدعم السريع", "الجيش المصري",
          "المصري", "المصرية", "الليبية", "ليبية", "الزوية"],
}

PHEN = {
 "qra1": ["clitics", "spelling", "media_trap", "operation_trap", "person_trap", "vague_area"],
 "qra2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "coverage_bases",
          "coverage_oil"],
 "qra3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_neighbours", "countries"],
 "qra4": ["clitics", "spelling", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
          "coverage_neighbours", "countries"],
 "qra5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qra1": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جالو"]),
  mv("deploy", "reported", "Libyan National Army", ["جالو"], ["الكفرة"]),
  mv("deploy", "planned", "Libyan National Army", ["أجدابيا"], ["جالو"]),
  mv("reinforce", "conditional", "Libyan National Army", ["الكفرة"], ["بزيمة"]),
  mv("advance", "denied", None, [], ["أوجلة"]),
 ],
 "qra2": [
  mv("deploy", "reported", "Libyan National Army", ["أجدابيا"], ["حقل السرير"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["حقل السرير"]),
  mv("withdraw", "denied", "Libyan National Army", ["حقل مسلة"], ["الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["حقل السرير"]),
 ],
 "qra3": [
  mv("reinforce", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["مثلث العوينات"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["السودان"]),
  mv("deploy", "planned", "Sudanese armed groups", [], ["وادي هور", "العطرون"]),
  mv("deploy", "conditional", "Sudanese army", ["الدبة"], ["كرب التوم"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["وادي هور"], ["الدبة"]),
 ],
 "qra4": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["تازربو"], ["جالو"]),
  mv("deploy", "planned", "Libyan National Army", ["تيزربو"], ["ربيانة", "بزيمة"]),
  mv("advance", "denied", None, ["ربيانة"], ["بزيمة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["تازربو"], ["الكفرة"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["الحدود مع تشاد"]),
 ],
 "qra5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "reported", None, ["التاج"], ["الهواري"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", ["مثلث العوينات"], ["الكفرة"]),
  mv("deploy", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
}

NOTES = {
 "qra1": "Al-Wahat Security Directorate media office from Jalu: a 36-truck civilian fuel convoy Jalu→Kufra/Tazirbu "
         "(not a movement; eight trucks go on alone to Tazirbu, written تيزربو), a Subul al-Salam company that came "
         "Kufra→Jalu and now escorts the convoy Jalu→Kufra, a planned Tariq bin Ziyad company Ajdabiya→Jalu, a "
         "conditional reinforcement Kufra→around Buzayma («إذا تكرر اعتراض الشاحنات») and a denied entry of gunmen into "
         "Awjila (actor null); the headline spells الكفره; the December robbery near Buzayma, Benghazi (command, "
         "government), Al Wahat (municipal councils) and the South-East are not movement places; الجالوي holds جالو.",
 "qra2": "AGOCO media department from Benghazi on the Sarir field: an LNA (Tariq bin Ziyad) force Ajdabiya→Sarir "
         "field (written «الحقل»), a planned military flight Benina air base→the Sarir field airstrip, the denied "
         "pull-out of Subul al-Salam from the Messla field towards Kufra and a conditional company Tazirbu→Sarir field "
         "(«في حال تكرر الاعتداء»); the workers' bus from Jalu (written جالوا), the ambulance flight to Benghazi, fuel "
         "tankers Jalu→the field without escort, 2020 photos of columns and crude piped السرير→Marsa al-Hariga are not "
         "movements; «الرعاية السريرية» holds السرير, the company name holds الخليج العربي, «مسلة» alone is the field.",
 "qra3": "Sudanese news site (Taseeti News) from Port Sudan: an RSF column of reinforcements Kufra→Al Malha via the "
         "Uweinat triangle, the LNA's denied arms/fuel shipments Kufra→Sudan, a planned Joint Force deployment to Wadi "
         "Howar and Al Atrun, the Sudanese army's conditional move Ad Dabbah→Karb al-Tom and a denied Joint Force "
         "(SLA) pull-back Wadi Howar→Ad Dabbah; refugees El Fasher→Kufra (written الكفره), fuel reaching Al Malha from "
         "Libya, El Fasher as distance reference, Port Sudan as government and North Darfur as locator are not "
         "movements or movement places; الفاشري (spokesman) holds الفاشر.",
 "qra4": "Tazirbu Security Directorate media office: Brigade 73 reinforcements Ajdabiya→Tazirbu via Jalu, a planned "
         "company Tazirbu (written تيزربو)→Rebiana and Buzayma, a denied Tebu gunmen's move Rebiana→Buzayma (actor "
         "null), the unit's conditional move Tazirbu→Kufra («لن تغادر ... إلا بعد») and Chadian opposition fighters "
         "massing near the border with Chad (Libya side); eight fuel trucks from Jalu (written جالوا) without escort, "
         "smuggling routes towards Kufra, the 2018 attack and «الواحات الصغيرة» (small oases) are not movements.",
 "qra5": "Egyptian news portal (Bawabat Al-Dawla) from Cairo: an LNA airlift Benina air base→Kufra airport (Brigade "
         "106), Zuwaya gunmen advancing At Taj→Al Hawari (actor null), a planned LNA battalion Kufra→the border with "
         "Sudan, the RSF's denied crossing Uweinat triangle→Kufra and the Egyptian army's conditional deployment to "
         "East Owainat (the triangle only in the condition); Cairo as government, trade trucks Kufra↔East Owainat, "
         "the New Valley governor speaking from Kharga and displacement from Sudan and Libya are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qra1", "qra2", "qra3", "qra4", "qra5")
