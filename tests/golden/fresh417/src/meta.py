# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                  # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 # capitals and datelines
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                             # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                # G
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                   # G
 # Sabha and its quarters
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                   # G
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),              # G (row قلعة سبها)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "tayuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                 # G* (gazetteer kind town)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),              # G* (gazetteer kind town)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                     # G* (gazetteer kind town)
 "qurdha": ("district", "LY", 27.03766, 14.42832, "Al Qurda (Sabha)"),                   # G* (gazetteer kind town)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),               # G* (gazetteer kind town)
 "sukra": ("district", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                       # G* (gazetteer kind town)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                    # G* (gazetteer row Al Jadīd, kind city)
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),              # G* (city row)
 "mahdiya": ("district", "LY", 27.03766, 14.42832, "Al Mahdiya (Sabha)"),                # K (Sabha city point)
 # around Sabha
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),             # G
 "tamanhint": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                        # G* (base row point)
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                               # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                   # G
 "samnu_mun": ("district", "LY", 27.27459, 14.88190, "Samnu municipality"),              # G* (town row)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                     # G (row براك)
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                      # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                 # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                   # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                     # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # bases and airports elsewhere in Libya
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                        # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                            # G* (Hun town point, README rule)
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                      # G
 # regions
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                               # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                     # G* (row جنوب ليبيا)
 "south_west": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G
 "border_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                 # G* (row الحدود الليبية التشادية)
 "border_dz": ("region", "DZ", 26.70, 9.60, "Algeria-Libya border (Algerian side)"),     # K
 # Algeria
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                  # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                               # G
}

TRAPS = {
 "pc1": ["الجزيرة نت", "اللواء طارق بن زياد", "شارع جمال عبد الناصر", "بالحجارة", "علي السبهاوي", "الاتفاق الجديد",
         "غرفة عمليات الجنوب", "عمران البراكي"],
 "pc2": ["ليبيا بانوراما", "أحمد المرزقي", "غدوة الناس ترجع", "اللواء 128 مشاة", "قبيلة الحساونة"],
 "pc3": ["الجيش الليبي", "الشروق", "المعارضة التشادية", "الإيطاليون", "الكتيبة 116 مشاة", "الأمن القومي المصري"],
 "pc4": ["النهار أونلاين", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "وسائل إعلام ليبية",
         "عبد الكافي المهدوي", "مصدر عسكري ليبي"],
 "pc5": ["الجيش الليبي", "الدستور", "وكالة الأنباء الليبية", "صالح القطروني", "الليبية"],
}

PHEN = {
 "pc1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "vague_area",
         "coverage_bases"],
 "pc2": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "operation_trap", "town_vs_district",
         "vague_area", "coverage_bases"],
 "pc3": ["spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "countries",
         "coverage_neighbours", "coverage_bases", "vague_area"],
 "pc4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "border_phrase", "countries",
         "coverage_neighbours", "ambiguity_country_capital", "vague_area", "coverage_bases", "spelling", "coverage_crossings"],
 "pc5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_bases", "operation_trap", "spelling", "town_vs_district"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"
MOVES = {
 "pc1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["الطيوري", "قلعة سبها"]),
  mv("withdraw", "reported", None, ["قلعة سبها"], ["المنشية"]),
  mv("reinforce", "planned", LNA, ["براك الشاطئ"], ["سبها"]),
  mv("advance", "conditional", LNA, [], ["حجارة"]),
  mv("reinforce", "denied", None, ["أم الأرانب", "مرزق"], ["الطيوري"]),
 ],
 "pc2": [
  mv("redeploy", "reported", LNA, ["مطار سبها"], ["غدوة"]),
  mv("mobilise", "reported", None, [], ["الطيوري"]),
  mv("withdraw", "reported", None, ["القرضة", "الطيوري"], []),
  mv("deploy", "planned", LNA, ["قاعدة تمنهنت"], ["المنشية", "الجديد"]),
  mv("airlift", "conditional", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("advance", "denied", None, ["سمنو"], ["سبها"]),
 ],
 "pc3": [
  mv("airlift", "reported", LNA, ["قاعدة الجفرة الجوية"], ["مطار سبها"]),
  mv("withdraw", "reported", "Chadian armed groups", ["الطيوري"], ["الحدود مع تشاد"], ["أم الأرانب"]),
  mv("withdraw", "planned", LNA, ["المنشية"], ["تمنهنط"]),
  mv("advance", "conditional", None, ["المنشية"], ["حجارة"]),
  mv("reinforce", "denied", "GNA forces", ["الشويرف"], ["سبها"]),
 ],
 "pc4": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
  mv("redeploy", "reported", LNA, ["القرضة"], ["سكرة", "عبدالكافي"]),
  mv("mobilise", "planned", None, [], ["المنشية"]),
  mv("shipment", "conditional", LNA, ["بنغازي"], ["قاعدة تمنهنت الجوية"], ["الجفرة"]),
  mv("withdraw", "denied", LNA, ["مطار سبها"], []),
 ],
 "pc5": [
  mv("shipment", "reported", LNA, ["الجفرة"], ["قاعدة تمنهنت"]),
  mv("withdraw", "reported", None, ["حجارة"], ["الطيوري"]),
  mv("deploy", "planned", LNA, [], ["القرضة", "المهدية"]),
  mv("redeploy", "conditional", LNA, ["قلعة سبها"], ["مطار سبها"]),
  mv("airlift", "denied", "GNA forces", ["مطار امعيتيقة"], ["مطار سبها"]),
 ],
}

