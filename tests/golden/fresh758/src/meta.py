# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                    # G
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"), # G* (row الحدود الليبية السودانية)
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                              # G
 # qcf1 Tobruk (Asharq Al-Awsat)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "tobruk_mun": ("district", "LY", 32.08963, 23.95385, "Tobruk municipality"),           # G* (city row)
 "border_eg": ("region", "LY", 31.55, 24.95, "Libya-Egypt border (Libyan side, coast)"),  # K
 "nasser_base": ("base", "LY", 31.86100, 23.90700, "Gamal Abdel Nasser Air Base"),      # G* (row مطار طبرق, icao HLGN)
 "kambut": ("town", "LY", 31.90434, 24.47840, "Kambut"),                                # G
 "hariga": ("oilfield", "LY", 32.08963, 23.95385, "Marsa al-Hariga oil terminal"),      # G
 "jaghbub": ("town", "LY", 29.74262, 24.51676, "Al Jaghbub"),                           # G
 "amsaad": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),     # G
 # qcf2 Derna (Al-Quds Al-Arabi)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "bab_tobruk": ("district", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),            # G* (row باب طبرق, kind town)
 "fataih": ("town", "LY", 32.76704, 22.63669, "Al Fataih"),                             # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (row هون: README point near Hun)
 "derna_port": ("crossing", "LY", 32.7690, 22.6450, "Port of Derna"),                   # K
 # qcf3 Al-Bayda (Al-Anbaa)
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "bayda_mun": ("district", "LY", 32.76272, 21.75506, "Al Bayda municipality"),          # G* (city row)
 "massah": ("town", "LY", 32.75249, 21.62807, "Massah"),                                # G
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "shahhat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                              # G
 # qcf4 Ajdabiya (Al-Wafd)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "zueitina": ("town", "LY", 30.95220, 20.12022, "Az Zuwaytinah"),                       # G
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa Brega oil port"),          # G* (town row)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # qcf5 Kufra (Al-Ayyam)
 "jawf": ("town", "LY", 24.19890, 23.29093, "Al Jawf (Kufra)"),                         # G* (row الكفرة, whose names include الجوف)
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),      # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                         # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Al Kufra municipality/district"), # G (row district:LY-KF)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "southeast": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
}

TRAPS = {
 "qcf1": ["الشرق الأوسط", "الجيش الوطني", "كتيبة عمر المختار", "إبراهيم الجغبوبي", "المصريين"],
 "qcf2": ["القدس العربي", "الجيش الوطني الليبي", "عبد السلام الدرناوي", "دانيال", "صندوق التنمية وإعادة إعمار ليبيا"],
 "qcf3": ["الأنباء", "الجيش الوطني الليبي", "عبد الله الشحاتي", "التويوتا البيضاء", "الملك إدريس السنوسي",
          "جامعة عمر المختار"],
 "qcf4": ["الوفد", "الجيش الوطني الليبي", "فرج المغربي", "قبيلة المغاربة", "مالي", "المؤسسة الوطنية للنفط", "المصريين"],
 "qcf5": ["الأيام", "سبل السلام", "الجيش الوطني الليبي", "الدعم السريع", "إدريس الزوي", "السودانيين"],
}

