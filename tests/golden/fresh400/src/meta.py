# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                 # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                # G
 # neighbours' cities, border points and crossings
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G (gazetteer kind kept)
 "border_dz_side": ("region", "DZ", 25.00000, 9.80000, "Algeria-Libya border (Algerian side)"),  # K
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),             # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),             # G
 # regions and districts
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                      # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak municipality"),                # G* (town row)
 "murzuq_mun": ("district", "LY", 25.91552, 13.91839, "Murzuq municipality"),            # G* (town row)
 "murzuq_dist": ("district", "LY", 24.48768, 15.32547, "Murzuq district"),               # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town row)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),               # G* (row الحدود الليبية الجزائرية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),                # G* (row الحدود الليبية النيجرية)
 # Fezzan towns and cities
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                  # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                   # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                         # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "ghudwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                                # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                              # G
 "traghan": ("town", "LY", 25.92333, 14.42056, "Taraghin"),                              # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # bases, airports, oil
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                  # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                       # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),                # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 "elfeel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                  # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                # G
 "brega_port": ("oilfield", "LY", 30.42000, 19.58000, "Marsa al Brega port"),            # K
 "misrata_port": ("crossing", "LY", 32.37000, 15.21000, "Misrata port (Qasr Ahmed)"),    # K
 # north
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
}

TRAPS = {
 "ol1": ["الجزيرة نت", "شركة البريقة لتسويق النفط", "اللواء طارق بن زياد", "علي المرزوقي", "الشرارة الأولى",
         "غرفة عمليات الجنوب", "شارع طرابلس"],
 "ol2": ["إرم نيوز", "عمر الغاتي", "وكالة الأنباء الجزائرية", "الجيش الجزائري", "حرس المنشآت النفطية",
         "الفيل في الغرفة", "الفزانية"],
 "ol3": ["سبوتنيك", "النيجرية", "قناة فزان الفضائية", "ما ادري"],
 "ol4": ["الاتحاد", "عماد الطرابلسي"],
 "ol5": ["الحدث", "شركة البريقة", "تشاديين", "دعم مالي"],
}

PHEN = {
 "ol1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "vague_area",
         "coverage_bases", "coverage_oil", "countries", "coverage_neighbours", "town_vs_district", "ambiguity_tripoli"],
 "ol2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "countries", "coverage_neighbours", "nisba",
         "ambiguity_country_capital", "coverage_crossings"],
 "ol3": ["clitics", "spelling", "multiword", "media_trap", "town_vs_district", "border_phrase", "coverage_bases",
         "countries", "coverage_neighbours", "nisba", "common_word_trap", "ambiguity_idri", "coverage_crossings"],
 "ol4": ["clitics", "multiword", "media_trap", "person_trap", "ambiguity_tripoli", "vague_area", "coverage_bases",
         "ambiguity_country_capital", "coverage_oil"],
 "ol5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area",
         "coverage_bases", "countries", "coverage_neighbours", "ambiguity_idri"],
}

