# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 # shared
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "ubari": ("town", "LY", 26.59034, 12.77511, "Ubari"),                                  # G
 "fezzan": ("region", "LY", 25.89116, 14.37312, "Fezzan"),                              # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 # qjl1 Djazair News, Illizi
 "illizi": ("town", "DZ", 26.48333, 8.46667, "Illizi"),                                 # G
 "illizi_prov": ("district", "DZ", 26.97285, 7.86520, "Illizi Province"),               # G
 "tinalkoum": ("crossing", "DZ", 24.80000, 10.10000, "Tin Alkoum border crossing"),     # G* (row منفذ إيسين, country DZ)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "ouargla": ("city", "DZ", 31.94932, 5.32502, "Ouargla"),                               # G
 "border_dz": ("region", "DZ", 25.3, 9.8, "Algeria-Libya border (Algerian side)"),      # K
 "tassili": ("region", "DZ", 25.50000, 9.00000, "Tassili n'Ajjer"),                     # G* (row تاسيلي ناجر)
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (row الجزائر, city)
 "awaynat": ("town", "LY", 25.78123, 10.56133, "Al Awaynat"),                           # G
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 # qjl2 Zahraa Chinguetti, Niamey
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                       # G* (row صحراء تينيري)
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama"),                                # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G* (row منفذ التوم)
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                        # G
 "border_ne": ("region", "NE", 22.0, 13.9, "Niger-Libya border (Nigerien side)"),       # K
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "zinder": ("city", "NE", 13.80716, 8.98810, "Zinder"),                                 # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما)
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 # qjl3 LANA, Sabha
 "ghuddwa": ("town", "LY", 26.43000, 14.28000, "Ghuddwa"),                              # G
 "border_ly_ne": ("region", "LY", 23.17309, 13.69860, "Libya-Niger border (Libyan side)"),  # G* (row الحدود الليبية النيجرية)
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G
 "brak": ("town", "LY", 27.54956, 14.27139, "Brak"),                                    # G
 "shati": ("district", "LY", 27.89104, 12.89308, "Wadi al Shatii"),                     # G
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador triangle"),                 # G
 "tamanhint": ("base", "LY", 27.24010, 14.65630, "Tamanhint Air Base"),                 # G
 "idri": ("town", "LY", 27.44707, 13.05173, "Idri"),                                    # G
 "murzuq": ("town", "LY", 25.91552, 13.91839, "Murzuq"),                                # G
 "sabha_airport": ("airport", "LY", 26.98700, 14.47250, "Sabha Airport"),               # G
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                       # G* (row قاعدة بنينا الجوية)
 # qjl4 Alwihda, N'Djamena
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena International Airport"),  # G (row مطار إنجامينا)
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi"),                       # G (row كوري بوقودي)
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G (row فايا لارجو)
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G (row مطار فايا لارجو)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G* (row تبستي)
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti Mountains"),                  # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا)
 "borkou": ("district", "TD", 18.98295, 18.31207, "Borkou"),                            # G
 "ounianga": ("town", "TD", 19.05263, 20.48887, "Ounianga Kebir"),                      # G (row أونيانقا كبير)
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                  # G
 "border_td": ("region", "TD", 20.8, 20.0, "Chad-Libya border (Chadian side)"),         # K
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 # qjl5 Maaal, Tripoli
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                              # G
 "ghadames": ("town", "LY", 30.13366, 9.50072, "Ghadames"),                             # G
 "nalut": ("town", "LY", 31.86848, 10.98120, "Nalut"),                                  # G
 "debdeb": ("town", "DZ", 29.96750, 9.42389, "Debdeb"),                                 # G
 "shwerif": ("town", "LY", 29.92428, 14.21152, "Ash Shwayrif"),                         # G
 "zawiya_refinery": ("oilfield", "LY", 32.77500, 12.70000, "Zawiya refinery"),          # G
 "daraj": ("town", "LY", 30.16502, 10.45804, "Daraj"),                                  # G
 "misrata": ("city", "LY", 32.37535, 15.09254, "Misrata"),                              # G
 "abu_kammash": ("town", "LY", 33.07000, 11.79000, "Abu Kammash"),                      # G
 "abu_sitta": ("base", "LY", 32.88743, 13.18733, "Abu Sitta Naval Base"),               # G
 "farwa": ("region", "LY", 33.10000, 11.73000, "Farwa Island"),                         # G
}

