# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind or spelling (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 # Chad: capital and the east
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                            # G (city row نجامينا)
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                     # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                 # G* (row spelled أبشي)
 # Borkou / Ennedi
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                             # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),          # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                             # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                     # G* (row spelled فدا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                       # G* (row spelled أونيانقا كبير)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                      # G
 # Tibesti
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                             # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),             # G (district row تبستي)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                   # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                            # G
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                 # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                   # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                  # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                        # G* (row spelled كوري بوقودي)
 # borders
 "border_td": ("region", "TD", 22.60000, 17.20000, "Chad-Libya border (Chadian side)"),  # K
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),              # G* (row الحدود الليبية التشادية)
 # Libya
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                            # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 # Lake Chad front (me1 only)
 "bol": ("town", "TD", 13.45860, 14.71470, "Bol"),                                       # K
 "lake_chad": ("region", "TD", 13.30000, 14.40000, "Lake Chad (Chadian waters)"),        # K
 "border_td_ne": ("region", "TD", 13.90000, 13.85000, "Chad-Niger border in Lake Chad (Chadian side)"),  # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "me1": ["التلفزيون الوطني التشادي", "محمد إدريس ديبي إتنو", "جبهة الوفاق من أجل التغيير في تشاد", "الليبية",
         "زوارق"],
 "me2": ["الإذاعة الوطنية التشادية", "الزوار", "الجيش الوطني التشادي", "الجيش الوطني الليبي", "سودانيين"],
 "me3": ["مونت كارلو الدولية", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الجيش الوطني الليبي", "خليفة حفتر",
         "الجيش التشادي"],
 "me4": ["شينخوا", "وزارة القوات المسلحة التشادية", "القيادة العامة للجيش الوطني الليبي", "الأراضي الليبية", "الجيش التشادي"],
 "me5": ["سبوتنيك", "جبهة الوفاق من أجل التغيير في تشاد", "الجيش الوطني الليبي", "إدريس ديبي إتنو",
         "الأراضي التشادية", "أفادا"],
}

PHEN = {
 "me1": ["multiword", "coverage_bases", "border_phrase", "countries", "vague_area", "town_vs_district", "media_trap",
         "operation_trap", "person_trap", "ambiguity_idri", "nisba", "clitics", "spelling", "coverage_neighbours",
         "ambiguity_tripoli", "common_word_trap"],
 "me2": ["clitics", "spelling", "multiword", "common_word_trap", "media_trap", "border_phrase", "countries",
         "nisba", "coverage_neighbours"],
 "me3": ["vague_area", "border_phrase", "media_trap", "operation_trap", "person_trap", "spelling", "countries",
         "multiword", "nisba", "ambiguity_country_capital", "coverage_oil", "coverage_crossings", "clitics"],
 "me4": ["media_trap", "coverage_bases", "border_phrase", "countries", "vague_area", "multiword", "spelling",
         "nisba", "clitics", "coverage_neighbours", "ambiguity_country_capital", "ambiguity_tripoli",
         "coverage_crossings"],
 "me5": ["spelling", "operation_trap", "person_trap", "ambiguity_idri", "media_trap", "vague_area", "multiword",
         "nisba", "common_word_trap", "town_vs_district", "coverage_oil", "clitics"],
}

NULL = None  # the Chadian army and gendarmerie: not a canonical actor (Chadian armed groups = non-state rebels)
CAG, LNA, SAG = "Chadian armed groups", "Libyan National Army", "Sudanese armed groups"

