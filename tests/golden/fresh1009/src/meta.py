# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # Sudan: cities and the Nile valley
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                            # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                            # G (row خرطوم)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                              # G (row الدبه)
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 # Sudan: Darfur and the northern desert
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                  # G
 "nyala_airport": ("airport", "SD", 12.0533, 24.9561, "Nyala Airport"),                 # K
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                  # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "tina_sd": ("town", "SD", 15.0330, 22.8180, "Tina (Sudan)"),                           # K
 "karnoi": ("town", "SD", 15.10, 23.30, "Karnoi"),                                      # K (approximate, see README)
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                      # G
 "border_sd_ly": ("region", "SD", 20.9, 25.3, "Sudan-Libya border (Sudan side)"),       # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudan side)"),  # G* (row الحدود السودانية التشادية)
 # Libya: Kufra and the Uweinat triangle
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra"),                       # G* (row district:LY-KF, written بلدية الكفرة)
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "arkenu": ("region", "LY", 22.25000, 24.73000, "Jebel Arkenu"),                        # G
 "uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                            # K
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات, written المثلث الحدودي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libya side)"),  # G* (row الحدود الليبية السودانية)
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "tine": ("town", "TD", 15.02528, 22.80222, "Tine (Chad)"),                             # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "bahai": ("town", "TD", 15.55000, 22.90000, "Bahai"),                                  # G
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G (row أم جرس)
 "amdjarass_airport": ("airport", "TD", 16.07, 22.87, "Amdjarass Airport"),             # K
 "ennedi_est": ("district", "TD", 16.9, 23.1, "Ennedi-Est Province"),                   # K
 "east_chad": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                     # G
 "border_td_sd": ("region", "TD", 14.3, 22.2, "Chad-Sudan border (Chad side)"),         # K
}

TRAPS = {
 "qlw1": ["إذاعة أم درمان", "القوات المسلحة السودانية", "الليبية", "السودانية", "بحيرتها المالحة"],
 "qlw2": ["الدار", "حركة تحرير السودان", "الطينة ذاتها", "التشادية", "التشادي"],
 "qlw3": ["إذاعة نيالا", "تحالف السودان التأسيسي", "الجيش الوطني الليبي", "خليفة حفتر", "الليبية"],
 "qlw4": ["قناة أم درمان", "خليفة حفتر", "الجيش الوطني الليبي", "كتيبة سبل السلام", "السودانية", "الليبي"],
 "qlw5": ["إلكترون تي في", "محمد إدريس ديبي", "إدريس ديبي", "تشادية", "التشادي", "السودانية", "سوداني"],
}

