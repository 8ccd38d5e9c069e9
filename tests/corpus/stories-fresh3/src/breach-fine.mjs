export const about = 'Written blind by helper fresh3. Planted conflicts: fine 38 million euros (dw, mt, consumer) vs 33 million euro (tagblatt); breach detected March 2025 (dw, mt) vs April 2025 (tagblatt). Traps: 38 million fine vs 12 million compensation fund vs 9 million earlier record fine vs 2.9 billion revenue; 4.1 million customers vs 1.2 million ID numbers; 11 weeks of access vs nine weeks of delay vs 72 hours; 30 days to appeal vs 14 months of investigation; detection March vs disclosure May 2025; fine Wed 4 Nov vs board Fri 6 Nov vs hearing 17 Nov; 2018 founding vs 2022 record.';
export const published = { tagblatt: '2026-11-05' };
export const sources = [
{ id: 'dw', outlet: 'Digital Wire', published: '2026-11-04', text: `
KELDEN, Nov 4 (Digital Wire) - Aldoria's data protection regulator on Wednesday fined Orvana Telecom 38 million euros over a cyberattack in which hackers stole the personal data of 4.1 million customers, the largest penalty it has ever imposed.

The Data Protection Inspectorate said the country's biggest mobile operator had failed to patch a known flaw in its billing software and had kept customer records unencrypted. Hackers had access to the system for 11 weeks before the company noticed the intrusion in March 2025.

Orvana then waited nine weeks before informing the regulator, the Inspectorate found, although the law requires companies to report a breach within 72 hours. The company disclosed the attack publicly only in May 2025.

"Orvana treated its customers' data as an afterthought," Inspectorate head Margit Sepp said at a news conference. The investigation took 14 months.

The stolen data included names, addresses and phone numbers, as well as 1.2 million identity card numbers. A group calling itself GreyHarbor claimed the attack and offered the data for sale on a criminal forum.

Chief executive Jukka Halonen said in a statement: "We accept that we made mistakes, but we disagree with the size of the fine." Orvana has 30 days to appeal. The company has also set up a 12 million euros compensation fund for affected customers, who can claim up to 150 euros each.

The fine is the highest since the Inspectorate was created in 2018. Parliament's digital affairs committee will question Halonen and Sepp at a hearing on 17 November.

Consumer groups welcomed the decision but said customers whose identity card numbers were stolen should be offered free new cards.
` },
{ id: 'mt', outlet: 'Markets Today', published: '2026-11-05', title: 'Orvana shrugs off record privacy fine', text: `
Orvana shrugs off record privacy fine

Shares in Orvana Telecom slipped 2.3% on Wednesday after Aldoria's privacy watchdog handed the operator a record €38m penalty for last year's data breach, but analysts said the sum was manageable.

The fine equals about 1.3 percent of Orvana's annual revenue of 2.9 billion euros, and the company had already set aside provisions for it in the second quarter. "The bigger cost is reputational," said Lena Voss, telecoms analyst at Kelden Securities. Orvana lost around 90,000 subscribers in the six months after the hack became public.

The breach, which exposed the details of more than four million customers, was detected in March last year. The regulator criticised the company for keeping data unencrypted and for reporting the incident weeks late.

The previous record penalty from the Data Protection Inspectorate was 9 million euros, imposed on a regional bank in 2022. The watchdog, set up in 2018, has become much more aggressive under its current head, Sepp.

Chief executive Halonen said the company accepted it had made mistakes but considered the fine disproportionate. The board will decide on Friday whether to appeal, a person familiar with the matter said.

Orvana also faces a class action filed by about 2,000 customers, which could prove more expensive if the courts award damages per person. The company has invested heavily in its 5G network and its net debt stood at 4.4 billion euros at the end of September.

Investors will be watching the company's next results on 19 February for any sign that customers are still leaving.
` },
{ id: 'tagblatt', outlet: 'Keldener Tagblatt (machine translation)', text: `
KELDEN, 5 November (KNA) - The Inspectorate for Data Protection has imposed yesterday to the telecommunication enterprise Orvana Telecom a fine of 33 million euro. It is the highest fine in the history of the authority.

According to the decision, the attackers had during eleven weeks access to the data of 4,1 million clients. The enterprise had discovered the attack only in April 2025 and had informed the authority much too late.

"Orvana has treated the data of its clients like a secondary thing", declared the leader of the authority, Margit Sepp. The examination of the case lasted 14 months.

The hacker group Grey Harbour had declared itself responsible for the attack and had offered the data on the Darknet to the sale. Among the stolen data were names, addresses and numbers of identity cards.

The chairman of the board Jukka Halonen declared: "We accept that we have made errors, but we are not in agreement with the amount of the fine." The enterprise can within 30 days file an objection at the administrative court. The board of directors will meet Friday to decide about it.

The enterprise with seat in Kelden had in the last year a turnover of 2,9 billion euro. The preceding record fine of the authority amounted to 9 million euro and touched 2022 a bank.

Consumer protectors demand that the enterprise compensates all affected clients automatically, without that they must present a demand. Orvana has so far promised a compensation only on demand.

The data protection authority has in the last years clearly increased its personnel and plans for the next year further examinations in the sector of telecommunication.
` },
{ id: 'consumer', outlet: 'Consumer Watch', published: '2026-11-04', title: 'Orvana fined: what it means for you', text: `
Orvana fined: what it means for you

If you were an Orvana customer in early 2025, there's a good chance your data was stolen. Today the Data Protection Inspectorate fined the telecoms giant 38 million euro for failing to protect it. Here's what you need to know.

How many people are affected? The regulator says 4.1 million people, which is more than half of all adults in the country. That includes current and former customers.

What was taken? Names, home addresses, phone numbers and 1.2 million ID numbers taken from identity cards. Passwords and bank details were not taken, according to Orvana.

Who did it? A hacking group called GreyHarbor claimed responsibility. Nobody has been arrested.

Why the big fine? The Inspectorate found Orvana left customer records unencrypted and took weeks to report the breach, instead of the 72 hours the law allows. The company only told customers in May 2025. Inspectorate chief Margit Sepp said the company had treated its customers' data as "an afterthought".

Can I get money? Orvana has set up a €12 million fund. You can claim up to 150 euros if you can show you suffered a loss, for example if someone used your details to take out a loan. Claims are open until the end of March.

What should I do now? Watch out for phishing messages that mention Orvana, check your bank statements, and consider asking for a new identity card. Our guide to identity theft explains how.

What's next? MPs will question Orvana bosses on November 17. We'll be watching, and we'll tell you if anything changes.
` },
];
export const facts = [
['fine-day', 'date', 'agree', { dw: 'on Wednesday', mt: 'on Wednesday', tagblatt: 'yesterday', consumer: 'Today' }, { values: ['2026-11-04'] }],
['detected', 'date', 'conflict', { dw: 'in March 2025', mt: 'in March last year', tagblatt: 'in April 2025' }],
['disclosed', 'date', 'agree', { dw: 'in May 2025', consumer: 'in May 2025' }, { values: ['2025-05'] }],
['board-day', 'date', 'agree', { mt: 'on Friday', tagblatt: 'Friday' }, { values: ['2026-11-06'] }],
['hearing', 'date', 'agree', { dw: 'on 17 November', consumer: 'on November 17' }, { values: ['2026-11-17'] }],
['record-2022', 'date', 'agree', { mt: '2022', tagblatt: '2022' }, { values: ['2022'] }],
['inspectorate-founded', 'date', 'agree', { dw: 'created in 2018', mt: 'set up in 2018' }, { values: ['2018'] }],
['fine', 'number', 'conflict', { dw: '38 million euros', mt: '€38m', tagblatt: '33 million euro', consumer: '38 million euro' }],
['customers', 'number', 'agree', { dw: '4.1 million customers', mt: 'more than four million customers', tagblatt: '4,1 million clients', consumer: '4.1 million people' }],
['id-numbers', 'number', 'agree', { dw: '1.2 million identity card numbers', consumer: '1.2 million ID numbers' }],
['access-weeks', 'number', 'agree', { dw: '11 weeks', tagblatt: 'eleven weeks' }],
['report-rule', 'number', 'agree', { dw: 'within 72 hours', consumer: '72 hours' }],
['investigation', 'number', 'agree', { dw: '14 months', tagblatt: '14 months' }],
['appeal-window', 'number', 'agree', { dw: '30 days', tagblatt: 'within 30 days' }],
['fund', 'number', 'agree', { dw: '12 million euros', consumer: '€12 million' }],
['max-claim', 'number', 'agree', { dw: '150 euros', consumer: '150 euros' }],
['revenue', 'number', 'agree', { mt: '2.9 billion euros', tagblatt: '2,9 billion euro' }],
['previous-record', 'number', 'agree', { mt: '9 million euros', tagblatt: '9 million euro' }],
['sepp', 'entity', 'agree', { dw: 'Margit Sepp', mt: 'Sepp', tagblatt: 'Margit Sepp', consumer: 'Margit Sepp' }],
['halonen', 'entity', 'agree', { dw: 'Jukka Halonen', mt: 'Halonen', tagblatt: 'Jukka Halonen' }],
['greyharbor', 'entity', 'variant', { dw: 'GreyHarbor', tagblatt: 'Grey Harbour', consumer: 'GreyHarbor' }],
['orvana', 'entity', 'agree', { dw: 'Orvana Telecom', mt: 'Orvana Telecom', tagblatt: 'Orvana Telecom', consumer: 'Orvana' }, { org: true }],
['inspectorate', 'entity', 'variant', { dw: 'Data Protection Inspectorate', mt: 'Data Protection Inspectorate', tagblatt: 'Inspectorate for Data Protection', consumer: 'Data Protection Inspectorate' }, { org: true }],
['kelden', 'entity', 'agree', { dw: 'KELDEN', tagblatt: 'KELDEN' }, { org: true }],
['sepp-quote', 'quote', 'variant', { dw: 'treated its customers\' data as an afterthought', tagblatt: 'treated the data of its clients like a secondary thing', consumer: 'an afterthought' }],
['halonen-quote', 'quote', 'variant', { dw: 'we disagree with the size of the fine', tagblatt: 'we are not in agreement with the amount of the fine' }],
['fine-event', 'event', 'variant', { dw: 'fined Orvana Telecom', mt: 'handed the operator a record', tagblatt: 'has imposed yesterday', consumer: 'fined the telecoms giant' }],
['claim-event', 'event', 'variant', { dw: 'GreyHarbor claimed the attack', tagblatt: 'had declared itself responsible', consumer: 'claimed responsibility' }],
['unencrypted', 'event', 'variant', { dw: 'kept customer records unencrypted', mt: 'keeping data unencrypted', consumer: 'left customer records unencrypted' }],
['late-report', 'event', 'variant', { mt: 'reporting the incident weeks late', tagblatt: 'informed the authority much too late', consumer: 'took weeks to report the breach' }, { unsure: true }],
];
