# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "turkey": ("country", "TR", 38.96110, 35.47856, "Türkiye"),                            # G
 "lebanon": ("country", "LB", 33.87764, 35.89228, "Lebanon"),                           # G
 "syria": ("country", "SY", 34.80804, 38.56251, "Syria"),                               # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "sirte": ("city", "LY", 31.20892, 16.58866, "Sirte"),                                  # G
 "jufra": ("district", "LY", 29.12684, 15.94772, "Al Jufra"),                           # G* (Hun town row; README: Jufra area = point near Hun/Waddan)
 # wn1 the 2019 Tripoli offensive (Al-Quds Al-Arabi)
 "gharyan": ("town", "LY", 32.17222, 13.02028, "Gharyan"),                              # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr Bin Ghashir"),                        # G (gazetteer kind city)
 "tia": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),         # G* (row مطار طرابلس الدولي)
 "tia_idris": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport (old name Idris Airport)"),  # G* (same row)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "mitiga": ("base", "LY", 32.89410, 13.27600, "Mitiga Air Base"),                       # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "tarhuna_mun": ("district", "LY", 32.43501, 13.63320, "Tarhuna municipality"),         # G* (town row)
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "shwayrif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                        # G
 # wn2 Operation Dignity at twelve (Asharq Al-Awsat)
 "abyar": ("town", "LY", 32.19000, 20.59653, "Al Abyar"),                               # G
 "rajma": ("base", "LY", 32.07000, 20.35000, "Al Rajma"),                               # G (gazetteer kind base)
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 "zueitina": ("oilfield", "LY", 30.95220, 20.12022, "Zueitina oil port"),               # G* (town row الزويتينة)
 "brega_port": ("oilfield", "LY", 30.40624, 19.57386, "Marsa el Brega oil port"),       # G* (town row البريقة)
 "oilcrescent": ("region", "LY", 30.59758, 19.93570, "Oil Crescent"),                   # G
 "tobruk": ("city", "LY", 32.08963, 23.95385, "Tobruk"),                                # G
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_sd": ("region", "LY", 21.5, 24.0, "Libya-Sudan border (Libyan side)"),         # K
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "khadim": ("base", "LY", 31.99850, 21.19180, "Al Khadim Air Base"),                    # G
 # wn3 February 17 at fifteen, Misrata (France 24)
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "misrata_port": ("crossing", "LY", 32.365, 15.210, "Port of Misrata (Qasr Ahmed)"),    # K
 "tripoli_lb_port": ("crossing", "LB", 34.46170, 35.81920, "Port of Tripoli (Lebanon)"),  # G
 "abuqurayn": ("town", "LY", 31.45111, 15.24889, "Abu Qurayn"),                         # G
 "tawergha": ("town", "LY", 31.97083, 15.05250, "Tawergha"),                            # G
 # wn4 six years of the Sirte-Jufra line (Al-Wafd)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "sidibarrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                     # G
 "south_tripoli": ("region", "LY", 32.70, 13.20, "Southern outskirts of Tripoli"),      # K
 "baniwalid_airport": ("airport", "LY", 31.73920, 13.95400, "Bani Walid Airport"),      # G
 "jufra_base": ("base", "LY", 29.19810, 16.00100, "Al Jufra Air Base"),                 # G
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 "alexandria": ("city", "EG", 31.20176, 29.91582, "Alexandria"),                        # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "border_eg": ("region", "EG", 30.5, 25.2, "Egypt-Libya border (Egyptian side)"),       # K
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 # wn5 ten years after Ben Gardane (Monte Carlo Doualiya)
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "border_tnside": ("region", "TN", 32.7, 11.05, "Tunisia-Libya border (Tunisian side)"),  # K
 "gabes": ("city", "TN", 33.88146, 10.09820, "Gabes"),                                  # G
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine governorate"),        # G (district row)
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "wazin": ("town", "LY", 31.94200, 10.66532, "Wazin"),                                  # G
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "zuwara": ("town", "LY", 32.93120, 12.08199, "Zuwara"),                                # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "dehiba_crossing": ("crossing", "TN", 31.97500, 10.68300, "Dehiba-Wazin border crossing (Tunisian side)"),  # G* (row منفذ وازن, country TN)
}

