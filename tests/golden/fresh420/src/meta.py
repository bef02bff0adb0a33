# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "colombia": ("country", "CO", 4.11393, -72.58636, "Colombia"),                             # G
 "kuwait": ("country", "KW", 29.31426, 47.41833, "Kuwait"),                                 # G (country row, not Kuwait City)
 # capitals and cities used in several articles
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G* (city row spelled نجامينا)
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "djibouti_city": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                    # G
 # Darfur / Sudan
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                      # G
 "north_kordofan": ("district", "SD", 14.01653, 29.52416, "North Kordofan"),                # G
 "kordofan": ("region", "SD", 13.00000, 29.80000, "Kordofan"),                              # K representative point
 "tina_sd": ("town", "SD", 15.03000, 22.83000, "Tina (Sudan)"),                             # K
 "tina_loc": ("district", "SD", 15.03000, 22.83000, "Tina locality"),                       # K (same point as the town)
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "geneina": ("city", "SD", 13.45262, 22.44725, "Al-Junaynah (El Geneina)"),                 # G
 "geneina_airport": ("airport", "SD", 13.48160, 22.46720, "El Geneina Airport"),            # K
 "nyala": ("city", "SD", 12.04888, 24.88069, "Nyala"),                                      # G
 "zalingei": ("town", "SD", 12.90918, 23.47058, "Zalingei"),                                # G
 "jebel_marra": ("region", "SD", 12.95000, 24.27000, "Jebel Marra"),                        # K
 "border_sd_td": ("region", "SD", 13.45000, 22.30000, "Sudan-Chad border (Sudanese side, near Adre)"),  # K
 "fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                                 # G
 "fasher_airport": ("airport", "SD", 13.61490, 25.32460, "El Fasher Airport"),              # K
 "tawila": ("town", "SD", 13.50000, 24.80000, "Tawila"),                                    # K
 "bara": ("town", "SD", 13.70000, 30.36700, "Bara"),                                        # K
 "um_keddada": ("town", "SD", 13.60000, 26.69000, "Umm Keddada"),                           # K
 "el_obeid": ("city", "SD", 13.18420, 30.21670, "El Obeid"),                                # K
 "heglig": ("oilfield", "SD", 9.99944, 29.39861, "Heglig oil field"),                       # K (public reference search)
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 # eastern Chad
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                        # G
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                      # G
 "wadi_fira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira"),                          # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                           # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adré"),                                        # G
 "adre_crossing": ("crossing", "TD", 13.46500, 22.21500, "Adré border crossing"),           # K
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                    # G
 "abeche_base": ("base", "TD", 13.84700, 20.84440, "Abéché air base"),                      # K (co-located with the airport)
 "abeche_airport": ("airport", "TD", 13.84700, 20.84440, "Abéché Airport"),                 # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "amdjarass_airport": ("airport", "TD", 16.07000, 22.84500, "Amdjarass Airport"),           # K
 # Somalia
 "bosaso": ("city", "SO", 11.28420, 49.18160, "Bosaso"),                                    # K
 "bosaso_port": ("crossing", "SO", 11.29000, 49.19000, "Port of Bosaso"),                   # K
 # Libya's south-east
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_mun": ("district", "LY", 24.19890, 23.29093, "Kufra municipality"),                 # G* (town row)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G* (row قاعدة معطن السارة)
 "triangle": ("region", "LY", 21.98654, 24.69566, "Jebel Uweinat border triangle"),        # G
 "jebel_uweinat": ("region", "LY", 21.90000, 24.97000, "Jebel Uweinat"),                    # K
 "border_ly_sd": ("region", "LY", 20.81219, 24.86388, "Libya-Sudan border (Libyan side)"),  # G* (row الحدود الليبية السودانية)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "south_east_ly": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),              # G* (row جنوب شرق ليبيا)
 "benghazi_port": ("crossing", "LY", 32.10800, 20.04800, "Port of Benghazi"),               # K
}

SAG, LNA, FF = "Sudanese armed groups", "Libyan National Army", "Foreign fighters"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "pf1": ["راديو دبنقا", "حركة تحرير السودان", "التشادية", "التشادي", "السوداني"],
 "pf2": ["دارفور 24", "نسقي الجنينة", "محمد إدريس ديبي", "أدرى بشعابها", "السودانية", "التشادية", "تشادي"],
 "pf3": ["التغيير", "حركة جيش تحرير السودان", "السوداني"],
 "pf4": ["ألترا سودان", "محمد إدريس ديبي", "لا أدري", "اتفاق طرابلس", "التشادي", "التشادية", "تشادي", "الصومالي",
         "السودانيين", "الفرنسية", "ليبية"],
 "pf5": ["بوابة إفريقيا الإخبارية", "الجيش الوطني الليبي", "شارع طرابلس", "السوداني", "كولومبيين", "سوداني"],
}

PHEN = {
 "pf1": ["clitics", "spelling", "multiword", "operation_trap", "nisba", "vague_area", "border_phrase",
         "town_vs_district", "coverage_neighbours", "countries"],
 "pf2": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "pf3": ["clitics", "multiword", "operation_trap", "nisba", "ambiguity_country_capital", "vague_area",
         "coverage_oil"],
 "pf4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "coverage_bases",
         "coverage_crossings", "coverage_neighbours", "countries"],
 "pf5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}