LNA = "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "ol1": [
  mv("shipment", "reported", LNA, ["الشويرف"], ["سبها"], ["براك"]),
  mv("deploy", "planned", LNA, [], ["سبها", "أوباري"]),
  mv("reinforce", "conditional", LNA, ["قاعدة تمنهنت الجوية"], ["سبها"]),
  mv("withdraw", "denied", LNA, ["براك"], ["قاعدة براك الجوية"]),
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["قاعدة تمنهنت الجوية"]),
 ],
 "ol2": [
  mv("reinforce", "reported", LNA, ["سبها"], ["اوباري"], ["جرمة", "الغريفة"]),
  mv("withdraw", "denied", None, ["حقل الشرارة"], ["أوباري"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["حقل الشرارة"]),
  mv("shipment", "planned", LNA, ["سبها"], ["أوباري", "غات"]),
  mv("mobilise", "reported", "Algerian army", [], ["جانت"]),
 ],
 "ol3": [
  mv("shipment", "reported", LNA, ["سبها"], ["مرزوق"], ["غدوة"]),
  mv("shipment", "planned", LNA, ["سبها"], ["مرزق", "القطرون"]),
  mv("withdraw", "denied", LNA, ["مرزق"], ["قاعدة تمنهنت"]),
  mv("mobilise", "reported", LNA, [], ["القطرون"]),
  mv("deploy", "conditional", LNA, ["القطرون"], ["منفذ التوم"]),
 ],
 "ol4": [
  mv("shipment", "planned", "GNA forces", ["طرابلس"], ["الشويرف"], ["غريان", "مزدة"]),
  mv("shipment", "planned", LNA, ["الشويرف"], ["سبها"]),
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["سبها"]),
  mv("redeploy", "reported", LNA, ["سبها"], ["مرزق"]),
  mv("redeploy", "conditional", LNA, [], ["أوباري"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["سبها"], ["الجفرة"]),
  mv("naval_landing", "reported", LNA, [], ["ميناء البريقة"]),
  mv("naval_landing", "planned", "GNA forces", [], ["ميناء مصراتة"]),
 ],
 "ol5": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنط الجوية"], ["براك"]),
  mv("reinforce", "conditional", LNA, ["سبها"], ["براك", "إدري"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("advance", "denied", "Chadian armed groups", ["القطرون"], ["أم الأرانب"]),
 ],
}

NOTES = {
 "ol1": "Al Jazeera Net style, Sabha: an escorted fuel convoy Ash Shwayrif→Sabha via Brak (reported shipment), LNA units "
        "planned for fuel stations in Sabha and Ubari, a reported cargo-plane airlift Jufra air base→Tamanhint air base told "
        "in a relative clause («التي هبطت فيها»), a conditional entry from Tamanhint into «المدينة» (Sabha) and Brak's mayor "
        "denying a pull-back Brak→Brak air base; the fuel route from the Zawiya refinery and Misrata and smuggling to "
        "Niger/Chad are not movements; «شارع طرابلس» is a street in Sabha.",
 "ol2": "Erem News style, Ubari: an LNA reinforcement Sabha→«اوباري» via Germa and Al-Ghurayfa, an Algerian army build-up "
        "around Djanet (reported mobilise; the border phrase and the Isayen crossing are locators), the Petroleum "
        "Facilities Guard denying a pull-out Sharara→Ubari (actor null), a conditional company Brak air base→Sharara "
        "(«تدرس…إذا») and a planned escorted fuel convoy Sabha→Ubari/Ghat; tankers towards the Algerian border and Niger "
        "are smuggling, not a movement.",
 "ol3": "Sputnik style, Murzuq: an escorted convoy Sabha→«مرزوق» held at Ghudwa (reported shipment), a promised convoy "
        "Sabha→Murzuq/Al Qatrun (planned), Battalion 116 denying a pull-out Murzuq→Tamanhint base, the same battalion "
        "massing vehicles in Al Qatrun (reported mobilise) and a conditional company Al Qatrun→the Toummo crossing; "
        "Murzuq municipality and district vs the town; «ما ادري» is not Idri.",
 "ol4": "Al-Ittihad style, Tripoli/Benghazi: a planned GNU escort Tripoli→Ash Shwayrif via Gharyan and Mizda with the LNA "
        "leg Ash Shwayrif→Sabha, two reported LNA redeployments (Brak air base→Sabha, Sabha→Murzuq), a conditional company "
        "for Ubari («لن…إلا إذا»), a denied Misrata column to Sabha via Al Jufra, an LNA landing at Brega port (reported) "
        "and a GNU marines boat for Misrata port (planned); the minister «الطرابلسي» is a trap and his trip to Tunis is "
        "not a movement.",
 "ol5": "Al-Hadath style, Brak: protesters storm the Brak fuel depot, Battalion 128 deploys Tamanhint air base→Brak "
        "(«البلدة»), conditional reinforcements Sabha→Brak/Idri, a planned airlift Benina air base→Sabha airport and the "
        "Tebu council denying a Chadian gunmen move Al Qatrun→Umm al-Aranib; «تشاديين» and «دعم مالي» are traps.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ol1", "ol2", "ol3", "ol4", "ol5")
BAR_IN_TEXT = True  # ol5's headline has a literal "|" («عاجل |»)
