# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/spelling (listed in the README).
P = {
 # countries
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                                   # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                                   # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                     # G
 "egypt": ("country", "EG", 26.82445, 29.46449, "Egypt"),                                   # G
 # Darfur and the desert route
 "malha": ("town", "SD", 15.13330, 26.20000, "Al Malha"),                                   # G
 "karb": ("region", "SD", 19.50000, 24.50000, "Karb al-Tom"),                               # G
 "howar": ("region", "SD", 17.00000, 26.00000, "Wadi Howar"),                               # G
 "ndarfur": ("district", "SD", 15.89580, 25.49583, "North Darfur"),                         # G
 "darfur": ("region", "SD", 13.50000, 24.50000, "Darfur"),                                  # G
 "kutum": ("town", "SD", 14.20000, 24.66667, "Kutum"),                                      # G
 "atrun": ("village", "SD", 18.17, 26.60, "Al Atrun (Bir Natrun oasis)"),                   # K
 "tina": ("town", "SD", 15.04, 22.82, "Tina (Sudan)"),                                      # K
 "tina_crossing": ("crossing", "SD", 15.04, 22.82, "Tina border crossing"),                 # K
 "border_sd_ly": ("region", "SD", 20.5, 25.3, "Sudan-Libya border (Sudanese side)"),        # K
 # Northern State and the Nile
 "northern": ("district", "SD", 19.45943, 29.85719, "Northern State"),                      # G
 "dabba": ("town", "SD", 18.05000, 30.95000, "Ad Dabbah"),                                  # G* (row spelled الدبه)
 "dabba_loc": ("district", "SD", 18.05000, 30.95000, "Ad Dabbah locality"),                 # G* (town row)
 "dongola": ("town", "SD", 19.18163, 30.47689, "Dongola"),                                  # G
 "merowe": ("town", "SD", 18.48, 31.82, "Merowe"),                                          # K
 "merowe_airport": ("airport", "SD", 18.443, 31.843, "Merowe Airport"),                     # K
 "wadi_halfa": ("town", "SD", 21.79577, 31.37129, "Wadi Halfa"),                            # G* (row spelled وادى حلفا)
 "wadi_seidna": ("base", "SD", 15.816, 32.515, "Wadi Seidna Air Base"),                     # K
 "khartoum": ("city", "SD", 15.55177, 32.53241, "Khartoum"),                                # G (row خرطوم)
 "omdurman": ("city", "SD", 15.64453, 32.47773, "Omdurman"),                                # G
 "portsudan": ("city", "SD", 19.61745, 37.21644, "Port Sudan"),                             # G
 # Libya
 "kufra": ("town", "LY", 24.19890, 23.29093, "Kufra"),                                      # G
 "kufra_airport": ("airport", "LY", 24.17870, 23.31400, "Kufra Airport"),                   # G
 "kufra_mun": ("district", "LY", 23.30855, 22.08059, "Kufra municipality"),                 # G* (district row)
 "maaten": ("base", "LY", 21.68770, 21.83090, "Maaten al-Sarra Air Base"),                  # G* (row قاعدة معطن السارة)
 "sarir": ("oilfield", "LY", 27.66240, 22.50860, "Sarir oil field"),                        # G
 "triangle": ("region", "LY", 21.98654, 24.69566, "Libya-Egypt-Sudan border triangle"),     # G* (row مثلث العوينات)
 "jebel_uweinat": ("region", "LY", 21.90, 24.97, "Jebel Uweinat"),                          # K
 "uweinat_area": ("region", "LY", 21.90, 24.90, "Al-Uwaynat (Jebel Uweinat area, SE Libya)"),  # K
 "east_ly": ("region", "LY", 26.22677, 22.07486, "Eastern Libya"),                          # G* (row برقة)
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                                # G
 "benghazi_port": ("crossing", "LY", 32.10, 20.05, "Port of Benghazi"),                     # K
 "benina": ("base", "LY", 32.09680, 20.26950, "Benina Air Base"),                           # G
 "tobruk_port": ("crossing", "LY", 32.075, 23.975, "Port of Tobruk"),                       # K
 "tripoli": ("city", "LY", 32.88743, 13.18733, "Tripoli"),                                  # G
 # neighbours and elsewhere
 "east_oweinat": ("town", "EG", 22.58570, 28.71660, "East Oweinat"),                        # G* (airport row)
 "cairo": ("city", "EG", 30.06263, 31.24967, "Cairo"),                                      # G
 "adre": ("town", "TD", 13.46648, 22.19875, "Adre"),                                        # G
 "adre_crossing": ("crossing", "TD", 13.46648, 22.19875, "Adre border crossing"),           # G* (town row)
 "abeche": ("city", "TD", 13.82916, 20.83240, "Abeche"),                                    # G
 "djibouti": ("city", "DJ", 11.58901, 43.14503, "Djibouti (city)"),                         # G
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                                   # G
 "amsterdam": ("city", "NL", 52.37403, 4.88969, "Amsterdam"),                               # G* (row spelled آمستردام)
}

