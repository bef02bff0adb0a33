# key -> (kind, country, lat, lon, name). Source marked per row: G = data/gazetteer.csv row found by grep -F;
# K = own knowledge / representative point (see README "Coordinates not from the gazetteer");
# G* = gazetteer row reused under another label/kind/surface (listed in the README).
P = {
 # countries
 "algeria": ("country", "DZ", 28.05120, 0.58775, "Algeria"),                            # G
 "niger": ("country", "NE", 17.60313, 9.88380, "Niger"),                                # G
 "libya": ("country", "LY", 26.34236, 17.23247, "Libya"),                               # G
 "mali": ("country", "ML", 17.60566, -0.75434, "Mali"),                                 # G
 "sudan": ("country", "SD", 15.45104, 29.77738, "Sudan"),                               # G
 "chad": ("country", "TD", 15.44428, 18.53959, "Chad"),                                 # G
 "mauritania": ("country", "MR", 21.01152, -11.48274, "Mauritania"),                    # G
 "france": ("country", "FR", 46.70829, 2.18957, "France"),                              # G
 # capitals and cities outside the triangle
 "algiers": ("city", "DZ", 36.73225, 3.08746, "Algiers"),                               # G (written الجزائر العاصمة)
 "niamey": ("city", "NE", 13.51366, 2.10980, "Niamey"),                                 # G
 "niamey_airport": ("airport", "NE", 13.48150, 2.18361, "Diori Hamani International Airport"),  # G
 "nouakchott": ("city", "MR", 18.08581, -15.97850, "Nouakchott"),                       # G
 "nouadhibou": ("city", "MR", 20.94188, -17.03842, "Nouadhibou"),                       # G
 "zouerat": ("town", "MR", 22.735, -12.471, "Zouerat"),                                 # K
 "paris": ("city", "FR", 48.85341, 2.34880, "Paris"),                                   # G
 "moscow": ("city", "RU", 55.75204, 37.61781, "Moscow"),                                # G
 "benghazi": ("city", "LY", 32.11486, 20.06859, "Benghazi"),                            # G
 "dubai": ("city", "AE", 25.07725, 55.30927, "Dubai"),                                  # G
 "boufarik": ("base", "DZ", 36.54580, 2.87611, "Boufarik Air Base"),                    # G* (row kind airport)
 # Algeria (south)
 "in_guezzam": ("town", "DZ", 19.57361, 5.76806, "In Guezzam"),                         # G (row إن قزام, written عين قزام)
 "tamanrasset": ("town", "DZ", 22.78500, 5.52278, "Tamanrasset"),                       # G
 "tam_airport": ("airport", "DZ", 22.8114, 5.4511, "Tamanrasset Aguenar airport"),      # K
 "bbm": ("town", "DZ", 21.32500, 0.94611, "Bordj Badji Mokhtar"),                       # G
 "timiaouine": ("town", "DZ", 20.44080, 1.80551, "Timiaouine"),                         # G
 "tin_zaouatine": ("town", "DZ", 19.95333, 2.96667, "Tin Zaouatine"),                   # G (row تين زواتين, written تين زاوتين)
 "reggane": ("town", "DZ", 26.71576, 0.17140, "Reggane"),                               # G
 "adrar_wil": ("district", "DZ", 25.36972, -2.06116, "Adrar Province"),                 # G (row district أدرار, written ولاية أدرار)
 "hoggar": ("region", "DZ", 23.28889, 5.50000, "Hoggar (Ahaggar) Mountains"),           # G (row الهقار, written الأهقار)
 "djanet": ("town", "DZ", 24.55528, 9.48500, "Djanet"),                                 # G* (row kind village)
 "djanet_airport": ("airport", "DZ", 24.29280, 9.45244, "Djanet Inedbirene Airport"),   # G
 "border_dz_ne": ("region", "DZ", 21.40668, 8.16166, "Algeria-Niger border (Algeria side)"),  # G* (row الحدود الجزائرية النيجرية)
 "border_dz_ml": ("region", "DZ", 22.09206, -0.15677, "Algeria-Mali border (Algeria side)"),  # G* (row الحدود الجزائرية المالية)
 "border_dz_ly": ("region", "DZ", 24.4, 10.0, "Algeria-Libya border (Algeria side, south-east of Djanet)"),  # K
 "north_mali": ("region", "ML", 20.45092, -2.20255, "Northern Mali"),                   # G
 # Niger
 "assamaka": ("village", "NE", 19.36667, 5.80000, "Assamaka"),                          # G (also written أساماكا)
 "arlit": ("city", "NE", 18.73694, 7.38528, "Arlit"),                                   # G
 "agadez": ("city", "NE", 16.97333, 7.99111, "Agadez"),                                 # G
 "agadez_airport": ("airport", "NE", 16.96600, 8.00011, "Agadez Mano Dayak Airport"),   # G
 "iferouane": ("town", "NE", 19.06250, 8.42000, "Iferouane"),                           # G
 "dirkou": ("town", "NE", 18.96870, 12.86870, "Dirkou"),                                # G
 "djado": ("region", "NE", 20.98300, 12.33300, "Djado plateau"),                        # G
 "border_ne_dz": ("region", "NE", 21.21580, 8.29050, "Niger-Algeria border (Niger side)"),  # G* (row الحدود النيجرية الجزائرية)
 # Libya (south-west)
 "sabha": ("city", "LY", 27.03766, 14.42832, "Sabha"),                                  # G
 "qatrun": ("town", "LY", 24.95139, 14.64861, "Al Qatrun"),                             # G
 "wigh_base": ("base", "LY", 24.18590, 14.53280, "Al Wigh Air Base"),                   # G
 "wigh": ("base", "LY", 24.18590, 14.53280, "Al Wigh"),                                 # G* (row قاعدة الويغ, written الويغ)
 "toummo": ("crossing", "LY", 22.65000, 14.20000, "Toummo border crossing"),            # G (also written تومو)
 "salvador": ("region", "LY", 23.52000, 11.99000, "Salvador Pass (Salvador triangle)"),  # G* (row مثلث السلفادور, written ممر السلفادور)
 "ghat": ("town", "LY", 24.96334, 10.18003, "Ghat"),                                    # G
 "south_libya": ("region", "LY", 24.67640, 17.60110, "Southern Libya"),                 # G* (row جنوب ليبيا, written الجنوب الليبي)
}

