# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                # G
 "morocco": ("country", "MA", 28.67935, -9.90550, "Morocco"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                             # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 # capital and its suburbs
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 "tripoli_port": ("crossing", "LY", 32.902, 13.185, "Port of Tripoli"),                  # K (no gazetteer row)
 "tekbali": ("base", "LY", 32.88743, 13.18733, "Tekbali Camp (Tripoli)"),                # G
 "yarmouk": ("base", "LY", 32.88743, 13.18733, "Yarmouk Camp (Tripoli)"),                # G
 "souq_juma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                      # G
 "ain_zara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "karimiya": ("town", "LY", 32.79, 13.08, "Al Karimiyah"),                               # K (gazetteer row = Tripoli centre point)
 "wadi_rabie": ("town", "LY", 32.78, 13.30, "Wadi al Rabie"),                            # K (gazetteer row = Tripoli centre point)
 "dahmani": ("town", "LY", 32.888, 13.203, "Zawiyat al Dahmani (Tripoli)"),             # K (no gazetteer row)
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                              # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzur"),                                # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzur municipality"),           # G* (city row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "warshefana": ("district", "LY", 32.51012, 13.02794, "Warshefana (Al Jafara)"),         # G* (row الجفارة, found by grep ورشفانة)
 "west_ly": ("region", "LY", 30.79644, 14.18653, "Western Libya (Tripolitania)"),        # G* (row إقليم طرابلس, found by grep الغرب الليبي)
 "west_coast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # Zawiya
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Az Zawiya municipality"),         # G* (city row)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),              # G
 # borders and crossings
 "ras_ajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border (Libyan side)"),  # G* (row الحدود الليبية التونسية)
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),          # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.0, 25.2, "Egypt-Libya border (Egyptian side)"),        # K
 # the eastern coast road and Misrata
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "air_college": ("base", "LY", 32.32556, 15.05972, "Misrata Air Academy base"),          # G* (row مطار مصراتة, found by grep الكلية الجوية)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "khums": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                                # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                   # G
 "dafniya": ("village", "LY", 32.35000, 14.88000, "Dafniya"),                            # G
 "bani_walid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                               # G
 # abroad
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 "bouznika": ("town", "MA", 33.78942, -7.15968, "Bouznika"),                             # G
 "rabat": ("city", "MA", 34.01325, -6.83255, "Rabat"),                                   # G (gazetteer spells it ربات)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                   # G
}

TRAPS = {
 "qp1": ["الخليج أونلاين", "السنوات الخمس", "شارع طرابلس", "المجلس العسكري مصراتة", "إدريس الشريف", "المصراتية",
         "الليبية"],
 "qp2": ["القاهرة 24", "قوة الإسناد الأولى الزاوية", "الزاوية الأمنية", "المصرية", "الليبية"],
 "qp3": ["هسبريس", "القوة المشتركة مصراتة", "صلاة المغرب", "المغربي", "اتفاق الصخيرات", "عبد الفتاح الإدريسي",
         "المصراتية", "الليبية"],
 "qp4": ["يورونيوز", "عبد الناصر الطرابلسي", "شارع الزاوية", "الليبية"],
 "qp5": ["التناصح", "علي المصراتي", "مصراتية"],
}

PHEN = {
 "qp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_idri", "coverage_bases"],
 "qp2": ["clitics", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qp3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "qp4": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
         "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "qp5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "vague_area", "town_vs_district",
         "coverage_bases", "coverage_oil"],
}


