# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),       # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G (also under عقبة بن نافع)
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G (gazetteer kind city)
 "zaltan": ("town", "LY", 32.94699, 11.86668, "Zaltan"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "zuwara_port": ("crossing", "LY", 32.930, 12.095, "Port of Zuwara"),                   # K
 "border_lytn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),           # G* (row الحدود الليبية التونسية)
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),     # G
 # zn1 Ben Gardane and Ras Ajdir (Jawhara FM)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tn_side": ("region", "TN", 32.90, 11.30, "Tunisia-Libya border (Tunisian side)"),  # K
 "remada_base": ("base", "TN", 32.305, 10.395, "Remada military base"),                 # K
 # zn2 the coast road west of Tripoli (Al-Quds Al-Arabi)
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "ajaylat": ("city", "LY", 32.75718, 12.37633, "Al Ajaylat"),                           # G (gazetteer kind city)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Port of Misrata (Qasr Ahmad)"),    # K
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 # zn3 Dehiba-Wazin and Nalut (Diwan FM)
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "dehiba_del": ("district", "TN", 32.00799, 10.70135, "Dehiba delegation"),             # G* (town row)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_mun": ("district", "LY", 31.86848, 10.98120, "Nalut municipality"),             # G* (town row)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 "tiji": ("town", "LY", 32.01493, 11.35461, "Tiji"),                                    # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 # zn4 Zintan, Al-Watiya and the Nafusa (France 24)
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "birghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                      # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # zn5 Zuwara and the road to Ras Ajdir (Roya)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
}

TRAPS = {
 "zn1": ["جوهرة أف أم", "الجيش التونسي", "الليبية", "عبد المنعم إدريس", "الجانب التونسي"],
 "zn2": ["القدس العربي", "العاصمة الليبية", "الأيام الخمسة", "نحفظ الجميل", "الدفاع التركية", "بركان الغضب"],
 "zn3": ["ديوان أف أم", "الجيش التونسي", "الجانب الليبي", "عسكري تونسي", "مصادر ليبية", "سالم النالوتي",
         "البوابة الليبية"],
 "zn4": ["فرانس 24", "عماد الزنتاني", "الملك إدريس السنوسي", "قوات حفتر", "عاصفة السلام", "الجيش الوطني الليبي"],
 "zn5": ["مختار الطرابلسي", "الدعم المالي", "السلطات التونسية", "الخارجية الأردنية", "الليبي-الليبي",
         "غرين ستريم"],
}

PHEN = {
 "zn1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zn2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
 "zn3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "zn4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
 "zn5": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "zn1": [
  mv("reinforce", "reported", "Tunisian army", ["قابس"], ["بن قردان"], ["مدنين"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["معبر راس جدير"]),
  mv("withdraw", "conditional", "GNA forces", ["راس اجدير"], ["زوارة"]),
  mv("redeploy", "denied", "Tunisian army", ["قاعدة رمادة"], ["الذهيبة"]),
 ],
 "zn2": [
  mv("deploy", "reported", "GNA forces", ["جنزور"], ["مجمع مليتة"], ["الزاوية", "صرمان", "صبراتة"]),
  mv("naval_landing", "planned", "Misrata forces", ["ميناء مصراتة"], ["الزاوية", "مصفاة الزاوية"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["العجيلات"]),
  mv("airlift", "denied", "Turkish armed forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
 ],
 "zn3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["معتمدية الذهيبة", "معبر الذهيبة وازن"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["وازن"], ["كاباو"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("shipment", "planned", "GNA forces", ["قاعدة الوطية"], ["نالوت"], ["تيجي"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["نالوت"]),
 ],
 "zn4": [
  mv("redeploy", "reported", "Zintan forces", ["الزنتان"], ["قاعدة عقبة بن نافع الجوية"]),
  mv("advance", "conditional", "Zintan forces", ["الوطية"], ["الجميل", "زلطن"]),
  mv("deploy", "planned", "GNA forces", ["العزيزية"], ["يفرن"], ["بئر الغنم"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["الشويرف"]),
 ],
 "zn5": [
  mv("mobilise", "reported", "GNA forces", [], ["زوارة"]),
  mv("naval_landing", "reported", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", [], ["أبو كماش", "معبر راس اجدير", "زلطن"]),
  mv("airlift", "conditional", "GNA forces", ["مطار معيتيقة"], ["مطار زوارة"]),
  mv("shipment", "denied", "GNA forces", ["مصراتة"], ["زوارة"]),
 ],
}

NOTES = {
 "zn1": "Jawhara FM from Ben Gardane: Tunisian reinforcements Gabes→Ben Gardane via Medenine (the border only a distance "
        "reference: '25 km from the border with Libya'); a planned GNU interior-ministry force Tripoli→the Ras Ajdir "
        "crossing; the Zuwara units' conditional return Ras Ajdir→Zuwara ('لن تغادر ... إلا بعد'); a denied tank transfer "
        "Remada base→Dehiba (Tataouine governorate only where units are said to stay). Zuwara in the first paragraph "
        "only locates the clashes; Tunis the venue; Tripoli (second) the authority the council refuses; spokesman "
        "'عبد المنعم إدريس' is a trap.",
 "zn2": "Al-Quds Al-Arabi from Tripoli: a GNA column Janzour→the Mellitah complex via Zawiya, Surman and Sabratha; two "
        "Misrata battalions to be landed by sea Misrata port→Zawiya and the Zawiya refinery (planned); Zintan brigades' conditional advance Zintan→Al-Ajaylat "
        "(Al-Ajaylat also where clashes happened, Al-Jumayl only the end of a closed road); Ankara denies a Turkish airlift "
        "Mitiga base→Al-Watiya base (Ankara the speaker). A civilian cement ship from the port of Tripoli in Lebanon to "
        "Zuwara port is not a movement.",
 "zn3": "Diwan FM from Tataouine: Tunisian units Tataouine→the Dehiba delegation and the Dehiba-Wazin crossing via "
        "Remada; a GNU border-guard force Tripoli→Wazin via Kabaw (Nalut only the security directorate that announces "
        "it); a conditional return Dehiba→Tataouine; a planned ammunition-and-armour shipment Al-Watiya base→Nalut via Tiji; Nalut's mayor "
        "denies a Zintan column entering Nalut. The crossing in the background, Ras Ajdir, southern Tunisia, Tunis and "
        "the Tataouine distance are not movement places.",
 "zn4": "France 24/AFP from Zintan: Zintan brigades redeploy Zintan ('من المدينة')→Uqba bin Nafi air base (Al-Watiya); "
        "their conditional advance Al-Watiya→Al-Jumayl or Zaltan; a planned GNA force Al-Aziziyah→Yafran via Bir "
        "al-Ghanam; the LNA denies massing vehicles in Ash-Shwayrif (Mizda only the 200-km reference, Benghazi the venue). Tripoli and the border with Tunisia "
        "are distance references for the base; King Idris and Col. Imad al-Zintani are traps.",
 "zn5": "Roya from Amman: a reported massing of the Law Enforcement Force in Zuwara; a naval landing Tripoli port→Zuwara "
        "port; a planned deployment along the coast road Abu Kammash→Ras Ajdir crossing and a checkpoint at Zaltan (no "
        "origin written); a conditional special-forces airlift Mitiga airport→Zuwara airport; a denied arms shipment "
        "Misrata→Zuwara. The municipality statement, Ben Gardane residents, Mellitah (feared spread of fighting) and "
        "Italy (gas exports) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("zn1", "zn2", "zn3", "zn4", "zn5")
