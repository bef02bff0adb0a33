# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                   # G
 # Sudan: capitals and the north
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                           # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                              # G* (row خرطوم)
 "debba": ("town", "SD", 18.050, 30.950, "Ad Dabbah"),                                    # K
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                # G
 "northern_state": ("district", "SD", 19.45943, 29.85719, "Northern State"),              # G
 "merowe_airport": ("airport", "SD", 18.443, 31.843, "Merowe Airport"),                   # K
 # Darfur
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                       # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                               # G
 "abushouk": ("village", "SD", 13.660, 25.335, "Abu Shouk camp"),                         # K
 "zamzam": ("village", "SD", 13.490, 25.290, "Zamzam camp"),                              # K
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                  # G
 "mellit_loc": ("district", "SD", 14.13333, 25.55000, "Mellit locality"),                 # G* (town row)
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                    # G
 "kutum_loc": ("district", "SD", 14.20000, 24.66667, "Kutum locality"),                   # G* (town row)
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                    # G
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                 # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                             # G
 "tina": ("town", "SD", 15.030, 22.830, "Tina (Sudan)"),                                  # K
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"),  # G* (row الحدود السودانية التشادية)
 "border_sd_ly": ("region", "SD", 20.80, 25.20, "Sudan-Libya border (Sudanese side)"),    # K
 # Chad
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné (Chad)"),                               # G
 "tina_crossing": ("crossing", "TD", 15.027, 22.815, "Tiné-Tina border crossing"),        # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                            # G
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                             # G
 # Libya
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                    # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                 # G
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),   # G* (row مثلث العوينات)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Uweinat (border triangle area)"),       # G* (row مثلث العوينات)
 "jebel_uweinat": ("region", "LY", 21.905, 24.970, "Jebel Uweinat"),                      # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),              # G
 "ly_borders": ("region", "LY", 26.34158, 9.74576, "Libya's borders"),                    # G
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                 # G
 # Egypt and beyond
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                    # G
 "east_uweinat": ("town", "EG", 22.58570, 28.71660, "East Owainat"),                      # G* (row مطار شرق العوينات)
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti"),                              # G
}

TRAPS = {
 "qan1": ["وكالة السودان للأنباء", "سونا", "ميليشيا آل دقلو", "الليبية", "الآبار المالحة", "التشادية", "كامل إدريس"],
 "qan2": ["السوداني", "قوات الدعم السريع", "الجيش الوطني الليبي", "كتيبة سبل السلام", "الأطراف السودانية",
          "الأراضي الليبية"],
 "qan3": ["دارفور24", "قوات الدعم السريع", "إيغاد", "كتمان", "التشادي", "تشادي", "قوات حفتر", "السودانية"],
 "qan4": ["الراكوبة", "الجيش الليبي", "المصري", "القوات المسلحة المصرية", "الجيش السوداني", "كامل إدريس", "إيغاد", "قوات الدعم السريع",
          "ليبية وسودانية"],
 "qan5": ["الانتباهة", "قوات الدعم السريع", "الجيش الوطني الليبي", "سودانية", "المجلس الرئاسي"],
}

PHEN = {
 "qan1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_neighbours", "countries"],
 "qan2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qan3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qan4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "coverage_oil",
          "coverage_neighbours", "countries"],
 "qan5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
          "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


SAG = "Sudanese armed groups"  # RSF, the Sudanese army (SAF, air force) and the joint force: no separate canonical actor
LNA = "Libyan National Army"

MOVES = {
 "qan1": [
  mv("advance", "reported", SAG, ["الدبة"], ["المالحة"], ["وادي هور"]),
  mv("shipment", "reported", SAG, ["الكفرة"], ["مليط"], ["المثلث الحدودي"]),
  mv("reinforce", "planned", SAG, ["دنقلا"], ["المالحة"]),
  mv("advance", "conditional", SAG, ["المالحة"], ["مليط"]),
  mv("withdraw", "denied", SAG, ["الطينة"], ["الطينة"]),
 ],
 "qan2": [
  mv("reinforce", "reported", SAG, ["الكفرة"], ["وادي هور"], ["جبل العوينات"]),
  mv("airlift", "reported", None, [], ["مطار الكفرة"]),
  mv("deploy", "denied", LNA, ["قاعدة معطن السارة"], ["المثلث"]),
  mv("redeploy", "planned", LNA, ["الكفرة"], ["العوينات"]),
  mv("advance", "conditional", SAG, ["المالحة"], ["جبل العوينات"]),
 ],
 "qan3": [
  mv("reinforce", "reported", SAG, ["الفاشر"], ["كتم"]),
  mv("advance", "planned", SAG, ["كتم"], ["الطينة"]),
  mv("mobilise", "reported", SAG, [], ["الطينة"]),
  mv("reinforce", "conditional", "Chadian armed groups", ["أم جرس"], ["الطينة"]),
  mv("deploy", "denied", SAG, ["مليط"], ["ليبيا"]),
 ],
 "qan4": [
  mv("airlift", "reported", None, [], ["مطار الكفرة"]),
  mv("shipment", "reported", SAG, ["مطار الكفرة"], ["المالحه"], ["المثلث الحدودي"]),
  mv("redeploy", "reported", LNA, ["حقل السرير"], ["الكفره"]),
  mv("deploy", "denied", "Egyptian army", ["شرق العوينات"], ["المثلث الحدودي"]),
  mv("advance", "planned", SAG, ["الدبة"], ["وادى هور"]),
  mv("withdraw", "conditional", SAG, ["المالحه"], ["مليط"]),
 ],
 "qan5": [
  mv("reinforce", "reported", SAG, ["نيالا"], ["الفاشر"]),
  mv("advance", "planned", SAG, ["الفاشر"], ["المالحة"], ["مليط"]),
  mv("airlift", "conditional", SAG, ["مطار مروي"], ["الطينة"]),
  mv("mobilise", "reported", SAG, [], ["الطينة"]),
  mv("withdraw", "denied", SAG, ["المثلث الحدودي"], ["الكفرة"]),
 ],
}

