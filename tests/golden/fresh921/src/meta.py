# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "burkina": ("country", "BF", 12.22248, -1.21053, "Burkina Faso"),                      # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 # shared
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G (row جنوب ليبيا)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (row فايا لارجو)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "tobruk_port": ("crossing", "LY", 32.07500, 23.97500, "Port of Tobruk"),               # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (row منفذ التوم)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 # qim1 Al-Sayha (N'Djamena)
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),                   # G (row بوركو)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "border_ly_td_side": ("region", "TD", 22.00, 17.50, "Chad-Libya border (Chadian side)"),  # K
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G (row تبستي)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                              # G
 # qim2 Qira'at Ifriqiya (Niamey)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass"),                     # G* (row مثلث السلفادور)
 "border_ly_ne_side": ("region", "NE", 22.30, 13.90, "Niger-Libya border (Nigerien side)"),  # K
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G* (row قاعدة الجفرة الجوية)
 "jufra": ("district", "LY", 29.19810, 16.00100, "Al Jufra"),                           # G* (base row, near Hun/Waddan)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 # qim3 Mourassiloun (Nouakchott)
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "zouarke": ("village", "TD", 20.60000, 16.20000, "Zouarke"),                           # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # qim4 Al-Youm Al-Tali (Port Sudan)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G (row بورتسودان)
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                # G
 "karb_tom": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                       # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                    # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row أونيانقا كبير)
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                          # G
 "kufra_district": ("district", "LY", 23.30855, 22.08059, "Al Kufra District"),         # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),               # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                             # G
 # qim5 Al-Mujtama (Kuwait)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "ummaranib": ("town", "LY", 26.13386, 14.73720, "Umm al-Aranib"),                      # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),        # G* (town row)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                 # G
}

TRAPS = {
 "qim1": ["الصيحة", "التشادي", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "محمد إدريس ديبي", "الزوار",
          "الليبية", "السودانية", "التلفزيون التشادي"],
 "qim2": ["قراءات إفريقية", "النيجري", "الفيلق الإفريقي", "عبد الرحمن تياني", "التشادية", "أعباء مالية",
          "تحالف دول الساحل", "روسيتان", "التشاديون", "الشمالية"],
 "qim3": ["مراسلون", "فاكت", "جبهة التناوب والوفاق في تشاد", "التشادية", "إدريس ديبي إتنو", "محمد مهدي علي",
          "الجيش الوطني الليبي", "الليبية", "مجموعة دول الساحل الخمس"],
 "qim4": ["الدعم السريع", "اليوم التالي", "التشادية", "سودانية", "إفادات", "سبل السلام", "محمد حمدان دقلو",
          "الليبي"],
 "qim5": ["المجتمع", "اللواء طارق بن زياد", "عبد الله القطروني", "تشاديين", "روسية", "الجنوبية"],
}

PHEN = {
 "qim1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_neighbours",
          "countries"],
 "qim2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qim3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_neighbours",
          "countries"],
 "qim4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qim5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qim1": [
  mv("reinforce", "reported", None, ["فايا"], ["كوري بوغودي"], ["زوار"]),
  mv("airlift", "reported", None, ["انجمينا"], ["مطار فايا لارجو"]),
  mv("deploy", "planned", None, ["زوار"], ["وور"]),
  mv("advance", "conditional", "Chadian armed groups", ["الحدود مع ليبيا"], ["برداي"]),
  mv("withdraw", "denied", None, ["أوزو"]),
 ],
 "qim2": [
  mv("redeploy", "reported", None, ["ديركو"], ["ماداما"]),
  mv("advance", "conditional", None, ["ماداما"], ["ممر السلفادور"]),
  mv("naval_landing", "reported", "Russian forces", [], ["ميناء طبرق"]),
  mv("airlift", "reported", "Russian forces", ["قاعدة الجفرة"], ["نيامي"]),
  mv("shipment", "planned", "Russian forces", ["الجفرة"], ["أغاديس"], ["منفذ التوم"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["سيغيدين"]),
 ],
 "qim3": [
  mv("advance", "reported", "Chadian armed groups", ["الجنوب الليبي"], ["زواركي"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["زواركي"]),
  mv("mobilise", "reported", None, [], ["زوار"]),
  mv("airlift", "planned", None, ["انجمينا"], ["فايا لارجو"]),
  mv("reinforce", "denied", "Libyan National Army", ["سبها"], ["القطرون"]),
 ],
 "qim4": [
  mv("shipment", "reported", "Sudanese armed groups", ["الكفرة"], ["شمال دارفور"], ["كرب التوم"]),
  mv("mobilise", "planned", "Sudanese armed groups", [], ["كوري بوغودي"]),
  mv("redeploy", "reported", None, ["فايا"], ["أونيانغا كبير"]),
  mv("airlift", "denied", None, [], ["أم جرس"]),
  mv("withdraw", "conditional", "Libyan National Army", ["قاعدة معطن السارة"]),
 ],
 "qim5": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["القطرون"], ["أم الأرانب"]),
  mv("reinforce", "planned", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الويغ"], ["منفذ التوم"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["تجرهي"]),
  mv("naval_landing", "denied", "Russian forces", [], ["ميناء طبرق"]),
 ],
}