TRAPS = {
 "wn1": ["القدس العربي", "الجيش الوطني الليبي", "طوفان الكرامة", "بركان الغضب", "لبناني", "الليبية", "المصراتية"],
 "wn2": ["الشرق الأوسط", "الجيش الوطني الليبي", "عملية الكرامة", "البرق الخاطف", "الملك إدريس السنوسي",
         "الفيلق الأفريقي", "السودانية"],
 "wn3": ["فرانس 24", "قناة مصراتة", "شارع طرابلس", "فجر عروس البحر", "اللبنانية", "السنوات الخمس"],
 "wn4": ["بوابة الوفد", "قناة القاهرة الإخبارية", "إعلان القاهرة", "المنطقة الغربية العسكرية", "المصري", "مصرية",
         "الروسية", "الليبية"],
 "wn5": ["ملحمة بن قردان", "مونت كارلو الدولية", "محمد الطرابلسي", "مالياً", "الجيش التونسي", "التونسية", "الليبية"],
}

PHEN = {
 "wn1": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli", "ambiguity_idri",
         "town_vs_district", "coverage_bases", "countries"],
 "wn2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
         "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "wn3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "coverage_crossings", "countries"],
 "wn4": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "border_phrase", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "wn5": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "wn1": [
  mv("advance", "reported", "Libyan National Army", ["غريان"], ["مطار طرابلس العالمي"], ["قصر بن غشير"]),
  mv("reinforce", "reported", "Misrata forces", ["مصراتة"], ["عين زارة"]),
  mv("airlift", "reported", "Syrian mercenaries", ["تركيا"], ["قاعدة معيتيقة"]),
  mv("redeploy", "planned", "GNA forces", ["قصر بن غشير"], ["ترهونة"]),
  mv("withdraw", "conditional", "Misrata forces", ["تاجوراء"], ["مصراتة"]),
  mv("advance", "denied", "Libyan National Army", ["الجفرة"], ["الشويرف"]),
 ],
 "wn2": [
  mv("advance", "reported", "Libyan National Army", ["الأبيار"], ["بنغازي"], ["الرجمة"]),
  mv("advance", "reported", "Libyan National Army", ["اجدابيا"], ["ميناء الزويتينة", "ميناء البريقة"]),
  mv("deploy", "reported", "Libyan National Army", ["طبرق"], ["بنغازي"]),
  mv("airlift", "reported", "Libyan National Army", ["سبها"], ["قاعدة بنينا الجوية"]),
  mv("reinforce", "planned", "Libyan National Army", ["بنغازي"], ["الكفرة"]),
  mv("withdraw", "conditional", "Libyan National Army", ["درنة"], ["القبة"]),
  mv("airlift", "denied", "Russian forces", ["سوريا"], ["قاعدة الخادم"]),
 ],
 "wn3": [
  mv("advance", "reported", None, ["سرت", "زليتن"], ["مصراتة"]),
  mv("naval_landing", "reported", "Misrata forces", ["ميناء مصراتة"], ["طرابلس"]),
  mv("shipment", "reported", None, ["ليبيا"], ["مرفأ طرابلس"]),
  mv("redeploy", "planned", "Misrata forces", ["مصراتة"], ["بوقرين"]),
  mv("reinforce", "conditional", "Misrata forces", ["مصراته"], ["طرابلس"]),
  mv("mobilise", "denied", "Misrata forces", [], ["تاورغاء"]),
 ],
 "wn4": [
  mv("withdraw", "reported", "Wagner Group", ["جنوب طرابلس"], ["مطار بني وليد"]),
  mv("airlift", "reported", "Wagner Group", ["مطار بني وليد"], ["قاعدة الجفرة الجوية"]),
  mv("deploy", "reported", "Wagner Group", [], ["حقل الشرارة"]),
  mv("naval_landing", "planned", "Egyptian army", ["الإسكندرية"], ["العلمين"]),
  mv("advance", "conditional", "Egyptian army", [], ["سرت", "الجفرة"]),
  mv("deploy", "denied", "Egyptian army", [], ["ليبيا"], ["منفذ السلوم"]),
 ],
 "wn5": [
  mv("advance", "reported", "Foreign fighters", ["صبراتة"], ["بن قردان"], ["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Tunisian army", ["قابس", "مدنين"], ["بن قردان"]),
  mv("mobilise", "planned", "Tunisian army", [], ["بنقردان"]),
  mv("deploy", "conditional", "Tunisian army", [], ["معبر راس جدير"]),
  mv("shipment", "denied", "Tunisian army", [], ["الزنتان"], ["معبر الذهيبة"]),
 ],
}

