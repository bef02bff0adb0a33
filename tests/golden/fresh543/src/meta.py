# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                 # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                              # G
 # Algeria, south-east (4th military region) and the border
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                   # G* (row kind village)
 "djanet_w": ("district", "DZ", 24.55528, 9.48500, "Djanet province"),                    # G* (town row)
 "djanet_apt": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),         # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                   # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi province"),                    # G
 "in_amenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                             # G
 "in_amenas_apt": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),              # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),       # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                   # G
 "bod": ("town", "DZ", 28.15000, 6.81667, "Bordj Omar Driss"),                            # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),       # G* (row منفذ إيسين, country DZ)
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                 # G
 "hassi_messaoud": ("town", "DZ", 31.68041, 6.07286, "Hassi Messaoud"),                   # G
 "touggourt": ("city", "DZ", 33.11083, 6.07000, "Touggourt"),                             # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                         # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                       # G
 "se_dz": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),                   # G* (row جنوب شرق الجزائر)
 "erg": ("region", "DZ", 30.0, 7.5, "Grand Erg Oriental"),                                # K
 "border_dz_ly": ("region", "DZ", 26.9, 9.7, "Algeria-Libya border (Algerian side)"),     # K
 "triangle": ("region", "LY", 30.13244, 9.72544, "Libya-Tunisia-Algeria border triangle"),  # G* (row المثلث الحدودي مع تونس والجزائر)
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                      # G* (row kind airport)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                 # G
 # Algeria, north-east (ports and the road south)
 "skikda": ("city", "DZ", 36.87617, 6.90921, "Skikda"),                                   # G
 "skikda_port": ("crossing", "DZ", 36.884, 6.905, "Port of Skikda"),                      # K
 "annaba_port": ("crossing", "DZ", 36.900, 7.770, "Port of Annaba"),                      # K
 "algiers_port": ("crossing", "DZ", 36.770, 3.070, "Port of Algiers"),                    # K
 "mers": ("base", "DZ", 35.72330, -0.70250, "Mers El Kebir naval base"),                  # G
 "constantine": ("city", "DZ", 36.36500, 6.61472, "Constantine"),                         # G
 "biskra": ("city", "DZ", 34.85038, 5.72805, "Biskra"),                                   # G
 # Libya
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                      # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                               # G
 "derj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                     # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                    # G
 "jabal_gharbi": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"), # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                    # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                    # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                      # G* (row جنوب ليبيا)
}

ALG, LNA, GNA = "Algerian army", "Libyan National Army", "GNA forces"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ty1": ["طيران الطاسيلي", "ليبيا الحدث", "جزائرية", "الليبية", "مبالغات", "الجانب الليبي"],
 "ty2": ["وكالة الأنباء الجزائرية", "الجزائر الدولية"],
 "ty3": ["تين هينان", "لغات", "طارق بن زياد", "خليفة حفتر", "جزائرية", "الجانب الليبي"],
 "ty4": ["درع غدامس", "عبد الرحمن الغدامسي", "الليبية", "جزائرية", "الجانب الليبي"],
 "ty5": ["قلعة بني عباس", "تاسيلي 2026", "شارع ديدوش مراد"],
}

