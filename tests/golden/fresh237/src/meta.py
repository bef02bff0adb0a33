# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Turkey"),                             # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # capitals and cities used in several articles
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "jufra": ("district", "LY", 27.95582, 17.52693, "Al Jufra"),                           # G (district row)
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 # ie1 LNA supply convoy and airlift (Youm7)
 "tamanhint": ("village", "LY", 27.24010, 14.65630, "Tamanhint"),                       # G* (base row, as the village)
 "tamanhint_base": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),            # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zillah": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "brega_port": ("oilfield", "LY", 30.41, 19.59, "Marsa el Brega port and oil terminal"),  # K
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 # ie2 Turkish logistics (Enab Baladi)
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "misrata_airport": ("airport", "LY", 32.32556, 15.05972, "Misrata International Airport"),  # G
 "khums_port": ("crossing", "LY", 32.655, 14.275, "Al Khums port"),                     # K
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "mersin_port": ("crossing", "TR", 36.795, 34.645, "Port of Mersin"),                   # K
 "ankara": ("city", "TR", 39.91987, 32.85427, "Ankara"),                                # G
 "mitiga": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),                     # G
 "n_syria": ("region", "SY", 35.78235, 38.59011, "Northern Syria"),                     # G
 "tripoli_port": ("crossing", "LY", 32.903, 13.178, "Port of Tripoli"),                 # K
 # ie3 Algerian army (Echorouk)
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "inamenas_airport": ("airport", "DZ", 28.05150, 9.64291, "In Amenas Airport"),         # G
 "illizi_wil": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "boufarik_base": ("base", "DZ", 36.546, 2.876, "Boufarik Air Base"),                   # K
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "border_dz": ("region", "DZ", 29.95, 9.45, "Algeria-Libya border (Algerian side, near Debdeb)"),  # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "tam_base": ("base", "DZ", 22.811, 5.451, "Tamanrasset Air Base (Aguenar)"),           # K
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "debdeb_crossing": ("crossing", "DZ", 29.99, 9.46, "Debdeb-Ghadames border crossing"),  # K
 # ie4 Russian air moves (Al-Qabas)
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shati"),                      # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "tobruk_port": ("crossing", "LY", 32.08963, 23.95385, "Port of Tobruk"),               # G* (Tobruk city / naval base row)
 "gardabiya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                  # G
 # ie5 the Ras Ajdir side (Babnet)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zuwara_mun": ("district", "LY", 32.93120, 12.08199, "Zuwara municipality"),           # G* (town row)
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                      # K
 "misrata_port": ("crossing", "LY", 32.365, 15.215, "Misrata port (Qasr Ahmad)"),       # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "jumayl": ("city", "LY", 32.85286, 12.06120, "Al Jumayl"),                             # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "border_tn": ("region", "TN", 33.10, 11.45, "Tunisia-Libya border (Tunisian side, near Ras Ajdir)"),  # K
 "se_tn": ("region", "TN", 32.28531, 10.16200, "South-eastern Tunisia"),                # G* (row جنوب شرق تونس)
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


LNA, GNA, TUR, SYR, MIS, ZIN = ("Libyan National Army", "GNA forces", "Turkish armed forces", "Syrian mercenaries",
                                "Misrata forces", "Zintan forces")
DZA, RUS, TUN = "Algerian army", "Russian forces", "Tunisian army"

