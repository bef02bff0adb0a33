# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                             # G
 # cities outside the mountains
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                  # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                         # G
 "khoms_port": ("crossing", "LY", 32.67610, 14.24130, "Port of Khoms"),                  # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tizi": ("city", "DZ", 36.71182, 4.04591, "Tizi Ouzou"),                                # G
 "agadir": ("city", "MA", 30.4202, -9.5982, "Agadir"),                                   # K
 # the mountain, its towns and the roads south
 "nafusa": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (row الجبل الغربي; G* for جبل نفوسة, أدرار نفوسة)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),          # G* (town row)
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                              # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),               # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "qalaa": ("town", "LY", 32.07, 12.61, "Al Qalaa"),                                      # K
 "qalaa_mun": ("district", "LY", 32.07, 12.61, "Al Qalaa municipality"),                 # K
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kiklah"),                                  # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                          # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                     # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                              # G
 "rujban_mun": ("district", "LY", 31.95000, 12.16667, "Ar Rujban municipality"),         # G* (town row)
 "rahibat": ("town", "LY", 31.84637, 11.84360, "Ar-Rahaibat"),                           # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                       # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),             # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 # the Tunisian border
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),   # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن, country TN)
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                   # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                 # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                           # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "border_tn_side": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side, Dehiba)"),  # K
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
}

TRAPS = {
 "xn1": ["القدس العربي", "الليبية", "اللواء 444 قتال", "عادل الغرياني", "قوة حماية غريان", "الجيش الوطني الليبي",
         "جامعة طرابلس", "فرج الككلي", "هذه الزاوية"],
 "xn2": ["فرانس 24", "كتائب جبل نفوسة", "المنطقة العسكرية الغربية", "إدريس بوزخار", "سالم الككلي",
         "المجلس الأعلى لأمازيغ ليبيا", "القلعة التركية", "يوبا اليفرني"],
 "xn3": ["جوهرة أف أم", "الدفاع التونسية", "مصطفى الجادوي", "الجيش التونسي", "وكالة تونس إفريقيا للأنباء", "الليبية",
         "التراب التونسي", "الجانب التونسي", "دورية تونسية"],
 "xn4": ["الأنباء", "ليبية", "وزارة الدفاع التركية", "إدريس الرجباني", "زنتانية", "القوات التركية", "اللبناني"],
 "xn5": ["اليوم 24", "كتيبة فساطو", "صلاة المغرب", "الجيش الوطني الليبي", "مادغيس اليفرني"],
}

