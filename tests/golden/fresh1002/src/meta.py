# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "russia": ("country", "RU", 53.12573, 99.33572, "Russia"),                             # G
 # Niger (Kawar, Djado, Agadez)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_reg": ("district", "NE", 19.42135, 10.68918, "Agadez Region"),                 # G* (row district:NE-1, written ولاية أغاديس)
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),   # G
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "dirkou_airport": ("airport", "NE", 18.96870, 12.86870, "Dirkou Airport"),             # G
 "bilma": ("town", "NE", 18.68532, 12.91643, "Bilma"),                                  # G (row بيلما)
 "fachi": ("town", "NE", 18.09793, 11.58591, "Fachi"),                                  # G
 "seguedine": ("village", "NE", 20.19485, 12.96086, "Seguedine"),                       # G
 "chirfa": ("village", "NE", 20.95000, 12.33330, "Chirfa"),                             # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "madama": ("base", "NE", 21.95000, 13.65000, "Madama military post"),                 # G
 "kawar": ("region", "NE", 18.90000, 12.90000, "Kawar"),                                # G (row كوار)
 "tenere": ("region", "NE", 17.58330, 10.91670, "Tenere desert"),                       # G
 "nguigmi": ("town", "NE", 14.2497, 13.1092, "N'Guigmi"),                               # K
 "border_ne_ly": ("region", "NE", 22.3, 13.8, "Niger-Libya border (Niger side)"),       # K
 "border_ne_td": ("region", "NE", 18.35106, 15.48017, "Niger-Chad border (Niger side)"),  # G* (row الحدود النيجرية التشادية)
 # Chad (Borkou, Tibesti, Ennedi, Lac)
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                           # G (row نجامينا)
 "adji": ("base", "TD", 12.13370, 15.03400, "Adji Kossei Air Base"),                    # G
 "faya": ("town", "TD", 17.92570, 19.10428, "Faya-Largeau"),                            # G
 "faya_airport": ("airport", "TD", 17.91710, 19.11110, "Faya-Largeau Airport"),         # G
 "fada": ("town", "TD", 17.19186, 21.58081, "Fada"),                                    # G (row فدا)
 "ennedi": ("region", "TD", 17.04167, 21.86278, "Ennedi"),                              # G
 "borkou_prov": ("district", "TD", 18.98295, 18.31207, "Borkou Province"),              # G
 "tibesti": ("region", "TD", 20.80000, 17.80000, "Tibesti"),                            # G
 "tibesti_prov": ("district", "TD", 20.30159, 16.62370, "Tibesti Province"),            # G* (row تبستي TD-TI)
 "zouar": ("town", "TD", 20.45833, 16.52778, "Zouar"),                                  # G
 "bardai": ("town", "TD", 21.35468, 17.00158, "Bardai"),                                # G
 "aozou": ("town", "TD", 21.83750, 17.42750, "Aozou"),                                  # G
 "wour": ("village", "TD", 21.36670, 15.98330, "Wour"),                                 # G
 "kouri": ("region", "TD", 21.50000, 17.00000, "Kouri Bougoudi gold area"),             # G
 "border_td_ly": ("region", "TD", 22.0, 17.6, "Chad-Libya border (Chad side)"),         # K
 "lake_chad": ("region", "TD", 13.30000, 14.40000, "Lake Chad"),                        # G
 "lac_prov": ("district", "TD", 13.75991, 14.16689, "Lac Province"),                    # G
 "bol": ("town", "TD", 13.4586, 14.7147, "Bol"),                                        # K
 # Libya and Sudan
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "umm_aranib": ("town", "LY", 26.13386, 14.73720, "Umm al Aranib"),                     # G
 "tajarhi": ("village", "LY", 24.26222, 14.56028, "Tajarhi"),                           # G (row تجرهي)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                              # G
}

TRAPS = {
 "qlp1": ["تيلي ساحل", "القوات المسلحة النيجرية", "الليبية", "الليبي", "تحالف دول الساحل"],
 "qlp2": ["أنجمينا بي-إيبدو", "الجيش الوطني التشادي", "جبهة الوفاق من أجل التغيير في تشاد", "محمد إدريس ديبي",
          "الليبية", "الزوار"],
 "qlp3": ["ساحل ديمانش", "درع كاوار", "القوات المسلحة النيجرية", "الجيش الوطني الليبي", "ليبية", "فاشية"],
 "qlp4": ["دونيا تي في", "نيجرية", "تشادية", "النيجري", "التشادي", "الليبية", "الليبي", "تحالف دول الساحل"],
 "qlp5": ["دجا إف إم", "مجلس القيادة العسكرية لإنقاذ الجمهورية", "الليبية", "تشادية", "سودانية", "بوكو حرام",
          "محمد إدريس ديبي"],
}

