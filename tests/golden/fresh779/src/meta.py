# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 # the Nafusa mountains
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G (row region:western-mountain)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut district"),                # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "rhaibat": ("town", "LY", 31.84637, 11.84360, "Ar-Rahaibat"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "yefren_mun": ("district", "LY", 32.06329, 12.52859, "Yafran municipality"),           # G* (town row)
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                         # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                           # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                   # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 # the coast and the plain
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G (gn:2216885)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),         # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),               # G
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),    # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),          # G* (row مصفاة الزاوية)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.095, "Port of Zuwara"),                   # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # the Tunisian border
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border post"),       # G* (row منفذ وازن, country TN)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_deleg": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),           # G* (town row)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G
 "border_tnly": ("region", "TN", 32.10, 10.55, "Tunisia-Libya border (Tunisian side)"), # K
 # the Algerian border
 "border_dz": ("region", "LY", 29.6, 9.9, "Libya-Algeria border (Libyan side, Ghadames sector)"),  # K
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
}

TRAPS = {
 "qda1": ["القدس العربي", "المنطقة العسكرية الغربية", "زنتانية", "التونسية", "مادغيس الوازني", "عسكري تونسي", "الجيش التونسي",
          "الأمازيغية"],
 "qda2": ["زنتاني", "مونت كارلو الدولية", "هذه الزاوية", "سليمان الجادوي", "الليبي", "المجلس الأعلى للأمازيغ",
          "الأمازيغية"],
 "qda3": ["الجيش التونسي", "الجوهرة أف أم", "الجانب التونسي", "الليبية", "محمد الطرابلسي", "كتيبة شهداء وازن", "الأمازيغية"],
 "qda4": ["الجريدة", "زنتانية", "إدريس الككلي", "اللواء 444 قتال", "فجر ليبيا", "معسكر", "مازيغ اليفرني",
          "الأمازيغية"],
 "qda5": ["الأمازيغي", "عمون", "جهاز دعم الاستقرار", "الليبية", "إدريس أوسليمان", "الجيش الوطني الليبي",
          "الجيش الجزائري", "المجلس الأعلى لأمازيغ ليبيا"],
}

PHEN = {
 "qda1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qda2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "qda3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qda4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases"],
 "qda5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
          "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qda1": [
  mv("deploy", "reported", "GNA forces", ["قاعدة الوطية"], ["منفذ وازن"], ["تيجي", "نالوت"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["غدامس"], ["سيناون"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "denied", "Zintan forces", [], ["كاباو"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["الذهيبة"]),
 ],
 "qda2": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["الزاوية"], ["الرياينة", "بئر الغنم"]),
  mv("withdraw", "conditional", "Zintan forces", ["الزاوية"], ["الزنتان"]),
  mv("mobilise", "reported", "GNA forces", [], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", ["جنزور"], ["الزاوية"]),
  mv("naval_landing", "conditional", "GNA forces", ["ميناء طرابلس"], ["ميناء الزاوية"]),
  mv("deploy", "denied", "Zintan forces", [], ["جادو", "الرحيبات"]),
 ],
 "qda3": [
  mv("reinforce", "reported", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("withdraw", "conditional", "Tunisian army", [], ["رمادة"]),
  mv("shipment", "planned", "Tunisian army", ["مدنين"], ["تطاوين"]),
  mv("advance", "denied", "Libyan National Army", [], ["وازن"], ["درج"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["وازن"]),
 ],
 "qda4": [
  mv("redeploy", "reported", "Zintan forces", ["الزنتان"], ["قاعدة الوطية"], ["الرجبان"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["قاعدة الوطية"]),
  mv("withdraw", "conditional", "Zintan forces", ["الوطية"], ["الزنتان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["يفرن"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["القواليش"], ["العزيزية"]),
 ],
 "qda5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["كاباو"], ["جادو"]),
  mv("redeploy", "planned", "GNA forces", [], ["الحوامد"]),
  mv("shipment", "planned", "GNA forces", ["قاعدة الوطية"], ["كاباو"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("advance", "denied", "Libyan National Army", ["الحمادة الحمراء"], ["نالوت"], ["كاباو"]),
  mv("reinforce", "conditional", "Algerian army", [], ["الدبداب"]),
 ],
}

NOTES = {
 "qda1": "Nalut council: a Western Military Region convoy Al-Watiya base→the Wazin crossing via Tiji and Nalut (Dehiba "
         "'3 km' only a distance reference there); a planned company Nalut→Ghadames via Sinawen and a planned airlift of "
         "its heavy equipment Mitiga airport→Ghadames airport (the border with Algeria is only the purpose); a denied "
         "Zintani checkpoint at the Kabaw junction (Zintan only the seat of the denying council); the Tunisian army's "
         "conditional reinforcement Tataouine→Dehiba (the border with Tunisia only the condition). Tripoli is the "
         "dateline and the government's seat; Libya, Tunisia and Ras Ajdir are background.",
 "qda2": "A Zintani column Zintan→the southern entrance of Zawiya via Al-Rayayna and Bir al-Ghanam; its conditional "
         "return Zawiya→Zintan; a GNU battalion massed in Janzour (reported), to move Janzour→Zawiya (planned) and, if "
         "the coast road is closed, by sea Tripoli port→Zawiya port (conditional); Jadu council denies Zintani "
         "checkpoints at Jadu and Al-Rahaibat. Tunis is the dateline; the refinery, the coast, Tunisia and the route "
         "Zintan–Zawiya in the analyst's background add no movement; «من هذه الزاوية» is a common-word trap.",
 "qda3": "Tunisian side: reinforcements Remada barracks→Dehiba; their conditional return to Remada (no origin written "
         "in that sentence); a planned ammunition-and-fuel supply convoy Medenine→Tataouine (the Tunisian-Libyan "
         "border only the purpose); Nalut council denies that Haftar's units reached Wazin via Derj and reports a "
         "border-guard battalion Nalut→Wazin. Tataouine is also the dateline, Tunis the ministry's seat, Dehiba's "
         "delegate a speaker; '40 km west of Nalut' is a distance reference.",
 "qda4": "Zintan's military council moves 30 vehicles Zintan→Al-Watiya base via Al-Rujban; a GNU cargo plane Mitiga "
         "airport→the base («إلى القاعدة» = Al-Watiya); the Zintanis' conditional return Al-Watiya→Zintan; Yefren's "
         "mayor denies a Zintani massing at Yefren's northern entrance; a planned 444 Brigade force Tripoli→Al-Qawalish "
         "via Al-Aziziyah (the Yefren–Al-Asabaa road only the purpose). The 2014 airport war, the Nafusa towns' camps "
         "(«معسكر», a common-word trap for Mascara) and the Yefren council are background.",
 "qda5": "Kabaw council: a Stability Support Apparatus force Tripoli→Kabaw via Jadu; half of it to move on to "
         "Al-Hawamid (planned, no origin written in that sentence); a planned fuel-and-ammunition shipment Al-Watiya "
         "base→Kabaw; a denied LNA column Hamada al-Hamra→Nalut via Kabaw; the Algerian army's conditional "
         "reinforcement of Debdeb (Ghadames a locator, the border with Algeria the condition); a naval landing Tripoli "
         "port→Zuwara port (Zuwara council = source). Amman is the dateline, Algiers the speaker's city; Al-Wafa "
         "field, Nalut district and the Nalut–Wazin roads are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qda1", "qda2", "qda3", "qda4", "qda5")
