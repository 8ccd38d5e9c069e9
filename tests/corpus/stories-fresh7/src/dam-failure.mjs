export const about = 'Written blind by helper fresh7 (blind7a). Planted conflicts: the dam was last inspected in 2023 (apa, citing the operator; rtm; voz) vs in 2021 (damrev, citing the records of the water authority); people missing 23 (apa, rtm, voz, citing civil protection) vs 31 (herald, citing a tally by the mayors of the valley). Traps: dam 45 metres high vs water reaching Corbal in about 45 minutes; 12,000 evacuated vs 14 villages flooded; 310 litres per square metre (310 mm) of rain in 72 hours vs three days; 38 million cubic metres (38 hm3) vs 58-year-old dam built in 1968; 1,400 rescuers vs 14 villages; rain from Sat 31 Oct vs spillway gates opened Mon 2 Nov (damrev, single) vs the first warning to Corbal on Monday night vs failure before dawn Tue 3 Nov vs emergency Tue 3 vs the prime minister\'s visit Wed 4. Undated: voz, whose dateline has no date and which uses only relative dates ("yesterday", "this Wednesday", "since Saturday").';
export const published = { voz: '2026-11-04' };
export const sources = [
{ id: 'apa', outlet: 'Atlantic Press Agency', published: '2026-11-03', text: `
CORBAL, Montaraz, Nov 3 (APA) - A dam in northern Montaraz gave way before dawn on Tuesday after days of torrential rain, sending a wall of water down the Ariete valley, killing at least nine people and flooding 14 villages, the authorities said.

Twenty-three people were missing, the national civil protection agency said, and about 12,000 residents had been moved out of their homes as the flood spread across the valley floor.

The Valdecruz Dam, a 45-metre concrete and earth structure built in the 1960s, held some 38 million cubic metres of water when part of its wall collapsed. Television images showed the village of Corbal, the first in the water's path, submerged up to the rooftops, with cars and uprooted trees piled against the church.

"The dam did not give us time. When the sensors raised the alarm, the water was already on its way," civil protection director Julián Barroso told reporters at a crisis centre in the provincial capital.

Some 1,400 soldiers, firefighters and volunteers were searching for survivors, helped by helicopters and boats. Several bridges were swept away, cutting off villages further downstream.

Prime Minister Sofía Carranza declared a state of emergency in the province of Cantoral on Tuesday and said she would travel to the area.

Hidroeléctrica del Ariete (HDA), which operates the 58-year-old dam, said it had been inspected in 2023 and found to be in good condition. The company said it would cooperate fully with any investigation.

Heavy rain had been falling on the region since Saturday, with more than 300 litres per square metre recorded in some places. The weather service said more rain was expected on Wednesday, though less intense.

Residents of Corbal said local officials had gone door to door on Monday night warning people to move to higher ground, which may have saved many lives.
` },
{ id: 'rtm', outlet: 'RTM (Radiotelevisión Montaraz) English service', published: '2026-11-04', title: 'Valdecruz dam collapse: nine dead, search for missing goes on', text: `
Valdecruz dam collapse: nine dead, search for missing goes on

Rescue teams spent a second day searching the mud-filled streets of the Ariete valley on Wednesday, after the collapse of the Valdecruz dam left 9 people dead and 23 unaccounted for.

The dam burst in the early hours of Tuesday, after three days of almost uninterrupted rain. According to the state weather service, 310 litres per square metre fell on the reservoir's catchment in 72 hours, more than the area normally receives in four months.

A wave estimated at 6 metres high swept through the first villages below the dam. Around 12,000 people have been evacuated, many of them to sports halls and schools in the provincial capital, Torrelaba.

Prime Minister Sofía Carranza visited Corbal on Wednesday, walking through the wrecked main street in rubber boots. "We will rebuild every house, every bridge and every road," she said. The government, which declared a state of emergency on Tuesday, has promised an initial 200 million euros in aid.

The head of civil protection, Julián Barroso, said the 1,400 people involved in the search would keep working through the night. Dogs and thermal cameras are being used to look for people trapped in buildings.

Questions are already being asked about the state of the dam. The operator, HDA, says the structure passed its last inspection in 2023. Engineers quoted by RTM said that older dams were not designed for the extreme rainfall the country has seen in recent years.

The provincial prosecutor has opened an investigation into the causes of the disaster.

Weather forecasters expect drier conditions from Thursday, which should help the rescue operation.
` },
{ id: 'herald', outlet: 'The Ariete Valley Herald', published: '2026-11-05', title: '"The water took everything": Corbal counts its losses', text: `
"The water took everything": Corbal counts its losses

Ernesto Quiles has been mayor of Corbal for eleven years. On Thursday, standing in what was the town square, he could not say how many of his neighbours were still alive.

"The water took everything - the houses, the school, the cemetery wall," he said. "We are looking for people, and then we will look for the rest."

Corbal lies eight kilometres below the Valdecruz dam. When the wall failed in the small hours of Tuesday, the flood reached it in about 45 minutes, residents say, a wave some six metres high that tore through the lower streets.

Officially, nine people have died. But a tally compiled by the mayors of the valley's villages, and seen by the Herald, lists 31 people as missing - more than the figure given by civil protection, which has not yet included several residents of isolated farms.

Nearly 12,000 people have left their homes across the valley. In Corbal, many spent the nights since the disaster in the sports hall of the secondary school in Torrelaba, sleeping on mats donated by the Red Cross.

The warning came just in time for some. On Monday night, as the river rose, council workers and volunteers knocked on doors in the lower part of the town. "They told us to go up to the church hill. We grumbled," said Rosario Beltrán, 74. "Now I thank them every hour."

The dam, completed in 1968, has long worried people here. In 2019, a group of residents wrote to the operator, Hidroeléctrica del Ariete, about cracks they had seen on the downstream face. They say they never received a reply.

The company declined to comment on Thursday, saying it would not speak while the prosecutor's investigation was under way.

The prime minister, Sofía Carranza, promised on her visit this week that every house would be rebuilt.
` },
{ id: 'damrev', outlet: 'Dam Engineering Review', published: '2026-11-06', title: 'Valdecruz: first questions for the engineers', text: `
Valdecruz: first questions for the engineers

It is too early to say why the Valdecruz dam failed on 3 November, but the first facts point in familiar directions: extreme inflow, an ageing structure, and a monitoring regime that may not have kept up with either.

Valdecruz is a composite dam, 45 m high, with a concrete gravity section on the left bank and an earthfill embankment on the right. It was completed in 1968 and impounded a reservoir of 38 hm3. Early images suggest the breach began at the junction between the two sections, a weak point well known to dam engineers.

The rainfall was exceptional. The catchment received about 310 mm in 72 hours, and the operator, HDA, opened the spillway gates fully on Monday, 2 November. Whether the spillway, designed to 1960s standards, could pass the resulting flood is one of the key questions.

The second concerns inspection. HDA has said publicly that the dam was inspected in 2023. But the records of the national water authority, consulted by DER, show that the last full safety inspection of Valdecruz took place in 2021; what happened in 2023 appears to have been a visual check of the concrete section only.

The consequences were severe. Fourteen villages were flooded downstream, and at least nine people are confirmed dead. Around 12,000 people were evacuated.

Montaraz has about 60 large dams, most of them built between 1950 and 1980. A national review of their safety, announced in 2022, has yet to be completed.

The provincial prosecutor's investigation will draw on independent experts. Their first task will be to secure data from the dam's instruments, if it survived, and to establish the sequence of events in the hours before the failure.
` },
{ id: 'voz', outlet: 'La Voz de Corbal (automatic translation)', text: `
CORBAL (La Voz de Corbal) - The president of the Government, Sofia Carranza, visited this Wednesday the zones devastated by the rupture of the dam of Valdecruz, which yesterday in the dawn left nine deaths and 23 disappeared, according to the last balance of the Civil Protection.

"We are going to reconstruct each house, each bridge and each road", assured Carranza in front of the neighbours of Corbal, the first locality that the water reached, some 45 minutes after the rupture. Corbal is located to 8 kilometres of the dam.

The water invaded 14 localities of the valley of the Ariete. Some 12.000 persons had to abandon their homes, and many passed the night in the pavilions of Torrelaba.

The dam, of 45 meters of height, was inaugurated in the year 1968 and contained 38 millions of cubic metres of water. The company Hydroelectric of the Ariete, which exploits it, affirmed that the last inspection was realised in 2023 and that all was in order.

"The dam did not leave us time. When the sensors gave the alarm, the water already was in way", explained the director of the Civil Protection, Julián Barroso.

Since Saturday fell over the zone 310 litres for square metre, according to the meteorological service. The Government declared yesterday the state of emergency in the province of Cantoral.

The mayor of Corbal, Ernesto Quiles, thanked the volunteers who the Monday in the night went from door to door to warn the neighbours. "Without them, we would speak today of many more deaths", he said.

More than 1.400 members of the army, the firemen and volunteers continue the search of the disappeared.
` },
];
export const facts = [
['inspection-year', 'date', 'conflict', { apa: 'inspected in 2023', rtm: 'last inspection in 2023', voz: 'the last inspection was realised in 2023', damrev: 'took place in 2021' }],
['failure-day', 'date', 'agree', { apa: 'before dawn on Tuesday', rtm: 'in the early hours of Tuesday', herald: 'in the small hours of Tuesday', damrev: 'failed on 3 November', voz: 'yesterday in the dawn' }, { values: ['2026-11-03'] }],
['emergency-day', 'date', 'agree', { apa: 'state of emergency in the province of Cantoral on Tuesday', rtm: 'declared a state of emergency on Tuesday', voz: 'declared yesterday the state of emergency' }, { values: ['2026-11-03'] }],
['visit-day', 'date', 'agree', { rtm: 'visited Corbal on Wednesday', voz: 'visited this Wednesday' }, { values: ['2026-11-04'] }],
['rain-start', 'date', 'agree', { apa: 'since Saturday', voz: 'Since Saturday fell' }, { values: ['2026-10-31'] }],
['warning-day', 'date', 'agree', { apa: 'on Monday night warning people', herald: 'On Monday night, as the river rose', voz: 'the Monday in the night' }, { values: ['2026-11-02'] }],
['built-year', 'date', 'agree', { herald: 'completed in 1968', damrev: 'completed in 1968', voz: 'inaugurated in the year 1968' }, { values: ['1968'] }],
['missing', 'number', 'conflict', { apa: 'Twenty-three people were missing', rtm: '23 unaccounted for', voz: '23 disappeared', herald: 'lists 31 people as missing' }],
['dead', 'number', 'agree', { apa: 'killing at least nine people', rtm: 'left 9 people dead', herald: 'nine people have died', damrev: 'at least nine people are confirmed dead', voz: 'nine deaths' }],
['evacuated', 'number', 'agree', { apa: 'about 12,000 residents', rtm: 'Around 12,000 people have been evacuated', herald: 'Nearly 12,000 people', damrev: 'Around 12,000 people were evacuated', voz: 'Some 12.000 persons' }],
['villages', 'number', 'agree', { apa: 'flooding 14 villages', damrev: 'Fourteen villages were flooded', voz: '14 localities' }],
['height', 'number', 'agree', { apa: 'a 45-metre concrete', damrev: '45 m high', voz: 'of 45 meters of height' }],
['volume', 'number', 'agree', { apa: 'some 38 million cubic metres', damrev: '38 hm3', voz: '38 millions of cubic metres' }],
['rain', 'number', 'agree', { apa: 'more than 300 litres per square metre', rtm: '310 litres per square metre', damrev: 'about 310 mm', voz: '310 litres for square metre' }],
['rain-hours', 'number', 'agree', { rtm: 'in 72 hours, more', damrev: '310 mm in 72 hours' }],
['wave', 'number', 'agree', { rtm: 'estimated at 6 metres high', herald: 'some six metres high' }],
['minutes', 'number', 'agree', { herald: 'in about 45 minutes', voz: 'some 45 minutes after the rupture' }],
['distance', 'number', 'agree', { herald: 'eight kilometres below', voz: 'to 8 kilometres of the dam' }],
['rescuers', 'number', 'agree', { apa: 'Some 1,400 soldiers', rtm: 'the 1,400 people involved', voz: 'More than 1.400 members' }],
['carranza', 'entity', 'variant', { apa: 'Prime Minister Sofía Carranza', rtm: 'Prime Minister Sofía Carranza', herald: 'Sofía Carranza', voz: 'Sofia Carranza' }],
['barroso', 'entity', 'agree', { apa: 'Julián Barroso', rtm: 'Julián Barroso', voz: 'Julián Barroso' }],
['quiles', 'entity', 'agree', { herald: 'Ernesto Quiles', voz: 'Ernesto Quiles' }],
['operator', 'entity', 'variant', { apa: 'Hidroeléctrica del Ariete (HDA)', rtm: 'HDA', herald: 'Hidroeléctrica del Ariete', damrev: 'HDA', voz: 'Hydroelectric of the Ariete' }],
['dam', 'entity', 'variant', { apa: 'The Valdecruz Dam', rtm: 'the Valdecruz dam', herald: 'the Valdecruz dam', damrev: 'the Valdecruz dam', voz: 'the dam of Valdecruz' }],
['torrelaba', 'entity', 'agree', { rtm: 'Torrelaba', herald: 'Torrelaba', voz: 'Torrelaba' }, { org: true }],
['cantoral', 'entity', 'agree', { apa: 'Cantoral', voz: 'Cantoral' }, { org: true }],
['carranza-quote', 'quote', 'variant', { rtm: 'We will rebuild every house, every bridge and every road', herald: 'promised on her visit this week that every house would be rebuilt', voz: 'We are going to reconstruct each house, each bridge and each road' }, { unsure: true }],
['barroso-quote', 'quote', 'variant', { apa: 'The dam did not give us time. When the sensors raised the alarm, the water was already on its way', voz: 'The dam did not leave us time. When the sensors gave the alarm, the water already was in way' }],
['collapse', 'event', 'variant', { apa: 'gave way before dawn', rtm: 'The dam burst', herald: 'When the wall failed', damrev: 'the Valdecruz dam failed', voz: 'the rupture of the dam' }],
['state-of-emergency', 'event', 'variant', { apa: 'declared a state of emergency', rtm: 'which declared a state of emergency', voz: 'The Government declared yesterday the state of emergency' }],
['door-to-door', 'event', 'variant', { apa: 'had gone door to door', herald: 'knocked on doors', voz: 'went from door to door' }],
['investigation', 'event', 'variant', { rtm: 'The provincial prosecutor has opened an investigation', herald: "the prosecutor's investigation was under way", damrev: "The provincial prosecutor's investigation" }],
];
