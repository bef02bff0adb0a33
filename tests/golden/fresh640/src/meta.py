# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                             # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # xr1 the Misrata column on the coastal road (Fatabyyano)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 # xr2 the Tripoli that is in Lebanon (Daraj)
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tabbaneh": ("district", "LB", 34.44300, 35.84000, "Bab al-Tabbaneh"),                 # G* (row kind town)
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 # xr3 Zawiya (Ultra Sawt)
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Zawiya municipality"),           # G* (city row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "bir_ghanam": ("town", "LY", 32.30912, 12.56935, "Bir al Ghanam"),                     # G
 "border_tn": ("region", "LY", 33.05, 11.70, "Libya-Tunisia border (Libyan side, coast)"),  # K
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # xr4 Gharyan (Arab48)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "gharyan_mun": ("district", "LY", 32.17222, 13.02028, "Gharyan municipality"),         # G* (town row)
 "western_mountain": ("region", "LY", 30.33380, 13.28744, "Western Mountain (Jabal Nafusa)"),  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "mizda": ("town", "LY", 31.44934, 12.98530, "Mizdah"),                                 # G
 # xr5 ports and the Tunisian border (Shafaq News)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tripoli_port": ("crossing", "LY", 32.90330, 13.18500, "Port of Tripoli"),             # G
 "misrata_port": ("crossing", "LY", 32.360, 15.210, "Port of Misrata (Qasr Ahmad)"),    # K
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                               # G
 "mersin": ("city", "TR", 36.81196, 34.63886, "Mersin"),                                # G
 "zuwara_airport": ("airport", "LY", 32.95230, 12.01550, "Zwara Airport"),              # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "border_ly_tnside": ("region", "TN", 33.00, 11.35, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "xr1": ["فتبينوا", "#مصراتة_تزحف_على_طرابلس", "ليبية", "المصراتي", "أنس الزليتني", "@Misrata_OSINT",
         "أسود مصراتة 166", "الدقائق الخمس", "تونسية"],
 "xr2": ["درج", "#طرابلس_تحترق", "قوة حماية طرابلس", "اللبناني", "ربيع الإدريسي", "الليبية",
         "المنطقة العسكرية الساحل الغربي"],
 "xr3": ["#الزاوية_تنتفض", "ألترا صوت", "الزاوية اليمنى", "أخبار الجبل", "حسن الزاوي", "قوة الإسناد الأولى زاوية",
         "التونسي"],
 "xr4": ["عرب 48", "صوت غريان", "إدريس الغرياني", "#غريان_خط_أحمر", "التركية", "عملية بركان الغضب"],
 "xr5": ["مصراتة الآن", "@TripoliGeo", "شفق نيوز", "#إنزال_في_الزاوية", "التركية"],
}

PHEN = {
 "xr1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "countries"],
 "xr2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "countries"],
 "xr3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "xr4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_idri", "vague_area", "town_vs_district", "coverage_bases", "countries"],
 "xr5": ["clitics", "spelling", "multiword", "media_trap", "nisba", "ambiguity_country_capital", "border_phrase",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "xr1": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["تاجوراء"], ["زليتن", "الخمس"]),
  mv("advance", "denied", "Misrata forces", [], ["طرابلس"]),
  mv("redeploy", "planned", "Misrata forces", ["تاجوراء"], ["مطار معيتيقة"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
 ],
 "xr2": [
  mv("advance", "denied", "GNA forces", ["جنزور"], ["طرابلس"]),
  mv("mobilise", "reported", "GNA forces", [], ["جنزور"]),
  mv("airlift", "planned", "GNA forces", ["مطار مصراتة"], ["مطار معيتيقة"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراتة"], ["طرابلس"]),
 ],
 "xr3": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["مصفاة الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "conditional", "GNA forces", ["مصفاة الزاوية"]),
  mv("mobilise", "denied", "Zintan forces", [], ["بئر الغنم"]),
  mv("redeploy", "planned", "GNA forces", ["قاعدة الوطية"], ["معبر رأس اجدير"]),
 ],
 "xr4": [
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["غريان"], ["ترهونة"]),
  mv("withdraw", "planned", "GNA forces", ["غريان"], ["العزيزية"]),
  mv("advance", "conditional", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["غريان"]),
  mv("shipment", "denied", "Turkish armed forces", ["مطار معيتيقة"], ["غريان"]),
 ],
 "xr5": [
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["ميناء طرابلس"]),
  mv("naval_landing", "denied", "Misrata forces", ["مصراتة"], ["الزاوية"]),
  mv("shipment", "planned", "Turkish armed forces", ["مرسين"], ["ميناء مصراتة"]),
  mv("airlift", "conditional", "GNA forces", ["مطار مصراتة"], ["مطار زوارة"]),
 ],
}

NOTES = {
 "xr1": "Fact-check of a Facebook clip: a Misrata column (166th battalion) Misrata→a camp in Tajoura via Zliten and "
        "Al-Khums (reported; Garabulli only the geolocated filming spot '3 km east of' it, a locator); the claimed "
        "entry into Tripoli denied in dialect («ما دخلناش طرابلس»); a planned company Tajoura→Mitiga airport; a "
        "conditional return Tajoura→Misrata if Zliten or Al-Khums are attacked (those two only conditions there). "
        "Amman = dateline; hashtag, page name, handle and the researcher al-Zliteni are traps.",
 "xr2": "A Beirut fact-check: the 'storming of Tripoli' clip was filmed in Bab al-Tabbaneh, Tripoli (Lebanon); the "
        "claimed Zawiya advance Janzour→Tripoli is denied by the Zawiya military council (Zawiya only the council's "
        "seat); a verified clip shows Western Coast military-zone vehicles massing in Janzour (reported); a planned "
        "airlift Misrata airport→Mitiga; a Misrata commander's conditional reinforcement Misrata→Tripoli (Janzour only "
        "the condition there). Beirut = dateline.",
 "xr3": "Zawiya clips: a 444 Brigade column Tripoli→around the Zawiya refinery via Janzour and Al-Maya (reported, "
        "geolocated); a field commander's conditional pull-out from the refinery; a 2022 clip of Zintan massing in Bir "
        "al-Ghanam denied; a planned force Al-Watiya base→Ras Ajdir crossing. Zawiya = dateline and scene, not a "
        "movement place; fuel smuggling towards the Tunisian border is not a force movement; 'الزاوية اليمنى' (the "
        "corner of the frame) is a common-word trap.",
 "xr4": "A Misrata column Misrata→Gharyan via Tarhuna (reported, geolocated at the eastern entrance); heavy weapons "
        "to be pulled Gharyan→Al-Aziziyah (planned); the LNA's conditional advance Jufra air base→Gharyan (Mizda only "
        "the condition); a denied Turkish drone shipment Mitiga airport→Gharyan (Al-Watiya only where the recycled "
        "photos were taken). Tripoli (Libya) = dateline.",
 "xr5": "A Telegram clip geolocated to Tripoli port: Misrata fighters shipped Misrata port→Tripoli port (reported); "
        "a TikTok 'landing in Zawiya' from Misrata denied (Zuwara only where the old drill was filmed); a planned "
        "Turkish equipment ship Mersin→Misrata port; a conditional airlift Misrata airport→Zuwara airport if clashes "
        "reach Ras Ajdir (condition only; Mellitah background). Tunis = dateline, Tunisia the country watching its "
        "border.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("xr1", "xr2", "xr3", "xr4", "xr5")