MOVES = {
 "ie1": [
  mv("shipment", "reported", LNA, ["بنغازي"], ["قاعدة الجفرة الجوية"], ["أجدابيا", "زلّة"]),
  mv("airlift", "reported", LNA, ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("mobilise", "planned", LNA, ["المرج", "بنغازي"], ["قاعدة الجفرة"]),
  mv("shipment", "conditional", LNA, ["ميناء البريقة"], ["سبها", "أوباري"]),
  mv("withdraw", "denied", LNA, ["سرت"], ["الجفرة"]),
 ],
 "ie2": [
  mv("redeploy", "reported", TUR, ["قاعدة الوطية"], ["مطار مصراته"]),
  mv("shipment", "reported", TUR, ["ميناء مرسين"], ["ميناء الخمس"]),
  mv("withdraw", "planned", SYR, ["طرابلس"], ["شمال سوريا"], ["مطار معيتيقة"]),
  mv("advance", "conditional", MIS, ["مصراته"], ["سرت"]),
  mv("naval_landing", "denied", TUR, [], ["ميناء طرابلس"]),
 ],
 "ie3": [
  mv("reinforce", "reported", DZA, ["إليزي"], ["الدبداب"], ["عين أمناس"]),
  mv("airlift", "reported", DZA, ["قاعدة بوفاريك الجوية"], ["مطار عين أمناس"]),
  mv("deploy", "planned", DZA, [], ["الحدود مع ليبيا"]),
  mv("redeploy", "conditional", DZA, ["قاعدة تمنراست الجوية"], ["مطار جانت"]),
  mv("shipment", "denied", DZA, [], ["غدامس"], ["معبر الدبداب"]),
 ],
 "ie4": [
  mv("redeploy", "reported", RUS, ["قاعدة الجفرة"], ["قاعدة براك الجوية"]),
  mv("airlift", "reported", RUS, ["قاعدة الخادم"], ["براك"]),
  mv("naval_landing", "planned", RUS, [], ["ميناء طبرق"]),
  mv("deploy", "conditional", RUS, [], ["قاعدة القرضابية"]),
  mv("withdraw", "denied", RUS, ["سرت"], ["روسيا"], ["ميناء طبرق"]),
 ],
 "ie5": [
  mv("shipment", "reported", GNA, ["ميناء مصراتة"], ["ميناء زوارة"]),
  mv("advance", "planned", GNA, ["زوارة"], ["معبر رأس اجدير"]),
  mv("withdraw", "conditional", GNA, ["مجمع مليتة"], ["صبراته"]),
  mv("mobilise", "denied", ZIN, [], ["الجميل"]),
  mv("reinforce", "reported", TUN, ["مدنين"], ["بن قردان"]),
 ],
}

TRAPS = {
 "ie1": ["الجيش الوطني الليبي", "الإدريسي", "قناة ليبيا الحدث", "الخمس"],
 "ie2": ["لواء سمرقند", "الجيش الوطني السوري", "سوريان", "سورياً", "التركية", "وكالة الأناضول", "شارع طرابلس",
         "ليبية"],
 "ie3": ["الجزائري", "ليبية", "الناحية العسكرية الرابعة"],
 "ie4": ["الفيلق الأفريقي", "الدعم المالي", "ما ادري", "محمد الغدامسي", "الإيطالية", "عسكري ليبي", "مصادر ليبية"],
 "ie5": ["الليبية", "الجيش التونسي", "الجيش الوطني التونسي", "عماد الطرابلسي", "المجلس العسكري الزنتان",
         "من هذه الزاوية", "إذاعة تطاوين"],
}

PHEN = {
 "ie1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "ie2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "countries"],
 "ie3": ["clitics", "spelling", "multiword", "nisba", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ie4": ["clitics", "multiword", "operation_trap", "person_trap", "common_word_trap", "nisba", "ambiguity_idri",
         "coverage_bases", "countries"],
 "ie5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "border_phrase",
         "town_vs_district", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}

NOTES = {
 "ie1": "Youm7-style report: an LNA supply convoy (85 vehicles, fuel tankers, ammunition trucks, tanks on transporters) "
        "Benghazi→Jufra air base via Ajdabiya and Zillah (shipment, no troops named), two Il-76s carrying a field "
        "hospital and field kitchens Benina→Tamanhint air base (airlift), two tank battalions to be massed at the Jufra "
        "base from Al-Marj and Benghazi (planned mobilise), a second fuel convoy Brega port→Sabha/Ubari «إذا استمرت "
        "أزمة الوقود» (conditional) and a denied pull-back of tanks Sirte→Jufra. Headline Jufra/Tamanhint repeat body "
        "moves; Idri and Sabha fuel queues, the Sirte–Jufra line and «الإدريسي» (person) are not movement places.",
 "ie2": "Enab Baladi-style report: Turkish Akinci drones Al-Watiya→Misrata airport (redeploy), an armour and ammunition "
        "cargo Mersin port→Al-Khums port (shipment for the Turkish forces), 150 Syrian fighters to leave Tripoli via "
        "Mitiga for northern Syria (planned withdraw), Misrata's 166 Battalion to advance from the city on Sirte "
        "«إذا» (conditional; origin = «من المدينة» → مصراته) and Ankara's denial of a marine landing at Tripoli port. "
        "«شارع طرابلس» is a Misrata street (trap); «شرق طرابلس», «جنوبي تركيا», «لأنقرة» are not movement places.",
 "ie3": "Echorouk-style report: an Algerian armoured convoy Illizi→Debdeb via In Amenas (reinforce), Il-76s with a "
        "field hospital Boufarik air base→In Amenas airport (airlift), a planned battalion on the border with Libya "
        "(Algerian side; Ghadames only locates it), a drone squadron Tamanrasset base→Djanet airport «في حال» "
        "(conditional redeploy) and the ministry's denial of ammunition trucks through the Debdeb crossing towards "
        "Ghadames. Algiers locates Boufarik; the last paragraph (traders) has no movement.",
 "ie4": "Al-Qabas wire-style report: Russian MiG-29/Su-24s Jufra air base→Brak air base (redeploy), seven Il-76 flights "
        "Al Khadim→Brak (airlift), a Russian landing ship due at Tobruk port (planned naval landing), a possible air "
        "defence battery at Gardabiya «إذا» (conditional deploy) and the embassy's denial of a Pantsir pull-out "
        "Sirte→Russia via Tobruk port. Headline Jufra/Brak/Sirte repeat body moves; Idri (a resident's town), "
        "Wadi al-Shati, Al-Marj and the embassy's Tripoli are not movement places.",
 "ie5": "Babnet-style report: a GNA landing ship unloads armour and ammunition at Zuwara port from Misrata port "
        "(shipment, no troops named), the armour to advance Zuwara→Ras Ajdir crossing next week (planned), a General "
        "Staff battalion to pull back Mellitah→Sabratha «بمجرد» (conditional), Zintan's denied massing at Al-Jumayl "
        "and Tunisian army reinforcements Medenine→Ben Gardane. Tripoli is only where the plan was announced; the "
        "border phrase, Tunis and the Tunisia–Libya traffic are not movement places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ie1", "ie2", "ie3", "ie4", "ie5")
