export const about = 'Written blind by helper fresh8. Drones close Hallstedt Airport (Korvane, Estravia) from Thursday 15 Oct 2026 evening to Saturday 17 Oct morning. Planted conflicts: the first drone sighting was on Thursday 15 Oct (tcp, epb, paivalehti) vs "on the evening of Wednesday 14 October" (aerosec, citing a leaked incident report); flights cancelled more than 1,100 (tcp, epb, aerosec "more than a thousand", paivalehti "more of 1.100") vs 860 (courier, citing the airport authority). Traps: 38-hour closure vs 38 diverted flights; 14 sightings vs 140,000 passengers; 5-km no-fly zone vs up to five years in prison; two men arrested vs two counter-drone systems; first sighting Wed 14 / closure Thu 15 vs army sent Fri 16 vs reopening and arrests Sat 17 vs hearing Tue 20 vs the March 2025 incident; 24 million passengers a year vs 60 million euros of losses vs a 50,000-euro reward; the 38-hour closure vs a stranded passenger\'s "thirty hours" (epb). Undated: paivalehti, dateline "KORVANE, 18 October".';
export const published = { paivalehti: '2026-10-18' };
export const sources = [
{ id: 'tcp', outlet: 'Transcontinental Press', published: '2026-10-17', text: `
KORVANE, Estravia, Oct 17 (TCP) - Hallstedt Airport, Estravia's busiest gateway, reopened on Saturday morning after repeated drone sightings kept it closed for 38 hours, stranding about 140,000 passengers and forcing airlines to cancel more than 1,100 flights.

The first drone was reported on Thursday at around 8.40 p.m. by the crew of an incoming passenger jet, which said the craft had passed within metres of its wing on final approach. Air traffic controllers halted all take-offs and landings minutes later, and the airport stayed shut through Friday as police logged at least 14 sightings, some of them involving several drones flying in formation.

Thirty-eight incoming flights were diverted to other airports in Estravia and neighbouring countries during the shutdown.

Police said on Saturday they had arrested two men in the village of Melsby, close to the airport's eastern perimeter fence. The suspects, aged 34 and 41, were being questioned, and officers seized "several devices" from a house, a spokeswoman said. She declined to say whether the men were believed to be the operators.

Interior Minister Henrika Sölbeck, who visited the control tower on Friday, said the state would respond with "the full force of the law". "Whoever is behind this will be found, and they will be punished," she said.

Army counter-drone units were deployed on Friday afternoon, the defence ministry said, after police admitted their own equipment had failed to locate the operators. National police chief Tõnis Rannemägi told reporters that the drones appeared to be "of a professional type, not toys".

Flying a drone inside the 5-kilometre no-fly zone around the airport is a criminal offence in Estravia.

The disruption rippled across the region. Estravian Air, the national carrier, which has its base at Hallstedt, said it had grounded most of its fleet and would need until Monday to get crews and aircraft back where they belong.

Hallstedt handled 24 million passengers a year before the pandemic and has almost regained that level. In March last year it was closed for three hours after a single drone was seen near the runway; nobody was ever charged.
` },
{ id: 'epb', outlet: 'EPB News (Estravian Public Broadcasting)', published: '2026-10-17', title: 'Hallstedt back in the air after two days of drone chaos', text: `
Hallstedt back in the air after two days of drone chaos

Planes are flying again at Hallstedt Airport. The first departure, an Estravian Air flight to the coast, took off shortly before eleven in the morning, and traffic resumed on Saturday across both runways, although passengers are being told to expect delays and cancellations for several more days.

The airport had been closed to all traffic since Thursday night. The first drone was spotted on Thursday evening by a pilot on the approach path, and in the hours that followed, police received more than a dozen sightings.

Over 1,100 flights were cancelled, according to figures compiled by EPB from airline timetables. Some 140,000 travellers were affected. Hundreds spent Thursday and Friday night on camping beds in the terminal, and hotels in Korvane quickly ran out of rooms.

On Friday, the government sent in the army. About 200 soldiers and specialised equipment able to detect and jam the radio signals of drones were brought to the airport.

"Whoever did this will be found and punished," Interior Minister Henrika Soelbeck told EPB. She said the government would propose tougher penalties. At present, anyone found guilty of endangering air traffic with a drone faces up to five years in prison.

Police chief Tonis Rannemagi said it was too early to say who was behind the flights, or why. Investigators are looking at every possibility, from pranksters to what he called "hostile actors". Two men were detained in Melsby on Saturday and their homes were searched.

For passengers, the weekend will still be difficult. Estravian Air has asked travellers not to come to the airport unless their flight has been confirmed.

Among those stranded was Ilse Varga, who had been due to fly to her daughter's wedding on Friday. "We sat here for thirty hours. Nobody told us anything," she said.

The airport authority says it will review how the closure was handled.
` },
{ id: 'courier', outlet: 'Korvane Evening Courier', published: '2026-10-18', title: 'Melsby in shock after drone arrests', text: `
Melsby in shock after drone arrests

Two suspects detained, 860 flights lost, and a village wondering how it ended up in the middle of it all

Melsby is the kind of place where the planes are part of the weather. Residents barely look up as jets roar over the rooftops on their way into Hallstedt Airport. But this weekend, the village of 2,300 people has been full of police vans and television crews.

Hallstedt reopened yesterday morning after a shutdown of nearly two days. Officers arrested two men at a house on Birch Lane yesterday afternoon. Neighbours described them as quiet, "always tinkering with something in the garage". Police have not named them.

The closure began on Thursday, when a drone was seen near the runway, and was extended again and again as new sightings came in. The Korvane Airports Authority (KAA) put the number of cancelled flights at 860, a figure it said covered only departures and arrivals that had been confirmed before the closure. Close to 140,000 passengers were hit.

During the closure, thirty-eight aircraft had to land elsewhere, some as far away as the capitals of neighbouring countries.

Police are offering a reward of 50,000 euros for information that leads to a conviction. "Somebody knows something," said Commissioner Rannemägi, the head of the national police, who appealed to the public on Friday.

Markus Ehrenthal, the chief executive of the KAA, defended the decision to keep the airport shut for so long. "Safety is not up for negotiation. We did not reopen a single runway until we were sure," he said.

Airlines are less forgiving. Their association estimates its losses at 60 million euros and wants to know why the army was only called in on the second day.

Interior Minister Henrika Sölbeck and Mr Ehrenthal will be questioned by the parliament's transport committee on Tuesday.

In Melsby, the mood is one of disbelief. "We remember last year's incident in March, when the airport closed for a few hours," said the owner of the village bakery. "But this? Arrests on our street? Nobody expected that."
` },
{ id: 'aerosec', outlet: 'AeroSecurity Journal', published: '2026-10-19', title: 'Analysis: what the Hallstedt shutdown reveals about Europe\'s drone gap', text: `
Analysis: what the Hallstedt shutdown reveals about Europe's drone gap

The 38-hour shutdown of Hallstedt Airport will be studied for years. A major hub with 24m annual passengers was paralysed by a handful of small aircraft that nobody could find, let alone stop.

The official account says the trouble began on Thursday evening. But an internal incident report seen by AeroSecurity Journal shows the first drone was actually sighted on the evening of Wednesday 14 October, by the crew of a cargo flight, a full day before the closure. The report was filed but not passed to the police until the next afternoon. The Korvane Airports Authority (KAA) declined to comment on the document.

In all, 14 separate reports were logged before the airport closed on 15 October and reopened on 17 October. More than a thousand flights were scrapped and around 140,000 passengers stranded. Estravian Air and its rivals put their losses at €60m.

Three lessons stand out.

First, detection. Hallstedt had no permanent counter-drone system. Police relied on a portable detector that, according to two people involved, failed repeatedly on Thursday night. The army's two counter-drone systems, which arrived on Friday, were the first equipment on site able to track the radio links between the drones and their pilots.

Second, the rules. The 5km exclusion zone around the airport is in line with the European norm, but enforcement depends entirely on catching an operator in the act.

Third, the decision to close. KAA chief executive Markus Ehrenthal has argued that "safety is not negotiable". Few experts disagree, but several told us that a clearer threshold for reopening would have spared thousands of passengers a second night on the terminal floor.

Hallstedt has been here before: in March 2025, a single drone closed it for three hours. The lessons of that incident were never published.

Parliament's transport committee will hold a hearing on 20 October. It should ask why a warning filed on Wednesday took so long to reach the people who could act on it.
` },
{ id: 'paivalehti', outlet: 'Korvanen Päivälehti (machine translation)', text: `
KORVANE, 18 October (Päivälehti) - The airport of Hallstedt functions again after that the drones maintained it closed during 38 hours. The traffic restarted the Saturday in the morning, but the travellers must still count with delays.

According to the police, the first drone was seen the Thursday in the evening, when a pilot warned the tower. The airport suspended all the flights immediately. In total the authorities registered fourteen sightings of drones until the Saturday.

More of 1.100 flights were annulled and 140.000 passengers remained blocked, between them many families in vacation. Thirty-eight planes were deviated toward other airports.

The Friday the government sent 200 militaries of the army with equipments against drones. The chief of the police, Tõnis Rannemägi, said that the drones were "of professional type".

In the night to Sunday the police communicated that two men of 34 and 41 years were detained in Melsby, near of the airport. The police offers a recompense of 50.000 euros for information.

The minister of the Interior, Henrika Sölbeck, declared: "Who is behind of this will be found and will be punished." She announced more hard punishments. Now the law foresees until five years of prison.

The Authority of Airports of Korvane said that the company Estravian Air was the most affected. The director of the Authority will explain himself next Tuesday before the parliament, together with the minister.

It is not the first time. In March of 2025 a drone closed the airport during three hours. Then nobody was condemned.

The experts criticise that the airport did not have a system permanent against the drones. The zone prohibited for the drones has 5 kilometres around the airport.
` },
];
export const facts = [
['first-sighting-day', 'date', 'conflict', { tcp: 'The first drone was reported on Thursday', epb: 'The first drone was spotted on Thursday evening', paivalehti: 'the first drone was seen the Thursday in the evening', aerosec: 'sighted on the evening of Wednesday 14 October' }],
['closure-day', 'date', 'agree', { epb: 'closed to all traffic since Thursday night', courier: 'The closure began on Thursday', aerosec: 'closed on 15 October' }, { values: ['2026-10-15'] }],
['reopen-day', 'date', 'agree', { tcp: 'reopened on Saturday morning', epb: 'resumed on Saturday', courier: 'reopened yesterday morning', aerosec: 'reopened on 17 October', paivalehti: 'restarted the Saturday in the morning' }, { values: ['2026-10-17'] }],
['army-day', 'date', 'agree', { tcp: 'deployed on Friday afternoon', epb: 'On Friday, the government sent in the army', aerosec: 'arrived on Friday', paivalehti: 'The Friday the government sent' }, { values: ['2026-10-16'] }],
['arrest-day', 'date', 'agree', { tcp: 'Police said on Saturday', epb: 'detained in Melsby on Saturday', courier: 'Birch Lane yesterday afternoon' }, { values: ['2026-10-17'], unsure: true }],
['hearing-day', 'date', 'agree', { courier: 'transport committee on Tuesday', aerosec: 'hold a hearing on 20 October', paivalehti: 'next Tuesday' }, { values: ['2026-10-20'] }],
['previous-incident', 'date', 'agree', { tcp: 'In March last year', courier: "last year's incident in March", aerosec: 'in March 2025', paivalehti: 'In March of 2025' }, { values: ['2025-03'] }],
['flights-cancelled', 'number', 'conflict', { tcp: 'cancel more than 1,100 flights', epb: 'Over 1,100 flights', aerosec: 'More than a thousand flights', paivalehti: 'More of 1.100 flights', courier: 'cancelled flights at 860' }],
['closure-hours', 'number', 'agree', { tcp: 'closed for 38 hours', aerosec: '38-hour shutdown', paivalehti: 'during 38 hours' }],
['passengers', 'number', 'agree', { tcp: 'about 140,000 passengers', epb: 'Some 140,000 travellers', courier: 'Close to 140,000 passengers', aerosec: 'around 140,000 passengers', paivalehti: '140.000 passengers' }],
['sightings', 'number', 'agree', { tcp: 'at least 14 sightings', epb: 'more than a dozen sightings', aerosec: '14 separate reports', paivalehti: 'fourteen sightings' }],
['diverted', 'number', 'agree', { tcp: 'Thirty-eight incoming flights', courier: 'thirty-eight aircraft', paivalehti: 'Thirty-eight planes' }],
['arrested', 'number', 'agree', { tcp: 'arrested two men', epb: 'Two men were detained', courier: 'Officers arrested two men', paivalehti: 'two men of 34 and 41 years' }],
['suspect-ages', 'number', 'agree', { tcp: 'aged 34 and 41', paivalehti: 'of 34 and 41 years' }],
['soldiers', 'number', 'agree', { epb: 'About 200 soldiers', paivalehti: '200 militaries' }],
['prison', 'number', 'agree', { epb: 'up to five years in prison', paivalehti: 'until five years of prison' }],
['no-fly-zone', 'number', 'agree', { tcp: '5-kilometre no-fly zone', aerosec: '5km exclusion zone', paivalehti: '5 kilometres around' }],
['annual-passengers', 'number', 'agree', { tcp: '24 million passengers a year', aerosec: '24m annual passengers' }],
['losses', 'number', 'agree', { courier: '60 million euros', aerosec: '€60m' }],
['reward', 'number', 'agree', { courier: '50,000 euros', paivalehti: '50.000 euros' }],
['previous-closure', 'number', 'agree', { tcp: 'closed for three hours', aerosec: 'closed it for three hours', paivalehti: 'during three hours' }],
['hallstedt', 'entity', 'agree', { tcp: 'Hallstedt Airport', epb: 'Hallstedt Airport', courier: 'Hallstedt Airport', aerosec: 'Hallstedt Airport' }, { org: true }],
['solbeck', 'entity', 'variant', { tcp: 'Henrika Sölbeck', epb: 'Henrika Soelbeck', courier: 'Henrika Sölbeck', paivalehti: 'Henrika Sölbeck' }],
['rannemagi', 'entity', 'variant', { tcp: 'Tõnis Rannemägi', epb: 'Tonis Rannemagi', courier: 'Commissioner Rannemägi', paivalehti: 'Tõnis Rannemägi' }],
['ehrenthal', 'entity', 'agree', { courier: 'Markus Ehrenthal', aerosec: 'Markus Ehrenthal' }],
['kaa', 'entity', 'variant', { courier: 'Korvane Airports Authority (KAA)', aerosec: 'Korvane Airports Authority (KAA)', paivalehti: 'Authority of Airports of Korvane' }],
['estravian-air', 'entity', 'agree', { tcp: 'Estravian Air', epb: 'Estravian Air', aerosec: 'Estravian Air', paivalehti: 'Estravian Air' }, { org: true }],
['melsby', 'entity', 'agree', { tcp: 'Melsby', epb: 'Melsby', courier: 'Melsby', paivalehti: 'Melsby' }, { org: true }],
['solbeck-quote', 'quote', 'variant', { tcp: 'Whoever is behind this will be found, and they will be punished', epb: 'Whoever did this will be found and punished', paivalehti: 'Who is behind of this will be found and will be punished' }],
['ehrenthal-quote', 'quote', 'variant', { courier: 'Safety is not up for negotiation', aerosec: 'safety is not negotiable' }],
['professional-quote', 'quote', 'variant', { tcp: 'of a professional type, not toys', paivalehti: 'of professional type' }],
['closure', 'event', 'variant', { tcp: 'halted all take-offs and landings', epb: 'had been closed to all traffic', paivalehti: 'suspended all the flights' }],
['army', 'event', 'variant', { tcp: 'Army counter-drone units were deployed', epb: 'the government sent in the army', courier: 'the army was only called in', paivalehti: 'sent 200 militaries of the army' }],
['arrest', 'event', 'variant', { tcp: 'they had arrested two men', epb: 'Two men were detained in Melsby', courier: 'Officers arrested two men at a house', paivalehti: 'were detained in Melsby' }],
['reopening', 'event', 'variant', { tcp: 'reopened on Saturday morning', epb: 'Planes are flying again', courier: 'Hallstedt reopened yesterday', paivalehti: 'functions again' }],
['hearing', 'event', 'variant', { courier: "will be questioned by the parliament's transport committee", aerosec: 'will hold a hearing', paivalehti: 'will explain himself' }],
['diversion', 'event', 'variant', { tcp: 'were diverted to other airports', courier: 'had to land elsewhere', paivalehti: 'were deviated toward other airports' }],
];
