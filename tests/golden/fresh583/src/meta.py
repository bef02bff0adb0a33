# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                             # G
 "qatar": ("country", "QA", 25.36383, 51.13780, "Qatar"),                               # G
 # Tripoli and its suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "ainzara_mun": ("district", "LY", 32.81330, 13.26970, "Ain Zara municipality"),        # G* (town row)
 "salahaldin": ("town", "LY", 32.830, 13.205, "Salah al-Din (Tripoli)"),                # K (gazetteer row sits on Tripoli centre)
 "abusalim": ("town", "LY", 32.88743, 13.18733, "Abu Salim"),                           # G
 "tekbali": ("base", "LY", 32.835, 13.220, "Tekbali Camp (Tripoli)"),                   # K (gazetteer row sits on Tripoli centre)
 "wadirabi": ("town", "LY", 32.775, 13.330, "Wadi al Rabie"),                           # K (gazetteer row sits on Tripoli centre)
 "airport_road": ("region", "LY", 32.790, 13.170, "Tripoli airport road"),              # K
 "south_tripoli": ("region", "LY", 32.760, 13.200, "Southern Tripoli"),                 # K
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "souqjuma_mun": ("district", "LY", 32.88300, 13.23300, "Souq al Jum'aa municipality"), # G* (town row)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "tajoura_mun": ("district", "LY", 32.88167, 13.35056, "Tajura municipality"),          # G* (city row)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                               # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzur municipality"),          # G* (city row)
 "siraj": ("town", "LY", 32.845, 13.085, "Al Siraj (Tripoli)"),                         # K (gazetteer row sits on Tripoli centre)
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),             # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.190, "Port of Tripoli"),                 # K
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"), # G
 # western Libya
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "warshefana": ("region", "LY", 32.51012, 13.02794, "Warshefana (Al Jafara)"),          # G* (district row الجفارة)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "tripolitania": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),  # G* (row إقليم طرابلس)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "border_tn_side": ("region", "TN", 32.95, 11.25, "Tunisia-Libya border (Tunisian side)"),  # K
 # abroad
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "kuwait_city": ("city", "KW", 29.36700, 47.97429, "Kuwait City"),                      # G
 "doha": ("city", "QA", 25.28545, 51.53096, "Doha"),                                    # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "bab_tabbaneh": ("district", "LB", 34.4420, 35.8440, "Bab al-Tabbaneh"),               # K
 "jabal_mohsen": ("district", "LB", 34.4460, 35.8480, "Jabal Mohsen"),                  # K
}

TRAPS = {
 "vm1": ["القدس العربي", "الليبية", "اللواء 444 قتال", "جهاز دعم الاستقرار", "محمد الجنزوري", "قوة حماية طرابلس"],
 "vm2": ["الردع", "مونت كارلو الدولية", "الليبية", "كتيبة رحبة الدروع", "المالي", "منطقة طرابلس العسكرية",
         "قوة مكافحة الإرهاب", "المصراتية", "عبد الله التاجوري", "اللبنانية"],
 "vm3": ["الجريدة", "المنطقة العسكرية للساحل الغربي", "الليبية", "شارع الزاوية", "فرسان جنزور", "محمود الورشفاني", "التونسية",
         "الكويتية"],
 "vm4": ["الوفد", "الليبية", "جهاز دعم الاستقرار", "المرجح", "المصراتية", "أحمد إدريس", "الجيش الوطني الليبي",
         "ليبياً - ليبياً", "طوفان الكرامة"],
 "vm5": ["الليبية", "قنا", "وكالة الأنباء القطرية", "جهاز الردع", "إدريس القماطي", "غرفة العمليات المشتركة", "ناصر الطرابلسي",
         "جهاز دعم الاستقرار", "التونسية"],
}

