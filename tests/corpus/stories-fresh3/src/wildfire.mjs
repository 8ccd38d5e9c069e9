export const about = 'Written blind by helper fresh3. Planted conflicts: fire start Monday 10 Aug (medwire, ctv, corriere) vs Sunday (climatedesk); evacuees 2,600 (medwire, ctv) vs 6.200 (corriere). Traps: 41 homes vs 41 degrees; 4,300 ha now vs 9,000 ha in 2017; 70 km/h wind vs 3 km/h fire front; 5 million aid vs 30 million damage; five villages vs 5 million; cabinet meeting Thu 13 vs regional council Fri 14; evacuation Tue 11 vs contained Wed 12.';
export const published = { corriere: '2026-08-12' };
export const sources = [
{ id: 'medwire', outlet: 'Mediterranean Wire', published: '2026-08-12', text: `
ALCARA, Aug 12 (Mediterranean Wire) - Firefighters said on Wednesday they had contained a wildfire that tore through the hills of Valmora for three days, burning 4,300 hectares of pine forest and farmland and destroying 41 homes.

The fire broke out on Monday afternoon near the village of San Lido and, pushed by gusts of up to 70 km/h, spread along a front of 12 kilometres in less than a day. Authorities ordered the evacuation of five villages on Tuesday, and 2,600 people spent the night in schools and sports halls in Alcara, the regional capital.

A total of 850 firefighters, backed by 14 water-bombing aircraft, worked through the night. Three firefighters were injured, one of them seriously, the Civil Protection agency said. Temperatures reached 41C in Alcara, close to the regional record.

"We have never seen a fire move this fast," regional governor Elena Caruso told reporters. She said the national government had released 5 million euros in emergency aid and that ministers would meet on Thursday to discuss her request for a state of emergency.

Police said a 67-year-old man was arrested on suspicion of starting the blaze while burning stubble on his land, which is banned in the region from June to September. His lawyer could not be reached for comment.

Regional fire chief Tomás Ibarra warned that the fire could still flare up if the wind turned. "The next 48 hours will be decisive," he said, adding that crews would stay on the ground at least until the weekend.

It is the worst fire in Valmora since 2017, when a blaze on the coast burned 9,000 hectares and killed two people. Environmental groups have long criticised the region for cutting its budget for clearing undergrowth, a charge the regional government denies.

Residents of San Lido were allowed to return briefly on Wednesday to collect belongings under police escort.
` },
{ id: 'ctv', outlet: 'Continental TV', published: '2026-08-12', title: 'Valmora fire: homes lost as thousands flee', text: `
Valmora fire: homes lost as thousands flee

Thousands of people were forced to leave their homes in southern hill country this week after a wildfire erupted on Monday and raced through tinder-dry forest in the Valmora region.

About 2,600 residents were moved into emergency shelters, many of them elderly people from remote hamlets who had never been evacuated before. The blaze has burnt about 4,300 hectares, an area bigger than the city of Alcara itself, and destroyed 41 houses, the regional authorities say. Firefighters told us on Wednesday the flames were now under control.

Some 850 firefighters and a fleet of planes and helicopters have been fighting the fire. Three firefighters were hurt. At its worst, the fire front was moving at around 3 kilometres an hour, faster than some of the older residents could walk.

In San Lido, where the fire began, Maria Lentini, 74, stood in front of what had been her kitchen. "Fifty years of my life, gone in ten minutes," she said.

Governor Caruso said she had never seen a fire moving "this fast" and called on the national government to declare a state of emergency. The cabinet will hold an emergency meeting on Thursday to decide.

Police have detained a 67-year-old local farmer. Investigators believe he was burning dry stubble in a field, something that is forbidden in summer.

Temperatures hit 41 degrees on Tuesday, and forecasters expect the heat to last until the weekend, with little chance of rain before the end of August. Scientists say fires of this kind are becoming more frequent as summers in the region get hotter and drier.

Local farmers fear for the olive harvest: many groves on the slopes above San Lido were completely destroyed, and it can take a decade for new trees to bear fruit.
` },
{ id: 'corriere', outlet: 'Corriere di Valmora (automatic translation)', text: `
ALCARA, 12 August (Agenzia Stampa Sud) - The fire which devastated the hills of Valmora is since this morning under control, has communicated the Civil Protection. The flames, that are started the 10 August in the zone of San Lido, have burned 4.300 hectares of woods and of cultivations and destroyed 41 habitations.

Yesterday the authorities have evacuated 5 villages. According to the prefecture, 6.200 persons were evacuated and hosted in the schools and in the gymnasiums of Alcara, where the volunteers of the Red Cross have distributed meals and beds of camp.

"Never we have seen a fire to move so rapidly", has declared the president of the region Elena Caruso, who has announced 5 million euro of emergency help from the government of Rome. The regional council will reunite itself in extraordinary session Friday to approve further measures for the families which have lost the house.

On the ground have worked 850 firemen with fourteen airplanes Canadair and numerous helicopters. The wind has blown until 70 kilometres per hour during the night between Monday and Tuesday. The commander of the firemen, Tomas Ibarra, has said that "the next 48 hours will be decisive" because the vegetation remains very dry.

A man of 67 years has been arrested: according to the investigators he had burned stubbles in his field notwithstanding the prohibition. The man has denied every responsibility.

The damages are estimated to 30 million euro at least by the associations of the agriculturists, which speak of the worst year for the zone since 2017. Many olive trees and vineyards are gone lost.
` },
{ id: 'climatedesk', outlet: 'Climate Desk', published: '2026-08-13', title: 'Why the Valmora fire spread so fast', text: `
Why the Valmora fire spread so fast

The wildfire that swept through the hills of Valmora was brought under control on Wednesday, three days after it broke out on Sunday near the village of San Lido. By then it had burned 43 square kilometres of forest, olive groves and scrub, making it the largest fire in the region since 2017, when 9,000 hectares went up in flames along the coast.

Experts say the speed of the fire was no accident. July was the driest month in Valmora since records began in 1950, according to the regional weather service, and temperatures reached 41 degrees Celsius on Tuesday. Gusts of 70 kph did the rest, carrying embers hundreds of metres ahead of the main front.

"Once the fire reached the abandoned terraces above the village, there was nothing to stop it," said Paolo Marini, a forestry researcher at the University of Alcara. Much of the land has not been farmed for decades, and the undergrowth has been allowed to grow unchecked.

Fire chief Tomás Ibarra said the coming two days would be decisive, and his crews are still watching for hot spots. Fourteen aircraft, two of them sent by neighbouring countries, were used at the peak of the operation.

Farmers' groups put the damage at €30m, much of it to olive trees that will take years to replace.

Governor Elena Caruso has promised a new fire prevention plan, which the regional council is due to debate on Friday. Critics point out that a similar plan was promised after the 2017 fire and never funded. Caruso said this time would be different.
` },
];
export const facts = [
['fire-start', 'date', 'conflict', { medwire: 'on Monday afternoon', ctv: 'on Monday', corriere: 'the 10 August', climatedesk: 'on Sunday' }],
['evacuation-day', 'date', 'agree', { medwire: 'on Tuesday', corriere: 'Yesterday' }, { values: ['2026-08-11'] }],
['contained-day', 'date', 'agree', { medwire: 'on Wednesday they had contained', corriere: 'since this morning', climatedesk: 'on Wednesday' }, { values: ['2026-08-12'] }],
['cabinet-meeting', 'date', 'agree', { medwire: 'on Thursday', ctv: 'on Thursday' }, { values: ['2026-08-13'] }],
['regional-council', 'date', 'agree', { corriere: 'Friday', climatedesk: 'on Friday' }, { values: ['2026-08-14'] }],
['worst-since', 'date', 'agree', { medwire: 'since 2017', corriere: 'since 2017', climatedesk: 'since 2017' }, { values: ['2017'] }],
['area', 'number', 'agree', { medwire: '4,300 hectares', ctv: 'about 4,300 hectares', corriere: '4.300 hectares', climatedesk: '43 square kilometres' }],
['homes', 'number', 'agree', { medwire: '41 homes', ctv: '41 houses', corriere: '41 habitations' }],
['temperature', 'number', 'agree', { medwire: '41C', ctv: '41 degrees', climatedesk: '41 degrees Celsius' }],
['evacuees', 'number', 'conflict', { medwire: '2,600 people', ctv: 'About 2,600 residents', corriere: '6.200 persons' }],
['firefighters', 'number', 'agree', { medwire: '850 firefighters', ctv: 'Some 850 firefighters', corriere: '850 firemen' }],
['aircraft', 'number', 'agree', { medwire: '14 water-bombing aircraft', corriere: 'fourteen airplanes', climatedesk: 'Fourteen aircraft' }],
['villages', 'number', 'agree', { medwire: 'five villages', corriere: '5 villages' }],
['wind', 'number', 'agree', { medwire: '70 km/h', corriere: '70 kilometres per hour', climatedesk: '70 kph' }],
['injured', 'number', 'agree', { medwire: 'Three firefighters were injured', ctv: 'Three firefighters were hurt' }],
['suspect-age', 'number', 'agree', { medwire: '67-year-old man', ctv: '67-year-old', corriere: 'A man of 67 years' }],
['aid', 'number', 'agree', { medwire: '5 million euros', corriere: '5 million euro' }],
['damage', 'number', 'agree', { corriere: '30 million euro', climatedesk: '€30m' }],
['area-2017', 'number', 'agree', { medwire: '9,000 hectares', climatedesk: '9,000 hectares' }],
['caruso', 'entity', 'agree', { medwire: 'Elena Caruso', ctv: 'Governor Caruso', corriere: 'Elena Caruso', climatedesk: 'Elena Caruso' }],
['ibarra', 'entity', 'variant', { medwire: 'Tomás Ibarra', corriere: 'Tomas Ibarra', climatedesk: 'Tomás Ibarra' }],
['valmora', 'entity', 'agree', { medwire: 'Valmora', ctv: 'Valmora', corriere: 'Valmora', climatedesk: 'Valmora' }, { org: true }],
['san-lido', 'entity', 'agree', { medwire: 'San Lido', ctv: 'San Lido', corriere: 'San Lido', climatedesk: 'San Lido' }, { org: true }],
['alcara', 'entity', 'agree', { medwire: 'Alcara', ctv: 'Alcara', corriere: 'Alcara' }, { org: true }],
['civil-protection', 'entity', 'agree', { medwire: 'Civil Protection', corriere: 'Civil Protection' }, { org: true }],
['caruso-quote', 'quote', 'variant', { medwire: 'We have never seen a fire move this fast', ctv: 'this fast', corriere: 'Never we have seen a fire to move so rapidly' }],
['ibarra-quote', 'quote', 'variant', { medwire: 'The next 48 hours will be decisive', corriere: 'the next 48 hours will be decisive', climatedesk: 'the coming two days would be decisive' }],
['outbreak', 'event', 'variant', { medwire: 'broke out', ctv: 'erupted', corriere: 'are started', climatedesk: 'broke out' }],
['evacuation', 'event', 'variant', { medwire: 'ordered the evacuation', ctv: 'forced to leave their homes', corriere: 'have evacuated 5 villages' }],
['arrest', 'event', 'variant', { medwire: 'was arrested', ctv: 'have detained', corriere: 'has been arrested' }],
['containment', 'event', 'variant', { medwire: 'had contained', ctv: 'now under control', corriere: 'is since this morning under control', climatedesk: 'brought under control' }, { unsure: true }],
];
