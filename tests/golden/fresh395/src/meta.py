# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                  # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                  # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                    # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                               # G
 # capitals
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                 # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                     # G
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                    # G
 # og1 Ras Jedir / Ben Gardane
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                          # G (row بن قردان)
 "rasjedir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),          # G (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwarah"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                               # G
 "abukammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                          # G (row أبو كماش)
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                     # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                   # G
 "zuwara_port": ("crossing", "LY", 32.922, 12.120, "Zuwara port"),                         # K
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "border_tn_ly": ("region", "TN", 33.05, 11.45, "Tunisia-Libya border (Tunisian side, near Ras Jedir)"),  # K
 # og2 Wazin / Dehiba
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"), # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G*
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                   # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                     # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                                # G
 "sinawen": ("town", "LY", 31.02604, 10.60238, "Sinawin"),                                 # G
 "hawamid": ("town", "LY", 31.97528, 11.16222, "Al Hawamid"),                              # G
 "kabaw": ("town", "LY", 31.84724, 11.33055, "Kabaw"),                                     # G
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                                 # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                             # G
 # og3 Emsaed / Sallum
 "sallum": ("town", "EG", 31.55371, 25.15793, "As Sallum"),                                # G
 "sallum_port": ("crossing", "EG", 31.600, 25.060, "Sallum land port"),                    # K
 "emsaed_crossing": ("crossing", "LY", 31.60968, 25.04999, "Amsaad-Sallum border crossing"),  # G
 "emsaed": ("town", "LY", 31.60968, 25.04999, "Emsaed"),                                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                   # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                               # G
 "bardia": ("town", "LY", 31.75000, 25.08333, "Bardia"),                                   # G (row البردي)
 "bardia_port": ("crossing", "LY", 31.762, 25.093, "Bardia harbour"),                      # K
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),                  # G
 "sallum_plateau": ("region", "EG", 31.52, 25.10, "Sallum plateau"),                       # K
 "matrouh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),              # G (district row مطروح)
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                       # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                       # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),             # G* (row برقة)
 # og4 Toummo / Al Wigh
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),               # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                     # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                   # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                                # G
 "qatrun_mun": ("district", "LY", 24.95139, 14.64861, "Al Qatrun municipality"),           # G* (town row)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                              # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                    # G (row قاعدة تمنهنت)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                           # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                          # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border"),               # G* (row الحدود الليبية النيجرية)
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border"),                # G* (row الحدود الليبية التشادية)
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                    # G (row أغاديس)
 # og5 Isayen / Tin Alkoum
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing (Algerian side of Isayen)"),  # G*
 "isayen": ("crossing", "LY", 24.80000, 10.10000, "Isayen border crossing"),               # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                    # G (kind village in the row)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),      # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                                  # G
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                    # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                          # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),                # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                     # G
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                              # G
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                       # G
 "border_dz_ly": ("region", "DZ", 24.75, 9.95, "Algeria-Libya border (Algerian side, near Tin Alkoum)"),  # K
 "south_east_dz": ("region", "DZ", 24.38530, 5.41784, "South-eastern Algeria"),            # G* (row جنوب شرق الجزائر)
}

TRAPS = {
 "og1": ["ديوان أف أم", "سوق ليبيا", "نهج طرابلس", "فتحي القابسي", "الجيش الوطني", "حكومة الوحدة الوطنية", "الليبية", "التونسي"],
 "og2": ["فرانس 24", "عمر الطرابلسي", "المجلس العسكري نالوت", "المنطقة العسكرية الغربية", "جهاز حرس الحدود", "سالم الغدامسي",
         "حضور وازن", "التونسي"],
 "og3": ["الوطن", "الجيش الليبي", "مساعد مدير المنفذ", "عبد الله السلومي", "أولاد علي", "الجيش المصري",
         "المصرية", "المصريين", "الليبية"],
 "og4": ["بوابة أفريقيا الإخبارية", "اللواء طارق بن زياد", "المنطقة العسكرية سبها",
         "جبهة الوفاق من أجل التغيير في تشاد", "التوم والبصل", "لا أدري", "النيجري"],
 "og5": ["النهار", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "بثلاث لغات", "الجيش الجزائري", "لا أدري"],
}

