# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / public reference search / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind (listed in the README).
P = {
 # countries
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "uae": ("country", "AE", 24.35322, 55.13613, "United Arab Emirates"),                      # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                                  # G
 # Chad
 "ndjamena": ("city", "TD", 12.10672, 15.04440, "N'Djamena"),                               # G (city row نجامينا)
 "ndjamena_airport": ("airport", "TD", 12.13370, 15.03400, "N'Djamena Hassan Djamous International Airport"),  # G* (row مطار إنجامينا)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abéché"),                                    # G
 "abeche_airport": ("airport", "TD", 13.8475, 20.8442, "Abéché Airport"),                   # K
 "adre": ("town", "TD", 13.46648, 22.19875, "Adré"),                                        # G
 "tine_crossing": ("crossing", "TD", 15.02528, 22.80222, "Tiné border crossing"),           # G* (town row)
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adré border crossing"),           # G* (town row)
 "tine": ("town", "TD", 15.02528, 22.80222, "Tiné"),                                        # G
 "bahai": ("town", "TD", 15.550, 22.900, "Bahaï"),                                          # K
 "amdjarass": ("town", "TD", 16.06666, 22.83536, "Amdjarass"),                              # G
 "amdjarass_airport": ("airport", "TD", 16.06666, 22.83536, "Amdjarass Airport"),           # G* (town row)
 "iriba": ("town", "TD", 15.11667, 22.25000, "Iriba"),                                      # G
 "guereda": ("town", "TD", 14.51667, 22.08333, "Guéréda"),                                  # G
 "ouaddai": ("district", "TD", 13.56770, 21.24132, "Ouaddaï Province"),                     # G (row واداي)
 "wadi_fira": ("district", "TD", 14.94685, 21.36232, "Wadi Fira Province"),                 # G
 "ennedi_est": ("district", "TD", 17.65, 23.15, "Ennedi-Est Province"),                     # K
 "east_td": ("region", "TD", 15.37168, 20.30227, "Eastern Chad"),                           # G
 "border_td_sd": ("region", "TD", 15.25834, 22.83250, "Chad-Sudan border (Chadian side)"),  # G* (row الحدود التشادية السودانية)
 "border_td_ly": ("region", "TD", 20.5, 21.0, "Chad-Libya border (Chadian side)"),          # K
 # Sudan
 "geneina": ("city", "SD", 13.45262, 22.44725, "Geneina"),                                  # G
 "west_darfur": ("district", "SD", 13.89425, 22.88929, "West Darfur"),                      # G
 "north_darfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                    # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "tina": ("town", "SD", 15.03, 22.83, "Tina (Sudan)"),                                      # K
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "mellit": ("town", "SD", 14.13333, 25.55000, "Mellit"),                                    # G
 "el_fasher": ("city", "SD", 13.62793, 25.34936, "El Fasher"),                              # G
 "wadi_howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                          # G
 "port_sudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                            # G
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G* (city row خرطوم)
 "border_sd_td": ("region", "SD", 15.27115, 23.08771, "Sudan-Chad border (Sudanese side)"), # G* (row الحدود السودانية التشادية)
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "matan_sarra": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),             # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),                  # G* (district row الكفرة)
 "kufra_dist": ("district", "LY", 23.30855, 22.08059, "Kufra district (shaabiya)"),            # G* (district row الكفرة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                         # G
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "border_ly_td": ("region", "LY", 21.57812, 20.02177, "Libya-Chad border (Libyan side)"),   # G* (row الحدود الليبية التشادية)
 "se_libya": ("region", "LY", 25.55549, 20.30767, "South-eastern Libya"),                   # G* (row جنوب شرق ليبيا)
 # elsewhere
 "abudhabi": ("city", "AE", 24.45118, 54.39696, "Abu Dhabi"),                               # G
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                       # G
}

TRAPS = {
 "sd1": ["راديو دبنقا", "لا أدري", "قوات الدعم السريع", "محمد إدريس ديبي إتنو", "التشادي", "التشادية",
         "السوداني", "سودانية"],
 "sd2": ["التغيير", "الجيش التشادي", "الدعم السريع", "القوة المشتركة لحركات الكفاح المسلح", "الجيش السوداني",
         "التشادية", "السودانية", "سوداني"],
 "sd3": ["فرانس 24", "نيويورك تايمز", "مالي", "قوات الدعم السريع", "سبل السلام", "التشادية", "السودانية", "الليبي"],
 "sd4": ["مونت كارلو الدولية", "الطاهر إدريس", "الجيش التشادي", "الجيش السوداني", "القوات الفرنسية",
         "القواعد الفرنسية", "التشادية", "السودانيين"],
 "sd5": ["باج نيوز", "الجيش السوداني", "القوات المسلحة السودانية", "قوات الدعم السريع", "القوة المشتركة", "الليبي",
         "سبل السلام", "الليبية", "التشادية", "التشادي"],
}