NOTES = {
 "wn1": "Seventh anniversary of 4 April 2019: the LNA's 2019 advance Gharyan→Tripoli International Airport via Qasr Bin "
        "Ghashir (its royal-era name 'Idris Airport' is a gold place in apposition, not a second destination), Misrata's "
        "brigades to the Ain Zara axis, the 2020 airlift of Syrian fighters Turkey→Mitiga base; now a planned GNA transfer "
        "Qasr Bin Ghashir→Tarhuna (Tarhuna municipality only a partner), Misratan units' conditional return Tajura→Misrata, "
        "and an LNA column Jufra→Shwayrif denied (Benghazi = speaker). Lebanese Tripoli twice beside the Libyan capital.",
 "wn2": "Twelfth anniversary of Operation Dignity: the 16 May 2014 advance Al-Abyar→Benghazi via Al-Rajma and the September "
        "2016 advance Ajdabiya→Zueitina and Brega ports (the Oil Crescent only 'returned to control'); parade units by road "
        "Tobruk→Benghazi and by air Sabha→Benina air base; a planned armoured company Benghazi→Kufra (the border with Sudan "
        "only where smuggling grows); a conditional pull-back Derna→Al-Qubba; a denied Russian airlift Syria→Al-Khadim base. "
        "King Idris al-Senussi is a person trap; Libya only in the 1951 independence.",
 "wn3": "Fifteenth anniversary of 17 February in Misrata: Gaddafi's brigades advancing from Sirte and Zliten on the city "
        "(actor null), the August 2011 sea landing Misrata port→Tripoli, the 2012 arms ship from Libya to the port of "
        "Tripoli in Lebanon (actor null); now a planned battalion Misrata→Abu Qurayn ('130 km west of Sirte' = distance "
        "reference), a conditional reinforcement Misrata (spelled مصراته)→Tripoli and a denied massing in Tawergha. "
        "'Tripoli Street' and 'Dawn of the Bride of the Sea' are traps.",
 "wn4": "Sixth anniversary of the Sidi Barrani 'red line' speech (Sidi Barrani venue, Sirte/Jufra in the headline and the "
        "quote not movements): Wagner's May 2020 pull-out southern Tripoli→Bani Walid airport, its airlift to Jufra air "
        "base, its June deployment into the Sharara field; now a planned Egyptian amphibious landing Alexandria→El Alamein, "
        "a conditional advance towards Sirte or Jufra and a denied entry into Libya via the Sallum land port. Algeria's "
        "'Tripoli is a red line' and the border with Libya are not movements.",
 "wn5": "Tenth anniversary of the Ben Gardane attack: IS militants from Sabratha across the border with Libya into Ben "
        "Gardane (actor Foreign fighters), Tunisian reinforcements Gabes/Medenine→Ben Gardane; Dehiba and Wazin in 2011 "
        "only shelling and refugees; now a planned gathering of units in Ben Gardane (spelled بنقردان), a conditional "
        "deployment to the Ras Ajdir crossing (Zuwara only the condition) and a denied ammunition shipment to Zintan via "
        "the Dehiba crossing. Tunis is the dateline, Tunisia the country.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("wn1", "wn2", "wn3", "wn4", "wn5")