PHEN = {
 "og1": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "border_phrase",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "og2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "coverage_crossings", "coverage_neighbours", "countries"],
 "og3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "common_word_trap", "nisba",
         "vague_area", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "og4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "border_phrase", "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "og5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "ambiguity_country_capital", "ambiguity_idri", "border_phrase", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "og1": [
  mv("reinforce", "reported", "Tunisian army", ["مدنين"], ["بنقردان", "معبر راس جدير"]),
  mv("withdraw", "reported", "GNA forces", ["معبر راس جدير"], ["أبوكماش"]),
  mv("mobilise", "reported", None, ["زوارة"], ["معبر راس جدير"]),
  mv("deploy", "denied", "GNA forces", ["طرابلس"], ["راس جدير"]),
  mv("naval_landing", "denied", "GNA forces", [], ["ميناء زوارة"]),
  mv("deploy", "planned", "Tunisian army", ["قابس"], ["بنقردان"]),
  mv("deploy", "conditional", "Tunisian army", [], ["الحدود مع ليبيا"]),
 ],
 "og2": [
  mv("redeploy", "reported", "GNA forces", ["غدامس"], ["منفذ وازن"], ["سيناون", "نالوت"]),
  mv("shipment", "planned", "GNA forces", ["طرابلس"], ["منفذ وازن"]),
  mv("withdraw", "reported", None, ["منفذ وازن"], ["نالوت"]),
  mv("mobilise", "denied", None, [], ["كاباو"]),
  mv("reinforce", "conditional", "GNA forces", ["غريان"], ["منفذ وازن"]),
  mv("deploy", "planned", "Tunisian army", [], ["الذهيبة"]),
 ],
 "og3": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["امساعد", "منفذ امساعد"], ["طبرق"]),
  mv("withdraw", "reported", "Libyan National Army", ["منفذ امساعد"], ["البردي"]),
  mv("naval_landing", "reported", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء البردي"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["طبرق"]),
  mv("deploy", "planned", "Egyptian army", ["مرسى مطروح"], ["السلوم"], ["سيدي براني"]),
  mv("advance", "denied", "Egyptian army", [], ["امساعد"]),
 ],
 "og4": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["منفذ التوم"], ["مرزق", "القطرون"]),
  mv("shipment", "reported", "Libyan National Army", ["سبها"], ["القطرون"]),
  mv("withdraw", "reported", None, ["منفذ التوم"], ["تجرهي"]),
  mv("airlift", "planned", "Libyan National Army", ["قاعدة تمنهنت الجوية"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["منفذ التوم"], ["الحدود مع النيجر"]),
  mv("advance", "denied", "Chadian armed groups", ["كوري بوقودي"], ["الويغ"]),
 ],
 "og5": [
  mv("reinforce", "reported", "Algerian army", ["إليزي"], ["معبر تين الكوم"], ["جانت"]),
  mv("redeploy", "reported", "Libyan National Army", ["حقل الشرارة"], ["منفذ إيسين"], ["العوينات", "غات"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("withdraw", "conditional", "Algerian army", [], ["إليزي"]),
  mv("advance", "denied", "Algerian army", [], ["غات"], ["الحدود مع ليبيا"]),
 ],
}

NOTES = {
 "og1": "Diwan FM (Ben Gardane): Ras Jedir shut again over a GNU Interior–Zuwara dispute. Tunisian army "
        "reinforcement Medenine→Ben Gardane/the crossing (reported); the Interior force's pull-out crossing→Abu Kammash "
        "(reported); armed men from Zuwara gathering at the crossing (mobilise, reported, actor null); the ministry's "
        "denied column Tripoli→Ras Jedir and denied landing at Zuwara port; a planned engineering unit Gabes→Ben "
        "Gardane; a conditional deployment on the border with Libya («إذا تواصل»). The Zawiya refinery (fuel origin), "
        "«سوق ليبيا», «نهج طرابلس», the trader «فتحي القابسي» and the Tunis committee meeting are not movement places.",
 "og2": "France 24 (Nalut): Wazin reopened. GNA border-guard company Ghadames→Wazin crossing via Sinawen and Nalut "
        "(«أعيد تموضعها», redeploy, reported); a planned vehicle shipment Tripoli→the crossing; local gunmen pull back "
        "crossing→Nalut (reported, actor null); the Nalut military council's denied massing in Kabaw; a conditional GNA "
        "reinforcement from Gharyan («إذا حاول»); a planned Tunisian unit for Dehiba (Tataouine is only the sources' "
        "location). «حضور وازن» is a common-word trap, «عمر الطرابلسي» a person.",
 "og3": "Al-Watan (Sallum): the Libyan side closes Emsaed. LNA reinforcement Benghazi→Emsaed/the crossing via Tobruk "
        "(reported); LNA military police pull back crossing→Bardia (reported); an LNA landing Tobruk naval base→Bardia "
        "port (reported); the reinforcements to return to Tobruk «فور التوصل إلى تسوية» (conditional); a planned "
        "Egyptian border-guard move Marsa Matruh→Sallum via Sidi Barrani; a denied Egyptian crossing into Emsaed. The "
        "Matrouh source, the truck queue on the plateau and the trade paragraph are not movements.",
 "og4": "Afrigate News (Al Qatrun): Toummo shut after a smugglers' attack. LNA column Sabha→Toummo crossing via Murzuq "
        "and Al Qatrun (reported); fuel and ammunition trucks Sabha→Al Qatrun (shipment, reported); Tebu guards' "
        "pull-back crossing→Tajarhi (reported, actor null); a planned airlift Tamanhint air base→Al Wigh air base; a "
        "conditional sweep from the crossing to the Niger border («إذا رُصد»); FACT's denied move Kouri Bougoudi→Al "
        "Wigh. Migrant convoys from Agadez and stranded trucks are not movements; «التوم» (garlic) and «لا أدري» are traps.",
 "og5": "Ennahar (Djanet): Algeria reinforces Tin Alkoum after the LNA shuts Isayen. Algerian reinforcement "
        "Illizi→Tin Alkoum via Djanet (reported; Ouargla is only the command's seat); LNA company Sharara field→Isayen "
        "via Al Awaynat and Ghat (redeploy, reported; Ubari only locates the field); a planned helicopter airlift "
        "Tamanrasset→Djanet airport; the extra units to return to Illizi «بمجرد» Isayen reopens (conditional); the "
        "MoD's denial of any entry into Ghat or crossing of the border with Libya.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("og1", "og2", "og3", "og4", "og5")