PHEN = {
 "vm1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "town_vs_district", "coverage_bases"],
 "vm2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "vm3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "vm4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
 "vm5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "vm1": [
  mv("advance", "reported", "GNA forces", ["معسكر التكبالي"], ["عين زارة"], ["صلاح الدين"]),
  mv("shipment", "reported", "GNA forces", ["ترهونة"], ["معسكر التكبالي"]),
  mv("mobilise", "denied", "GNA forces", [], ["وادي الربيع", "أبو سليم"]),
  mv("deploy", "planned", "Misrata forces", ["مصراتة"], ["عين زارة"]),
  mv("withdraw", "conditional", "GNA forces", ["عين زارة"], ["معسكر التكبالي"]),
 ],
 "vm2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["زليتن", "القره بوللي"]),
  mv("advance", "denied", "GNA forces", ["قاعدة معيتيقة"], ["تاجوراء"]),
  mv("deploy", "planned", "GNA forces", [], ["مطار معيتيقة"]),
  mv("airlift", "planned", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
 ],
 "vm3": [
  mv("advance", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  mv("mobilise", "reported", "GNA forces", [], ["جنزور"]),
  mv("advance", "denied", "GNA forces", ["جنزور"], ["السراج"]),
  mv("withdraw", "planned", "GNA forces", ["جنزور"], ["الماية"]),
  mv("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["قاعدة أبوستة البحرية"]),
 ],
 "vm4": [
  mv("advance", "reported", "Misrata forces", ["قصر بن غشير"], ["مطار طرابلس الدولي"]),
  mv("withdraw", "reported", "GNA forces", ["طريق المطار"], ["ابوسليم"]),
  mv("shipment", "planned", "Misrata forces", ["مصراتة"], ["قصر بن غشير"]),
  mv("withdraw", "conditional", "Misrata forces", ["مطار طرابلس الدولي"], ["قصر بن غشير"]),
  mv("advance", "denied", "Libyan National Army", ["ترهونة"], ["جنوب طرابلس"]),
  mv("withdraw", "reported", "Libyan National Army", [], ["ترهونة", "سرت"]),
 ],
 "vm5": [
  mv("reinforce", "reported", "GNA forces", ["الزاوية"], ["سوق الجمعة"], ["جنزور"]),
  mv("redeploy", "planned", "GNA forces", ["سوق الجمعة"], ["قاعدة معيتيقة"]),
  mv("airlift", "conditional", "Misrata forces", ["مصراتة"], ["قاعدة معيتيقة"]),
  mv("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  mv("redeploy", "denied", "GNA forces", ["صبراتة"], ["عين زارة"]),
 ],
}

NOTES = {
 "vm1": "Ain Zara/Salah al-Din clashes: a 444 Brigade advance Tekbali camp→Ain Zara via Salah al-Din (reported), six "
        "ammunition trucks Tarhuna→Tekbali camp (reported shipment), the SSA's denied massing in Wadi al-Rabi and Abu "
        "Salim, a planned Misrata separation force Misrata→Ain Zara under an elders' truce, and 444's conditional "
        "return Ain Zara→Tekbali camp (the airport road there is only the condition). Families fleeing to Tajoura "
        "and Souq al-Juma are civilians; Mitiga airport only closes; Tajoura/Souq al-Juma elders are mediators.",
 "vm2": "Tajoura truce: Misrata reinforcements Misrata→Tajoura via Zliten and Al-Qarabulli (reported; مصراته in the "
        "next clause is only the source's city), Radaa's denied push Mitiga base→Tajoura, a planned Tripoli Military "
        "Zone battalion around Mitiga airport (trap: منطقة طرابلس العسكرية), a planned airlift of Counter-Terrorism "
        "Force men Misrata airport→Mitiga airport, and the Misrata force's conditional return Tajoura→Misrata. Misrata "
        "airport is first only the airport of diverted civil flights; Paris and Tripoli (Lebanon) with Bab "
        "al-Tabbaneh/Jabal Mohsen are an analyst's comparison.",
 "vm3": "A Western Coast Military Zone column Zawiya→Janzour via Al-Maya (reported; شارع الزاوية a Tripoli street), "
        "the Fursan Janzour battalion's massing in Janzour (reported mobilise; فرسان جنزور a trap), the commander's "
        "denied advance Janzour→Al-Siraj, the planned pull-back Janzour→Al-Maya under the elders' truce, and a "
        "conditional Misrata battalion by sea Misrata→Abu Sitta naval base (first مصراتة only the source). Fuel trucks "
        "from the Zawiya refinery, the Tunisian border and Ras Ajdir, and Kuwait City/Kuwait are not movement places.",
 "vm4": "Airport-road fighting: a Misrata force Qasr Bin Ghashir→Tripoli International Airport (reported), the SSA "
        "pulling back airport road→Abu Salim (reported), a planned Misrata ammunition shipment Misrata→Qasr Bin "
        "Ghashir, a conditional pull-back airport→Qasr Bin Ghashir, the LNA's denied advance Tarhuna→south Tripoli, "
        "and the 2020 LNA retreat to Tarhuna then Sirte (reported, no origin written). Cairo and Egypt are "
        "dateline/speaker; أحمد إدريس a person (Idri inside).",
 "vm5": "QNA: a Zawiya force (General Staff) Zawiya→Souq al-Juma via Janzour (reported), Radaa's planned move from "
        "Souq al-Juma's residential areas to Mitiga base, a conditional Misrata airlift Misrata→Mitiga base, a ship "
        "landing Joint Force men Misrata→Tripoli port (reported), and the SSA's denied transfer Sabratha→Ain Zara. "
        "Tunis, the Tunisian side of the border, Ras Ajdir, Doha, Qatar and the Zawiya refinery are venues and "
        "statements only.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("vm1", "vm2", "vm3", "vm4", "vm5")
