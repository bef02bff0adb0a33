# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/country (listed in the README).
P = {
 # countries
 "tunisia": ("country", "TN", 33.79152, 8.86149, "Tunisia"),                            # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                               # G
 "jordan": ("country", "JO", 31.26963, 36.29991, "Jordan"),                             # G
 # shared
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "qasr": ("city", "LY", 32.68333, 13.18333, "Qasr bin Ghashir"),                        # G
 "tip_airport": ("airport", "LY", 32.66350, 13.15900, "Tripoli International Airport"),  # G
 "tarhuna": ("town", "LY", 32.43501, 13.63320, "Tarhuna"),                              # G
 # qdf1 Tripoli's southern suburbs (Al-Quds Al-Arabi)
 "khallet": ("town", "LY", 32.790, 13.215, "Khallet al-Furjan"),                        # K
 "yarmouk": ("base", "LY", 32.820, 13.225, "Yarmouk Camp (Tripoli)"),                   # K (gazetteer row at the city point)
 "ainzara": ("town", "LY", 32.81330, 13.26970, "Ain Zara"),                             # G
 "salahaldin": ("town", "LY", 32.830, 13.210, "Salah al-Din (Tripoli)"),                # K (gazetteer row at the city point)
 "abusalim": ("town", "LY", 32.852, 13.175, "Abu Salim"),                               # K (gazetteer row at the city point)
 "mitiga_airport": ("airport", "LY", 32.89410, 13.27600, "Mitiga Airport"),             # G
 "wadirabi": ("town", "LY", 32.770, 13.370, "Wadi al-Rabie"),                           # K (gazetteer row at the city point)
 # qdf2 Zawiya (Lebanon24)
 "zawiya": ("city", "LY", 32.75710, 12.72764, "Zawiya"),                                # G
 "beirut": ("city", "LB", 33.89332, 35.50157, "Beirut"),                                # G
 "harsha": ("town", "LY", 32.76472, 12.67389, "Al Harsha"),                             # G
 "sabratha": ("town", "LY", 32.79335, 12.48845, "Sabratha"),                            # G
 "zawiya_ref": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery and oil terminal"),  # G
 "tripoli_lb": ("city", "LB", 34.43352, 35.84415, "Tripoli (Lebanon)"),                 # G
 "north_lb": ("region", "LB", 34.09969, 36.06205, "Northern Lebanon"),                  # G
 "janzour": ("city", "LY", 32.81868, 13.01727, "Janzour"),                              # G
 "maya": ("town", "LY", 32.80194, 12.87917, "Al Maya"),                                 # G
 "misrata_port": ("crossing", "LY", 32.365, 15.210, "Port of Misrata (Qasr Ahmed)"),     # K
 "judaim": ("town", "LY", 32.78000, 12.80000, "Judaim"),                                # G
 "zawiya_mun": ("district", "LY", 32.75710, 12.72764, "Zawiya municipality"),           # G* (city row)
 "rasajdir": ("crossing", "LY", 33.15000, 11.56000, "Ras Ajdir border crossing"),       # G* (row منفذ رأس جدير)
 "border_tn": ("region", "LY", 31.59915, 10.45602, "Libya-Tunisia border"),             # G* (row الحدود الليبية التونسية)
 "westcoast": ("region", "LY", 32.70716, 12.27257, "Western coast of Libya"),           # G
 # qdf3 Sabha (Al-Sudani)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "south_ly": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                    # G* (row جنوب ليبيا)
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                         # G
 "tayuri": ("town", "LY", 27.03766, 14.42832, "Al-Tayouri (Sabha)"),                    # G (row at the city point)
 "manshiya": ("town", "LY", 27.03766, 14.42832, "Al Manshiya (Sabha)"),                 # G (row at the city point)
 "brak_base": ("base", "LY", 27.65300, 14.26400, "Brak Air Base"),                      # G
 "sabha_castle": ("base", "LY", 27.03766, 14.42832, "Sabha Castle (Fort Elena)"),       # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "uweinat_tri": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),  # G
 "ummalaranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                    # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "border_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "sabha_dist": ("district", "LY", 27.03149, 15.06865, "Sabha district"),                # G* (district row سبها)
 "sharara": ("oilfield", "LY", 26.55000, 12.22000, "El Sharara oil field"),             # G
 # qdf4 Derna (Sada El Balad)
 "derna": ("city", "LY", 32.76704, 22.63669, "Derna"),                                  # G
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                  # G
 "shiha": ("town", "LY", 32.76704, 22.63669, "Shiha (Derna)"),                          # G (row at the city point)
 "babtobruk": ("town", "LY", 32.76704, 22.63669, "Bab Tobruk (Derna)"),                 # G (row at the city point)
 "minya_gov": ("district", "EG", 28.18109, 30.10272, "Al Minya governorate"),           # G
 "sallum_crossing": ("crossing", "EG", 31.60968, 25.04999, "Sallum land port"),         # G* (row منفذ امساعد, country EG)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "bayda": ("city", "LY", 32.76272, 21.75506, "Al Bayda"),                               # G
 "qubba": ("town", "LY", 32.75684, 22.24106, "Al Qubbah"),                              # G
 "fataih": ("town", "LY", 32.750, 22.700, "Al Fataih (Derna)"),                         # K (gazetteer row at the city point)
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 "abraq_airport": ("airport", "LY", 32.78870, 21.96430, "La Abraq Airport"),            # G
 "tobruk_naval": ("base", "LY", 32.08963, 23.95385, "Tobruk Naval Base"),               # G
 "derna_port": ("crossing", "LY", 32.768, 22.648, "Port of Derna"),                     # K
 "jabal_akhdar": ("district", "LY", 32.02519, 21.79830, "Al Jabal al Akhdar"),          # G
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya (Cyrenaica)"),          # G* (row برقة)
 # qdf5 Qasr bin Ghashir and the airport road (Ammon)
 "amman": ("city", "JO", 31.95522, 35.94503, "Amman"),                                  # G
 "sawani": ("town", "LY", 32.71667, 13.06667, "As Sawani"),                             # G
 "garabulli": ("town", "LY", 32.74506, 13.71467, "Qasr al Qarabulli"),                  # G (row القره بوللي, alias القربوللي)
 "tajoura": ("city", "LY", 32.88167, 13.35056, "Tajura"),                               # G
 "zintan": ("town", "LY", 31.93155, 12.25291, "Zintan"),                                # G
 "aziziya": ("town", "LY", 32.53194, 13.01750, "Al Aziziyah"),                          # G
 "sabia": ("town", "LY", 32.600, 13.220, "Al Sabiaa"),                                  # K
 "warshefana": ("region", "LY", 32.650, 12.950, "Warshefana"),                          # K
 "west_region": ("region", "LY", 30.79644, 14.18653, "Western region (Tripolitania)"),  # G* (row إقليم طرابلس)
}

