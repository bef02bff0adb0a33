# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "italy": ("country", "IT", 42.49276, 12.69232, "Italy"),                                # G
 # cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                             # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                 # G
 "rayayna": ("town", "LY", 32.02684, 12.35643, "Ar Rayayinah"),                          # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                     # G (row قاعدة الوطية)
 "nafusa": ("region", "LY", 32.00, 12.40, "Nafusa Mountains (Jabal al Gharbi)"),         # K
 # kz1 Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),         # G* (city row)
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),                # G
 "zawiya_port": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya oil terminal"),           # G* (refinery and terminal row)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),            # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                 # G (row قاعدة أبوستة البحرية)
 # kz2 Zuwara, Sabratha, Mellitah, Ras Ajdir
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                # G
 "zuwara_port": ("crossing", "LY", 32.92216, 12.11993, "Port of Zuwara"),                # K
 "tripoli_port": ("crossing", "LY", 32.90300, 13.18700, "Port of Tripoli"),              # K
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),     # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                              # G
 "regdalin": ("town", "LY", 32.88718, 11.98729, "Regdalin"),                             # G* (row سيدي بن زينة)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),        # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                             # G
 "border_tnside": ("region", "TN", 33.05, 11.40, "Tunisian side of the Libya-Tunisia border near Ras Jedir"),  # K
 # kz3 Gharyan, Al-Asabaa
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                               # G
 "asabaa": ("town", "LY", 32.03333, 12.86667, "Al Asabi'ah"),                            # G
 "london": ("city", "GB", 51.50853, -0.12574, "London"),                                 # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                        # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                  # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                           # G
 # kz4 Tarhuna, Bani Walid
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),          # G* (town row)
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 "bw_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),              # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallatah"),                            # G
 "khadra": ("town", "LY", 32.44403, 13.76735, "Al Khadra"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "qasr_bg": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                      # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 # kz5 Zintan, Yafran, Nalut, Wazin
 "yafran": ("town", "LY", 32.06329, 12.52859, "Yafran"),                                 # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                   # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G (row منفذ وازن)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "tripoli_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
}

TRAPS = {
 "kz1": ["إرم نيوز", "شركة الزاوية لتكرير النفط", "العقيد خالد الورشفاني", "الزاوية الإنسانية",
         "المنطقة العسكرية الساحل الغربي"],
 "kz2": ["يورونيوز", "مراد الزواري", "شارع طرابلس", "وكالة نوفا الإيطالية", "تونسي", "وكالة تونس إفريقيا للأنباء",
         "الليبي"],
 "kz3": ["إيلاف", "لا أدري", "العقيد مفتاح الإدريسي", "عبد الحكيم الغرياني", "المجلس العسكري الزنتان",
         "الكتائب الزنتانية"],
 "kz4": ["قناة ليبيا الحدث", "القيادة العامة للقوات المسلحة العربية الليبية", "ورفلة", "قوة حماية طرابلس"],
 "kz5": ["بي بي سي", "المجلس العسكري الزنتان", "العقيد محمد الإدريسي", "الكتائب الزنتانية",
         "المنطقة العسكرية الغربية", "الصبر الجميل"],
}

PHEN = {
 "kz1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_oil"],
 "kz2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours",
         "countries"],
 "kz3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "coverage_bases"],
 "kz4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "ambiguity_tripoli",
         "town_vs_district"],
 "kz5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "vague_area", "border_phrase", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


GNA, ZIN, LNA, TUN = "GNA forces", "Zintan forces", "Libyan National Army", "Tunisian army"