PHEN = {
 "xn1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
 "xn2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_neighbours",
         "countries"],
 "xn3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "xn4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil", "countries"],
 "xn5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xn1": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الأصابعة"], ["غريان"]),
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["غريان"]),
  mv("redeploy", "planned", "GNA forces", ["الأصابعة"], ["مزدة"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["غريان"]),
 ],
 "xn2": [
  mv("deploy", "reported", "GNA forces", ["إفرن"], ["القلعة"]),
  mv("redeploy", "planned", "GNA forces", ["جادو"], ["القلعة"]),
  mv("withdraw", "denied", "GNA forces", ["القواليش"]),
  mv("mobilise", "reported", "GNA forces", [], ["ككلة"]),
  mv("advance", "conditional", "Zintan forces", ["الرياينة"], ["القواليش"]),
 ],
 "xn3": [
  mv("deploy", "reported", "GNA forces", ["جادو"], ["منفذ وازن"], ["كاباو", "نالوت"]),
  mv("withdraw", "conditional", "GNA forces", ["منفذ وازن"], ["جادو"]),
  mv("reinforce", "planned", "Tunisian army", ["رمادة"], ["الذهيبة"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
  mv("mobilise", "reported", "GNA forces", [], ["نالوت"]),
 ],
 "xn4": [
  mv("airlift", "reported", "Turkish armed forces", ["مطار مصراتة"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "Turkish armed forces", [], ["ميناء الخمس"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["حقل الشرارة"]),
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["الشويرف"]),
  mv("withdraw", "conditional", "Zintan forces", ["إدري"], ["الزنتان"]),
  mv("withdraw", "denied", "Turkish armed forces", ["الوطية"], ["مصراتة"]),
 ],
 "xn5": [
  mv("deploy", "reported", "GNA forces", ["جادو"], ["الرحيبات"]),
  mv("shipment", "reported", "GNA forces", ["قاعدة الوطية"], ["جادو"]),
  mv("deploy", "planned", "Zintan forces", ["الزنتان"], ["الرجبان"]),
  mv("reinforce", "conditional", "GNA forces", ["زوارة"], ["جادو"]),
  mv("advance", "denied", "Libyan National Army", ["حقل الحمادة"], ["الرحيبات"]),
  mv("naval_landing", "denied", "Libyan National Army", [], ["أبو كماش"]),
 ],
}

NOTES = {
 "xn1": "Gharyan and Al-Asabaa: a Chief-of-Staff (GNU) column Tripoli→Al-Asabaa through Gharyan ('سيتمركز في محيط "
        "الاصابعة' is the same move, spelled without hamza); two helicopters Mitiga air base→Gharyan ahead of it; a planned company Al-Asabaa→Mizda (the first Mizda is only "
        "the road 'بين غريان ومزدة'); the LNA denies a column Ash-Shwayrif→Mizda (الجنوب الغربي only where its units "
        "stay); Misrata brigades would move Misrata→Gharyan only if Al-Asabaa or Mizda were attacked (those two are the "
        "condition; the first Misrata is the council's seat). Traps: the mayor عادل الغرياني, قوة حماية غريان, جامعة طرابلس, "
        "فرج الككلي, «هذه الزاوية».",
 "xn2": "Yefren after Yennayer: a «كتائب جبل نفوسة» force (GNU Western Military Region) from إفرن (Amazigh spelling of "
        "Yefren) to Al-Qalaa; a planned rotation company Jadu→Al-Qalaa; Kikla's military council denies pulling out of "
        "Al-Qawalish and says it massed 100 fighters inside Kikla; Zintan's forces in Ar-Rayayna will advance on Al-Qawalish only on a formal request. Yefren as "
        "dateline and festival town, Nalut, Algiers/Tizi Ouzou/Morocco/Algeria are no movement places; القلعة التركية "
        "(Yefren's Ottoman fort) and إدريس بوزخار are traps.",
 "xn3": "Jawhara FM from Tataouine: a GNU force Jadu→the Wazin crossing via Kabaw and Nalut (لالوت = Nalut's Amazigh "
        "name, same place); its conditional return Wazin crossing→Jadu once the crossing is handed over (بمجرد); a "
        "planned Tunisian unit Remada→Dehiba (the border only a distance reference); the Tunisian ministry in Tunis "
        "denies a patrol's incursion near Wazin; after last month's "
        "clash (Zintan and Al-Rujban only the groups' origin, the Nalut gate a locator) Nalut's military council massed 60 "
        "vehicles in the town. Dehiba crossing, Ras Ajdir, Tunisia/Libya, Yefren, Zintan, Al-Rujban "
        "and the last Nalut are no movement places.",
 "xn4": "Al-Anba from Tripoli: a Turkish A400M Misrata airport→Al-Watiya base with drones; Turkish marines landed "
        "at Khoms port; a planned Zintan battalion Zintan→Sharara field and 12 fuel/ammunition trucks already sent "
        "Zintan→Ash-Shwayrif; a Zintani company in Idri (Wadi al-Shati) returns to Zintan only after the battalion takes "
        "over Sharara (the second Sharara is the condition); the GNU staff denies a Turkish pull-out of air defences "
        "Al-Watiya→Misrata. Tripoli is dateline and distance reference; Tripoli in North Lebanon is the analyst's city; "
        "Benghazi, Türkiye, Al-Rujban, the Rujban municipality and Jadu are no movement places.",
 "xn5": "Al-Yaoum 24 from Jadu: a «كتيبة فساطو» force Jadu→the Ar-Rahaibat junction (the first Jadu in 'جنوب غرب جادو' is "
        "a locator); 4 ammunition trucks Al-Watiya base→Jadu; a planned Zintan force Zintan→Al-Rujban ('14 km east of Jadu' a distance reference); a Zuwara "
        "brigade would come up Zuwara→Jadu only if the mountain councils ask; the LNA denies elements arriving from the "
        "Hamada field at Ar-Rahaibat and a landing of its fighters on the Abu Kammash shore (Zuwara there a locator). أدرار نفوسة is the Amazigh name of the mountain; صلاة المغرب is a trap; Morocco, "
        "Agadir, Yefren, Kabaw, Nalut, the Wazin crossing and the border with Tunisia are no movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xn1", "xn2", "xn3", "xn4", "xn5")
