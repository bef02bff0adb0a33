# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # foreign cities
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 # Libyan cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # ft1 Jufra
 "jufra": ("district", "LY", 29.15000, 16.05000, "Al Jufra"),                           # K (point near Hun/Waddan, README rule)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "waddan_mun": ("district", "LY", 29.16140, 16.13904, "Waddan municipality"),           # G* (town row)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # ft2 Sirte
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.60000, "Port of Sirte"),                 # K
 "benghazi_port": ("crossing", "LY", 32.10500, 20.04500, "Port of Benghazi"),           # K
 "misrata_port": ("crossing", "LY", 32.36000, 15.21000, "Port of Misrata (Qasr Ahmed)"),  # K
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),              # G
 "ras_lanuf": ("oilfield", "LY", 30.50000, 18.52720, "Ras Lanuf"),                      # G
 "sirte_mun": ("district", "LY", 31.20892, 16.58866, "Sirte municipality"),             # G* (city row)
 # ft3 south-west oil
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),            # G* (row الحدود الليبية النيجرية)
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 # ft4 Algerian border
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (Isayen row, country DZ)
 "border_dz_ly": ("region", "DZ", 25.00000, 9.80000, "Algeria-Libya border (Algerian side)"),  # K
 # ft5 Wadi al-Shati
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
}

TRAPS = {
 "ft1": ["الفيلق الإفريقي", "العرب", "سالم الوداني", "الروسي"],
 "ft2": ["غرفة عمليات سرت الجفرة", "اليوم السابع", "محمد الطرابلسي", "الجيش الوطني الليبي", "الجيش الليبي",
         "الليبية", "تركية", "المصرية"],
 "ft3": ["القبس", "اللواء طارق بن زياد", "الشرارة الأولى", "حرس المنشآت النفطية", "صالح الإدريسي", "تشاديين"],
 "ft4": ["الشروق", "الجيش الوطني الشعبي", "الجيش الجزائري", "موسى الغاتي", "الليبية", "ليبية", "جزائري"],
 "ft5": ["فسانيا", "ما ادري", "شارع طرابلس"],
}

PHEN = {
 "ft1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "ft2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ft3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "ft4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ft5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "coverage_bases"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, RU = "Libyan National Army", "Russian forces"
MOVES = {
 "ft1": [
  mv("airlift", "reported", RU, ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("withdraw", "denied", RU, ["الجفرة"], ["قاعدة براك الجوية"]),
  mv("airlift", "planned", RU, ["قاعدة الجفرة"], ["نيامي"]),
  mv("mobilise", "reported", LNA, [], ["ودّان"]),
  mv("reinforce", "conditional", LNA, [], ["هون", "سوكنة"]),
 ],
 "ft2": [
  mv("advance", "reported", "GNA forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
  mv("reinforce", "planned", LNA, ["قاعدة الجفرة الجوية"], ["سرت"]),
  mv("advance", "conditional", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سرت"]),
 ],
 "ft3": [
  mv("deploy", "reported", LNA, ["سبها"], ["حقل الشرارة"], ["أوباري"]),
  mv("withdraw", "conditional", LNA, ["حقل الشرارة"], ["أوباري"]),
  mv("redeploy", "planned", LNA, ["أوباري"], ["غات"]),
  mv("advance", "denied", "Chadian armed groups", ["الحدود مع النيجر"], ["حقل الفيل"]),
  mv("shipment", "reported", None, ["النيجر"], ["مرزق"], ["منفذ التوم"]),
 ],
 "ft4": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["غات"]),
  mv("deploy", "planned", LNA, ["سبها"], ["منفذ إيسين"]),
  mv("mobilise", "conditional", "Algerian army", [], ["الحدود مع ليبيا"]),
 ],
 "ft5": [
  mv("withdraw", "denied", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["إدري"], ["براك"]),
  mv("shipment", "planned", LNA, ["سبها"], ["براك"]),
  mv("redeploy", "conditional", LNA, ["إدري"], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "ft1": ("Al-Arab (London), Tunis dateline, Jufra: an unverified («يُعتقد») Russian Il-76 airlift Al Khadim→Jufra air "
         "base; a rumoured Russian pull-out Jufra→Brak air base denied by the General Command; a planned Russian airlift "
         "Jufra base→Niamey told as diplomats' estimates («تشير تقديرات … تعتزم»); an LNA build-up in Waddan first "
         "unconfirmed, then confirmed by the mayor; a conditional reinforcement of Hun and Sokna («لن … إلا إذا»). "
         "Tunis (dateline, diplomats) vs Tunisia (neighbour); Waddan town vs Waddan municipality vs the person الوداني."),
 "ft2": ("Youm7 (Cairo), Sirte: a GNA column Misrata→Abu Qurayn via Tawergha with conflicting size estimates, "
         "confirmed later by the chief-of-staff spokesman; a believed («يُعتقد») LNA landing Benghazi port→Sirte port; "
         "a Turkish landing at Misrata port reported by Turkish media and denied by Ankara; a planned LNA armoured "
         "battalion Jufra air base→Sirte; Egypt's conditional move to Sirte from Mohamed Naguib base. The operations "
         "room «غرفة عمليات سرت الجفرة» and the officer الطرابلسي are traps; the oil ports are a purpose, not destinations."),
 "ft3": ("Al-Qabas (Kuwait, wire-based), south-west oil: an LNA column Sabha→Sharara via Ubari, rumoured then "
         "confirmed; its conditional pull-back to Ubari «فور استئناف الضخ»; a planned company Ubari→Ghat; a Chadian "
         "advance from the Niger border to El Feel told in «روايات متضاربة» and denied by the PFG spokesman; an "
         "unverified arms shipment Niger→Murzuq via the Toummo crossing («تشير تقديرات», «لم يتسنّ التحقق»). "
         "«الشرارة الأولى» and الإدريسي are traps."),
 "ft4": ("Echorouk (Algiers), the Algerian border opposite Ghat: an Algerian reinforcement Illizi→Djanet after "
         "unconfirmed reports of a column; a believed air-force flight Tamanrasset→Djanet airport; Libyan pages' claim "
         "that Algerian units entered Libya near Ghat, denied by the MoD; a planned LNA company from Sabha at the Isayen "
         "crossing opposite Tin Alkoum; a conditional Algerian build-up on the border with Libya («في حال»). "
         "Algiers (dateline) vs Algeria; Illizi town vs wilaya; Djanet spelt جانت and جانيت."),
 "ft5": ("Fasania (Sabha), Wadi al-Shati: a rumoured LNA pull-out Brak air base→Sabha denied by the battalion "
         "commander; reinforcements Tamanhint air base→Idri via Brak, first called unconfirmed, then confirmed; a planned "
         "fuel-and-ammunition convoy Sabha→Brak; a conditional move of the company in Idri to Brak air base («إذا»). "
         "Idri spelt إدري and ادري next to the dialect «ما ادري»; Tripoli vs «شارع طرابلس» in Sabha."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ft1", "ft2", "ft3", "ft4", "ft5")
