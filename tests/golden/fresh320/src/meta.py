# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # Libyan far south-west
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),            # G* (town row)
 "ghat_ap": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),                      # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat (Serdeles)"),                # G (also سردلس)
 "tahala": ("village", "LY", 25.15, 10.16, "Tahala"),                                   # K
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "barakat": ("town", "LY", 24.89400, 10.18336, "Al Barakat"),                           # G
 "akakus": ("region", "LY", 24.83333, 10.33333, "Akakus Mountains"),                    # G* (row جبل أكاكوس)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "jufra_ab": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                   # G
 # Algerian side
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_ap": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),       # G
 "tinalkoum": ("crossing", "DZ", 24.70, 9.98, "Tin Alkoum border crossing"),            # K
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 # regions and border phrases
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                             # G
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 "border_dz_ly": ("region", "LY", 24.85, 10.12, "Libya-Algeria border (Libyan side, Ghat)"),     # K
 "border_ly_dzside": ("region", "DZ", 24.60, 9.95, "Algeria-Libya border (Algerian side, Djanet)"),  # K
 "border_ne_ly": ("region", "LY", 23.45, 12.10, "Libya-Niger border (Libyan side, Salvador pass)"),  # K
}

TRAPS = {
 "lj1": ["بي بي سي نيوز عربي", "لواء طارق بن زياد", "الحاج إبراهيم الغاتي", "الفراغات", "مبالغات",
         "الجانب الجزائري", "السلطات الجزائرية"],
 "lj2": ["النهار أونلاين", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "الليبية", "وحدات جزائرية",
         "صفحات ليبية"],
 "lj3": ["إيلاف", "لواء طارق بن زياد المعزز", "الدعم المالي", "الغاتيين", "القبائل الطارقية",
         "مصادر عسكرية ليبية"],
 "lj4": ["سبوتنيك", "كتيبة شهداء تنزوفت", "غرفة عمليات الجنوب الغربي", "الجيش الوطني الليبي", "الجيش الليبي",
         "بلاغات", "ماليون", "قوة طارقية", "مصدر أمني جزائري", "الجيش الوطني الشعبي", "المؤسسات الأمنية الليبية"],
 "lj5": ["فرانس 24", "السلطات الجزائرية", "الجيش الجزائري", "مسوغات", "لواء طارق بن زياد",
         "وزارة الداخلية الجزائرية", "الباحث الجزائري", "الأسواق الليبية"],
}

