# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label, spelling or kind (listed in the README). No own-knowledge (K) rows.
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                              # G
 # datelines and capitals
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                    # G* (row عمان, written عمّان)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G (city row الجزائر)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 # Fezzan
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                      # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                        # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                   # G (row قاعدة تمنهنت; also bare تمنهنت)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                          # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                               # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                       # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                   # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                             # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا, written الجنوب_الليبي)
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"), # G* (row الحدود الليبية النيجرية)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "tripoint_ly_ne_td": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G* (row المثلث الحدودي مع النيجر وتشاد)
 # Jufra and Sirte
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                             # G (district row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                  # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                    # G
 "sirte_port": ("crossing", "LY", 31.21500, 16.58500, "Port of Sirte"),                   # G
 "qardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                    # G
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                          # G
 "benghazi_port": ("crossing", "LY", 32.10700, 20.05000, "Port of Benghazi"),             # G
 # Niger and Chad
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                  # G (gazetteer kind base)
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                  # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                         # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                          # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                   # G* (row أغاديس, written أغاديز)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                    # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                         # G* (row كوري بوقودي, written كوري بوغودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                              # G
 # Algeria
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village; Djanet is a town)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),     # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
}

TRAPS = {
 "qqj1": ["عين فزان", "صحّح خبرك", "طارق بن زياد", "القوات المسلحة النيجرية", "النيجرية", "نيجرية", "الليبية"],
 "qqj2": ["سمكس", "أحرار الجفرة", "صوت فزان الحر", "الفيلق الأفريقي", "شعبة الإعلام الحربي",
          "الجيش الوطني الليبي", "الروسية", "روسياً", "ليبية", "الليبي"],
 "qqj3": ["ثمانية", "الدرع الجزائري", "الناحية العسكرية الرابعة", "رادار غات", "وزارة الدفاع الوطني", "جزائرية",
          "الليبية", "الليبي"],
 "qqj4": ["المعدن أنفو", "عيون أغاديز", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "تشادي", "نيجرية", "نيجري",
          "الليبية"],
 "qqj5": ["عالم التقنية", "فلايت رادار 24", "سنتينل-2", "الجيش الوطني الليبي", "حكومة الوحدة الوطنية", "روسية", "الليبي"],
}