PHEN = {
 "ty1": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ty2": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_idri", "town_vs_district",
         "vague_area", "coverage_oil", "coverage_neighbours", "countries"],
 "ty3": ["clitics", "spelling", "multiword", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ty4": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_neighbours"],
 "ty5": ["clitics", "multiword", "operation_trap", "person_trap", "ambiguity_idri", "ambiguity_country_capital",
         "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}

MOVES = {
 "ty1": [
  mv("reinforce", "reported", ALG, ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("airlift", "reported", ALG, ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "planned", ALG, [], ["معبر تين الكوم"]),
  mv("reinforce", "conditional", ALG, ["عين أمناس"], ["جانت"]),
  mv("advance", "denied", ALG, [], ["غات"]),
 ],
 "ty2": [
  mv("redeploy", "reported", ALG, ["برج عمر إدريس"], ["دبداب"]),
  mv("shipment", "reported", ALG, ["حاسي مسعود"], ["إن أمناس"]),
  mv("deploy", "planned", ALG, ["ورقلة"], ["الدبداب"]),
  mv("withdraw", "denied", ALG, ["الدبداب"], []),
  mv("withdraw", "conditional", ALG, ["عين أمناس"], []),
 ],
 "ty3": [
  mv("deploy", "reported", ALG, ["جانت"], ["تينالكوم"]),
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري"]),
  mv("airlift", "planned", ALG, ["تمنراست"], ["مطار جانت"]),
  mv("deploy", "conditional", ALG, [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", ALG, [], ["منفذ إيسين"]),
 ],
 "ty4": [
  mv("reinforce", "reported", ALG, ["تقرت"], ["الدبداب"], ["حاسي مسعود"]),
  mv("mobilise", "reported", GNA, ["الجبل الغربي"], ["غدامس"]),
  mv("deploy", "planned", GNA, ["نالوت"], ["درج"]),
  mv("redeploy", "conditional", ALG, ["الدبداب"], ["المثلث الحدودي"]),
  mv("airlift", "denied", ALG, ["مطار عين أميناس"], ["غدامس"]),
 ],
 "ty5": [
  mv("naval_landing", "reported", ALG, ["ميناء الجزائر"], ["ميناء سكيكدة"]),
  mv("shipment", "reported", ALG, ["ميناء سكيكدة"], ["برج عمر إدريس"], ["قسنطينة", "بسكرة"]),
  mv("naval_landing", "planned", ALG, ["قاعدة المرسى الكبير البحرية"], ["ميناء عنابة"]),
  mv("advance", "conditional", ALG, ["برج عمر إدريس"], ["الحدود الجزائرية الليبية"]),
  mv("mobilise", "denied", ALG, [], ["إليزي"]),
 ],
}

NOTES = {
 "ty1": "Ennahar Online (Illizi): a 4th-region reinforcement Ouargla->Djanet via Illizi (retold as «الرتل ... عبر وسط "
        "إليزي»), an Il-76 airlift Boufarik air base->Djanet airport, a planned rapid-intervention unit for the Tin "
        "Alkoum crossing (the border phrase only locates it), a conditional battalion In Amenas->Djanet «في حال», and "
        "the MoD's denied incursion towards Ghat. Traders from Djanet at Ghat's market, Tripoli's silence and the 2013 "
        "Tiguentourine attack are not movements.",
 "ty2": "APS-style agency copy (In Amenas, Illizi province): border guards redeployed Bordj Omar Driss->Debdeb, a supply "
        "convoy Hassi Messaoud->In Amenas (cargo: shipment), a planned armour move Ouargla->Debdeb for a live-fire "
        "exercise, a denied pull-out from around Debdeb and a conditional withdrawal from In Amenas «لن ... إلا إذا». The "
        "general's inspection trip (Tiguentourine, back to Illizi) and Ghadames as a condition are not movements.",
 "ty3": "Echaab reportage (Djanet): border-guard detachments Djanet->the Tin Alkoum post (spelled تينالكوم), the LNA's "
        "Tariq bin Ziyad reinforcement Sabha->Ghat via Ubari, a planned helicopter airlift Tamanrasset->Djanet airport, a "
        "conditional deployment along the border with Libya «إذا», and a denied patrol crossing to the Isayen crossing. "
        "Tourists via Algiers and goods from Ghat are not movements.",
 "ty4": "El Hiwar (Debdeb): an Algerian column Touggourt->Debdeb via Hassi Messaoud, GNU forces massing in Ghadames from the "
        "Western Mountain, a planned GNU company Nalut->Derj, a conditional Algerian redeploy Debdeb->the border triangle "
        "and a denied Algerian airlift In Amenas airport->Ghadames. Tripoli (seat of the government) and Ghadames in the "
        "trader's quote are not movement places.",
 "ty5": "Annasr (Skikda): the landing ship «قلعة بني عباس» lands armour and crews at Skikda port from the port of Algiers, "
        "trucks carry the armour from the port to Bordj Omar Driss via Constantine and Biskra (shipment), a planned "
        "second landing Mers El Kebir naval base->Annaba port, a conditional advance Bordj Omar Driss->the Algeria-Libya "
        "border «إذا», and a denied massing in Illizi facing Libya. The exercise name «تاسيلي 2026» and the street "
        "«شارع ديدوش مراد» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ty1", "ty2", "ty3", "ty4", "ty5")