MOVES = {
 "pf1": [
  mv("advance", "reported", SAG, ["مليط"], ["الطينة"], ["كتم"]),
  mv("withdraw", "denied", SAG, ["الطينة"], ["تيني"]),
  mv("mobilise", "conditional", SAG, [], ["طينة"]),
  mv("reinforce", "reported", None, ["إريبا"], ["تيني"]),
  mv("deploy", "planned", None, [], ["الحدود مع السودان"]),
 ],
 "pf2": [
  mv("airlift", "reported", SAG, ["نيالا"], ["مطار الجنينة"]),
  mv("redeploy", "reported", SAG, ["الجنينة"], ["زالنجي"]),
  mv("shipment", "denied", None, [], ["الجنينة"], ["معبر أدري"]),
  mv("deploy", "planned", SAG, [], ["الحدود مع تشاد"]),
  mv("reinforce", "conditional", None, ["أبشي"], ["أدري"]),
 ],
 "pf3": [
  mv("redeploy", "reported", SAG, ["الفاشر"], ["بارا"], ["أم كدادة"]),
  mv("withdraw", "denied", SAG, ["الفاشر"], ["كتم"]),
  mv("mobilise", "reported", SAG, [], ["طويلة"]),
  mv("advance", "planned", SAG, ["طويلة"], ["الفاشر"]),
  mv("airlift", "conditional", None, ["الأبيض"], ["مطار الفاشر"]),
 ],
 "pf4": [
  mv("reinforce", "reported", None, ["قاعدة أبشي الجوية"], ["أم جرس"], ["إريبا"]),
  mv("naval_landing", "reported", FF, [], ["ميناء بوصاصو"]),
  mv("airlift", "denied", FF, ["بوصاصو"], ["نيالا"], ["مطار أم جرس"]),
  mv("redeploy", "planned", None, ["إنجامينا"], ["أبشي"]),
  mv("deploy", "conditional", None, [], ["معبر أدري"]),
 ],
 "pf5": [
  mv("shipment", "denied", SAG, ["المالحة"], ["الكفرة"], ["وادي هور", "مثلث العوينات"]),
  mv("naval_landing", "denied", FF, [], ["ميناء بنغازي"]),
  mv("reinforce", "reported", LNA, ["الكفرة"], ["قاعدة معطن السارة الجوية"]),
  mv("deploy", "planned", LNA, [], ["الحدود مع السودان"]),
  mv("advance", "conditional", LNA, [], ["جبل العوينات"]),
 ],
}

NOTES = {
 "pf1": ("Radio Dabanga style, Tina/Tiné on the Chad-Sudan border: RSF advance Mellit->Tina via Kutum (reported); the joint "
         "force's denied pull-out Tina->Tiné; its conditional «النفير» in Tina (written طينة); a Chadian reinforcement "
         "Iriba->Tiné (reported); a planned Chadian battalion on the border with Sudan (Chadian side). Twin towns Tina (SD) "
         "and Tiné (TD); refugees crossing and a habitual supply accusation are not movements."),
 "pf2": ("Darfur24 style, Al-Junaynah and Adré: an RSF cargo flight Nyala->Geneina airport (reported), an RSF redeploy "
         "Geneina->Zalingei, a denied arms shipment via the Adré crossing to Geneina (no carrier named: actor null), a planned "
         "RSF deployment along the border with Chad (Sudanese side) and a conditional Chadian reinforcement Abéché->Adré. "
         "Traps: الجنينة 'the garden', أدرى بشعابها, إدريس; aid trucks and refugees are not movements."),
 "pf3": ("Al-Taghyeer style, Al-Fashir and Tawila: an RSF redeploy Al-Fashir->Bara via Umm Keddada (reported, told as "
         "«سحبت»), a denied full pull-out Al-Fashir->Kutum, the joint force massing in Tawila (reported), its planned "
         "advance Tawila->Al-Fashir and a conditional army airlift El Obeid->Al-Fashir airport. Djibouti as summit venue "
         "(city); drone strikes near Heglig and the displaced are not movements."),
 "pf4": ("Ultra Sudan style, Abéché and eastern Chad: a Chadian reinforcement Abéché air base->Amdjarass via Iriba "
         "(reported), Colombian fighters landed at Bosaso port (reported by a research group), their airlift "
         "Bosaso->Nyala via Amdjarass airport (denied by Chad), a planned armoured battalion N'Djamena->Abéché and a "
         "conditional gendarmerie deployment at the Adré crossing. Kuwait aid flight not a movement; اتفاق طرابلس, "
         "لا أدري, إدريس are traps."),
 "pf5": ("Afrigate News style, Kufra: the LNA denies RSF arms convoys Al Malha->Kufra via Wadi Howar and the Uweinat "
         "triangle and a landing of Colombian fighters at Benghazi port; Subul al-Salam reinforcement Kufra->Maaten "
         "al-Sarra air base (reported), planned patrols on the border with Sudan (Libyan side), a conditional advance to "
         "Jebel Uweinat. Port Sudan (press conference), Tripoli (GNU statement) and the Sarir field (road link) are not "
         "movement places."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("pf1", "pf2", "pf3", "pf4", "pf5")
