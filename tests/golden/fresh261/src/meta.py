# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                                 # G
 # datelines abroad
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                    # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # jc1 west coast
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                                 # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K (fresh51 README value)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                                  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                    # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                              # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                        # G* (row قاعدة الوطية)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),        # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                    # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),           # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),                 # G* (row الحدود الليبية التونسية)
 # jc2 east and the Egyptian border
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                 # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.09800, 20.05200, "Benghazi port"),                  # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                   # G
 "border_eg_ly": ("region", "LY", 26.76271, 24.85821, "Libya-Egypt border"),                # G (row الحدود الليبية المصرية)
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                     # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                                   # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                      # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                               # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),              # G
 "cairo_west": ("base", "EG", 30.11600, 30.91500, "Cairo West Air Base"),                   # K
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),         # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                              # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                        # G
 "border_eg_side": ("region", "EG", 31.00000, 25.20000, "Egypt-Libya border (Egyptian side)"),  # K
 # jc3 Fezzan
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                                  # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                     # G* (row قاعدة تمنهنت)
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                    # G
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),               # G* (town row)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                      # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                        # G* (row جنوب ليبيا)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                            # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                          # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                     # G* (row kind village)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                 # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                  # G* (row الحدود الليبية الجزائرية)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                        # G
 # jc4 Sirte-Jufra line
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                      # G
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                               # G* (air base point, near Hun/Waddan)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                                  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"), # G
 "kayseri": ("city", "TR", 38.73222, 35.48528, "Kayseri"),                                  # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                                # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                     # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                    # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                          # G
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                                 # G
 "misrata_port": ("crossing", "LY", 32.37000, 15.21000, "Misrata port (Qasr Ahmed)"),       # K
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                    # G
 # jc5 Kufra and the Sudanese border
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),               # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border"),                # G* (row الحدود الليبية السودانية)
 "border_ly_generic": ("region", "LY", 20.81219, 24.86388, "Libyan border (with Sudan)"),   # G* (same row)
 "southeast_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),               # G* (row جنوب شرق ليبيا)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat"),                          # G* (row مثلث العوينات)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                  # G
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                  # G
}

TRAPS = {
 "jc1": ["الطريق الساحلي", "الليبية", "عبد الحكيم الزنتاني", "المنطقة العسكرية الساحل الغربي", "التونسي",
         "شارع الزاوية"],
 "jc2": ["استنفار مصري", "الجيش الوطني الليبي", "المنطقة العسكرية طبرق", "ليبيا الحدث", "صفحات ليبية",
         "شارع جمال عبد الناصر"],
 "jc3": ["اللواء طارق بن زياد", "سالم الأوباري", "تشاديين", "منطقة سبها العسكرية", "جزائري", "ما ادري", "الجانب الليبي",
         "الجيش الوطني الليبي"],
 "jc4": ["وكالة الأناضول", "الجيش الوطني الليبي", "غرفة عمليات سرت الجفرة", "مرهونة", "شارع طرابلس",
         "خالد الإدريسي"],
 "jc5": ["المدن", "الجيش الوطني الليبي", "سودانيون", "قوات الدعم السريع", "تقارير ليبية"],
}