SAG, LNA = "Sudanese armed groups", "Libyan National Army"


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


TRAPS = {
 "mg1": ["دارفور24", "قوات الدعم السريع", "السوداني", "المياه المالحة", "لا أدري", "آدم الطيني",
         "القوة المشتركة لحركات الكفاح المسلح", "الليبية"],
 "mg2": ["سودان تربيون", "سبل السلام", "القيادة العامة", "قوات الدعم السريع", "الجيش السوداني", "السودانية",
         "عبد الرحمن الكفراوي", "الجيش المصري"],
 "mg3": ["التيار", "القوة المشتركة لحركات الكفاح المسلح", "قوات الدعم السريع", "محمد عثمان الدنقلاوي",
         "سوق ليبيا", "إيقاد"],
 "mg4": ["راديو دبنقا", "كولومبيون", "القيادة العامة", "سبل السلام", "السوداني", "التشادي"],
 "mg5": ["السوداني", "قوات الدعم السريع", "القيادة العامة", "الوطني الليبي", "سودانية", "دعم مالي"],
}

PHEN = {
 "mg1": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap", "nisba",
         "ambiguity_idri", "vague_area", "border_phrase", "coverage_crossings", "coverage_neighbours", "countries"],
 "mg2": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "ambiguity_tripoli",
         "vague_area", "coverage_bases", "coverage_oil", "coverage_neighbours", "countries"],
 "mg3": ["clitics", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
         "ambiguity_country_capital", "border_phrase", "town_vs_district", "countries"],
 "mg4": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "nisba", "ambiguity_idri",
         "town_vs_district", "vague_area", "coverage_bases", "coverage_oil", "coverage_crossings",
         "coverage_neighbours", "countries"],
 "mg5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "common_word_trap", "nisba",
         "ambiguity_tripoli", "ambiguity_country_capital", "vague_area", "coverage_crossings",
         "coverage_neighbours", "countries"],
}