PHEN = {
 "sd1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "sd2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "sd3": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba", "vague_area",
         "border_phrase", "ambiguity_tripoli", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
 "sd4": ["clitics", "spelling", "multiword", "media_trap", "person_trap", "operation_trap", "nisba", "ambiguity_idri",
         "ambiguity_country_capital", "vague_area", "coverage_neighbours", "countries"],
 "sd5": ["clitics", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_country_capital", "ambiguity_tripoli",
         "vague_area", "border_phrase", "town_vs_district", "coverage_bases", "coverage_oil", "coverage_neighbours",
         "countries"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


RSF = "Sudanese armed groups"
LNA = "Libyan National Army"

MOVES = {
 "sd1": [
  mv("reinforce", "reported", None, ["أبشة"], ["أدري"]),                 # Chadian army Abéché -> Adré (headline + body)
  mv("withdraw", "reported", RSF, [], ["الجنينة"]),                       # RSF vehicles pulled from road checkpoints into the city
  mv("deploy", "planned", None, ["أبشة"], ["معبر أدري"]),                 # mixed force «تنطلق من المدينة نفسها»
  mv("advance", "conditional", None, [], ["الحدود مع السودان"]),          # «سيتقدم ... إذا عبر مسلحون»
  mv("shipment", "denied", None, ["أدري"], ["الجنينة"]),                  # arms trucks claimed by Sudanese outlets, denied
 ],
 "sd2": [
  mv("redeploy", "reported", None, ["أم جرس"], ["باهاي"]),               # battalion repositioned Amdjarass -> Bahai
  mv("deploy", "planned", None, [], ["باهاي", "معبر تيني"]),             # patrols «بين باهاي ومعبر تيني» from March
  mv("mobilise", "reported", RSF, [], ["كتم"]),                           # «حشدت ... مئات المقاتلين في كتم»
  mv("advance", "conditional", RSF, ["كتم"], ["الطينة"]),                # RSF threat «إذا لم تنسحب» (forces massed in Kutum)
  mv("withdraw", "reported", RSF, ["وادي هور"], ["الطينة"]),             # joint force fighters pulled back to Tina («إليها»)
  mv("withdraw", "denied", RSF, ["الطينة"], ["باهاي"]),                  # joint force crossing into Bahai, denied by the governor
 ],
 "sd3": [
  mv("airlift", "denied", None, ["أبوظبي"], ["مطار أم جرس"], ["مطار الكفرة"]),  # claimed air bridge, denied by N'Djamena (and the LNA)
  mv("airlift", "reported", None, ["مطار حسن جاموس"], ["أبشي"]),          # two military transports with special forces
  mv("deploy", "planned", None, ["أبشي"], ["أم جرس"]),                   # «ستواصل طريقها براً إلى أم جرس»
  mv("deploy", "conditional", LNA, ["قاعدة معطن السارة"], ["الحدود مع تشاد"]),  # Subul al-Salam patrols «إذا ثبت»
 ],
 "sd4": [
  mv("redeploy", "reported", None, ["أبشة"], ["قريدة"]),                 # armoured units Abéché -> Guéréda (headline + body)
  mv("airlift", "reported", None, ["نجامينا"], ["مطار أبشة"]),            # three cargo planes with presidential guard
  mv("mobilise", "planned", None, [], ["وادي فيرا"]),                    # «حشد نحو ألفي جندي في وادي فيرا»
  mv("advance", "conditional", None, ["إريبا"], ["تيني"]),                # «لن تتحرك نحو تيني إلا إذا»
  mv("advance", "denied", None, ["تيني"], ["الطينة"]),                    # Sudanese army claim of an incursion, denied
 ],
 "sd5": [
  mv("shipment", "denied", RSF, ["الكفرة"], ["مليط"], ["قاعدة معطن السارة", "أم جرس"]),  # RSF supply convoy claimed by SAF, denied
  mv("reinforce", "reported", RSF, ["مليط", "كتم"], ["الحدود مع تشاد"]),   # RSF reinforcements towards the border
  mv("deploy", "planned", RSF, [], ["الطينة"]),                           # joint-force units to Tina «خلال الأيام المقبلة»
  mv("deploy", "conditional", None, [], ["الحدود مع ليبيا"]),             # Chad: more units on the Libyan border «إذا طلبت»
 ],
}

NOTES = {
 "sd1": "Radio Dabanga from Adré: a Chadian army reinforcement Abéché→Adré, an RSF pull-back into Geneina, a planned "
        "mixed force Abéché→the Adré crossing, a conditional advance to the border with Sudan and a denied arms "
        "shipment Adré→Geneina; traps «لا أدري» (Adré) and «محمد إدريس ديبي إتنو» (Idri); refugees are not movements.",
 "sd2": "Al-Taghyeer from Tina: a Chadian battalion Amdjarass→Bahai, planned patrols between Bahai and Tiné, an RSF "
        "conditional advance Kutum→Tina, a joint-force pull-back Wadi Howar→Tina and its denied crossing Tina→Bahai; "
        "Tina (Sudan) vs Tiné (Chad); the Tiné–Bahai smuggling corridor from Libya is background, not a movement.",
 "sd3": "France 24 from N'Djamena: a denied air bridge Abu Dhabi→Amdjarass airport via Kufra airport, a special-forces "
        "airlift Hassan Djamous airport→Abéché, its planned road move to Amdjarass and a conditional LNA (Subul "
        "al-Salam) deployment Kufra→the border with Chad; the New York Times' 2024 air activity is not a movement.",
 "sd4": "Monte Carlo Doualiya from Abéché: armoured units Abéché→Guéréda, an airlift N'Djamena→Abéché airport, a "
        "planned massing in Wadi Fira, a conditional advance Iriba→Tiné and a denied incursion Tiné→Tina; Paris stands "
        "for France; the officer «الطاهر إدريس» is an Idri trap; aid from Adré is not a movement.",
 "sd5": "Baj News from Port Sudan: a denied RSF supply convoy Kufra→Mellit via Maaten al-Sarra and Amdjarass, RSF "
        "reinforcements Mellit/Kutum→the border with Chad, a planned joint-force deployment to Tina and Chad's "
        "conditional deployment on the border with Libya; Khartoum/N'Djamena stand for governments.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("sd1", "sd2", "sd3", "sd4", "sd5")
