# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row; README: point near Hun/Waddan)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G (row منفذ رأس جدير; qbt5 writes معبر)
 # qbt1 GNU MoD communiqué no. 9, the western coast (Al-Quds Al-Arabi)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "watiya": ("base", "LY", 32.47690, 11.89680, "Al Watiya Air Base"),                    # G
 "zawiya": ("city", "LY", 32.75222, 12.72778, "Zawiya"),                                # G
 "surman": ("town", "LY", 32.75668, 12.57159, "Surman"),                                # G
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "mellitah": ("oilfield", "LY", 32.87000, 12.23000, "Mellitah oil and gas complex"),    # G
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 # qbt2 LNA General Command communiqué no. 14, Jufra, Zella and the Sirte line (Asharq Al-Awsat)
 "zella": ("town", "LY", 28.55099, 17.54358, "Zillah"),                                 # G (row زلة; written زلّة)
 "gardabya": ("base", "LY", 31.06350, 16.59500, "Gardabya Air Base"),                   # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "waddan": ("town", "LY", 29.16140, 16.13904, "Waddan"),                                # G
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G (row أجدابيا; written اجدابيا)
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "harawa": ("town", "LY", 31.05000, 17.15000, "Harawa"),                                # G
 "buerat": ("town", "LY", 31.40000, 15.73333, "Buwairat al-Hassoun"),                   # G
 "hun": ("town", "LY", 29.12684, 15.94772, "Hun"),                                      # G
 "mabruk": ("oilfield", "LY", 29.73320, 17.31830, "Mabruk oil field"),                  # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 # qbt3 Egyptian Armed Forces spokesman, statement no. 3 (Sada El Balad)
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                          # G
 "border_eg": ("region", "EG", 29.30, 25.10, "Egypt-Libya border (Egyptian side, Siwa sector)"),  # K
 "alamein_airport": ("airport", "EG", 30.92450, 28.46140, "El Alamein International Airport"),  # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G (row مطروح; surface with محافظة)
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة, found by grep الشرق الليبي)
 # qbt4 Algerian MDN communiqué no. 27 (Echaab)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G (row عين أميناس; written عين أمناس)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G (gazetteer kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "awinat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                            # G
 "illizi_dist": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G (district row إليزي)
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "ghat_mun": ("district", "LY", 24.96334, 10.18003, "Ghat municipality"),               # G* (town row)
 # qbt5 Tunisian MoD communiqué no. 5 and the GNU's reply (Jawhara FM)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "aouina": ("base", "TN", 36.85100, 10.22700, "El Aouina Air Base"),                    # G
 "djerba_airport": ("airport", "TN", 33.87500, 10.77550, "Djerba Zarzis International Airport"),  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "wazin_crossing": ("crossing", "LY", 31.97500, 10.68300, "Dehiba-Wazin border crossing"),  # G
 "border_tn": ("region", "TN", 32.60, 10.95, "Tunisia-Libya border (Tunisian side)"),   # K
}

TRAPS = {
 "qbt1": ["القدس العربي", "علي الصرماني", "غرفة عمليات الساحل الغربي", "سوريين"],
 "qbt2": ["الشرق الأوسط", "القيادة العامة للجيش الوطني الليبي", "الفيلق الأفريقي الروسي", "القوات المسلحة العربية الليبية", "قد سرت",
          "عبد الله الهوني", "عملية الكرامة", "إدريس المقريف", "الليبيين"],
 "qbt3": ["صدى البلد", "المنطقة الغربية العسكرية", "أحمد السلومي", "مجدي الحلبي", "الاتجاه الاستراتيجي الغربي", "مصرية"],
 "qbt4": ["الشعب", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "غلافاً مالياً", "إدريس بن خدة", "التراب الليبي",
          "الجانب الجزائري"],
 "qbt5": ["جوهرة أف أم", "مختار المدنيني", "تونسية"],
}

