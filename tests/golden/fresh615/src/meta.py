# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 # shared Libyan places
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Al Kufra district"),             # G* (district row الكفرة)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "awjila": ("town", "LY", 29.10806, 21.28694, "Awjila"),                                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "benghazi_port": ("crossing", "LY", 32.110, 20.050, "Port of Benghazi"),               # K
 "uweinat": ("region", "LY", 21.90, 24.80, "Al-Awaynat as-Sharqiya (Jebel Uweinat area, Libyan side)"),  # K
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # ws1 Tazirbu (Al-Anba)
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "tazirbu_mun": ("district", "LY", 25.67289, 21.07286, "Tazirbu municipality"),         # G* (town row)
 # ws2 the triangle and Sudan (Al-Sudani)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),  # G* (row مثلث العوينات)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "border_sd_ly": ("region", "SD", 20.8, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 "eastoweinat_airport": ("airport", "EG", 22.58570, 28.71660, "Shark El Oweinat Airport"),  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 # ws3 the oil fields (Akhbar Al Khaleej)
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "nafoora": ("oilfield", "LY", 29.21320, 21.59240, "Nafoora oil field"),                # G
 # ws4 Tripoli's denial, Rebiana, Al-Hawari (Al-Quds Al-Arabi)
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                              # G (row ربيانة; written ربيانه)
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 # ws5 the Maaten al-Sarra road and Al-Awaynat (Sabq)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "eastoweinat": ("region", "EG", 22.58570, 28.71660, "East Oweinat (Sharq al-Owainat)"),  # G* (airport row, kind region)
}

TRAPS = {
 "ws1": ["سبل السلام", "الجيش الوطني الليبي", "الأنباء", "الحاج إدريس الزوي", "السودانية", "السودانيين"],
 "ws2": ["السوداني", "قوات الدعم السريع", "سبل السلام", "الجيش الوطني الليبي", "القوة المشتركة لحركات دارفور",
         "الجيش المصري", "مصرية", "المصرية"],
 "ws3": ["أخبار الخليج", "شركة الخليج العربي للنفط", "حرس المنشآت النفطية", "الجيش الوطني الليبي", "طريح السرير",
         "السودانيين", "ليبية"],
 "ws4": ["القدس العربي", "الجيش الوطني الليبي", "نوري الطرابلسي", "سبل السلام", "التشادية", "الملك إدريس السنوسي"],
 "ws5": ["جوف الصحراء", "سبل السلام", "الجيش الوطني الليبي", "تأمين الجنوب الشرقي", "الأخبار السارة", "سبق",
         "المصري", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "شارع طرابلس", "السودانيين", "سودانية", "الليبية"],
}