PHEN = {
 "lj1": ["clitics", "multiword", "town_vs_district", "border_phrase", "countries", "coverage_crossings", "coverage_neighbours",
         "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba"],
 "lj2": ["clitics", "multiword", "town_vs_district", "border_phrase", "countries", "coverage_crossings",
         "coverage_neighbours", "media_trap", "operation_trap", "nisba"],
 "lj3": ["clitics", "multiword", "coverage_bases", "coverage_crossings", "countries", "coverage_neighbours",
         "media_trap", "operation_trap", "common_word_trap", "nisba"],
 "lj4": ["clitics", "spelling", "multiword", "vague_area", "border_phrase", "countries", "coverage_crossings",
         "coverage_neighbours", "media_trap", "operation_trap", "common_word_trap", "nisba"],
 "lj5": ["clitics", "multiword", "spelling", "ambiguity_country_capital", "vague_area", "countries", "coverage_crossings",
         "coverage_neighbours", "media_trap", "operation_trap", "common_word_trap", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, DZ, FF = "Libyan National Army", "Algerian army", "Foreign fighters"

MOVES = {
 "lj1": [
  mv("reinforce", "reported", LNA, ["سبها"], ["غات"], ["أوباري", "العوينات"]),
  mv("advance", "reported", LNA, ["غات"], ["تهالة"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("deploy", "conditional", None, [], ["تهالة", "العوينات"]),
  mv("withdraw", "denied", LNA, ["العوينات"], ["أوباري"]),
 ],
 "lj2": [
  mv("shipment", "reported", None, ["غات"], ["ولاية إليزي"]),
  mv("reinforce", "reported", DZ, ["إليزي"], ["تين الكوم"]),
  mv("airlift", "planned", DZ, ["تمنراست"], ["مطار جانت"]),
  mv("reinforce", "conditional", DZ, [], ["الحدود مع ليبيا"]),
  mv("advance", "denied", DZ, [], ["إيسين"]),
 ],
 "lj3": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار غات"]),
  mv("redeploy", "reported", LNA, ["العوينات"], ["تهالة"]),
  mv("deploy", "planned", LNA, [], ["البركات"]),
  mv("mobilise", "conditional", None, [], ["غات"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["غات"], ["غدامس"]),
 ],
 "lj4": [
  mv("advance", "reported", None, ["غات"], ["أكاكوس"]),
  mv("withdraw", "reported", FF, ["أكاكوس"], ["مثلث السلفادور"]),
  mv("reinforce", "planned", LNA, ["اوباري"], ["العوينات"]),
  mv("withdraw", "denied", LNA, ["منفذ إيسين"], []),
  mv("reinforce", "conditional", DZ, ["جانت"], ["تين الكوم"]),
 ],
 "lj5": [
  mv("redeploy", "reported", DZ, ["جانت"], ["معبر تين الكوم"]),
  mv("deploy", "reported", LNA, ["غات"], ["منفذ إيسين"]),
  mv("shipment", "planned", LNA, ["سبها"], ["العوينات"]),
  mv("reinforce", "conditional", DZ, ["إليزي"], ["جانت"]),
  mv("mobilise", "denied", None, [], ["العوينات"]),
 ],
}

NOTES = {
 "lj1": ("BBC News Arabic style, Ghat: Tariq bin Ziyad reinforcement Sabha→Ghat via Ubari and Al-Awaynat (reported), "
         "the raid Ghat→Tahala (reported advance; the headline's raid «قرب الحدود مع الجزائر» is the same move, the border "
         "phrase only locates it), a planned company for the Isayen crossing, a Tuareg local force's conditional deployment "
         "«بين تهالة والعوينات» (both destinations, actor null), a denied pull-out Al-Awaynat→Ubari («مبالغات» + «نفى»). "
         "Tripoli is a distance reference; Djanet and the Tin Alkoum crossing are background, not movement places."),
 "lj2": ("Ennahar Online style, Djanet: a smugglers' weapons convoy from the outskirts of Ghat heading into Illizi province "
         "(reported shipment, actor null, intended destination), an Algerian reinforcement Illizi→the Tin Alkoum border post "
         "(reported), a planned airlift Tamanrasset→Djanet airport, a conditional reinforcement of the border with Libya "
         "(Algerian side) «في حال», and a denied Algerian crossing towards Isayen. Dateline Djanet is not a movement place; "
         "«ولاية إليزي» (district) vs «إليزي» (town)."),
 "lj3": ("Elaph style, London: a two-cargo-plane airlift Jufra air base→Ghat airport (reported; the lead's «وسّع انتشاره في غات» is "
         "the summary of the same moves, not counted again), a redeploy of two companies Al-Awaynat→Tahala, a planned "
         "checkpoint at Al Barakat (the road «المؤدية إلى منفذ إيسين» is a locator), the Ghat notables' conditional "
         "mobilisation in Ghat (actor null), and a GNA force Tripoli→Ghat via Ghadames that the GNU defence ministry denies. "
         "Benghazi locates the command; «للجزائر» gives the surface «جزائر»."),
 "lj4": ("Sputnik Arabic style, Sabha: a Tuareg local battalion Ghat→the Akakus (reported advance, actor null), the gunmen from "
         "northern Mali pulling back Akakus→the Salvador triangle (reported withdraw, Foreign fighters; «على الحدود مع النيجر "
         "والجزائر» locates the triangle), an LNA reinforcement Ubari→Al-Awaynat announced as coming within hours (planned; "
         "the headline «تعزيزات مرتقبة للعوينات» is the same move), a denied LNA pull-out from the Isayen crossing, and an "
         "Algerian conditional reinforcement Djanet→Tin Alkoum «إذا». The road «بين العوينات وغات» is a purpose, not a "
         "destination."),
 "lj5": ("France 24 Arabic style, Algiers: the Algerian army's redeploy Djanet→the Tin Alkoum crossing («إلى محيط المعبر», "
         "anaphora resolved to «معبر تين الكوم»), a Tariq bin Ziyad deployment Ghat→the Isayen crossing (reported; the "
         "headline «يرسل ... إلى إيسين» is the same move), a planned LNA equipment shipment Sabha→Al-Awaynat («سردلس» is "
         "the same town, not a second destination), an analyst's conditional Algerian reinforcement Illizi→Djanet, and the "
         "Al-Awaynat Tuareg notables' denial of a mobilisation «في البلدة» (actor null). Dateline «الجزائر» is Algiers; the "
         "headline's «الجزائر تعيد نشر» and the analyst's «الجزائر لن تتردد» are the country."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("lj1", "lj2", "lj3", "lj4", "lj5")
