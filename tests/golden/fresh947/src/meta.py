# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # qjm1 Kufra: Zuwayya-Tebu truce (Al-Rai Al-Aam)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 # qjm2 Ubari: Tuareg-Tebu agreement (Saraya News)
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awinat (Wadi al-Ajal)"),              # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                      # G
 # qjm3 Sabha: Awlad Suleiman-Tebu truce (Al-Tahrir)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al-Shati"),                      # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G
 "tayouri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                   # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "qurda": ("town", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                       # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "rome": ("city", "IT", 41.89193, 12.51133, "Rome"),                                    # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # qjm4 Sarir/Messla: Zuwayya oil protest (Al-Manar)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا)
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil terminal"),           # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 # qjm5 Ghat/Isayen: Tuareg mediation and Algeria (Lakome)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barkat"),                             # G* (row البركات, written البركت)
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                  # G* (row spelled ربات)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 "border_dz": ("region", "DZ", 24.75, 9.95, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
}

TRAPS = {
 "qjm1": ["الرأي العام", "عبد السلام الجالوي", "قوة حماية الكفرة", "الجيش الوطني الليبي", "الأنباء السارة",
          "المغاربة", "الليبية", "السودانيين"],
 "qjm2": ["سرايا", "إدريس الفزاني", "طارق بن زياد", "الشرارة الأولى", "الجيش الوطني", "الليبي"],
 "qjm3": ["التحرير", "إدريس المرزوقي", "المرزوقي", "قوة حماية الجنوب", "الجيش الوطني الليبي", "الليبي"],
 "qjm4": ["المنار", "مفتاح الطبرقي", "تحت القبة", "المغاربة", "الليبية", "الجيش الوطني"],
 "qjm5": ["لكم", "إبراهيم الغاتي", "تاسيلي 2026", "بلاغات", "الدعم المالي", "الجيش الوطني الليبي",
          "الجزائرية", "الجزائري", "جزائرية", "ليبية"],
}

PHEN = {
 "qjm1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qjm2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "qjm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "vague_area", "coverage_bases", "coverage_oil", "countries"],
 "qjm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjm1": [
  mv("withdraw", "reported", None, ["الهواري"], ["ربيانة"]),
  mv("deploy", "planned", "Libyan National Army", ["تازربو"], ["الهواري"]),
  mv("withdraw", "conditional", None, ["بزيمة"]),
  mv("withdraw", "denied", "Libyan National Army", ["مطار الكفرة"]),
  mv("airlift", "denied", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("reinforce", "reported", "Libyan National Army", [], ["قاعدة معطن السارة"]),
 ],
 "qjm2": [
  mv("withdraw", "reported", None, ["أوباري"], ["العوينات"]),
  mv("withdraw", "conditional", None, ["أوباري"]),
  mv("redeploy", "planned", "Libyan National Army", ["سبها"], ["حقل الشرارة"]),
  mv("mobilise", "denied", None, ["النيجر", "الجزائر"], ["جرمة"]),
  mv("shipment", "reported", None, [], ["أوباري"], ["منفذ التوم", "أم الأرانب"]),
 ],
 "qjm3": [
  mv("withdraw", "reported", None, ["المنشية"], ["الطيوري"]),
  mv("redeploy", "reported", "Libyan National Army", ["قاعدة تمنهنت"], ["القرضة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("withdraw", "denied", "Libyan National Army", ["قلعة سبها"]),
  mv("advance", "conditional", None, [], ["الطيوري"]),
  mv("reinforce", "denied", "Chadian armed groups", ["تشاد"], ["سبها"], ["القطرون"]),
 ],
 "qjm4": [
  mv("mobilise", "reported", None, [], ["حقل السرير"]),
  mv("withdraw", "planned", None, ["حقل مسلة"], ["جالو"]),
  mv("withdraw", "conditional", None, ["حقل السرير"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء الزويتينة"]),
  mv("naval_landing", "denied", "Libyan National Army", [], ["ميناء البريقة"]),
 ],
 "qjm5": [
  mv("withdraw", "planned", None, ["منفذ إيسين"], ["غات"]),
  mv("deploy", "reported", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("airlift", "reported", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"]),
  mv("shipment", "reported", None, ["جانت"], ["منفذ إيسين"]),
  mv("reinforce", "conditional", "Libyan National Army", ["أوباري"], ["غات"]),
 ],
}

NOTES = {
 "qjm1": "Sudanese daily's report from Kufra on a Zuwayya-Tebu truce brokered by Majabra, Magharba and Awlad Suleiman "
         "elders: Tebu gunmen pulled back Al-Hawari→Rebiana, a planned LNA-affiliated company Tazirbu→Al-Hawari (its "
         "force name contains Kufra), a Zuwayya pull-out from the Buzayma gate conditional on a prisoner release, the "
         "Subul al-Salam battalion refusing to leave Kufra airport (denied withdrawal), a denied cargo flight Benina→"
         "Kufra airport and earlier LNA reinforcements to Maaten al-Sarra ('الأنباء السارة' is a common-word trap); the "
         "Sudanese border is only a distance reference, Darfur and Chad background.",
 "qjm2": "Jordanian site's wire story on a Tuareg-Tebu agreement in Ubari brokered by Ghat and Murzuq elders (Doha/"
         "Qatar only the 2015 background): a Tuareg battalion pulled back from Ubari hospital to Al-Awinat, the Tebu "
         "refusing to leave eastern Ubari unless a neutral force takes over (conditional), a planned LNA transfer "
         "Sabha→Sharara field ('سرايا' is both the outlet and 'companies'), a denied massing in Germa of Tuareg from "
         "Niger and Algeria ('الشرارة الأولى' trap) and an arms shipment via the Toummo crossing and Umm al-Aranib to "
         "Ubari; the Niger border phrase only locates the crossing.",
 "qjm3": "Egyptian site on an Awlad Suleiman-Tebu truce in Sabha brokered by Idri and Brak elders (spokesman named Idris "
         "al-Marzouqi): Tebu gunmen Manshiya→Tayouri, an LNA battalion Tamanhint base→Qurda, a planned airlift of "
         "military police Jufra air base→Sabha airport, the 6th Infantry refusing to leave Sabha castle (denied "
         "withdrawal), Awlad Suleiman youths threatening to advance on Tayouri (conditional) and a denied arrival of "
         "Chadian fighters in Sabha via Al Qatrun; Rome/Italy 2017 and Tripoli are background.",
 "qjm4": "Lebanese channel's site on Zuwayya youths massing at the Sarir field and stopping Messla: a planned pull-back "
         "Messla→Jalu, a conditional exit from Sarir, an LNA marine landing Tobruk naval base→Zueitina port and a "
         "denied landing at Brega port; the mediators are from Ajdabiya (spelled اجدابيا), the NOC in Tripoli, Awjila "
         "and Kufra only background, 'تحت القبة' (parliament) a common-word trap and the mediator's name contains Tobruk.",
 "qjm5": "Moroccan site from Rabat on Tuareg mediation over the Isayen crossing: a planned pull-out Isayen→Ghat, an "
         "Algerian deployment Djanet→the border with Libya, an Algerian airlift Tamanrasset→Djanet airport, a denied "
         "Algerian incursion into Al-Barkat, an unverified fuel-and-ammunition shipment Djanet→Isayen and a "
         "conditional LNA reinforcement Ubari→Ghat; elders coming from Djanet, the ministry in Algiers, Mali and "
         "Niamey are not movement places ('بلاغات' and 'الدعم المالي' are common-word traps).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjm1", "qjm2", "qjm3", "qjm4", "qjm5")
