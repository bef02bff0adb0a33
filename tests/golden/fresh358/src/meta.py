# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "benin": ("country", "BJ", 9.30715, 2.28152, "Benin"),                                  # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # Algeria (mv1, mv5)
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G (row spelled إن قزام)
 "inguezzam_wil": ("district", "DZ", 19.57361, 5.76806, "In Guezzam Province"),         # G* (town row)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_airport": ("airport", "DZ", 22.8114, 5.4511, "Tamanrasset Aguenar Airport"),      # K
 "tinzaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                    # G (row spelled تين زواتين)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algerian side)"),  # G* (الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algerian side)"),  # G* (الحدود الجزائرية المالية)
 # Niger (mv2, mv3, mv5)
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Nigerien side)"),  # G* (الحدود النيجرية الجزائرية)
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (row spelled أسامكا)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_region": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),               # G (district row)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),   # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Niamey Diori Hamani Airport"), # G
 "iferouane": ("town", "NE", 19.06250, 8.42000, "Iferouane"),                           # G
 "air": ("region", "NE", 18.5, 8.5, "Air Mountains"),                                   # K
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado"),                                # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                # G
 "agadem": ("oilfield", "NE", 16.0, 13.0, "Agadem oil field"),                          # K
 "tenere": ("region", "NE", 19.0, 11.0, "Tenere desert"),                               # K
 # Libya (mv3, mv4)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (الحدود الليبية النيجرية)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Tobruk port"),                 # G* (Tobruk city row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "alwigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                      # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 # Mauritania (mv5 dateline)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
}

TRAPS = {
 "mv1": ["الجيش الوطني الشعبي", "وكالة الأنباء الجزائرية", "الناحية العسكرية السادسة", "نيجرية", "النيجرية",
         "إذاعة تمنراست الجهوية", "جزائرية"],
 "mv2": ["بي بي سي", "الجيش النيجري", "آير إنفو", "المنظمة الدولية للهجرة", "الجزائرية", "دعم مالي", "لا أدري"],
 "mv3": ["يورونيوز", "تيلي ساحل", "القوات الفرنسية", "القيادة العامة الليبية", "الأراضي النيجرية", "الجانب الليبي",
         "مادام", "فرنك إفريقي"],
 "mv4": ["القيادة العامة للقوات المسلحة العربية الليبية", "قناة المسار", "العقيد مسعود القطروني",
         "المنطقة العسكرية سبها", "جهاز حرس الحدود", "تشاديين", "نيجري", "قيادة المنطقة الجنوبية",
         "عبد الحكيم الإدريسي", "حكومة الوحدة الوطنية"],
 "mv5": ["وكالة الأخبار المستقلة", "تحالف دول الساحل", "الجيش النيجري", "الجزائرية", "الفيلق الإفريقي", "روسية",
         "روسيتان", "الليبي", "موريتاني", "سيدي محمد الشنقيطي", "دعماً مالياً", "إجمالي"],
}

