# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# G* = gazetteer row reused under another label/kind (listed in the README). No row is from own knowledge.
P = {
 # Sabha and its neighbourhoods
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha Municipality"),              # G* (town row, kind district)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G (row قاعدة تمنهنت)
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                        # G
 "jadid": ("town", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                        # G* (row kind city)
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                   # G
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 # Wadi al-Shati
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                 # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "brak_ab": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                         # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                   # G
 "tamzawa": ("town", "LY", 27.57154, 14.20234, "Tamzawah"),                              # G
 # Ubari, Ghat and the Algerian border
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G (also written اوباري)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat Municipality"),                # G* (town row, kind district)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                  # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                     # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G* (row kind village)
 # Murzuq, Al-Qatrun and the Niger/Chad borders
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G (also written مرزوق)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq District"),               # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                          # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                            # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                         # G
 "tummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),              # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libya side)"),   # G* (row الحدود الليبية النيجرية)
 "tripoint_ntd": ("region", "LY", 23.14297, 14.86215, "Libya-Niger-Chad border triangle"),  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                 # G
 # the rest of Libya
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                  # G* (row جنوب ليبيا, written الجنوب الليبي)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                    # G
}

TRAPS = {
 "qnp1": ["المنصة", "منطقة سبها العسكرية", "المجلس البلدي الجديد"],
 "qnp2": ["الدولة", "القوات المسلحة العربية الليبية", "طارق بن زياد", "عبد السلام الأوباري", "بلاغات", "الجزائرية",
          "الجيش الجزائري", "ليبية", "الليبي"],
 "qnp3": ["بانيت", "الجيش الوطني الليبي", "عيسى المرزوقي", "جبهة الوفاق من أجل التغيير في تشاد", "تشادية", "نيجرية",
          "الجيش النيجري"],
 "qnp4": ["الكوثر", "الفيلق الأفريقي", "الروسي", "إدريس الشريف", "الفقيرة"],
 "qnp5": ["مكان", "فرانس برس", "الجيش الوطني الليبي", "مصراتية", "بعثة الأمم المتحدة للدعم في ليبيا"],
}

PHEN = {
 "qnp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "vague_area",
          "town_vs_district", "coverage_bases"],
 "qnp2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qnp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qnp4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "coverage_bases", "countries"],
 "qnp5": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
          "coverage_oil", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qnp1": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["المنشية", "القرضة", "الجديد"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["سمنو", "غدوة"]),
  mv("reinforce", "planned", "Libyan National Army", ["براك"], ["سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", ["المنشية", "القرضة"], ["قاعدة تمنهنت"]),
  mv("advance", "denied", "GNA forces", ["الشويرف"], ["سبها"]),
 ],
 "qnp2": [
  mv("airlift", "reported", "Libyan National Army", ["مطار سبها"], ["مطار غات"]),
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["غات"], ["العوينات"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "conditional", "Libyan National Army", ["غات"], ["سبها"]),
  mv("mobilise", "denied", "Algerian army", [], ["جانت"]),
 ],
 "qnp3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["مرزق"], ["غدوة"]),
  mv("deploy", "planned", "Libyan National Army", [], ["القطرون", "تجرهي"]),
  mv("deploy", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Chadian armed groups", [], ["القطرون"], ["منفذ التوم"]),
  mv("reinforce", "reported", "Nigerien army", ["ديركو"], ["ماداما"]),
 ],
 "qnp4": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["براك", "إدري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["براك", "إدري"], ["سبها"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار بنينا"]),
  mv("redeploy", "denied", "Russian forces", ["قاعدة براك الجوية"], ["قاعدة الجفرة الجوية"]),
 ],
 "qnp5": [
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("withdraw", "planned", "Libyan National Army", ["أوباري"], ["سبها"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["أوباري"]),
  mv("shipment", "denied", "Misrata forces", ["مصراتة"], ["أوباري"], ["الشويرف"]),
 ],
}

