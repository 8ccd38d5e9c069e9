export const about = 'Written blind by helper fresh4. Planted conflicts: captain detained Sunday 13 Sep (ssp, mt "yesterday", ledger) vs "early on Monday" (islander); people on board 214 (ssp, cmt, mt) vs 241 (ledger). Traps: nine dead vs nine ferries in the fleet; six-metre waves vs six nautical miles; 400 capacity vs 40 minutes; built 1989 vs worst since 2009; capsized Sat 12 vs detained Sun 13 vs mourning from Mon 14; 30-year age limit vs 31 in hospital.';
export const published = { mt: '2026-09-14' };
export const sources = [
{ id: 'ssp', outlet: 'Southern Seas Press', published: '2026-09-13', text: `
VARRANO, Sept 13 (SSP) - Nine people were killed and five are still missing after a passenger ferry capsized in heavy seas off the southern coast on Saturday evening, the coastguard said on Sunday, as divers searched the overturned hull for survivors.

The Aurelia Star, operated by Liberis Maritime Lines, was carrying 214 people - 186 passengers and 28 crew - when it rolled over about six nautical miles off Cape Dorva, roughly 40 minutes after leaving the port of Varrano for the island of Sefalo. Rescuers pulled 200 people from the water or from life rafts overnight.

"The sea was very rough, waves of six metres, and the ship took water on the car deck," coastguard spokesman Nikos Varelas told reporters. "Our crews worked all night in impossible conditions."

Three helicopters and 11 vessels, including two navy frigates and several fishing boats, joined the rescue. Thirty-one survivors were taken to hospital in Varrano, four of them in serious condition.

The national weather service had issued a gale warning on Saturday morning, forecasting winds of force 8 on the Beaufort scale. Under maritime rules, ferries may sail in such conditions only with the permission of the port authority, and it was not clear whether permission had been requested.

The 58-year-old captain was detained on Sunday and questioned by prosecutors, a judicial source said. Liberis Maritime Lines said in a statement it was "cooperating fully" with the authorities and that the vessel had passed its last safety inspection in March.

Maritime Minister Irini Stavrou, who flew to Varrano by helicopter, said: "Nobody should lose their life on a journey home. We will find out what happened, and those responsible will answer for it." The government declared three days of national mourning starting on Monday.

Built in 1989, the Aurelia Star was licensed to carry up to 400 people. It is the deadliest ferry accident in the country since 2009, when 47 people died in the sinking of the Kyra Eleni.

At the port of Varrano, relatives waited behind police tape for news. Some had driven through the night from the north after seeing pictures of the upturned hull on television. Lists of survivors were read out by coastguard officers every few hours, and a psychologist from the Red Cross stayed with families in a waiting room that normally serves ticket buyers.

The opposition called for the head of the port authority to resign and demanded a parliamentary inquiry. Ferry unions, who have long complained about cuts to crew numbers on winter crossings, said they would hold a one-day stoppage once the search is over.
` },
{ id: 'cmt', outlet: 'Channel Meridian', published: '2026-09-13', title: "Ferry disaster: 'I thought we would all die'", text: `
Ferry disaster: 'I thought we would all die'

Survivors of the Aurelia Star described scenes of panic as the ferry listed and then turned over within minutes in a storm on Saturday night.

"The lights went out, people were screaming, and the water came in so fast," said Marta Lekou, a 34-year-old teacher from Sefalo who spent two hours in a life raft with her two children. "I thought we would all die."

At least nine people lost their lives, according to the coastguard, and five remain unaccounted for. The ship had 214 people on board. Two hundred were rescued, many of them by fishermen who set out from Cape Dorva despite the storm.

Coastguard spokesman Nikos Varelas said the waves reached six metres. Divers were still searching the hull on Sunday afternoon, but he admitted that hopes of finding anyone alive were fading.

Questions are now being asked about why the ferry left port at all. A gale warning was in force from Saturday morning, and at least one other operator cancelled its evening crossing to Sefalo. The captain has been detained, and prosecutors have opened an investigation for manslaughter by negligence.

Liberis Maritime Lines, which runs a fleet of nine ferries between the mainland and the islands, said it was cooperating fully with investigators. It did not answer questions about the weather warning.

The minister for maritime affairs, Irini Stavrou, promised "answers" and said those responsible would be held to account. Three days of national mourning will begin on Monday, with flags at half-mast on all public buildings.

Thirty-one people are being treated in hospital in Varrano. Relatives gathered outside the port offices through the night, waiting for lists of survivors that came, they said, far too slowly. A helpline has been set up for families.
` },
{ id: 'islander', outlet: 'The Sefalo Islander', published: '2026-09-14', title: 'Island mourns as captain is arrested', text: `
Island mourns as captain is arrested

The captain of the Aurelia Star was taken into custody early on Monday, two days after his ferry went down on the way to Sefalo with the loss of at least nine lives.

Prosecutors in Varrano said the 58-year-old, whose name has not been released, would be charged with manslaughter by negligence and with sailing in breach of a weather warning. His lawyer said he had done "everything possible" to save passengers.

On Sefalo, where most of those on board lived or were heading to visit family, shops stayed closed and church bells rang at noon as the island began three days of mourning. Five people are still missing. Of the dead, six came from Sefalo, including a couple in their seventies and a ten-year-old boy.

Mayor Stelios Andrakis said the island had "lost a piece of its heart". He urged the government to end what he called the "gamble" of sailing ageing ships through winter storms. The Aurelia Star was 37 years old.

Passengers who survived said crew members handed out life jackets only after the ship began to list. "Nobody told us anything," said one man who did not want to be named. Liberis Maritime Lines denied this, saying the crew had followed procedures.

The ferry left Varrano on Saturday evening and sank off Cape Dorva less than an hour later. Coastguard spokesman Nikos Varellas said divers had recovered two more bodies from the car deck on Sunday, bringing the toll to nine.

Maritime minister Irini Stavrou has ordered checks on all ferries older than 30 years, starting this week. Islanders say the checks come too late. "We have been warning about these ships for ten years," said Andrakis, who has written to three successive ministers.
` },
{ id: 'mt', outlet: 'Kathimera Nea (automatic translation)', text: `
VARRANO, 14 September (Kathimera Nea) - Nine are the dead and five the missing of the shipwreck of the ferry "Aurelia Star", which is overturned the Saturday evening at 6 nautical miles from the Cape Dorva with 214 persons on board. The captain, of 58 years, has been arrested yesterday by the port police and is found at the disposal of the prosecutor.

According to the Coast Guard, the ship had departed from the port of Varrano with destination Sefalo despite the warning of the meteorological service for winds 8 Beaufort. The waves had height of 6 metres. Were saved 200 persons, between them 31 which were transferred in the hospital of Varrano.

"Nobody must to lose his life in the trip for the house. We will learn what happened and the responsibles will give account", has declared the Minister of Shipping Eirini Stavrou, which has visited the survivors in the hospital.

The spokesman of the Coast Guard, Nikos Varelas, has said that the researches of the divers continue inside the hull also today, although the hopes are little. In the operation participate 3 helicopters and 11 ships of the Coast Guard, of the Navy and private.

The company Liberis Maritime Lines (LML) has announced that it cooperates with the authorities and that the ship had passed the control of safety in March. The ferry was constructed in 1989 and had permission for 400 passengers.

From today and for three days is national mourning in all the country. It is the most heavy shipwreck after the 2009, when in the sinking of the "Kyra Eleni" lost their life 47 persons.

In Sefalo the shops remained closed and the bells of the churches have rung. The mayor of the island has asked that the old ships are withdrawn from the lines of the winter.
` },
{ id: 'ledger', outlet: 'Maritime Ledger', published: '2026-09-14', title: 'Aurelia Star loss puts ageing island fleet in spotlight', text: `
Aurelia Star loss puts ageing island fleet in spotlight

The capsizing of the ro-pax ferry Aurelia Star off Cape Dorva on Saturday has renewed scrutiny of the ageing vessels that serve the country's island routes, many of which were bought second-hand from northern European operators in the 1990s and 2000s.

The 1989-built ship, owned by Liberis Maritime Lines (LML), had 241 passengers and crew on board when it capsized, according to figures the operator filed with the port authority. Nine people died and five are missing. Initial reports from survivors and the coastguard point to water entering the vehicle deck in waves of up to six metres, a scenario that recalls several of the worst ferry disasters of the past four decades.

The vessel had a certified capacity of 400 and passed a flag-state safety inspection in March, LML said. The company operates nine ferries; five of them are more than three decades old.

The captain was detained on Sunday. Prosecutors are examining whether the ship sailed in breach of a gale warning issued that morning, and whether the port authority in Varrano approved the departure.

Maritime Minister Irini Stavrou has ordered inspections of all ferries over 30 years old and promised new rules on sailing in bad weather. Industry sources said the checks could take several months and keep part of the fleet out of service during the winter season, when demand is lower but storms are frequent.

Open car decks have long been identified as the weak point of ro-pax designs: a few centimetres of water moving freely across the deck can be enough to capsize a ship in minutes. Newer vessels are built with more buoyancy and subdivided decks.

The Aurelia Star was insured for 14 million euros, according to a broker familiar with the policy. LML's shares, listed in Varrano, fell 18% in early trading.
` },
];
export const facts = [
['capsize-day', 'date', 'agree', { ssp: 'on Saturday evening', cmt: 'on Saturday night', mt: 'the Saturday evening', ledger: 'off Cape Dorva on Saturday' }, { values: ['2026-09-12'] }],
['captain-detained-day', 'date', 'conflict', { ssp: 'was detained on Sunday', mt: 'has been arrested yesterday', ledger: 'The captain was detained on Sunday', islander: 'early on Monday' }],
['gale-warning-day', 'date', 'agree', { ssp: 'on Saturday morning', cmt: 'from Saturday morning', ledger: 'issued that morning' }, { values: ['2026-09-12'] }],
['mourning-start', 'date', 'agree', { ssp: 'starting on Monday', cmt: 'will begin on Monday', mt: 'From today' }, { values: ['2026-09-14'] }],
['built', 'date', 'agree', { ssp: 'Built in 1989', mt: 'constructed in 1989', ledger: '1989-built' }, { values: ['1989'] }],
['inspection-month', 'date', 'agree', { ssp: 'in March', mt: 'in March', ledger: 'in March' }, { values: ['2026-03'] }],
['worst-since', 'date', 'agree', { ssp: 'since 2009', mt: 'after the 2009' }, { values: ['2009'] }],
['on-board', 'number', 'conflict', { ssp: '214 people', cmt: '214 people on board', mt: '214 persons', ledger: '241 passengers and crew' }],
['dead', 'number', 'agree', { ssp: 'Nine people were killed', cmt: 'At least nine people lost their lives', islander: 'at least nine lives', mt: 'Nine are the dead', ledger: 'Nine people died' }],
['missing', 'number', 'agree', { ssp: 'five are still missing', cmt: 'five remain unaccounted for', islander: 'Five people are still missing', mt: 'five the missing', ledger: 'five are missing' }],
['rescued', 'number', 'agree', { ssp: 'Rescuers pulled 200 people', cmt: 'Two hundred were rescued', mt: 'Were saved 200 persons' }],
['waves', 'number', 'agree', { ssp: 'waves of six metres', cmt: 'the waves reached six metres', mt: 'The waves had height of 6 metres', ledger: 'waves of up to six metres' }],
['distance', 'number', 'agree', { ssp: 'about six nautical miles', mt: '6 nautical miles' }],
['helicopters', 'number', 'agree', { ssp: 'Three helicopters', mt: '3 helicopters' }],
['vessels', 'number', 'agree', { ssp: '11 vessels', mt: '11 ships' }],
['hospital', 'number', 'agree', { ssp: 'Thirty-one survivors were taken to hospital', cmt: 'Thirty-one people are being treated in hospital', mt: '31 which were transferred in the hospital' }],
['captain-age', 'number', 'agree', { ssp: 'The 58-year-old captain', islander: 'the 58-year-old', mt: 'of 58 years' }],
['capacity', 'number', 'agree', { ssp: 'up to 400 people', mt: 'permission for 400 passengers', ledger: 'certified capacity of 400' }],
['mourning-days', 'number', 'agree', { ssp: 'three days of national mourning', cmt: 'Three days of national mourning', islander: 'three days of mourning', mt: 'for three days' }],
['fleet', 'number', 'agree', { cmt: 'a fleet of nine ferries', ledger: 'operates nine ferries' }],
['dead-2009', 'number', 'agree', { ssp: '47 people died', mt: 'lost their life 47 persons' }],
['time-to-capsize', 'number', 'agree', { ssp: 'roughly 40 minutes', islander: 'less than an hour later' }, { unsure: true }],
['age-limit', 'number', 'agree', { islander: 'older than 30 years', ledger: 'over 30 years old' }],
['varelas', 'entity', 'variant', { ssp: 'Nikos Varelas', cmt: 'Nikos Varelas', islander: 'Nikos Varellas', mt: 'Nikos Varelas' }],
['stavrou', 'entity', 'variant', { ssp: 'Irini Stavrou', cmt: 'Irini Stavrou', islander: 'Irini Stavrou', mt: 'Eirini Stavrou', ledger: 'Irini Stavrou' }],
['operator', 'entity', 'agree', { ssp: 'Liberis Maritime Lines', cmt: 'Liberis Maritime Lines', islander: 'Liberis Maritime Lines', mt: 'Liberis Maritime Lines', ledger: 'Liberis Maritime Lines' }, { org: true }],
['ship', 'entity', 'agree', { ssp: 'Aurelia Star', cmt: 'Aurelia Star', islander: 'Aurelia Star', mt: 'Aurelia Star', ledger: 'Aurelia Star' }, { org: true }],
['cape-dorva', 'entity', 'agree', { ssp: 'Cape Dorva', cmt: 'Cape Dorva', islander: 'Cape Dorva', mt: 'Cape Dorva', ledger: 'Cape Dorva' }, { org: true }],
['stavrou-quote', 'quote', 'variant', { ssp: 'Nobody should lose their life on a journey home', mt: 'Nobody must to lose his life in the trip for the house' }],
['stavrou-responsible', 'quote', 'variant', { ssp: 'those responsible will answer for it', cmt: 'those responsible would be held to account', mt: 'the responsibles will give account' }],
['operator-statement', 'quote', 'variant', { ssp: 'cooperating fully', cmt: 'cooperating fully with investigators', mt: 'it cooperates with the authorities' }, { unsure: true }],
['capsize', 'event', 'variant', { ssp: 'ferry capsized in heavy seas', cmt: 'then turned over', islander: 'his ferry went down', mt: 'which is overturned', ledger: 'when it capsized' }],
['detention', 'event', 'variant', { ssp: 'was detained', cmt: 'has been detained', islander: 'was taken into custody', mt: 'has been arrested', ledger: 'was detained' }],
['inspections-order', 'event', 'variant', { islander: 'has ordered checks', ledger: 'has ordered inspections' }],
];