PHEN = {
 "mv1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
         "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "mv2": ["spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_idri", "border_phrase",
         "town_vs_district", "coverage_neighbours", "countries"],
 "mv3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "mv4": ["clitics", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "mv5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "mv1": [
  mv("reinforce", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("shipment", "reported", "Algerian army", ["تمنراست"], ["عين قزام"]),
  mv("airlift", "planned", "Algerian army", ["مطار تمنراست"], ["عين قزام"]),
  mv("redeploy", "conditional", "Algerian army", ["عين قزام"], ["تين زاواتين"]),
  mv("mobilise", "denied", "Algerian army", [], ["أساماكا"]),
 ],
 "mv2": [
  mv("reinforce", "reported", None, ["أغاديس"], ["أرليت"]),
  mv("deploy", "planned", None, [], ["أساماكا"]),
  mv("advance", "conditional", None, ["أرليت"], ["إيفروان"]),
  mv("withdraw", "denied", None, ["أرليت"], ["أغاديس"]),
 ],
 "mv3": [
  mv("airlift", "reported", None, ["مطار نيامي"], ["مطار ديركو"]),
  mv("reinforce", "reported", None, ["ديركو"], ["قاعدة ماداما"], ["سيغيدين"]),
  mv("deploy", "planned", None, [], ["جادو"]),
  mv("reinforce", "conditional", None, ["أغاديس"], ["بيلما"]),
  mv("advance", "denied", "Libyan National Army", [], ["ماداما"], ["منفذ التوم"]),
 ],
 "mv4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["القطرون", "تجرهي"]),
  mv("shipment", "reported", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("deploy", "planned", "Libyan National Army", [], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["منفذ التوم"], ["مثلث السلفادور"]),
  mv("withdraw", "denied", "Libyan National Army", ["التوم"], ["القطرون"]),
 ],
 "mv5": [
  mv("deploy", "reported", None, ["أرليت"], ["أساماكا"]),
  mv("airlift", "reported", "Russian forces", ["نيامي"], ["مطار أغاديس"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("naval_landing", "planned", "Russian forces", [], ["ميناء طبرق"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["إن قزام"]),
  mv("mobilise", "denied", "Algerian army", [], ["تمنراست"]),
  mv("withdraw", "conditional", None, ["أساماكا"], ["أرليت"]),
 ],
}

NOTES = {
 "mv1": "APS-style Algerian MoD communiqué: reinforcement Tamanrasset->In Guezzam (reported), a supply convoy "
        "Tamanrasset->«المدينة» = In Guezzam (reported shipment), helicopter airlift Tamanrasset airport->In Guezzam "
        "(planned, «من المرتقب»), a redeploy In Guezzam->Tin Zaouatine «في حال» (conditional), «حشد قوات جزائرية» facing "
        "Assamaka denied (mobilise); deportation of migrants by bus and on foot and traders from Arlit are not "
        "movements; In Guezzam wilaya vs town; border phrases with Niger and Mali.",
 "mv2": "BBC Arabic on Niger's north: army reinforcement Agadez->Arlit (reported), a company for Assamaka «تعتزم» "
        "(planned), a possible advance Arlit->Iferouane «إذا ثبت» (conditional), a Facebook claim of a pull-back "
        "Arlit->Agadez denied; IOM buses Assamaka->Arlit->Agadez and a Malian migrant are not movements; «آير إنفو» "
        "vs Air mountains, «دعم مالي» vs Mali, «لا أدري» vs Idri, Agadez region vs city.",
 "mv3": "Euronews-style report: C-130 Niamey airport->Dirkou airport (reported) and the same troops on by road "
        "Dirkou->Madama base via Seguedine (reported), a post on the Djado plateau (planned), Agadez->Bilma «ما لم» "
        "(conditional), an LNA crossing at Toummo towards Madama denied; migrant trucks Agadez->Dirkou->Libya are not "
        "movements; Niger's Djado vs Libya's Jadu; «مادام» common word vs Madama; Agadem oil field, Tripoli/Benghazi.",
 "mv4": "Libyan TV (Al-Masar) on the LNA at Toummo: column Sabha->Toummo crossing via Al Qatrun and Tajarhi (reported; "
        "the reporter's «طلائع الرتل بلغت القطرون» is the same move), fuel/ammunition convoy Al Qatrun->the crossing "
        "(«المنفذ», reported shipment), a company for Al Wigh base (planned), an advance to the Salvador triangle «إذا» "
        "(conditional), a pull-back Toummo->Al Qatrun denied; migrant trucks, a past clash near Tajarhi and a Nigerien "
        "delegation's visit to Sabha are not movements; «القطروني», «الإدريسي», «المنطقة العسكرية سبها» traps.",
 "mv5": "Mauritanian agency analysis of the Algeria-Niger standoff: Nigerien battalion Arlit->Assamaka (reported), "
        "Russian Il-76 Niamey->Agadez airport (reported), two Russian ships unloading at Tobruk port (reported) and a "
        "third landing ship due at «الميناء نفسه» (planned), Algerian redeploy Bordj Badji Mokhtar->In Guezzam "
        "(planned, spelled إن قزام), massing at Tamanrasset denied, pull-back Assamaka->Arlit «إذا» (conditional); "
        "Niamey as government metonymy; «للنيجر» clitic; «دعماً مالياً»/«إجمالي» vs Mali; Agadem oil field.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mv1", "mv2", "mv3", "mv4", "mv5")