TRAPS = {
 "qob1": ["إذاعة أدرار الجهوية", "الجيش الوطني الشعبي", "الناحية العسكرية السادسة", "الشهيد باجي مختار",
          "النيجرية", "جزائرية"],
 "qob2": ["الجزائر1", "خليفة حفتر", "اللواء 128 معزز", "الجزائري", "جزائري", "جزائرية", "ليبية", "ليبي",
          "تشادية"],
 "qob3": ["نيامي إي لي دو جور", "القوات المسلحة النيجرية", "درع آير", "المنظمة الدولية للهجرة", "الجيش الجزائري",
          "الجزائرية", "جزائرية", "النيجريين", "الفرنسية"],
 "qob4": ["صوت الحق", "موريتانية", "موريتانياً", "الموريتانيين", "الجزائرية", "الجيش الجزائري", "جزائري",
          "النيجرية", "نيجريين", "دعم مالي"],
 "qob5": ["فرنسا بالعربي", "باريسي", "خليفة حفتر", "حفتر", "اللواء طارق بن زياد", "الفيلق الإفريقي", "الجيش النيجري",
          "النيجري", "الروسي", "روسية", "التشادية", "فرنسية", "فرنسيون"],
}

PHEN = {
 "qob1": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_neighbours", "countries"],
 "qob2": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba", "vague_area",
          "border_phrase", "coverage_bases", "coverage_neighbours", "countries", "ambiguity_country_capital"],
 "qob3": ["multiword", "media_trap", "operation_trap", "nisba", "border_phrase", "coverage_neighbours", "countries"],
 "qob4": ["clitics", "spelling", "multiword", "media_trap", "common_word_trap", "nisba", "border_phrase",
          "coverage_neighbours", "countries"],
 "qob5": ["clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "nisba",
          "coverage_bases", "coverage_crossings", "coverage_neighbours", "countries", "ambiguity_country_capital"],
}


def mv(kind, status, actor, origins=(), destinations=(), via=()):
    return {"kind": kind, "status": status, "actor": actor, "origins": list(origins),
            "destinations": list(destinations), "via": list(via)}


