# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 # Libya: Kufra and the south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                     # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),             # G* (town row)
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                  # G
 "hawari": ("village", "LY", 24.31667, 23.16667, "Al Hawwari"),                            # G
 "sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G (row قاعدة معطن السارة)
 "rebiana": ("town", "LY", 24.23300, 21.98300, "Rebiana"),                                 # G
 "tazirbu": ("town", "LY", 25.67289, 21.07286, "Tazirbu"),                                 # G
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                      # G
 "uweinat": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),         # G (row مثلث العوينات)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),  # G* (row الحدود الليبية التشادية)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                       # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),             # G (row جنوب شرق ليبيا)
 # Libya: north and east
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                          # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                               # G
 "jalu": ("town", "LY", 29.03333, 21.55000, "Jalu"),                                       # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                              # G* (city row نجامينا)
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kébir"),                         # G (row أونيانقا كبير)
 "ounianga_serir": ("town", "TD", 18.90000, 20.87000, "Ounianga Sérir"),                   # K
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                               # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya Largeau Airport"),            # G
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                               # G
 "ennedi_west": ("district", "TD", 18.50000, 21.00000, "Ennedi Ouest"),                    # K
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "miski": ("village", "TD", 20.16670, 18.01670, "Miski"),                                  # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                               # G
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                     # G
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                   # G (row أبشي)
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                             # G (row أم جرس)
 "north_td": ("region", "TD", 18.20680, 19.78454, "Northern Chad"),                        # G
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                          # G
 "border_td_ly": ("region", "TD", 20.90000, 20.50000, "Chad-Libya border (Chadian side)"), # K
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"), # G* (row الحدود التشادية السودانية)
 # Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                 # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                              # G
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                     # G
 # elsewhere
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                     # G
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "te1": ["الشرق الأوسط", "الجيش الوطني", "سبل السلام", "التشادية", "تشادياً", "خليفة حفتر"],
 "te2": ["الجيش التشادي", "سبوتنيك", "التشادية", "محمد إدريس ديبي إتنو", "الليبيين", "السوق السوداء",
         "مجلس القيادة العسكرية لإنقاذ الجمهورية"],
 "te3": ["مونت كارلو الدولية", "سوق ليبيا", "الأخبار السارة", "الجيش التشادي", "الليبية",
         "جبهة الوفاق من أجل التغيير في تشاد", "سبل السلام"],
 "te4": ["فرانس 24", "الحاج سالم الأجدابي", "شركة الكفرة للنقل البري", "سبل السلام", "تشاديون", "الليبية"],
 "te5": ["الدعم السريع", "سودانيون", "الترا سودان", "التشادية", "الحرب السودانية", "الجيش السوداني",
         "السودانيين", "إدريس"],
}

