# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries and capitals
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "tunis": ("city", "TN", 36.81897, 10.16579, "Tunis"),                                  # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G
 # ip1 eastern municipal elections
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "marj": ("town", "LY", 32.49257, 20.82909, "Al Marj"),                                 # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "shahat": ("town", "LY", 32.80430, 21.86605, "Shahhat"),                               # G
 "tukra": ("town", "LY", 32.53414, 20.57911, "Tukrah"),                                 # G
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G
 "suluq": ("town", "LY", 31.66818, 20.25205, "Suluq"),                                  # G
 "qaminis": ("town", "LY", 31.65760, 20.01697, "Qaminis"),                              # G
 "jabal_akhdar": ("region", "LY", 32.02519, 21.79830, "Jebel Akhdar"),                  # G* (district row, as region)
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "brega_port": ("oilfield", "LY", 30.41, 19.58, "Marsa el Brega oil port"),             # K
 "ajdabiya": ("city", "LY", 30.75545, 20.22625, "Ajdabiya"),                            # G
 # ip2 Tunisian baccalaureate in the south-east
 "south_tn": ("region", "TN", 32.28531, 9.96020, "Southern Tunisia"),                   # G* (row جنوب تونس)
 "medenine": ("town", "TN", 33.35495, 10.50548, "Medenine"),                            # G
 "medenine_gov": ("district", "TN", 32.98260, 11.25905, "Medenine Governorate"),        # G
 "tataouine": ("town", "TN", 32.92967, 10.45177, "Tataouine"),                          # G
 "kerkennah": ("region", "TN", 34.71, 11.19, "Kerkennah Islands"),                      # K
 "bengardane": ("town", "TN", 33.13783, 11.21965, "Ben Gardane"),                       # G
 "zarzis": ("town", "TN", 33.50398, 11.11215, "Zarzis"),                                # G
 "djerba": ("region", "TN", 33.78300, 10.88300, "Djerba"),                              # G
 "sfax": ("city", "TN", 34.74056, 10.76028, "Sfax"),                                    # G
 "remada": ("town", "TN", 32.31662, 10.39551, "Remada"),                                # G
 "dehiba": ("town", "TN", 32.00799, 10.70135, "Dehiba"),                                # G
 "border_tn": ("region", "TN", 32.10, 10.75, "Tunisia-Libya border (Tunisian side)"),   # K
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 # ip3 Algerian baccalaureate in Illizi wilaya
 "south_dz": ("region", "DZ", 24.38530, 3.68071, "Southern Algeria (Grand Sud)"),       # G* (row جنوب الجزائر)
 "djanet": ("village", "DZ", 24.55528, 9.48500, "Djanet"),                              # G
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "boufarik": ("base", "DZ", 36.57413, 2.91214, "Boufarik Air Base"),                    # G* (town row)
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_w": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),                  # G
 "inamenas": ("town", "DZ", 28.05150, 9.64291, "In Amenas"),                            # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "tiguentourine": ("oilfield", "DZ", 27.92694, 9.11472, "Tiguentourine gas plant"),     # G
 "border_dz": ("region", "DZ", 28.80, 9.70, "Algeria-Libya border (Algerian side)"),    # K
 "debdeb_crossing": ("crossing", "DZ", 30.03, 9.47, "Debdeb-Ghadames border crossing"), # K
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 # ip4 Egyptian exams in Matruh governorate
 "siwa": ("town", "EG", 29.20320, 25.51965, "Siwa"),                                    # G
 "matruh_gov": ("district", "EG", 29.65892, 27.37192, "Matruh Governorate"),            # G
 "marsa_matruh": ("city", "EG", 31.35290, 27.23725, "Marsa Matruh"),                    # G
 "naguib": ("base", "EG", 30.82000, 29.33000, "Mohamed Naguib Military Base"),          # G
 "hammam": ("town", "EG", 30.84532, 29.38818, "El Hammam"),                             # G
 "alamein": ("town", "EG", 30.83007, 28.95502, "El Alamein"),                           # G
 "dabaa": ("town", "EG", 31.02819, 28.44498, "El Dabaa"),                               # G
 "sidi_barrani": ("town", "EG", 31.61166, 25.92539, "Sidi Barrani"),                    # G
 "sallum": ("town", "EG", 31.55371, 25.15793, "Sallum"),                                # G
 "north_coast": ("region", "EG", 30.95, 28.60, "Egypt's North Coast"),                  # K
 "sallum_port": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),             # G* (row منفذ امساعد, country EG)
 "border_eg": ("region", "EG", 31.20, 25.15, "Egypt-Libya border (Egyptian side)"),     # K
 # ip5 Eid al-Fitr plan on the central coast
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "zliten": ("city", "LY", 32.46739, 14.56874, "Zliten"),                                # G
 "zliten_mun": ("district", "LY", 32.46739, 14.56874, "Zliten municipality"),           # G* (town row)
 "khoms": ("city", "LY", 32.64861, 14.26191, "Al Khums"),                               # G
 "khoms_port": ("crossing", "LY", 32.657, 14.279, "Al Khums port"),                     # K
 "msallata": ("town", "LY", 32.58345, 14.03627, "Msallata"),                            # G
 "abusitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),                # G
 "tajura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                                # G
 "qarabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al-Qarabulli"),                  # G
 "baniwalid": ("town", "LY", 31.74554, 13.98354, "Bani Walid"),                         # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 "central_coast": ("region", "LY", 32.45, 14.60, "Central coast of Libya (Khoms-Misrata)"), # K
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "ip1": ["الليبية", "بوابة إفريقيا", "طارق الدرناوي", "الأوراق البيضاء", "عملية الكرامة", "لا أدري"],
 "ip2": ["وكالة تونس إفريقيا للأنباء", "محمد الطرابلسي", "الجانب الليبي", "إذاعة تطاوين"],
 "ip3": ["رشيد الإدريسي", "وكالة الأنباء الجزائرية", "الليبية"],
 "ip4": ["المصري اليوم", "غير مطروح", "العمالة المصرية"],
 "ip5": ["خالد المصراتي", "الصلوات الخمس", "شارع طرابلس", "عملية البنيان المرصوص", "ليبيا الأحرار"],
}

