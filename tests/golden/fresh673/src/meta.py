# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared: the road and the mountain
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "mizdah": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                # G
 "mizdah_mun": ("district", "LY", 31.44934, 12.98530, "Mizdah municipality"),           # G* (town row)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "shwayrif_mun": ("district", "LY", 29.92428, 14.21152, "Ash Shwayrif municipality"),   # G* (town row)
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                             # G
 "westmountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G (region row)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # yy2 Zintan and Rujban (France 24 / AFP)
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "rujban_mun": ("district", "LY", 31.95000, 12.16667, "Ar Rujban municipality"),        # G* (town row)
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "rayayinah": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                      # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "border_tn": ("region", "LY", 31.90, 10.75, "Libya-Tunisia border (Libyan side, near Wazin)"),  # K
 # yy3 Lebanese workers in Gharyan (Lebanon 24)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "minieh": ("town", "LB", 34.475, 35.930, "Minyeh"),                                    # K
 "akkar": ("district", "LB", 34.54278, 36.07972, "Akkar"),                              # G* (row حلبا, Halba (Akkar))
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 # yy4 Al-Watiya and the Turkish presence (Al-Jarida)
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),              # G
 "zuwara_port": ("crossing", "LY", 32.935, 12.090, "Port of Zuwara"),                   # K
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # yy5 Ash Shwayrif and the desert roads (QNA)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "hamada_region": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),              # G
 "border_dz": ("region", "LY", 30.00, 10.00, "Libya-Algeria border (Libyan side, near Derj)"),  # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
}

TRAPS = {
 "yy1": ["القدس العربي", "عبد الحكيم الغرياني", "كتيبة ثوار مزدة", "الجيش الوطني الليبي", "عملية بركان الغضب"],
 "yy2": ["فرانس 24", "فرانس برس", "سرية الرجبان", "إدريس الرجباني", "عماد الطرابلسي", "عاصفة السلام",
         "تركية"],
 "yy3": ["لبنان 24", "بوابة الوسط", "اللواء 444", "أصابع الاتهام", "الليبية", "لبناني"],
 "yy4": ["الجريدة", "تركية", "التركي", "الصندوق الكويتي للتنمية الاقتصادية العربية", "الشقيقة", "الليبية"],
 "yy5": ["وكالة الأنباء القطرية", "الجيش الوطني الليبي", "إدريس المقرحي"],
}

