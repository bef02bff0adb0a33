# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                                   # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                          # G
 "car": ("country", "CF", 6.61471, 20.63269, "Central African Republic"),                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                     # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                    # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                        # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 # cities
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                    # G
 "latakia": ("city", "SY", 35.53125, 35.79088, "Latakia"),                                  # G
 "tartus": ("city", "SY", 34.88902, 35.88659, "Tartus"),                                    # G
 "damascus": ("city", "SY", 33.51020, 36.29128, "Damascus"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "bamako": ("city", "ML", 12.60915, -7.97522, "Bamako"),                                    # G
 "ouaga": ("city", "BF", 12.36566, -1.53388, "Ouagadougou"),                                # G
 "bobo": ("city", "BF", 11.17715, -4.29790, "Bobo-Dioulasso"),                              # K
 "bangui": ("city", "CF", 4.36122, 18.55496, "Bangui"),                                     # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                      # G* (row spelled ربات)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                           # G
 "nema": ("city", "MR", 16.61700, -7.25650, "Nema"),                                        # K
 # towns
 "jableh": ("town", "SY", 35.36210, 35.92559, "Jableh"),                                    # K
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                       # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                           # G* (row تينزاواتين)
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                           # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                           # G
 "nara": ("town", "ML", 15.16810, -7.28630, "Nara"),                                        # K
 "bassikounou": ("town", "MR", 15.86640, -5.96830, "Bassikounou"),                          # K
 "adel_bagrou": ("town", "MR", 15.53360, -7.04220, "Adel Bagrou"),                          # K
 "fassala": ("town", "MR", 15.55000, -5.51670, "Fassala"),                                  # K
 # bases and airports
 "hmeimim": ("base", "SY", 35.40111, 35.94861, "Khmeimim Air Base"),                        # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G* (row قاعدة بنينا الجوية)
 "baltiysk": ("base", "RU", 54.65310, 19.91420, "Baltiysk naval base"),                     # K
 "chkalovsky": ("airport", "RU", 55.87830, 38.06170, "Chkalovsky airfield"),                # K
 "bamako_airport": ("airport", "ML", 12.53350, -7.94990, "Bamako-Senou (Modibo Keita) International Airport"),  # K
 # ports and oil
 "tartus_port": ("crossing", "SY", 34.88902, 35.88659, "Port of Tartus"),                   # G* (Tartus city row)
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (Tobruk city row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 # districts
 "latakia_gov": ("district", "SY", 35.60000, 36.05000, "Latakia Governorate"),              # K
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),               # G* (city row)
 "jufra_d": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                             # G
 "hodh": ("district", "MR", 18.00000, -6.80000, "Hodh Ech Chargui"),                        # K
 # regions
 "east_ly": ("region", "LY", 31.50000, 21.50000, "Eastern Libya"),                          # K
 "north_sy": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                        # G
 "north_ml": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                         # G
 "sahel": ("region", "ML", 15.50000, -1.50000, "Sahel"),                                    # K
 "border_ml_dz": ("region", "ML", 21.87911, -0.25308, "Mali-Algeria border (Malian side)"), # G* (row الحدود المالية الجزائرية)
 "border_ml_mr": ("region", "ML", 15.35000, -7.30000, "Mali-Mauritania border (Malian side, near Nara)"),     # K
 "border_mr_ml": ("region", "MR", 15.60000, -6.50000, "Mauritania-Mali border (Mauritanian side)"),          # K
}

TRAPS = {
 "rq1": ["عنب بلدي", "«تاس»", "أبو محمد الطرطوسي", "الطريق الساحلي", "صفحة «قاعدة حميميم»", "سورياً", "السورية",
         "الروسية"],
 "rq2": ["سبوتنيك", "الروسية", "البوركينية", "الليبية", "الجيش الوطني الليبي", "«كاليننغراد»", "الفيلق الأفريقي",
         "الجزائري"],
 "rq3": ["المدن", "السورية", "اللواء طارق بن زياد", "سالم الطبرقي", "الليبية", "موانئ حفتر"],
 "rq4": ["هسبريس", "الفيلق الأفريقي", "الجيش المالي", "جبهة تحرير أزواد", "الجيش الجزائري", "السفير المالي",
         "عبد الرحيم الإدريسي", "الدعم المالي", "المغربي", "«المبادرة الأطلسية»"],
 "rq5": ["الأخبار", "الفيلق الأفريقي", "الجيش المالي", "العاصمة المالية", "الموريتاني", "الموريتانية", "لاجئ مالي",
         "العاصمة الأفريقية"],
}

PHEN = {
 "rq1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_crossings", "countries"],
 "rq2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "rq3": ["clitics", "multiword", "media_trap", "common_word_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings"],
 "rq4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_neighbours", "countries"],
 "rq5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def M(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement in the JSONL field order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RU, LNA = "Russian forces", "Libyan National Army"
