# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared Libyan places
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا / الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),            # G (row شعبية مرزق)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G (row منفذ التوم)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور, alias ممر السلفادور)
 # shared neighbours
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi gold field"),            # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado Plateau"),                        # G (row هضبة جادو)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, alias الجزائر العاصمة)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 # qki1 Ayin
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (row فايا لارجو / فايا)
 "tina": ("town", "SD", 15.04000, 22.82000, "Tina (North Darfur)"),                     # K (Sudanese Tina across Wadi Hawar from Tiné, Chad)
 "traghen": ("town", "LY", 25.92333, 14.42056, "Traghen"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qki2 Radio Illizi
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 "border_dz_ly": ("region", "DZ", 25.00000, 9.90000, "Algeria-Libya border (Algerian side)"),  # K
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, alias معبر تين الكوم; country DZ)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 # qki3 Anfas Press
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G
 "sw_libya": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G (row الجنوب الغربي, alias جنوب غرب ليبيا)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "wadi_utbah": ("town", "LY", 26.09502, 13.55744, "Wadi Utbah"),                        # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 # qki4 Al-Ahram Al-Yawm
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا, alias أنجمينا)
 "bardai": ("town", "TD", 21.35470, 16.99810, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G
 "border_td_ly": ("region", "TD", 22.20000, 17.50000, "Chad-Libya border (Chadian side)"),  # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 # qki5 Dotmsr
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G (row أغاديس, alias أغاديز)
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما, alias بلما)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "elephant": ("oilfield", "LY", 24.98000, 11.98000, "El Feel (Elephant) oil field"),  # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
}

TRAPS = {
 "qki1": ["عاين", "قوات الدعم السريع", "لواء طارق بن زياد", "جبهة الوفاق من أجل التغيير في تشاد", "التشادي",
          "السودانيين", "سودانية"],
 "qki2": ["إذاعة إليزي الجهوية", "الجيش الوطني الشعبي", "بلاغات", "الليبية", "الجزائرية", "النيجري", "إدريس أغ محمد"],
 "qki3": ["أنفاس بريس", "القيادة العامة للجيش الوطني الليبي", "لواء طارق بن زياد", "رشيد المرزوقي", "الدعم المالي", "المغربي",
          "ليبية"],
 "qki4": ["الأهرام اليوم", "الدعم السريع", "المجلس العسكري لإنقاذ الجمهورية", "محمد إدريس ديبي",
          "القيادة العامة للجيش الوطني الليبي", "التشادي", "تشادية", "الليبية"],
 "qki5": ["دوت مصر", "الجيش النيجري", "النيجرية", "الجانب الليبي", "القيادة العامة للجيش الوطني الليبي", "فرنسية"],
}

PHEN = {
 "qki1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "town_vs_district",
          "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qki2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qki3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli",
          "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "qki4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qki5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qki1": [
  mv("redeploy", "reported", "Sudanese armed groups", ["كوري بوقودي"], ["أم الأرانب"], ["القطرون"]),
  mv("deploy", "planned", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["منفذ التوم"]),
  mv("shipment", "denied", None, ["مرزق"], ["الطينة"]),
  mv("withdraw", "reported", "Chadian armed groups", ["كوري بوقودي"], ["تراغن"]),
 ],
 "qki2": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("redeploy", "planned", "Algerian army", ["إليزي"], ["جانت"]),
  mv("advance", "conditional", "Algerian army", ["جانت"], ["ممر السلفادور"]),
  mv("advance", "denied", None, ["أوباري"], [], ["ممر السلفادور"]),
  mv("deploy", "reported", "Nigerien army", ["ديركو"], ["هضبة جادو"]),
 ],
 "qki3": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["جرمة"]),
  mv("mobilise", "reported", None, ["مرزق"], ["وادي عتبة"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة تمنهنت"], ["حقل الشرارة"]),
  mv("withdraw", "conditional", None, ["حقل الشرارة"]),
  mv("advance", "denied", "Foreign fighters", ["مالي"], ["أوباري"], ["ممر السلفادور"]),
 ],
 "qki4": [
  mv("airlift", "reported", "Chadian army", ["أنجمينا"], ["فايا"]),
  mv("deploy", "planned", "Chadian army", ["فايا"], ["تيبستي"]),
  mv("advance", "reported", "Chadian army", ["برداي"], ["أوزو"]),
  mv("advance", "planned", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع تشاد"]),
  mv("deploy", "denied", "Sudanese armed groups", ["شمال دارفور"], ["كوري بوقودي"], ["أم جرس"]),
 ],
 "qki5": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["ديركو"], ["بلما"]),
  mv("withdraw", "reported", None, ["سيغيدين"], ["هضبة جادو"]),
  mv("mobilise", "reported", None, [], ["هضبة جادو"]),
  mv("withdraw", "conditional", "Nigerien army", ["ماداما"]),
  mv("deploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["معبر تومو"]),
  mv("shipment", "denied", None, ["أرليت"], ["أوباري"], ["ممر السلفادور"]),
 ],
}

