# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                                 # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                   # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 # cities outside Libya
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                  # G
 "gaziantep": ("city", "TR", 37.05944, 37.38250, "Gaziantep"),                            # G* (row عنتاب)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                              # G
 # Libyan cities and towns
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                              # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                           # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                               # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                   # G
 "hisha": ("village", "LY", 31.64583, 15.28417, "Al-Hisha"),                              # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                              # G
 "binjawad": ("town", "LY", 30.80418, 18.07720, "Bin Jawad"),                             # G
 "nofaliya": ("town", "LY", 30.78306, 17.83306, "Nofaliya"),                              # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                    # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                        # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),              # G* (Sirte city row)
 "tawergha_mun": ("district", "LY", 31.97083, 15.05250, "Tawergha municipality"),        # G* (Tawergha town row)
 "giza_bahriya": ("district", "LY", 31.21, 16.57, "Al-Jiza al-Bahriya (Sirte)"),         # K
 # oil, bases, airports
 "raslanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                         # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "gardabiya_base": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),               # G
 "gardabiya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport"),          # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "misrata_port": ("crossing", "LY", 32.366, 15.214, "Misrata port (Qasr Ahmed)"),         # K
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                     # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                      # G
 # districts, regions, borders
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                             # G* (Jufra air base/airport point, near Hun/Waddan)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                 # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "sahel": ("region", "ML", 15.5, 2.0, "Sahel"),                                            # K (representative point, Mali–Niger)
 "border_dz_ly": ("region", "DZ", 28.8, 9.75, "Algeria-Libya border (Algerian side)"),    # K
}

TRAPS = {
 "gr1": ["القاهرة الإخبارية", "المجلس العسكري مصراتة", "الهلال الأحمر الليبي", "شارع دبي", "أسرته", "شارع طرابلس", "أدري"],
 "gr2": ["قنا", "وكالة الأنباء القطرية", "الليبية", "خالد الإدريسي"],
 "gr3": ["الشروق", "الجزائري", "المالي", "الروسية", "التركي", "الليبية", "السوريين"],
 "gr4": ["يورونيوز", "الطرابلسي", "الليبي", "عملية البنيان المرصوص"],
 "gr5": ["الشرق", "مجمع واغادوغو للمؤتمرات", "التركية", "الليبية", "الليبي"],
}

