# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                     # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                     # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "sohag": ("city", "EG", 26.55695, 31.69478, "Sohag"),                                     # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                          # G
 "bin_jawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawwad"),                            # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                               # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "ras_lanuf_town": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                        # G* (row راس لانوف, kind town)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                     # G
 "marsa_brega": ("town", "LY", 30.40624, 19.57386, "Marsa al Brega"),                      # G (row البريقة, matched by مرسى البريقة)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjilah"),                                  # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                   # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                       # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                              # G
 # oil terminals and fields (terminals keep the gazetteer's kind oilfield)
 "zueitina_port": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),         # G* (town row)
 "sidra_port": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),            # G
 "ras_lanuf_port": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf oil terminal"),       # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Brega oil terminal"),               # G* (town row)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),         # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                       # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                     # G
 "waha_field": ("oilfield", "LY", 28.60, 19.80, "Waha oil field"),                         # K
 # airports and bases
 "ras_lanuf_airport": ("airport", "LY", 30.50000, 18.52720, "Ras Lanuf Oil Airport"),      # G
 "sarir_airstrip": ("airport", "LY", 27.66240, 22.50860, "Sarir airstrip"),                # G* (Sarir field row)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
 # crossings
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum border crossing"),      # G* (row منفذ امساعد, country EG)
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad border crossing"),               # G
 "debdeb_crossing": ("crossing", "DZ", 29.96750, 9.42389, "Debdeb border crossing"),       # G* (Debdeb town row)
 # districts
 "zella_mun": ("district", "LY", 28.55099, 17.54358, "Zillah municipality"),               # G* (town row)
 "brega_mun": ("district", "LY", 30.40624, 19.57386, "Brega municipality"),                # G* (town row)
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                              # G* (Hun town row)
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                   # G
 # regions
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                     # G
 "sirte_basin": ("region", "LY", 29.0, 19.5, "Sirte Basin"),                               # K
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "east_libya": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),               # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "border_eg_ly": ("region", "EG", 31.2, 25.15, "Egypt-Libya border (Egyptian side)"),      # K
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "dc1": ["منصة الطاقة", "شركة الزويتينة للنفط", "القوة القاهرة", "الجيش الوطني الليبي", "قناة ليبيا الحدث"],
 "dc2": ["الشرق", "المجلس العسكري مصراتة", "عملية البرق الخاطف", "علي الطرابلسي",
         "شركة رأس لانوف لتصنيع النفط والغاز"],
 "dc3": ["الاقتصادية", "شركة الخليج العربي للنفط", "ما ادري", "سودانيون",
         "حركة تحرير السودان", "الدارفورية", "خام برنت"],
 "dc4": ["شركة الواحة للنفط", "زلة لسان", "تشاديون", "العقيد محمد الإدريسي",
         "شركة سوناطراك الجزائرية", "خام برنت"],
 "dc5": ["الشروق", "العسكري المصري", "الأراضي الليبية", "شركة سرت لإنتاج وتصنيع النفط والغاز"],
}

PHEN = {
 "dc1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
         "coverage_oil"],
 "dc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil"],
 "dc3": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_idri", "ambiguity_country_capital",
         "border_phrase", "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "dc4": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "dc5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries",
         "coverage_oil"],
}

