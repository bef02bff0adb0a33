# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                  # G
 # Kufra and the Libyan south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "taj": ("town", "LY", 24.20487, 23.28570, "At Taj"),                                   # G
 "buzayma": ("village", "LY", 25.00000, 22.00000, "Buzayma"),                           # G
 "maatan": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),              # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G* (row مثلث العوينات)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "messla": ("oilfield", "LY", 27.97472, 22.35833, "Messla oil field"),                  # G
 "se_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                  # G (row جنوب شرق ليبيا; G* for الجنوب الشرقي)
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),   # G* (row الحدود الليبية السودانية)
 "border_sd_ly": ("region", "SD", 21.0, 25.3, "Sudan-Libya border (Sudanese side)"),    # K
 # the Libyan north and west
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.105, 20.050, "Port of Benghazi"),               # K
 "tobruk_port": ("crossing", "LY", 32.070, 23.980, "Port of Tobruk"),                   # K
 "tobruk_airport": ("airport", "LY", 31.86100, 23.90700, "Tobruk Gamal Abdel Nasser Airport"),  # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Ghat district)"),            # G
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                  # G
 # Sudan
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                               # G
 "karbaltom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                      # G
 "wadihowar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                       # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                     # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "tina": ("town", "SD", 15.04, 22.83, "Tina (Sudan)"),                                  # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),   # G* (row الحدود السودانية التشادية)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "dabbah": ("town", "SD", 18.05, 30.95, "Ad Dabbah"),                                   # K
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),            # G
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                              # G
 "dongola_airport": ("airport", "SD", 19.154, 30.430, "Dongola Airport"),               # K
 "argeen": ("crossing", "SD", 22.00000, 31.25000, "Argeen land port"),                  # G
 "border_sd_eg": ("region", "SD", 21.99850, 31.34576, "Sudan-Egypt border (Sudanese side)"),  # G* (row الحدود السودانية المصرية)
 # Chad and elsewhere
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G* (row أونيانقا كبير, other spelling)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا, found by grep فادا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G* (row أبشي, other spelling)
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                    # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),       # G* (town row)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (city row نجامينا, found by grep إنجامينا)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                       # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "border_td_ly": ("region", "TD", 21.2, 20.2, "Chad-Libya border (Chadian side)"),      # K
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),    # G* (row الحدود التشادية السودانية)
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                       # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
}

TRAPS = {
 "zj1": ["الطرابلسي", "السرير", "المالي", "السودانية", "السودانيين"],
 "zj2": ["الجيش الوطني الليبي", "وكالة الأنباء الألمانية", "الجيش السوداني", "الهلال الأحمر الليبي",
         "القوات المسلحة السودانية", "السودانيون"],
 "zj3": ["دارفور 24", "حركة تحرير السودان", "المالي", "الليبية", "الهلال الأحمر الليبي"],
 "zj4": ["القوات المسلحة السودانية", "وكالة السودان للأنباء", "قوات درع السودان", "كامل إدريس"],
 "zj5": ["مونت كارلو الدولية", "الجيش التشادي", "محمد إدريس ديبي", "التشادية", "الليبية", "السودانيين",
         "التشاديين", "تشادي", "كولومبي"],
}

