export const about = 'Written blind by helper blind9a. Planted conflicts: the last inspection of the bridge was in November 2024 (mpa, ntv, glas, all citing the ministry) vs "in May 2021" (courier, citing an internal file of the roads directorate); length of deck that fell 90 metres (mpa, ntv, glas) vs "some 140 metres" (infra, citing a university survey); courier\'s "a large part of the central span" is vague and left out. Traps: 38 injured vs 38,000 vehicles a day vs 3,800 bridges managed by the NRD (infra, single); 11 bridges of the same design vs eleven bus passengers pulled out alive (courier, single); collapse Tue 3 Mar vs suspension Wed 4 Mar vs mourning Thu 5 Mar vs joint repairs since February vs resurfacing 2019 vs the 2021 report vs the council request in 2023 (single); opened 1974 / 52 years; 90 metres vs some 90 navy divers (ntv, single); six missing vs six in critical condition (ntv, single). Undated: glas, whose dateline has no date and which uses only relative dates ("yesterday morning", "this Thursday", "the past month").';
export const published = { glas: '2026-03-04' };
export const sources = [
{ id: 'mpa', outlet: 'Meridian Press Agency', published: '2026-03-03', text: `
DRAVNICA, Velmora, March 3 (MPA) - A road bridge over the Lesna river in the Velmoran city of Dravnica collapsed during the morning rush hour on Tuesday, sending about 20 vehicles, among them a city bus, into the water and killing 13 people, officials said.

Another 38 were injured and six people were still missing late in the day, the interior ministry said. More than 200 rescue workers, including navy divers, were searching the river, which is running high and fast after weeks of rain.

A 90-metre section of the four-lane Žarovo Bridge gave out shortly before eight in the morning, when traffic into the city centre was at its heaviest. Witnesses described a sharp crack, then the roadway folding "like wet cardboard".

The 52-year-old bridge, which opened in 1974, carried some 38,000 vehicles a day and was the main link between the city's industrial south and its old town. Its deck was resurfaced in 2019.

Transport Minister Radoslav Kerin said the structure had last been inspected in November 2024 and that no serious defects had been found. "Whoever is responsible will answer for this," he told reporters at the riverbank.

Prosecutors opened a criminal investigation in the afternoon. Kerin ordered urgent checks on 11 other bridges built to the same design, and the National Roads Directorate (NRD) closed two of them to heavy trucks as a precaution.

Prime Minister Milena Dragun, who cut short a visit abroad, declared Thursday a day of national mourning. The government will set aside 60 million euros for an emergency inspection programme, she said in a televised address.

Mayor Ivana Sokolić said residents had complained for years about cracks and vibrations on the bridge. The city council asked the NRD to limit heavy traffic in 2023, she said, but never received an answer.

Hospitals in Dravnica appealed for blood donors, and the city suspended public transport on the southern bank while engineers assessed the remaining piers.
` },
{ id: 'courier', outlet: 'The Dravnica Courier', published: '2026-03-04', title: '"We all knew": the bridge this city feared', text: `
"We all knew": the bridge this city feared

Thirteen people are dead and six remain missing after the Žarovo bridge gave way beneath the morning traffic on Tuesday, 3 March, leaving a gap where a large part of the central span used to be, and a city in shock.

Among the dead are a nurse on her way to St Lucija hospital, two brothers who ran a bakery in Stari Brod, and the driver of the number 14 bus, which had 27 passengers on board when it went into the Lesna. Eleven of them were pulled out alive by fishermen and firefighters in the first minutes.

In all, roughly twenty cars, vans and the bus fell, and 38 people were taken to hospital. Hundreds of rescuers worked through the night under floodlights.

"We all knew this bridge was sick, and nobody treated it," Mayor Ivana Sokolić said on Wednesday, her voice breaking.

Documents seen by the Courier suggest the warnings were old. According to an internal file of the roads directorate, the last full inspection of the bridge took place in May 2021, not in 2024 as the ministry has claimed. The 2021 report recommended replacing the bearings "within three years". It was never done.

The bridge, in use since 1974 and built by the state firm Gradis, had four lanes and carried 38,000 vehicles a day. A resurfacing in 2019 was, according to engineers we spoke to, "cosmetic". Since February, one lane had been shut for repairs to the expansion joints, squeezing the heaviest lorries onto the others.

On Wednesday morning, Transport Minister Kerin suspended the director of the roads directorate, Emil Branković, pending the outcome of the investigation. Prosecutors have launched an inquiry into possible negligence.

Thursday will be a day of national mourning. Prime Minister Dragun has promised 60 million euros to check the country's bridges, but on the embankment, where candles burned all night, few people wanted to talk about money.

"My son crosses that bridge every day," said Vesna, 61, who would give only her first name. "Yesterday he was late. That is the only reason I still have him."
` },
{ id: 'infra', outlet: 'Structures & Infrastructure Review', published: '2026-03-06', title: 'Žarovo: how a 1970s bridge design failed', text: `
Žarovo: how a 1970s bridge design failed

Three days after the Žarovo Bridge came down in Dravnica, engineers are starting to piece together how a structure carrying about 38,000 vehicles per day could fail with so little warning, or, more precisely, why the warnings were missed.

The bridge, completed in 1974 by the state contractor Gradis, is a post-tensioned concrete box girder, a type widely built in the region in that decade. Such bridges rely on steel tendons hidden inside the concrete. When water and de-icing salt reach them, they corrode out of sight.

According to a preliminary survey by Dravnica Technical University, shared with this publication, some 140 metres of deck came down across two spans, rather than the single span first reported. The first fracture appears to have occurred near a pier joint, where the team found badly corroded tendons.

"At 52 years, with this design, you need invasive testing, not visual checks," said Professor Marta Jelinek, who leads the survey. "Nobody walking along the deck would have seen this."

The failure caused 13 fatalities which, in the view of many engineers we contacted, were avoidable. The 2019 resurfacing did not touch the tendons. Repairs to the expansion joints that started in February had reduced the bridge to three lanes, concentrating heavy loads on the damaged side.

On 4 March, the head of the National Roads Directorate, Emil Branković, was suspended. The NRD manages around 3,800 bridges, but its inspection budget has fallen by a third since 2015.

The ministry has ordered inspections of eleven bridges of the same type. Jelinek's team believes the number is too low: at least 30 structures in the country use similar tendons, she says.

Testing a single large bridge with modern methods costs far less than rebuilding it. Whether the money now being promised will be spent on such testing, or on quick visual checks to reassure the public, is the question the industry will be watching.
` },
{ id: 'ntv', outlet: 'NTV24', published: '2026-03-04', title: 'Zarovo Bridge collapse: search goes on for six missing', text: `
Zarovo Bridge collapse: search goes on for six missing

Divers are still searching the Lesna river in Dravnica for six people unaccounted for after the Zarovo Bridge collapsed on Tuesday morning.

At least 13 people died and 38 were hurt when about 90 metres of the deck plunged into the river at the height of the rush hour. Around 20 vehicles went down with it, including a city bus carrying 27 people. Six of the injured are in a critical condition, doctors said.

Over 200 rescuers, among them some 90 navy divers, are taking part in the operation. The strong current and cold water have made the work slow and dangerous, the fire service said.

On Wednesday, Transport Minister Radoslav Kerin announced that the head of the state roads agency, Emil Brankovic, has been suspended. "Those responsible will be held to account, whoever they are," Kerin said.

The ministry insists that the bridge passed its last inspection, in November 2024, without any major problems being found. Prosecutors have opened a criminal investigation.

Prime Minister Milena Dragun has declared a day of national mourning on Thursday. The government has promised €60m for checks on bridges, and 11 bridges of the same design are now being examined.

Dravnica's mayor, Ivana Sokolic, said the city had warned about the bridge for years. "We all knew the bridge was ill, and no one did anything to cure it," she told NTV24.

What happens next

Engineers say the remaining parts of the bridge will have to be demolished. Building a replacement could take three to four years, according to the ministry.

Until then, traffic between the south of the city and the centre is being diverted over two smaller bridges, and the city has added extra tram services. Drivers have been warned to expect long delays for weeks.
` },
{ id: 'glas', outlet: 'Glas Dravnice (automatic translation)', text: `
DRAVNICA (Glas Dravnice) - 13 persons lost the life and 38 wounded were transported in the hospitals after that yesterday morning the bridge Žarovo over the river Lesna collapsed in the hour of peak, informed the Ministry of Interior. For 6 persons the search continues still.

In the water fell about twenty vehicles, between them a bus of the city transport with 27 travelers. More of 200 rescuers and divers of the military navy work on the place day and night.

According to the first data, a segment of 90 meters of the construction fell in the river. The bridge was inaugurated in 1974, and according to the ministry the last time it was controlled in November of 2024.

The minister of Transport Radoslav Kerín declared: "Who is guilty, will respond for this." The director of the Directorate of State Roads, Emil Brankovič, was suspended from the functions. The public prosecution opened investigation penal for negligence.

The mayoress Ivana Sokolić said: "All we knew that this bridge was sick, and nobody cured it." She reminded that the citizens complained many times for the cracks.

The government of the prime minister Milena Dragun declared this Thursday day of national mourning and will give 60 millions of euros for control of the bridges. The ministry ordered checks of other 11 bridges of the same construction in the country.

On the bridge were in course works on the expansion joints, which started the past month, and one lane was closed. The experts ask now if the works had influence on the collapse.

The citizens of Dravnica brought flowers and candles on the bank of the river. The schools in the south part of the city will stay closed until the end of the week.
` },
];
export const facts = [
['collapse-day', 'date', 'agree', { mpa: 'rush hour on Tuesday', courier: 'on Tuesday, 3 March', ntv: 'collapsed on Tuesday morning', glas: 'yesterday morning the bridge' }, { values: ['2026-03-03'] }],
['inspection-date', 'date', 'conflict', { mpa: 'inspected in November 2024', courier: 'took place in May 2021', ntv: 'in November 2024, without', glas: 'controlled in November of 2024' }],
['mourning-day', 'date', 'agree', { mpa: 'declared Thursday a day of national mourning', courier: 'Thursday will be a day of national mourning', ntv: 'national mourning on Thursday', glas: 'declared this Thursday day of national mourning' }, { values: ['2026-03-05'] }],
['suspension-day', 'date', 'agree', { courier: 'On Wednesday morning, Transport Minister Kerin suspended', infra: 'On 4 March', ntv: 'On Wednesday, Transport Minister' }, { values: ['2026-03-04'] }],
['opened-year', 'date', 'agree', { mpa: 'opened in 1974', courier: 'in use since 1974', infra: 'completed in 1974', glas: 'inaugurated in 1974' }, { values: ['1974'] }],
['resurfacing-year', 'date', 'agree', { mpa: 'resurfaced in 2019', courier: 'A resurfacing in 2019', infra: 'The 2019 resurfacing' }, { values: ['2019'] }],
['works-start', 'date', 'agree', { courier: 'Since February, one lane', infra: 'started in February', glas: 'started the past month' }, { values: ['2026-02'] }],
['deaths', 'number', 'agree', { mpa: 'killing 13 people', courier: 'Thirteen people are dead', infra: '13 fatalities', ntv: 'At least 13 people died', glas: '13 persons lost the life' }],
['injured', 'number', 'agree', { mpa: 'Another 38 were injured', courier: '38 people were taken to hospital', ntv: '38 were hurt', glas: '38 wounded' }],
['missing', 'number', 'agree', { mpa: 'six people were still missing', courier: 'six remain missing', ntv: 'six people unaccounted for', glas: 'For 6 persons the search continues' }],
['span-length', 'number', 'conflict', { mpa: 'A 90-metre section', infra: 'some 140 metres of deck', ntv: 'about 90 metres of the deck', glas: 'a segment of 90 meters' }],
['vehicles', 'number', 'agree', { mpa: 'about 20 vehicles', courier: 'roughly twenty cars, vans and the bus', ntv: 'Around 20 vehicles', glas: 'about twenty vehicles' }],
['bus-passengers', 'number', 'agree', { courier: 'had 27 passengers on board', ntv: 'a city bus carrying 27 people', glas: 'with 27 travelers' }],
['daily-traffic', 'number', 'agree', { mpa: 'some 38,000 vehicles a day', courier: 'carried 38,000 vehicles a day', infra: 'about 38,000 vehicles per day' }],
['age', 'number', 'agree', { mpa: 'The 52-year-old bridge', infra: 'At 52 years' }],
['bridges-checked', 'number', 'agree', { mpa: 'checks on 11 other bridges', infra: 'eleven bridges of the same type', ntv: '11 bridges of the same design', glas: 'other 11 bridges' }],
['rescuers', 'number', 'agree', { mpa: 'More than 200 rescue workers', courier: 'Hundreds of rescuers', ntv: 'Over 200 rescuers', glas: 'More of 200 rescuers' }, { unsure: true }],
['fund', 'number', 'agree', { mpa: '60 million euros for an emergency inspection programme', courier: 'promised 60 million euros', ntv: '€60m', glas: '60 millions of euros' }],
['lanes', 'number', 'agree', { mpa: 'four-lane Žarovo Bridge', courier: 'had four lanes' }],
['zarovo', 'entity', 'variant', { mpa: 'Žarovo Bridge', courier: 'Žarovo bridge', infra: 'Žarovo Bridge', ntv: 'Zarovo Bridge', glas: 'bridge Žarovo' }],
['lesna', 'entity', 'agree', { mpa: 'Lesna', courier: 'Lesna', ntv: 'Lesna', glas: 'Lesna' }, { org: true }],
['dravnica', 'entity', 'agree', { mpa: 'Dravnica', infra: 'Dravnica', ntv: 'Dravnica', glas: 'Dravnica' }, { org: true }],
['gradis', 'entity', 'agree', { courier: 'Gradis', infra: 'Gradis' }, { org: true }],
['kerin', 'entity', 'variant', { mpa: 'Radoslav Kerin', courier: 'Kerin', ntv: 'Radoslav Kerin', glas: 'Radoslav Kerín' }],
['sokolic', 'entity', 'variant', { mpa: 'Ivana Sokolić', courier: 'Ivana Sokolić', ntv: 'Ivana Sokolic', glas: 'Ivana Sokolić' }],
['brankovic', 'entity', 'variant', { courier: 'Emil Branković', infra: 'Emil Branković', ntv: 'Emil Brankovic', glas: 'Emil Brankovič' }],
['dragun', 'entity', 'agree', { mpa: 'Milena Dragun', courier: 'Prime Minister Dragun', ntv: 'Milena Dragun', glas: 'Milena Dragun' }],
['roads-directorate', 'entity', 'variant', { mpa: 'National Roads Directorate (NRD)', courier: 'the roads directorate', infra: 'National Roads Directorate', ntv: 'state roads agency', glas: 'Directorate of State Roads' }, { unsure: true }],
['sokolic-quote', 'quote', 'variant', { courier: 'We all knew this bridge was sick, and nobody treated it', ntv: 'We all knew the bridge was ill, and no one did anything to cure it', glas: 'All we knew that this bridge was sick, and nobody cured it' }],
['kerin-quote', 'quote', 'variant', { mpa: 'Whoever is responsible will answer for this', ntv: 'Those responsible will be held to account, whoever they are', glas: 'Who is guilty, will respond for this' }],
['collapse', 'event', 'variant', { mpa: 'collapsed during the morning rush hour', courier: 'gave way beneath the morning traffic', infra: 'came down in Dravnica', ntv: 'the Zarovo Bridge collapsed', glas: 'collapsed in the hour of peak' }],
['suspension', 'event', 'variant', { courier: 'suspended the director of the roads directorate', infra: 'was suspended', ntv: 'has been suspended', glas: 'was suspended from the functions' }],
['investigation', 'event', 'variant', { mpa: 'Prosecutors opened a criminal investigation', courier: 'Prosecutors have launched an inquiry', ntv: 'Prosecutors have opened a criminal investigation', glas: 'opened investigation penal' }],
['mourning', 'event', 'variant', { mpa: 'declared Thursday a day of national mourning', ntv: 'has declared a day of national mourning', glas: 'declared this Thursday day of national mourning' }],
['complaints', 'event', 'variant', { mpa: 'residents had complained for years about cracks', ntv: 'the city had warned about the bridge for years', glas: 'the citizens complained many times for the cracks' }],
['interior-ministry', 'entity', 'variant', { mpa: 'the interior ministry said', glas: 'Ministry of Interior' }, { unsure: true }],
];