TRAPS = {
 "qdf1": ["القدس العربي", "الطرابلسي", "كتيبة ثوار طرابلس", "عملية بركان الغضب", "الجيش الوطني الليبي", "الزنتانية"],
 "qdf2": ["لبنان 24", "لبناني", "الليبية", "زاوية أخرى"],
 "qdf3": ["السوداني", "عمر الإدريسي", "حركة تحرير السودان", "الجيش الوطني الليبي", "السودانيين"],
 "qdf4": ["صدى البلد", "إدريس الشاعري", "مجلس شورى مجاهدي درنة", "عملية الكرامة", "طارق بن زياد", "الجيش الوطني الليبي", "مصريون",
          "المصريين", "الليبية"],
 "qdf5": ["عمون", "مستشفى الخضراء العام", "الأردنية", "الليبية"],
}

PHEN = {
 "qdf1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "coverage_bases", "coverage_neighbours", "countries"],
 "qdf2": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_tripoli",
          "vague_area", "border_phrase", "town_vs_district", "coverage_oil", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qdf3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qdf4": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_country_capital",
          "ambiguity_idri", "vague_area", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qdf5": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "ambiguity_country_capital",
          "vague_area", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qdf1": [
  mv("deploy", "reported", "GNA forces", ["ترهونة"], ["خلة الفرجان"], ["قصر بن غشير"]),
  mv("withdraw", "denied", "GNA forces", ["معسكر اليرموك"]),
  mv("deploy", "planned", "GNA forces", [], ["وادي الربيع", "عين زارة"]),
  mv("advance", "conditional", "Zintan forces", ["مطار طرابلس الدولي"], ["صلاح الدين"]),
 ],
 "qdf2": [
  mv("shipment", "reported", None, ["صبراتة"], ["الحرشة"]),
  mv("reinforce", "reported", "GNA forces", ["طرابلس"], ["جودائم"], ["جنزور", "الماية"]),
  mv("withdraw", "denied", "GNA forces", ["مصفاة الزاوية"]),
  mv("redeploy", "planned", "GNA forces", ["جودائم"], ["الحرشة"]),
  mv("naval_landing", "conditional", "Misrata forces", ["ميناء مصراتة"], ["الزاوية"]),
 ],
 "qdf3": [
  mv("reinforce", "reported", "Libyan National Army", ["قاعدة براك الجوية"], ["سبها"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["قاعدة تمنهنت"]),
  mv("redeploy", "planned", "Libyan National Army", ["قلعة سبها"], ["مطار سبها"]),
  mv("withdraw", "conditional", "Libyan National Army", [], ["براك"]),
  mv("mobilise", "denied", "Sudanese armed groups", [], ["أم الأرانب"]),
 ],
 "qdf4": [
  mv("reinforce", "reported", "Libyan National Army", ["بنغازي"], ["درنة"], ["البيضاء", "القبة"]),
  mv("withdraw", "denied", "Libyan National Army", ["الفتائح"]),
  mv("deploy", "planned", "Libyan National Army", [], ["شيحا", "باب طبرق"]),
  mv("airlift", "conditional", "Libyan National Army", ["قاعدة بنينا"], ["مطار الأبرق"]),
  mv("naval_landing", "planned", "Libyan National Army", ["قاعدة طبرق البحرية"], ["ميناء درنة"]),
 ],
 "qdf5": [
  mv("deploy", "reported", "Misrata forces", ["مصراتة"], ["قصر بن غشير"], ["القربوللي", "تاجوراء"]),
  mv("shipment", "reported", "Misrata forces", ["مصراتة"], ["قصر بن غشير"]),
  mv("advance", "conditional", "Misrata forces", ["قصر بن غشير"], ["مطار طرابلس الدولي"]),
  mv("mobilise", "denied", "Zintan forces", [], ["العزيزية"]),
  mv("withdraw", "planned", "GNA forces", ["السبيعة"], ["ترهونة"]),
 ],
}