PHEN = {
 "qlw1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qlw2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "border_phrase",
          "coverage_neighbours", "countries"],
 "qlw3": ["multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "border_phrase",
          "coverage_neighbours", "countries"],
 "qlw4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qlw5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlw1": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  mv("advance", "planned", "Sudanese army", ["الدبة"], ["وادي هور"]),
  mv("reinforce", "reported", "Sudanese army", ["دنقلا"], ["الدبة"]),
  mv("advance", "conditional", "Sudanese army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Sudanese army", ["كرب التوم"], ["الدبة"]),
 ],
 "qlw2": [
  mv("advance", "reported", "Sudanese armed groups", ["الفاشر"], ["كرنوي"], ["كتم"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كرنوي"], ["الطينة"]),
  mv("withdraw", "conditional", "Sudanese armed groups", ["الطينة"]),
  mv("airlift", "planned", "Sudanese army", ["بورتسودان"], ["الطينة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["تيني"]),
 ],
 "qlw3": [
  mv("deploy", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("withdraw", "reported", "Sudanese army", ["المالحة"], ["كرب التوم"]),
  mv("advance", "planned", "Sudanese armed groups", ["المالحة"], ["الدبة"], ["وادي هور"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الطينة"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
 ],
 "qlw4": [
  mv("airlift", "reported", None, ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["قاعدة معطن السارة"]),
  mv("reinforce", "conditional", "Sudanese army", ["دنقلا"], ["كرب التوم"]),
  mv("deploy", "denied", "Libyan National Army", ["الكفرة"], ["الحدود مع السودان"]),
  mv("reinforce", "planned", "Libyan National Army", ["الكفرة"], ["جبل أركنو", "جبل العوينات"]),
  mv("withdraw", "reported", "Sudanese army", ["المثلث الحدودي"]),
 ],
 "qlw5": [
  mv("reinforce", "reported", "Chadian army", ["أبشي"], ["تيني"]),
  mv("redeploy", "planned", "Chadian army", ["أمجرس"], ["باهاي"]),
  mv("advance", "conditional", "Chadian army", [], ["الطينة"]),
  mv("withdraw", "reported", "Sudanese armed groups", ["كرنوي"], ["تيني"]),
  mv("airlift", "denied", None, ["الإمارات"], ["مطار أمجرس"]),
 ],
}

NOTES = {
 "qlw1": "Sudanese national radio (Radio Omdurman, whose name holds Omdurman) quotes the army spokesman: an RSF supply "
         "convoy Kufra→Al-Malha across Jebel Uweinat (shipment, Sudanese armed groups), a planned army column Ad-Dabbah"
         "→Wadi Howar, reinforcements Dongola→Ad-Dabbah, a conditional pursuit to the border with Libya (Sudan side) and "
         "a denied pull-back Karb al-Tom→Ad-Dabbah; «كل عربة تعبر المثلث الحدودي ... هدف مشروع» is a generic threat, "
         "not a move; «بحيرتها المالحة» (its salt lake) holds Al-Malha; El Fasher (distance, background), Libya and "
         "Chad (desert routes) are not movement places.",
 "qlw2": "Khartoum daily (Al-Dar) on the Tina front: an RSF push of 200 vehicles El Fasher→Karnoi via Kutum, joint-force "
         "groups pulling back Karnoi→Tina (Sudan), their conditional stay in Tina («لن ينسحبوا ... إلا إذا»), a planned "
         "army cargo flight Port Sudan→Tina and an RSF adviser's denial of crossing into Tiné (Chad); «من الطينة ذاتها» "
         "(of the same ilk) holds Tina; Geneina, El Fasher, the border with Chad and goods from Chad are background.",
 "qlw3": "RSF statement on Radio Nyala (name holds Nyala): RSF units Mellit→Al-Malha, army and joint force reported fleeing "
         "Al-Malha→Karb al-Tom, a planned advance from Al-Malha on Ad-Dabbah via Wadi Howar, a conditional entry into "
         "Tina and a denied LNA arms convoy Kufra→Al-Malha via the border triangle; the Northern State (the stated aim), "
         "Karnoi (RSF positions in the condition), Port Sudan (metonymy), Nyala airport strikes, the border with Chad (the "
         "topic of the quote) and the LNA's «protecting the Libyan border» are not movement places.",
 "qlw4": "Omdurman TV from Port Sudan on the foreign ministry's accusation against Haftar's forces: cargo flights Al Khadim "
         "base→Kufra airport (actor null), RSF trucks Kufra→North Darfur via Maaten al-Sarra base, a conditional army "
         "reinforcement Dongola→Karb al-Tom, the LNA's denial of any soldier sent Kufra→the border with Sudan (Libya "
         "side), a planned Subul al-Salam company Kufra→Jebel Arkenu and Jebel Uweinat, and the background June 2025 "
         "government pull-out from the border triangle; Benghazi (speaker, metonymy), Kufra municipality (refugees), "
         "Darfur (arms embargo, rhetorical fuel) and Egypt are not movement places.",
 "qlw5": "Chadian private TV (Electron TV) from N'Djamena: Chadian army reinforcements Abéché→Tiné, a planned company "
         "Amdjarass→Bahaï, a conditional crossing into Tina (Sudan), joint-force fighters reported pulling back Karnoi"
         "→Tiné and disarmed, and the government's denial of arms flights UAE→Amdjarass airport (actor null); Déby's "
         "names hold «إدري» beside the town Adré «أدري»; refugees through Adré and Tiné, Eastern Chad, Ennedi-Est and "
         "Port Sudan (accusations) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlw1", "qlw2", "qlw3", "qlw4", "qlw5")