PHEN = {
 "ws1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "ws2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "ws3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "coverage_oil", "coverage_crossings"],
 "ws4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ws5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ws1": [
  mv("reinforce", "reported", "Libyan National Army", ["الكفرة"], ["تازربو"], ["بزيمة"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار الكفرة"]),
  mv("redeploy", "planned", "Libyan National Army", ["تازربو"], ["حقل السرير"]),
  mv("withdraw", "conditional", "Libyan National Army", ["تازربو"]),
  mv("reinforce", "denied", None, ["اجدابيا"], ["الكفرة"]),
 ],
 "ws2": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"], ["وادي هور"]),
  mv("deploy", "reported", "Libyan National Army", ["الكُفرة"], ["العوينات الشرقية"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["المالحة"]),
  mv("deploy", "planned", "Sudanese armed groups", ["دنقلا"], ["الحدود مع ليبيا"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["مطار شرق العوينات"]),
 ],
 "ws3": [
  mv("reinforce", "reported", "Libyan National Army", ["أجدابيا"], ["حقل السرير"], ["أوجلة"]),
  mv("deploy", "reported", "Libyan National Army", ["جالو"], ["حقل مسلة"]),
  mv("advance", "denied", "Sudanese armed groups", ["تازربو"], ["حقل السرير"]),
  mv("naval_landing", "planned", "Libyan National Army", ["ميناء بنغازي"], ["ميناء الحريقة"]),
  mv("redeploy", "conditional", "Libyan National Army", ["حقل النافورة"], ["حقل مسلة"]),
 ],
 "ws4": [
  mv("airlift", "denied", "GNA forces", ["مطار معيتيقة"], ["مطار الكفرة"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["ربيانه"]),
  mv("reinforce", "planned", "Libyan National Army", ["الكفرة"], ["ربيانه"]),
  mv("withdraw", "conditional", None, ["الهواري"]),
 ],
 "ws5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("mobilise", "reported", "Sudanese armed groups", [], ["العوينات الشرقية"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة الخادم"], ["مطار الكفرة"]),
  mv("shipment", "conditional", "Libyan National Army", ["الكفرة"], ["قاعدة معطن السارة"]),
  mv("deploy", "denied", "Egyptian army", ["شرق العوينات"], ["العوينات الشرقية"]),
 ],
}

NOTES = {
 "ws1": "Subul al-Salam (LNA) reinforces Tazirbu from Kufra via Buzayma after Tebu-Zuwayya clashes; a cargo plane "
        "Benina base→Kufra airport; a planned company Tazirbu→Sarir field; the units 'will not leave the town' until "
        "a reconciliation deal (conditional withdrawal from Tazirbu; Jalu and Awjila only the mediators' towns); "
        "Zuwayya notables deny a tribal column Ajdabiya→Kufra (actor null). Kuwait's aid flights to Kufra airport are "
        "humanitarian, not a movement; Chad and Sudan only trade routes.",
 "ws2": "Al-Sudani: an RSF column Al Malha (North Darfur)→the Libya-Egypt-Sudan triangle via Wadi Howar; Subul "
        "al-Salam deploys two companies Kufra→Al-Awaynat as-Sharqiya ('300 km' from Kufra); LNA denies fuel and "
        "ammunition tankers Kufra→Al Malha for the RSF; the Darfur joint force plans a force Dongola→the border with "
        "Libya (Sudanese side); a conditional Egyptian air reinforcement to East Oweinat airport if fighting nears "
        "the triangle (the triangle there only the condition). Port Sudan dateline, Cairo a metonym, refugees through "
        "Argeen and towards south-east Libya are not movements.",
 "ws3": "LNA reinforcements Ajdabiya→Sarir field via Awjila; an oil-guard unit Jalu→Messla field (Jalu's hospital "
        "is not a movement place); a denied advance of Sudanese mercenaries from the Tazirbu side towards 'the field' "
        "(= Sarir); a planned landing Benghazi port→Marsa al-Hariga (Tobruk only locates the terminal); a conditional "
        "regiment Nafoora field→Messla field. Headline 'حقلي السرير ومسلة' gives two oilfields without the head noun; "
        "Ajdabiya's '400 km' is a distance reference there.",
 "ws4": "GNU chief of staff denies a plane with fighters Mitiga airport→Kufra airport (headline Tripoli/Kufra repeat "
        "it); the LNA landed armour at Tobruk naval base from Benghazi port; Chadian opposition massing near "
        "Rebiana ('130 km west of Kufra' a distance reference) and a planned LNA company Kufra→'the town' (= Rebiana); "
        "Tebu fighters would pull out of Al-Hawari if the Zuwayya do (actor null). Tunis only a meeting venue; the "
        "borders with Chad and Sudan only describe the south.",
 "ws5": "Subul al-Salam patrols Kufra→Maaten al-Sarra base; Sudanese armed groups massing at Al-Awaynat as-Sharqiya "
        "('25 km from the border with Sudan' a distance reference); a planned airlift Al-Khadim base→Kufra airport; "
        "ammunition and fuel trucks in Kufra will move to 'the base' only if the road is secured (conditional "
        "shipment); Egypt denies units crossing East Oweinat→Al-Awaynat as-Sharqiya. A King Salman relief convoy "
        "Benghazi→Kufra is civilian; Tripoli only locates the GNU ministry; 'Tripoli Street' is a trap.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ws1", "ws2", "ws3", "ws4", "ws5")