TRAPS = {
 "qjl1": ["الجزائر نيوز", "الجيش الوطني الشعبي", "الناحية العسكرية الرابعة", "عملية تاسيلي 2026", "ليبية", "جزائرية",
          "المبالغات", "غرامات مالية", "أحمد الغاتي"],
 "qjl2": ["زهرة شنقيط", "الجيش الوطني الليبي", "المنطقة العسكرية سبها", "النيجري", "الليبية", "الليبي",
          "صوت الساحل"],
 "qjl3": ["اللواء طارق بن زياد المعزز", "الجيش الوطني الليبي", "وكالة الأنباء الليبية", "إدريس الفيتوري",
          "شركة البريقة لتسويق النفط", "الليبيين"],
 "qjl4": ["الجيش التشادي", "الجيش الوطني التشادي", "تشادية", "الوحدة", "محمد إدريس ديبي",
          "جبهة التناوب والوفاق في تشاد", "الليبية"],
 "qjl5": ["مال", "الجزائرية", "جزائرية", "ليبياً", "مصرف ليبيا المركزي", "الجيش الوطني الليبي", "فتحي الطرابلسي"],
}

PHEN = {
 "qjl1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_country_capital", "vague_area", "border_phrase", "town_vs_district", "coverage_crossings",
          "coverage_neighbours", "countries"],
 "qjl2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area", "border_phrase",
          "town_vs_district", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qjl3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_idri",
          "vague_area", "border_phrase", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "qjl4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_tripoli", "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district",
          "coverage_neighbours", "countries"],
 "qjl5": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
          "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_bases", "coverage_oil",
          "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qjl1": [
  mv("shipment", "reported", None, ["غات"], ["تين الكوم"]),
  mv("reinforce", "reported", "Algerian army", ["ورقلة"], ["جانت"], ["إليزي"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["معبر تين الكوم"]),
  mv("withdraw", "conditional", "Algerian army", ["جانت"], ["ورقلة"]),
  mv("advance", "denied", "Algerian army", [], ["العوينات"]),
 ],
 "qjl2": [
  mv("reinforce", "reported", None, ["أغاديس"], ["ديركو"]),
  mv("shipment", "reported", None, ["القطرون"], ["ماداما"], ["معبر تومو"]),
  mv("redeploy", "planned", "Libyan National Army", ["قاعدة الويغ"], ["معبر تومو"]),
  mv("advance", "conditional", None, ["ديركو"], ["الحدود مع ليبيا"]),
  mv("mobilise", "reported", None, [], ["سيغيدين"]),
  mv("shipment", "denied", None, [], ["أرليت"]),
 ],
 "qjl3": [
  mv("deploy", "reported", "Libyan National Army", ["سبها"], ["أم الأرانب"], ["غدوة"]),
  mv("shipment", "reported", None, ["براك"], ["تجرهي"]),
  mv("deploy", "planned", "Libyan National Army", ["القطرون"], ["مثلث السلفادور"]),
  mv("mobilise", "reported", None, [], ["مثلث السلفادور"]),
  mv("airlift", "reported", "Libyan National Army", ["قاعدة بنينا"], ["مطار سبها"]),
  mv("reinforce", "conditional", "Libyan National Army", ["قاعدة تمنهنت"], ["تجرهي"]),
  mv("shipment", "denied", None, ["إدري"], ["النيجر"]),
 ],
 "qjl4": [
  mv("reinforce", "reported", None, ["فايا"], ["كوري بوقدي"], ["زوار"]),
  mv("shipment", "reported", None, ["الكفرة"], ["أونيانغا كبير"]),
  mv("airlift", "planned", None, ["مطار أنجمينا"], ["مطار فايا"]),
  mv("withdraw", "conditional", None, ["كوري بوقدي"]),
  mv("advance", "denied", "Chadian armed groups", ["أم الأرانب"], ["تيبستي"]),
 ],
 "qjl5": [
  mv("deploy", "reported", "GNA forces", ["طرابلس"], ["غدامس"], ["نالوت"]),
  mv("shipment", "reported", None, ["مصفاة الزاوية"], ["الشويرف"]),
  mv("redeploy", "conditional", "GNA forces", ["نالوت"], ["درج"]),
  mv("shipment", "denied", None, [], ["الجزائر"], ["غدامس"]),
  mv("deploy", "planned", "Libyan National Army", [], ["سبها", "أوباري"]),
  mv("naval_landing", "reported", "GNA forces", ["قاعدة أبوستة البحرية"], ["أبو كماش"]),
  mv("naval_landing", "planned", "GNA forces", [], ["جزيرة فروة"]),
 ],
}