MOVES = {
 "me1": [
  mv("airlift", "reported", NULL, ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("reinforce", "reported", NULL, ["فايا"], ["زوار"]),
  mv("reinforce", "planned", NULL, ["زوار"], ["برداي", "أوزو"]),
  mv("withdraw", "denied", NULL, ["وور"]),
  mv("reinforce", "conditional", NULL, [], ["كوري بوقدي"]),
  mv("naval_landing", "reported", NULL, ["بول"], ["بحيرة تشاد"]),
  mv("naval_landing", "planned", NULL, [], ["الحدود مع النيجر"]),
 ],
 "me2": [
  mv("deploy", "reported", NULL, ["زوار"], ["كوري بوقدي"], ["وور"]),
  mv("withdraw", "reported", SAG, ["كوري بوقدي"], ["ليبيا"]),
  mv("reinforce", "planned", NULL, ["فايا"], ["وور"]),
  mv("reinforce", "conditional", NULL, ["فايا"], ["كوري بوقدي"]),
  mv("advance", "denied", LNA, ["القطرون"], ["كوري بوقدي"]),
 ],
 "me3": [
  mv("advance", "reported", CAG, ["الجنوب الليبي"], ["وور"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", CAG, [], ["زوار"]),
  mv("advance", "conditional", CAG, [], ["برداي"]),
  mv("airlift", "planned", NULL, ["أبشة"], ["فايا"]),
  mv("deploy", "reported", LNA, ["القطرون"], ["منفذ التوم", "الحدود مع تشاد"]),
 ],
 "me4": [
  mv("redeploy", "reported", NULL, ["برداي"], ["أوزو"]),
  mv("shipment", "reported", NULL, ["فايا لارجو"], ["زوار"]),
  mv("deploy", "planned", LNA, ["قاعدة الويغ"], ["منفذ التوم", "الحدود مع تشاد"]),
  mv("advance", "denied", NULL, [], ["أم الأرانب"]),
  mv("withdraw", "conditional", NULL, ["كوري بوغودي"]),
 ],
 "me5": [
  mv("mobilise", "reported", NULL, [], ["فايا"]),
  mv("shipment", "reported", NULL, ["أبشة"], ["فايا"]),
  mv("mobilise", "denied", CAG, [], ["تيبستي"]),
  mv("withdraw", "reported", CAG, ["زواركي"], ["الحدود التشادية الليبية"]),
  mv("redeploy", "planned", NULL, ["فادا"], ["أونيانغا كبير"]),
  mv("reinforce", "conditional", LNA, ["القطرون"], ["أم الأرانب"]),
 ],
}

NOTES = {
 "me1": ("Chadian state TV (N'Djamena): a General Staff communiqué read on air. Chained moves: airlift Adji Kossei air "
         "base→Faya-Largeau airport, then the same units by road Faya→Zouar joining the garrison (reinforce); a planned "
         "company Zouar→Bardai then Aozou whose 'near the border with Libya' is a purpose/locator, not a destination; the "
         "minister's denial of a withdrawal from Wour (Wour repeated in his quote); a conditional reinforcement of Kouri "
         "Bougoudi ('إذا عادت'); on the Lake front a river-boat landing Bol→Lake Chad islands (reported) and a second "
         "landing near the border with Niger (planned, 'على أن'). N'Djamena (dateline), Benghazi and Tripoli (liaison), "
         "Southern Libya (rebels' rear base), Sudan and Niger (miners' origins) are not movement places. Tibesti as "
         "region (headline) and as province (ولاية); 'زوارق' (boats) contains Zouar."),
 "me2": ("Chadian national radio from Faya: the Tibesti governor closes the Kouri Bougoudi gold site. A Chadian army unit "
         "Zouar→the site via Wour ('بوور' clitic; 'الموقع' resolved to Kouri Bougoudi); Sudanese gunmen pull out of the "
         "mine towards Libya (reported withdraw, 'محيط المنجم' = Kouri Bougoudi); gendarmerie reinforcements Faya→Wour "
         "(planned) and an armoured unit Faya→Kouri Bougoudi 'في حال تجددت' (conditional); an LNA patrol from Al Qatrun "
         "denied. Miners' lorries to Faya, N'Djamena, Niger and Sudan are civilians, not movements; 'الزوار' (visitors) "
         "is a common-word trap containing Zouar."),
 "me3": ("Monte Carlo Doualiya (N'Djamena): the CCMSR's claimed attack near Wour, its columns from Southern Libya, "
         "confirmed by the army as an infiltration across the border with Libya (one advance: origin, via, destination); "
         "the rebels' claimed entry into Zouar denied by the army; their threat to march on Bardai 'إذا' (conditional); "
         "a planned special-forces airlift Abeche→Faya; LNA patrols Al Qatrun→the Toummo crossing and the border with "
         "Chad (reported). N'Djamena as dateline, as the government ('متهماً نجامينا') and as the speaker's place is not a "
         "movement place; the CCMSR's past in Jufra and the Oil Crescent is background, not a movement."),
 "me4": ("Xinhua Arabic (N'Djamena): a ministry statement — an infantry battalion repositioned Bardai→Aozou (redeploy), "
         "a fuel and ammunition convoy Faya-Largeau→Zouar (shipment), an LNA deployment from Al Wigh air base to the "
         "Toummo crossing and along the border with Chad agreed in Benghazi (planned), the government's denial of an "
         "incursion as far as Umm al-Aranib (headline 'وانجمينا تنفي'), and the forces in Kouri Bougoudi that 'will not "
         "withdraw except after…' (conditional). Benghazi (meeting venue), Tripoli (the GNU) and Chad/Libya/Niger/Sudan "
         "in the background paragraph are not movement places."),
 "me5": ("Sputnik Arabic (N'Djamena): Chadian army massing in Faya (mobilise, reported; headline repeats it) and fuel "
         "and ammunition trucked Abeche→Faya (shipment); the intelligence claim that FACT gathered fighters in Tibesti, "
         "denied by FACT's spokesman (one mobilise, denied); rebels pulling out of the Zouarke area towards the "
         "Chad–Libya border (reported withdraw); a planned redeployment Fada→Ounianga Kebir; the LNA's conditional "
         "reinforcement Al Qatrun→Umm al-Aranib ('إذا عبرت'). Sabha is the speaker's place; FACT's years in Jufra and "
         "near the Oil Crescent and its 2021 offensive 'from Libyan territory' are background; 'أفادا' (verb) contains "
         "Fada."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("me1", "me2", "me3", "me4", "me5")