NOTES = {
 "qim1": "Sudanese daily's N'Djamena correspondent (dateline only) on the Chadian army's Kouri Bougoudi operation: a "
         "60-vehicle column Faya→the mines (anaphora «المناجم» → Kouri Bougoudi) via Zouar, an airlift N'Djamena→Faya "
         "airport, a planned company from the Zouar garrison to Wour, a rebel council's conditional advance from the "
         "border with Libya towards Bardai (its base in southern Libya only background) and a denied pull-out of the "
         "Aozou garrison; Zouar also inside the common word «الزوار» (visitors), Idri inside the president's name, "
         "Tibesti province beside the Tibesti region, Abeche and Geneina only traders' origins.",
 "qim2": "Niger-datelined analytic report in sections: a Nigerien armoured unit moved Dirkou→Madama, its conditional push "
         "towards the Salvador Pass («الممر نفسه»), a Russian landing at Tobruk port, an airlift Al-Jufra base→Niamey "
         "(Niamey also dateline, sources' town and metonymy), a planned armour shipment Al-Jufra→Agadez via Toummo, and "
         "Chadian rebels denying massing near Seguedine; Mali inside «أعباء مالية», the Sahel alliance and the "
         "«Africa Corps» are traps, Mali/Burkina/Russia background.",
 "qim3": "Mauritanian site's agency-based story (dateline Nouakchott): FACT columns from southern Libya to the edge of "
         "Zouarke (contains Zouar's spelling) north-west of Zouar, the leader's conditional pull-out from Zouarke, the "
         "Chadian army massing in Zouar, a planned airlift N'Djamena→Faya-Largeau and an LNA denial of "
         "reinforcements Sabha→Qatrun (Benghazi only where the statement was issued); Tripoli, Algiers vs Algeria, "
         "Mauritania and the G5 Sahel name are background or traps; Idri inside «إدريس ديبي إتنو».",
 "qim4": "Sudanese daily in Port Sudan: RSF convoys shipped ammunition and fuel Kufra→North Darfur via Karb al-Tom "
         "(Sarir field only where fuel was bought), a planned RSF mobilisation in the Kouri Bougoudi mines, a Chadian "
         "battalion redeployed Faya→Ounianga Kebir (Kufra only a road reference), Fada background and inside the "
         "common word «إفادات», a denied cargo-plane airlift to Amdjarass and an LNA conditional withdrawal of a "
         "brigade from Maaten al-Sarra base; Kufra municipality vs town, Darfur and El Fasher background.",
 "qim5": "Kuwaiti magazine feature (dateline Kuwait City) on Qatrun: an LNA brigade deployed Sabha→Qatrun via Umm "
         "al-Aranib («في البلدة»), a planned company Qatrun→Al Wigh base, a conditional advance from there (anaphora "
         "«هناك») to the Toummo crossing, Chadian gunmen massing near Tajarhi and a denied Russian landing at Tobruk "
         "port; Sabha also a distance reference, the border with Chad, Kouri Bougoudi, N'Djamena, El Feel field, "
         "Niger and Tripoli background; Qatrun inside the notable's name «القطروني».",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qim1", "qim2", "qim3", "qim4", "qim5")
