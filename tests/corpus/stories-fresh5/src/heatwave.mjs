export const about = 'Written blind by helper fresh5. Planted conflicts: the 46.7 C record was set on Wednesday 12 Aug (cna, euroview "Wednesday afternoon", heraldo "yesterday") vs "on Tuesday" (post, citing the station\'s raw data); deaths 127 (cna, euroview, review, all citing the health ministry) vs 143 (heraldo, citing civil protection). Traps: nine provinces on red alert vs the nine-day heatwave (8-16 Aug); 127 deaths vs more than 1,200 treated for heatstroke; three in four victims over 75; record 46.7 vs old record 45.9 in 2017 vs the 2003 heatwave; heatwave from Sat 8 vs emergency Mon 10 vs record Wed 12 vs end expected Sun 16; 31-degree night vs 23 wildfires. Undated: heraldo, whose dateline has no date and which uses only relative dates ("yesterday", "this Thursday", "Sunday").';
export const published = { heraldo: '2026-08-13' };
export const sources = [
{ id: 'cna', outlet: 'Continental News Agency', published: '2026-08-13', text: `
SORVELA, Castrelia, Aug 13 (CNA) - Castrelia's health ministry said on Thursday that 127 people have died from causes linked to the heatwave gripping the country, a day after temperatures hit a national record of 46.7 degrees Celsius.

The record was measured on Wednesday at the weather station in Villafría del Cerro, in the southern province of Alto Serrano, the National Meteorological Agency (AMN) said. It beat the previous high of 45.9 degrees, set in 2017.

Most of the victims were elderly people living alone, Health Minister Lucía Ordóñez said. About three in four were older than 75. More than 1,200 people have been treated in hospital for heatstroke and dehydration since the heatwave began on Saturday.

"This heat kills, and it kills above all those who are alone," Ordóñez told a news conference in Sorvela, urging people to check on elderly neighbours.

Nine of the country's 14 provinces remain on red alert, and forecasters expect no relief until Sunday. In the capital, the temperature did not fall below 31 degrees on Tuesday night, the hottest night since records began.

The government declared a national heat emergency on Monday, banning outdoor work during the hottest hours of the day and extending the opening times of around 240 air-conditioned public shelters.

Firefighters were battling 23 wildfires on Thursday, the largest of them near the town of Monteagudo, where some 600 residents were evacuated overnight. A 38-year-old firefighter died there on Wednesday when his vehicle was caught by the flames.

Electricity demand reached an all-time peak of 41,300 megawatts on Wednesday, the grid operator said, but there were no major power cuts.

Scientists say heatwaves in the region have become longer and more intense because of climate change. "What used to be extreme is becoming the normal summer," said AMN spokesman Rubén Alcaraz.
` },
{ id: 'euroview', outlet: 'Euroview News', published: '2026-08-13', title: 'Castrelia heatwave: record heat, 127 dead and no end in sight', text: `
Castrelia heatwave: record heat, 127 dead and no end in sight

Castrelia is sweltering through the worst heatwave in its history. On Wednesday afternoon, a thermometer in the small town of Villafría del Cerro recorded 46.7C - the highest temperature ever measured in the country.

The heat has already claimed 127 lives, according to the health ministry. Many of the dead were pensioners found in their flats, some of them days later.

"This heat is killing people, above all the people who live alone," Health Minister Lucia Ordonez said on Thursday. She asked families to phone elderly relatives every day.

Red warnings are in force in nine provinces. The state weather agency says the temperatures will only begin to ease on Sunday.

In Sorvela, the streets were almost empty in the afternoon. Those who had to go out hurried from shade to shade, and queues formed outside the city's climate shelters, public buildings kept cool for anyone who needs them. Some 240 are open across the country.

Since Monday, when the government declared a heat emergency, outdoor work has been forbidden during the hottest part of the day. Building sites fell silent, and farm workers began their shifts before dawn.

In the south, firefighters are fighting 23 forest fires. A firefighter was killed on Wednesday near Monteagudo, where hundreds of people had to leave their homes.

Hospitals say they are coping, but emergency departments in the south are full. Doctors report more than 1,200 cases of heatstroke since the weekend.

The AMN's Rubén Alcaraz said the record would probably not stand for long. "What used to be extreme is turning into a normal summer," he said.
` },
{ id: 'post', outlet: 'The Sorvela Post', published: '2026-08-14', title: 'Inside the town that broke the record', text: `
Inside the town that broke the record

Villafría del Cerro has 1,900 inhabitants, two bars, one pharmacy - and, since this week, the highest temperature ever recorded in Castrelia.

The official 46.7 degrees was announced by the meteorological agency on Wednesday. But according to the raw data of the station, which sits in an olive grove behind the cooperative, the peak was reached on Tuesday, at twenty to five in the afternoon. The agency's spokesman, Rubén Alcaraz, told the Post that the figure had been "validated" a day later, which explains the confusion.

Whatever the date, the locals are not celebrating. "It is not a record, it is a warning," said mayor Amparo Villena, who has turned the town hall into a cooling room.

The Post has learned that at least four of the 127 heat deaths confirmed by the health ministry were in the province of Alto Serrano. Among them was an 81-year-old farmer found in his field on Monday.

Most of the dead, nationally, were over 75 years old, minister Lucía Ordóñez has said. In Villafría, the pharmacist now delivers medicine to the doors of the elderly so that they do not have to walk in the sun.

The heatwave started on Saturday 8 August and is forecast to break on Sunday, with storms in the north. Until then, Alto Serrano remains one of nine provinces on red alert.

The previous national record, 45.9 degrees, was measured in 2017 in the province of Marvella. That one lasted nine years. Few people here expect this one to last as long.

In the bars, the talk is about water. The town's reservoir is at 18 percent, and the cooperative has warned that this year's olive harvest could be halved. "My grandfather spoke of the summer of 2003 as the worst of his life," said a young farmer. "This one is worse."
` },
{ id: 'review', outlet: 'Climate & Weather Review', published: '2026-08-15', title: 'Why Castrelia\'s 46.7C matters', text: `
Why Castrelia's 46.7C matters

The new national record of 46.7°C at Villafría del Cerro will go through the usual checks by an international panel of climatologists, but the National Meteorological Agency has already validated the reading, and there is little doubt it will stand.

The heatwave began on 8 August, when a dome of high pressure settled over the country and trapped hot desert air beneath it. By Monday, night-time temperatures in the capital were no longer falling below 30 degrees. On the night to Wednesday, Sorvela recorded a minimum of 31 degrees, a level once thought impossible this far north.

The human toll is heavy: the health ministry has confirmed 127 deaths, and epidemiologists expect excess mortality figures, published in a few weeks, to be considerably higher. In past heatwaves, the final count has often been three to four times the first official figure.

The old record, 45.9°C, dated from 2017. That such a mark has been broken by almost a full degree in under a decade is consistent with what climate models predict for the region, where summer maximums are rising faster than the global average.

Nine provinces are under red alert. The grid operator reported record demand of 41,300 MW on Wednesday, as air conditioning ran at full capacity, and 23 wildfires were burning at the peak of the crisis.

The government's emergency measures, including a ban on outdoor work during the hottest hours and a network of 240 cooling shelters, were introduced on Monday. Public health experts have praised the speed of the response, but say the real test is structural: better-insulated housing, shaded streets and early warning for people who live alone, who made up most of this week's victims.

Relief is expected on Sunday, when a front from the ocean should bring temperatures down by eight to ten degrees.
` },
{ id: 'heraldo', outlet: 'El Heraldo de Sorvela (automatic translation)', text: `
SORVELA (El Heraldo de Sorvela) - The heat wave has caused already 143 deaths in all the country, according to the balance that the Civil Protection has facilitated this Thursday, while the thermometers continue above of the 40 degrees in the most of the provinces.

Yesterday the station of Villafria del Cerro registered 46,7 degrees, the maximum temperature measured never in Castrelia, informed the State Agency of Meteorology. The precedent record, of 45,9 degrees, was of the year 2017.

The minister of Health, Lucía Ordóñez, remembered that the majority of the deceased were elderly persons of more of 75 years who lived alone. "This heat kills, and kills above all to those who are alone", she declared.

The red alert is active in nine provinces. According to the meteorologists, the heat will not give truce until the Sunday.

In the capital, the thermometer did not descend of the 31 degrees in the night of Tuesday. The hospitals have attended more of 1.200 persons for heat strokes since the Saturday, when the episode began.

The Government, which decreed on Monday the emergency for heat, has prohibited the work in the exterior in the central hours of the day. The 240 climatic refuges of the country remain open until the midnight.

Twenty-three forest fires remain active. In Monteagudo, a firefighter of 38 years lost the life yesterday when the flames surrounded his vehicle, and some 600 neighbours had to be evacuated.

"What before was extreme is converting into the normal summer", warned the spokesman of the State Agency of Meteorology, Rubén Alcaraz.
` },
];
export const facts = [
['record-day', 'date', 'conflict', { cna: 'measured on Wednesday', euroview: 'On Wednesday afternoon', heraldo: 'Yesterday the station', post: 'reached on Tuesday' }],
['start-day', 'date', 'agree', { cna: 'began on Saturday', post: 'started on Saturday 8 August', review: 'began on 8 August', heraldo: 'since the Saturday' }, { values: ['2026-08-08'] }],
['emergency-day', 'date', 'agree', { cna: 'on Monday, banning', euroview: 'Since Monday', review: 'introduced on Monday', heraldo: 'decreed on Monday' }, { values: ['2026-08-10'] }],
['relief-day', 'date', 'agree', { cna: 'until Sunday', euroview: 'ease on Sunday', post: 'break on Sunday', review: 'Relief is expected on Sunday', heraldo: 'until the Sunday' }, { values: ['2026-08-16'] }],
['old-record-year', 'date', 'agree', { cna: 'set in 2017', post: 'measured in 2017', review: 'dated from 2017', heraldo: 'the year 2017' }, { values: ['2017'] }],
['firefighter-day', 'date', 'agree', { cna: 'died there on Wednesday', euroview: 'killed on Wednesday', heraldo: 'lost the life yesterday' }, { values: ['2026-08-12'] }],
['hot-night', 'date', 'agree', { cna: 'on Tuesday night', review: 'On the night to Wednesday', heraldo: 'in the night of Tuesday' }, { unsure: true, values: ['2026-08-11'] }],
['record', 'number', 'agree', { cna: '46.7 degrees Celsius', euroview: '46.7C', post: 'official 46.7 degrees', review: 'record of 46.7°C', heraldo: '46,7 degrees' }],
['old-record', 'number', 'agree', { cna: '45.9 degrees', post: '45.9 degrees', review: '45.9°C', heraldo: '45,9 degrees' }],
['deaths', 'number', 'conflict', { cna: '127 people have died', euroview: 'claimed 127 lives', post: 'the 127 heat deaths', review: 'confirmed 127 deaths', heraldo: '143 deaths' }],
['treated', 'number', 'agree', { cna: 'More than 1,200 people', euroview: 'more than 1,200 cases', heraldo: 'more of 1.200 persons' }],
['over-75', 'number', 'agree', { cna: 'older than 75', post: 'over 75 years old', heraldo: 'more of 75 years' }],
['red-provinces', 'number', 'agree', { cna: 'Nine of the country', euroview: 'in nine provinces', post: 'one of nine provinces', review: 'Nine provinces are under red alert', heraldo: 'active in nine provinces' }],
['night-min', 'number', 'agree', { cna: 'below 31 degrees', review: 'minimum of 31 degrees', heraldo: 'of the 31 degrees' }],
['shelters', 'number', 'agree', { cna: 'around 240 air-conditioned public shelters', euroview: 'Some 240 are open', review: '240 cooling shelters', heraldo: 'The 240 climatic refuges' }],
['fires', 'number', 'agree', { cna: 'battling 23 wildfires', euroview: '23 forest fires', review: '23 wildfires were burning', heraldo: 'Twenty-three forest fires' }],
['evacuated', 'number', 'agree', { cna: 'some 600 residents', euroview: 'hundreds of people', heraldo: 'some 600 neighbours' }, { unsure: true }],
['firefighter-age', 'number', 'agree', { cna: 'A 38-year-old firefighter', heraldo: 'a firefighter of 38 years' }],
['power', 'number', 'agree', { cna: '41,300 megawatts', review: '41,300 MW' }],
['ordonez', 'entity', 'variant', { cna: 'Lucía Ordóñez', euroview: 'Lucia Ordonez', post: 'Lucía Ordóñez', heraldo: 'Lucía Ordóñez' }],
['villafria', 'entity', 'variant', { cna: 'Villafría del Cerro', euroview: 'Villafría del Cerro', post: 'Villafría del Cerro', review: 'Villafría del Cerro', heraldo: 'Villafria del Cerro' }],
['alcaraz', 'entity', 'agree', { cna: 'Rubén Alcaraz', euroview: 'Rubén Alcaraz', post: 'Rubén Alcaraz', heraldo: 'Rubén Alcaraz' }],
['agency', 'entity', 'variant', { cna: 'National Meteorological Agency (AMN)', euroview: 'state weather agency', review: 'National Meteorological Agency', heraldo: 'State Agency of Meteorology' }, { unsure: true }],
['monteagudo', 'entity', 'agree', { cna: 'Monteagudo', euroview: 'Monteagudo', heraldo: 'Monteagudo' }, { org: true }],
['sorvela', 'entity', 'agree', { cna: 'Sorvela', euroview: 'Sorvela', review: 'Sorvela', heraldo: 'Sorvela' }, { org: true }],
['ordonez-quote', 'quote', 'variant', { cna: 'This heat kills, and it kills above all those who are alone', euroview: 'This heat is killing people, above all the people who live alone', heraldo: 'This heat kills, and kills above all to those who are alone' }],
['alcaraz-quote', 'quote', 'variant', { cna: 'What used to be extreme is becoming the normal summer', euroview: 'What used to be extreme is turning into a normal summer', heraldo: 'What before was extreme is converting into the normal summer' }],
['emergency', 'event', 'variant', { cna: 'declared a national heat emergency', euroview: 'the government declared a heat emergency', heraldo: 'decreed on Monday the emergency for heat' }],
['work-ban', 'event', 'variant', { cna: 'banning outdoor work', euroview: 'outdoor work has been forbidden', review: 'a ban on outdoor work', heraldo: 'has prohibited the work in the exterior' }],
['firefighter-death', 'event', 'variant', { cna: 'A 38-year-old firefighter died there', euroview: 'A firefighter was killed', heraldo: 'lost the life yesterday' }],
['evacuation', 'event', 'variant', { cna: 'were evacuated overnight', euroview: 'had to leave their homes', heraldo: 'had to be evacuated' }],
];