def _m(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qp1": [
  _m("deploy", "reported", "Misrata forces", ["مصراتة"], ["طرابلس", "معسكر التكبالي"], ["زليتن", "الخمس", "القربوللي"]),
  _m("naval_landing", "reported", "Misrata forces", ["مصراتة"], ["ميناء طرابلس"]),
  _m("reinforce", "planned", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  _m("withdraw", "conditional", "Misrata forces", ["طرابلس"], ["الدافنية"]),
  _m("redeploy", "denied", "GNA forces", [], ["مطار معيتيقة"]),
  _m("advance", "conditional", None, ["الزاوية"], ["طرابلس"]),
 ],
 "qp2": [
  _m("advance", "reported", "GNA forces", ["الزاوية"], ["جنزور"], ["الماية"]),
  _m("shipment", "reported", "GNA forces", ["الزاوية"], ["جنزور"]),
  _m("withdraw", "planned", "GNA forces", ["جنزور"], ["مصفاة الزاوية"]),
  _m("mobilise", "conditional", "Misrata forces", [], ["تاجوراء"]),
  _m("withdraw", "denied", "GNA forces", ["الماية"], []),
 ],
 "qp3": [
  _m("withdraw", "reported", "Misrata forces", ["سوق الجمعة"], ["تاجوراء"]),
  _m("withdraw", "planned", None, ["الكريمية"], ["الزاوية"]),
  _m("shipment", "planned", None, ["الكريمية"], ["معسكر اليرموك"]),
  _m("deploy", "planned", "GNA forces", ["معسكر اليرموك"], ["الكريمية"]),
  _m("withdraw", "conditional", "Misrata forces", ["طرابلس"], []),
  _m("redeploy", "denied", "Misrata forces", [], ["سوق الجمعة"]),
 ],
 "qp4": [
  _m("advance", "denied", None, ["الزاوية"], ["طرابلس"]),
  _m("naval_landing", "denied", None, ["مصراتة"], ["ميناء طرابلس"]),
  _m("deploy", "reported", "GNA forces", ["طرابلس"], ["جنزور", "الماية"]),
  _m("redeploy", "reported", "GNA forces", ["معبر رأس جدير"], ["طرابلس"]),
  _m("airlift", "planned", "Misrata forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  _m("mobilise", "conditional", None, [], ["الزاوية"]),
 ],
 "qp5": [
  _m("withdraw", "reported", None, ["معسكر اليرموك"], ["الزاوية"], ["جنزور", "الماية"]),
  _m("withdraw", "reported", "Misrata forces", ["عين زارة"], ["الكلية الجوية"]),
  _m("deploy", "conditional", "Misrata forces", [], ["طرابلس"]),
  _m("airlift", "denied", "Misrata forces", ["مطار امعيتيقة"], ["مصراته"]),
  _m("deploy", "planned", "GNA forces", [], ["عين زارة", "وادي الربيع"]),
  _m("reinforce", "denied", None, ["الزاوية"], ["ورشفانة"]),
 ],
}

NOTES = {
 "qp1": ("Alkhaleej Online-style report: a Misrata column Misrata→Tripoli/Tekbali camp via Zliten, Al-Khums and "
         "Al-Qarabulli (reported; it gathered in «شارع طرابلس» in Misrata, a street trap); 200 Misratan fighters landed "
         "from a ship Misrata→Tripoli port (reported); a second battalion Misrata→Tajoura (planned); the pull-back "
         "Tripoli→Dafniya «فور توقيع اتفاق التهدئة» (conditional); the Interior Ministry denies moving units to Mitiga "
         "airport (denied); a local commander «لن تتحرك من الزاوية نحو العاصمة ما لم» (conditional). Mediators from Bani "
         "Walid and Tarhuna are not movement places; «السنوات الخمس» comes before the city Al-Khums; the spokesman "
         "«إدريس الشريف» is an Idri trap."),
 "qp2": ("Cairo 24-style report: a Zawiya force (nominally under the GNU defence ministry) Zawiya→Janzour via Al-Maya "
         "(reported) and two ammunition trucks Zawiya→Janzour (reported shipment); a mediated pull-back Janzour→the Zawiya "
         "refinery within 48 hours (planned); Misrata brigades threaten to mass forces in Tajoura «إذا لم تُحترم المهلة» "
         "(conditional); the Interior Ministry denies pulling its patrols out of Al-Maya (denied). The Janzour security "
         "directorate taking over the positions is local, not a movement; Cairo is a venue and the Sallum land port on the "
         "border with Libya (Egyptian side) is background; «القاهرة 24», the force name and «الزاوية الأمنية» are traps."),
 "qp3": ("Hespress-style report on a Bouznika round: Misrata Joint Force units Souq al-Jumaa→Tajoura (reported); the "
         "proposal: Zawiya groups Al-Karimiya→Zawiya (planned), their heavy weapons to the Yarmouk camp stores (planned "
         "shipment) and a neutral army force from the same camp to Al-Karimiya (planned); Misrata's delegate «لن "
         "تغادر طرابلس إلا إذا» (conditional); the Interior Ministry calls the Misratan units' return to Souq al-Jumaa "
         "«مجرد شائعات» (denied). Bouznika, Rabat, Morocco and Algeria are venue/background; «صلاة المغرب», «اتفاق "
         "الصخيرات» and the researcher «الإدريسي» are traps."),
 "qp4": ("Euronews Arabic-style report: the Interior Ministry denies a Zawiya convoy entered Tripoli (denied) and a boat "
         "landing of gunmen Misrata→Tripoli port (denied), sends Central Support units from central Tripoli to the Janzour "
         "and Al-Maya gates (reported) after pulling a company Ras Ajdir crossing→Tripoli (reported redeploy); a Misrata "
         "company to be flown Misrata airport→Mitiga airport (planned); Zawiya's elders will declare «النفير العام» and mass the "
         "city's brigades at its entrances «إذا تعرّض أي من أبنائها للاعتقال» (conditional). «وزارة الداخلية في تونس» is Tunis (city), the border "
         "phrase holds the country; Zawiyat al-Dahmani (clashes) is gold but no movement place; «شارع الزاوية» and the "
         "spokesman «الطرابلسي» are traps."),
 "qp5": ("Tanasuh-style report as the Presidential Council's deadline ends: Zawiya groups pull out from around the "
         "Yarmouk camp towards Zawiya via Janzour and Al-Maya (reported); a Misratan battalion Ain Zara→the Air Academy "
         "base in Misrata (reported); its commander «ستعود إلى طرابلس في حال» (conditional); Mitiga airport denies flying "
         "the battalion to Misrata (denied airlift); Tripoli police patrols planned for Ain Zara and Wadi al-Rabie "
         "(planned); the Interior Ministry denies Zawiya reinforcements reached Warshefana (denied). Spellings مصراته and "
         "مطار امعيتيقة; «بلدية الزاوية» is the district; Sharara field and the Zawiya refinery are background."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qp1", "qp2", "qp3", "qp4", "qp5")
