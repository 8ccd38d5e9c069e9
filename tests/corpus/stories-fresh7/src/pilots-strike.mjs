export const about = 'Written blind by helper fresh7 (blind7a). Planted conflicts: the pay deal was reached late on Thursday 10 Sep (nps, ctv "on Thursday night", aerow "on 10 September") vs in the early hours of Friday 11 Sep (post; tidende "this Friday at dawn"); flights cancelled 3,100 (nps, ctv, post and tidende, all citing Calvair) vs about 4,200 (aerow, citing the union\'s count). Traps: 14% over three years vs about €14.5m lost a day (single) vs a four-day strike; 12 rest days a month vs flights resuming Sat 12 Sep; 92% strike vote vs 2,300 pilots; initial 6% offer vs 20% demand; 2019 strike lasting two days; strike Mon 7 vs mediation Wed 9 vs deal Thu/Fri vs resumption Sat 12 vs ratification vote by 25 Sep vs rise backdated to 1 July vs ballot in August. Undated: tidende, whose dateline has no date and which uses only relative dates ("this Friday", "since Monday", "tomorrow Saturday").';
export const published = { tidende: '2026-09-11' };
export const sources = [
{ id: 'nps', outlet: 'Nordic Press Service', published: '2026-09-11', text: `
KELLMAR, Calvoria, Sept 11 (NPS) - Calvair and the union representing its pilots reached a pay agreement late on Thursday, ending a four-day strike that grounded most of the national carrier's fleet and disrupted the travel plans of some 420,000 passengers.

Under the deal, brokered by retired judge Hanne Solvik, pilots will receive a pay rise of 14 percent over three years, the Calvorian Pilots' Association (CPA) said. The union had initially demanded 20 percent, while the airline's first offer was 6 percent.

Calvair said it had cancelled 3,100 flights since the walkout began on Monday, the first nationwide pilots' strike since 2019. Normal operations will resume from Saturday, though the airline warned of delays as aircraft and crews are moved back into position.

"Pilots did not want this strike, but we had no other way to be heard," CPA president Captain Mikkel Ostergaard told reporters at the union's headquarters. He said the agreement "recognises the work we do and the hours we fly."

Calvair chief executive Renata Blom said the deal was "expensive, but fair" and that the airline now needed "a long period of calm" to rebuild customer trust.

The CPA represents about 2,300 pilots. Its members voted by 92 percent in favour of strike action in August, after talks on a new collective agreement broke down.

Talks under Solvik's mediation began on Wednesday, after Transport Minister Pieter Anwald warned that the government was ready to propose emergency legislation to force a minimum service if the dispute dragged on.

The agreement must still be approved by union members in a vote that will close by Sept. 25.

Calvair shares rose 4.8 percent in early trading in Kellmar on Friday.
` },
{ id: 'ctv', outlet: 'CTV Calvoria', published: '2026-09-11', title: 'Pilots\' strike over: Calvair flights to restart on Saturday', text: `
Pilots' strike over: Calvair flights to restart on Saturday

The pilots' strike that has paralysed Calvair since Monday is over. The airline and the pilots' union struck a deal on Thursday night after almost two days of talks led by a mediator.

Pilots will get a 14 per cent rise, spread over three years. The union's leader, Captain Mikkel Ostergaard, said his members "had no other way to make themselves heard".

What does it mean for passengers?

Calvair says flights will restart on Saturday morning, but it could take until early next week before the timetable is fully back to normal. Passengers whose flights were cancelled can rebook for free or ask for a refund.

About 3,100 flights were scrapped during the strike, and more than 400,000 travellers were affected, according to the airline. At Kellmar airport, hundreds of people slept in the terminal on Monday night after the first wave of cancellations.

Why did the pilots strike?

The Calvorian Pilots' Association says pay has fallen behind inflation and behind what pilots earn at rival airlines abroad. It also wanted limits on long duty days and more guaranteed days off.

Calvair's chief executive Renata Blom called the final agreement expensive but fair.

Was the government involved?

Transport Minister Pieter Anwald had threatened to bring in a law imposing a minimum service on airlines. After the deal, he told CTV he was "relieved for the passengers and for the economy".

The agreement still has to be put to a vote of the union's members.

This was the first nationwide pilots' strike in Calvoria in seven years. The last one, in 2019, lasted two days.
` },
{ id: 'post', outlet: 'Kellmar Evening Post', published: '2026-09-12', title: 'Relief at the airport as the deal is done', text: `
Relief at the airport as the deal is done

By mid-morning yesterday, the departure boards at Kellmar International were filling up again with the word "scheduled" rather than "cancelled". For the first time since Monday, Calvair passengers had reason to smile.

The agreement between the national airline and its pilots was reached only in the early hours of Friday, not on Thursday evening as was first reported, after a last negotiating session that ran past midnight, people close to the talks told the Post. Mediator Hanne Solvik is said to have kept both sides in the building until they had a text.

Pilots are to get 14 per cent more over three years, against the 6 per cent Calvair first put on the table. They will also have at least 12 rest days a month, up from 10, and a cap on the number of early starts in a row.

For passengers, the last four days were an ordeal. Calvair says 3,100 of its flights were cancelled and 420,000 passengers were affected. The Post spoke to a family from Ulvsund who spent two nights on camp beds in Terminal 2 waiting for a seat to Portomar.

The strike cost the airline around 58 million euros, analysts estimate, and hit hotels and tour operators in the city at the end of the summer season.

Captain Mikkel Østergaard, who leads the pilots' union, was greeted with applause when he arrived at the Calvair crew centre on Friday. Chief executive Renata Blom, meanwhile, thanked passengers for their patience in a letter sent to all customers.

Union members have until 25 September to vote on the deal. The strike ballot held last month was backed by 92 per cent of those who voted, and few expect the agreement to be rejected.

Talks had been going on since Wednesday.
` },
{ id: 'aerow', outlet: 'AeroWorkforce Weekly', published: '2026-09-14', title: 'Analysis: what the Calvair deal means for pilot pay in the region', text: `
Analysis: what the Calvair deal means for pilot pay in the region

Calvair's four-day pilots' strike, which ended with an agreement reached on 10 September, will be studied closely by airline managements and unions across the region.

On paper, the pilots did well. The Calvorian Pilots' Association, with 2,300 members, won a 14% increase over three years, backdated to 1 July. That is less than the 20% it originally sought, but far above the airline's opening offer. Add the new rostering rules - a minimum of 12 days off a month and tighter limits on consecutive early duties - and the real cost to Calvair is higher than the headline figure suggests.

The union says some 4,200 flights were cancelled over the four days, including those of the regional subsidiary that Calvair does not include in its own count. Either way, the disruption was the worst in the country's aviation history. Analysts put the airline's losses at about €58m, or roughly €14.5m a day.

The strike had been on the cards since August, when 92% of CPA members who voted backed industrial action. Relations had been poor since the pandemic, when pilots accepted pay cuts that, they say, were never fully restored.

The government's role also matters. Transport Minister Pieter Anwald's threat of a minimum-service law, made mid-week, pushed both sides to accept mediation. Unions elsewhere will see that as a warning; airline bosses may see it as a tool.

Calvair CEO Renata Blom described the settlement as "costly but fair". The market seemed to agree: shares rose on Friday.

The deal now goes to a ballot of the membership. A rejection is unlikely, but not impossible: a group of younger first officers says the new pay scales still favour senior captains.
` },
{ id: 'tidende', outlet: 'Kellmar Tidende (automatic translation)', text: `
KELLMAR (Kellmar Tidende) - The strike of the pilots of Calvair is finished. The company and the Association of the Pilots of Calvoria reached an agreement this Friday at dawn, after long negotiations under the direction of the mediator Hanne Sollvik.

The pilots will receive an increase of salary of 14 percent in three years, retroactive from the first of July. The company had offered at the beginning only 6 percent. Besides, the pilots will have a minimum of 12 days of rest in the month, in place of 10, and there will be a limit for the early services one after the other.

According to analysts, the losses of the company for the strike ascend to some 58 millions of euros, without to count the damage for the hotels and the agencies of travel.

The flights will recommence from tomorrow Saturday, informed Calvair. Since Monday, the company annulled 3.100 flights, and hundreds of thousands of travellers stayed on the ground.

"The pilots did not wish this strike, but we had not other way to make us listen", said the president of the association, the captain Mikkel Östergaard, in front of the journalists. The general director of Calvair, Renata Blom, qualified the agreement as "expensive, but just".

The negotiations with the mediator began on Wednesday, after that the minister of the Transport, Pieter Anwald, threatened with a law of minimum service.

The association counts 2.300 pilots. The members must vote the agreement until the 25 of September.

The airport of Kellmar was full of travellers who waited for information. "We wait since three days for a flight to Portomar", told a mother with two children in the terminal 2.

It is the first strike of the pilots in all the country since the year 2019.
` },
];
export const facts = [
['deal-day', 'date', 'conflict', { nps: 'late on Thursday', ctv: 'on Thursday night', aerow: 'reached on 10 September', post: 'in the early hours of Friday', tidende: 'this Friday at dawn' }],
['strike-start', 'date', 'agree', { nps: 'began on Monday', ctv: 'since Monday', post: 'first time since Monday', tidende: 'Since Monday, the company' }, { values: ['2026-09-07'] }],
['resume-day', 'date', 'agree', { nps: 'resume from Saturday', ctv: 'restart on Saturday morning', tidende: 'from tomorrow Saturday' }, { values: ['2026-09-12'] }],
['talks-day', 'date', 'agree', { nps: 'began on Wednesday', post: 'since Wednesday', tidende: 'began on Wednesday' }, { values: ['2026-09-09'] }],
['vote-deadline', 'date', 'agree', { nps: 'close by Sept. 25', post: 'until 25 September', tidende: 'until the 25 of September' }, { values: ['2026-09-25'] }],
['ballot-month', 'date', 'agree', { nps: 'strike action in August', post: 'The strike ballot held last month', aerow: 'since August' }, { values: ['2026-08'] }],
['last-strike-year', 'date', 'agree', { nps: 'first nationwide pilots\' strike since 2019', ctv: 'The last one, in 2019', tidende: 'since the year 2019' }, { values: ['2019'] }],
['backdated', 'date', 'agree', { aerow: 'backdated to 1 July', tidende: 'retroactive from the first of July' }, { values: ['2026-07-01'] }],
['flights-cancelled', 'number', 'conflict', { nps: 'cancelled 3,100 flights', ctv: 'About 3,100 flights', post: '3,100 of its flights', tidende: 'annulled 3.100 flights', aerow: 'some 4,200 flights' }],
['pay-rise', 'number', 'agree', { nps: '14 percent over three years', ctv: '14 per cent rise', post: '14 per cent more over three years', aerow: '14% increase', tidende: '14 percent in three years' }],
['demand', 'number', 'agree', { nps: 'demanded 20 percent', aerow: 'less than the 20%' }],
['first-offer', 'number', 'agree', { nps: 'first offer was 6 percent', post: 'against the 6 per cent', tidende: 'only 6 percent' }],
['passengers', 'number', 'agree', { nps: 'some 420,000 passengers', ctv: 'more than 400,000 travellers', post: '420,000 passengers', tidende: 'hundreds of thousands of travellers' }, { unsure: true }],
['strike-length', 'number', 'agree', { nps: 'ending a four-day strike', post: 'the last four days', aerow: "four-day pilots' strike" }],
['members', 'number', 'agree', { nps: 'about 2,300 pilots', aerow: '2,300 members', tidende: '2.300 pilots' }],
['ballot-share', 'number', 'agree', { nps: 'by 92 percent', post: 'backed by 92 per cent', aerow: '92% of CPA members' }],
['rest-days', 'number', 'agree', { post: 'at least 12 rest days a month', aerow: 'a minimum of 12 days off a month', tidende: 'a minimum of 12 days of rest in the month' }],
['losses', 'number', 'agree', { post: 'around 58 million euros', aerow: 'about €58m', tidende: 'some 58 millions of euros' }],
['ostergaard', 'entity', 'variant', { nps: 'Captain Mikkel Ostergaard', ctv: 'Captain Mikkel Ostergaard', post: 'Captain Mikkel Østergaard', tidende: 'the captain Mikkel Östergaard' }],
['solvik', 'entity', 'variant', { nps: 'retired judge Hanne Solvik', post: 'Mediator Hanne Solvik', tidende: 'the mediator Hanne Sollvik' }],
['blom', 'entity', 'agree', { nps: 'Renata Blom', ctv: 'Renata Blom', post: 'Renata Blom', aerow: 'Renata Blom', tidende: 'Renata Blom' }],
['anwald', 'entity', 'agree', { nps: 'Transport Minister Pieter Anwald', ctv: 'Transport Minister Pieter Anwald', aerow: 'Transport Minister Pieter Anwald', tidende: 'Pieter Anwald' }],
['union', 'entity', 'variant', { nps: "Calvorian Pilots' Association (CPA)", ctv: "The Calvorian Pilots' Association", aerow: "The Calvorian Pilots' Association", tidende: 'the Association of the Pilots of Calvoria' }],
['calvair', 'entity', 'agree', { nps: 'Calvair', ctv: 'Calvair', post: 'Calvair', aerow: 'Calvair', tidende: 'Calvair' }, { org: true }],
['portomar', 'entity', 'agree', { post: 'Portomar', tidende: 'Portomar' }, { org: true }],
['ostergaard-quote', 'quote', 'variant', { nps: 'Pilots did not want this strike, but we had no other way to be heard', ctv: 'had no other way to make themselves heard', tidende: 'The pilots did not wish this strike, but we had not other way to make us listen' }],
['blom-quote', 'quote', 'variant', { nps: 'expensive, but fair', ctv: 'called the final agreement expensive but fair', aerow: 'costly but fair', tidende: 'expensive, but just' }],
['deal', 'event', 'variant', { nps: 'reached a pay agreement', ctv: 'struck a deal', post: 'The agreement between the national airline and its pilots was reached only', tidende: 'reached an agreement' }],
['law-threat', 'event', 'variant', { nps: 'ready to propose emergency legislation to force a minimum service', ctv: 'had threatened to bring in a law imposing a minimum service', aerow: 'threat of a minimum-service law', tidende: 'threatened with a law of minimum service' }],
['ratification', 'event', 'variant', { nps: 'must still be approved by union members', ctv: 'still has to be put to a vote of the union', aerow: 'goes to a ballot of the membership', tidende: 'The members must vote the agreement' }],
['shares', 'event', 'variant', { nps: 'Calvair shares rose 4.8 percent', aerow: 'shares rose on Friday' }],
];
