# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries and foreign cities
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                             # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                              # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                              # G
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                 # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                   # G
 # Tripoli and its districts
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                               # G
 "south_tripoli": ("region", "LY", 32.81, 13.21, "Southern Tripoli"),                    # K (representative point)
 "abusalim": ("town", "LY", 32.853, 13.188, "Abu Salim"),                                # K (gazetteer row = city-centre point)
 "salahdin": ("town", "LY", 32.818, 13.208, "Salah al-Din (Tripoli)"),                   # K (gazetteer row = city-centre point)
 "abusalim_mun": ("district", "LY", 32.853, 13.188, "Abu Salim municipality"),                # K (same point as abusalim)
 "hadba": ("town", "LY", 32.845, 13.212, "Al Hadba al Khadra"),                          # K (gazetteer row = city-centre point)
 "karimiya": ("town", "LY", 32.826, 13.128, "Al Karimiyah (Tripoli)"),                   # K (gazetteer row = city-centre point)
 "gargaresh": ("town", "LY", 32.862, 13.115, "Gargaresh"),                               # K (gazetteer row = city-centre point)
 "wadirabi": ("town", "LY", 32.795, 13.315, "Wadi al Rabie"),                            # K (gazetteer row = city-centre point)
 "furjan": ("town", "LY", 32.797, 13.178, "Khallat al Furjan"),                          # K (not in gazetteer)
 "souqjuma": ("town", "LY", 32.88300, 13.23300, "Souq al Jum'aa"),                       # G
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                              # G
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "mitiga_base": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                   # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),              # G
 # west of Tripoli
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                               # G
 "janzour_mun": ("district", "LY", 32.81868, 13.01727, "Janzour municipality"),               # G* (city row)
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Mayah"),                                 # G
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Az Zawiya"),                              # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Hurshah"),                             # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                 # G
 # east and south of Tripoli
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                               # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                 # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                          # G
 # the Tunisian border
 "rasajdir_ly": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G* (row منفذ رأس جدير)
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                        # G
 "rasjdir": ("crossing", "TN", 33.15000, 11.56000, "Ras Jedir border crossing (Tunisian side)"),  # G* (LY row, country TN)
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),         # G (district row)
 "border_tn": ("region", "LY", 33.10, 11.65, "Libya-Tunisia border (Libyan side, coast road)"),  # K
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                        # G* (row جنوب تونس)
 "border_tnside": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side)"),  # K
}

TRAPS = {
 "tu1": ["شارع الزاوية", "كتيبة ثوار طرابلس", "عماد الطرابلسي", "صلاح الدين النمروش", "يوم الجمعة"],
 "tu2": ["وكالة الأنباء الليبية", "سرية شهداء تاجوراء", "العاصمة الليبية", "الأطراف الليبية"],
 "tu3": ["كتيبة فرسان جنزور", "الزاوية الأسمرية", "الليبية", "فرج الجنزوري"],
 "tu4": ["أهلي طرابلس", "الاتحاد الليبي لكرة القدم", "المجلس الرئاسي الليبي", "التركي"],
 "tu5": ["نهج ليبيا", "ليبيا الأحرار", "التونسيين", "الجيش التونسي", "الجانب التونسي", "العاصمة الليبية", "الجانب الليبي"],
}

