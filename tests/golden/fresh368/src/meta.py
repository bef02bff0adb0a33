# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                # G
 # capitals and speakers' cities
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                      # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 # Ghadames, Derj, Sinawen, the Hamada
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                 # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),            # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),         # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                       # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                  # G
 "nalut_district": ("district", "LY", 30.45393, 10.78371, "Nalut district"),                # G (district row نالوت)
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                            # G
 "qaryat": ("town", "LY", 30.38333, 13.58333, "Al Qaryat"),                                 # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                         # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                       # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_dz": ("region", "LY", 29.70, 10.10, "Libya-Algeria border (Libyan side, south of Ghadames)"),  # K
 # Nafusa mountains
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                    # G
 "rujban": ("town", "LY", 31.95000, 12.16667, "Ar Rujban"),                                 # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                      # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                        # G
 "yefren": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                    # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                      # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 # the west coast and Tripoli
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                           # G (row قاعدة معيتيقة)
 "tripoli_port": ("crossing", "LY", 32.905, 13.19, "Port of Tripoli"),                      # K
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Zuwara port"),                      # K
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G (row منفذ رأس جدير)
 # Algeria
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                     # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                               # G
 "in_amenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),            # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                   # G
 "boufarik": ("base", "DZ", 36.546, 2.876, "Boufarik Air Base"),                            # K
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),         # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                     # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                                  # G
 "border_ly_dzside": ("region", "DZ", 29.90, 9.45, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 # Tunisia
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                              # G
 "tataouine_gov": ("district", "TN", 31.75068, 9.81691, "Tataouine governorate"),           # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                    # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G* (row منفذ وازن, country TN)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                    # G
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                     # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                       # G* (row جنوب تونس)
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                    # G
 "zarzis_port": ("crossing", "TN", 33.47, 11.12, "Zarzis commercial port"),                 # K
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                                # G
 "border_ly_tnside": ("region", "TN", 32.05, 10.60, "Tunisia-Libya border (Tunisian side, near Dehiba)"),  # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "nf1": ["الشرق الأوسط", "المنطقة العسكرية الغربية", "الجيش الجزائري", "درجة التأهب"],
 "nf2": ["الناحية العسكرية الرابعة", "وكالة الأنباء الجزائرية", "وحدات جزائرية", "التراب الليبي", "صفحات ليبية",
         "الجانب الليبي", "أحمد الإدريسي", "التوازن الهش"],
 "nf3": ["ديوان أف أم", "نهج طرابلس", "المصدر العسكري التونسي", "البلدة الليبية"],
 "nf4": ["التناصح", "المنطقة العسكرية الغربية", "خالد الطرابلسي", "نظيره التونسي", "المدرجة"],
 "nf5": ["بوابة إفريقيا الإخبارية", "المجلس العسكري الزنتان", "عبد السلام الزنتاني", "المنطقة العسكرية الغربية",
         "ما ادري", "المدرج"],
}

PHEN = {
 "nf1": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "nf2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
         "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "nf3": ["clitics", "multiword", "media_trap", "nisba", "ambiguity_tripoli", "vague_area", "border_phrase",
         "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "nf4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_crossings", "countries"],
 "nf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_idri", "vague_area", "town_vs_district"],
}

