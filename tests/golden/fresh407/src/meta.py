# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label, kind or country (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                                     # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                        # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                         # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                                     # G
 # Algeria: capital, 4th military region (Ouargla, Illizi, In Amenas, Debdeb)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                        # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                        # G
 "hassi": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                                   # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                                     # G (row عين أميناس)
 "inamenas_apt": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),                      # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                          # G
 "tig": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),                        # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                          # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                           # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                                   # G
 "mek": ("base", "DZ", 35.728, -0.704, "Mers El Kebir naval base"),                              # K
 "skikda_port": ("crossing", "DZ", 36.87617, 6.90921, "Port of Skikda"),                         # G* (city row)
 "boufarik": ("base", "DZ", 36.5459, 2.8761, "Boufarik Air Base"),                               # K
 # Algeria: Djanet and the 6th military region (Tamanrasset)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                          # G* (row kind village)
 "djanet_w": ("district", "DZ", 23.83, 8.70, "Djanet Province"),                                 # K
 "djanet_apt": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),                # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),              # G* (row منفذ إيسين, which lists تين الكوم)
 "tassili": ("region", "DZ", 25.5, 9.0, "Tassili n'Ajjer"),                                      # K
 "border_dz_side": ("region", "DZ", 24.70, 9.95, "Algeria-Libya border (Algerian side, Djanet sector)"),  # K
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),                    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                                # G
 "tam_base": ("base", "DZ", 22.8115, 5.4511, "Tamanrasset Aguenar air base"),                    # K
 "tripoint": ("region", "LY", 23.70978, 12.19091, "Libya-Algeria-Niger border triangle"),        # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                            # G
 # Libya: south-west
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                             # G* (row جنوب ليبيا)
 "sw_ly": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                             # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),                        # G* (town row)
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                                     # G* (row spelled البركات)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),                     # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                           # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                           # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                                    # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                              # G
 # Libya: west
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                       # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                      # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                           # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                            # G
 "wafa": ("oilfield", "LY", 28.85000, 10.15000, "Al Wafa oil field"),                            # G
 "tri_ly_dz_tn": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),   # G
 "border_ly_side": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libyan side)"),    # G* (row الحدود الليبية الجزائرية)
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                        # K (GeoNames 2208423, as in fresh51)
}

A = "Algerian army"
LNA = "Libyan National Army"
GNA = "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "os1": ["الإذاعة الجزائرية", "وكالة الأنباء الجزائرية", "قلعة بني عباس", "عبد الحميد تلمساني", "الجانب الليبي"],
 "os2": ["إذاعة إليزي الجهوية", "طيران الطاسيلي", "الحاج أخموك الغاتي", "غلافاً مالياً"],
 "os3": ["طاسيلي 2026", "طيران الطاسيلي", "الليبية"],
 "os4": ["بوابة أفريقيا الإخبارية", "الطرابلسي", "إدريس أغ محمد", "الليبي", "الجيش الجزائري", "الجزائرية", "الأراضي الليبية"],
 "os5": ["الشرق الأوسط", "منطقة طرابلس العسكرية", "كما درج", "الجيش الجزائري", "الجزائرية"],
}

PHEN = {
 "os1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital",
         "ambiguity_idri", "coverage_bases", "coverage_oil", "countries", "coverage_neighbours"],
 "os2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba", "town_vs_district",
         "border_phrase", "coverage_crossings", "countries", "coverage_neighbours"],
 "os3": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_crossings", "countries", "coverage_neighbours"],
 "os4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "vague_area", "town_vs_district", "coverage_crossings", "countries", "coverage_neighbours"],
 "os5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_oil",
         "coverage_crossings", "countries", "coverage_neighbours"],
}