PHEN = {
 "zj1": ["clitics", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "zj2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "zj3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "zj4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zj5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zj1": [
  mv("advance", "reported", "Sudanese armed groups", ["المالحة"], ["كرب التوم"], ["وادي هور"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["الحدود مع ليبيا"]),
  mv("deploy", "planned", "Libyan National Army", ["الكفرة"], ["الهواري"]),
  mv("reinforce", "conditional", "Libyan National Army", [], ["قاعدة معطن السارة"]),
 ],
 "zj2": [
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["ميناء طبرق"]),
  mv("airlift", "planned", "Libyan National Army", ["مطار طبرق"], ["مطار الكفرة"]),
  mv("redeploy", "reported", "Libyan National Army", ["حقل السرير"], ["الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["بنغازي"]),
  mv("shipment", "denied", "Libyan National Army", ["الكفرة"], ["كرب التوم"], ["جبل العوينات"]),
 ],
 "zj3": [
  mv("withdraw", "reported", "Sudanese armed groups", ["كرب التوم"], ["الطينة"]),
  mv("mobilise", "planned", "Sudanese armed groups", [], ["مليط"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["الطينة"]),
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["المالحة"], ["جبل العوينات"]),
  mv("deploy", "denied", "Sudanese armed groups", [], ["قاعدة معطن السارة"]),
 ],
 "zj4": [
  mv("advance", "reported", "Sudanese armed groups", ["الدبة"], ["وادي هور"]),
  mv("redeploy", "reported", "Sudanese armed groups", ["دنقلا"], ["الدبة"]),
  mv("airlift", "planned", "Sudanese armed groups", ["بورتسودان"], ["مطار دنقلا"]),
  mv("reinforce", "conditional", "Sudanese armed groups", [], ["منفذ أرقين"]),
  mv("withdraw", "denied", "Sudanese armed groups", ["كرب التوم"]),
 ],
 "zj5": [
  mv("redeploy", "reported", "Chadian armed groups", ["فادا"], ["أونيانغا كبير"]),
  mv("deploy", "planned", "Chadian armed groups", ["أبشة"], ["معبر أدري"]),
  mv("airlift", "conditional", "Chadian armed groups", ["إنجامينا"], ["أم جرس"]),
  mv("naval_landing", "denied", "Foreign fighters", [], ["ميناء بنغازي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["العوينات"]),
 ],
}

NOTES = {
 "zj1": "UN News: UNHCR relocates 3,200 refugees from informal sites in Kufra to a site near Al-Hawari (civilians, not a "
        "movement); OCHA reports an RSF advance Al Malha→Karb al-Tom via Wadi Howar (families fleeing toward the border "
        "triangle are not a movement); the RSF denies massing near the border with Libya (Sudanese side); Subul al-Salam "
        "(LNA) plans a company Kufra→Al-Hawari and would reinforce Maaten al-Sarra if infiltration through Jebel Uweinat "
        "continues (Jebel Uweinat = condition only); a WFP convoy Benghazi→Kufra held near the Messla field is aid, not a "
        "force. Geneva, El Fasher, Mellit, Tripoli and Benghazi (second) are speakers, origins of refugees or offices.",
 "zj2": "dpa from Tunis: an LNA battalion landed at Tobruk port from Benghazi port; a planned airlift Tobruk airport→Kufra "
        "airport; a company moved earlier Sarir field→Kufra; the battalion 'from Benghazi will return to it' once the "
        "border with Sudan calms (conditional withdraw, destination Benghazi, the border only the condition); the LNA "
        "denies sending ammunition trucks Kufra→Karb al-Tom via Jebel Uweinat; 900 refugees moved from a school to a "
        "camp at At-Taj (not forces); migrants' route to Ajdabiya, Tripoli and the Tunisian border is civilian; Tunis is "
        "the dateline city, Tunisia the country.",
 "zj3": "Darfur 24 from Kufra: refugee trucks Al Malha→Kufra (civilians); the Joint Force withdrew Karb al-Tom→Tina "
        "(Sudanese side of the Chad border); an RSF commander's planned massing in Mellit and conditional advance on "
        "Tina; RSF fuel tankers Kufra→Al Malha via Jebel Uweinat seen by the correspondent (reported); the RSF denies "
        "deploying at Maaten al-Sarra; the Red Crescent moves 300 families to a camp in Buzayma (not forces).",
 "zj4": "SUNA from Port Sudan: the army's Desert column advanced Ad Dabbah→Wadi Howar; a brigade Dongola→Ad Dabbah; a "
        "planned special-forces airlift Port Sudan→Dongola airport; a conditional reinforcement to the Argeen land port "
        "on the Egyptian border (border = locator); a denied Joint Force withdrawal from Karb al-Tom; Kufra called a "
        "'corridor' (no movement); displaced people moved Ad Dabbah→a camp near Dongola and evacuation flights of "
        "returnees from Kufra via Al-Uwaynat are civilian; Djibouti (city) only where the PM returned from.",
 "zj5": "Monte Carlo Doualiya from Paris: Chadian armoured units Fada→Ounianga Kebir; a planned battalion Abeche→the "
        "Adre crossing; a conditional airlift N'Djamena→Amdjarass; the LNA denies a landing of Colombian fighters at "
        "Benghazi port; Chadian rebels massing near Al-Awaynat in the south-west (UN experts, reported) — not Jebel "
        "Uweinat, which is only named to tell them apart; UNHCR moves refugees Adre→camps near Abeche (not forces).",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zj1", "zj2", "zj3", "zj4", "zj5")