PHEN = {
 "te1": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "te2": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "person_trap", "ambiguity_idri",
         "common_word_trap", "nisba", "border_phrase", "vague_area", "coverage_neighbours", "countries"],
 "te3": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "border_phrase", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "te4": ["clitics", "multiword", "spelling", "media_trap", "operation_trap", "person_trap", "nisba",
         "town_vs_district", "coverage_oil", "vague_area", "coverage_bases", "coverage_neighbours", "countries"],
 "te5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "ambiguity_idri", "nisba", "border_phrase", "vague_area",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "te1": [
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("redeploy", "planned", LNA, ["تازربو"], ["ربيانة"]),
  mv("withdraw", "reported", LNA, ["معطن السارة"], ["الكفرة"]),
  mv("advance", "denied", LNA, [], ["أونيانغا الصغير"]),
  mv("deploy", "conditional", None, ["فايا لارجو"], ["أونيانغا الكبير"]),
 ],
 "te2": [
  mv("airlift", "reported", None, ["إنجامينا"], ["مطار فايا لارجو"]),
  mv("deploy", "reported", None, ["فايا"], ["أونيانقا كبير"]),
  mv("deploy", "planned", None, [], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", None, ["كوري بوقودي"], ["زوار"]),
  mv("mobilise", "conditional", "Chadian armed groups", [], ["أونيانقا"]),
 ],
 "te3": [
  mv("reinforce", "reported", None, ["زوار"], ["مسكي"]),
  mv("redeploy", "planned", None, ["فايا"], ["كوري بوقودي"]),
  mv("mobilise", "denied", "Chadian armed groups", [], ["تيبستي"]),
  mv("deploy", "conditional", LNA, ["الكفرة"], ["الحدود مع تشاد"]),
 ],
 "te4": [
  mv("deploy", "reported", LNA, ["الهواري"], ["معطن السارة"]),
  mv("shipment", "reported", LNA, ["بنغازي"], ["الكفرة"], ["جالو"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("withdraw", "denied", LNA, ["ربيانة"], ["الكفرة"]),
  mv("deploy", "conditional", None, [], ["أونيانغا الصغير"]),
 ],
 "te5": [
  mv("reinforce", "reported", "Sudanese armed groups", ["الكفرة"], ["دارفور"], ["أونيانغا الكبير", "أم جرس"]),
  mv("withdraw", "denied", None, ["أونيانغا الصغير"], []),
  mv("deploy", "planned", LNA, ["الكفرة"], ["مثلث العوينات"]),
  mv("shipment", "denied", "Sudanese armed groups", ["الكفرة"], ["كرب التوم"]),
  mv("advance", "conditional", "Sudanese armed groups", [], ["كرب التوم"]),
 ],
}

NOTES = {
 "te1": "Asharq Al-Awsat (Cairo dateline): an LNA reinforcement Kufra→Maaten al-Sarra air base, a planned company "
        "Tazirbu→Rebiana, a January flashback pull-out Maaten al-Sarra→Kufra, a denied patrol incursion to Ounianga "
        "Sérir and the Chadian army's conditional Faya-Largeau→Ounianga Kébir move; traders' trucks Kufra→Ounianga/"
        "Faya-Largeau and gold miners heading for Kouri Bougoudi are not movements; Cairo, N'Djamena and Benghazi are "
        "dateline/speaker/venue places.",
 "te2": "Sputnik Arabic (N'Djamena): a Chadian army airlift N'Djamena→Faya-Largeau airport, the battalion's road move "
        "Faya→Ounianga Kébir (the headline «يتقدم نحو أونيانقا» is the same move), a planned deployment on the border "
        "with Libya, a denied pull-out Kouri Bougoudi→Zouar and the CCMSR's conditional massing around Ounianga; miners "
        "and Libyan traders on the same tracks are not movements; «محمد إدريس ديبي إتنو» is the Idri trap.",
 "te3": "Monte Carlo Doualiya (Faya-Largeau feature on gold miners): a Chadian army reinforcement Zouar→Miski, a planned "
        "company Faya→Kouri Bougoudi (redeploy), FACT's denied massing in Tibesti and an LNA (Subul al-Salam) conditional "
        "move Kufra→the border with Chad; miners from Abéché, Sudan and Niger and traders stopping at Maaten al-Sarra "
        "are not movements; «سوق ليبيا» and «الأخبار السارة» are traps.",
 "te4": "France 24 Arabic (Kufra reportage on traders): a Subul al-Salam escort patrol Al Hawwari→Maaten al-Sarra, an "
        "LNA ammunition-and-fuel shipment Benghazi→Kufra via Jalu («دخلت المدينة»), a planned airlift Benina air base→Kufra airport, a denied pull-out Rebiana→Kufra and the Chadian army's "
        "conditional deployment in Ounianga Sérir; the traders' convoy Kufra→Ounianga Kébir→Faya-Largeau, goods from "
        "Ajdabiya and Jalu, returning miners and Sudanese migrants are not movements.",
 "te5": "Ultra Sudan: an RSF column Kufra→Darfur via Ounianga Kébir and Amdjarass (reported; the headline «نحو شرق تشاد» "
        "is the same move), Chad's denied pull-out from Ounianga Sérir, a planned LNA patrol Kufra→the Uweinat "
        "triangle, the RSF's denied fuel-and-ammunition shipments Kufra→Karb al-Tom and the joint force's conditional advance on Karb al-Tom; stranded Sudanese miners in Ounianga "
        "hoping to go back to Kufra or on to Amdjarass and the Sudanese border are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("te1", "te2", "te3", "te4", "te5")
