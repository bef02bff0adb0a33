# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # Libyan cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                                # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                        # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.055, "Port of Benghazi"),                   # K
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),                   # G* (row قاعدة طبرق البحرية)
 "brega_port": ("crossing", "LY", 30.41, 19.58, "Marsa al-Brega port"),                     # K
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),          # G
 # the Kufra district
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality"),              # G* (district row)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                             # G* (Kufra town row, name الجوف)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                             # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),             # G* (town row)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                      # G
 "uweinat": ("region", "LY", 21.90, 24.93, "Al Uwaynat (Jebel Uweinat area, Kufra)"),       # K
 "jebel_uweinat": ("region", "LY", 21.90, 24.93, "Jebel Uweinat"),                          # K
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G* (row جنوب شرق ليبيا)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "tina": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                      # K
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),                # G
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border"),                 # G* (row الحدود السودانية التشادية)
 # Chad
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré crossing"),                  # G* (town row أدري)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G
 "adji_kossei": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                 # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                                  # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kébir"),                          # G
 "border_td_ly": ("region", "TD", 21.0, 20.6, "Chad-Libya border (Chadian side)"),          # K
 # Egypt and Algeria
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "east_oweinat_airport": ("airport", "EG", 22.58570, 28.71660, "East Oweinat Airport"),     # G
 "kharga": ("town", "EG", 25.45101, 30.54653, "Kharga"),                                    # G
 "cairo_west": ("base", "EG", 30.116, 30.915, "Cairo West Air Base"),                       # K
 "border_eg_ly": ("region", "EG", 23.5, 25.3, "Egypt-Libya border (Egyptian side, south)"), # K
 "western_desert": ("region", "EG", 25.70408, 28.49824, "Western Desert (Egypt)"),          # G* (row غرب مصر)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
}

TRAPS = {
 "nq1": ["قورينا", "طارق بن زياد", "سبل السلام", "القيادة العامة للجيش الوطني الليبي", "المياه الجوفية"],
 "nq2": ["راديو دبنقا", "قوات الدعم السريع", "حركة تحرير السودان", "قناة الجزيرة", "القيادة العامة للجيش الوطني الليبي",
         "الليبية", "السوداني"],
 "nq3": ["يورونيوز", "إذاعة فرنسا الدولية", "جبهة الوفاق من أجل التغيير في تشاد", "محمد إدريس ديبي", "التشادي",
         "الليبية", "السودانية", "الجيش الوطني الليبي"],
 "nq4": ["الوطن", "قوات الدعم السريع", "دعم مالي", "هذه الزاوية", "المصرية", "ليبية", "القيادة العامة للجيش الليبي"],
 "nq5": ["المنارة", "حسين السوداني", "شارع طرابلس", "سبل السلام", "تشادية"],
}

PHEN = {
 "nq1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours", "countries"],
 "nq2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "nq3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases",
         "coverage_neighbours", "countries"],
 "nq4": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "nq5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "countries"],
}

