# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabaa"),                             # G
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                # G
 "kikla": ("town", "LY", 32.08333, 12.70000, "Kikla"),                                  # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "jebel": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),      # G (row region:western-mountain)
 "zuwara_port": ("crossing", "LY", 32.92200, 12.12000, "Port of Zuwara"),               # G
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 # qgc1 Zintan, Al-Riyayna and Al-Watiya (Libya Al-Rasmiya)
 "riyayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                         # G
 "zintan_mun": ("district", "LY", 31.93155, 12.25291, "Zintan municipality"),           # G* (town row)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "zintan_airport": ("airport", "LY", 31.96, 12.27, "Zintan Airport"),                   # K
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 # qgc2 Gharyan, Mizda and Ash-Shwayrif (February TV)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 # qgc3 Al-Asabaa and the Zintan company back from Idri (Salam TV)
 "asabaa_mun": ("district", "LY", 32.03333, 12.86667, "Al Asabaa municipality"),        # G* (town row)
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 # qgc4 airlift to Al-Watiya, landing at Zuwara (Al-Assema TV)
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "jufra": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                      # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qgc5 Nalut, Wazin and Al-Rhaybat (Libya Rouhaha Al-Watan)
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G (row الذهيبة)
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "rhaybat": ("town", "LY", 31.84637, 11.84360, "Ar Rhaybat"),                           # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
}

TRAPS = {
 "qgc1": ["ليبيا الرسمية", "إدريس الزنتاني", "الزنتانية"],
 "qgc2": ["فبراير", "غرفة عمليات غريان", "الطاهر الغرياني", "الشقيقة", "الجيش الوطني الليبي", "شارع طرابلس"],
 "qgc3": ["سلام", "زنتانية", "إدريس المبروك", "الحرابة"],
 "qgc4": ["العاصمة", "درع الجبل", "اللبنانية"],
 "qgc5": ["ليبيا روحها الوطن", "جهاز حرس الحدود", "التونسية", "موزاييك إف إم", "الليبية التونسية الجزائرية"],
}

PHEN = {
 "qgc1": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri", "vague_area",
          "town_vs_district", "coverage_bases", "coverage_oil"],
 "qgc2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_neighbours"],
 "qgc3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_idri", "vague_area", "town_vs_district"],
 "qgc4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
          "countries"],
 "qgc5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qgc1": [
  mv("redeploy", "reported", "Zintan forces", ["الزنتان"], ["الرياينة"]),
  mv("withdraw", "reported", "Zintan forces", ["الرياينة"], ["الزنتان"]),
  mv("airlift", "planned", "GNA forces", ["مطار معيتيقة"], ["مطار الزنتان"]),
  mv("mobilise", "denied", "Zintan forces", [], ["قاعدة الوطية"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["بئر الغنم"]),
 ],
 "qgc2": [
  mv("redeploy", "reported", "GNA forces", ["غريان"], ["مزدة"]),
  mv("withdraw", "planned", "GNA forces", ["مزده"], ["طرابلس"]),
  mv("shipment", "reported", "GNA forces", ["ترهونة"], ["غريان"]),
  mv("reinforce", "conditional", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["مزدة"]),
 ],
 "qgc3": [
  mv("deploy", "reported", "GNA forces", ["غريان"], ["الأصابعة"]),
  mv("withdraw", "conditional", "GNA forces", ["الاصابعة"]),
  mv("withdraw", "reported", "Zintan forces", ["إدري"], ["الزنتان"], ["الشويرف", "مزدة"]),
  mv("redeploy", "planned", "Zintan forces", ["الزنتان"], ["إدري"]),
  mv("shipment", "denied", "Zintan forces", ["الزنتان"], ["الأصابعة"]),
 ],
 "qgc4": [
  mv("airlift", "reported", "GNA forces", ["مطار مصراتة"], ["قاعدة الوطية"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("deploy", "planned", "GNA forces", ["يفرن", "الزنتان"], ["ككله"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["غريان"]),
  mv("redeploy", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["الشويرف"]),
 ],
 "qgc5": [
  mv("deploy", "reported", "GNA forces", ["نالوت"], ["منفذ وازن"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الرحيبات"]),
  mv("advance", "denied", "Zintan forces", ["الرحيبات"], ["جادو"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["ذهيبة"]),
 ],
}

NOTES = {
 "qgc1": "Rotation at the Al-Riyayna gates: a Zintan company Zintan→Al-Riyayna and the outgoing one back to Zintan "
         "(origin Al-Riyayna named in the same sentence); a planned airlift Mitiga airport→Zintan airport (Tripoli only "
         "locates Mitiga); Zintan's denied massing of 50 vehicles at Al-Watiya base; a conditional advance Zintan→Bir "
         "al-Ghanam (Zawiya only in the condition). Sharara field is a distance reference for the pipeline valve, "
         "Yafran only a speaker's town, the western mountain a vague area; Idris al-Zintani and «الزنتانية» are traps.",
 "qgc2": "A Gharyan company rotated Gharyan→Mizda; the outgoing battalion's planned return Mizda (spelled مزده)→"
         "Tripoli; an ammunition and fuel convoy Tarhuna→Gharyan for the Gharyan operations room (trap); a conditional "
         "reinforcement Gharyan→Al-Asabaa if clashes resume on the Kikla road (Kikla only the condition; the second "
         "Al-Asabaa is not a movement place); the GNA zone denies an LNA advance Ash-Shwayrif→Mizda. Tunis (city) is "
         "where a delegation came back from (civilians); «شارع طرابلس» is a street in Gharyan (trap).",
 "qgc3": "A GNA force deployed Gharyan→Al-Asabaa ('20 km to the east' describes Gharyan, the origin); its conditional "
         "withdrawal from Al-Asabaa (spelled الاصابعة); checkpoints on the road to Kikla add no place; a Zintan company "
         "back Idri→Zintan via Ash-Shwayrif and Mizda; the planned replacement Zintan→Idri; a denied arms shipment "
         "Zintan→Al-Asabaa (the food trucks to Yafran are civilian, no movement). The last paragraph repeats the "
         "deployment (not counted again) and names Gharyan as a meeting venue.",
 "qgc4": "Three flights Misrata airport→Al-Watiya base (Jabal Nafusa only the area the plan covers); marines landed at "
         "Zuwara port from Abu Sitta naval base (Mellitah and the border with Tunisia are distance references of the "
         "checkpoints); a planned joint force Yafran+Zintan→Kikla (ككله; Gharyan only the road's end); Misrata "
         "brigades' conditional reinforcement Misrata→Gharyan (the first Misrata is the speaker's council); the LNA "
         "denies moving 30 vehicles Al-Jufra air base→Ash-Shwayrif; a civilian aid flight to Tripoli (Lebanon) via "
         "Beirut is no movement.",
 "qgc5": "Border guards Nalut→the Wazin crossing (Dehiba only the road's end); Zintan massing of 40 vehicles in Al-"
         "Rhaybat confirmed (reported mobilise) but an advance Al-Rhaybat→Jadu denied; a planned landing Tripoli port→"
         "Zuwara port; the Tunisian army's conditional reinforcement Tataouine→Dehiba (ذهيبة), said in Tunis (city); "
         "Algiers only the venue of a meeting and the border with Tunisia only its subject.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qgc1", "qgc2", "qgc3", "qgc4", "qgc5")