PHEN = {
 "yy1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "vague_area",
         "town_vs_district", "coverage_bases"],
 "yy2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "yy3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "countries"],
 "yy4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_crossings", "countries"],
 "yy5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap",
         "ambiguity_country_capital", "ambiguity_idri",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "yy1": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["مزدة"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
  mv("withdraw", "conditional", "GNA forces", ["مزدة"], ["غريان"]),
 ],
 "yy2": [
  mv("mobilise", "reported", "Zintan forces", ["الزنتان"], ["الرجبان"]),
  mv("advance", "denied", "GNA forces", ["الرجبان"], ["جادو"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["الرجبان"]),
  mv("withdraw", "conditional", "Zintan forces", [], ["زنتان"]),
 ],
 "yy3": [
  mv("deploy", "reported", "GNA forces", ["ترهونة"], ["غريان"]),
  mv("reinforce", "denied", "Zintan forces", [], ["الاصابعة"]),
  mv("reinforce", "conditional", "GNA forces", ["العزيزية"], ["غريان"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["مزدة"]),
 ],
 "yy4": [
  mv("airlift", "reported", "Turkish armed forces", ["تركيا"], ["قاعدة الوطية الجوية"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء طرابلس"]),
  mv("airlift", "planned", "Turkish armed forces", ["الوطية"], ["قاعدة معيتيقة"]),
  mv("shipment", "denied", "Turkish armed forces", ["الوطية"], ["الزنتان"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
  mv("deploy", "conditional", "Zintan forces", ["الزنتان"], ["مزدة"]),
 ],
 "yy5": [
  mv("deploy", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["الشويرف"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["الشويرف"], ["براك"]),
  mv("deploy", "planned", "Libyan National Army", ["الشويرف"], ["حقل الحمادة"]),
  mv("mobilise", "denied", "GNA forces", ["مزدة"], ["القريات"]),
  mv("advance", "conditional", "Libyan National Army", [], ["درج"]),
 ],
}

NOTES = {
 "yy1": "Checkpoints on the Gharyan–Mizdah road after a kidnapping: a GNA force of ~30 vehicles Gharyan→Mizdah (the "
        "'40 km south of Gharyan' kidnap site and the 'road linking Gharyan and Mizdah' are not movements), a planned "
        "company Al-Watiya base→Mizdah (Brak and Sabha only the trucks' destinations), the Mizdah council's denial of "
        "an LNA column entering the town from Ash Shwayrif, and the conditional return Mizdah→Gharyan once Mizdah "
        "security takes over the gates ('فور' = conditional); Tripoli is the dateline; the last paragraph is background.",
 "yy2": "Zintan–Rujban checkpoint dispute: the Zintan military council masses ~25 vehicles at the eastern entrance of "
        "Rujban, sent from Zintan (reported mobilise; the road to Al-Watiya base is not a destination), the Rujban "
        "council denies its company (Western Military Region, GNA) moved toward Jadu, a planned neutral force "
        "Tripoli→Rujban under a deal brokered by Yafran and Nalut elders (speakers only), and Zintan's conditional "
        "return 'للزنتان' (surface زنتان, no origin written); Wazin crossing and the border with Tunisia are only where "
        "a truck was heading; Sharara field and Al-Rayayinah are pipeline background; Tripoli also inside "
        "'عماد الطرابلسي' (trap).",
 "yy3": "Lebanese workers in Gharyan: the 444 Brigade (GNA) Tarhuna→Gharyan (positions at the north gate and near the "
        "Gharyan municipality add no place), Zintan's denial of sending vehicles to Al-Asabaa (spelled الاصابعة; "
        "'أصابع الاتهام' a trap), a conditional GNA reinforcement from Al-Aziziyah (to Gharyan, by anaphora) and a "
        "planned company Gharyan→Mizdah; the evacuation of workers Tripoli→Mitiga→Beirut is civilian; Tripoli "
        "(Lebanon) twice as home town, the Libyan capital once.",
 "yy4": "Al-Watiya and the Turkish presence: a Turkish A400M Türkiye→Al-Watiya air base (reported airlift), a frigate "
        "landing marines at Tripoli port (reported naval_landing, no origin written), a planned air-defence battery "
        "flown Al-Watiya→Mitiga base (Tripoli only locates it), a denied transfer of drones Al-Watiya→Zintan "
        "(shipment, Turkish actor as in the claim) and a denied landing at Zuwara port, and a conditional Zintan "
        "battalion Zintan→Mizdah; the Gharyan–Mizdah–Ash Shwayrif road, a technical delegation's visit and the '140 km "
        "from Tripoli' are not movements; Kuwait is the dateline (city) and the country in the quote.",
 "yy5": "QNA: an LNA company Brak air base→Ash Shwayrif (spelled الشويريف in the headline; the junction of the roads to "
        "Mizdah, Brak and Derj adds no place), 12 LNA fuel-and-ammunition trucks Sabha→Ash Shwayrif via Brak "
        "('إلى البلدة' resolved to Ash Shwayrif), a planned unit Ash Shwayrif→Hamada field ('130 km west' a distance "
        "reference), Al-Qaryat council denies a GNA force massing at the town's edge after arriving from Mizdah "
        "(Tripoli only locates the staff), and a conditional advance to Derj (the border with Algeria only locates "
        "Derj; Ghadames is the fuel convoys' goal); the Brak–Idri road last month is background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("yy1", "yy2", "yy3", "yy4", "yy5")
