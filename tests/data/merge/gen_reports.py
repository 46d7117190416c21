#!/usr/bin/env python3
"""Writes reports.jsonl: reports of one happening for tests/sh/stories.sh (written for khabar).

One happening (a clash at the Torkham crossing, 2025-03-03) reported by three
outlets in their own words, a wire copy of one of them under a new headline, a
synonym-spun copy of another (in the manner of a content farm), plus a
different happening on the same day at the same place (a truck accident) and
an unrelated report; then a second set (an earthquake, a bus crash in the same province
the same day, a budget story); then reports of these in French, German and Spanish. Field "expect" is not read by khabar: it is the answer."""
import json, sys

clash_a = """Pakistani and Afghan border forces exchanged heavy fire at the Torkham crossing on Monday, killing two Pakistani soldiers and wounding five civilians, officials in Khyber district said.

The firing began late on Sunday night after Afghan Taliban guards objected to the construction of a new checkpost on the Pakistani side of the frontier, according to Khyber deputy commissioner Abdul Nasir Khan. Mortar shells landed near the customs terminal and a market in Landi Kotal, he said.

The Inter-Services Public Relations said Pakistani troops "responded befittingly" and that the Afghan side suffered casualties. Taliban spokesman Zabihullah Mujahid said in a post on X that Pakistani forces had started the clash and that three Afghan guards were injured.

Trade through Torkham, the busiest crossing between the two countries, was halted and hundreds of trucks carrying fruit and coal were stranded on both sides. Traders in Peshawar said they were losing millions of rupees each day the gate stayed shut.

Elders from both sides met at the zero point on Monday afternoon to arrange a ceasefire, a local official said, but the crossing remained closed by evening."""

clash_b = """Two soldiers were killed when Afghan Taliban forces opened fire on a Pakistani border post at Torkham, the military said on Monday, in the latest flare-up along the disputed frontier.

In a statement, the Inter-Services Public Relations (ISPR) said the Afghan side used mortars and heavy weapons "without any provocation" overnight, and that Pakistani troops returned fire, causing "heavy losses" to the attackers. Five people living near the crossing were hurt when shells hit houses in Landi Kotal, hospital staff told reporters.

The Taliban administration in Kabul blamed Pakistan. Its chief spokesman, Zabihullah Mujahid, said the dispute was over a structure Pakistan was building on "Afghan soil" and that Afghan guards had acted in self-defence.

The Torkham gate, a vital artery for trade and for travellers heading to Jalalabad and Kabul, was shut on both sides. Long queues of goods vehicles formed on the Peshawar-Torkham highway.

Islamabad has repeatedly accused Kabul of sheltering militants of the Tehreek-e-Taliban Pakistan (TTP), a charge the Taliban deny. Tensions along the 2,600-kilometre border have risen sharply since 2021."""

clash_c = """TORKHAM: Clashes between border guards of Pakistan and Afghanistan at the Torkham border left two Pakistani soldiers dead on Monday, while several residents were injured as mortar rounds fell on villages near Landi Kotal.

Local officials in Khyber said the exchange of fire started around midnight over a new check post and continued for several hours. The Afghan Taliban's spokesman Zabihullah Mujahid accused Pakistani forces of firing first.

The ISPR said the Pakistani troops gave a befitting response to the unprovoked firing. Customs officials said all movement of cargo and pedestrians across Torkham was suspended, leaving long lines of container trucks waiting on the highway.

A jirga of tribal elders from Khyber and Nangarhar was trying to defuse the tension, a member of the Landi Kotal traders' association said."""

# a wire copy of clash_a under a new headline, with an agency line and a share footer
wire = "PESHAWAR (Agencies) - " + clash_a + "\n\nFollow us on Twitter and Facebook for the latest news.\n\nShare this story"

# a synonym-spun copy of clash_b, in the manner of a content farm's spinner
spun = """Two troopers had been killed when Afghan Taliban forces opened hearth on a Pakistani border publish at Torkham, the navy stated on Monday, within the newest flare-up alongside the disputed frontier.

In a press release, the Inter-Services Public Relations (ISPR) stated the Afghan facet used mortars and heavy weapons "with none provocation" in a single day, and that Pakistani troops returned hearth, inflicting "heavy losses" to the attackers. 5 individuals residing close to the crossing had been harm when shells hit homes in Landi Kotal, hospital employees informed reporters.

The Taliban administration in Kabul blamed Pakistan. Its chief spokesman, Zabihullah Mujahid, stated the dispute was over a construction Pakistan was constructing on "Afghan soil" and that Afghan guards had acted in self-defence.

The Torkham gate, a significant artery for commerce and for vacationers heading to Jalalabad and Kabul, was shut on either side. Lengthy queues of products autos fashioned on the Peshawar-Torkham freeway.

Islamabad has repeatedly accused Kabul of sheltering militants of the Tehreek-e-Taliban Pakistan (TTP), a cost the Taliban deny. Tensions alongside the 2,600-kilometre border have risen sharply since 2021.

Source link"""