MOVES = {
 "rq1": [
  M("airlift", "reported", RU, ["قاعدة حميميم"], ["قاعدة الخادم الجوية"]),
  M("withdraw", "reported", RU, ["مرفأ طرطوس"], ["حميميم"]),
  M("withdraw", "denied", RU, ["حميميم"], ["ليبيا"]),
  M("shipment", "planned", RU, ["طرطوس"], ["ميناء طبرق", "قاعدة الجفرة الجوية"]),
  M("airlift", "conditional", RU, ["اللاذقية"], ["باماكو"], ["الخادم"]),
  M("withdraw", "reported", RU, ["شمال سوريا"], ["حميميم", "مرفأ طرطوس"]),
 ],
 "rq2": [
  M("airlift", "reported", RU, ["مطار تشكالوفسكي"], ["واغادوغو"], ["قاعدة الجفرة الجوية"]),
  M("redeploy", "planned", RU, ["واجادوجو"], ["بوبو ديولاسو"]),
  M("naval_landing", "reported", RU, ["قاعدة بالتييسك البحرية"], ["ميناء طبرق"]),
  M("shipment", "denied", RU, ["قاعدة حميميم"], ["قاعدة الخادم"]),
  M("deploy", "denied", RU, [], ["حقل الشرارة"]),
  M("reinforce", "conditional", RU, [], ["بانغي"]),
 ],
 "rq3": [
  M("naval_landing", "reported", RU, ["طرطوس"], ["ميناء طبرق", "قاعدة الخادم"]),
  M("reinforce", "reported", LNA, ["إدري"], ["قاعدة براك الجوية"]),
  M("deploy", "denied", RU, [], ["بنغازي", "قاعدة بنينا"]),
  M("redeploy", "planned", RU, ["طرطوس"], ["طبرق"]),
  M("mobilise", "conditional", LNA, [], ["طبرق"]),
 ],
 "rq4": [
  M("airlift", "reported", RU, ["قاعدة الجفرة الجوية"], ["مطار باماكو"]),
  M("withdraw", "reported", "Wagner Group", ["مالي"], []),
  M("advance", "reported", RU, ["كيدال"], ["تين زاواتين"]),
  M("reinforce", "reported", "Algerian army", ["تمنراست"], ["برج باجي مختار"]),
  M("airlift", "denied", "Syrian mercenaries", ["قاعدة الجفرة الجوية"], ["مالي"]),
  M("airlift", "planned", RU, ["الجفرة"], ["واغادوغو"]),
  M("redeploy", "conditional", RU, ["مالي"], ["النيجر"]),
 ],
 "rq5": [
  M("airlift", "reported", RU, ["بانجي"], ["مطار باماكو"]),
  M("deploy", "reported", RU, [], ["نارا"]),
  M("reinforce", "reported", None, ["النعمة"], ["باسكنو", "عدل بكرو"]),
  M("advance", "denied", RU, [], ["فصالة"]),
  M("airlift", "planned", RU, ["قاعدة الخادم"], ["بانغي"], ["السودان"]),
  M("mobilise", "conditional", None, [], ["الحدود مع مالي"]),
 ],
}

NOTES = {
 "rq1": "Enab Baladi (Latakia): Il-76s Hmeimim→Al Khadim air base (reported), a pull-back Tartus port→Hmeimim "
        "(reported), the Kremlin's denied evacuation of Hmeimim to Libya, a planned sea-and-road shipment "
        "Tartus→Tobruk port→Jufra air base, a conditional Latakia→Bamako air bridge via Al Khadim, and the late-2024 "
        "flashback pull-back from northern Syria; traps: a Telegram page named after the base, a witness «الطرطوسي».",
 "rq2": "Sputnik Arabic (Moscow): Russian MoD line — an airlift Chkalovsky→Ouagadougou via Jufra air base (reported), "
        "a planned move Ouagadougou→Bobo-Dioulasso (spelled واجادوجو), a landing ship from Baltiysk at Tobruk port, "
        "denied S-300s Hmeimim→Al Khadim and a denied deployment at the Sharara field, a conditional reinforcement of "
        "Bangui; the landing ship «كاليننغراد» is a trap; Algiers vs Algeria; Tripoli is only the GNU's seat.",
 "rq3": "Al-Modon (Tobruk): a naval landing Tartus→Tobruk port with the column on to Al Khadim, an LNA company "
        "Idri→Brak air base, a denied Russian deployment in Benghazi/Benina, a planned Tartus→Tobruk fleet move and a "
        "conditional LNA build-up at Tobruk; the outlet «المدن» is a common word; a delegation visit to Benghazi is "
        "not a movement.",
 "rq4": "Hespress (Rabat): an Africa Corps airlift Jufra air base→Bamako airport, Wagner's 2025 exit from Mali "
        "(flashback), an advance Kidal→Tinzaouaten near the Algerian border and Algeria's reply "
        "Tamanrasset→Bordj Badji Mokhtar, Bamako's denial of Syrian fighters on the same flights, a planned "
        "Jufra→Ouagadougou flight and an analyst's conditional Mali→Niger move; traps «الإدريسي», «الدعم المالي».",
 "rq5": "Alakhbar (Nouakchott): an airlift Bangui→Bamako airport (spelled بانجي/بانغي), a deployment at Nara near the "
        "Mauritanian border, a Mauritanian reinforcement Nema→Bassikounou/Adel Bagrou, the Malian army's denial of a "
        "Russian incursion near Fassala, a planned Al Khadim→Bangui airlift via Sudan and Nouakchott's conditional "
        "build-up on the border with Mali; refugees and a feared displacement are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("rq1", "rq2", "rq3", "rq4", "rq5")