PHEN = {
 "ip1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "coverage_bases", "coverage_oil"],
 "ip2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "ip3": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
         "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries"],
 "ip4": ["clitics", "multiword", "media_trap", "common_word_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "ip5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
         "ambiguity_tripoli", "vague_area", "town_vs_district", "coverage_bases"],
}

MOVES = {
 "ip1": [
  mv("deploy", "reported", None, destinations=["بنغازي", "المرج", "البيضاء", "شحات", "توكرة"]),
  mv("withdraw", "reported", None, origins=["سلوق", "قمينس"], destinations=["بنغازي"]),
  mv("airlift", "reported", "Libyan National Army", origins=["قاعدة بنينا الجوية"], destinations=["مطار الكفرة"]),
  mv("shipment", "planned", None, origins=["البيضاء", "شحات"], destinations=["بنغازي"]),
  mv("reinforce", "conditional", "Libyan National Army", origins=["المرج"], destinations=["البيضاء", "القبة"]),
  mv("redeploy", "denied", None, origins=["ميناء البريقة"], destinations=["أجدابيا"]),
 ],
 "ip2": [
  mv("deploy", "reported", None, destinations=["مدنين", "بنقردان", "جرجيس", "جربة"]),
  mv("naval_landing", "reported", "Tunisian army", origins=["صفاقس"], destinations=["قرقنة"]),
  mv("shipment", "planned", None, origins=["تونس العاصمة"], destinations=["مدنين", "تطاوين"]),
  mv("reinforce", "conditional", "Tunisian army", origins=["رمادة"], destinations=["الذهيبة"]),
  mv("redeploy", "denied", "Tunisian army", origins=["معبر رأس جدير"], destinations=["جربة"]),
 ],
 "ip3": [
  mv("airlift", "reported", "Algerian army", origins=["قاعدة بوفاريك الجوية"], destinations=["مطار جانت"]),
  mv("deploy", "reported", "Algerian army", destinations=["إليزي", "جانت", "إن أمناس", "الدبداب"]),
  mv("mobilise", "planned", "Algerian army", destinations=["منشأة تيقنتورين"]),
  mv("advance", "conditional", "Algerian army", origins=["الدبداب"], destinations=["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Algerian army", origins=["منشأة تيقنتورين"]),
 ],
 "ip4": [
  mv("airlift", "reported", "Egyptian army", origins=["قاعدة محمد نجيب العسكرية"], destinations=["سيوة"]),
  mv("deploy", "reported", None, destinations=["مرسى مطروح", "الحمام", "العلمين", "الضبعة", "سيدي براني", "السلوم"]),
  mv("withdraw", "denied", None, origins=["سيوة"]),
  mv("mobilise", "conditional", None, destinations=["العلمين"]),
  mv("reinforce", "planned", "Egyptian army", destinations=["منفذ السلوم البري"]),
 ],
 "ip5": [
  mv("deploy", "reported", "GNA forces", destinations=["مصراتة", "زليتن", "الخمس", "مسلاتة"]),
  mv("naval_landing", "reported", "GNA forces", origins=["قاعدة أبوستة البحرية"], destinations=["ميناء الخمس"]),
  mv("redeploy", "planned", "GNA forces", origins=["تاجوراء"], destinations=["القره بوللي"]),
  mv("reinforce", "conditional", "GNA forces", origins=["مصراتة"], destinations=["بنى وليد"]),
  mv("advance", "denied", None, origins=["ترهونة"], destinations=["مسلاتة"]),
 ],
}

NOTES = {
 "ip1": ("Eastern municipal elections (Africa Gate style): interior-ministry deployment to five towns (actor null: the "
         "eastern government's police), a flashback pull-back Suluq/Qaminis→Benghazi, an LNA airlift Benina air base→"
         "Kufra airport (headline الكفرة is the same move, not repeated), a planned ballot-box convoy Al-Bayda/Shahhat→"
         "Benghazi, an LNA reinforcement Al-Marj→Al-Bayda/Al-Qubba «إذا», a denied PFG move Brega port→Ajdabiya. "
         "Tripoli is only the election commission's seat; the Jebel Akhdar is the command's name-place, not a move "
         "place. Traps: الأوراق البيضاء (blank ballots), لا أدري, طارق الدرناوي, عملية الكرامة, بوابة إفريقيا."),
 "ip2": ("Tunisian baccalaureate (TAP style): guard units at exam centres in Medenine, Ben Gardane (بنقردان), Zarzis, "
         "Djerba; a navy patrol boat lands a guard unit Sfax→Kerkennah; planned exam-paper convoys Tunis→Medenine/"
         "Tataouine; the army's conditional reinforcement Remada→Dehiba; a denied pull-out Ras Ajdir crossing→Djerba. "
         "The border phrase and Tripoli are locators/coordination only; تونس العاصمة is the city, تونس the country, "
         "وكالة تونس إفريقيا للأنباء a trap; the wali's مدنين is the governorate."),
 "ip3": ("Algerian baccalaureate (El Khabar style): an Il-76 airlift Boufarik air base→Djanet airport, gendarmerie "
         "in Illizi, Djanet, In Amenas (عين أمناس / إن أمناس), Debdeb; a planned mobilisation at the Tiguentourine "
         "plant; border guards' conditional advance Debdeb→the border with Libya; a denied pull-out from "
         "Tiguentourine. The Debdeb crossing, Ghadames and Algiers are not movement places."),
 "ip4": ("Egyptian secondary-school exams (Al-Masry Al-Youm style): helicopters Mohamed Naguib base→Siwa, police at "
         "committees in six Matruh towns, a denied pull-out from Siwa («الواحة»), Central Security reserves to mass at "
         "El Alamein «إذا», a planned Border Guard reinforcement of the Sallum land port; workers returning from Libya "
         "and the units on the border are not moves; غير مطروح is a trap."),
 "ip5": ("Eid al-Fitr plan on the central coast (Al-Tanasuh style): GNU Interior patrols at Misrata, Zliten, Khoms, "
         "Msallata; coast-guard landing Abu Sitta naval base→Khums port; a planned redeploy Tajura→Qarabulli; a "
         "conditional Misrata→Bani Walid (بنى وليد) reinforcement; Tarhuna's denied advance «من المدينة» towards "
         "Msallata. Traps: الصلوات الخمس, شارع طرابلس, خالد المصراتي, عملية البنيان المرصوص, ليبيا الأحرار."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("ip1", "ip2", "ip3", "ip4", "ip5")