PHEN = {
 "qlp1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlp2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
          "nisba", "ambiguity_idri", "vague_area", "coverage_neighbours", "countries"],
 "qlp3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
          "vague_area", "town_vs_district", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlp4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "town_vs_district",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries"],
 "qlp5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "ambiguity_idri", "vague_area", "border_phrase", "coverage_bases", "coverage_neighbours", "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qlp1": [
  mv("reinforce", "reported", "Nigerien army", ["أغاديس"], ["ديركو"], ["صحراء تينيري"]),
  mv("airlift", "planned", "Nigerien army", ["نيامي"], ["مطار ديركو"]),
  mv("advance", "conditional", "Nigerien army", ["سيغيدين"], ["الحدود مع ليبيا"]),
  mv("withdraw", "denied", "Nigerien army", ["قاعدة ماداما"], ["ديركو"]),
  mv("mobilise", "reported", None, [], ["منفذ التوم"]),
 ],
 "qlp2": [
  mv("reinforce", "reported", "Chadian army", ["فايا لارجو"], ["زوار"]),
  mv("deploy", "planned", "Chadian army", ["زوار"], ["كوري بوقودي"]),
  mv("advance", "conditional", "Chadian army", [], ["القطرون"]),
  mv("withdraw", "denied", "Chadian army", ["أوزو"], ["برداي"]),
  mv("advance", "reported", "Chadian armed groups", ["أم الأرانب"], ["وور"]),
 ],
 "qlp3": [
  mv("deploy", "reported", "Nigerien army", ["ديركو"], ["شيرفا"]),
  mv("withdraw", "reported", None, [], ["منفذ التوم"]),
  mv("redeploy", "planned", "Nigerien army", ["أرليت"], ["جادو"]),
  mv("shipment", "reported", "Nigerien army", ["ديركو"], ["شيرفا"]),
  mv("withdraw", "conditional", "Nigerien army", ["جادو"]),
  mv("advance", "denied", "Libyan National Army", ["القطرون"], ["جادو"], ["منفذ التوم"]),
 ],
 "qlp4": [
  mv("deploy", "reported", "Chadian army", ["وور"], ["قاعدة ماداما"]),
  mv("redeploy", "reported", "Nigerien army", ["انغيغمي"], ["ديركو"], ["بلما"]),
  mv("shipment", "planned", "Nigerien army", ["ديركو"], ["ماداما"]),
  mv("advance", "conditional", "Nigerien army", [], [], ["منفذ التوم"]),
  mv("airlift", "denied", "Russian forces", ["نيامي"], ["مطار أغاديس"]),
 ],
 "qlp5": [
  mv("airlift", "reported", "Chadian army", ["قاعدة أدجي كوسي الجوية"], ["مطار فايا لارجو"]),
  mv("deploy", "planned", "Chadian army", ["مطار فايا لارجو"], ["برداي"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["التجرهي"]),
  mv("advance", "planned", "Chadian armed groups", ["التجرهي"], ["كوري بوقودي"]),
  mv("advance", "denied", "Chadian army", [], ["التجرهي"]),
  mv("reinforce", "conditional", "Chadian army", ["برداي"], ["أوزو"]),
  mv("naval_landing", "reported", "Chadian army", ["بول"], ["بحيرة تشاد"]),
 ],
}

NOTES = {
 "qlp1": "Nigerien state TV (Télé Sahel) reads a defence-ministry statement from Niamey (dateline only): a 60-vehicle "
         "column Agadez→Dirkou across the Ténéré, a planned C-130 airlift of special forces Niamey→Dirkou airport, "
         "a conditional advance Séguédine→the border with Libya (Niger side), a denied pull-out Madama base→Dirkou "
         "(bare «ماداما» in the quote is the same place, no new move) and rebels reported massing near the Toummo "
         "crossing (actor null); Bilma (caravans, the source), Tiani's visit to Agadez, Agadez as a distance "
         "reference, Kawar, Southern Libya and Libya as the migrants' goal are not movement places.",
 "qlp2": "Chadian biweekly (N'Djamena Bi-Hebdo, whose name contains N'Djamena) from Faya: a 40-vehicle Chadian army "
         "column Faya-Largeau→Zouar after a clash with gold miners near Kouri Bougoudi, a planned company from that "
         "force (anaphora → Zouar) to Kouri Bougoudi, a conditional crossing towards Al Qatrun, a denied pull-back "
         "Aozou→Bardaï (rumours «in N'Djamena» only the source) and FACT rebels reported infiltrating Umm al-Aranib"
         "→Wour; «الزوار» (visitors) contains Zouar, Idriss Déby contains إدري, civilian caravans from Faya are no move.",
 "qlp3": "Nigerien state weekly (Sahel Dimanche) from Agadez on the Djado gold fields: a unit of the Dirkou battalion "
         "deployed to Chirfa, armed miners fleeing north towards the Toummo crossing (actor null), a planned company "
         "Arlit→Djado, a supply convoy Dirkou→Chirfa (shipment), a conditional withdrawal from Djado and a denied LNA "
         "patrol Al Qatrun→Djado via Toummo; operation «درع كاوار» holds Kawar (gold later as an MP's constituency), "
         "«فاشية» holds Fachi, Agadez region beside the Agadez dateline; Chad, Sudan, Niger, Libya are background.",
 "qlp4": "Nigerien private TV (Dounia) from Niamey on joint Niger–Chad patrols: a Chadian detachment Wour→Madama base, a "
         "Nigerien battalion N'Guigmi (on Lake Chad)→Dirkou via Bilma, a planned fuel-and-ammunition convoy Dirkou→"
         "Madama, a conditional entry into Libya through the Toummo crossing (via only) and a denied Russian airlift "
         "Niamey→Agadez airport; the patrol area «من الحدود مع تشاد حتى منفذ التوم», the N'Djamena signing, Niamey and "
         "N'Djamena as governments, Russia, Agadez region–Sabha smuggling are not movement places.",
 "qlp5": "Chadian private radio (Dja FM) midday bulletin from N'Djamena: an airlift Adji Kossei air base→Faya-Largeau "
         "airport with the troops going on to Bardaï (planned), CCMSR rebels massing near Tajarhi and planning an "
         "advance on Kouri Bougoudi, a denied Chadian crossing towards Tajarhi, a conditional reinforcement Bardaï→Aozou "
         "(the border with Libya only the condition; Aozou also a distance reference) and a Lake Chad landing from Bol; "
         "Darfur, Tibesti, Déby's visit to Faya and Fada, Borkou/Tibesti/Ennedi bases plan are background.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qlp1", "qlp2", "qlp3", "qlp4", "qlp5")