NOTES = {
 "pc1": ("Al Jazeera Net, Sabha: Tebu-Awlad Suleiman night clashes and an elders' truce. Reported LNA (Tariq bin Ziyad) "
         "deploy Tamanhint air base -> Al-Tayuri and Sabha castle; reported Awlad Suleiman pull-back from the castle slope "
         "('القلعة') to Al-Manshiya ('إلى الحي' = the witness's quarter); planned LNA reinforcement Brak al-Shati -> Sabha "
         "(Sabha airport = purpose); conditional LNA entry into Hajara ('إذا لم يسلّم'); denied Tebu fighters Umm al-Aranib/"
         "Murzuq -> Al-Tayuri ('عارية عن الصحة'). Not movements: elders from Ubari and Ghuddwa, stones thrown in Hajara."),
 "pc2": ("Libya Panorama, Sabha: truce charter signed in Ghuddwa. Reported LNA (Brigade 128) redeploy Sabha airport -> "
         "Ghuddwa (road to Murzuq = purpose); reported Tebu «النفير» gathering in Al-Tayuri; reported withdrawal of both sides' vehicles from Al-Qurdha and Al-Tayuri (no "
         "named destination); planned joint LNA force Tamanhint base -> Al-Manshiya/Al-Jadid; conditional Benina -> Sabha "
         "airport air bridge; denied Awlad Suleiman column Samnu -> Sabha. Not movements: Tuareg elders from Ubari, "
         "dialect 'غدوة' = tomorrow."),
 "pc3": ("Al-Shorouk, Cairo: LNA air reinforcements. Reported Il-76 airlift Jufra air base -> Sabha airport; reported "
         "Chadian opposition pull-out Al-Tayuri -> the border with Chad via Umm al-Aranib; planned LNA armour pull-back "
         "Al-Manshiya -> Tamanhint ('تمنهنط'); conditional Awlad Suleiman advance Al-Manshiya -> Hajara ('ما لم'); denied GNA "
         "116 Battalion Ash Shwayrif -> Sabha. Fort Elena ('قلعة إيلينا') is the Sabha castle; Cairo is dateline and speaker."),
 "pc4": ("Ennahar, Algiers: Algerian army at the border and clashes in Sabha. Reported Algerian reinforcement Illizi -> "
         "Djanet (the crossing facing the Isayen crossing = locator); reported LNA (Brigade 128) redeploy Al-Qurdha -> Sukra/Abdulkafi ('عبدالكافي', 'محيط الحيّين'); planned Awlad Suleiman "
         "gathering in Al-Manshiya; conditional LNA supply convoys Benghazi -> Tamanhint air base via Al-Jufra; denied LNA "
         "pull-out from Sabha airport. Not movements: families displaced to Tamanhint and Samnu, smugglers from Ghat, "
         "flights to Tripoli."),
 "pc5": ("Ad-Dustour, Amman (agencies): the Sabha truce holds. Reported LNA fuel/ammunition convoy Al-Jufra -> Tamanhint "
         "base; reported Tebu pull-back Hajara -> Al-Tayuri; planned joint patrols in Al-Qurdha and Al-Mahdiya; conditional "
         "separation-force move from the castle ('محيط القلعة') to Sabha airport; denied flight of pro-GNU fighters Mitiga ('مطار امعيتيقة') "
         "-> Sabha airport. Not movements: the castle handover, the 2012/2018 fighting 'حول القلعة ذاتها'."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pc1", "pc2", "pc3", "pc4", "pc5")