NOTES = {
 "qdf1": "Night gunfire in Tripoli's southern suburbs told next morning by residents and Abu Salim trauma hospital: a "
         "444 Brigade column Tarhuna→Khallet al-Furjan via Qasr bin Ghashir seen at dawn; the MoD's afternoon denial of "
         "a pull-out from Yarmouk camp; a planned dispute-resolution force in Wadi al-Rabie and Ain Zara; Zintani "
         "fighters near the old international airport will advance on Salah al-Din only if attacked. Tunisia (casualties "
         "evacuated), Mitiga (delayed flights) and the 2019-war background are not movement places.",
 "qdf2": "Zawiya after a third night of fire (Beirut-based site, a Lebanese engineer from Tripoli in north Lebanon): a GS "
         "column Tripoli→Judaim bridge via Janzour and Al-Maya at first light; the Petroleum Facilities Guard denies "
         "leaving the refinery's perimeter; a planned deployment in Al-Harsha; Misrata's Joint Force would come to "
         "Zawiya only on a Presidential Council request. Sabratha (road direction), Ras Jdir and the Tunisian border "
         "(civilian trucks, smuggling) are not movement places.",
 "qdf3": "Sabha after night clashes in Al-Tayouri and Al-Manshiya (Sudanese daily, Port Sudan): an LNA 128 Brigade column "
         "Brak air base→Sabha; a planned company Sabha castle→Sabha airport; the column will return to Brak once order is "
         "restored (conditional, no origin written); the RSF denies 200 fighters crossing the Uweinat triangle→Umm "
         "al-Aranib. Fezzan/Sudanese border (ex-fighters employed as guards) and Sharara (closure) are not movement places.",
 "qdf4": "Derna after a night of gunfire in Shiha and Bab Tobruk (Egyptian site, Cairo; Egyptian workers by phone): Tariq "
         "bin Ziyad columns Benghazi→Derna via Al-Bayda and Al-Qubba at dawn; an afternoon denial of a battalion pull-out "
         "from Al-Fataih; military police planned in Shiha and Bab Tobruk; conditional reinforcements Tobruk→Derna if "
         "firing resumes. Minya (worker's origin), Egypt/Sallum land port (workers thinking of leaving) and the 2018 "
         "background are not movement places.",
 "qdf5": "Mortar night on the airport road south of Tripoli (Jordanian site, Amman): the Misrata Joint Force reaches Qasr "
         "bin Ghashir at dawn from Misrata via Garabulli and Tajoura; it will advance to the old airport if armed groups "
         "do not leave in 72 hours (conditional); Zintan denies massing 50 vehicles in Al-Aziziyah; a planned 444 Brigade "
         "pull-back Al-Sabiaa→Tarhuna. Jordan (citizens), Sawani, Warshefana and the western region are not movement "
         "places.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qdf1", "qdf2", "qdf3", "qdf4", "qdf5")
