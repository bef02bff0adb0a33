# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "geneva": ("city", "CH", 46.20222, 6.14569, "Geneva"),                                 # G
 "aden": ("city", "YE", 12.77957, 45.03852, "Aden"),                                    # G
 # Libya: the east and the oil crescent
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma (LNA headquarters)"),            # G
 "benina_airport": ("airport", "LY", 32.09680, 20.26950, "Benina International Airport"),  # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; also written اجدابيا)
 "brega": ("town", "LY", 30.40624, 19.57386, "Brega"),                                  # G (row البريقة; also written مرسى البريقة)
 "ras_lanuf": ("town", "LY", 30.50000, 18.52720, "Ras Lanuf"),                          # G* (row راس لانوف, kind oilfield there)
 "es_sider": ("oilfield", "LY", 30.62500, 18.35170, "Es Sider oil terminal"),           # G
 "oil_crescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                  # G
 # Libya: Sirte, Jufra and the south
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "gardabya_airport": ("airport", "LY", 31.06350, 16.59500, "Gardabya Airport (Sirte)"),  # G
 "jufra": ("district", "LY", 29.14, 16.04, "Al Jufra"),                                 # K (README rule: point near Hun/Waddan)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G (also written هُون)
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G (also written ودّان)
 "sokna": ("town", "LY", 29.06941, 15.78266, "Sokna"),                                  # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 # Libya: Misrata, Tripoli and the western side of the line
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G (also written مصراته)
 "abu_qurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                        # G (row أبوقرين; also أبو قرين, بوقرين)
 "washka": ("town", "LY", 31.30000, 15.60000, "Al Washka"),                             # G
 "buwairat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                 # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                        # G (also written بنى وليد)
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
}

TRAPS = {
 "qqx1": ["مجلة الحرس الوطني", "الجيش الوطني الليبي", "لواء طارق بن زياد المعزز", "منطقة الخليج العسكرية",
          "شركة سرت لإنتاج وتصنيع النفط والغاز", "محمد الترهوني", "المصرية", "الليبي"],
 "qqx2": ["غرفة عمليات حماية وتأمين سرت والجفرة", "كتيبة الحلبوص", "مديرية أمن بني وليد", "الليبي"],
 "qqx3": ["شفا", "المجلس الاجتماعي لقبائل ورفلة", "اللواء 444 قتال", "جهاز دعم الاستقرار", "الهلال الأحمر الليبي",
          "عماد الطرابلسي", "بعثة الأمم المتحدة للدعم في ليبيا", "درع ليبيا", "أسرته", "الليبية"],
 "qqx4": ["اليوم الثامن", "الفيلق الأفريقي", "مجموعة فاغنر", "فاغنر", "قوات الدعم السريع", "ليبيان", "الليبية",
          "سودانية", "السوريين", "التركية", "روسية", "روسي", "يتوجهون"],
 "qqx5": ["شفقنا", "الليبية", "اللواء 106 مجحفل", "سوريين", "جامعة سرت", "يواجهون"],
}

