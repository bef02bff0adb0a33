# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Libya: Ghat and the south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 26.01562, 10.40660, "Ghat municipality"),               # G* (district row)
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G (row منفذ إيسين)
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G (row البركات)
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                  # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G (row قاعدة تمنهنت)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),  # G
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),  # G* (row الحدود الليبية الجزائرية)
 # Algeria
 "tinalkoum": ("crossing", "DZ", 24.60000, 10.20000, "Tin Alkoum border crossing"),     # K
 "border_dzside": ("region", "DZ", 24.62000, 10.12000, "Algeria-Libya border (Algerian side, south-east of Djanet)"),  # K
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Airport"),              # G
 "djanet_wilaya": ("district", "DZ", 23.83109, 8.70047, "Djanet Province"),            # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "inguezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                          # G* (row إن قزام, written عين قزام)
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G* (row عين أميناس, written عين أمناس)
 "insalah": ("town", "DZ", 27.19678, 2.47913, "In Salah"),                              # G (row إن صالح, found by عين صالح)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tassili": ("region", "DZ", 25.30000, 8.80000, "Tassili n'Ajjer"),                     # K
 # Mali, France
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "tinzaouaten": ("town", "ML", 19.96278, 2.88278, "Tinzaouaten"),                         # G
 "kidal": ("town", "ML", 18.44345, 1.40921, "Kidal"),                                   # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
}

TRAPS = {
 "pz1": ["الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الليبية", "الليبي", "جزائرية"],
 "pz2": ["النهار أونلاين", "موسى الغاتي", "الناحية العسكرية الرابعة", "مالي", "الليبية", "ليبية", "الليبي"],
 "pz3": ["القدس العربي", "طارق بن زياد", "مختار العويناتي", "ماليين", "الجزائرية"],
 "pz4": ["سبوتنيك", "صالح الإدريسي", "الجزائرية", "جزائرية", "مالي"],
 "pz5": ["فرانس 24", "جبهة تحرير أزواد", "الجزائرية", "الجزائري", "رضا الإدريسي", "ليبية", "الليبي", "المالية"],
}

