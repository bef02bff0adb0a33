# key -> (kind, country, lat, lon, name, source). Source: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind/spelling; K = own knowledge / representative point
# (see README "Coordinates not from the gazetteer").
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya", "G"),
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad", "G"),
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger", "G"),
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan", "G"),
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt", "G"),
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria", "G"),
 # cities used in several articles
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi", "G"),
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli", "G"),
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha", "G"),
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun", "G"),
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib", "G"),
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi", "G"),
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya", "G* row جنوب ليبيا"),
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi", "G (bt4 spelling كوري بوغدي: G*)"),
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)", "G* row الحدود الليبية التشادية"),
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)", "G* row الحدود الليبية النيجرية"),
 "el_feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field", "G"),
 # bt1 Umm al-Aranib -> Waw an-Namus
 "waw": ("region", "LY", 24.92000, 17.77000, "Waw an Namus", "G"),
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq", "G"),
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah", "G"),
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base", "G"),
 # bt2 Al Malha, the Uweinat triangle, Kufra
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan", "G"),
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha", "G"),
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur", "G"),
 "triangle_eg": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle", "G* row مثلث العوينات"),
 "wadi_howar": ("region", "SD", 17.30, 26.50, "Wadi Howar", "K"),
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah", "K"),
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State", "G"),
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra", "G"),
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality", "G* town row as district"),
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport", "G"),
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat", "K"),
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)", "G* row الحدود الليبية السودانية"),
 "border_sd_ly": ("region", "SD", 20.80, 25.30, "Sudan-Libya border (Sudanese side)", "K"),
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base", "G* row قاعدة بنينا الجوية"),
 # bt3 Al Wigh -> Tummo, Madama
 "wigh": ("village", "LY", 24.18590, 14.53280, "Al Wigh", "G* base row as village"),
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base", "G"),
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing", "G"),
 "tummo_plain": ("crossing", "LY", 22.65000, 14.20000, "Toummo", "G* row منفذ التوم, spelling تومو"),
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya", "G"),
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama", "G (row ماداما)"),
 "border_ne_ly": ("region", "NE", 22.30, 13.90, "Niger-Libya border (Nigerien side)", "K"),
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers", "G"),
 # bt4 Tibesti
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena", "G* city row نجامينا"),
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti", "G"),
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour", "G"),
 "border_td_ly": ("region", "TD", 22.30, 17.00, "Chad-Libya border (Chadian side)", "K"),
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai", "G"),
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau", "G"),
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)", "G* row الحدود التشادية السودانية"),
 # bt5 Djanet -> the Salvador pass
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet", "G"),
 "djanet_wilaya": ("district", "DZ", 24.55528, 9.48500, "Djanet province", "G* town row as district"),
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport", "G"),
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador pass", "G* row مثلث السلفادور"),
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali", "G"),
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset", "G"),
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi", "G"),
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat", "G"),
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat", "G"),
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing", "G"),
 "tripoint_dz": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle", "G"),
}

LNA, CAG, SAG, DZA = "Libyan National Army", "Chadian armed groups", "Sudanese armed groups", "Algerian army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "bt1": ["ليبيا الحدث", "علي القطروني", "جبهة التناوب والوفاق في تشاد", "تشاديين", "الجانب التشادي"],
 "bt2": ["سودان تريبيون", "قوات الدعم السريع", "كتيبة سبل السلام", "إدريس", "السوداني", "سودانية",
         "ليبية"],
 "bt3": ["خالد الإدريسي", "الجديد", "النيجري", "نيجرية", "التشادي", "السلطات الليبية"],
 "bt4": ["العين الإخبارية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "اللواء طارق بن زياد", "الجيش التشادي",
         "التشادية", "الجانب الليبي"],
 "bt5": ["الناحية العسكرية الرابعة", "مالياً", "التراب الليبي", "الأراضي الليبية",
         "جزائرية"],
}

