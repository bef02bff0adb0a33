# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # Libya: Ghat district and the Isayen crossing
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                 # G
 "barkat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                            # G (row البركات; also written البركت)
 "barkat_mun": ("district", "LY", 24.89400, 10.18336, "Al Barakat Municipality"),       # G* (town row, kind district)
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G (row منفذ إيسين)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),               # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G (row جبل أكاكوس)
 "border_ly_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border (Libya side)"),  # G* (row الحدود الليبية الجزائرية)
 # Libya: Fezzan, the south-west and the north
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),             # G (row الجنوب الغربي)
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Algeria
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border post"),         # G* (alias on the Isayen row, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row جانت, kind town instead of village)
 "djanet_prov": ("district", "DZ", 24.55528, 9.48500, "Djanet Province"),               # G* (town row, kind district)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G
 "border_dz_ly": ("region", "DZ", 26.90, 9.70, "Algeria-Libya border (Algeria side)"),  # K
}

TRAPS = {
 "qou1": ["مديرية أمن غات", "بشير الأوباري", "مبالغات", "البلاغات", "اللجنة الأمنية الليبية الجزائرية المشتركة",
          "الليبية", "الجزائري", "الجزائرية"],
 "qou2": ["القيادة العامة للقوات المسلحة العربية الليبية", "عثمان الغاتي", "غرفة عمليات المنطقة الجنوبية",
          "البلاغات"],
 "qou3": ["اللواء طارق بن زياد المعزز", "مبالغات", "البلاغات"],
 "qou4": ["المنطقة العسكرية سبها", "الجيش الليبي", "اللواء طارق بن زياد المعزز"],
 "qou5": ["الأصيل", "الناحية العسكرية الرابعة", "الجيش الوطني الشعبي", "الليبي", "الليبية", "ليبية", "الليبيين",
          "الجزائري"],
}