MOVES = {
 "kz1": [
  mv("deploy", "reported", GNA, ["طرابلس"], ["مصفاة الزاوية", "الزاوية"], ["جنزور", "الماية"]),
  mv("mobilise", "reported", None, [], ["الحرشة"]),
  mv("withdraw", "planned", None, ["مصفاة الزاوية"]),
  mv("reinforce", "conditional", GNA, ["قاعدة الوطية الجوية"], ["الزاوية"]),
  mv("naval_landing", "conditional", GNA, ["قاعدة أبو ستة البحرية"], ["ميناء الزاوية"]),
  mv("reinforce", "denied", None, ["صبراتة"], ["الزاوية"]),
 ],
 "kz2": [
  mv("naval_landing", "reported", GNA, ["ميناء طرابلس"], ["ميناء زوارة", "زوارة"]),
  mv("withdraw", "reported", None, ["مجمع مليتة"], ["صبراته"]),
  mv("redeploy", "planned", GNA, ["زوارة"], ["معبر راس اجدير"]),
  mv("shipment", "denied", None, ["تركيا"], ["ميناء زوارة"]),
  mv("reinforce", "conditional", TUN, [], ["بن قردان", "الحدود مع ليبيا"]),
 ],
 "kz3": [
  mv("airlift", "reported", GNA, ["قاعدة معيتيقة"], ["غريان"]),
  mv("shipment", "reported", None, ["مزدة"], ["الأصابعة"]),
  mv("deploy", "planned", GNA, ["العزيزية"], ["غريان", "الأصابعة"]),
  mv("withdraw", "conditional", None, ["الأصابعة"]),
  mv("advance", "denied", ZIN, ["الزنتان"], ["الأصابعة"], ["الرياينة"]),
 ],
 "kz4": [
  mv("deploy", "reported", GNA, ["الخمس"], ["ترهونة"], ["مسلاتة"]),
  mv("withdraw", "reported", None, ["ترهونة"], ["الخضراء"]),
  mv("airlift", "planned", GNA, ["مطار مصراتة"], ["مطار بني وليد"]),
  mv("redeploy", "conditional", GNA, ["قصر بن غشير"], ["ترهونة"]),
  mv("advance", "denied", LNA, ["الشويرف"], ["بني وليد"]),
  mv("withdraw", "reported", LNA, ["ترهونة"]),
 ],
 "kz5": [
  mv("mobilise", "reported", ZIN, [], ["الرياينة"]),
  mv("advance", "denied", ZIN, [], ["يفرن"]),
  mv("deploy", "planned", GNA, ["قاعدة الوطية"], ["الرياينة"]),
  mv("withdraw", "conditional", None, ["الرياينة"], ["يفرن"]),
  mv("redeploy", "reported", GNA, ["منفذ وازن"], ["نالوت"]),
 ],
}

NOTES = {
 "kz1": ("Erem News, Zawiya: a GNA joint force Tripoli->Zawiya refinery/Zawiya via Janzour and Al-Maya (reported), a "
         "group massing in Al-Harsha (flashback, reported), both groups to leave the refinery area (planned), "
         "reinforcements from Al-Watiya air base and a sea move Abu Sitta naval base->Zawiya oil port if the truce "
         "breaks / the road stays shut (conditional), Sabratha's police deny a column Sabratha->Zawiya (denied). "
         "Traps: the refining company, «الزاوية الإنسانية», the West Coast military region, a Warshefani officer; "
         "«للزاوية» gives the surface زاوية; «بلدية الزاوية» is a district."),
 "kz2": ("Euronews Arabic: GNA troops landed at Zuwara port from Tripoli port (reported), a Sabratha group pulled back "
         "from the Mellitah complex to Sabratha (reported; «من صبراته» is the group's origin-by-affiliation, the "
         "destination is «إلى المدينة»), a planned Zuwara->Ras Ajdir move, a denied arms ship from Turkey at «الميناء "
         "نفسه» (= Zuwara port), a conditional Tunisian reinforcement of Ben Gardane and the border with Libya. "
         "Medenine (units on alert), Tunis, Italy (migrant route) and «شارع طرابلس» are not movement places."),
 "kz3": ("Elaph (London): GNA helicopters Mitiga air base->Gharyan (reported), ammunition trucks Mizda->Al-Asabaa "
         "(reported, no owner named), a planned joint force from Al-Aziziyah to the strip between Gharyan and "
         "Al-Asabaa, Gharyan's gunmen to leave the outskirts of Al-Asabaa once hostages are freed (conditional, «فور»), "
         "Zintan's denied column Zintan->Al-Asabaa via Al-Rayayna. Traps: «لا أدري», al-Idrisi, al-Ghariani, the Zintan "
         "military council and «الزنتانية»; the headline «الجبل الغربي» and «جبل نفوسة» are one region."),
 "kz4": ("Libya Al-Hadath (Bani Walid dateline): a GNA force Al-Khums->Tarhuna via Msallata (reported), gunmen pulled "
         "out of Tarhuna towards Al-Khadra (reported), a planned airlift Misrata airport->Bani Walid airport, the 444 "
         "Brigade's conditional redeploy Qasr Bin Ghashir->Tarhuna, the LNA's denied move Ash Shwayrif->Bani Walid, "
         "and the 2020 LNA pull-out from Tarhuna (flashback, reported). Spelling ترهونه/بنى وليد in the headline; "
         "«قوة حماية طرابلس» and «ورفلة» are traps."),
 "kz5": ("BBC Arabic: Zintan forces massing in Al-Rayayna (reported), their denied advance on Yafran, a planned neutral "
         "force Al-Watiya base->Al-Rayayna, Yafran's gunmen to pull back Al-Rayayna->Yafran on condition («شريطة»), a "
         "company moved Wazin crossing->Nalut (reported redeploy). The truck driver Nalut->Tunis, the 2011/2014 "
         "history (control of Tripoli airport) and «الصبر الجميل» are not moves/places; «للزنتان» gives زنتان."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("kz1", "kz2", "kz3", "kz4", "kz5")
