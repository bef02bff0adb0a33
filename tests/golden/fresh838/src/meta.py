# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jabal": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (region row)
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yefren"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                             # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qfh1 Kikla and the road up from Zawiya (Al-Quds Al-Arabi)
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "kikla_mun": ("district", "LY", 32.08333, 12.70000, "Kikla municipality"),             # G* (town row)
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "qawalish": ("town", "LY", 31.99972, 12.63000, "Al-Qawalish"),                         # G
 "jafara": ("region", "LY", 32.51012, 13.02794, "Jafara plain"),                        # G* (district row الجفارة)
 # qfh2 Yefren, Zintan and Al-Rayayna (France 24)
 "yefren_mun": ("district", "LY", 32.06329, 12.52859, "Yefren municipality"),           # G* (town row)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G (LY row)
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                  # G
 # qfh3 Dehiba, Wazin and Nalut (TAP)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "dehiba_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G* (row منفذ وازن)
 "border_ly_tnside": ("region", "TN", 32.2, 10.75, "Tunisia-Libya border (Tunisian side)"),  # K
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "remada_base": ("base", "TN", 32.306, 10.382, "Remada air base"),                      # K
 # qfh4 Misrata brigades to Gharyan, Al-Asabaa, Mizda (Al-Wafd)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.36500, 15.21300, "Port of Misrata"),             # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),       # G* (row إقليم طرابلس)
 # qfh5 Zintan hands over Al-Watiya (Monte Carlo Doualiya)
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "zuwara_port": ("crossing", "LY", 32.925, 12.095, "Port of Zuwara"),                   # K
 "border_ly_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
}

TRAPS = {
 "qfh1": ["القدس العربي", "المنطقة العسكرية الغربية", "فرج الزنتاني", "الجنوب الغربي", "هذه الزاوية"],
 "qfh2": ["زنتانية", "فرانس 24", "مادغيس إدريس", "الجيش الوطني الليبي"],
 "qfh3": ["وكالة تونس إفريقيا للأنباء", "الجيش التونسي", "الليبي"],
 "qfh4": ["بوابة الوفد", "كتيبة ثوار طرابلس", "عادل إدريس", "الكتائب المصراتية", "الجيش الوطني الليبي"],
 "qfh5": ["مونت كارلو الدولية", "دعم مالي", "اللبنانية", "الليبي"],
}

PHEN = {
 "qfh1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "vague_area", "town_vs_district", "coverage_oil"],
 "qfh2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "town_vs_district", "countries"],
 "qfh3": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qfh4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_idri", "vague_area", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qfh5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qfh1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["ككلة"], ["بير الغنم"]),
  mv("shipment", "reported", "GNA forces", ["مصفاة الزاوية"], ["ككلة"]),
  mv("redeploy", "planned", "GNA forces", ["ككله"], ["القواليش"]),
  mv("withdraw", "conditional", "GNA forces", ["ككلة"], ["الزاوية"]),
  mv("advance", "denied", "Zintan forces", ["الزنتان"], ["العزيزية"]),
 ],
 "qfh2": [
  mv("mobilise", "reported", "Zintan forces", [], ["الرياينة"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["يفرن"], ["بئر الغنم"]),
  mv("withdraw", "conditional", "Zintan forces", ["الرياينة"], ["الزنتان"]),
  mv("reinforce", "denied", "Libyan National Army", ["الشويرف"], ["الزنتان"]),
 ],
 "qfh3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["قاعدة رمادة"]),
  mv("withdraw", "conditional", "Tunisian army", ["الذهيبة"], ["تطاوين"]),
  mv("advance", "denied", "Tunisian army", [], ["وازن"]),
 ],
 "qfh4": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("reinforce", "reported", "Misrata forces", ["طرابلس"], ["غريان"], ["العزيزيه"]),
  mv("redeploy", "planned", "GNA forces", ["غريان"], ["الاصابعة"]),
  mv("withdraw", "denied", "GNA forces", ["الأصابعة"]),
  mv("advance", "conditional", "Libyan National Army", ["الشويرف"], ["مزدة"]),
 ],
 "qfh5": [
  mv("withdraw", "reported", "Zintan forces", ["قاعدة الوطية"], ["الزنتان"]),
  mv("shipment", "reported", "Zintan forces", ["الوطية"], ["الرجبان"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["قاعدة الوطية"]),
  mv("mobilise", "conditional", "Zintan forces", [], ["بئر الغنم"]),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "qfh1": "A GNU Western Military Zone force Zawiya→Kikla via Bir al-Ghanam (spelled بير الغنم) and six fuel tankers "
         "from the Zawiya refinery to Kikla; a planned company Kikla (spelled ككله)→Al-Qawalish (Yefren only the "
         "far end of the road it secures); a conditional return Kikla→barracks in Zawiya; the Zintan military council "
         "denies a column Zintan→Al-Aziziyah. Tripoli is only the dateline; Gharyan, Al-Asabaa and the Jafara plain are "
         "background; 'من هذه الزاوية' is a common-word trap.",
 "qfh2": "Zintani vehicles massed in Al-Rayayna (between Zintan and Yefren: location, not movement places); the GNU defence "
         "ministry's planned 'disengagement force' Tripoli→Yefren via Bir al-Ghanam; a conditional return Al-Rayayna→"
         "Zintan; the LNA denies reinforcements Al-Shwayrif→Zintan (Benghazi only locates the General Command). Yefren "
         "also as dateline, council and the armed groups' town; Jadu, Kabaw, Rujban background.",
 "qfh3": "TAP: a Tunisian army column Tataouine→Dehiba via Remada (Nalut and Wazin only where the fighting is; the crossing "
         "only a distance reference); a GNU force Nalut→the Wazin crossing; a planned C-130 airlift El Aouina base (in "
         "Tunis) →Remada base; a conditional return Dehiba→Tataouine barracks (Nalut only the condition); the ministry "
         "denies Tunisian units entering Libya towards Wazin.",
 "qfh4": "Al-Wafd: Misrata fighters shipped by ferry Misrata port→Tripoli port (naval landing), then by road Tripoli→Gharyan "
         "via Al-Aziziyah (spelled العزيزيه); a planned battalion Gharyan→Al-Asabaa (spelled الاصابعة) and a denied GNU "
         "pull-out from Al-Asabaa; the LNA's conditional advance Al-Shwayrif→Mizda. Cairo is the dateline and, with "
         "Egypt, the commentator; 'كتيبة ثوار طرابلس' is a force-name trap.",
 "qfh5": "Zintan brigades withdraw 40 vehicles Al-Watiya base→Zintan and truck their heavy ammunition Al-Watiya→Ar-Rujban "
         "('8 km west of Zintan' = distance reference); a planned GNU airlift Mitiga base→Al-Watiya; a conditional "
         "Zintani massing in Bir al-Ghanam; a denied Turkish landing at Zuwara port. Tunis (talks), Tripoli (dateline, "
         "distance, government), the Tunisian border, Sharara and Al-Rayayna (pipeline valves) and Tripoli in Lebanon "
         "(the analyst's city) are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qfh1", "qfh2", "qfh3", "qfh4", "qfh5")