MOVES = {
 "nf1": [
  mv("deploy", "reported", "Zintan forces", ["الزنتان"], ["غدامس"], ["نالوت", "درج"]),
  mv("withdraw", "reported", "GNA forces", ["غدامس"]),
  mv("deploy", "planned", "GNA forces", ["يفرن"], ["سيناون"]),
  mv("advance", "denied", "Libyan National Army", ["الشويرف"], ["درج"]),
  mv("advance", "conditional", "Zintan forces", ["غدامس"], ["حقل الوفاء"]),
 ],
 "nf2": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["دبداب"], ["عين أمناس"]),
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("deploy", "planned", "Algerian army", ["عين أمناس"], ["الحدود مع ليبيا"]),
  mv("advance", "denied", "Algerian army", [], ["غدامس"]),
  mv("redeploy", "conditional", "Algerian army", ["مجمع تيقنتورين"], ["دبداب"]),
  mv("deploy", "reported", None, ["جادو", "يفرن"], ["درج"]),
 ],
 "nf3": [
  mv("reinforce", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("deploy", "planned", "Tunisian army", [], ["برج الخضراء"]),
  mv("naval_landing", "reported", "Tunisian army", ["صفاقس"], ["ميناء جرجيس"]),
  mv("withdraw", "denied", "GNA forces", ["منفذ وازن"], ["نالوت"]),
  mv("reinforce", "conditional", "Tunisian army", ["مدنين"], ["الحدود مع ليبيا"]),
 ],
 "nf4": [
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("mobilise", "reported", "Zintan forces", [], ["الرجبان"]),
  mv("withdraw", "denied", None, ["درج"], ["جادو"]),
  mv("naval_landing", "planned", "GNA forces", ["ميناء طرابلس"], ["ميناء زوارة"]),
  mv("deploy", "conditional", None, ["يفرن"], ["منفذ وازن"]),
 ],
 "nf5": [
  mv("shipment", "reported", "Zintan forces", ["الزنتان"], ["سيناون"], ["نالوت"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["القريات"]),
  mv("redeploy", "planned", "GNA forces", ["درج"], ["مطار غدامس"]),
  mv("withdraw", "reported", None, ["مطار غدامس"], ["غدامس"]),
  mv("shipment", "conditional", "GNA forces", ["طرابلس"], ["غدامس"]),
 ],
}

NOTES = {
 "nf1": "Asharq Al-Awsat (Cairo dateline): a Zintan column Zintan→Ghadames via Nalut and Derj after GNU border guards left "
        "Ghadames («من المدينة»), a planned Western Military Region column Yefren→Sinawen, the LNA's denied Ash Shwayrif→Derj "
        "advance and a conditional Zintan advance Ghadames→the Al Wafa field; Cairo, Tripoli, Debdeb and the Hamada are "
        "speaker/venue/locator places, not movement places.",
 "nf2": "Echaab (Algiers dateline): an Algerian reinforcement Ouargla→Debdeb via In Amenas, an Il-76 airlift Boufarik air "
        "base→In Amenas airport, the planned onward move In Amenas→the border with Libya, the MoD's denied crossing into "
        "Ghadames, a conditional redeploy from the Tiguentourine plant to Debdeb, and Jadu/Yefren brigades reported in Derj; "
        "the weekly balance (Djanet, Illizi) and Nalut as a source are not movements.",
 "nf3": "Diwan FM (Tataouine correspondent): a Tunisian reinforcement Tataouine→Dehiba via Remada, a planned company for Borj "
        "El Khadra, marines landed at Zarzis port from Sfax, the Wazin crossing office's denied pull-out to Nalut and a "
        "conditional Medenine→border reinforcement; wounded youths taken to hospital and stranded traders are not force moves.",
 "nf4": "Tanasuh TV (Tripoli dateline): a GNU airlift Mitiga base→Ghadames airport, Zintan forces massing in Al-Rujban, "
        "Jadu's denied pull-out Derj→Jadu, a planned sea move Tripoli port→Zuwara port and a conditional Yefren unit for the "
        "Wazin crossing; the road to Ras Ajdir is a later task, not a destination; Tunis is a meeting venue.",
 "nf5": "Afrigate News (Ghadames dateline): a Zintan ammunition-and-fuel convoy Zintan→Sinawen via Nalut, the LNA's denied "
        "massing in Al-Qaryat, a planned Western Military Region redeploy Derj→Ghadames airport, a local group's pull-back "
        "from around the airport into the town (anaphora «المطار»، «المدينة») and a conditional armour shipment "
        "Tripoli→Ghadames; Derj, Ash Shwayrif and the Hamada are also background positions.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nf1", "nf2", "nf3", "nf4", "nf5")
