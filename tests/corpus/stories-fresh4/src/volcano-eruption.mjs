export const about = 'Written blind by helper fresh4. Planted conflicts: alert raised to red on Tuesday 14 Apr (apw, geo, diario "on day 14") vs "on Monday" (westline); ash column 8 km (apw, diario, westline) vs 12 km (geo). Traps: 38 flights vs 38 years since 1988; 200-metre lava fountains vs 200 metres an hour; 4,000 quakes vs magnitude 4.2; swarm from Sun 12 vs alert Tue 14 vs eruption Thu 16 vs schools shut until Mon 20 Apr; 1988 eruption 44 days vs 1911 eruption; 23 homes vs 2,300 evacuees; 1.5 km fissure vs "about a mile".';
export const published = { diario: '2026-04-17' };
export const sources = [
{ id: 'apw', outlet: 'Atlantic Press Wire', published: '2026-04-16', text: `
VILA SERRANA, Corvelo, April 16 (APW) - The Pico Ardal volcano on the Atlantic island of Corvelo erupted early on Thursday for the first time since 1988, sending lava down its eastern flank and forcing about 2,300 people from four parishes out of their homes.

A fissure about 1.5 kilometres long opened on the volcano's eastern slope shortly after 3 a.m., the Atlantic Volcano Observatory (AVO) said, and fountains of lava shot up to 200 metres into the air. An ash column rose 8 kilometres, and the island's only airport was closed, with 38 flights cancelled.

No one has been hurt. Authorities had raised the alert level to red on Tuesday after more than 4,000 small earthquakes were recorded beneath the volcano since Sunday, the strongest of magnitude 4.2.

"The population was already prepared, and that saved lives," regional president Duarte Vasconcelos said after meeting emergency services. He declared a state of calamity for the island and announced 3 million euros in emergency aid.

By the afternoon, a lava flow was advancing towards the village of Fajã Alta at about 200 metres an hour. Its residents had been taken out on Wednesday evening as a precaution and were staying with relatives or in a sports hall in Vila Serrana.

Observatory director Rosa Meireles said it was impossible to predict how long the eruption would last. "It could be days, it could be months," she said.

Corvelo, home to about 15,000 people, is one of the most volcanically active islands in the archipelago. The 1988 eruption lasted 44 days and buried part of the village of Ribeira Funda under lava.
` },
{ id: 'geo', outlet: 'GeoScience Now', published: '2026-04-17', title: 'Corvelo eruption: what the earthquakes told scientists', text: `
Corvelo eruption: what the earthquakes told scientists

For four days before Pico Ardal erupted on Thursday, the volcano had been sending unmistakable signals. Seismometers of the Atlantic Volcano Observatory picked up more than 4,000 earthquakes under the island of Corvelo, most of them too small to be felt, as magma forced its way towards the surface.

"We could follow the magma rising almost day by day," said observatory director Rosa Meireles. The swarm began on Sunday. By Tuesday the ground near the summit had risen by 11 centimetres, and that day the alert level was raised to red.

The eruption itself began at about 3 a.m. along a fissure roughly 1.5 km long on the eastern flank. Satellite data suggest the ash plume reached 12 km high in the first hours, high enough to disrupt flights across the region, before falling back.

The lava is basaltic and very fluid, which is why it travels fast: up to 200 metres an hour on steep ground. Scientists expect it to slow down as it reaches the flatter land near Fajã Alta. The main danger for people is not the lava but the gas: sulphur dioxide levels near the vents are high, and two people have already been treated for breathing problems.

Meireles said the eruption could go on "for days or for months". The last eruption of Pico Ardal, in 1988, lasted 44 days. Another, in 1911, went on for almost a year.

Some 2,300 residents have been moved out of the danger zone. The observatory now flies drones over the fissure twice a day and has installed three extra gas sensors downwind of the vents.

What happens next depends on the supply of magma from below. If the ground keeps rising, Meireles warned, a second fissure could open further down the slope, closer to inhabited areas.

For volcanologists, the eruption is also a rare chance to test the monitoring network installed after the 1988 event, which caught the island almost entirely by surprise. At that time there was a single seismometer on Corvelo; today there are more than twenty, plus GPS stations and a permanent gas camera. "This time the warning worked," one researcher said, "and that is the real story."
` },
{ id: 'diario', outlet: 'Diário do Corvelo (automatic translation)', text: `
VILA SERRANA, 17 of April (Diário do Corvelo) - The volcano of the Pico Ardal continues in eruption since the dawn of yesterday, Thursday, and the lava already destroyed 23 houses in the locality of Fajã Alta, informed today the Civil Protection. It is the first eruption of the volcano since 1988.

According to the Volcanological Observatory of the Atlantic, the fissure has 1,5 kilometres of extension and the fountains of lava reach 200 metres of height. The column of ashes reached 8 kilometres. The aerodrome of the island remains closed and were cancelled 38 flights.

About 2.300 persons of four parishes were removed from their houses. The alert had passed to the red on day 14, after a seismic crisis with more than 4.000 earthquakes, the biggest of them of magnitude 4,2.

"The population was prepared and this saved lives", affirmed the President of the Regional Government, Duarte Vasconcelos, who decreed the situation of calamity and announced a support of 3 million euros for the families.

The director of the Observatory, Rosa Meireles, said that the eruption "can last days or months". Two persons received hospital treatment because of the gases. The displaced are hosted in the pavilion of sports of Vila Serrana and in houses of relatives, and the Red Cross distributes meals and masks.

The schools of the island are closed until Monday. The residents of Fajã Alta watched yesterday from the hill as the lava entered in the village. "Was the house of my parents, of my grandparents", said a woman of 70 years, crying.
` },
{ id: 'westline', outlet: 'Westline TV', published: '2026-04-17', title: 'Lava engulfs homes as Corvelo volcano erupts', text: `
Lava engulfs homes as Corvelo volcano erupts

Rivers of lava have swallowed at least 23 homes on the island of Corvelo since Pico Ardal erupted on Thursday, the island's first eruption in 38 years.

Our crew in Faja Alta watched as the glowing front crept into the village on Thursday afternoon, setting fire to houses, a church hall and a petrol station. Most residents had already left: authorities moved about 2,300 people out of four parishes after raising the volcano alert to its highest level, red, on Monday.

"The population was ready, and that is what saved lives," said Duarte Vasconcelos, the head of the regional government, who has declared a state of calamity. Nobody has been killed or seriously injured.

An ash cloud rose eight kilometres into the sky, and all 38 flights scheduled to and from Corvelo that day were cancelled. The airport remained closed on Friday, stranding hundreds of tourists. Ferry operators have added extra sailings to the neighbouring island of Santa Luzia.

Scientists at the Atlantic Volcano Observatory say the eruption shows no sign of weakening. The fissure, about a mile long, is still producing lava fountains.

The observatory's director, Rosa Meireles, said the eruption "could last days, or months". Her team is watching the ground for signs that a second vent could open.

Schools on the island will stay closed until Monday, and residents of nearby villages have been told to wear masks because of volcanic gases. For many older islanders, the scenes bring back memories of the last eruption, when whole streets disappeared under rock.
` },
];
export const facts = [
['eruption-day', 'date', 'agree', { apw: 'early on Thursday', geo: 'erupted on Thursday', diario: 'since the dawn of yesterday, Thursday', westline: 'erupted on Thursday' }, { values: ['2026-04-16'] }],
['alert-red', 'date', 'conflict', { apw: 'to red on Tuesday', geo: 'By Tuesday', diario: 'on day 14', westline: 'red, on Monday' }],
['last-eruption', 'date', 'agree', { apw: 'since 1988', geo: 'in 1988', diario: 'since 1988', westline: 'in 38 years' }, { values: ['1988'] }],
['swarm-start', 'date', 'agree', { apw: 'since Sunday', geo: 'began on Sunday' }, { values: ['2026-04-12'] }],
['schools-until', 'date', 'agree', { diario: 'until Monday', westline: 'until Monday' }, { values: ['2026-04-20'] }],
['lava-in-village', 'date', 'agree', { diario: 'watched yesterday', westline: 'on Thursday afternoon' }, { values: ['2026-04-16'] }],
['evacuees', 'number', 'agree', { apw: 'about 2,300 people', geo: 'Some 2,300 residents', diario: 'About 2.300 persons', westline: 'about 2,300 people' }],
['parishes', 'number', 'agree', { apw: 'four parishes', diario: 'four parishes', westline: 'four parishes' }],
['fissure', 'number', 'agree', { apw: 'about 1.5 kilometres long', geo: 'roughly 1.5 km long', diario: '1,5 kilometres of extension', westline: 'about a mile long' }, { unsure: true }],
['ash-column', 'number', 'conflict', { apw: 'rose 8 kilometres', diario: 'reached 8 kilometres', westline: 'eight kilometres', geo: '12 km high' }],
['flights', 'number', 'agree', { apw: '38 flights cancelled', diario: 'were cancelled 38 flights', westline: 'all 38 flights' }],
['quakes', 'number', 'agree', { apw: 'more than 4,000 small earthquakes', geo: 'more than 4,000 earthquakes', diario: 'more than 4.000 earthquakes' }],
['magnitude', 'number', 'agree', { apw: 'magnitude 4.2', diario: 'magnitude 4,2' }],
['lava-speed', 'number', 'agree', { apw: 'about 200 metres an hour', geo: 'up to 200 metres an hour' }],
['fountains', 'number', 'agree', { apw: 'up to 200 metres into the air', diario: '200 metres of height' }],
['homes', 'number', 'agree', { diario: '23 houses', westline: 'at least 23 homes' }],
['aid', 'number', 'agree', { apw: '3 million euros', diario: '3 million euros' }],
['duration-1988', 'number', 'agree', { apw: 'lasted 44 days', geo: 'lasted 44 days' }],
['gas-patients', 'number', 'agree', { geo: 'two people have already been treated', diario: 'Two persons received hospital treatment' }],
['meireles', 'entity', 'agree', { apw: 'Rosa Meireles', geo: 'Rosa Meireles', diario: 'Rosa Meireles', westline: 'Rosa Meireles' }],
['vasconcelos', 'entity', 'agree', { apw: 'Duarte Vasconcelos', diario: 'Duarte Vasconcelos', westline: 'Duarte Vasconcelos' }],
['observatory', 'entity', 'variant', { apw: 'Atlantic Volcano Observatory (AVO)', geo: 'Atlantic Volcano Observatory', diario: 'Volcanological Observatory of the Atlantic', westline: 'Atlantic Volcano Observatory' }],
['faja-alta', 'entity', 'variant', { apw: 'Fajã Alta', geo: 'Fajã Alta', diario: 'Fajã Alta', westline: 'Faja Alta' }],
['pico-ardal', 'entity', 'agree', { apw: 'Pico Ardal', geo: 'Pico Ardal', diario: 'Pico Ardal', westline: 'Pico Ardal' }, { org: true }],
['corvelo', 'entity', 'agree', { apw: 'Corvelo', geo: 'Corvelo', diario: 'Corvelo', westline: 'Corvelo' }, { org: true }],
['vila-serrana', 'entity', 'agree', { apw: 'Vila Serrana', diario: 'Vila Serrana' }, { org: true }],
['vasconcelos-quote', 'quote', 'variant', { apw: 'The population was already prepared, and that saved lives', diario: 'The population was prepared and this saved lives', westline: 'The population was ready, and that is what saved lives' }],
['meireles-quote', 'quote', 'variant', { apw: 'It could be days, it could be months', geo: 'for days or for months', diario: 'can last days or months', westline: 'could last days, or months' }],
['eruption', 'event', 'variant', { apw: 'erupted', geo: 'Pico Ardal erupted', diario: 'continues in eruption', westline: 'Corvelo volcano erupts' }, { unsure: true }],
['calamity', 'event', 'variant', { apw: 'declared a state of calamity', diario: 'decreed the situation of calamity', westline: 'has declared a state of calamity' }],
['airport-closed', 'event', 'variant', { apw: "the island's only airport was closed", diario: 'The aerodrome of the island remains closed', westline: 'The airport remained closed' }, { unsure: true }],
['homes-destroyed', 'event', 'variant', { diario: 'the lava already destroyed', westline: 'Rivers of lava have swallowed' }],
];
