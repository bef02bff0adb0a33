# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 # Libyan west and the Ghadames triangle (shared)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "ghadames_mun": ("district", "LY", 30.13366, 9.50072, "Ghadames municipality"),        # G* (town row)
 "ghadames_airport": ("airport", "LY", 30.15170, 9.71531, "Ghadames East Airport"),     # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Derj"),                                    # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawen"),                              # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "nalut_dist": ("district", "LY", 30.45393, 10.78371, "Nalut district"),                # G* (district row نالوت)
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "jadu": ("town", "LY", 31.95506, 12.02901, "Jadu"),                                    # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                     # G
 "hamada_field": ("oilfield", "LY", 29.53110, 12.94370, "Hamada oil field"),            # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                   # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "zuwara_port": ("crossing", "LY", 32.93, 12.10, "Port of Zuwara"),                     # K
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "tripoli_w": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                            # G* (Tripoli row; surface طرابلس الغرب)
 # Tunisia (xi2, xi3, xi5)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "tataouine_dist": ("district", "TN", 31.75068, 9.81691, "Tataouine Governorate"),      # G* (district row تطاوين)
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba border post"),       # G* (row منفذ وازن, country TN)
 "borj_khadra": ("village", "TN", 30.25442, 9.55500, "Borj El Khadra"),                 # G
 "borma": ("oilfield", "TN", 31.70430, 9.25460, "El Borma oil field"),                  # G
 "zarzis_port": ("crossing", "TN", 33.49, 11.12, "Port of Zarzis"),                    # K
 "bizerte_base": ("base", "TN", 37.27, 9.88, "Bizerte Naval Base"),                      # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G
 "border_tn_side": ("region", "TN", 31.50, 10.25, "Tunisia-Libya border (Tunisian side)"),  # K
 # Algeria (xi3, xi5)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G* (district row إليزي)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "debdeb_crossing": ("crossing", "DZ", 30.05, 9.46, "Debdeb-Ghadames border crossing"), # K
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس, spelt عين أمناس)
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G* (row مطار عين أميناس, spelt مطار إن أمناس)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row قاعدة بوفاريك الجوية, kind airport)
 "border_dz_ly": ("region", "DZ", 29.5, 9.45, "Algeria-Libya border (Algerian side)"),  # K
 # Lebanon (xi4)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "akkar": ("district", "LB", 34.53, 36.10, "Akkar Governorate"),                        # K
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
}

TRAPS = {
 "xi1": ["القدس العربي", "الطرابلسي", "درجات", "درجة", "غرفة عمليات المنطقة العسكرية الغربية", "الغدامسيون"],
 "xi2": ["التوازن", "الليبية", "تونسية", "إذاعة تطاوين"],
 "xi3": ["الجيش الوطني الشعبي", "إدريس", "الليبية", "ليبية", "التونسية"],
 "xi4": ["المجلس الأعلى لأمازيغ ليبيا", "إدريس الزنتاني", "اللبنانيين", "الليبية"],
 "xi5": ["المدينة", "الغدامسية", "الدرجي", "المدرجة", "الجيش الوطني الليبي", "التونسية"],
}