PHEN = {
 "tu1": ["clitics", "spelling", "multiword", "person_trap", "operation_trap", "common_word_trap",
         "ambiguity_tripoli", "town_vs_district"],
 "tu2": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "countries", "coverage_bases"],
 "tu3": ["clitics", "multiword", "operation_trap", "common_word_trap", "person_trap", "nisba", "town_vs_district",
         "coverage_oil", "coverage_crossings", "border_phrase", "coverage_neighbours", "countries"],
 "tu4": ["clitics", "spelling", "multiword", "vague_area", "countries", "ambiguity_country_capital",
         "coverage_bases", "nisba", "ambiguity_tripoli"],
 "tu5": ["clitics", "spelling", "multiword", "border_phrase", "vague_area", "media_trap", "coverage_crossings", "coverage_neighbours",
         "coverage_oil", "countries", "ambiguity_country_capital", "nisba"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "tu1": [
  mv("reinforce", "reported", "GNA forces", ["صلاح الدين"], ["أبوسليم"]),
  mv("withdraw", "reported", "GNA forces", ["الهضبة"], ["الكريمية"]),
  mv("deploy", "planned", "GNA forces", [], ["أبو سليم", "الهضبة"]),
  mv("reinforce", "conditional", "GNA forces", ["سوق الجمعة"], ["الهضبة"]),
  mv("shipment", "denied", "GNA forces", ["الزاوية"], ["بوسليم"], ["جنزور"]),
 ],
 "tu2": [
  mv("reinforce", "reported", "GNA forces", ["قاعدة معيتيقة الجوية"], ["تاجوراء"]),
  mv("withdraw", "reported", None, ["تاجوراء"], ["وادي الربيع"]),
  mv("deploy", "planned", "GNA forces", [], ["تاجوراء"]),
  mv("naval_landing", "conditional", "Misrata forces", ["مصراتة"], ["تاجوراء"]),
  mv("airlift", "denied", None, ["مطار مصراتة"], ["مطار معيتيقة"]),
 ],
 "tu3": [
  mv("mobilise", "reported", None, ["الزاوية"], ["الماية"]),
  mv("withdraw", "reported", None, ["الماية"], ["جنزور"]),
  mv("redeploy", "reported", "GNA forces", ["صلاح الدين"], ["قرقارش"]),
  mv("deploy", "planned", "GNA forces", ["طرابلس"], ["جنزور", "الماية"]),
  mv("advance", "conditional", None, ["الماية"], ["جنزور"]),
  mv("naval_landing", "denied", None, ["الزاوية"], ["جنزور"]),
 ],
 "tu4": [
  mv("redeploy", "reported", "GNA forces", ["عين زاره"], ["صلاح الدين"]),
  mv("withdraw", "planned", "GNA forces", ["خلة الفرجان"], ["أبوسليم"]),
  mv("shipment", "reported", "GNA forces", ["مصراتة"], ["عين زارة"], ["تاجوراء"]),
  mv("deploy", "conditional", "Misrata forces", ["مصراتة"], ["عين زارة"]),
  mv("airlift", "denied", "Turkish armed forces", ["تركيا"], ["قاعدة امعيتيقة"]),
 ],
 "tu5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["الزاوية"], ["جنزور", "الماية"]),
  mv("withdraw", "reported", None, ["مصفاة الزاوية"], ["الحرشة"]),
  mv("reinforce", "planned", "Tunisian army", ["بن قردان"], ["معبر راس جدير", "الحدود مع ليبيا"]),
  mv("advance", "conditional", "GNA forces", [], ["الزاوية"]),
  mv("mobilise", "denied", "GNA forces", [], ["صرمان"]),
 ],
}

NOTES = {
 "tu1": "Al-Tanasuh-style report on Abu Salim: 444 Brigade reinforcement Salah al-Din→Abu Salim (reported), SSA "
        "pull-back Al-Hadba→Al-Karimiya (reported), Interior Ministry neutral force for Abu Salim/Al-Hadba (planned), "
        "Radaa units Souq al-Juma→Al-Hadba «إذا تعرضت» (conditional), SSA denies an arms-truck run Zawiya→Abu Salim "
        "via Janzour (denied shipment). Abu Salim spelled أبوسليم/أبو سليم/بوسليم; traps: شارع الزاوية, كتيبة ثوار "
        "طرابلس, عماد الطرابلسي, صلاح الدين النمروش, يوم الجمعة.",
 "tu2": "Veto-style report on Tajoura: Radaa reinforcement Mitiga air base→Tajoura (reported), the local battalion's "
        "pull-back Tajoura («وسط المدينة»)→Wadi al-Rabi (reported), Presidential Council military police for Tajoura "
        "(planned), Misrata Joint Force sea move «من ميناء المدينة» (= Misrata)→Tajoura coast «إذا استمر» "
        "(conditional), Mitiga airport denies a cargo flight Misrata airport→Mitiga (denied airlift). Cairo is the "
        "speaker only.",
 "tu3": "Euronews-style report on Janzour and Zawiya groups: Zawiya groups mass at Al-Maya (reported mobilise), "
        "Janzour battalion pulls back Al-Maya→Janzour (reported), 444 company Salah al-Din→Gargaresh (reported "
        "redeploy), Interior force Tripoli→between Janzour and Al-Maya (planned), Zawiya fighters' advance "
        "Al-Maya→Janzour «إذا لم يُفرج» (conditional), boat landing Zawiya→Janzour beach «مجرد شائعات» (denied). "
        "«على بعد 15 كيلومتراً من جنزور» is a distance reference; Zliten only locates the Asmariya lodge.",
 "tu4": "Al-Jarida-style report on the Ain Zara/Salah al-Din truce: 444 redeploy Ain Zara→Salah al-Din (reported), "
        "SSA withdrawal Khallat al-Furjan→Abu Salim under the truce (planned), ammunition trucks Misrata→Ain Zara via "
        "Tajoura (reported flashback shipment), Misrata battalions to Ain Zara «إذا انهار الاتفاق» (conditional), "
        "Turkish cargo planes Turkey→Mitiga base denied by the Defence Ministry (denied airlift). Displaced families "
        "to Tajoura are civilian; Cairo (dateline), Bani Walid (mediators), Ankara and Kuwait are not movement places.",
 "tu5": "Jawhara FM-style report on Zawiya and the Ras Jedir road: General Staff separation force Tripoli→Zawiya via "
        "Janzour and Al-Maya (reported), an armed group's pull-back Zawiya refinery→Al-Harsha (reported), Tunisian "
        "army units Ben Gardane→the Ras Jedir crossing and the border (planned reinforce), 444 advance on Zawiya "
        "«إذا فشلت» (conditional), SSA denies massing in Surman (denied mobilise). Stranded travellers are civilian.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("tu1", "tu2", "tu3", "tu4", "tu5")