# another happening: same day, same place
accident = """Four people were killed and seven injured when a truck loaded with cement lost its brakes and overturned on the Torkham highway near Landi Kotal on Monday, rescue officials said.

The truck was heading downhill towards Peshawar when the driver lost control on a sharp bend and the vehicle crushed a passenger van and two motorcycles, a Rescue 1122 spokesman said. The bodies and the injured were taken to the Landi Kotal hospital, where three of the wounded were said to be in critical condition.

Police said the driver fled the scene and a case had been registered against him. Residents of Khyber district complained that overloaded vehicles were frequently involved in accidents on the steep mountain road and asked the provincial government to enforce weight limits.

Traffic on the road was suspended for two hours while cranes removed the wreckage."""

other = """The State Bank of Pakistan kept its policy rate unchanged at 12 percent on Monday, saying inflation had eased but risks from global oil prices remained.

Governor Jameel Ahmad told a news conference in Karachi that the monetary policy committee expected inflation to stay within the target range of 5 to 7 percent in the next fiscal year. Analysts had expected a cut of at least 100 basis points after inflation fell to its lowest level in seven years.

The decision disappointed business groups, who said high borrowing costs were holding back investment and exports."""

docs = [
    ("dawn-torkham-clash", "https://www.dawn.com/news/1890001", "Two soldiers martyred as Pakistani, Afghan forces trade fire at Torkham", "2025-03-03", clash_a, "clash", None),
    ("geo-torkham-border", "https://www.geo.tv/latest/600101", "Afghan Taliban fire on Pakistani post at Torkham, two soldiers killed", "2025-03-03", clash_b, "clash", None),
    ("tribune-torkham", "https://tribune.com.pk/story/2530001", "Torkham border clash leaves two soldiers dead", "2025-03-03", clash_c, "clash", None),
    ("wire-torkham-copy", "https://www.pakobserver.net/border-tensions-flare", "Border tensions flare as crossing shuts", "2025-03-04", wire, "clash", "dawn-torkham-clash"),
    ("spun-torkham-copy", "https://newsfarm.example/pakistani-post-fired-at", "Afghan Taliban hearth on Pakistani publish at Torkham", "2025-03-04", spun, "clash", "geo-torkham-border"),
    ("dawn-truck-accident", "https://www.dawn.com/news/1890002", "Four killed as truck overturns on Torkham highway", "2025-03-03", accident, "accident", None),
    ("brecorder-sbp-rate", "https://www.brecorder.com/news/40350001", "SBP keeps policy rate unchanged at 12pc", "2025-03-03", other, "rate", None),
]