NOTES = {
 "qjl1": "Algerian daily (Djazair News) from Illizi: a smugglers' convoy from Ghat (Libya) stopped near Tin Alkoum "
         "(shipment, actor null), 4th-region reinforcements Ouargla→Djanet via Illizi, a planned company Djanet→the "
         "Tin Alkoum crossing, a conditional return Djanet→Ouargla ('لن تعود ... إلا إذا') and a denied patrol "
         "incursion near Al-Awaynat (Libya); Tassili also inside the operation name, Ghat inside 'المبالغات' and the "
         "MP 'الغاتي', Mali inside 'غرامات مالية', Algiers written 'الجزائر العاصمة' beside the outlet 'الجزائر نيوز'; "
         "Niger, Mali, Tamanrasset and the Illizi province are background only.",
 "qjl2": "Mauritanian site (Zahraa Chinguetti, whose name holds the town Chinguetti) from Niamey: a Nigerien battalion "
         "Agadez→Dirkou (actor null), a tanker convoy Al Qatrun→near Madama via the Toummo crossing (spelled 'معبر "
         "تومو'), a planned LNA redeployment Al Wigh base→Toummo ('ستعيد نشر'), a conditional Nigerien advance Dirkou→"
         "the border with Libya, armed smugglers massing near Seguedine, and a denied fuel convoy into Arlit by the "
         "Agadez governor; 'المنطقة العسكرية سبها' is an LNA command (trap), Niamey as the government, Zinder, Bilma, "
         "Chad and Mali are background.",
 "qjl3": "Libyan state agency (LANA) item from Sabha: an LNA company Sabha→Umm al-Aranib via Ghuddwa, nine fuel-and-flour "
         "trucks from Brak (Wadi al-Shati) seized near Tajarhi, a planned company Al Qatrun→the Salvador triangle where "
         "smugglers' cars are massing ('في المنطقة'), an LNA cargo flight Benina base→Sabha airport, a conditional "
         "reinforcement Tamanhint base→Tajarhi, and a denied smugglers' tanker convoy Idri→Niger (the spokesman's name "
         "إدريس holds إدري); Fezzan, Sabha, Ubari, Murzuq, the Zawiya refinery, Chad and Libya at the end are background.",
 "qjl4": "Chadian site (Alwihda, 'الوحدة', also a common word) from N'Djamena: a Chadian column Faya→Kouri Bougoudi via "
         "Zouar (actor null), six trucks from Kufra seized near Ounianga Kebir, a planned airlift N'Djamena airport→Faya "
         "airport, a conditional pull-out from Kouri Bougoudi, and FACT's denial of fighters moving Umm al-Aranib→Tibesti "
         "(Chadian armed groups); Tibesti province vs the Tibesti mountains, President Mahamat Idriss Deby (إدري inside), "
         "the Chad–Libya border, Faya's traders and the minister's talks in Tripoli and Benghazi are background.",
 "qjl5": "Saudi economic paper (Maaal, 'مال' = money) from Tripoli: a GNU border-guard force Tripoli→Ghadames via Nalut, "
         "18 tankers from the Zawiya refinery stopped at Ash-Shwayrif, a conditional redeployment Nalut→Daraj, a denied "
         "crossing of 40 tankers into Algeria via Ghadames (Algiers only where the papers are printed), a planned LNA "
         "deployment at the fuel depots of Sabha and Ubari, a coast-guard landing Abu Sitta naval base→Abu Kammash and a "
         "planned landing on Farwa island; Debdeb (roads leading to it), Fezzan, Niger, Chad, Tripoli and Misrata at the "
         "end are background; 'ليبياً', 'مصرف ليبيا المركزي' and the director 'الطرابلسي' hold Libya and Tripoli.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qjl1", "qjl2", "qjl3", "qjl4", "qjl5")
