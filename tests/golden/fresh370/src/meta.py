# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 # Sabha and its neighbourhoods
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "sabha_mun": ("district", "LY", 27.03766, 14.42832, "Sabha municipality"),             # G* (city row)
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),             # G (row قلعة سبها)
 "mahdiya": ("district", "LY", 27.03766, 14.42832, "Al Mahdiya (Sabha)"),               # K (Sabha city point)
 "sukra": ("district", "LY", 27.03766, 14.42832, "Sukra (Sabha)"),                      # G* (town row)
 "hajara": ("district", "LY", 27.03766, 14.42832, "Hajara (Sabha)"),                    # G* (town row)
 "tayuri": ("district", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                # G* (town row)
 "manshiya": ("district", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),             # G* (town row)
 "abdulkafi": ("district", "LY", 27.03766, 14.42832, "Abdulkafi (Sabha)"),              # G* (town row)
 "jadid": ("district", "LY", 27.05000, 14.40000, "Al Jadid (Sabha)"),                   # G* (city row)
 # bases and airports
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 # oil
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "sharara_short": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),       # G (surface without حقل)
 "feel": ("oilfield", "LY", 24.98000, 11.98000, "El Feel oil field"),                   # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),               # G
 # Fezzan towns
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "ubari_mun": ("district", "LY", 26.59034, 12.77511, "Ubari municipality"),             # G* (town row)
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                  # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                        # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                         # G
 "tmassah": ("village", "LY", 26.40000, 15.78333, "Tmassah"),                           # G
 # regions and borders
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "southwest": ("region", "LY", 25.66598, 14.46248, "South-western Libya"),              # G (row الجنوب الغربي)
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_dz_side": ("region", "DZ", 24.90000, 9.85000, "Algeria-Libya border (Algerian side)"),  # K
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),            # G
 # Algeria
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 # coast
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "benghazi_port": ("crossing", "LY", 32.10650, 20.04800, "Port of Benghazi"),           # K
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_port": ("crossing", "LY", 32.35600, 15.22200, "Port of Misrata (Qasr Ahmed)"),  # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA = "Libyan National Army", "GNA forces"

TRAPS = {
 "nh1": ["شارع جمال عبد الناصر", "الشيخ محمد السبهاوي", "المجلس البلدي الجديد", "ليبيا الحدث",
         "المنطقة العسكرية سبها"],
 "nh2": ["القوة القاهرة", "أصوات مغاربية", "الجيش الجزائري"],
 "nh3": ["الشرارة", "كتيبة شهداء تمسة", "لا أدري", "جبهة الوفاق من أجل التغيير في تشاد", "قناة الجزيرة",
         "المعارضة التشادية", "العقيد موسى القطروني", "الأراضي الليبية"],
 "nh4": ["الجيش الوطني الليبي", "شارع طرابلس", "ليبيا الأحرار"],
 "nh5": ["الإدريسي", "الطرابلسي", "وزارة الدفاع التركية", "الباحث التونسي", "الجزائرية"],
}

PHEN = {
 "nh1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "vague_area", "town_vs_district", "coverage_bases"],
 "nh2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
         "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_neighbours", "countries"],
 "nh3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "nh4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "coverage_bases", "coverage_oil"],
 "nh5": ["clitics", "spelling", "multiword", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "countries"],
}