PHEN = {
 "qcf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcf2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_country_capital",
          "border_phrase", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qcf3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_idri", "town_vs_district", "countries"],
 "qcf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_oil"],
 "qcf5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_neighbours",
          "countries"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qcf1": [
  mv("redeploy", "reported", LNA, ["طبرق"], ["الكفرة"], ["اجدابيا", "جالو"]),
  mv("airlift", "reported", LNA, ["قاعدة جمال عبد الناصر الجوية"], ["مطار الكفرة"]),
  mv("redeploy", "reported", LNA, ["طبرق"], ["كمبوت"]),
  mv("naval_landing", "planned", LNA, ["درنة"], ["ميناء الحريقة"]),
  mv("withdraw", "conditional", LNA, ["الكفرة"], ["طبرق"]),
  mv("mobilise", "denied", LNA, [], ["الجغبوب"]),
 ],
 "qcf2": [
  mv("redeploy", "reported", LNA, ["باب طبرق", "درنة"], ["الفتائح"]),
  mv("deploy", "reported", LNA, ["درنة"], ["سبها"], ["الجفرة"]),
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء درنة", "الفتائح"]),
  mv("redeploy", "conditional", LNA, [], ["درنة"]),
  mv("deploy", "denied", LNA, ["درنة"], ["الحدود مع تشاد"]),
 ],
 "qcf3": [
  mv("redeploy", "reported", LNA, ["البيضاء"], ["مسة"]),
  mv("deploy", "reported", LNA, ["البيضاء"], ["تازربو"], ["اجدابيا"]),
  mv("airlift", "planned", LNA, ["مطار الأبرق"], ["تازربو"]),
  mv("redeploy", "conditional", LNA, ["مسة"], ["البيضاء"]),
  mv("mobilise", "denied", LNA, [], ["شحات"]),
 ],
 "qcf4": [
  mv("reinforce", "reported", LNA, ["اجدابيا"], ["حقل السرير"], ["جالو"]),
  mv("redeploy", "reported", LNA, ["أجدابيا"], ["الزويتينة"]),
  mv("reinforce", "planned", LNA, ["بنغازي"], ["اجدابيا"]),
  mv("withdraw", "conditional", LNA, ["السرير"], ["اجدابيا"]),
  mv("shipment", "denied", LNA, ["ميناء البريقة"], ["حقل السرير"]),
 ],
 "qcf5": [
  mv("deploy", "reported", LNA, ["الكفرة"], ["مثلث العوينات"]),
  mv("redeploy", "reported", LNA, ["الجوف"], ["الهواري"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("advance", "conditional", LNA, ["مثلث العوينات"], ["الحدود مع السودان"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["الكفرة"]),
  mv("shipment", "denied", LNA, ["الكفرة"], ["السودان"]),
 ],
}

NOTES = {
 "qcf1": "Tobruk: the 'Omar al-Mukhtar battalion' (trap) column Tobruk→Kufra via Ajdabiya and Jalu (the headline and lead "
         "repeat it), an airlift Gamal Abdel Nasser air base→Kufra airport, the eastern-entrance checkpoint moved Tobruk→"
         "Kambut, a planned company by landing ship Derna→Marsa al-Hariga port, the battalion's conditional return Kufra→"
         "Tobruk (the border with Sudan only the condition) and a denied massing in Jaghbub (occurrence 1 is inside the "
         "trap al-Jaghbubi); Benghazi is only the venue, the border with Egypt a smuggling frame and the Amsaad crossing "
         "a distance reference.",
 "qcf2": "Derna: checkpoints moved out of Bab Tobruk (a Derna district whose name contains Tobruk) and the centre to Al-"
         "Fataih, a column of local recruits Derna→Sabha via Al-Jufra, a planned military-police company by sea Benghazi→"
         "Derna port and on to the Al-Fataih gate, the checkpoints' conditional return into Derna (no origin written; the "
         "Derna security directorate is only the condition), and a denied dispatch Derna→the border with Chad; Egypt, "
         "Algeria and Tunisia (rescue teams in 2023) are not movement places.",
 "qcf3": "Al-Bayda: the western-gate checkpoint moved Bayda→Massah, a company Bayda→Tazirbu via Ajdabiya, a planned "
         "airlift La Abraq airport→Tazirbu, the checkpoint's conditional return Massah→Bayda, and a denied massing in Shahhat "
         "(Al-Marj only the speaker's seat; Jabal al-Akhdar the frame of the 'redeployment' and of the denial, not a "
         "movement place); 'التويوتا البيضاء' (a white Toyota), 'عبد الله الشحاتي' and 'الملك إدريس السنوسي' are traps.",
 "qcf4": "Ajdabiya: a column Ajdabiya→Sarir field via Jalu to reinforce its guard, the checkpoint moved from central Ajdabiya "
         "to the Zueitina junction, planned reinforcements Benghazi→Ajdabiya, part of the column's conditional return Sarir→"
         "Ajdabiya, and a denied ammunition shipment Brega port→Sarir field (Brega town only the speaker's seat); Tripoli "
         "(NOC), Tunis (the 5+5 meeting) and the Oil Crescent are not movement places; 'للسرير' → 'سرير'.",
 "qcf5": "Kufra: Subul al-Salam column Kufra→the Uweinat triangle, two checkpoints moved from Al-Jawf (Kufra's main town) "
         "to the outskirts of Al-Hawari, a planned airlift Benina air base→Kufra airport, a conditional advance Uweinat "
         "triangle→the border with Sudan (North Darfur only the condition), the RSF's denied entry into Kufra and a denied "
         "arms shipment Kufra→Sudan; Tripoli, the south-east, Tazirbu and the border with Chad are only background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qcf1", "qcf2", "qcf3", "qcf4", "qcf5")