PHEN = {
 "qbt1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "qbt2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "coverage_bases", "coverage_oil"],
 "qbt3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
          "coverage_crossings", "coverage_neighbours", "countries"],
 "qbt4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "town_vs_district",
          "coverage_neighbours", "countries"],
 "qbt5": ["clitics", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qbt1": [
  mv("deploy", "reported", "GNA forces", ["الزاوية"], ["صبراتة"], ["صرمان"]),
  mv("redeploy", "planned", "GNA forces", ["زوارة"], ["منفذ رأس جدير"]),
  mv("naval_landing", "conditional", "GNA forces", [], ["مجمع مليتة"]),
  mv("airlift", "denied", "Syrian mercenaries", ["مطار معيتيقة"], ["قاعدة الوطية"]),
 ],
 "qbt2": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة الجفرة الجوية"], ["زلّة"], ["ودان"]),
  mv("shipment", "reported", "Libyan National Army", ["اجدابيا"], ["قاعدة الجفرة الجوية"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["هراوة"]),
  mv("advance", "conditional", "Libyan National Army", ["سرت"], ["بويرات الحسون"]),
  mv("withdraw", "denied", "Russian forces", ["قاعدة القرضابية"], ["الجفرة"]),
 ],
 "qbt3": [
  mv("deploy", "reported", "Egyptian army", ["قاعدة محمد نجيب العسكرية"], ["سيوة"], ["مرسى مطروح"]),
  mv("airlift", "planned", "Egyptian army", ["القاهرة"], ["مطار العلمين"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("shipment", "denied", "Egyptian army", ["السلوم"], ["قاعدة الخادم"]),
 ],
 "qbt4": [
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["إليزي"], ["عين أمناس"]),
  mv("airlift", "planned", "Algerian army", ["تمنراست"], ["مطار جانت"]),
  mv("mobilise", "conditional", "Algerian army", [], ["جانت"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "qbt5": [
  mv("deploy", "reported", "Tunisian army", ["تطاوين"], ["الذهيبة"], ["رمادة"]),
  mv("airlift", "planned", "Tunisian army", ["قاعدة العوينة"], ["مطار جربة جرجيس"]),
  mv("withdraw", "conditional", "Tunisian army", ["بن قردان"], ["مدنين"]),
  mv("mobilise", "denied", "GNA forces", [], ["نالوت"]),
  mv("redeploy", "planned", "GNA forces", ["نالوت"], ["منفذ وازن"]),
 ],
}

NOTES = {
 "qbt1": "GNU MoD communiqué no. 9 in four numbered items: the 52nd Infantry Brigade Zawiya→Sabratha via Surman "
         "(reported); a border-guard company Zuwara→Ras Ajdir crossing (planned, 'within 72 hours'); a marine landing at "
         "the Mellitah complex if it is threatened (conditional); Syrian fighters flown Mitiga airport→Al-Watiya base "
         "(denied). Zawiya is also the MP's constituency, the western coast a vague area, Tripoli (Lebanon) only the venue "
         "of a conference; 'الصرماني' (person) holds Surman and 'غرفة عمليات الساحل الغربي' (trap) the western coast.",
 "qbt2": "LNA General Command communiqué no. 14 read from Al-Rajma (speaker only): Brigade 128 Jufra air base→Zella via "
         "Waddan (reported; Waddan's 'the column crossed the town' repeats it); a fuel-and-ammunition convoy Ajdabiya→'the "
         "base' = Jufra air base (reported shipment); a landing ship Tobruk naval base→Harawa (planned; Sirte only a "
         "distance reference there); units in Sirte will not move west to Buerat al-Hsun unless the ceasefire is broken "
         "(conditional); Russian Africa Corps pull-out Gardabya base→Jufra denied. Hun (distance reference), Mabruk field "
         "(pipeline), Tripoli and Moscow (speakers) are not movement places; 'قد سرت' (rumours spread) and 'الهوني' are "
         "traps.",
 "qbt3": "Egyptian military spokesman's statement no. 3: Western Military Region units Mohamed Naguib base→Siwa via "
         "Marsa Matruh (reported; '50 km from the border with Libya' is a locator); a planned C-130 airlift Cairo→El "
         "Alamein airport; a conditional advance towards Sirte and Jufra; a denied ammunition convoy Sallum→Al-Khadim "
         "base ('east of Benghazi' only locates it). The Sallum land port (civil traffic), Matruh governorate, Tobruk, "
         "Tripoli and eastern Libya are not movement places; the spokesman 'أحمد السلومي' is a trap holding Sallum.",
 "qbt4": "Algerian MDN communiqué no. 27: 4th Military Region detachments Ouargla→Illizi via In Amenas (reported); a "
         "special-forces company flown Tamanrasset→Djanet airport (planned); extra units to be massed in Djanet if Ghat "
         "deteriorates (conditional; Ghat only the condition); an incursion into Al-Awaynat near Ghat denied. Illizi "
         "province (arrests), Fezzan, Ghat municipality and the road to Al-Awaynat are not movement places; Algiers is "
         "the dateline and Algeria the country twice.",
 "qbt5": "Tunisian MoD communiqué no. 5: army units Tataouine→Dehiba via Remada (reported); air force flights El Aouina "
         "base→Djerba-Zarzis airport (planned); units in Ben Gardane will not return to Medenine until Ras Ajdir reopens "
         "(conditional; Ras Ajdir only the condition). The GNU's statement no. 11 from Tripoli denies a massing in Nalut "
         "(denied) and announces a border-guard company Nalut→Wazin crossing (planned). The border with Libya, Tataouine "
         "as a speaker and the Tunisia–Libya trade are not movement places; 'المدنيني' is a person trap holding Medenine.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qbt1", "qbt2", "qbt3", "qbt4", "qbt5")