# a second happening, in June: an earthquake reported by three outlets (one a short
# follow-up with a new toll), a bus crash in the same province on the same day, and a
# budget story
quake_docs = [
    ('ap-quake', 'https://x.example/ap-quake', 'Earthquake kills 12 in northern Afghanistan', '2025-06-14',
     'A magnitude 5.9 earthquake struck Badakhshan province in northern Afghanistan early on Saturday, killing at least 12 people and injuring dozens, Taliban officials said.\n\nThe quake hit at 4:12 a.m. local time about 40 kilometres south of Faizabad at a depth of 10 km, according to the United States Geological Survey. Mud-brick houses collapsed in several villages of Jurm and Keshem districts.\n\nProvincial spokesman Mohammad Akram Akbari said rescue teams had reached the worst-hit areas and that the toll could rise. Tremors were felt in Kabul and in Peshawar and Islamabad in Pakistan.',
     'quake', None),
    ('reuters-quake', 'https://x.example/reuters-quake', "Quake in Afghanistan's Badakhshan leaves at least a dozen dead", '2025-06-14',
     'At least a dozen people were killed when a strong earthquake shook the remote province of Badakhshan on Saturday, destroying homes in mountain villages, the Taliban administration said.\n\nThe U.S. Geological Survey put the magnitude at 5.9 and said the epicentre was near Jurm. Akbari, the provincial spokesman, told reporters that more than 60 people were hurt and that helicopters were being sent to Keshem.\n\nAfghanistan is regularly hit by earthquakes, especially in the Hindu Kush mountain range. The tremor was also felt in northern Pakistan, where no damage was reported.',
     'quake', None),
    ('tolo-quake', 'https://x.example/tolo-quake', 'Badakhshan earthquake: death toll rises to 15', '2025-06-15',
     "The death toll from Saturday's earthquake in Badakhshan has risen to 15, local officials said on Sunday, as aid agencies rushed tents and food to families left homeless in Jurm and Keshem.\n\nThe Islamic Emirate's disaster management ministry said 70 people had been injured and more than 300 houses destroyed or damaged. Residents of Faizabad said they spent the night outdoors fearing aftershocks.\n\nThe United Nations said its teams were assessing needs in the province.",
     'quake', None),
    ('ap-bus', 'https://x.example/ap-bus', 'Bus plunges into ravine in Badakhshan, 9 dead', '2025-06-14',
     'Nine passengers died and 14 were injured when a bus fell into a ravine on the Faizabad-Baharak road in Badakhshan province on Saturday, a traffic police official said.\n\nThe driver lost control on a narrow mountain bend, the official said, adding that the injured were taken to the provincial hospital in Faizabad. Road accidents are common in Afghanistan because of poorly maintained roads and reckless driving.',
     'bus', None),
    ('pk-budget', 'https://x.example/pk-budget', 'Pakistan unveils budget with higher defence spending', '2025-06-14',
     "Pakistan's government on Saturday presented a budget for the next fiscal year that raises defence spending by 20 percent, Finance Minister Muhammad Aurangzeb told the National Assembly in Islamabad.\n\nThe budget targets a fiscal deficit of 5.1 percent of GDP and includes new taxes on retailers, in line with commitments to the International Monetary Fund.",
     'budget', None),
]