MOVES = {
 "qob1": [
  mv("reinforce", "reported", "Algerian army", ["رقان"], ["برج باجي مختار"]),
  mv("redeploy", "planned", "Algerian army", ["برج باجي مختار"], ["تيمياوين"]),
  mv("airlift", "conditional", "Algerian army", ["مطار تمنراست"], ["عين قزام"]),
  mv("advance", "denied", "Algerian army", ["عين قزام"], ["أسامكا"]),
 ],
 "qob2": [
  mv("airlift", "reported", "Algerian army", ["قاعدة بوفاريك الجوية"], ["مطار جانت"]),
  mv("deploy", "planned", "Algerian army", ["جانت"], ["الحدود مع ليبيا"]),
  mv("reinforce", "reported", "Libyan National Army", ["سبها"], ["قاعدة الويغ"]),
  mv("shipment", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("advance", "conditional", "Libyan National Army", ["الويغ"], ["ممر السلفادور"]),
  mv("advance", "denied", "Algerian army", ["جانت"], ["غات"]),
 ],
 "qob3": [
  mv("reinforce", "reported", "Nigerien army", ["أرليت"], ["أسامكا"]),
  mv("deploy", "planned", "Nigerien army", ["أسامكا"], ["الحدود مع الجزائر"]),
  mv("reinforce", "conditional", "Nigerien army", ["أغاديس"], ["إيفروان"]),
  mv("withdraw", "denied", "Nigerien army", ["أسامكا"], ["أرليت"]),
 ],
 "qob4": [
  mv("deploy", "reported", "Algerian army", ["تمنراست"], ["عين قزام", "تين زاوتين"]),
  mv("reinforce", "conditional", "Algerian army", ["تمنراست"], ["برج باجي مختار"]),
  mv("deploy", "planned", "Nigerien army", ["أغاديس"], ["أسامكا"]),
  mv("advance", "denied", "Nigerien army", ["أسامكا"], ["عين قزام"]),
 ],
 "qob5": [
  mv("reinforce", "reported", "Libyan National Army", ["القطرون"], ["قاعدة الويغ"]),
  mv("mobilise", "reported", "Chadian armed groups", [], ["جادو"]),
  mv("deploy", "planned", "Libyan National Army", ["الويغ"], ["منفذ التوم"]),
  mv("advance", "conditional", "Russian forces", ["أغاديس"], ["ديركو"]),
  mv("airlift", "denied", "Russian forces", ["مطار نيامي"], ["مطار أغاديس"]),
 ],
}

NOTES = {
 "qob1": "Algerian state radio (Radio Adrar regional station) from Bordj Badji Mokhtar: an Algerian army convoy "
         "Reggane→Bordj Badji Mokhtar (reinforce), part of it to be moved on to Timiaouine (planned redeploy), a "
         "conditional airlift Tamanrasset airport→In Guezzam («لن تنقل ... إلا إذا») and a denied incursion In "
         "Guezzam→Assamaka; the ~900 migrants deported Tamanrasset→the border with Niger, the gold diggers from "
         "northern Mali, the solidarity convoy from Adrar province, the locator «على الحدود مع مالي», the distance "
         "reference Tamanrasset and the headline are not movements or movement places; «إذاعة أدرار الجهوية» holds "
         "أدرار and «الشهيد باجي مختار» is a person.",
 "qob2": "Algerian private news site (Algérie 1, «الجزائر1», holds الجزائر): two C-130s Boufarik air base→Djanet "
         "airport with special forces (airlift reported), units in Djanet to deploy along the border with Libya "
         "(Algeria side, planned), LNA vehicles Sabha→Al Wigh air base (reinforce reported) and escorted fuel and "
         "ammunition trucks Al Qatrun→the same base (shipment reported), the LNA units in Al Wigh "
         "that will not advance on the Salvador Pass unless Chadian groups use it (conditional) and a denied Algerian "
         "patrol Djanet→Ghat; the Salvador Pass as distance reference and smugglers' goal, Djado gold smuggled to "
         "Libya, the three countries meeting at the pass, Southern Libya (inside the condition) and Algiers (venue) "
         "are not movement places.",
 "qob3": "Nigerien news site (Niamey et les 2 jours, «نيامي إي لي دو جور», holds نيامي) from Arlit: Nigerien army "
         "reinforcements Arlit→Assamaka, planned joint patrols from Assamaka along the border with Algeria (Niger "
         "side), a conditional company Agadez→the gold sites near Iferouane and a denied pull-out Assamaka→Arlit; the "
         "2,300 migrants expelled from Algeria, the IOM buses Assamaka→Arlit→Agadez, the Algerian command in In "
         "Guezzam (coordination only), Niamey (meeting venue, ministry) and trade towards Tamanrasset are not "
         "movements or movement places.",
 "qob4": "Mauritanian news site (Sawt al-Haq «صوت الحق») from Nouakchott on Mauritanian gold diggers expelled from "
         "the Hoggar and left near Assamaka: an Algerian army deployment Tamanrasset→around In Guezzam and Tin "
         "Zaouatine (reported), a conditional reinforcement Tamanrasset→Bordj Badji Mokhtar (the border with Mali "
         "only in the condition), a planned Nigerien battalion Agadez→Assamaka and Niamey's denial of a Nigerien "
         "crossing Assamaka→In Guezzam; the deportees' buses Tamanrasset→In Guezzam, the diggers leaving Nouadhibou "
         "and Zouerat and «دعم مالي» (financial support; holds مالي) are not movements or places.",
 "qob5": "Paris Arabic-language e-paper («فرنسا بالعربي», holds فرنسا) on a Paris think-tank report on the Salvador "
         "Pass: LNA reinforcements Al Qatrun→Al Wigh air base (reported), some 300 Chadian rebel fighters massing on "
         "the Djado plateau (mobilise reported), a planned LNA company Al Wigh→the Toummo "
         "crossing (also written تومو), a conditional Africa Corps advance Agadez→Dirkou and Niamey's denial of a "
         "Russian airlift Niamey airport→Agadez airport; France's 2023 exit (no place), migrants Agadez→via Dirkou, "
         "Djado gold to Libya and Dubai, Algeria's conditional non-intervention (no place) and the capitals in the "
         "last sentence are not movements or movement places; «باريسي» holds باريس.",
}

# Read by tests/golden/sample_tools.py check.
WORDS = (230, 320)  # words per record
MOVEMENT_COUNT = (4, None)  # movements per record (min, max; None = no maximum)
STATUSES_PER_RECORD = 4  # distinct statuses in every record
IDS = ("qob1", "qob2", "qob3", "qob4", "qob5")
