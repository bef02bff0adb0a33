# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 # cities outside Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_ap": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),   # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "istanbul": ("city", "TR", 41.01384, 28.94966, "Istanbul"),                             # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                         # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),              # G* (row الحدود الليبية التونسية)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "warshefana": ("region", "LY", 32.60, 12.95, "Warshefana"),                             # K
 # Tripoli: districts, suburbs, bases, airports, roads
 "souq": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                           # G
 "souq_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"),      # G* (town row)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),           # G* (town row)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),          # G* (town row)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),         # G* (town row)
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                            # G
 "salahdin": ("town", "LY", 32.88743, 13.18733, "Salah al-Din (Tripoli)"),               # G
 "fornaj": ("town", "LY", 32.88743, 13.18733, "Al Fornaj"),                              # G
 "fashloum": ("town", "LY", 32.890, 13.205, "Fashloum (Tripoli)"),                       # K
 "ghout": ("town", "LY", 32.862, 13.120, "Ghout al-Shaal (Tripoli)"),                    # K
 "wadi_rabie": ("town", "LY", 32.80, 13.33, "Wadi al-Rabie"),                            # K
 "khalla": ("town", "LY", 32.79, 13.18, "Khallat al-Furjan"),                            # K
 "airport_road": ("region", "LY", 32.78, 13.18, "Tripoli airport road"),                 # K
 "south_tripoli": ("region", "LY", 32.76, 13.22, "Southern Tripoli"),                    # K
 "mitiga_ap": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                   # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "tip": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),          # G
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp"),                          # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp"),                          # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.180, "Port of Tripoli"),                  # K
}

TRAPS = {
 "ot1": ["يورونيوز", "صلاة الجمعة", "الحاج عمران الطرابلسي", "كتيبة ثوار طرابلس", "الليبية"],
 "ot2": ["سبوتنيك", "كتيبة أسود تاجوراء", "أبو إدريس", "الليبية"],
 "ot3": ["المدن", "كتيبة شهداء جنزور", "منطقة الساحل الغربي العسكرية", "خالد الجنزوري", "شارع الزاوية"],
 "ot4": ["الخليج أونلاين", "مصراتية", "تركياً", "الجيش التركي", "أم إدريس", "الليبية"],
 "ot5": ["لوسيل", "زنتانية", "الحاج مفتاح الزنتاني"],
}