NOTES = {
 "qan1": "SUNA: the army and joint force advance Ad Dabbah→Al Malha across Wadi Howar (Port Sudan only the dateline, "
         "Northern State/North Darfur only locators), an RSF supply convoy Kufra→(towards) Mellit via the border triangle, "
         "a planned second column Dongola→Al Malha (the border with Libya is only its purpose), the joint force's "
         "conditional advance Al Malha→Mellit, and a denied pull-out from Tina (Sudan) to Tiné (Chad) - both surfaces "
         "are الطينة; 'on the border with Chad' is where they stay, not a move. Tripoli/Benghazi are only addressees of "
         "the PM's demand; 'الآبار المالحة' is salty wells; Kamil Idris is a person.",
 "qan2": "Al-Sudani: an RSF convoy Kufra→Wadi Howar via Jebel Uweinat, cargo flights landing at Kufra airport (no actor), "
         "the LNA's denial of a deployment from Maaten al-Sarra to the triangle (the border with Sudan is only its "
         "mission), its planned company Kufra→Uweinat (العوينات = the Uweinat triangle area, not the western Libyan town), and "
         "the army's conditional pursuit Al Malha→Jebel Uweinat (Port Sudan = speaker's city). The Kufra-Mellit track "
         "'via Wadi Howar' is a route description and fuel smuggled from depots near the Sarir field has no force: not "
         "moves; El Fasher only in 'since the fall of'; Tripoli and south-eastern Libya only in a statement.",
 "qan3": "Darfur24: RSF reinforcements El Fasher→Kutum (Kutum also the dateline; 'كتمان' is secrecy), a planned RSF "
         "advance Kutum→Tina (the Chad border only locates Tina), the joint movements massing 'in it' (= Tina), a conditional Chadian reinforcement Amdjarass→Tiné if "
         "fighting reaches Tina (Sudan; the condition, not a movement place), and the RSF's denial of sending fighters "
         "Mellit→Libya. Displaced civilians to Tiné, the closed Tina crossing, Zamzam/Abu Shouk, N'Djamena and IGAD's seat "
         "Djibouti (city) are not movement places.",
 "qan4": "Al-Rakoba (spellings الكفره، المالحه، وادى هور): cargo flights to Kufra airport (no actor), then RSF trucks 'from "
         "there' (anaphora = Kufra airport)→Al Malha via the border triangle, an LNA company Sarir field→Kufra, the "
         "Egyptian army's denied deployment East Owainat→the triangle, a planned army column Ad Dabbah→Wadi Howar (the "
         "first Ad Dabbah is where the officer speaks), and the RSF's conditional pull-back Al Malha→Mellit. Al Malha and "
         "the border with Libya in 'cut the road between' are a purpose; Djibouti (city), Cairo, Port Sudan, Benghazi, "
         "Libya and Darfur are not movement places.",
 "qan5": "Al-Intibaha (dateline Tina): RSF reinforcements Nyala→El Fasher, a planned RSF move El Fasher→Al Malha via "
         "Mellit (Northern State only the origin of the army's earlier columns in a relative clause), a conditional "
         "airlift Merowe airport→Tina, the joint force massing 'around the town' (= Tina), and the LNA's denial of RSF "
         "groups pulling back from the border triangle into Kufra. Mellit as where fuel trucks arrived (no force named), "
         "Benghazi (statement), Maaten al-Sarra (in the denial, no move), Tripoli, Port Sudan, the borders, the Tina "
         "crossing and the analyst's corridor El Fasher→Wadi Howar→border are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qan1", "qan2", "qan3", "qan4", "qan5")