PHEN = {
 "jc1": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "jc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
         "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "jc3": ["clitics", "multiword", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "jc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_crossings", "countries"],
 "jc5": ["clitics", "multiword", "media_trap", "common_word_trap", "operation_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "jc1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية الجوية"], ["صبراتة"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("advance", "conditional", "GNA forces", [], ["معبر رأس اجدير"]),
  mv("withdraw", "reported", "GNA forces", ["الزاوية"], ["طرابلس"]),
 ],
 "jc2": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["طبرق"], ["المرج", "البيضاء", "درنة"]),
  mv("withdraw", "denied", "Libyan National Army", ["الجغبوب"], ["طبرق"]),
  mv("airlift", "reported", "Egyptian army", ["قاعدة غرب القاهرة الجوية"], ["قاعدة محمد نجيب العسكرية"]),
  mv("deploy", "planned", "Libyan National Army", ["طبرق"], ["منفذ امساعد"]),
  mv("reinforce", "conditional", "Egyptian army", ["سيدي براني"], ["السلوم"]),
  mv("naval_landing", "reported", "Libyan National Army", ["ميناء بنغازي"], ["قاعدة طبرق البحرية"]),
 ],
 "jc3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أوباري"], ["الغريفة"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["أم الأرانب"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة براك الجوية"], ["غات"], ["العوينات"]),
  mv("reinforce", "conditional", "Algerian army", ["إليزي"], ["جانت"]),
  mv("withdraw", "reported", "Libyan National Army", ["أوباري"], ["سبها"]),
 ],
 "jc4": [
  mv("airlift", "reported", "Turkish armed forces", ["قيصري"], ["مطار مصراتة"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["أبوقرين"], ["تاورغاء"]),
  mv("withdraw", "denied", "Libyan National Army", ["سرت"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["الجفرة"], ["ودان", "هون"]),
  mv("advance", "conditional", "GNA forces", ["أبوقرين"], ["الوشكة"]),
  mv("shipment", "reported", None, ["مرسين"], ["ميناء مصراتة"]),
 ],
 "jc5": [
  mv("deploy", "reported", "Libyan National Army", ["الكفرة"], ["جبل العوينات"]),
  mv("mobilise", "reported", "Sudanese armed groups", ["مليط"], ["المالحة"]),
  mv("advance", "denied", "Sudanese armed groups", ["المالحة"], ["المثلث الحدودي"]),
  mv("shipment", "denied", None, ["الكفرة"], ["المالحة"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("reinforce", "conditional", "Libyan National Army", ["تازربو"], ["ربيانة"]),
  mv("withdraw", "reported", "Libyan National Army", ["جبل العوينات"], ["الكفرة"]),
 ],
}

NOTES = {
 "jc1": "Al Majalla week-in-review of the west coast, 2-8 March 2026, one entry per weekday: a GNA column "
        "Tripoli->Zawiya via Janzour and Al-Maya (Monday, reported), Zintan's denied column to Al-Aziziyah (Tuesday), "
        "a planned Al-Watiya->Sabratha company (Wednesday; Mellitah is purpose only), a naval landing Abu Sitta->Zuwara "
        "port (Thursday), a conditional advance on Ras Ajdir (Friday; the Tunisian border phrase is a locator and Tunis the ministry's seat) and part "
        "of Monday's column pulling back Zawiya->Tripoli (Saturday). Headline moves are the body's; London is the "
        "dateline; 'شارع الزاوية' is a Tripoli street.",
 "jc2": "Rose al-Youssef seven-day chronology of both sides of the Egypt-Libya border, 11-17 April 2026: an LNA "
        "reinforcement Benghazi->Tobruk via Al-Marj, Al-Bayda and Derna (Saturday night, arriving Sunday; the Derna "
        "TV shot is the same move), a denied Jaghbub->Tobruk pull-out, an Egyptian C-130 airlift Cairo West->Mohamed "
        "Naguib base, a planned LNA battalion Tobruk->Amsaad crossing and a conditional Egyptian border-guard move "
        "Sidi Barrani->Sallum and an LNA landing ship Benghazi port->Tobruk naval base (Friday). Cairo (dateline), Marsa Matruh (source), the border phrases and Benghazi's street "
        "are not movement places.",
 "jc3": "Elaph diary of a week in the Fezzan, 22-28 March 2026: an Il-76 airlift Benina->Tamanhint air base, an LNA "
        "column Sabha->Ubari via Al-Ghurayfa (actor from 'عربات وصلت أمس' and Saturday's LNA pull-back), a denied "
        "Chadian build-up at Umm al-Aranib, a planned company Brak air base->Ghat via Al-Awaynat (Isayen is purpose), "
        "a conditional Algerian reinforcement Illizi->Djanet and half the column back Ubari->Sabha (the rest stays; "
        "Sharara is purpose). Sabha University keeps Sabha as gold; 'منطقة سبها العسكرية' is a force name; Idri (a notable's «ما ادري» "
        "quote), Ubari in that quote, Algiers (the source) and the Algerian border (purpose) are not movement places.",
 "jc4": "Noon Post timestamped week on the Sirte-Jufra line, 4-10 May 2026: a Turkish A400M Kayseri->Misrata airport, a "
        "Misrata joint-force reinforcement Misrata->Abu Qurayn via Tawergha, a denied LNA pull-out Sirte->Jufra air "
        "base, a planned LNA tank company Jufra->Waddan and Hun, and a conditional advance Abu Qurayn->Al-Washka by the "
        "Sirte-Jufra operations room, and a cargo ship with armoured vehicles Mersin->Misrata port (Saturday, owner not named). Turkey and the Sirte source are locators; 'شارع طرابلس' is a Misrata street; "
        "'مرهونة' contains Hun.",
 "jc5": "Al-Modon week of the Kufra border, 19-25 April 2026: LNA patrols Kufra->Jebel Uweinat, an RSF build-up "
        "Mellit->Al Malha, the RSF's denied advance Al Malha->the border triangle, a planned (and postponed) airlift "
        "Benina->Kufra airport, an RSF-denied fuel run Kufra->Al Malha (owner not named), a conditional Tazirbu->Rebiana reinforcement and a patrol back Jebel Uweinat->Kufra. "
        "Beirut is the dateline; «المدن» is the outlet; the Sudan border phrase, North Darfur, Darfur and the "
        "Libyan border in the RSF quote are locators; Tripoli (the GNU) and the Kufra municipality/hospital are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("jc1", "jc2", "jc3", "jc4", "jc5")