NOTES = {
 "qki1": "Ayin-style investigation from witnesses (no dateline place): Sudanese fighters (mostly RSF) moved Kouri "
         "Bougoudi→Umm al-Aranib via Al Qatrun, a planned Chadian-army deployment Faya-Largeau→Zouar (Faya also the "
         "officer's phone location), a conditional LNA advance Al Qatrun→Toummo crossing (Niger only the smugglers' "
         "end), a Tebu commander's denial of an arms shipment from Murzuq ('المدينة')→Tina in North Darfur, and "
         "FACT's past pull-out Kouri Bougoudi→Traghen; 'من دارفور إلى فزان' is an extent, not a move.",
 "qki2": "Algerian regional radio (its own name contains Illizi) datelined Djanet: special forces flown Boufarik air "
         "base→Djanet airport, border-guard patrols Djanet→Tin Alkoum crossing ('حتى'), a planned regiment "
         "Illizi→Djanet, a conditional advance Djanet→Salvador pass, a Ghat notable's denial of gunmen crossing from "
         "Ubari via the Salvador pass ('بلاغات' hides غات), and a Nigerien company Dirkou→Djado plateau; Illizi as a "
         "distance reference and Tassili only the patrol area.",
 "qki3": "Moroccan site datelined Rabat on Tebu-Tuareg clashes in Ubari: an LNA (Tariq bin Ziyad) force Sabha→Ubari "
         "via Germa, Tebu gunmen (some from Murzuq) massing in Wadi Utbah, a planned 128th-battalion company "
         "Tamanhint→Sharara field, a conditional Tuareg pull-out of guards from the field ('الحقل'), and a denied "
         "arrival of fighters from Mali via the Salvador pass (denied by the Ubari municipality head); the analyst's "
         "name holds مرزوق, 'الدعم المالي' holds مالي, Doha/Qatar and 'من مالي إلى تشاد' are background.",
 "qki4": "Sudanese daily datelined N'Djamena on Chad's Tibesti: 300 special forces flown N'Djamena→Faya with a "
         "planned onward deployment to Tibesti, armour advancing Bardai→Aozou, the CCMSR's announced move Umm "
         "al-Aranib→Tibesti, a conditional LNA advance Al Qatrun→the border with Chad, and an RSF adviser's denial "
         "of fighters sent North Darfur→Kouri Bougoudi via Amdjarass; the president's name holds إدري, 'الحدود مع "
         "ليبيا' is on the Chadian side and background like Bardai, Zouar and Sabha in the closing paragraph.",
 "qki5": "Egyptian site (its name holds مصر) datelined Cairo on Niger's north: Nigerien reinforcements "
         "Agadez→Dirkou via Bilma (spelled بلما), Tebu gunmen pulling back Seguedine→Djado plateau, a conditional "
         "Nigerien withdrawal from Madama, a planned LNA company Al Wigh base→Toummo crossing (spelled معبر تومو; "
         "Qatrun and Murzuq, spelled مرزوق, only what it protects), and a Tuareg rebel's denial of an arms shipment "
         "Arlit→Ubari via the Salvador pass; Niamey, Egypt and Cairo are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qki1", "qki2", "qki3", "qki4", "qki5")