MOVES = {
 "os1": [
  mv("reinforce", "reported", A, ["ورقلة"], ["الدبداب"], ["حاسي مسعود", "عين أمناس"]),
  mv("naval_landing", "reported", A, ["قاعدة المرسى الكبير البحرية"], ["ميناء سكيكدة"]),
  mv("airlift", "planned", A, ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("mobilise", "conditional", A, [], ["إليزي", "برج عمر إدريس"]),
  mv("withdraw", "denied", A, ["مجمع تيقنتورين"], []),
 ],
 "os2": [
  mv("deploy", "reported", A, ["إليزي"], ["معبر تين الكوم"], ["جانت"]),
  mv("shipment", "planned", A, ["ورقلة"], ["جانت"]),
  mv("advance", "conditional", A, ["جانت"], ["الحدود الجزائرية الليبية"]),
  mv("redeploy", "denied", A, ["الدبداب"], ["جانت"]),
 ],
 "os3": [
  mv("airlift", "reported", A, ["قاعدة تمنراست الجوية"], ["مطار جانت"]),
  mv("redeploy", "reported", A, ["جانت"], ["معبر تين ألكوم"]),
  mv("deploy", "planned", A, [], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", A, ["تمنراست"], ["جانت", "إليزي"]),
  mv("mobilise", "denied", A, [], ["جانت"]),
 ],
 "os4": [
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("withdraw", "conditional", LNA, [], ["سبها"]),
  mv("advance", "denied", A, [], ["البركت"]),
 ],
 "os5": [
  mv("shipment", "reported", GNA, ["طرابلس"], ["غدامس"], ["نالوت", "درج"]),
  mv("reinforce", "reported", A, [], ["دبداب"]),
  mv("deploy", "planned", GNA, [], ["حقل الوفاء"]),
  mv("deploy", "conditional", GNA, [], ["الحدود مع الجزائر"]),
  mv("naval_landing", "denied", A, [], ["ميناء زوارة"]),
 ],
}

NOTES = {
 "os1": ("Radio Algérienne (Algiers dateline), 14 April 2026: an MoD communiqué — a 4th Military Region reinforcement "
         "Ouargla→Debdeb via Hassi Messaoud and In Amenas, heavy kit landed Mers El Kebir naval base→Skikda port, a "
         "planned special-forces airlift Boufarik air base→In Amenas airport, a conditional call-up of reserves in Illizi "
         "and Bordj Omar Driss, and a denied pull-out from the Tiguentourine gas plant. Dateline الجزائر is Algiers, the "
         "later الجزائر the country; Idri only inside برج عمر إدريس; the ship «قلعة بني عباس», the commander «تلمساني» "
         "and the outlets are traps; the Hamada al-Hamra clashes and «قرب عين أمناس» are locators."),
 "os2": ("Echaab (Illizi dateline), 19 April 2026: a border-guard battalion deployed Illizi→the Tin Alkoum crossing via "
         "Djanet, a planned supply convoy Ouargla→Djanet, a conditional advance Djanet→the Algeria–Libya border and the "
         "wali's denial of a Debdeb→Djanet transfer. والي إليزي is the province, the dateline/origin إليزي the town; "
         "الحدود مع ليبيا (Algerian side) gives region + country and is background stationing; civil flights to Djanet "
         "airport (Tassili Airlines), the road works and the Tuareg families are not movements."),
 "os3": ("Ennahar (Djanet dateline), 16 April 2026: an Il-76 airlift Tamanrasset air base→Djanet airport, a recon unit "
         "redeployed Djanet→the Tin Alkoum crossing (spelled تين ألكوم), a planned company for the Libya–Algeria–Niger "
         "triangle, a conditional Tamanrasset→Djanet/Illizi reinforcement and a denied «التعبئة العامة» in Djanet. The "
         "exercise «طاسيلي 2026» and the airline «طيران الطاسيلي» are traps while هضبة الطاسيلي is the region; ولاية جانت "
         "is the province; smugglers from northern Mali and civil flights are not movements of forces."),
 "os4": ("Afrigate News (Ghat dateline), 17 April 2026: the LNA's Tariq bin Ziyad reinforcement Sabha→Ghat via Ubari and "
         "Al Awaynat, a planned company for the Isayen crossing, a conditional return to Sabha («لن تعود … إلا إذا») and "
         "the Ghat mayor's denial of an Algerian incursion near Al Barakat (spelled البركت). Traps: the commander "
         "«الطرابلسي» next to the gold capital طرابلس, the mayor «إدريس» (Idri inside), the outlet, force names and "
         "nisbas; joint patrols towards Tin Alkoum, a past clash near Al Awaynat and medicine trucks are not movements."),
 "os5": ("Asharq Al-Awsat (Tripoli dateline), 19 April 2026: a GNU supply convoy Tripoli→Ghadames via Nalut and Derj, the "
         "Algerian reinforcement at Debdeb it answers (spelled دبداب in the body), a planned company for the Wafa field, a "
         "conditional deployment on the border with Algeria and a denied Algerian landing at Zuwara port. Traps: «منطقة "
         "طرابلس العسكرية» (command), «كما درج» (common verb beside the town درج), «الشرق الأوسط»; الجزائر العاصمة is "
         "Algiers (a visit, not a movement), the triangle phrase gives region + Tunisia + Algeria."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("os1", "os2", "os3", "os4", "os5")
