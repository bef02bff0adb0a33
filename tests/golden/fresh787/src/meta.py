# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "abusalim": ("district", "LY", 32.88743, 13.18733, "Abu Salim (Tripoli)"),             # G* (row أبو سليم, kind town)
 "sikka": ("district", "LY", 32.865, 13.165, "Tariq al-Sikka (Tripoli)"),               # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 # qdi1 Abu Salim (Al-Quds Al-Arabi)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr bin Ghashir"),                        # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "souq": ("district", "LY", 32.88300, 13.23300, "Souq al-Jumaa (Tripoli)"),             # G* (row سوق الجمعة, kind town)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 # qdi2 Kufra (Al-Sudani)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),           # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G* (row خرطوم)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),    # G
 # qdi3 Zawiya (Al-Chourouk)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G* (row مصفاة الزاوية)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn_side": ("region", "TN", 32.5, 10.95, "Tunisia-Libya border (Tunisian side)"),  # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qdi4 Tariq al-Sikka (Al-Jarida)
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 # qdi5 Sabha (Al-Wafd)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (row المنشية, kind town)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"), # G* (row الحدود الليبية النيجرية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
}

TRAPS = {
 "qdi1": ["القدس العربي", "كتيبة ثوار طرابلس", "خالد الطرابلسي", "دعم مالي", "الليبية"],
 "qdi2": ["السوداني", "تلفزيون السودان", "إدريس عبد الجليل", "الجيش الوطني الليبي", "الليبية"],
 "qdi3": ["مركز النصر", "قوة الإسناد الأولى الزاوية", "هذه الزاوية", "وكالة تونس إفريقيا للأنباء", "الجيش التونسي",
          "الليبية"],
 "qdi4": ["ليبيا الأحرار", "الحافلات الخمس", "المصراتية", "اللبنانية", "الليبية"],
 "qdi5": ["الوفد", "ليبيا الحدث", "المنطقة العسكرية سبها", "الإدريسي", "الجيش الوطني الليبي", "تشادي", "الليبية"],
}

PHEN = {
 "qdi1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases",
          "coverage_neighbours", "countries"],
 "qdi2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qdi3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qdi4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "town_vs_district", "countries"],
 "qdi5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdi1": [
  mv("deploy", "reported", "GNA forces", ["عين زارة"], ["أبو سليم"]),
  mv("redeploy", "planned", "GNA forces", ["أبو سليم"], ["قصر بن غشير"]),
  mv("mobilise", "denied", "GNA forces", [], ["قاعدة معيتيقة"]),
  mv("advance", "conditional", "GNA forces", ["تاجوراء"], ["أبو سليم"]),
 ],
 "qdi2": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["الكفرة"], ["جالو"]),
  mv("shipment", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("advance", "conditional", "Libyan National Army", [], ["الحدود مع السودان"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["مثلث العوينات"]),
 ],
 "qdi3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "conditional", "GNA forces", ["الزاوية"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء الزاوية"]),
  mv("reinforce", "denied", "GNA forces", ["صبراته"], ["الزاوية"]),
  mv("redeploy", "planned", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qdi4": [
  mv("withdraw", "reported", "GNA forces", ["طريق السكة"], ["أبو سليم"]),
  mv("redeploy", "conditional", "GNA forces", [], ["طريق السكة"]),
  mv("naval_landing", "planned", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("deploy", "denied", "GNA forces", ["ترهونة"], ["طريق السكة"]),
 ],
 "qdi5": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("shipment", "planned", "Libyan National Army", ["سبها"], ["أوباري"]),
  mv("withdraw", "conditional", "Libyan National Army", ["المنشية"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["القطرون"]),
 ],
}

NOTES = {
 "qdi1": "Abu Salim detention centre: a GNA force Ain Zara→Abu Salim (reported), a planned company Abu Salim→Qasr bin "
         "Ghashir (the road to Tripoli International Airport is its purpose, not a destination), Rada's denied massing "
         "of 40 vehicles at Mitiga base (Souq al-Jumaa only where its men stayed), a Tajoura battalion's conditional "
         "advance on Abu Salim; 340 detainees bused Abu Salim→Tariq al-Sikka are not a force movement; Tunis is only "
         "the IOM spokesman's office; Mali is gold beside the trap 'دعم مالي'.",
 "qdi2": "Kufra detention centre (Sudanese outlet): 700 Sudanese deported by truck towards Dongola (not a force move); "
         "LNA reinforcements Ajdabiya→Kufra via Jalu and fuel/ammunition trucks Sarir field→Kufra ('المدينة' = Kufra), "
         "a planned airlift Benina→Kufra airport, a conditional advance to the border with Sudan (no origin written), "
         "and the RSF's denied massing in the Uweinat triangle; Darfur, Khartoum, Chad are only where refugees fled from.",
 "qdi3": "Zawiya's al-Nasr centre (Tunisian outlet): a GNA force Tripoli→Zawiya via Janzour and Al-Maya, its "
         "conditional withdrawal from Zawiya, a planned naval landing Abu Sitta naval base→Zawiya oil port, Sabratha's "
         "denied reinforcement of Zawiya, the Tunisian army's planned unit Tataouine→Dehiba; 18 detainees handed over at "
         "Ras Ajdir, arrests near Zuwara and boats towards Italy are not force moves; the border with Libya is only "
         "described (low traffic).",
 "qdi4": "Tariq al-Sikka centre (Kuwaiti outlet): the SSA's reported pull-back Tariq al-Sikka→its Abu Salim HQ, its "
         "conditional return to Tariq al-Sikka (no origin in that sentence), a planned landing ship Misrata→Tripoli "
         "port with Misratan fighters, the 444 Brigade's denied move Tarhuna→Tariq al-Sikka; Syrians and Lebanese "
         "Beirut→Benghazi, the Tripoli-in-Lebanon story and the IOM return flight Mitiga→Niamey are not force moves.",
 "qdi5": "Sabha detention centre (Egyptian outlet): 30 Egyptians flown Sabha airport→Benghazi for deportation via "
         "Sallum (not a force move; Qatrun–Umm al-Aranib only where they were caught), an LNA airlift Jufra air base→"
         "Sabha airport (reported), a planned fuel/ammunition convoy Sabha→Ubari, a conditional withdrawal from "
         "Al-Manshiya, and a Chadian rebel group's denied massing in Al-Qatrun (the border with Niger only locates it).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdi1", "qdi2", "qdi3", "qdi4", "qdi5")