PHEN = {
 "gr1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "town_vs_district", "coverage_bases"],
 "gr2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "coverage_oil", "countries"],
 "gr3": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "gr4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_crossings", "countries"],
 "gr5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "gr1": [
  mv("withdraw", "reported", "GNA forces", ["الوشكة"], ["مصراتة"], ["أبوقرين"]),
  mv("deploy", "reported", None, ["سرت"], ["الوشكة"]),
  mv("withdraw", "planned", "Libyan National Army", ["بويرات الحسون"], ["قاعدة الجفرة الجوية"]),
  mv("advance", "conditional", "Misrata forces", [], ["الوشكة"]),
  mv("reinforce", "denied", "Libyan National Army", ["أجدابيا"], ["بن جواد"]),
 ],
 "gr2": [
  mv("withdraw", "reported", "GNA forces", ["أبو قرين"], ["مصراتة"]),
  mv("withdraw", "reported", "Libyan National Army", ["بن جواد"], ["رأس لانوف"]),
  mv("shipment", "reported", None, [], ["سرت"]),
  mv("deploy", "reported", None, [], ["أبو قرين", "الوشكة"]),
  mv("withdraw", "planned", "GNA forces", ["الوشكة"], ["الهيشة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["بن جواد"], ["أجدابيا"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["قاعدة الجفرة", "سرت"]),
 ],
 "gr3": [
  mv("airlift", "reported", "Syrian mercenaries", ["مطار معيتيقة"], ["تركيا"]),
  mv("withdraw", "reported", "Wagner Group", ["سرت", "قاعدة القرضابية"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "planned", "Sudanese armed groups", ["الجفرة"], ["السودان"], ["الكفرة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["غازي عنتاب"], ["مطار مصراتة"]),
  mv("naval_landing", "denied", "Syrian mercenaries", [], ["ميناء مصراتة"]),
  mv("reinforce", "conditional", "Algerian army", ["عين أميناس"], ["الحدود مع ليبيا"]),
 ],
 "gr4": [
  mv("deploy", "reported", "GNA forces", ["مصراتة"], ["الوشكة"]),
  mv("shipment", "reported", None, ["إيطاليا"], ["ميناء مصراتة"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة القرضابية"], ["بويرات الحسون"]),
  mv("redeploy", "planned", "GNA forces", ["الوشكة"], ["أبوقرين", "تاورغاء"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["بن جواد"]),
  mv("withdraw", "denied", "GNA forces", [], ["مصراته"]),
 ],
 "gr5": [
  mv("airlift", "reported", None, ["مطار معيتيقة"], ["مطار القرضابية"]),
  mv("deploy", "reported", None, [], ["الوشكة", "أبوقرين", "بن جوّاد"]),
  mv("withdraw", "reported", "Misrata forces", ["أبوقرين"], ["تاورغاء"]),
  mv("withdraw", "planned", "Libyan National Army", ["النوفلية"], ["البريقة"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("withdraw", "conditional", "Turkish armed forces", ["قاعدة الوطية", "مطار مصراتة"], []),
  mv("mobilise", "denied", "Libyan National Army", [], ["ودان", "هون"]),
  mv("advance", "conditional", "Libyan National Army", [], ["أبوقرين"]),
 ],
}

NOTES = {
 "gr1": ("Al-Qahera News TV report from Sirte on the reopened Misrata–Sirte coastal road: a reported GNA pull-back "
         "Al-Washka→Misrata via Abu Qurayn (also the headline), joint military police Sirte→Al-Washka (\"المواقع\" = "
         "Al-Washka), a planned LNA pull-back Buwairat al-Hassoun→Jufra air base, Misrata's conditional push back to "
         "Al-Washka (\"إذا\") and a denied LNA column Ajdabiya→Bin Jawad. Cairo (meetings), Geneva (agreement), "
         "Tripoli (staff HQ), Sirte municipality and a truck driver's Misrata are not movement places; traps: the "
         "outlet, the Misrata military council, the Red Crescent, Dubai Street, Tripoli Street, «أسرته», «أدري»."),
 "gr2": ("QNA wire (طرابلس في … /قنا/) on the second disengagement phase: reported pull-backs Abu Qurayn→Misrata "
         "(\"مشارف مصراتة\") and Bin Jawad→Ras Lanuf, heavy weapons trucked to depots in Sirte (shipment, no owner "
         "named), monitors along the line Abu Qurayn–Al-Washka (both ends destinations), a planned GNA artillery move "
         "Al-Washka→Al-Hisha (Misrata only locates Al-Hisha), the LNA's conditional Bin Jawad→Ajdabiya pull-back "
         "(\"ما لم\") and its denied build-up at Jufra base and around Sirte. Benghazi is the press venue; the "
         "spokesman «خالد الإدريسي» is a trap."),
 "gr3": ("Echorouk (Algiers) on the first exit of foreign fighters: Syrian mercenaries flown Mitiga airport→Turkey, "
         "Wagner pulled out of Sirte and Gardabiya base to Jufra air base, a planned Sudanese exit Jufra→Sudan via "
         "Kufra, a denied new Syrian flight Gaziantep→Misrata airport and a denied landing at Misrata port (same "
         "denial sentence, two moves), and the Algerian army's conditional reinforcement In Amenas→the border with "
         "Libya (\"في حال\"). Mali, Niger and the Libyan south are feared routes, not movements; Tripoli locates "
         "Mitiga; dateline الجزائر is Algiers, later الجزائر the country."),
 "gr4": ("Euronews Arabic feature on army deminers: a GNA engineer deployment Misrata→Al-Washka, their kit shipped "
         "Italy→Misrata port, an LNA demining team Gardabiya base→Buwairat al-Hassoun (Sirte only locates the road "
         "section), a planned GNA move Al-Washka→Abu Qurayn then Tawergha, the LNA team's conditional move to Bin "
         "Jawad (\"إلا إذا\", no origin written) and a denied pull-back to Misrata (spelled مصراته). Civilian "
         "LibMAC/UNMAS teams and vegetable trucks are not force movements; the officer «الطرابلسي» is a trap."),
 "gr5": ("Asharq News from Sirte on ceasefire monitors: a reported flight of military monitors Mitiga airport→Gardabiya "
         "airport, their deployment with military police to Al-Washka, Abu Qurayn and Bin Jawad (written بن جوّاد), a "
         "documented Misrata pull-back Abu Qurayn→Tawergha, a planned LNA pull-back Nofaliya→Brega, a Turkish landing "
         "at Al-Khums port, Turkey's conditional departure from Al-Watiya and Misrata airport (\"إذا طلبت\"), a "
         "denied LNA build-up in Waddan and Hun and its conditional advance on Abu Qurayn (\"لن … ما لم\"). Ankara "
         "(headline and speaker) and the Sudan border (presence) are not movement places; «مجمع واغادوغو للمؤتمرات» "
         "is a trap."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("gr1", "gr2", "gr3", "gr4", "gr5")