MOVES = {
 "mg1": [
  mv("reinforce", "reported", SAG, ["المالحة"], ["كرب التوم"], ["وادي هور"]),
  mv("advance", "planned", SAG, ["الدبة"], ["كرب التوم"]),
  mv("advance", "conditional", SAG, [], ["الدبة", "دنقلا"]),
  mv("shipment", "denied", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي"]),
 ],
 "mg2": [
  mv("shipment", "reported", SAG, ["الكفرة"], ["المالحة"], ["المثلث الحدودي", "وادي هور"]),
  mv("airlift", "planned", None, ["قاعدة وادي سيدنا الجوية"], ["مروي"]),
  mv("redeploy", "reported", None, ["دنقلا"], ["الدبة"]),
  mv("deploy", "denied", LNA, ["الكفرة"], ["المثلث الحدودي"]),
  mv("reinforce", "conditional", "Egyptian army", [], ["شرق العوينات"]),
 ],
 "mg3": [
  mv("mobilise", "reported", SAG, [], ["محلية الدبة"]),
  mv("advance", "planned", SAG, ["الدبة"], ["المالحة"], ["وادي هور"]),
  mv("withdraw", "denied", SAG, ["وادي هور"], ["الدبة"]),
  mv("deploy", "conditional", None, [], ["الحدود مع ليبيا"]),
 ],
 "mg4": [
  mv("naval_landing", "reported", "Foreign fighters", [], ["ميناء طبرق"]),
  mv("deploy", "reported", "Foreign fighters", ["ميناء طبرق"], ["الكفرة", "مطار الكفرة"]),
  mv("airlift", "denied", LNA, ["قاعدة بنينا الجوية"], ["مطار الكفرة"]),
  mv("deploy", "planned", LNA, [], ["قاعدة معطن السارة الجوية"]),
  mv("reinforce", "conditional", None, ["أبشي"], ["معبر أدري"]),
 ],
 "mg5": [
  mv("withdraw", "reported", SAG, ["مثلث العوينات"], ["المالحه"], ["وادي هور"]),
  mv("redeploy", "reported", None, ["مروي"], ["دنقلا", "وادي حلفا"]),
  mv("mobilise", "planned", None, [], ["دنقلا"]),
  mv("advance", "conditional", SAG, [], ["مثلث العوينات"]),
  mv("naval_landing", "denied", "Foreign fighters", [], ["ميناء بنغازي"]),
 ],
}

NOTES = {
 "mg1": ("Darfur24-style report from Tina: an RSF reinforcement Al Malha->Karb al-Tom via Wadi Howar (reported; the "
         "witness retelling is the same move), the Joint Force's planned advance Al-Dabba->Karb al-Tom, an RSF threat "
         "to march on Al-Dabba and Dongola «إذا» (conditional), and an RSF denial of supply convoys Kufra->Al Malha via "
         "the triangle. Precision: the drone strike on the Al Malha fuel depot, the drone taking off from Merowe and the "
         "air raids near Al Atrun are strikes, not movements; «المياه المالحة» and «لا أدري» are common-word traps."),
 "mg2": ("Sudan Tribune-style report from Port Sudan: an RSF supply convoy Kufra->Al Malha via the triangle and Wadi "
         "Howar (reported, hit by air raids near Jebel Uweinat but most of it got through), the LNA's denied escort "
         "Kufra->the triangle, a planned special-forces airlift Wadi Seidna air base->Merowe, a reported redeploy "
         "Dongola->Al-Dabba and a conditional Egyptian reinforcement of East Oweinat. Precision: the strikes, the Sarir "
         "field as the fuel's provenance, the route description in the last paragraph, Cairo and Benghazi as speakers."),
 "mg3": ("Al-Tayar-style report from Khartoum: Joint Force massing in Al-Dabba locality (reported), its planned "
         "advance Al-Dabba->Al Malha via Wadi Howar, a denied pull-back Wadi Howar->Al-Dabba and a conditional army "
         "deployment on the border with Libya. Precision: the RSF drone attack on Merowe airport and Dongola, the army's "
         "14 sorties on Al Malha, generic supply routes from Libya and via Kufra; Djibouti is the city (IGAD statement)."),
 "mg4": ("Radio Dabanga-style report datelined Amsterdam: foreign fighters landed at Tobruk port (naval_landing) and "
         "moved by road to Kufra (deploy, placed near Kufra airport), a denied LNA airlift Benina air base->Kufra "
         "airport, a planned Subul al-Salam company for Maaten al-Sarra air base and a conditional Chadian "
         "reinforcement Abeche->the Adre crossing. Precision: the air strike on the airstrip near Al Malha, the habitual "
         "supply flights from Libya, refugees through the Adre crossing, air raids between Al Malha and Kutum."),
 "mg5": ("Al-Sudani-style report from Dongola: an RSF pull-back from the Uweinat triangle to Al Malha via Wadi Howar "
         "after drone strikes (reported), an army redeploy Merowe->Dongola/Wadi Halfa, a planned call-up of reserves "
         "in Dongola, the RSF's conditional return to the triangle «بمجرد توقف الغارات» and an LNA denial of a landing "
         "of foreign fighters at Benghazi port. Precision: drone strikes near Jebel Uweinat, displaced people fleeing "
         "North Darfur, the minister's visit to Algiers, «دعم مالي» (Mali trap)."),
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("mg1", "mg2", "mg3", "mg4", "mg5")
