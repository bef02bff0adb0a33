# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 # border phrases (Libyan side)
 "border_dz": ("region", "LY", 26.89863, 9.99442, "Libya-Algeria border"),             # G* (row الحدود الليبية الجزائرية)
 "border_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),              # G* (row الحدود الليبية النيجرية)
 # vague areas and districts
 "south_west": ("region", "LY", 26.5, 12.5, "South-western Libya"),                    # K
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                   # G* (row جنوب ليبيا)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                             # G
 "hamada": ("region", "LY", 28.29889, 13.99278, "Hamada al-Hamra"),                    # G
 "wadi_shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),               # G
 "wadi_hayat": ("district", "LY", 26.39216, 12.80857, "Wadi al Hayat"),                # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                          # G
 "brak_mun": ("district", "LY", 27.54956, 14.27139, "Brak al-Shati municipality"),     # G* (town row براك)
 "germa_mun": ("district", "LY", 26.54400, 13.06400, "Germa municipality"),            # G* (town row جرمة)
 # Wadi al-Shati
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                   # G
 "brak_shati": ("town", "LY", 27.54956, 14.27139, "Brak (Brak al-Shati)"),             # G* (town row براك)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                     # G
 "qirah": ("town", "LY", 27.58595, 14.35375, "Qirah"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                   # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                       # G
 # Sabha and its surroundings
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                 # G
 "tamanhint": ("town", "LY", 27.24010, 14.65630, "Tamanhint"),                         # G* (base row قاعدة تمنهنت)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),           # G
 "samnu": ("town", "LY", 27.27459, 14.88190, "Samnu"),                                 # G
 # Wadi al-Hayat and the Ubari road
 "germa": ("town", "LY", 26.54400, 13.06400, "Germa"),                                 # G
 "ghurayfa": ("town", "LY", 26.52161, 13.01072, "Al Ghurayfah"),                       # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),            # G
 # far south-west
 "ghat_airport": ("airport", "LY", 25.14560, 10.14260, "Ghat Airport"),               # G
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),           # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),           # G
 # centre, coast and east
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                # G
 "sirte_port": ("crossing", "LY", 31.215, 16.585, "Sirte port"),                       # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                           # G
 "benghazi_port": ("crossing", "LY", 32.108, 20.052, "Benghazi port"),                 # K
 "benina_base": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                 # G* (row قاعدة بنينا الجوية)
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                             # G
}

TRAPS = {
 "ll1": ["فسانيا", "الحساونة", "عبدالسلام الإدريسي", "لا أدري", "سالم البراكي"],
 "ll2": ["بوابة إفريقيا الإخبارية", "اللواء طارق بن زياد", "المنطقة العسكرية سبها", "الجيش الوطني الليبي"],
 "ll3": ["العرب", "علي الجرماني", "مظاهر الحياة", "اللواء طارق بن زياد", "محمد الطرابلسي"],
 "ll4": ["الجيش الليبي", "سبوتنيك", "الأوباري", "تشاديين"],
 "ll5": ["إيلاف", "التمنهني", "تاس", "روسية", "الروسي", "شارع طرابلس"],
}

PHEN = {
 "ll1": ["clitics", "multiword", "media_trap", "person_trap", "common_word_trap", "ambiguity_idri",
         "town_vs_district", "coverage_bases"],
 "ll2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours",
         "countries"],
 "ll3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "ll4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ll5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "vague_area",
         "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA = "Libyan National Army"