PHEN = {
 "xi1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xi2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xi3": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_neighbours", "countries"],
 "xi4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "xi5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xi1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("naval_landing", "planned", "GNA forces", ["قاعدة أبوستة البحرية"], ["ميناء زوارة"]),
  mv("redeploy", "planned", "GNA forces", [], ["درج"]),
  mv("advance", "conditional", "GNA forces", [], ["حقل الوفاء"]),
  mv("deploy", "denied", "Zintan forces", ["الزنتان"], ["سيناون"]),
 ],
 "xi2": [
  mv("redeploy", "reported", "Tunisian army", ["رمادة"], ["برج الخضراء"]),
  mv("naval_landing", "reported", "Tunisian army", ["قاعدة بنزرت البحرية"], ["ميناء جرجيس"]),
  mv("deploy", "planned", "Tunisian army", ["الذهيبة"], ["حقل البرمة"]),
  mv("reinforce", "conditional", "Tunisian army", ["تطاوين"], ["معبر الذهيبة"]),
  mv("advance", "denied", "Tunisian army", ["برج الخضرة"], ["غدامس"]),
 ],
 "xi3": [
  mv("reinforce", "reported", "Algerian army", ["عين أمناس"], ["الدبداب"]),
  mv("airlift", "planned", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار إن أمناس"]),
  mv("shipment", "conditional", "Algerian army", ["ورقلة"], ["تيقنتورين"]),
  mv("mobilise", "denied", "Algerian army", [], ["الدبداب"]),
 ],
 "xi4": [
  mv("advance", "reported", "Libyan National Army", ["الشويرف"], ["درج"], ["الحمادة الحمراء"]),
  mv("shipment", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["درج"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["سيناون"]),
  mv("advance", "conditional", "Zintan forces", ["الزنتان"], ["درج"]),
  mv("advance", "denied", "Libyan National Army", [], ["غدامس"]),
  mv("withdraw", "denied", "Libyan National Army", ["درج"]),
 ],
 "xi5": [
  mv("airlift", "reported", "GNA forces", ["قاعدة معيتيقة"], ["مطار غدامس"]),
  mv("deploy", "planned", "GNA forces", ["غدامس"], ["درج", "سيناون"]),
  mv("withdraw", "conditional", "GNA forces", ["غدامس"]),
  mv("mobilise", "denied", "Libyan National Army", [], ["أوباري"]),
 ],
}

NOTES = {
 "xi1": "Al-Quds Al-Arabi (dateline Tripoli): GNA border guards Tripoli→Ghadames via Nalut (reported); a planned landing "
        "of heavy vehicles Abu Sitta naval base→Zuwara port; a company of that force to Derj (planned; '95 km east of "
        "Ghadames' is a distance reference, origin not written); a conditional advance to the Al-Wafa field (the border "
        "with Algeria only locates it); Zintan denies sending a battalion Zintan→Sinawen. The triangle, the Hamada "
        "(smuggling), the south-west, Nalut/Jadu notables and Ghadames airport (civil flights) are not movement places; "
        "the commander al-Trabulsi is a trap.",
 "xi2": "Diwan FM (Tataouine): Tunisian army units Remada→Borj El Khadra (reported), a navy landing Bizerte naval "
        "base→Zarzis port (reported), an engineering platoon Dehiba→El Borma field (planned), a conditional "
        "reinforcement Tataouine→the Dehiba crossing if fighting spreads from Nalut to Wazin (condition places only), "
        "and a denied incursion from Borj El Khadra (spelt برج الخضرة) to near Ghadames. Ghadames '15 km' from the borj, "
        "the Wazin post closed by the Libyan side, Tunis, the governorate and Algeria are not movement places.",
 "xi3": "Echaab (Illizi): an Algerian army convoy In Amenas (عين أمناس)→Debdeb (reported; positions 'opposite Ghadames' add "
        "no place), a planned Il-76 airlift Boufarik air base→In Amenas airport (spelt إن أمناس), conditional fuel and "
        "ammunition convoys Ouargla→Tiguentourine, and a denied massing of 3,000 troops in Debdeb. Ouargla also locates "
        "the 4th Military Region; Algiers, the Illizi province, Debdeb–Borj El Khadra (smuggling area) are not movement "
        "places; Colonel Idris is an Idri trap.",
 "xi4": "Al-Liwaa (dateline طرابلس الغرب): an LNA column Ash-Shwayrif→Derj across the Hamada al-Hamra (reported) and 18 "
        "fuel/ammunition trucks Brak air base→Derj (reported), two GNA battalions Nalut→Sinawen (planned), Zintan forces "
        "ready to move Zintan→Derj if Haftar's forces advance on Ghadames (conditional; Ghadames in the condition is not a "
        "movement place of it), and the LNA's denials that it entered Ghadames or withdrew from Derj. Tripoli (Libya) is "
        "the GNA seat; Tripoli, Akkar and North Lebanon are Lebanese workers' home towns; Nalut is also written لالوت.",
 "xi5": "Al-Madina (dateline Ghadames): a military plane Mitiga base→Ghadames airport with 60 border guards (reported; "
        "Tripoli only locates the base), joint patrols Ghadames→Derj and Sinawen (planned), the guards will not leave "
        "Ghadames before a reconciliation deal (conditional withdraw; Nalut and Zintan notables only), and the LNA's "
        "denial of a Tuareg massing in Ubari. The Debdeb crossing, Algeria, Borj El Khadra and the triangle are "
        "background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xi1", "xi2", "xi3", "xi4", "xi5")
