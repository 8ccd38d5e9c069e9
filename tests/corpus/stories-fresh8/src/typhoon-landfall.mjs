export const about = 'Written blind by helper blind8a. Typhoon Kalinda (local name Bising) hits Surano province, Lusara (20-22 Sep 2026). Planted conflicts: landfall late on Sunday 20 Sep (pws "late on Sunday", apb "on Sunday night", pahayag "this Sunday in the night") vs "shortly after midnight on Monday" (tribune, citing the weather service\'s revised bulletin); catwatch "around midnight on 20-21 September" fits both and is left out. Deaths: 23 (pws, catwatch, pahayag, citing the NDCC; apb) vs 31 (tribune, citing the provincial governor). Traps: 14 missing vs the 14th tropical cyclone of the year; state of calamity in four provinces vs a storm surge of four metres vs Signal No. 5 in three provinces; 215 km/h sustained winds vs 260 km/h gusts; 410,000 evacuated vs 1.2 million homes without power vs 12,400 houses damaged; evacuations from Fri 18 vs signal raised Sat 19 vs landfall Sun 20 / Mon 21 vs calamity declared Mon 21 vs president\'s visit Tue 22; strongest since 2013 vs the first to hit Surano directly since 2013 (tribune, left out of previous-year). Undated: pahayag, whose dateline has no date and which uses only relative dates ("this Sunday", "yesterday", "today", "on Friday").';
export const published = { pahayag: '2026-09-22' };
export const sources = [
{ id: 'pws', outlet: 'Pacific Wire Service', published: '2026-09-21', text: `
PORT AMARAL, Sept 21 (PWS) - Typhoon Kalinda has killed 23 people in Lusara and left 14 people missing after it slammed into the island nation's eastern coast late on Sunday, the National Disaster Coordination Council (NDCC) said on Monday.

The storm came ashore near the fishing town of Dalumpit in Surano province packing sustained winds of 215 kilometres per hour and gusts of up to 260 km/h, according to the Lusara Atmospheric and Geophysical Service (LAGS). It was the most powerful typhoon to hit the country since 2013.

A storm surge of up to four metres swept through low-lying coastal villages, flattening wooden houses and tossing fishing boats onto the main road, witnesses said.

More than 410,000 people had been moved to evacuation centres since Friday, NDCC director Rodel Manansala said, adding that the preventive evacuations had "without doubt saved thousands of lives".

"It is as if a giant walked through Dalumpit and stepped on every roof," Surano Governor Benigno Alcántar told local radio.

President Amalia Cortés-Rivas on Monday declared a state of calamity in four provinces, freeing emergency funds and allowing price controls on rice, fuel and drinking water. "No family will be left to face this alone," she said in a televised address.

Power was cut to about 1.2 million households across the east of the country, and the national grid operator said it could take a week to restore supply in the worst-hit areas. Airlines cancelled 96 flights, and the coast guard kept all ferries in port.

The weather service raised its highest warning, Signal No. 5, on Saturday over three coastal provinces, including Surano.

By Monday afternoon the typhoon had crossed the main island and moved out over the western sea, weakening steadily. Forecasters said it was expected to dissipate by Wednesday.

Lusara is hit by around 20 tropical storms a year, but few reach Kalinda's strength.
` },
{ id: 'tribune', outlet: 'Surano Daily Tribune', published: '2026-09-22', title: 'Bising leaves 31 dead in Surano; Dalumpit "gone", says governor', text: `
Bising leaves 31 dead in Surano; Dalumpit "gone", says governor

Typhoon Bising (international name: Kalinda) has left 31 people dead in our province alone, Governor Benigno Alcantar said last night, a figure well above the national toll released so far. He said provincial teams had recovered bodies in villages that national rescuers had not yet reached.

According to the revised bulletin of the weather service, the eye of the storm made landfall shortly after midnight on Monday, a few kilometres north of Dalumpit. Residents who sheltered in the town's church described hours of roaring wind and water rising to the windows.

"A giant walked through Dalumpit and stepped on all the roofs. There is nothing left," Alcantar said.

Fourteen fishermen who went to sea before the warning are still unaccounted for. Their families have gathered at the harbour since Monday morning.

The provincial engineering office counts 12,400 houses damaged or destroyed, most of them in coastal barangays. Up to 380 millimetres of rain fell in 24 hours in the hills above the town, causing landslides that cut the road to Port Amaral.

Across Lusara, over 400,000 people spent the weekend in schools, gyms and churches after evacuations began on Friday. In Surano, many of them have no home to return to.

President Amalia Cortés-Rivas, who yesterday placed Surano and three other provinces under a state of calamity, will visit Dalumpit today. Mayor Lorna Pagdanganan said the town needs "water, tarpaulins and generators, not speeches".

Bising is the 14th tropical cyclone to enter Lusaran waters this year, but the first to hit Surano directly since 2013.

The provincial government has opened a donation point at the capitol. The Lusaran Red Cross said it has sent 40 tonnes of relief goods by sea, because the road remains blocked.
` },
{ id: 'catwatch', outlet: 'CatRisk Weekly', published: '2026-09-23', title: 'Kalinda: early loss view for Lusara', text: `
Kalinda: early loss view for Lusara

Typhoon Kalinda crossed the coast of Surano province around midnight on 20-21 September with one-minute sustained winds estimated at 215 km/h, equivalent to a strong Category 4 storm, and peak gusts of 260 km/h. Minimum central pressure was estimated at 925 hPa. It is the strongest landfall in Lusara since 2013.

Hazard profile

The damage footprint is dominated by wind and surge. Post-event reports point to a storm surge of about 4 m around Dalumpit, where the coastline forms a shallow bay that amplified the water level. Inland, rainfall totals of up to 380 mm triggered landslides in upland areas of Surano.

Exposure and losses

The National Disaster Coordination Council reports 23 fatalities and about 12,000 homes damaged in the affected region. Most of the housing stock in the landfall zone is light timber and corrugated iron, which is largely uninsured. Insured losses will therefore be concentrated in commercial and industrial property in the provincial capital, in the port, and in the power sector.

Our preliminary estimate of insured loss is USD 350-600 million, with total economic loss likely to be several times higher. Agricultural losses, particularly to the coconut and rice crops, are not included in this range.

Mitigating factors

Pre-landfall evacuations, which started from 18 September, appear to have worked: the death toll is a fraction of that recorded in the 2013 event, which made landfall further south. Lusara's government-backed parametric cover, which pays out based on wind speed and central pressure, is likely to be triggered for the first time.

Season context

Kalinda is the 14th tropical cyclone of the season. Sea surface temperatures east of Lusara remain well above average, and modelers expect further activity into November.
` },
{ id: 'apb', outlet: 'APB News', published: '2026-09-21', title: 'Typhoon Kalinda: 23 dead as storm batters Lusara', text: `
Typhoon Kalinda: 23 dead as storm batters Lusara

At least 14 people are missing and 23 dead after Typhoon Kalinda struck the east coast of Lusara on Sunday night, bringing winds of more than 200 km/h.

The storm hit near the town of Dalumpit in Surano province. Pictures from the area show roofs torn off, trees uprooted and boats washed ashore.

Lusara's disaster agency, the NDCC, said 410,000 people had been evacuated before the typhoon arrived.

What do we know so far?

- The typhoon is the strongest to hit Lusara in more than a decade
- Around 1.2 million homes are without electricity
- Nearly 100 flights have been cancelled
- Three provinces were placed under Signal No. 5, the highest warning level, on Saturday

Teresita Dumaual, a forecaster at the LAGS weather service, told APB News: "This is the strongest typhoon to make landfall here in more than ten years. The warnings were clear."

President Cortés-Rivas said on Monday: "No family will be left alone." She is expected to visit the worst-hit areas on Tuesday.

Why was it so destructive?

Kalinda strengthened rapidly over unusually warm water in the days before landfall, leaving little time to prepare, meteorologists say. It was also moving slowly, which meant villages were battered by strong winds for many hours.

The last storm of comparable strength, in 2013, killed more than 900 people in the south of the country. Since then, Lusara has invested heavily in early warning and evacuation centres.

Aid agencies, including the Lusaran Red Cross, say the main needs are clean water, shelter and food. The road from the capital, Port Amaral, to Dalumpit is blocked by landslides.

Neighbouring countries have offered help. The typhoon is now moving west and weakening.
` },
{ id: 'pahayag', outlet: 'Pahayag ng Lusara (automatic translation)', text: `
PORT AMARAL (Pahayag ng Lusara) - The typhoon Kalinda, called locally Bising, touched land this Sunday in the night in the province of Surano, with winds of 215 kilometers by hour, and left 23 persons dead and 14 missing, according to the National Council for the Coordination of Disasters.

The centre of the typhoon passed close to the town Dalumpit, where the sea water entered into the houses. "It is like a giant walked in Dalumpit and stepped every roof," said the governor of Surano, Benigno Alcántar.

More of 410.000 persons were evacuated since Friday in the provinces of the east. Many of them remain until now in the evacuation centres because their houses were destroyed or damaged. In Surano alone the authorities count 12.400 damaged houses.

The President Amalia Cortes Rivas decreed yesterday the state of calamity in four provinces. "No family will stay alone in this tragedy," she declared. Today the president travels to Dalumpit to see the destruction with her own eyes.

Around 1,2 million of houses stay without electricity. The company of electricity said that the repair of the lines will last maybe one week.

According to the forecaster Teresita Dumaual of the atmospheric service, the typhoon was the strongest since many years. "The strongest which touched land here in more than ten years," she said.

The fishermen of Dalumpit ask the help of the coast guard to search their companions in the sea. The church of the town, which resisted the wind, is now a centre of distribution of food and water.

The department of agriculture estimates that big part of the harvest of rice in the east is lost. The price of rice in the markets of the capital already went up.
` },
];
export const facts = [
['landfall-day', 'date', 'conflict', { pws: 'late on Sunday', apb: 'on Sunday night', pahayag: 'this Sunday in the night', tribune: 'shortly after midnight on Monday' }],
['evacuation-start', 'date', 'agree', { pws: 'since Friday', tribune: 'began on Friday', catwatch: 'from 18 September', pahayag: 'evacuated since Friday' }, { values: ['2026-09-18'] }],
['signal-day', 'date', 'agree', { pws: 'on Saturday over three', apb: 'on Saturday' }, { values: ['2026-09-19'] }],
['calamity-day', 'date', 'agree', { pws: 'on Monday declared', tribune: 'who yesterday placed', pahayag: 'decreed yesterday' }, { values: ['2026-09-21'] }],
['visit-day', 'date', 'agree', { tribune: 'will visit Dalumpit today', apb: 'visit the worst-hit areas on Tuesday', pahayag: 'Today the president travels' }, { values: ['2026-09-22'] }],
['previous-year', 'date', 'agree', { pws: 'since 2013', catwatch: 'in Lusara since 2013', apb: 'in 2013' }, { values: ['2013'] }],
['winds', 'number', 'agree', { pws: '215 kilometres per hour', catwatch: 'estimated at 215 km/h', apb: 'more than 200 km/h', pahayag: '215 kilometers by hour' }],
['gusts', 'number', 'agree', { pws: 'gusts of up to 260 km/h', catwatch: 'gusts of 260 km/h' }],
['deaths', 'number', 'conflict', { pws: 'killed 23 people', catwatch: 'reports 23 fatalities', apb: '23 dead as storm', pahayag: '23 persons dead', tribune: '31 people dead' }],
['missing', 'number', 'agree', { pws: '14 people missing', tribune: 'Fourteen fishermen', apb: 'At least 14 people are missing', pahayag: '14 missing' }],
['cyclone-count', 'number', 'agree', { tribune: '14th tropical cyclone to enter', catwatch: '14th tropical cyclone of the season' }],
['evacuated', 'number', 'agree', { pws: 'More than 410,000 people', tribune: 'over 400,000 people', apb: '410,000 people', pahayag: 'More of 410.000 persons' }],
['without-power', 'number', 'agree', { pws: 'about 1.2 million households', apb: 'Around 1.2 million homes', pahayag: 'Around 1,2 million of houses' }],
['houses-damaged', 'number', 'agree', { tribune: '12,400 houses', catwatch: 'about 12,000 homes', pahayag: '12.400 damaged houses' }],
['surge', 'number', 'agree', { pws: 'up to four metres', catwatch: 'about 4 m' }],
['calamity-provinces', 'number', 'agree', { pws: 'in four provinces, freeing', tribune: 'Surano and three other provinces', pahayag: 'calamity in four provinces' }, { unsure: true }],
['signal-provinces', 'number', 'agree', { pws: 'three coastal provinces', apb: 'Three provinces were placed' }],
['rainfall', 'number', 'agree', { tribune: '380 millimetres', catwatch: '380 mm' }],
['flights', 'number', 'agree', { pws: 'cancelled 96 flights', apb: 'Nearly 100 flights' }],
['cortes-rivas', 'entity', 'variant', { pws: 'Amalia Cortés-Rivas', tribune: 'Amalia Cortés-Rivas', apb: 'Cortés-Rivas', pahayag: 'Amalia Cortes Rivas' }],
['alcantar', 'entity', 'variant', { pws: 'Benigno Alcántar', tribune: 'Benigno Alcantar', pahayag: 'Benigno Alcántar' }],
['dumaual', 'entity', 'agree', { apb: 'Teresita Dumaual', pahayag: 'Teresita Dumaual' }],
['ndcc', 'entity', 'variant', { pws: 'National Disaster Coordination Council (NDCC)', catwatch: 'National Disaster Coordination Council', apb: 'NDCC', pahayag: 'National Council for the Coordination of Disasters' }],
['lags', 'entity', 'agree', { pws: 'Lusara Atmospheric and Geophysical Service (LAGS)', apb: 'LAGS' }],
['dalumpit', 'entity', 'agree', { pws: 'Dalumpit', tribune: 'Dalumpit', catwatch: 'Dalumpit', apb: 'Dalumpit', pahayag: 'Dalumpit' }, { org: true }],
['surano', 'entity', 'agree', { pws: 'Surano', tribune: 'Surano', catwatch: 'Surano', apb: 'Surano', pahayag: 'Surano' }, { org: true }],
['port-amaral', 'entity', 'agree', { pws: 'PORT AMARAL', tribune: 'Port Amaral', apb: 'Port Amaral', pahayag: 'PORT AMARAL' }, { org: true }],
['kalinda', 'entity', 'agree', { pws: 'Typhoon Kalinda', tribune: 'Kalinda', catwatch: 'Typhoon Kalinda', apb: 'Typhoon Kalinda', pahayag: 'Kalinda' }],
['bising', 'entity', 'agree', { tribune: 'Typhoon Bising', pahayag: 'Bising' }],
['red-cross', 'entity', 'agree', { tribune: 'Lusaran Red Cross', apb: 'Lusaran Red Cross' }, { org: true }],
['alcantar-quote', 'quote', 'variant', { pws: 'It is as if a giant walked through Dalumpit and stepped on every roof', tribune: 'A giant walked through Dalumpit and stepped on all the roofs', pahayag: 'It is like a giant walked in Dalumpit and stepped every roof' }],
['president-quote', 'quote', 'variant', { pws: 'No family will be left to face this alone', apb: 'No family will be left alone', pahayag: 'No family will stay alone in this tragedy' }],
['dumaual-quote', 'quote', 'variant', { apb: 'This is the strongest typhoon to make landfall here in more than ten years', pahayag: 'The strongest which touched land here in more than ten years' }],
['landfall', 'event', 'variant', { pws: "slammed into the island nation's eastern coast", tribune: 'made landfall', catwatch: 'crossed the coast of Surano province', apb: 'struck the east coast of Lusara', pahayag: 'touched land this Sunday' }],
['calamity', 'event', 'variant', { pws: 'declared a state of calamity', tribune: 'placed Surano and three other provinces under a state of calamity', pahayag: 'decreed yesterday the state of calamity' }],
['evacuation', 'event', 'variant', { pws: 'had been moved to evacuation centres', tribune: 'evacuations began', apb: 'had been evacuated', pahayag: 'were evacuated' }],
['road-blocked', 'event', 'variant', { tribune: 'landslides that cut the road to Port Amaral', apb: 'is blocked by landslides' }],
];