MOVES = {
 "dc1": [
  mv("mobilise", "reported", None, destinations=["الزويتينة"]),
  mv("deploy", "reported", LNA, ["بنغازي"], ["ميناء الزويتينة"], ["أجدابيا"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء الزويتينة"]),
  mv("advance", "conditional", LNA, destinations=["الزويتينة"]),
  mv("withdraw", "denied", None, origins=["ميناء الزويتينة"]),
 ],
 "dc2": [
  mv("withdraw", "reported", None, ["ميناء السدرة", "راس لانوف"], ["بن جواد"]),
  mv("redeploy", "reported", LNA, ["سرت"], ["ميناء السدرة", "ميناء راس لانوف"], ["النوفلية", "بن جواد"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["راس لانوف"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار راس لانوف"]),
  mv("reinforce", "conditional", LNA, destinations=["السدرة"]),
  mv("advance", "denied", "Misrata forces", ["أبوقرين"], ["الهلال النفطي"]),
 ],
 "dc3": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["حقل السرير"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["مسلة"], ["الحدود مع السودان"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار السرير"]),
  mv("deploy", "conditional", LNA, destinations=["الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", destinations=["حقل مسلة"]),
 ],
 "dc4": [
  mv("redeploy", "reported", LNA, ["قاعدة الجفرة الجوية"], ["زلة"], ["ودان"]),
  mv("withdraw", "reported", "Chadian armed groups", ["زلة"], ["الحدود مع تشاد"]),
  mv("shipment", "planned", LNA, ["الجفرة"], ["زلة"]),
  mv("redeploy", "denied", LNA, ["إدري"], ["زلة"]),
  mv("advance", "conditional", LNA, destinations=["حقل الواحة"]),
 ],
 "dc5": [
  mv("reinforce", "reported", "Egyptian army", ["مرسى مطروح"], ["السلوم", "الحدود مع ليبيا"]),
  mv("deploy", "denied", "Egyptian army", destinations=["الجغبوب"]),
  mv("deploy", "conditional", "Egyptian army", destinations=["ليبيا"]),
  mv("deploy", "reported", LNA, ["أجدابيا"], ["ميناء البريقة"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["مرسى البريقة"]),
 ],
}

NOTES = {
 "dc1": "Zueitina terminal shut by a local armed group (energy-trade outlet, Ajdabiya dateline): the group's build-up "
        "in Az Zuwaytinah (reported mobilise), an LNA column Benghazi→the terminal via Ajdabiya (reported deploy; «في "
        "محيط الميناء» resolved to the terminal), a planned marine landing from Benghazi, a conditional advance on the "
        "town (إذا لم تُفتح) and the group's denied withdrawal (لا صحة لأي انسحاب). 120 evacuated workers, two empty "
        "tankers and the 20 km distance to Ajdabiya are not movements. Traps: «القوة القاهرة» (force majeure, contains "
        "Cairo), the Zueitina Oil Company, «قناة ليبيا الحدث». Spelling اجدابيا/أجدابيا.",
 "dc2": "Guards changing hands at Es Sider and Ras Lanuf (pan-Arab outlet): the Petroleum Facilities Guard pulls out "
        "to Bin Jawad (reported withdraw, actor null), LNA Brigade 155 Sirte→both terminals via Nofaliya and Bin Jawad "
        "(reported redeploy), ammunition/fuel trucks Benghazi→Ras Lanuf (reported shipment), a planned airlift Benina→Ras "
        "Lanuf airport, conditional reinforcements for Es Sider (إذا حاول) and Misrata's denied advance from Abu Qurayn "
        "(لا صحة). Dual «ميناءي السدرة وراس لانوف» gives two terminal surfaces without the head. Ras Lanuf is the town "
        "(dateline, residential complex, trucks) or the terminal (dual, «ميناء راس لانوف»). Evacuated workers are not "
        "movements. Traps: «الشرق», «علي الطرابلسي», «شركة رأس لانوف…» (spelling رأس vs راس), «عملية البرق الخاطف».",
 "dc3": "Sarir and Messla shut after an attack (Saudi economic daily, Benghazi dateline): LNA reinforcements Kufra→Sarir "
        "field (reported), the attackers' pull-back from Messla towards the Sudanese border (reported, Sudanese armed "
        "groups), a planned airlift Benina→Sarir airstrip, a conditional deployment on the border (إذا ثبت) and a "
        "Sudanese movement's denied build-up near Messla. Workers evacuated to Jalu, flown to Benghazi and home to Tunis "
        "are not movements; Tobruk/Hariga are the pipeline's end. Traps: «ما ادري», «حركة تحرير السودان», «خام برنت», "
        "«شركة الخليج العربي للنفط». Country تونس vs «العاصمة تونس».",
 "dc4": "Waha field shut and the Zella guard changed (business TV site, Dubai dateline): an LNA battalion Jufra air "
        "base→Zella via Waddan (reported redeploy), Chadian guards leaving Zella for the Chad border (reported withdraw), "
        "a planned fuel/ammunition run Jufra→Zella, a denied company from Idri (destination «المدينة» = Zella) and a "
        "conditional advance on the Waha field (إذا فشلت). Elders of Awjila and Jalu, the Waha workers evacuated to "
        "Jalu and Sonatrach staff taken by road through the Debdeb crossing to Algeria are not movements. Traps: "
        "«زلة لسان», «العقيد محمد الإدريسي», «شركة الواحة للنفط», «سوناطراك الجزائرية». Algeria vs «الجزائر العاصمة».",
 "dc5": "Egyptian workers back from Brega and Ras Lanuf via Sallum (Egyptian outlet, Cairo dateline): Egyptian army "
        "reinforcements Marsa Matruh→Sallum and along the border (reported; headline is the same move), a denied "
        "crossing to Jaghbub, a conditional entry into Libya (لن تدخل…إلا بطلب), an LNA column Ajdabiya→Brega port "
        "(reported deploy) and a planned landing at Marsa Brega from Benghazi. The 450 workers' road trip via Ajdabiya, "
        "Tobruk and the Amsaad crossing is not a movement. Traps: «الشروق», «شركة سرت لإنتاج…» (contains Sirte), "
        "«الأراضي الليبية». «العاصمة الليبية طرابلس» disambiguates Tripoli.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("dc1", "dc2", "dc3", "dc4", "dc5")