PHEN = {
 "qou1": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qou2": ["clitics", "spelling", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qou3": ["clitics", "spelling", "multiword", "operation_trap", "common_word_trap", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_neighbours", "countries"],
 "qou4": ["clitics", "multiword", "operation_trap", "ambiguity_tripoli", "vague_area", "coverage_bases"],
 "qou5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_oil",
          "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qou1": [
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["غات"], ["سبها", "أوباري"]),
  mv("airlift", "reported", "GNA forces", ["مطار معيتيقة"], ["مطار غات"]),
  mv("deploy", "planned", "GNA forces", ["غات"], ["منفذ إيسين"]),
  mv("withdraw", "conditional", "GNA forces", ["غات"], ["طرابلس"]),
  mv("advance", "denied", "Algerian army", [], ["البركت"], ["تين الكوم"]),
 ],
 "qou2": [
  mv("redeploy", "reported", "Libyan National Army", ["أوباري"], ["منفذ إيسين"], ["العوينات", "غات"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["غات"]),
  mv("reinforce", "planned", "Libyan National Army", ["سبها"], ["منفذ إيسين", "البركات"]),
  mv("deploy", "conditional", "Libyan National Army", [], ["الحدود مع الجزائر"]),
  mv("withdraw", "denied", "Libyan National Army", ["العوينات"], ["سبها"]),
 ],
 "qou3": [
  mv("airlift", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["مطار غات"]),
  mv("deploy", "reported", "Libyan National Army", ["مطار غات"], ["البركت"]),
  mv("deploy", "planned", "Libyan National Army", ["البركت"], ["جبل أكاكوس"]),
  mv("reinforce", "conditional", "Libyan National Army", ["سبها"], ["البركت"]),
  mv("advance", "denied", None, ["النيجر"], ["البركت"], ["جبل أكاكوس"]),
 ],
 "qou4": [
  mv("deploy", "reported", "GNA forces", ["سبها"], ["أوباري"]),
  mv("airlift", "planned", "GNA forces", ["قاعدة معيتيقة"], ["مطار غات"]),
  mv("advance", "conditional", "GNA forces", ["أوباري"], ["العوينات"]),
  mv("mobilise", "denied", "GNA forces", ["طرابلس"], ["أوباري"]),
  mv("reinforce", "reported", "Libyan National Army", ["براك"], ["أوباري"]),
 ],
 "qou5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("deploy", "reported", "Algerian army", [], ["تين الكوم"]),
  mv("airlift", "planned", "Algerian army", ["ورقلة"], ["مطار جانت"]),
  mv("withdraw", "conditional", "Algerian army", ["تين الكوم"], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["البركات", "غات"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["غات"]),
 ],
}

NOTES = {
 "qou1": "Sahara Press Service («واص») relaying a four-point GNU Interior Ministry communiqué from its page (dateline "
         "Tripoli): a security convoy Tripoli→Ghat via Sabha and Ubari (reinforce), a company flown Mitiga airport→Ghat "
         "airport, its planned move Ghat→Isayen crossing, the units' conditional return Ghat→Tripoli («لن تعود ... إلا "
         "بعد») and the denied entry of Algerian army units into Al-Barkat (written البركت) via Tin Alkoum; the headline, "
         "the trade and passenger traffic Djanet↔Ghat, the Djanet province contact, the Algiers committee and "
         "«مديرية أمن غات» (a directorate name) are not movements or movement places; «مبالغات» and «البلاغات» hold غات.",
 "qou2": "LNA Border Guards' numbered communiqué (بلاغ رقم 17) from their media page: battalion 20 moved from its base "
         "in Ubari to the Isayen crossing via Al-Awaynat and Ghat (redeploy), an ammunition/fuel supply convoy "
         "Sabha→Ghat (shipment), a planned armoured company Sabha→the crossing with a platoon to Al-Barkat (written "
         "البركات), a conditional push to the border with Algeria (Libya side; Tin Alkoum only inside the condition) and "
         "the denied pull-out Al-Awaynat→Sabha; the title (spelt منفذ ايسين), the reopening for travellers from Djanet, "
         "23 migrants deported Ghat→Sabha and the signature place Ghat are not movements.",
 "qou3": "Al-Barkat municipality's media office page: an LNA company (Tariq bin Ziyad brigade) flown Brak air base→Ghat "
         "airport and on to Al-Barkat (written البركت), a platoon planned for the Akakus, the conditional reinforcement "
         "Sabha→Al-Barkat («لن ترسل ... إلا إذا») and the mayor's denial of gunmen from Niger entering Al-Barkat via the "
         "Akakus (actor null); the medicines shipment from Sabha, the pupils' buses to Ghat and the mayor's request "
         "(border with Algeria and Niger) are not movements; بلدية البركت is the district beside the town.",
 "qou4": "GNU General Staff media office statement in five numbered points: a company of the Sabha Military Zone "
         "Sabha→Ubari (reported deploy), a planned army-engineers airlift Mitiga base→Ghat airport, the company's "
         "conditional advance Ubari→Al-Awaynat, the denied massing of Tripoli forces in Ubari, and the LNA "
         "reinforcement Brak→Ubari that the statement reports; Benghazi (the LNA media), Tripoli as government, the Ghat–"
         "Al-Awaynat road, Fezzan, the south-west and «الجنوب الليبي» are not movement places; «المنطقة العسكرية سبها» is a "
         "command name.",
 "qou5": "Algerian daily El Acil («الأصيل», dateline Djanet): 4th Military Region reinforcements Illizi→Djanet, border "
         "guards deployed around Tin Alkoum (Isayen only a reference point), a planned air bridge Ouargla→Djanet "
         "airport, the units' conditional pull-back Tin Alkoum→Djanet, the MoD's denied incursion into Al-Barkat (written "
         "البركات) / towards Ghat and, in nested reported speech, the Libyan Interior Ministry convoy Tripoli→Ghat; "
         "Algiers (meeting), the trade Djanet↔Ghat, Tiguentourine 2013, the Tassili and southern Libya are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qou1", "qou2", "qou3", "qou4", "qou5")