MOVES = {
 "nh1": [
  mv("deploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["المهدية", "سكرة", "قلعة سبها"]),
  mv("withdraw", "reported", None, ["سكرة"], ["الطيوري"]),
  mv("redeploy", "planned", LNA, ["المنشية"], ["مطار سبها"]),
  mv("mobilise", "denied", None, [], ["حجارة"]),
  mv("reinforce", "conditional", LNA, ["قاعدة براك الجوية"], ["سبها"]),
 ],
 "nh2": [
  mv("withdraw", "reported", None, ["حقل الشرارة"], ["أوباري"]),
  mv("shipment", "reported", LNA, ["سبها"], ["الشرارة"], ["جرمة", "الغريفة"]),
  mv("deploy", "planned", LNA, [], ["حقل الفيل", "العوينات"]),
  mv("reinforce", "denied", GNA, ["طرابلس"], ["اوباري"]),
  mv("advance", "conditional", LNA, ["أوباري"], ["الشرارة"]),
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["جانت"]),
 ],
 "nh3": [
  mv("mobilise", "reported", None, [], ["ام الارانب"]),
  mv("advance", "denied", "Chadian armed groups", ["النيجر"], ["تمسة"]),
  mv("airlift", "planned", LNA, ["قاعدة بنينا الجوية"], ["قاعدة تمنهنت"]),
  mv("withdraw", "conditional", "Chadian armed groups", ["تمسة"], ["منفذ التوم"]),
 ],
 "nh4": [
  mv("naval_landing", "reported", LNA, ["طبرق"], ["ميناء بنغازي"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا الجوية"], ["مطار سبها"]),
  mv("redeploy", "planned", LNA, ["حقل الفيل"], ["قاعدة تمنهنت الجوية"]),
  mv("deploy", "planned", LNA, ["سبها"], ["حقل الفيل"]),
  mv("shipment", "denied", LNA, [], ["قاعدة براك الجوية"]),
  mv("advance", "conditional", LNA, [], ["العوينات", "غات"]),
 ],
 "nh5": [
  mv("reinforce", "reported", LNA, ["قاعدة براك الجوية"], ["إدري"]),
  mv("deploy", "planned", LNA, [], ["منفذ إيسين"]),
  mv("withdraw", "conditional", None, ["العوينات", "غات"], []),
  mv("naval_landing", "denied", "Turkish armed forces", [], ["ميناء مصراتة"]),
 ],
}

NOTES = {
 "nh1": ("Al-Masar TV, Sabha: neighbourhood names (Al-Mahdiya, Sukra, Hajara, Al-Tayouri, Al-Manshiya, Al-Jadid, "
         "Abdulkafi) as district places; Sabha Castle written twice (قلعة سبها and its other name قلعة القاهرة, not "
         "Cairo); Tariq bin Ziyad deploy Tamanhint air base→Al-Mahdiya/Sukra/the castle (reported), armed youths' "
         "pull-back Sukra→Al-Tayouri (reported), Battalion 116 Al-Manshiya→Sabha airport (planned), Hajara elders' "
         "denied massing, LNA reinforcement Brak air base→Sabha «إذا تجددت» (conditional); «قد يمتد التوتر إلى الجديد "
         "وعبد الكافي» is the clashes' spread, not a movement place; traps: person «السبهاوي», the command «المنطقة "
         "العسكرية سبها», «المجلس البلدي الجديد», a street and a TV channel."),
 "nh2": ("Aswat Maghrebia: the Sharara shut-in — «القوة القاهرة» (force majeure, not Cairo); the guards' pull-back "
         "field→Ubari (reported, anaphora «مواقعهم في الحقل»), an LNA fuel-and-ammunition convoy Sabha→Sharara via "
         "Germa and Al-Ghurayfa (shipment, reported), a planned PFG company for El Feel and Al-Awaynat, the GNU's "
         "denied Tripoli→Ubari reinforcement (origin «العاصمة» = Tripoli), Brigade 128's conditional advance "
         "Ubari→Sharara «إذا لم يُستأنف الضخ», and an Algerian reinforcement Illizi→Djanet (reported); the border "
         "phrase near Djanet is a locator; Algeria as country and Algiers as «الجزائر العاصمة»."),
 "nh3": ("Noon Post analysis: Umm al-Aranib and Tmassah (spelled أم الأرانب/ام الارانب, تمسة/تمسه); Tebu «النفير» in "
         "Umm al-Aranib (mobilise, reported, actor null); FACT's denied advance Niger→Tmassah; a planned LNA airlift "
         "Benina air base→Tamanhint; analysts' conditional Chadian pull-back Tmassah→the Toummo crossing «إذا تقدمت»; "
         "the road Sabha–Umm al-Aranib is a purpose, not a destination; traps: «الشرارة» as 'spark', «لا أدري», a "
         "local battalion named after Tmassah, FACT's name with تشاد, a person «القطروني», Al Jazeera."),
 "nh4": ("Al-Mashhad, Benghazi: an LNA landing ship Tobruk→Benghazi port (reported), Il-76s Benina air base→Sabha "
         "airport (reported), a planned rotation (El Feel battalion→Tamanhint air base; the newly arrived units "
         "Sabha→El Feel), a denied missile shipment to Brak air base, a conditional advance on Al-Awaynat and Ghat "
         "«إذا رُصدت»; «شارع طرابلس» in Benghazi is a trap next to the Tripoli government; «في محيط حقل الفيل» in the "
         "condition is a locator."),
 "nh5": ("Ultra Sawt: an LNA reinforcement Brak air base→Idri (reported) told by an officer named «الإدريسي» (trap "
         "next to the gold Idri), a planned company for the Isayen crossing, the Tuareg elders' conditional pull-back "
         "from the Al-Awaynat–Ghat road «فور وصول قوة»، Ankara's denied landing at Misrata port (Ankara is the "
         "speaker's place); «الطرابلسي» (person) vs Tripoli; Algeria (country) vs «الجزائر العاصمة»; «مصراته» spelled "
         "with ه in the headline."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("nh1", "nh2", "nh3", "nh4", "nh5")