PHEN = {
 "pz1": ["clitics", "spelling", "multiword", "border_phrase", "operation_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "pz2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "pz3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "pz4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "town_vs_district", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "pz5": ["clitics", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area", "ambiguity_idri",
         "ambiguity_country_capital", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    """One gold movement in the README's field order."""
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "pz1": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["تين الكوم"], ["جانت"]),
  mv("airlift", "reported", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", [], ["الحدود مع ليبيا"]),
  mv("withdraw", "conditional", "Algerian army", ["تين الكوم"], []),
  mv("advance", "denied", "Algerian army", [], ["منفذ إيسين"]),
 ],
 "pz2": [
  mv("redeploy", "reported", "Algerian army", ["تيقنتورين"], ["جانت"]),
  mv("shipment", "planned", "Algerian army", ["ورقلة"], ["جانت"]),
  mv("airlift", "conditional", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("withdraw", "reported", None, ["البركت"], ["اكاكوس"]),
  mv("advance", "denied", None, ["جانت"], ["غات"]),
 ],
 "pz3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["غات"], ["جرمة", "العوينات"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا الجوية"], ["مطار غات"]),
  mv("redeploy", "planned", "Libyan National Army", ["غات"], ["منفذ إيسين"]),
  mv("mobilise", "reported", None, [], ["البركت"]),
  mv("advance", "conditional", None, ["أكاكوس"], ["غات"]),
  mv("advance", "denied", "Foreign fighters", ["الجزائر"], [], ["تين الكوم"]),
 ],
 "pz4": [
  mv("deploy", "reported", "Libyan National Army", ["أوباري"], ["ايسين"]),
  mv("withdraw", "reported", None, [], ["البركات"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["تين الكوم"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["العوينات"]),
  mv("shipment", "denied", None, ["جانت"], [], ["منفذ إيسين"]),
 ],
 "pz5": [
  mv("withdraw", "reported", "Foreign fighters", ["غات"], ["المثلث الحدودي"]),
  mv("airlift", "reported", "Algerian army", ["عين صالح"], ["إليزي"]),
  mv("deploy", "planned", "Algerian army", [], ["ولاية جانت"]),
  mv("advance", "conditional", "Libyan National Army", ["غات"], ["أكاكوس"]),
  mv("redeploy", "denied", "Foreign fighters", ["كيدال"], ["جنوب ليبيا"]),
  mv("mobilise", "reported", "Foreign fighters", [], ["تينزاواتين"]),
 ],
}

NOTES = {
 "pz1": "APS-style Algerian army communiqué from Djanet: a reported reinforcement Illizi→Tin Alkoum via Djanet, an "
        "Il-76 airlift Ouargla→Djanet airport, planned border patrols on «الحدود مع ليبيا» (Algerian side), a conditional "
        "«لن تغادر … إلا إذا» withdrawal from Tin Alkoum and a denied entry towards the Isayen crossing; the crossing "
        "closure, the «بورقلة» military region, the weekly bilan (Tamanrasset, In Guezzam written عين قزام, Djanet) and "
        "Ghat as the clash site are not movement places, nor is a Libyan government delegation's trip Tripoli→Algiers "
        "(a civilian visit).",
 "pz2": "Ennahar-style local report from Djanet: traders and the closed crossing (تينالكوم, تين الكوم; civilian "
        "trucks are not movements), a reported Algerian redeploy from the Tiguentourine gas plant (located «في عين أمناس», "
        "In Amenas spelled without ي)→Djanet, a planned supply "
        "convoy Ouargla→Djanet, a conditional airlift Tamanrasset→Djanet airport «في حال», a reported Tuareg pull-back "
        "Al Barakat (written البركت)→the Akakus (written اكاكوس), and the Djanet notables' denial of armed youths crossing "
        "«من المدينة» (Djanet, anaphora) to Ghat; «دعم مالي» is a common-word trap.",
 "pz3": "Al-Quds Al-Arabi report from Ghat: an LNA (Tariq bin Ziyad brigade) reinforcement Brak air base→Ghat via "
        "Germa and Al Awaynat (also «سردلس»), a Benina air base→Ghat airport airlift (Benghazi only locates the base), a "
        "planned company Ghat→the Isayen crossing, a reported Tuareg mobilisation at Al Barakat (البركت), a Tuareg "
        "leader's conditional return «إلى المدينة» (Ghat) from the "
        "Akakus, and the brigade spokesman's denial that Malian Tuareg fighters crossed from Algeria via Tin Alkoum; "
        "the spokesman «مختار العويناتي» is a person trap around العوينات; «الحدود مع الجزائر» gives region + country.",
 "pz4": "Sputnik-style report on the reopening of the Isayen crossing: an LNA border-guard force Ubari→Isayen "
        "(written ايسين), an armed group's reported pull-back to Al Barakat, planned Algerian patrols Djanet→Tin Alkoum, "
        "a conditional LNA reinforcement Tamanhint air base→Al Awaynat «إذا تكررت», and a denied arms shipment from Djanet through "
        "the Isayen crossing; travellers and cars crossing are not movements; «عجز مالي» is a common-word trap.",
 "pz5": "France 24-style analysis from Paris: FLA fighters' reported pull-back from around Ghat to the border "
        "triangle, an Algerian airlift In Salah→Illizi, a planned battalion for the Djanet province (ولاية جانت), an LNA "
        "conditional advance Ghat→the Akakus, the FLA's denial of moving fighters Kidal→southern Libya and its reported "
        "mobilisation at Tinzaouaten; «للجزائر» gives the country جزائر; Paris "
        "(dateline) and Algiers (الجزائر العاصمة, an analyst's location) are not movement places; «ينحدرون من شمال مالي» "
        "is origin of people, not a movement.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pz1", "pz2", "pz3", "pz4", "pz5")