PHEN = {
 "qqx1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "coverage_bases", "coverage_oil"],
 "qqx2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba"],
 "qqx3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "coverage_bases", "countries"],
 "qqx4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "coverage_bases", "coverage_neighbours", "countries"],
 "qqx5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qqx1": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["رأس لانوف", "ميناء السدرة"], ["أجدابيا"]),
  mv("redeploy", "planned", "Libyan National Army", ["راس لانوف"], ["سرت"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["أبوقرين"]),
  mv("withdraw", "denied", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["بنغازي"]),
 ],
 "qqx2": [
  mv("reinforce", "reported", "Misrata forces", ["مصراته"], ["أبوقرين"]),
  mv("redeploy", "planned", "GNA forces", ["أبوقرين"], ["الوشكة"]),
  mv("reinforce", "reported", "Libyan National Army", ["الجفرة"], ["سرت"], ["ودّان"]),
  mv("advance", "conditional", "GNA forces", [], ["سرت"]),
  mv("withdraw", "denied", "GNA forces", ["الوشكة"], ["مصراتة"]),
 ],
 "qqx3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["بني وليد"], ["ترهونة"]),
  mv("mobilise", "reported", None, [], ["بني وليد"]),
  mv("advance", "denied", "Misrata forces", ["مصراتة"], ["بني وليد"]),
  mv("reinforce", "planned", "GNA forces", ["بني وليد"], ["أبوقرين"]),
  mv("deploy", "conditional", "Libyan National Army", ["الجفرة"], ["بني وليد"]),
 ],
 "qqx4": [
  mv("airlift", "reported", "Russian forces", ["قاعدة الخادم"], ["قاعدة الجفرة الجوية"]),
  mv("redeploy", "planned", "Libyan National Army", ["هُون"], ["سوكنة"]),
  mv("shipment", "reported", None, ["قاعدة الجفرة الجوية"], ["سبها"], ["سوكنة"]),
  mv("advance", "denied", "Sudanese armed groups", [], ["ودان"], ["زلة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["الجفرة"], []),
 ],
 "qqx5": [
  mv("deploy", "planned", None, [], ["الوشكة", "بويرات الحسون"]),
  mv("withdraw", "reported", "Libyan National Army", ["بويرات الحسون"], ["سرت"]),
  mv("withdraw", "conditional", "Misrata forces", ["الوشكة"], ["أبوقرين"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار بنينا"], ["مطار القرضابية"]),
 ],
}

NOTES = {
 "qqx1": "Saudi military monthly (National Guard Magazine, «متابعات عسكرية» section, no dateline) on the LNA in the "
         "oil crescent: a reported LNA column Benghazi→Ras Lanuf via Ajdabiya with part stationed near Es Sider port (reinforce), a planned battalion rotation Ras Lanuf (written "
         "راس لانوف)→Sirte (redeploy), a conditional advance Sirte→Abu Qurayn (Misrata and Al-Washka only inside the "
         "condition) and a denied pull-out Jufra air base→Benghazi; civilian fuel trucks Marsa al-Brega↔Ajdabiya (written "
         "اجدابيا), the Tripoli ministry, the 5+5 visit to Ras Lanuf, Cairo's 2020 red line, Ankara and Geneva are not "
         "movement places; «قواتنا في الجفرة وهُون وودان باقية» is no move.",
 "qqx2": "Media-office post of the GNU's Sirte–Jufra protection operations room (its name holds سرت and الجفرة) from "
         "Abu Qurayn (written أبو قرين, أبوقرين and بوقرين): a Halbous brigade company Misrata (مصراته)→Abu Qurayn "
         "(reinforce, Misrata forces), a planned engineer unit Abu Qurayn→Al-Washka, an observed LNA convoy Jufra→Sirte via "
         "Waddan (ودّان), a conditional advance on Sirte («لن تتقدم ... ما دام») and a denied pull-out Al-Washka→Misrata; "
         "the commander's inspection, the Buwayrat al-Hasun positions, civilian traffic Bani Walid↔Abu Qurayn to Jufra and "
         "Sabha, and the 5+5 meeting in Sirte are not movements.",
 "qqx3": "Palestinian news network (Shfa) from Tripoli on Bani Walid (written بنى وليد and بني وليد): GNU units "
         "Tripoli→Bani Walid via Tarhuna (deploy reported), a denied Misrata move on Bani Walid, a planned 444 Brigade "
         "company Bani Walid→Abu Qurayn (reinforce), the LNA's conditional push Jufra→Bani Walid and local gunmen "
         "massing in central Bani Walid (mobilise, actor null); a resident moving his "
         "family to Tripoli, a Red Crescent medical convoy from Misrata, Rajma as the speaker's seat, Sirte as a locator and "
         "the 2012 siege (background) are not movements; «أسرته» holds سرت, «عماد الطرابلسي» holds طرابلس.",
 "qqx4": "Aden daily (Al-Yawm al-Thamen) from Benghazi on Jufra: Russian Il-76s Al-Khadim base→Jufra air base (airlift, "
         "Russian forces/Africa Corps), a planned LNA artillery battalion Hun (هُون)→Sokna, ammunition trucks Jufra air "
         "base→Sabha seen passing Sokna (shipment, actor null), a denied RSF arrival in Waddan "
         "via Zillah and the LNA's conditional departure from Jufra; Wagner's 2020 pull-back from around Tripoli to Jufra "
         "(background), Mali and Niger as transit goals, fuel deliveries from Brega, Aden observers and «يتوجهون» (holds "
         "هون) are not movements.",
 "qqx5": "Shia news network (Shafaqna) from Sirte on the 5+5 committee: planned joint units between Al-Washka and "
         "Buwayrat al-Hasun (actor null), a reported LNA 106th brigade pull-back Buwayrat al-Hasun→Sirte, the conditional "
         "Misrata withdrawal Al-Washka→Abu Qurayn («بمجرد») and denied Syrian mercenary flights Benina airport→Gardabya "
         "airport; civilian buses Misrata (مصراته)→Sirte, students from Brega and Ajdabiya to Sirte University (trap), "
         "Ankara, Cairo, Moscow, the 2020 halt at Sirte and Geneva are not movements.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qqx1", "qqx2", "qqx3", "qqx4", "qqx5")