NOTES = {
 "qnp1": "Libyan news site (Al-Menassa) from Sabha on polling day: an LNA military-police company Tamanhint air base→"
         "Al-Manshiya, Al-Qurda and Al-Jadid (Sabha neighbourhoods), LNA 116th battalion patrols escorting ballot boxes "
         "Sabha→Samnu and Ghuddwa, a planned company Brak→Sabha, the military police's conditional return Al-Manshiya/"
         "Al-Qurda→Tamanhint base («لن يغادروا ... إلا بعد إعلان النتائج») and a denied GNU column Ash Shwayrif→Sabha; "
         "the electoral commission's trucks from Sabha airport, the civilian flight from Benghazi, observers from Ubari "
         "(written اوباري) and Murzuq, Tripoli as government, Sabha municipality and Wadi al-Shati are not movements or "
         "movement places; «المجلس البلدي الجديد» holds the neighbourhood name الجديد.",
 "qnp2": "Libyan news site (Al-Dawla, aldawla.com.ly) from Ghat: an LNA military transport plane Sabha airport→Ghat "
         "airport with military police, an armed LNA (Tariq bin Ziyad brigade) escort of civilian ballot trucks "
         "Ubari→Ghat via Al-Awaynat, a planned border-guard unit Ghat→Isayen crossing, the military police's "
         "conditional return Ghat→Sabha («بمجرد تسليم الصناديق») and an Algerian build-up in Djanet denied by Algeria's "
         "defence ministry; the ballot trucks themselves, staff buses from Sabha, the Sharara guards voting in Ubari, the "
         "border with Algeria (locator of Ghat), Akakus and the power cuts in Ghat and Al-Awaynat are not movements.",
 "qnp3": "Arab news site in Israel (Panet) with agencies, from Murzuq (also written مرزوق): an LNA 128th battalion "
         "column Sabha→Murzuq via Ghuddwa, a planned company to Al-Qatrun and Tajarhi, a conditional LNA push Al-Wigh "
         "base→the border with Niger (the Libya-Niger-Chad triangle only in the condition), the Chadian rebel FACT's "
         "denied crossing of the Toummo crossing towards Al-Qatrun and a Nigerien army reinforcement Dirkou→Madama; "
         "displaced families returning from Sabha and Umm al-Aranib, the postponed vote in Al-Qatrun, smuggling routes "
         "to Libya and Murzuq district are not movements or movement places.",
 "qnp4": "Iranian Arabic channel (Al-Kawthar) on the count in Wadi al-Shati: an LNA reinforcement Sabha→Brak and Idri, "
         "its conditional return Brak/Idri→Sabha («بمجرد ... ما لم»; Ubari only in the condition), a planned military "
         "flight of the General Command with the count sheets and their guards Brak air base→Benina airport and a denied move of Russian "
         "Africa Corps personnel Brak air base→Jufra air base; ballot boxes carried from Qirah and Tamzawa by civilian "
         "commission cars, Tripoli and Benghazi as governments and «الشاطئ» as Wadi al-Shati (no forces there) are "
         "not movements; «إدريس الشريف» holds إدري, «الفقيرة» holds قيرة.",
 "qnp5": "Israeli public broadcaster's Arabic service (Makan) with agencies on the contested Ubari result: an LNA "
         "column Sabha→Ubari, its planned pull-back Ubari→Sabha next Thursday, the GNU interior ministry's conditional "
         "police airlift Mitiga airport→Ubari and a denied arms shipment by Misratan forces Misrata→Ubari via Ash "
         "Shwayrif; protesters blocking the road to Sharara, commission staff driving the count sheets to Sabha in "
         "civilian cars, Tripoli as the seat of the ministry, «مكان تسليمها» (the outlet's name as a common word), postponed "
         "results in Ghat and Al-Qatrun and the UN mission's call are not movements or movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qnp1", "qnp2", "qnp3", "qnp4", "qnp5")