# reports in other languages (written for this test): the Torkham clash in French and in
# German, the truck accident of the same day and place in Spanish (it must join the
# accident, not the clash), the earthquake in French and the bus crash of the same day in
# Spanish. They share with the English reports what a translation keeps: names, places,
# figures, the day, the kind of event.
xlang_docs = [
    ('lemonde-torkham', 'https://fr.example/monde/torkham', 'Échanges de tirs à Torkham entre forces pakistanaises et afghanes', '2025-03-03',
     "Des échanges de tirs ont opposé lundi les gardes-frontières pakistanais et afghans au poste de Torkham, faisant deux morts parmi les soldats pakistanais et cinq blessés civils, selon les autorités du district de Khyber.\n\n"
     "Les tirs ont commencé dimanche soir, après que des gardes talibans se sont opposés à la construction d'un nouveau poste de contrôle du côté pakistanais. Des obus de mortier sont tombés près du terminal douanier et d'un marché de Landi Kotal.\n\n"
     "L'armée pakistanaise, par la voix de l'ISPR, affirme avoir riposté. Le porte-parole des talibans, Zabihullah Mujahid, accuse au contraire les forces pakistanaises d'avoir ouvert le feu les premières.\n\n"
     "Le passage de Torkham, principal point de passage entre le Pakistan et l'Afghanistan, est resté fermé et des centaines de camions attendent de part et d'autre, entre Peshawar et Jalalabad. Cette frontière de 2 600 kilomètres est le théâtre de tensions croissantes depuis 2021.",
     'clash', None),
    ('faz-torkham', 'https://de.example/politik/torkham', 'Tote Soldaten nach Gefecht am Grenzübergang Torkham', '2025-03-04',
     "An der Grenze zwischen Pakistan und Afghanistan haben sich Grenztruppen beider Länder am Montag am Übergang Torkham ein heftiges Gefecht geliefert. Nach Angaben der Behörden im Bezirk Khyber wurden zwei pakistanische Soldaten getötet und fünf Zivilisten verletzt.\n\n"
     "Auslöser war der Bau eines neuen Kontrollpostens auf pakistanischer Seite, gegen den afghanische Taliban-Wachen in der Nacht zum Montag vorgingen. Granaten schlugen in der Nähe eines Marktes in Landi Kotal ein.\n\n"
     "Die pakistanische Armee erklärte über ihre Pressestelle ISPR, man habe das Feuer erwidert. Taliban-Sprecher Zabihullah Mujahid machte dagegen Pakistan für den Beschuss verantwortlich.\n\n"
     "Der Übergang Torkham blieb geschlossen. Hunderte Lastwagen stauten sich zwischen Peshawar und Dschalalabad.",
     'clash', None),
    ('elpais-torkham-camion', 'https://es.example/internacional/torkham-camion', 'Cuatro muertos al volcar un camión cerca de Landi Kotal', '2025-03-03',
     "Al menos cuatro personas murieron y siete resultaron heridas el lunes cuando un camión cargado de cemento se quedó sin frenos y volcó en la carretera de Torkham, cerca de Landi Kotal, en el noroeste de Pakistán, informaron los servicios de rescate.\n\n"
     "El camión bajaba hacia Peshawar cuando el conductor perdió el control en una curva cerrada y aplastó una furgoneta de pasajeros y dos motocicletas, según un portavoz de Rescue 1122. Los heridos fueron trasladados al hospital de Landi Kotal; tres de ellos se encuentran en estado crítico.\n\n"
     "Los accidentes son frecuentes en esta carretera de montaña que une Peshawar con el paso fronterizo de Torkham, por la que circulan a diario cientos de camiones con mercancías hacia Afganistán.",
     'accident', None),
    ('fr-seisme-badakhshan', 'https://fr.example/monde/seisme-afghanistan', 'Afghanistan : un séisme fait au moins douze morts au Badakhshan', '2025-06-14',
     "Un séisme de magnitude 5,9 a frappé samedi la province du Badakhshan, dans le nord de l'Afghanistan, faisant au moins douze morts et des dizaines de blessés, selon les autorités talibanes.\n\n"
     "L'épicentre se situait près de Jurm, à une dizaine de kilomètres de profondeur, d'après l'Institut américain de géophysique (USGS). Des maisons en terre se sont effondrées dans plusieurs villages des districts de Jurm et de Keshem.\n\n"
     "Le porte-parole provincial, Mohammad Akram Akbari, a indiqué que les secours avaient atteint les zones les plus touchées. La secousse a été ressentie jusqu'à Kaboul et à Islamabad.",
     'quake', None),
    ('es-autobus-badakhshan', 'https://es.example/internacional/autobus-badakhshan', 'Nueve muertos al caer un autobús a un barranco en Badakhshan', '2025-06-14',
     "Nueve pasajeros murieron y 14 resultaron heridos el sábado cuando un autobús cayó a un barranco en la carretera entre Faizabad y Baharak, en la provincia afgana de Badakhshan, según la policía de tráfico.\n\n"
     "El conductor perdió el control en una curva estrecha de montaña. Los heridos fueron trasladados al hospital provincial de Faizabad. Los accidentes de tráfico son frecuentes en Afganistán por el mal estado de las carreteras.",
     'bus', None),
]
# reports in Arabic script (written for this test): the Torkham clash in Urdu and in
# Arabic, the truck accident of the same day and place in Urdu (it must join the accident),
# the earthquake in Arabic and the bus crash of the same day in Arabic. Their names are not
# capitalised: places come from the gazetteer's names in Arabic script, figures are written
# in Arabic-Indic or Extended Arabic-Indic digits, days as weekdays and month names.
script_docs = [
    ('jang-torkham', 'https://ur.example/news/torkham-firing', 'طورخم پر پاک افغان سرحدی فورسز میں فائرنگ، دو پاکستانی فوجی شہید', '2025-03-03',
     "طورخم: پاکستان اور افغانستان کی سرحدی فورسز کے درمیان پیر کو طورخم بارڈر پر شدید فائرنگ کا تبادلہ ہوا جس میں دو پاکستانی فوجی شہید اور پانچ شہری زخمی ہو گئے۔ ضلع خیبر کی انتظامیہ کے مطابق فائرنگ اتوار کی رات اس وقت شروع ہوئی جب افغان طالبان اہلکاروں نے سرحد کے قریب ایک نئی چیک پوسٹ کی تعمیر پر اعتراض کیا۔\n\n"
     "حکام کا کہنا ہے کہ مارٹر گولے لنڈی کوتل کے بازار اور کسٹمز ٹرمینل کے قریب گرے۔ آئی ایس پی آر کے مطابق پاکستانی فوج نے بھرپور جواب دیا جبکہ طالبان کے ترجمان ذبیح اللہ مجاہد نے پاکستانی فورسز پر پہل کا الزام لگایا۔\n\n"
     "فائرنگ کے بعد طورخم کے راستے تجارت معطل کر دی گئی اور پھلوں اور کوئلے سے لدے سینکڑوں ٹرک دونوں جانب پھنس گئے۔ پشاور کے تاجروں کا کہنا ہے کہ دونوں ممالک کی ۲۶۰۰ کلومیٹر طویل سرحد پر ۲۰۲۱ کے بعد سے کشیدگی بڑھ رہی ہے۔",
     'clash', None),
    ('aljazeera-torkham', 'https://ar.example/news/torkham', 'مقتل جنديين باكستانيين في اشتباكات مع القوات الأفغانية عند معبر طورخم', '2025-03-03',
     "اندلعت اشتباكات عنيفة يوم الاثنين بين قوات حرس الحدود الباكستانية والأفغانية عند معبر طورخم، ما أسفر عن مقتل جنديين باكستانيين وإصابة خمسة مدنيين، وفق ما أفاد مسؤولون في منطقة خيبر.\n\n"
     "وقال مسؤولون محليون إن إطلاق النار بدأ ليل الأحد بعد اعتراض عناصر من حركة طالبان على بناء نقطة تفتيش جديدة في الجانب الباكستاني من الحدود، وإن قذائف الهاون سقطت قرب سوق في لنڈي كوتل.\n\n"
     "وأعلن الجيش الباكستاني أن قواته ردت على مصادر النيران، فيما اتهم المتحدث باسم طالبان ذبيح الله مجاهد القوات الباكستانية بالبدء بإطلاق النار. وأغلق المعبر أمام حركة التجارة، وتكدست مئات الشاحنات على الطريق المؤدي إلى بيشاور. ويمتد الشريط الحدودي بين البلدين على طول ٢٦٠٠ كيلومتر.",
     'clash', None),
    ('express-torkham-truck', 'https://ur.example/news/landi-kotal-truck', 'لنڈی کوتل کے قریب ٹرک الٹنے سے چار افراد جاں بحق', '2025-03-03',
     "لنڈی کوتل: طورخم شاہراہ پر پیر کو سیمنٹ سے لدا ایک ٹرک بریک فیل ہونے کے باعث الٹ گیا جس کے نتیجے میں چار افراد جاں بحق اور سات زخمی ہو گئے۔ ریسکیو ۱۱۲۲ کے ترجمان کے مطابق ٹرک پشاور کی جانب اتر رہا تھا کہ ڈرائیور ایک تیز موڑ پر قابو کھو بیٹھا اور ٹرک ایک مسافر وین اور دو موٹر سائیکلوں پر جا گرا۔\n\n"
     "لاشوں اور زخمیوں کو لنڈی کوتل ہسپتال منتقل کر دیا گیا جہاں تین زخمیوں کی حالت تشویشناک بتائی جاتی ہے۔ پولیس نے حادثے کی تحقیقات شروع کر دی ہیں۔",
     'accident', None),
    ('arabic-quake-badakhshan', 'https://ar.example/news/badakhshan-quake', 'زلزال بقوة ٥٫٩ درجات يضرب ولاية بدخشان في أفغانستان', '2025-06-14',
     "ضرب زلزال بقوة ٥٫٩ درجات ولاية بدخشان في شمال أفغانستان فجر يوم السبت، ما أدى إلى مقتل ١٢ شخصا على الأقل وإصابة العشرات، حسب ما أعلنت سلطات طالبان.\n\n"
     "وقالت هيئة المسح الجيولوجي الأمريكية إن مركز الزلزال كان على بعد نحو ٤٠ كيلومترا جنوب مدينة فيض آباد وعلى عمق ١٠ كيلومترات. وأفاد مسؤولون محليون بأن منازل عديدة تهدمت في قرى جبلية، وأن فرق الإنقاذ تجد صعوبة في الوصول إلى المناطق النائية. وشعر السكان بالهزة في كابل.",
     'quake', None),
    ('arabic-bus-badakhshan', 'https://ar.example/news/badakhshan-bus', 'مقتل تسعة أشخاص في سقوط حافلة في واد سحيق ببدخشان', '2025-06-14',
     "لقي تسعة ركاب حتفهم وأصيب ١٤ آخرون يوم السبت عندما سقطت حافلة في واد سحيق على الطريق بين فيض آباد وبهارك في ولاية بدخشان الأفغانية، وفق ما أفاد مسؤول في شرطة المرور.\n\n"
     "وقال المسؤول إن سائق الحافلة فقد السيطرة عليها عند منعطف ضيق في طريق جبلي، وإن المصابين نقلوا إلى المستشفى الإقليمي في فيض آباد. وتكثر حوادث الطرق في أفغانستان بسبب سوء حالة الطرق.",
     'bus', None),
]
with open(sys.argv[1] if len(sys.argv) > 1 else "reports.jsonl", "w") as f:
    for i, url, title, date, text, story, of in docs + quake_docs + xlang_docs + script_docs:
        f.write(json.dumps({"id": i, "url": url, "title": title, "date": date, "text": text,
                            "expect": {"story": story, "copy_of": of}}) + "\n")