LNA, SAG, CAG, EGY = "Libyan National Army", "Sudanese armed groups", "Chadian armed groups", "Egyptian army"


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "nq1": [
  _m("reinforce", "reported", LNA, ["بنغازي"], ["الكفرة"], ["أجدابيا", "جالو"]),
  _m("naval_landing", "reported", LNA, ["ميناء طبرق"], ["ميناء بنغازي"]),
  _m("deploy", "planned", LNA, [], ["ربيانة", "بزيمة"]),
  _m("advance", "conditional", LNA, ["الكفرة"], ["جبل العوينات", "المثلث الحدودي"]),
  _m("withdraw", "denied", LNA, ["العوينات"], ["الكفرة"]),
 ],
 "nq2": [
  _m("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هور"]),
  _m("advance", "reported", SAG, ["الطينة"], ["وادي هور"]),
  _m("reinforce", "planned", SAG, ["مليط"], ["المالحة"]),
  _m("airlift", "conditional", None, [], ["دنقلا"]),
  _m("deploy", "denied", LNA, [], ["المثلث الحدودي"]),
 ],
 "nq3": [
  _m("airlift", "reported", None, ["قاعدة أدجي كوسي الجوية"], ["أم جرس"]),
  _m("withdraw", "reported", CAG, ["أونيانغا كبير"], ["الحدود مع ليبيا"]),
  _m("mobilise", "denied", CAG, [], ["ربيانة", "الكفرة"]),
  _m("redeploy", "planned", LNA, ["تازربو"], ["الحدود مع تشاد"]),
  _m("advance", "conditional", None, [], ["أونيانغا"]),
 ],
 "nq4": [
  _m("reinforce", "reported", EGY, ["الخارجة"], ["شرق العوينات"]),
  _m("airlift", "planned", EGY, ["قاعدة القاهرة غرب الجوية"], ["مطار شرق العوينات"]),
  _m("deploy", "conditional", EGY, [], ["جبل العوينات"]),
  _m("shipment", "denied", LNA, ["حقل السرير"], ["الكفرة"]),
  _m("redeploy", "reported", LNA, ["الكفرة"], ["حقل السرير"]),
 ],
 "nq5": [
  _m("mobilise", "reported", LNA, [], ["تازربو"]),
  _m("deploy", "reported", LNA, ["الكفرة"], ["ربيانة"]),
  _m("naval_landing", "planned", LNA, ["ميناء طبرق"], ["ميناء البريقة"]),
  _m("reinforce", "planned", LNA, ["ميناء البريقة"], ["تازربو"], ["جالو"]),
  _m("shipment", "conditional", LNA, ["أجدابيا"], ["تازربو"]),
  _m("withdraw", "denied", LNA, ["حقل السرير"], ["تازربو"]),
 ],
}

NOTES = {
 "nq1": ("Quryna-style Benghazi daily from Kufra: an LNA (Tariq bin Ziyad) reinforcement Benghazi→Kufra via Ajdabiya "
         "and Jalu, a landing Tobruk port→Benghazi port, a planned deployment to Rebiana/Buzayma, a conditional advance "
         "Kufra→Jebel Uweinat/the triangle and Subul al-Salam's denied pull-out Al-Uwaynat→Kufra; العوينات is the "
         "south-eastern Uweinat, not the south-western town; smugglers' habitual routes to Darfur are not a movement."),
 "nq2": ("Radio Dabanga-style Sudanese report: an RSF-escorted fuel-and-ammunition convoy Kufra→Al Malha via the "
         "triangle and Wadi Howar, the joint force's advance Tina→Wadi Howar, a planned RSF reinforcement Mellit→Al "
         "Malha, a conditional Sudanese army airlift to Dongola (Port Sudan is the speaker's place) and the LNA's denied "
         "deployment in the triangle; refugees crossing to the Adré crossing are not a movement."),
 "nq3": ("Euronews Arabic-style report from N'Djamena: a Chadian army airlift Adji Kossei air base→Amdjarass, CCMSR "
         "rebels' pull-out Ounianga Kébir→the border with Libya, their denied massing in Rebiana/Kufra, a planned LNA "
         "redeploy Tazirbu→the border with Chad and the Chadian army's conditional advance to Ounianga; Idriss Déby and "
         "FACT's name are traps; Algiers as «الجزائر العاصمة»."),
 "nq4": ("El Watan-style Egyptian report: an Egyptian border-guard reinforcement Kharga→East Oweinat, a planned C-130 "
         "airlift Cairo West air base→East Oweinat airport, a conditional deployment at Jebel Uweinat, the LNA's denied "
         "fuel shipment Sarir field→Kufra and its reported redeploy Kufra→the Sarir field; «هذه الزاوية» and «دعم مالي» "
         "are common-word traps; الجزائر as host is the country."),
 "nq5": ("Al Manara-style Libyan site from Tazirbu: LNA massing in Tazirbu after an attack on a fuel convoy, a Subul "
         "al-Salam company Kufra→Rebiana, a planned landing Tobruk port→Brega port and the same battalion's onward "
         "move Brega port→Tazirbu via Jalu, a conditional supply convoy Ajdabiya→Tazirbu and a denied pull-out Sarir "
         "field→Tazirbu; Tripoli as a government seat next to the trap «شارع طرابلس»."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nq1", "nq2", "nq3", "nq4", "nq5")