PHEN = {
 "qqj1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qqj2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "town_vs_district", "coverage_bases",
          "countries"],
 "qqj3": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqj4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qqj5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "town_vs_district",
          "coverage_bases", "coverage_crossings"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqj1": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القطرون"]),
  mv("redeploy", "planned", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["القطرون"], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Nigerien army", ["ماداما"], ["منفذ التوم"]),
 ],
 "qqj2": [
  mv("redeploy", "reported", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
  mv("redeploy", "planned", "Russian forces", ["براك"], ["مطار سبها"]),
  mv("deploy", "denied", "Russian forces", [], ["قاعدة تمنهنت"]),
  mv("withdraw", "conditional", "Russian forces", ["الجفرة"], []),
 ],
 "qqj3": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("airlift", "denied", "Algerian army", ["تمنراست"], ["مطار غات"]),
  mv("deploy", "planned", "Libyan National Army", ["أوباري"], ["العوينات"]),
  mv("withdraw", "conditional", "Libyan National Army", ["منفذ إيسين"], ["غات"]),
 ],
 "qqj4": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديز"], ["ماداما"], ["ديركو"]),
  mv("deploy", "planned", "Nigerien army", ["ماداما"], ["سيغيدين"]),
  mv("advance", "conditional", "Chadian armed groups", ["المثلث الحدودي"], ["زوار"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["كوري بوغودي"]),
  mv("advance", "denied", "Chadian army", ["زوار"], ["كوري بوغودي"]),
 ],
 "qqj5": [
  mv("airlift", "reported", None, ["قاعدة القرضابية"], ["مطار سبها"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء سرت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["براك"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["سرت"]),
  mv("mobilise", "reported", "Libyan National Army", [], ["ودان"]),
 ],
}

NOTES = {
 "qqj1": "Jordanian fact-checking platform (Saheh Khabarak) rating a seven-post thread of the account «عين فزان» (holds "
         "فزان): a Tariq Ibn Ziyad (LNA) column Sabha→Al-Qatrun via Umm al-Aranib (geolocated clip; the account's own "
         "correction moves the clip from Al-Qatrun to Umm al-Aranib), an unverified ammunition shipment Tamanhint base→"
         "Al-Qatrun, a planned company Al-Qatrun→Al-Wigh base («بحسب مصادري»), the brigade's conditional advance "
         "Al-Qatrun→the border with Niger and Niger's denied crossing Madama→Toummo crossing (the account retweets the "
         "denial); hashtags #سبها, #القطرون, #الجنوب_الليبي, #الحدود_مع_النيجر are places, not moves; the civilian fuel "
         "tankers Sabha–Murzuq, Séguédine (where the old satellite image was taken) and Tripoli (no comment) are not "
         "movement places.",
 "qqj2": "Beirut digital-rights group's blog (SMEX) on the trending hashtags #تمنهنت and #قاعدة_تمنهنت, coordinated "
         "accounts («أحرار الجفرة», «صوت فزان الحر» hold place names) and a researcher's six-post thread: Africa Corps "
         "trucks Al-Jufra air base→Brak air base (satellite images, hedged), a planned transfer Brak→Sabha airport, the "
         "LNA's denial (retweeted) that any foreign column entered Tamanhint base, and a conditional Russian withdrawal "
         "from Al-Jufra; the correction moves image 3 from Tamanhint to Brak air base; #سرت_الآن shows an old parade in "
         "Sirte (no move); Libya appears only inside the condition.",
 "qqj3": "Saudi pan-Arab digital outlet (Thmanyah, «ثمانية» = also the number eight) on three threads about Djanet and "
         "Ghat: Algerian units Illizi→Djanet (confirmed by the ministry), a claimed Algerian transport plane "
         "Tamanrasset→Ghat airport denied by the ministry in Algiers and corrected by the account (the photo is from "
         "Djanet airport), a planned 128th Brigade column Ubari→Al-Awaynat (Fezzan) and a conditional LNA pull-back "
         "Isayen crossing→Ghat; civilian trucks Djanet→Ghat via Isayen are not a movement; «رادار غات» and «الدرع "
         "الجزائري» are account names holding place names; #غات_تحت_الرقابة gives the place غات.",
 "qqj4": "Mauritanian Sahel news site (Al-Maaden Info) on Nigerien and Chadian threads: Nigerien reinforcements "
         "Agadez (written أغاديز)→Madama via Dirkou, a planned company Madama→Séguédine, CCMSR rebels' conditional "
         "advance from the Libya–Niger–Chad border triangle on Zouar, their massing at Kouri Bougoudi (written بوغودي) "
         "and the Chadian army's denied advance Zouar→Kouri Bougoudi; the account's correction renames the Toummo "
         "crossing in its photo as Madama; the weekly unescorted migrants' convoy Agadez→Dirkou (usually on to Al-Qatrun) "
         "and Tibesti (positions) are not movement places; «عيون أغاديز» holds Agadez.",
 "qqj5": "Saudi tech site (Tech-wd, «عالم التقنية») explaining how to check satellite images in a six-post thread on "
         "Sirte and Al-Jufra: an Il-76 of unknown operator Gardabya base→Sabha airport (flight data), a Russian landing "
         "ship at Sirte port denied by the LNA (the image is corrected to Benghazi port), a planned LNA air-defence "
         "transfer Al-Jufra air base→Brak, a conditional GNU advance Abu Qurayn→Sirte and some 30 vehicles massing near "
         "Waddan; civilian flights Tripoli–Sabha are not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqj1", "qqj2", "qqj3", "qqj4", "qqj5")