PHEN = {
 "bt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "bt2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "nisba",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "bt3": ["spelling", "multiword", "person_trap", "ambiguity_idri", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "bt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "coverage_neighbours", "countries"],
 "bt5": ["clitics", "multiword", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "bt1": [
  mv("withdraw", "reported", CAG, ["أم الأرانب"], ["واو الناموس"]),
  mv("advance", "reported", LNA, ["تمسة"], ["واو الناموس"]),
  mv("withdraw", "reported", CAG, [], ["الحدود مع تشاد"]),
  mv("shipment", "reported", LNA, ["سبها"], ["تمسة"]),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت"], ["القطرون", "تجرهي"]),
  mv("advance", "conditional", LNA, [], ["الحدود مع تشاد"]),
  mv("mobilise", "denied", CAG, [], ["كوري بوقودي"]),
 ],
 "bt2": [
  mv("withdraw", "reported", SAG, ["المالحة"], ["المثلث الحدودي"]),
  mv("advance", "reported", SAG, ["المالحة"], ["وادي هور"]),
  mv("reinforce", "reported", None, ["الدبة"], ["وادي هور"]),
  mv("withdraw", "denied", SAG, ["السودان"], ["الكفرة"], ["المثلث الحدودي"]),
  mv("redeploy", "reported", LNA, ["الكفرة"], ["جبل العوينات", "الحدود مع السودان"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "conditional", SAG, [], ["الحدود مع ليبيا"]),
 ],
 "bt3": [
  mv("withdraw", "reported", None, ["تجرهي"], ["منفذ التوم", "النيجر"]),
  mv("advance", "reported", LNA, ["قاعدة الويغ"], ["تومو"]),
  mv("withdraw", "denied", LNA, ["تومو"], ["الويغ"]),
  mv("reinforce", "planned", LNA, ["القطرون"], ["الويغ"]),
  mv("deploy", "conditional", None, ["قاعدة ماداما"], ["الحدود مع ليبيا"]),
 ],
 "bt4": [
  mv("withdraw", "reported", CAG, ["وور"], ["الحدود مع ليبيا"]),
  mv("advance", "reported", None, ["برداي"], ["كوري بوغدي"]),
  mv("airlift", "planned", None, ["إنجامينا"], ["فايا لارجو"]),
  mv("advance", "conditional", None, [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", CAG, [], ["ليبيا"]),
  mv("redeploy", "reported", CAG, [], ["تيبستي"]),
  mv("mobilise", "reported", LNA, [], ["القطرون", "أم الأرانب"]),
 ],
 "bt5": [
  mv("withdraw", "reported", None, ["جانت"], ["ممر السلفادور"]),
  mv("shipment", "reported", None, ["ليبيا"], ["شمال مالي"]),
  mv("advance", "reported", DZA, ["جانت"], ["ممر السلفادور"]),
  mv("airlift", "reported", DZA, ["تمنراست"], ["مطار جانت"]),
  mv("redeploy", "planned", DZA, ["إليزي"], ["جانت"]),
  mv("advance", "denied", DZA, [], ["غات"]),
  mv("deploy", "conditional", LNA, [], ["العوينات", "حقل الفيل"]),
 ],
}

NOTES = {
 "bt1": "Pursuit in one sentence: «طاردت ... مجموعة ... فرّت من محيط أم الأرانب باتجاه واو الناموس» is the gunmen's "
        "withdrawal (reported); the LNA pursuit has its own origin (تمسة) and end (مشارف واو الناموس). Two attackers' "
        "cars escaping towards the Chad border is a second leg by part of the group. Supply trucks Sabha→Tmassah = "
        "shipment; a company from Tamanhint to Al Qatrun and Tajarhi is planned (الحدود مع النيجر is its purpose, not a "
        "destination); «ستطاردهم حتى الحدود مع تشاد إذا لم يستسلموا» is conditional (headline «حتى الحدود» = same move); "
        "FACT's denied mobilisation at Kouri Bougoudi. Traps: علي القطروني, جبهة التناوب والوفاق في تشاد, ليبيا الحدث.",
 "bt2": "Both sides in one sentence: the Joint Force pursues the RSF who withdrew under fire from Al Malha towards the "
        "Uweinat triangle (RSF withdraw, reported); the Joint Force's advance Al Malha→Wadi Howar; army reinforcements "
        "from Ad Dabbah «إلى الوادي» (= Wadi Howar, actor null: the Sudanese army is not a canonical actor). The claimed "
        "flight of RSF fighters via the triangle to Kufra is denied by Subul al-Salam (one move, origin السودان from "
        "the denial's «قادم من السودان»); Subul al-Salam's redeployment Kufra→Jebel Uweinat and the Sudan border is "
        "reported; the airlift Benina→Kufra airport is planned; «ستواصل الملاحقة حتى الحدود مع ليبيا إذا لم تُلقِ» is "
        "conditional. «لن تعبر الحدود» has no place and is not a movement; «المثلث» alone is not annotated.",
 "bt3": "A border patrol from Al Wigh base chases a fuel-smuggling convoy that fled from a checkpoint east of Tajarhi "
        "to the Tummo crossing and on into Niger (smugglers withdraw, actor null; «على الحدود مع النيجر» locates Tummo and "
        "is not a destination). Patrol advance base→Tummo (anaphora «خرجت من القاعدة»); its rumoured retreat under fire "
        "Tummo→Al Wigh is denied; reinforcements Al Qatrun→Al Wigh are planned; the Nigerien army's move from Madama "
        "to the border is conditional (actor null). The El Feel field is only the source of the fuel; Tripoli and "
        "Algiers are a government and a meeting venue. Traps: خالد الإدريسي (Idri), «والجديد» (Al Jadid).",
 "bt4": "Chadian army (actor null) pursues CCMSR rebels who withdrew under air fire from Wour towards the Libyan "
        "border (reported); a column Bardai→Kouri Bougoudi (spelled كوري بوغدي); a planned airlift N'Djamena→Faya-Largeau; "
        "«سنطاردهم حتى الحدود مع ليبيا إن لم يسلّموا» conditional; the rebels deny fleeing to Libya (denied) and say they "
        "«أعادوا تموضعهم» inside Tibesti (reported redeploy); LNA mobilisation at Al Qatrun and Umm al-Aranib. "
        "إنجامينا as the government and الحدود الشرقية مع السودان are gold places, not movement places.",
 "bt5": "Algerian outlet: army detachments chase an arms-smuggling gang that fled from near Djanet towards the Salvador "
        "pass (gang withdraw, actor null; army advance Djanet→Salvador pass); the gang's cargo Libya→northern Mali is a "
        "shipment (actor null); a reported airlift Tamanrasset→Djanet airport; a planned redeployment from Illizi into "
        "ولاية جانت (district); the MoD denies an incursion towards Ghat; the Ghat force's patrols to Al Awaynat and El "
        "Feel are conditional («إذا ثبت»). Dateline الجزائر = Algiers, «بين الجزائر وليبيا» = the country. Trap: "
        "«دعماً مالياً» (Mali).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("bt1", "bt2", "bt3", "bt4", "bt5")
