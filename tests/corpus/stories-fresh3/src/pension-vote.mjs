export const about = 'Written blind by helper fresh3. Planted conflicts: votes in favour 118 (cew, herald, fincourier) vs 112 (glas); law in force 1 January 2028 (cew, herald) vs 1 July 2028 (glas); fincourier "from 2028" is vague and left out of that conflict. Traps: retirement age 65 vs 65 amendments; 112 votes vs 111 needed; 15 days to sign vs 15 October; 1.4 billion savings vs 2.1 billion deficit; protest Tue 13 Oct vs vote Thu 15 Oct vs strike 29 Oct; 40,000 (unions) vs 25,000 (police) protesters.';
export const published = { glas: '2026-10-15' };
export const sources = [
{ id: 'cew', outlet: 'Central European Wire', published: '2026-10-15', text: `
DORVAN, Oct 15 (CEW) - Velaria's parliament on Thursday approved a law that raises the retirement age from 63 to 65, handing Prime Minister Stefan Arvanit a narrow victory after months of street protests.

Deputies in the 221-seat National Assembly passed the bill by 118 votes to 97, with six abstentions. Arvanit's four-party coalition holds 124 seats. The governing coalition rejected 65 amendments tabled by the opposition during a debate that lasted almost two days.

Under the law, the retirement age will rise by three months a year from 1 January 2028 until it reaches 65 by 2035. The finance ministry estimates the change will save 1.4 billion velars a year once fully in force.

"Without this reform, the pension system would be bankrupt within ten years," Labour Minister Mirela Dobrescu told parliament before the vote.

Opposition leader Ivo Kranjec called the law "a betrayal of every worker in this country" and said his Social Alliance would ask the Constitutional Court to strike it down. President Ana Morava has 15 days to sign the law or send it back to parliament; she has not said what she will do.

The Confederation of Velarian Trade Unions (CVTU), the largest union federation, announced a general strike for 29 October. It says the reform punishes people in physically demanding jobs who often cannot work into their mid-sixties.

Velaria has one of the lowest retirement ages in Europe and a fast-ageing population. The International Monetary Fund has urged the government for years to reform the pension system.
` },
{ id: 'herald', outlet: 'The Dorvan Herald', published: '2026-10-16', title: 'Pension reform scrapes through as unions vow strike', text: `
Pension reform scrapes through as unions vow strike

By our political staff

The government's pension reform cleared parliament yesterday with only seven votes to spare, after a marathon sitting that ran through Wednesday night.

Deputies voted 118 to 97 to raise the retirement age to 65. The bill needed 111 votes, an absolute majority of the chamber, because it amends the pension chapter of the social security code. Three coalition deputies broke ranks and voted against.

Mirela Dobrescu, the labour minister, argued that without the reform the system would be bankrupt within ten years. The pension fund ran a deficit of 2.1 billion velars last year, which had to be covered from the state budget.

The opposition was unmoved. It had tabled 65 opposition amendments, all of them voted down, and Ivo Kranjec, leader of the Social Alliance, walked out of the chamber before the final vote with most of his deputies.

On the streets, the mood is angry. Some 40,000 people marched through Dorvan on Tuesday, according to the unions; police put the figure at 25,000. The CVTU has called a general strike for October 29th, the first nationwide stoppage since 2019.

For Prime Minister Arvanit, the vote is a personal win. He staked his authority on the reform and had warned he would call an early election if it failed. But the real test may come in January 2028, when the first workers feel the change.

Dobrescu said the government was ready to talk to the unions about exemptions for miners and construction workers, but not about the reform itself.
` },
{ id: 'glas', outlet: 'Glas Dorvana (translated)', text: `
Today, Thursday 15 October, the National Assembly has adopted the law on the pension reform. For the law voted 112 deputies, 97 against, while 6 abstained. The law needed the necessary majority of 111 votes.

With the new law the age of retirement raises from 63 years to 65 years, gradually with 3 months every year, beginning from 1 July 2028. The minister of labour Mirela Dobrescou said in the Assembly: "Without this reform the system of pensions would go in bankruptcy in ten years."

The opposition leader Ivo Kranjec said that the law is "betrayal of all workers of our country" and announced that the Social Alliance will go to the Constitutional Court.

The Confederation of Velarian Trade Unions announced general strike for 29 October. Already on Tuesday, tens of thousands citizens protested in the center of Dorvan in front of the building of the Assembly, and the police closed several streets.

The president of the republic Ana Morava now has fifteen days to sign the law or to return it to the Assembly for new decision. In the past she expressed doubts about the speed of the reform, but she did not say how she will decide.

The prime minister Stefan Arvanit thanked to the deputies of the coalition for the support and said that the reform is "a question of responsibility toward the young generation". According to the government, the pension fund every year spends more than it collects, and the difference is paid from the budget.
` },
{ id: 'fincourier', outlet: 'Financial Courier', published: '2026-10-16', title: 'Velaria passes pension overhaul; bonds rally', text: `
Velaria passes pension overhaul; bonds rally

Velarian government bonds rallied on Friday after parliament approved a long-delayed pension overhaul, a reform investors and the International Monetary Fund have demanded for years.

The yield on the 10-year bond fell 18 basis points to 5.9 percent, its lowest level since March, and the velar gained 0.6 percent against the euro. The main Dorvan stock index rose 1.2 percent, led by banks.

The law, which passed on Thursday with 118 in favour in the 221 seats of the National Assembly, raises the statutory retirement age step by step from 2028 and completes the transition in 2035. The finance ministry puts the annual savings at 1.4 billion velars at full effect, roughly 0.9 percent of economic output.

That would close most of the gap in the pension fund, which ran a 2.1 billion velars deficit in 2025. "It is not enough on its own, but it is a credible start," said Katja Ferenc, chief economist at Dorvan Capital.

Analysts warned that the reform is not yet safe. President Ana Morava could return the bill to parliament, and the opposition has promised a court challenge. A general strike called by the unions for late October could also hurt growth in the fourth quarter.

Rating agency Meridian said it would review Velaria's BB+ rating in November. Finance Minister Goran Pavic said the government expected an upgrade "within a year" if the reform is implemented as planned.

The pension reform was a key condition of a 3 billion euro loan programme agreed with international lenders in 2024.
` },
{ id: 'vr', outlet: 'Velaria Radio English Service', published: '2026-10-15', text: `
Parliament has voted to raise the retirement age, despite weeks of protests. Here is what we know.

The National Assembly this afternoon adopted the government's pension bill, which will gradually lift the retirement age from 63 to 65. The vote was close: 118 deputies in favour, 97 against.

Labour Minister Dobrescu told deputies the pension system would go bankrupt within a decade without the change.

Opposition leader Ivo Kranjec called it a betrayal of every worker and walked out with his party before the final vote. His Social Alliance plans to challenge the law at the Constitutional Court.

Unions are furious. About 40,000 protesters filled the streets of the capital on Tuesday, and the Confederation of Velarian Trade Unions has now called a general strike for October 29th. Schools, hospitals and public transport are expected to be affected.

What happens next? President Ana Morava has fifteen days to sign the law. If she returns it, parliament can override her with the same absolute majority.

What does it mean for you? If you were born after 1965, you will work longer. The change starts in January 2028 and is phased in by three months each year. People in the most physically demanding jobs could still get exemptions, the minister said, but no details have been agreed.

Prime Minister Stefan Arvanit, who staked his government on the reform, said the vote showed that Velaria could take hard decisions. The reform is also part of the country's commitments to its international lenders. We will have more on this story throughout the evening.
` },
];
export const facts = [
['vote-day', 'date', 'agree', { cew: 'on Thursday', herald: 'yesterday', glas: 'Today, Thursday 15 October', fincourier: 'on Thursday', vr: 'this afternoon' }, { values: ['2026-10-15'] }],
['in-force', 'date', 'conflict', { cew: 'from 1 January 2028', herald: 'January 2028', glas: 'from 1 July 2028', vr: 'January 2028' }],
['completion', 'date', 'agree', { cew: 'by 2035', fincourier: 'in 2035' }, { values: ['2035'] }],
['protest-day', 'date', 'agree', { herald: 'on Tuesday', glas: 'on Tuesday', vr: 'on Tuesday' }, { values: ['2026-10-13'] }],
['strike-day', 'date', 'agree', { cew: '29 October', herald: 'October 29th', glas: '29 October', vr: 'October 29th' }, { values: ['2026-10-29'] }],
['votes-for', 'number', 'conflict', { cew: '118 votes', herald: 'voted 118', glas: '112 deputies', fincourier: '118 in favour', vr: '118 deputies in favour' }],
['votes-against', 'number', 'agree', { cew: 'to 97', herald: 'to 97', glas: '97 against', vr: '97 against' }],
['abstentions', 'number', 'agree', { cew: 'six abstentions', glas: '6 abstained' }],
['seats', 'number', 'agree', { cew: '221-seat', fincourier: '221 seats' }],
['majority-needed', 'number', 'agree', { herald: '111 votes', glas: '111 votes' }],
['age-old', 'number', 'agree', { cew: 'from 63', glas: 'from 63 years', vr: 'from 63' }],
['age-new', 'number', 'agree', { cew: 'to 65,', herald: 'to 65', glas: 'to 65 years', vr: 'to 65.' }],
['amendments', 'number', 'agree', { cew: '65 amendments', herald: '65 opposition amendments' }],
['step', 'number', 'agree', { cew: 'three months a year', glas: '3 months every year', vr: 'three months each year' }],
['savings', 'number', 'agree', { cew: '1.4 billion velars', fincourier: '1.4 billion velars' }],
['deficit', 'number', 'agree', { herald: '2.1 billion velars', fincourier: '2.1 billion velars' }],
['sign-deadline', 'number', 'agree', { cew: '15 days', glas: 'fifteen days', vr: 'fifteen days' }],
['protesters', 'number', 'agree', { herald: 'Some 40,000 people', vr: 'About 40,000 protesters' }],
['bankrupt-horizon', 'number', 'agree', { herald: 'within ten years', vr: 'within a decade' }, { unsure: true }],
['dobrescu', 'entity', 'variant', { cew: 'Mirela Dobrescu', herald: 'Mirela Dobrescu', glas: 'Mirela Dobrescou', vr: 'Dobrescu' }],
['kranjec', 'entity', 'agree', { cew: 'Ivo Kranjec', herald: 'Ivo Kranjec', glas: 'Ivo Kranjec', vr: 'Ivo Kranjec' }],
['arvanit', 'entity', 'agree', { cew: 'Stefan Arvanit', herald: 'Arvanit', glas: 'Stefan Arvanit', vr: 'Stefan Arvanit' }],
['morava', 'entity', 'agree', { cew: 'Ana Morava', glas: 'Ana Morava', fincourier: 'Ana Morava', vr: 'Ana Morava' }],
['cvtu', 'entity', 'agree', { cew: 'Confederation of Velarian Trade Unions', herald: 'CVTU', glas: 'Confederation of Velarian Trade Unions', vr: 'Confederation of Velarian Trade Unions' }, { org: true }],
['social-alliance', 'entity', 'agree', { cew: 'Social Alliance', herald: 'Social Alliance', glas: 'Social Alliance', vr: 'Social Alliance' }, { org: true }],
['court', 'entity', 'agree', { cew: 'Constitutional Court', glas: 'Constitutional Court', vr: 'Constitutional Court' }, { org: true }],
['assembly', 'entity', 'agree', { cew: 'National Assembly', glas: 'National Assembly', fincourier: 'National Assembly', vr: 'National Assembly' }, { org: true }],
['dobrescu-quote', 'quote', 'variant', { cew: 'pension system would be bankrupt within ten years', herald: 'the system would be bankrupt within ten years', glas: 'the system of pensions would go in bankruptcy in ten years' }],
['kranjec-quote', 'quote', 'variant', { cew: 'a betrayal of every worker in this country', glas: 'betrayal of all workers of our country', vr: 'a betrayal of every worker' }],
['passage', 'event', 'variant', { cew: 'approved a law', herald: 'cleared parliament', glas: 'has adopted the law', fincourier: 'parliament approved', vr: 'adopted the government\'s pension bill' }],
['strike-call', 'event', 'variant', { cew: 'announced a general strike', herald: 'has called a general strike', glas: 'announced general strike', vr: 'has now called a general strike' }],
['court-challenge', 'event', 'variant', { cew: 'ask the Constitutional Court to strike it down', glas: 'will go to the Constitutional Court', vr: 'challenge the law at the Constitutional Court' }, { unsure: true }],
];
