#!/usr/bin/env python3
"""merge_pairs_data.py -- writes bench/merge_pairs.jsonl: a small multi-outlet, multi-language
test set for bench/merge_pairs.py (written for khabar; every text is the project's own).

Four happenings of 20-21 August 2025 in Pakistan and abroad, each told by several outlets
in their own words and languages, with a wire copy: floods in Sindh (English x2, French,
Spanish, a wire copy), a bomb blast in Sukkur, Sindh, the same day (English, German:
same province and day, another kind of event), a protest over power cuts in Karachi
(English, French), India-Pakistan talks in Geneva the next day (English, Spanish, German).
"expect" holds the answer: the happening ("story"), the original of a copy."""
import json, sys

docs = [
    ("dawn-sindh-floods", "https://en.example/sindh-floods", "2025-08-20",
     "Floods kill 23 in Sindh as Indus breaches embankments",
     "At least 23 people were killed and thousands displaced after the Indus river breached embankments in Sindh on Wednesday, the Provincial Disaster Management Authority said.\n\n"
     "Water entered dozens of villages in Dadu and Jamshoro districts, and the army was called in to help evacuate families by boat. Chief Minister Murad Ali Shah said 140,000 people had been moved to relief camps.\n\n"
     "The Pakistan Meteorological Department forecast more monsoon rain over the next three days.", "floods", None),
    ("reuters-sindh-floods", "https://en2.example/pakistan-floods", "2025-08-20",
     "Pakistan floods: death toll rises to 25 in southern Sindh province",
     "Monsoon floods have killed 25 people in Pakistan's southern province of Sindh, officials said on Wednesday, after the swollen Indus river burst its banks near Dadu.\n\n"
     "Rescue teams and soldiers used boats to reach stranded villagers in Jamshoro, and the provincial government said some 140,000 people were in relief camps. Murad Ali Shah, the Sindh chief minister, appealed for tents and medicine.\n\n"
     "Floods in 2022 submerged a third of Pakistan and killed more than 1,700 people.", "floods", None),
    ("lemonde-sindh", "https://fr.example/monde/inondations-sindh", "2025-08-20",
     "Pakistan : au moins 23 morts dans des inondations au Sindh",
     "Au moins 23 personnes ont été tuées mercredi dans des inondations dans la province du Sindh, dans le sud du Pakistan, après la rupture de digues le long de l'Indus, selon les autorités.\n\n"
     "Des dizaines de villages des districts de Dadu et de Jamshoro ont été inondés et l'armée a évacué des familles en bateau. Le ministre en chef Murad Ali Shah a indiqué que 140 000 personnes avaient été accueillies dans des camps.\n\n"
     "De nouvelles pluies de mousson sont attendues.", "floods", None),
    ("elpais-sindh", "https://es.example/internacional/inundaciones-pakistan", "2025-08-21",
     "Las inundaciones dejan 25 muertos en el sur de Pakistán",
     "Las inundaciones provocadas por las lluvias del monzón han causado al menos 25 muertos en la provincia paquistaní de Sindh, donde el río Indo se desbordó el miércoles cerca de Dadu.\n\n"
     "Soldados y equipos de rescate evacuaron en barcas a los vecinos atrapados en Jamshoro. Según el Gobierno provincial, unas 140.000 personas se encuentran en campamentos. Murad Ali Shah pidió tiendas de campaña y medicinas.", "floods", None),
    ("wire-sindh-copy", "https://wire.example/floods-sindh", "2025-08-21",
     "Indus breaches embankments, 23 dead",
     "KARACHI (Agencies) - At least 23 people were killed and thousands displaced after the Indus river breached embankments in Sindh on Wednesday, the Provincial Disaster Management Authority said.\n\n"
     "Water entered dozens of villages in Dadu and Jamshoro districts, and the army was called in to help evacuate families by boat. Chief Minister Murad Ali Shah said 140,000 people had been moved to relief camps.\n\n"
     "The Pakistan Meteorological Department forecast more monsoon rain over the next three days.\n\nShare this story", "floods", "dawn-sindh-floods"),
    ("dawn-sukkur-blast", "https://en.example/sukkur-blast", "2025-08-20",
     "Six killed in bomb blast at Sukkur market",
     "Six people were killed and 19 wounded when a bomb planted on a motorcycle exploded in a crowded market in Sukkur, Sindh, on Wednesday evening, police said.\n\n"
     "Senior superintendent of police Sanghar Malik said the explosive device was detonated by remote control. No group claimed responsibility for the attack.\n\n"
     "Murad Ali Shah condemned the bombing and ordered an inquiry.", "blast", None),
    ("faz-sukkur", "https://de.example/ausland/sukkur-anschlag", "2025-08-21",
     "Tote bei Bombenanschlag in Pakistan",
     "Bei einem Bombenanschlag auf einem belebten Markt in der pakistanischen Stadt Sukkur sind am Mittwochabend sechs Menschen getötet und 19 verletzt worden. Der Sprengsatz war nach Angaben der Polizei an einem Motorrad befestigt und wurde ferngezündet.\n\n"
     "Zu dem Anschlag in der Provinz Sindh bekannte sich zunächst niemand. Der Regierungschef der Provinz, Murad Ali Shah, verurteilte die Explosion.", "blast", None),
    ("tribune-karachi-protest", "https://en3.example/karachi-protest", "2025-08-20",
     "Traders protest power cuts in Karachi",
     "Hundreds of traders blocked Shahrah-e-Faisal in Karachi on Wednesday to protest against power cuts of up to 12 hours a day, chanting slogans against K-Electric.\n\n"
     "The protesters dispersed after police promised talks with the utility. Karachi Tajir Ittehad president Atiq Mir said markets would close on Saturday if outages continued.", "protest", None),
    ("fr-karachi-manif", "https://fr.example/monde/karachi-manifestation", "2025-08-20",
     "Karachi : manifestation de commerçants contre les coupures d'électricité",
     "Des centaines de commerçants ont bloqué mercredi l'avenue Shahrah-e-Faisal à Karachi pour protester contre des coupures d'électricité pouvant atteindre 12 heures par jour, en scandant des slogans contre K-Electric.\n\n"
     "Les manifestants se sont dispersés après une promesse de discussions. Atiq Mir, de la Karachi Tajir Ittehad, a menacé de fermer les marchés samedi.", "protest", None),
    ("ap-geneva-talks", "https://en2.example/india-pakistan-talks", "2025-08-21",
     "India and Pakistan hold rare talks in Geneva on Indus water sharing",
     "Officials from India and Pakistan met in Geneva on Thursday for their first talks in two years on sharing the waters of the Indus basin, diplomats said.\n\n"
     "The two delegations, led by Pakistan's water commissioner Syed Mehr Ali Shah and India's commissioner Kushvinder Vohra, discussed the 1960 Indus Waters Treaty under World Bank auspices. A second round was agreed for October.", "talks", None),
    ("es-ginebra", "https://es.example/internacional/india-pakistan-ginebra", "2025-08-21",
     "India y Pakistán negocian en Ginebra el reparto del agua del Indo",
     "Representantes de India y Pakistán se reunieron el jueves en Ginebra en la primera ronda de conversaciones en dos años sobre el reparto de las aguas de la cuenca del Indo.\n\n"
     "Las delegaciones, encabezadas por Syed Mehr Ali Shah y Kushvinder Vohra, revisaron el Tratado de las Aguas del Indo de 1960 con mediación del Banco Mundial. Acordaron una segunda ronda en octubre.", "talks", None),
    ("de-genf", "https://de.example/ausland/indien-pakistan-genf", "2025-08-22",
     "Indien und Pakistan verhandeln in Genf über das Wasser des Indus",
     "Vertreter Indiens und Pakistans haben am Donnerstag in Genf erstmals seit zwei Jahren über die Aufteilung des Indus-Wassers verhandelt. Die Gespräche über den Indus-Wasservertrag von 1960 fanden unter Vermittlung der Weltbank statt.\n\n"
     "Die Delegationen unter Syed Mehr Ali Shah und Kushvinder Vohra vereinbarten eine zweite Runde im Oktober.", "talks", None),
]

with open(sys.argv[1] if len(sys.argv) > 1 else "merge_pairs.jsonl", "w") as f:
    for i, url, date, title, text, story, of in docs:
        f.write(json.dumps({"id": i, "url": url, "title": title, "date": date, "text": text,
                            "expect": {"story": story, "copy_of": of}}, ensure_ascii=False) + "\n")