MOVES = {
 "ll1": [
  # «انسحبت سرية ... من البوابة الأمنية عند المدخل الشرقي لقيرة إلى مقرها في قاعدة براك الجوية» (headline retells it)
  mv("withdraw", "reported", LNA, ["قيرة"], ["قاعدة براك الجوية"]),
  # «أن تتسلم قوة من مديرية أمن وادي الشاطئ البوابة يوم السبت المقبل» (البوابة = the Qirah gate; police, no canonical actor)
  mv("deploy", "planned", None, [], ["قيرة"]),
  # «نفى مصدر في الكتيبة ... نقل عناصرها من القاعدة إلى تمنهنت» (القاعدة = Brak air base)
  mv("redeploy", "denied", LNA, ["قاعدة براك الجوية"], ["تمنهنت"]),
  # «ستعود إلى قيرة في اليوم نفسه إذا تكرر الاعتداء»
  mv("deploy", "conditional", LNA, [], ["قيرة"]),
  # «دفعت ... بعشر آليات مسلحة من قاعدة تمنهنت الجوية إلى إدري، مروراً ببراك، لتعزيز البوابة الغربية»
  mv("reinforce", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["إدري"], ["براك"]),
 ],
 "ll2": [
  # Il-76s Benina → Tamanhint (headline «جسر جوي إلى تمنهنط» is the same move)
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة تمنهنط الجوية"]),
  # Infantry Battalion 166 Brak air base → Idri (headline «كتيبة من براك إلى إدري» is the same move)
  mv("redeploy", "reported", LNA, ["قاعدة براك الجوية"], ["ادري"]),
  # «على أن تعود الأخيرة إلى سبها خلال الأيام المقبلة» (the outgoing company, from Idri)
  mv("withdraw", "planned", LNA, ["ادري"], ["سبها"]),
  # landing ship: tanks and crews landed at Sirte port after sailing from Benghazi port
  mv("naval_landing", "reported", LNA, ["ميناء بنغازي"], ["ميناء سرت"]),
  # «نفى ... سحب وحدات من وادي الشاطئ إلى الجفرة»
  mv("withdraw", "denied", LNA, ["وادي الشاطئ"], ["الجفرة"]),
  # «ستتقدم نحو الحمادة الحمراء إذا رُصدت أي تحركات لمهربين»
  mv("advance", "conditional", LNA, [], ["الحمادة الحمراء"]),
 ],
 "ll3": [
  # «انسحبوا ... من محيط البوابة وعاد كل فريق إلى بلدته» (the Germa and Al-Ghurayfa gunmen; no canonical actor)
  mv("withdraw", "reported", None, [], ["جرمة", "الغريفة"]),
  # separation force from Sabha placed «بين جرمة والغريفة»
  mv("deploy", "reported", LNA, ["سبها"], ["جرمة", "الغريفة"]),
  # Tuareg notables deny «حشد مقاتلين في المدينة» (= Ubari)
  mv("mobilise", "denied", None, [], ["أوباري"]),
  # «ستدخل جرمة والغريفة ... إذا خُرق الاتفاق»
  mv("advance", "conditional", LNA, [], ["جرمة", "الغريفة"]),
  # «تعزيزات من قاعدة تمنهنت ستصل إلى جرمة الخميس»
  mv("reinforce", "planned", LNA, ["قاعدة تمنهنت"], ["جرمة"]),
 ],
 "ll4": [
  # Brigade 128: two companies from Ubari's western gate to the Sharara field (headline retells it)
  mv("redeploy", "reported", LNA, ["أوباري"], ["حقل الشرارة"]),
  # ammunition-and-fuel convoy Sabha → Idri via Brak
  mv("shipment", "reported", LNA, ["سبها"], ["إدري"], ["براك"]),
  # border-guard company by air Brak air base → Ghat airport, then deployed at the Isayen crossing
  mv("airlift", "planned", LNA, ["قاعدة براك الجوية"], ["مطار غات", "منفذ إيسين"]),
  # clips of Chadian gunmen massing near Ubari, denied
  mv("mobilise", "denied", "Chadian armed groups", [], ["أوباري"]),
  # «سيدفع بتعزيزات من سبها إلى أوباري ... إذا ثبت تسلل»
  mv("reinforce", "conditional", LNA, ["سبها"], ["أوباري"]),
 ],
 "ll5": [
  # armed young men of Tamanhint massing at the town's northern entrance (headline retells it)
  mv("mobilise", "reported", None, [], ["تمنهنت"]),
  # two companies from the base's western edge to Samnu (القاعدة = Tamanhint air base; headline retells it)
  mv("redeploy", "reported", LNA, ["قاعدة تمنهنت الجوية"], ["سمنو"]),
  # army fuel tankers Sabha → the base
  mv("shipment", "reported", LNA, ["سبها"], ["قاعدة تمنهنت الجوية"]),
  # «لا يدخل تمنهنت إلا إذا رفض الشبان فتح الطريق»
  mv("advance", "conditional", LNA, [], ["تمنهنت"]),
  # armoured battalion to be landed at Sirte port next week, coming by sea from Benghazi
  mv("naval_landing", "planned", LNA, ["بنغازي"], ["ميناء سرت"]),
  # Russian denial of cargo flights Jufra air base → Brak air base
  mv("airlift", "denied", "Russian forces", ["قاعدة الجفرة الجوية"], ["قاعدة براك الجوية"]),
 ],
}

NOTES = {
 "ll1": "Fasania (Sabha paper) on Brak al-Shati: an LNA company withdraws from the Qirah gate to Brak air base after a "
        "Magarha/Hasawna mediation; a planned police takeover of the gate; a denied move of the company to Tamanhint; "
        "its conditional return to Qirah; last week's reinforcement Tamanhint air base→Idri via Brak. Traps: the outlet "
        "(an old name of the Fezzan), the Hasawna tribe, الإدريسي/لا أدري (Idri), البراكي (Brak); بلدية براك الشاطئ district.",
 "ll2": "Afrigate News (Benghazi) on an LNA rotation in the south-west: Il-76s Benina→Tamanhint (spelled تمنهنط), "
        "Battalion 166 Brak air base→Idri (ادري), the outgoing company's planned return to Sabha, a landing ship "
        "Benghazi port→Sirte port, a denied pull-out from Wadi al-Shati to Jufra and a conditional advance into the "
        "Hamada al-Hamra; border phrase with Algeria; the Sabha military region and the LNA as traps.",
 "ll3": "Al-Arab (London) on a tribal truce in Wadi al-Hayat: Germa and Al-Ghurayfa gunmen pull back to their towns, an "
        "LNA separation force Sabha→between Germa and Al-Ghurayfa, the Ubari Tuareg deny massing, a conditional entry "
        "into both towns and a planned reinforcement Tamanhint air base→Germa; Sharara only as the trucks' destination. "
        "Traps: الجرماني، الطرابلسي، مظاهر الحياة، العرب.",
 "ll4": "Sputnik Arabic (Sabha) on LNA checkpoints on the Ubari road: Brigade 128 redeploys Ubari→the Sharara field, an "
        "ammunition convoy Sabha→Idri via Brak, a planned border-guard airlift Brak air base→Ghat airport/the Isayen "
        "crossing, denied Chadian massing near Ubari and a conditional reinforcement Sabha→Ubari; border phrases with "
        "Algeria and Niger are locators/conditions only. Trap: the commander «الأوباري» (twice).",
 "ll5": "Elaph (Sabha) on Tamanhint: young men mass at the town's entrance against fencing of the air base, LNA companies "
        "redeploy base→Samnu, army fuel tankers Sabha→the base, a conditional entry into Tamanhint, a planned landing at "
        "Sirte port from Benghazi and a Russian denial of flights Jufra air base→Brak air base; Toummo and the Niger "
        "border only as a locator; شارع طرابلس (a Sabha street) vs Tripoli.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ll1", "ll2", "ll3", "ll4", "ll5")
