export const about = 'Written blind by helper blind9a. Planted conflicts: the tanker was seized on Saturday 17 Oct (gws, worldcast, sada, all on the navy\'s account) vs "late on Friday, 16 October" (tfi, citing tracking data and the operator); cargo about one million barrels (gws, worldcast "about a million", sada) vs "roughly 730,000 barrels" (tfi, citing the loading documents); standard\'s "its cargo of crude" is vague and left out. Traps: crew of 23 vs the strait 23 nautical miles wide at its narrowest; seized 14 nautical miles off the coast vs departure from Vessa on 14 Oct; seizure 16/17 Oct vs arrival at Kasrin Sun 18 vs ambassador summoned Mon 19 vs the alleged collision Mon 12 Oct vs the earlier seizure of another tanker in March 2024 (held 11 months, single); four fast boats vs four Telorian officers; oil price up 3.8% vs about a fifth of the region\'s crude. Undated: sada, dateline "KASRIN, 19 October".';
export const published = { sada: '2026-10-19' };
export const sources = [
{ id: 'gws', outlet: 'Global Wire Service', published: '2026-10-17', text: `
KASRIN, Azmira, Oct 17 (GWS) - Azmira's navy seized an oil tanker in the Strait of Harun on Saturday, accusing it of ramming a fishing boat earlier this week and fleeing, in a move that sent oil prices higher and drew an angry protest from neighbouring Teloria.

Commandos landed by helicopter on the Sable Horizon, a Marovia-flagged tanker carrying around one million barrels of crude, while four fast-attack boats surrounded it, the navy said. The ship was seized about 14 nautical miles from the Azmiran coast and was being escorted to the port of Kasrin.

"The vessel was stopped in full accordance with our laws, and the crew are safe and well," Rear Admiral Farid Nazari told state television. He said the tanker had struck an Azmiran fishing boat on October 12, injuring two fishermen, and had ignored orders to stop.

The operator, Castellan Tankers, which is based in the Telorian port of Vessa, denied that the ship had been involved in any collision. It said the 23 crew members, who come from seven countries, had not been harmed.

Teloria, which disputes Azmira's claim to most of the strait, called the seizure illegal. "It is piracy in uniform," Foreign Minister Helena Vurst said, demanding the immediate release of the ship and crew.

The Strait of Harun is barely 23 nautical miles wide at its narrowest point, and about a fifth of the region's seaborne crude passes through it. Both countries claim the waters around the central shipping lane, and their navies have had several tense encounters in recent years.

Benchmark crude rose 3.8% in early trading after the news. Analysts said the rise reflected fears that more ships could be stopped.

It is the second time Azmira has detained a foreign tanker in the strait. In March 2024 it held another vessel for almost a year over an unpaid port debt.
` },
{ id: 'standard', outlet: 'The Vessa Standard', published: '2026-10-19', title: 'Families wait for word from captured tanker', text: `
Families wait for word from captured tanker

In a small flat near the harbour, Marta Oskel keeps her phone in her hand. Her husband, the chief engineer of the Sable Horizon, called her on Wednesday as the tanker left Vessa. She has not heard his voice since the ship was captured by Azmiran forces at the weekend.

He is one of four Telorian officers on board. In all, 23 sailors are being held on the ship, which arrived in Kasrin under naval guard on Sunday with its cargo of crude oil still in its tanks.

On Monday, the foreign ministry summoned Azmira's ambassador for the second time in a year. Foreign Minister Helena Vurst repeated her demand that the tanker and "every single member of its crew" be released. "This is piracy in a naval uniform, and we will not accept it," she told parliament.

Azmira says the Sable Horizon hit one of its fishing boats on 12 October and sailed on without stopping. Castellan, the Vessa company that operates the ship, denies that. Its spokesman, Jonas Meierling, told the Standard that the ship's own records show it was more than 40 miles away from the place where the collision is said to have happened.

"We have given all our data to the authorities. We have nothing to hide," Meierling said. "Our priority is the crew. Everything else can wait."

In the port, many see the seizure as a message rather than a police matter. The Strait of Harun, which both countries claim, has been the scene of a growing number of incidents between their navies since the talks on a maritime border broke down.

Castellan said it had been allowed one radio contact with the captain on Sunday, who confirmed that everyone was in good health.

For Marta Oskel, that is not enough. "They tell us the crew is fine," she said. "I will believe it when I hear it from him."
` },
{ id: 'tfi', outlet: 'Tanker & Freight Intelligence', published: '2026-10-20', title: 'Sable Horizon detention: tracking data puts boarding a day earlier', text: `
Sable Horizon detention: tracking data puts boarding a day earlier

The Azmiran navy boarded the Sable Horizon late on Friday, 16 October, several hours before the seizure was announced, according to ship-tracking data reviewed by TFI and to the operator, Castellan Tankers Ltd. The tanker's transponder fell silent shortly before midnight local time, when the vessel was 14 nm off the Azmiran coast.

The 2009-built vessel sailed from Vessa on 14 October with roughly 730,000 barrels of crude, according to the loading documents, well below the one million barrels reported in early coverage. Its crew of 23 is made up of seven nationalities.

The tanker anchored off Kasrin on 18 October. Azmira accuses it of a collision with a fishing vessel on 12 October, which Castellan has rejected. Castellan spokesman Jonas Meierling said the company had handed its voyage data recorder files to the flag state, Marovia.

Teloria summoned the Azmiran envoy on Monday, and the diplomatic row has already had commercial consequences. War-risk premiums for tankers transiting the Strait of Harun doubled over the weekend, brokers said, and at least two owners have ordered their ships to wait outside the strait.

The strait is just 23 nautical miles across at its narrowest, and roughly 20% of the region's seaborne crude moves through it. Benchmark crude gained 3.8 percent on Saturday before giving back part of the rise.

Azmira last detained a foreign tanker in March 2024. That vessel was held for 11 months before a settlement was reached.

Charterers are now asking whether the Harun route remains viable at all. Diverting around the peninsula adds about four days to a typical voyage, a cost that owners say will end up in freight rates.
` },
{ id: 'worldcast', outlet: 'WorldCast News', published: '2026-10-18', title: 'Azmira detains tanker in disputed strait', text: `
Azmira detains tanker in disputed strait

Azmira's navy has detained an oil tanker in the disputed Strait of Harun, raising tensions with its neighbour Teloria and pushing up the price of oil.

Special forces were lowered from a helicopter onto the deck of the Sable Horizon on Saturday morning, as four speedboats circled the ship. Video released by the navy shows armed men gathering the crew on deck.

The tanker, which flies the flag of Marovia, was carrying about a million barrels of crude. It has 23 crew on board; four of them are Telorian.

Azmira says the tanker was involved in a hit-and-run with a fishing boat last Monday. Two fishermen were hurt in that incident, according to the Azmiran authorities. The ship's operator denies the accusation.

Admiral Nazari, who led the operation, said the ship had been stopped "in line with the law" and that the crew were safe.

The reaction from Teloria was furious. "This is piracy, dressed up in a naval uniform," said its foreign minister, Helena Vurst.

The tanker reached the port of Kasrin on Sunday, escorted by naval vessels.

Why does the strait matter?

About a fifth of the region's oil exports by sea travel through the Strait of Harun. Both Azmira and Teloria claim parts of the waterway, and years of talks have failed to settle where the border lies.

Oil prices jumped by nearly 4% on the news. Shipping companies are now weighing whether to keep sending vessels through the strait or take a much longer route.

Experts say both sides have an interest in avoiding a wider confrontation, but warn that a single mistake at sea could escalate quickly.
` },
{ id: 'sada', outlet: 'Sada-ye Kasrin (machine translation)', text: `
KASRIN, 19 October (Sada-ye Kasrin) - The tanker Sable Horizon, which the Naval Forces of Azmira arrested in the Saturday in the strait of Haroun, is found now in the port of Kasrin, where it arrived the Sunday under the escort of the warships.

The commander of the operation, Rear-admiral Fareed Nazzari, declared that "the ship was detained in total conformity with our laws and the crew is safe and healthy". According to him the tanker hit the 12 of October a boat of fishing of Azmira and two fishermen were wounded, and after it escaped without to give help.

The forces of commando descended from helicopter on the ship, while 4 rapid boats blocked its way. The arrest happened at 14 marine miles from the coast of Azmira, inside the waters of the country, underlined the admiral.

On the ship are 23 members of the crew of 7 nationalities. The tanker transports one million of barrels of crude oil.

The Ministry of Foreign Affairs of Teloria called this Monday the ambassador of Azmira and protested. The minister Elena Vurst said: "This is piracy in military uniform." The spokesman of our ministry answered that the declarations of Teloria are "unacceptable" and that the case will be examined by the maritime court.

The fishermen of Kasrin gathered yesterday in the port to support the navy. "They broke our boat and left our brothers in the sea," said one of them.

According to the experts, the prices of the oil rose after the news. The strait of Haroun is the principal route of the oil of the region.
` },
];
export const facts = [
['seizure-day', 'date', 'conflict', { gws: 'in the Strait of Harun on Saturday', tfi: 'late on Friday, 16 October', worldcast: 'on Saturday morning', sada: 'arrested in the Saturday' }],
['arrival-day', 'date', 'agree', { standard: 'under naval guard on Sunday', tfi: 'anchored off Kasrin on 18 October', worldcast: 'reached the port of Kasrin on Sunday', sada: 'arrived the Sunday' }, { values: ['2026-10-18'] }],
['summon-day', 'date', 'agree', { standard: 'On Monday, the foreign ministry summoned', tfi: 'envoy on Monday', sada: 'called this Monday' }, { values: ['2026-10-19'] }],
['collision-day', 'date', 'agree', { gws: 'on October 12', standard: 'on 12 October and', tfi: 'fishing vessel on 12 October', worldcast: 'last Monday', sada: 'the 12 of October' }, { values: ['2026-10-12'] }],
['departure-day', 'date', 'agree', { standard: 'on Wednesday as the tanker left Vessa', tfi: 'sailed from Vessa on 14 October' }, { values: ['2026-10-14'] }],
['earlier-seizure', 'date', 'agree', { gws: 'In March 2024', tfi: 'in March 2024' }, { values: ['2024-03'] }],
['cargo', 'number', 'conflict', { gws: 'around one million barrels', tfi: 'roughly 730,000 barrels', worldcast: 'about a million barrels', sada: 'one million of barrels' }],
['crew', 'number', 'agree', { gws: 'the 23 crew members', standard: '23 sailors are being held', tfi: 'Its crew of 23', worldcast: 'It has 23 crew on board', sada: '23 members of the crew' }],
['nationalities', 'number', 'agree', { gws: 'come from seven countries', tfi: 'seven nationalities', sada: 'of 7 nationalities' }],
['telorian-crew', 'number', 'agree', { standard: 'one of four Telorian officers', worldcast: 'four of them are Telorian' }],
['distance', 'number', 'agree', { gws: 'about 14 nautical miles from the Azmiran coast', tfi: '14 nm off the Azmiran coast', sada: 'at 14 marine miles from the coast' }],
['boats', 'number', 'agree', { gws: 'four fast-attack boats', worldcast: 'four speedboats', sada: '4 rapid boats' }],
['strait-width', 'number', 'agree', { gws: 'barely 23 nautical miles wide', tfi: 'just 23 nautical miles across' }],
['oil-share', 'number', 'agree', { gws: 'about a fifth of the region', tfi: 'roughly 20% of the region', worldcast: 'About a fifth of the region' }],
['oil-price', 'number', 'agree', { gws: 'rose 3.8% in early trading', tfi: 'gained 3.8 percent', worldcast: 'jumped by nearly 4%' }],
['fishermen-hurt', 'number', 'agree', { gws: 'injuring two fishermen', worldcast: 'Two fishermen were hurt', sada: 'two fishermen were wounded' }],
['sable-horizon', 'entity', 'agree', { gws: 'Sable Horizon', standard: 'Sable Horizon', tfi: 'Sable Horizon', worldcast: 'Sable Horizon', sada: 'Sable Horizon' }],
['harun', 'entity', 'variant', { gws: 'Strait of Harun', standard: 'Strait of Harun', tfi: 'Strait of Harun', worldcast: 'Strait of Harun', sada: 'strait of Haroun' }],
['kasrin', 'entity', 'agree', { gws: 'Kasrin', standard: 'Kasrin', tfi: 'Kasrin', worldcast: 'Kasrin', sada: 'Kasrin' }, { org: true }],
['vessa', 'entity', 'agree', { gws: 'Vessa', standard: 'Vessa', tfi: 'Vessa' }, { org: true }],
['marovia', 'entity', 'agree', { gws: 'Marovia', tfi: 'Marovia', worldcast: 'Marovia' }, { org: true }],
['castellan', 'entity', 'agree', { gws: 'Castellan Tankers', standard: 'Castellan', tfi: 'Castellan Tankers Ltd' }, { org: true }],
['nazari', 'entity', 'variant', { gws: 'Rear Admiral Farid Nazari', worldcast: 'Admiral Nazari', sada: 'Rear-admiral Fareed Nazzari' }],
['vurst', 'entity', 'variant', { gws: 'Helena Vurst', standard: 'Helena Vurst', worldcast: 'Helena Vurst', sada: 'Elena Vurst' }],
['meierling', 'entity', 'agree', { standard: 'Jonas Meierling', tfi: 'Jonas Meierling' }],
['navy', 'entity', 'variant', { gws: "Azmira's navy seized", worldcast: "Azmira's navy has detained", sada: 'Naval Forces of Azmira' }, { unsure: true }],
['nazari-quote', 'quote', 'variant', { gws: 'The vessel was stopped in full accordance with our laws, and the crew are safe and well', worldcast: 'in line with the law', sada: 'the ship was detained in total conformity with our laws and the crew is safe and healthy' }],
['vurst-quote', 'quote', 'variant', { gws: 'It is piracy in uniform', standard: 'This is piracy in a naval uniform', worldcast: 'This is piracy, dressed up in a naval uniform', sada: 'This is piracy in military uniform' }],
['seizure', 'event', 'variant', { gws: 'navy seized an oil tanker', standard: 'captured by Azmiran forces', tfi: 'The Azmiran navy boarded the Sable Horizon', worldcast: 'has detained an oil tanker', sada: 'arrested in the Saturday' }],
['summons', 'event', 'variant', { standard: "summoned Azmira's ambassador", tfi: 'Teloria summoned the Azmiran envoy', sada: 'called this Monday the ambassador of Azmira' }],
['denial', 'event', 'variant', { gws: 'denied that the ship had been involved in any collision', standard: 'denies that', tfi: 'which Castellan has rejected', worldcast: 'The ship\'s operator denies the accusation' }],
['helicopter', 'event', 'variant', { gws: 'Commandos landed by helicopter', worldcast: 'Special forces were lowered from a helicopter', sada: 'descended from helicopter' }],
['teloria', 'entity', 'agree', { gws: 'Teloria', tfi: 'Teloria', worldcast: 'Teloria', sada: 'Teloria' }, { org: true }],
['escort', 'event', 'variant', { gws: 'was being escorted to the port of Kasrin', standard: 'arrived in Kasrin under naval guard', worldcast: 'escorted by naval vessels', sada: 'under the escort of the warships' }],
['release-demand', 'event', 'variant', { gws: 'demanding the immediate release of the ship and crew', standard: 'repeated her demand that the tanker' }],
];