PHEN = {
 "ot1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "town_vs_district", "coverage_bases", "coverage_oil"],
 "ot2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "coverage_bases"],
 "ot3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ot4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "town_vs_district",
         "coverage_bases", "countries"],
 "ot5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ot1": [
  mv("deploy", "reported", "GNA forces", ["معسكر التكبالي"], ["مطار معيتيقة"], ["الفرناج"]),
  mv("withdraw", "reported", "GNA forces", ["فشلوم"], ["سوق الجمعة"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["الفرناج", "فشلوم"]),
  mv("advance", "conditional", None, ["تاجوراء"], ["سوق الجمعة"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
  mv("airlift", "denied", "Misrata forces", [], ["مطار امعيتيقة"]),
 ],
 "ot2": [
  mv("deploy", "reported", "GNA forces", ["أبو سليم"], ["تاجوراء"], ["سوق الجمعة"]),
  mv("withdraw", "reported", None, ["تاجوراء"], ["وادي الربيع"]),
  mv("withdraw", "conditional", None, ["وادي الربيع"], []),
  mv("naval_landing", "planned", "GNA forces", ["مصراته"], ["قاعدة أبوستة البحرية"]),
  mv("mobilise", "denied", "Misrata forces", ["مصراتة"], ["القره بوللي"]),
 ],
 "ot3": [
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("withdraw", "reported", None, ["قوط الشعال"], ["جنزور"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["جنزور"]),
  mv("withdraw", "planned", "GNA forces", ["جنزور"], ["الماية"]),
  mv("reinforce", "conditional", "Zintan forces", ["الزنتان"], ["العزيزية"]),
  mv("shipment", "denied", None, [], ["ميناء طرابلس"]),
 ],
 "ot4": [
  mv("reinforce", "reported", "GNA forces", ["معسكر التكبالي"], ["عين زارة"], ["صلاح الدين"]),
  mv("redeploy", "reported", "Misrata forces", ["صلاح الدين"], ["خلة الفرجان"]),
  mv("airlift", "reported", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("withdraw", "planned", "Misrata forces", ["خلة الفرجان"], ["مصراتة"]),
  mv("mobilise", "conditional", None, [], ["وادي الربيع"]),
  mv("deploy", "denied", "Turkish armed forces", [], ["معسكر اليرموك"]),
 ],
 "ot5": [
  mv("redeploy", "reported", "GNA forces", ["خلة الفرجان"], ["مطار طرابلس الدولي"]),
  mv("withdraw", "reported", "Zintan forces", ["السواني"], ["العزيزية"]),
  mv("deploy", "planned", "GNA forces", [], ["طريق المطار"]),
  mv("advance", "conditional", "Zintan forces", ["العزيزية"], ["مطار طرابلس الدولي"]),
  mv("shipment", "denied", None, ["مصراتة"], ["قصر بن غشير"]),
 ],
}

NOTES = {
 "ot1": "Euronews-style report from Tripoli: Souq al-Juma clashes close Mitiga; a 444 Brigade column Tekbali camp→Mitiga "
        "airport via Al-Fornaj and Radaa's pull-back Fashloum→Souq al-Juma (reported); the elders' truce brings a neutral "
        "Misrata force to Al-Fornaj/Fashloum (planned); Tajoura's youths would advance on Souq al-Juma if the truce breaks "
        "(conditional, no canonical actor); the Presidential Council denies a Misrata landing at Abu Sitta and an airlift "
        "to Mitiga (spelled امعيتيقة). Diverted flights, fuel tankers from the Zawiya refinery and the Tripoli Revolutionaries "
        "Brigade vacating its HQs (no place) are not movements.",
 "ot2": "Sputnik-style report: an SSA column Abu Salim→Tajoura via Souq al-Juma (reported, destination given as the "
        "تاجوراء mention; the body first writes تاجورا); a local brigade pulls out of the town centre (anaphora «وسط المدينة» "
        "= Tajoura) to Wadi al-Rabie (reported) and will leave it only «إلا إذا» the SSA leaves (conditional withdraw; the "
        "SSA exit in the condition is not a movement); a planned naval move of marines Misrata (مصراته)→Abu Sitta naval base; "
        "a denied Misrata build-up at Garabulli (spelled القربوللي and القره بوللي); «استعداداً لدخول تاجوراء» is a purpose.",
 "ot3": "Al-Modon-style report on Janzour: a Western Coast military region force advanced Zawiya→Janzour via Al-Maya and "
        "the Janzour brigade pulled back Ghout al-Shaal (قوط الشعال)→Janzour (reported); the elders' agreement sends an "
        "Interior force Tripoli→Janzour and pulls the military force back Janzour→Al-Maya (planned); Zintan would reinforce "
        "Al-Aziziya «إذا» (conditional); the Presidential Council denies an ammunition shipment to Tripoli port. Displaced "
        "families (to شارع الزاوية, a trap), trucks and fuel tankers are not movements.",
 "ot4": "Al-Khaleej Online-style report on Ain Zara (also عين زاره): a 444 Brigade reinforcement Tekbali camp→Ain Zara via "
        "Salah al-Din, a Misrata battalion's redeploy Salah al-Din→Khallat al-Furjan and two cargo planes Misrata airport→"
        "Mitiga for it (reported); the Tarhuna/Bani Walid elders' ceasefire sends the battalion Khallat al-Furjan→Misrata "
        "(planned); Ain Zara's youths would gather in Wadi al-Rabie «إذا» (conditional mobilise, no canonical actor); the "
        "Presidential Council denies Turkish troops at Yarmouk camp («القريب من عين زارة» is a locator).",
 "ot5": "Lusail-style report on the airport road: the 444 Brigade repositions Khallat al-Furjan→Tripoli International "
        "Airport and Zintani forces pull back Al-Sawani→Al-Aziziya (reported); Interior patrols along the airport road "
        "(planned); a Zintani commander would advance Al-Aziziya→the international airport «لن…إلا إذا» (conditional); the "
        "Presidential Council denies ammunition trucks Misrata→Qasr Bin Ghashir (denied, no owner named). Travellers "
        "driving to Ras Ajdir/Tunis and the 2014 battle recalled without a moving force are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ot1", "ot2", "ot3", "ot4", "ot5")
