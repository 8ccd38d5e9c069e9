export const about = 'Written blind by helper fresh5. Planted conflicts: the Kaarlsby site closes by the end of June (abw, dagblad "until the end of June", bnb "by the summer" is vague and left out) vs "by the end of September" (observer); jobs cut 4,200 (abw, bnb, observer, dagblad) vs 3,900 (techledger, citing the regulatory filing). Traps: 4,200 jobs vs a 420 million dollar charge; 650 jobs in Kaarlsby vs a 6.5% share rise; 11% of staff vs 11 offices closed; announcement Wed 21 Jan vs notification by Fri 23 Jan vs results Thu 29 Jan; 1,500 cut in 2024 vs 16 weeks of severance vs 2 billion dollars for AI.';
export const published = { dagblad: '2026-01-22' };
export const sources = [
{ id: 'abw', outlet: 'Atlas Business Wire', published: '2026-01-21', text: `
PORT ALDEN, Jan 21 (ABW) - Norvale Technologies will cut about 4,200 jobs, or roughly 11% of its workforce, and close its research centre in Kaarlsby, the software group said on Wednesday, as it shifts money into artificial intelligence.

The company, which employs about 38,000 people worldwide, said it would book a restructuring charge of around 420 million dollars, mostly in the first half of the year. It will also close 11 smaller offices and reduce its use of contractors.

Chief executive Victor Armand told staff in an email that the cuts were needed to free up resources for AI products. "These are painful decisions, and I take full responsibility for them," he wrote.

The Kaarlsby site in Nordessa, Norvale's largest research centre outside its home market, will close by the end of June, with the loss of 650 jobs. Some of its work will move to Port Alden and to a new hub in Kirenza.

Employees whose jobs are affected will be told by Friday. They will receive at least 16 weeks of pay as severance, plus extra weeks depending on length of service.

Norvale shares rose 6.5% in afternoon trading after the announcement. Investors have been pressing the company to cut costs after two years of slowing growth in its core database business.

The group said it plans to invest 2 billion dollars over the next three years in AI tools and data centres. It will report fourth-quarter results on January 29.

It is Norvale's second round of large cuts in two years: in 2024 it laid off about 1,500 employees, mainly in sales.

Nordessa's economy minister, Maja Lindqvist, said she was "deeply disappointed" and would ask the company to reconsider. The Kaarlsby centre was opened in 2009 with help from a regional development grant.
` },
{ id: 'bnb', outlet: 'BNB Business Network', published: '2026-01-22', title: 'Norvale to shed 4,200 jobs in AI pivot', text: `
Norvale to shed 4,200 jobs in AI pivot

Norvale Technologies is the latest big software firm to trim its workforce in the race to build artificial intelligence products, announcing on Wednesday that 4,200 positions will go.

The reductions amount to roughly one in nine employees. They will fall hardest on the company's research operations abroad, where its centre in Kaarlsby, Nordessa, is to be shut by the summer.

Chief executive Victor Armand said in a message to employees: "These decisions are painful. I take full responsibility." He promised that those leaving would be treated "with dignity and generosity".

Investors welcomed the news. Norvale stock closed up 6.5% on Wednesday, its best day since last spring.

"This is a company that hired too fast during the boom years and is now paying for it," said Priya Raman, an analyst at Whitfield Partners. "Investors want to see the AI spending, but they also want margins."

The company expects to take a charge of about $420 million for severance and closing offices. It has said it will spend $2 billion over three years on AI.

Norvale is hardly alone. Several of its competitors have announced cuts since the start of the year, often in the same breath as bigger AI budgets.

In Nordessa, unions reacted with anger. "Six hundred and fifty families found out by email," said Søren Dahlqvist of the Union of Technical Employees. The union is demanding talks with management before any notices are sent.

Norvale will publish full-year figures next week, on January 29, when analysts expect more detail on how the savings will be used.

The company employs about 38,000 people in 24 countries.
` },
{ id: 'observer', outlet: 'Port Alden Observer', published: '2026-01-22', title: 'At Norvale HQ, a quiet day of goodbyes', text: `
At Norvale HQ, a quiet day of goodbyes

The email arrived at 7.02 on Wednesday morning. By lunchtime, the cafeteria on the top floor of Norvale's glass tower on Harbour Street was half empty, and those who were there spoke in low voices.

Norvale, the city's largest private employer after the port authority, announced that it will cut 4,200 jobs worldwide. Nobody at headquarters yet knows how many of the roughly 9,000 people who work in Port Alden will be affected. Managers were told to hold one-to-one meetings with every affected worker by Friday.

"It feels like musical chairs," said one developer who has worked at Norvale for eleven years. "You look around the room and wonder who will still be here in March."

Chief executive Victor Armand, who grew up in the city's North End, wrote to employees that the decisions were "painful" and that he took "full responsibility".

A company spokesperson told the Observer that the Kaarlsby research centre in Nordessa, which employs 650 people, would close by the end of September, after a handover period. Part of its work will come to Port Alden.

Mayor Linda Okafor said she had spoken to Armand and had been assured that headquarters would remain "the heart of the company". She said the city would offer retraining places to anyone who loses their job.

The last round of cuts, in 2024, cost 1,500 jobs. Many of those workers found new jobs quickly; economists warn that the market for software engineers is tighter now.

Those leaving will be paid a minimum of 16 weeks' salary. Norvale's share price, meanwhile, jumped 6.5%, a fact that did not go unnoticed on Harbour Street. "The market loves us a little more every time there are fewer of us," said a woman leaving the building with a cardboard box.
` },
{ id: 'techledger', outlet: 'TechLedger', published: '2026-01-23', title: 'Norvale\'s cuts: what the filing says', text: `
Norvale's cuts: what the filing says

The regulatory filing that Norvale Technologies submitted on Wednesday is more precise than the company's upbeat press release: it lists 3,900 positions to be eliminated, spread across research, support and sales, in what it calls a "multi-phase workforce realignment".

According to the same document, Norvale had a 38,000 headcount at the end of September - after hiring aggressively only two years ago.

According to the filing, the company expects a pre-tax charge of between $390m and $450m, most of it for severance. Each departing employee gets a floor of 16 weeks of pay.

The most significant strategic move is the closure of the Kaarlsby research centre in Nordessa, which developed much of Norvale's database engine. Its 650 engineers and researchers are among the most experienced in the company. Rivals are reportedly already contacting some of them.

Chief executive Victor Armand is betting that the money saved - and a $2bn AI budget over three years - will let Norvale catch up with faster competitors. Whether a company can cut its most experienced engineers and speed up at the same time is an open question.

Investors seem convinced for now. The shares gained 6.5% on the day of the announcement.

Norvale's previous restructuring, in 2024, removed about 1,500 roles, mostly in sales and marketing. This round reaches deep into engineering for the first time.

The filing also confirms the closure of 11 small offices, mostly sales locations abroad. Fourth-quarter results on 29 January should show whether the company's core business is still shrinking.
` },
{ id: 'dagblad', outlet: 'Kaarlsby Dagblad (machine translation)', text: `
KAARLSBY, 22 January (Kaarlsby Dagblad) - The software concern from Port Alden Norvale Technologies closes its research centre in Kaarlsby until the end of June. All 650 workplaces disappear, communicated the enterprise yesterday.

Worldwide Norvale dismisses 4.200 employees, approximately 11 percent of the personnel. The concern wants to invest the freed money in artificial intelligence.

The employees of the centre learned the news through an e-mail of the chief executive Victor Armand. "These are painful decisions, and I carry the full responsibility for them", wrote Armand.

"650 families learned it by e-mail. That is not worthy", said Soren Dahlqvist, chairman of the Union of the Technical Functionaries, to Dagblad. The union demands negotiations before the dismissals.

The minister of economy Maja Lindqvist showed herself "deeply disappointed". She will speak with the leadership of the concern and ask it to think again. The centre was opened in 2009 with regional support money.

For Kaarlsby the closure is a hard blow. Norvale was, after the hospital, the biggest private employer of the commune. Many of the engineers have bought houses in the region in the last years.

The dismissed persons receive at least 16 weeks of salary as compensation. On the stock exchange of Port Alden the Norvale share climbed by 6,5 percent.

Already in 2024 Norvale had removed 1.500 jobs, then mostly in the sale. The concern presents its annual figures on 29 January.

The mayor of Kaarlsby, Henrik Solberg, spoke of "a cold shower" for the city and convoked for Monday a crisis meeting with the region and the union. Several local enterprises have already let know that they want to hire engineers of Norvale.
` },
];
export const facts = [
['announce-day', 'date', 'agree', { abw: 'said on Wednesday', bnb: 'announcing on Wednesday', observer: 'on Wednesday morning', techledger: 'submitted on Wednesday', dagblad: 'communicated the enterprise yesterday' }, { values: ['2026-01-21'] }],
['kaarlsby-close', 'date', 'conflict', { abw: 'close by the end of June', dagblad: 'until the end of June', observer: 'by the end of September' }],
['notify-by', 'date', 'agree', { abw: 'told by Friday', observer: 'every affected worker by Friday' }, { values: ['2026-01-23'] }],
['results-day', 'date', 'agree', { abw: 'on January 29', bnb: 'next week, on January 29', techledger: 'results on 29 January', dagblad: 'annual figures on 29 January' }, { values: ['2026-01-29'] }],
['previous-cuts-year', 'date', 'agree', { abw: 'in 2024 it laid off', observer: 'The last round of cuts, in 2024', techledger: 'restructuring, in 2024', dagblad: 'Already in 2024' }, { values: ['2024'] }],
['centre-opened', 'date', 'agree', { abw: 'opened in 2009', dagblad: 'opened in 2009' }, { values: ['2009'] }],
['jobs', 'number', 'conflict', { abw: 'cut about 4,200 jobs', bnb: 'that 4,200 positions will go', observer: 'it will cut 4,200 jobs', dagblad: 'dismisses 4.200 employees', techledger: 'it lists 3,900 positions' }],
['share', 'number', 'agree', { abw: 'roughly 11% of its workforce', bnb: 'roughly one in nine employees', dagblad: 'approximately 11 percent of the personnel' }, { unsure: true }],
['workforce', 'number', 'agree', { abw: 'about 38,000 people worldwide', bnb: 'about 38,000 people in 24 countries', techledger: 'a 38,000 headcount' }],
['charge', 'number', 'agree', { abw: 'around 420 million dollars', bnb: 'about $420 million' }],
['offices', 'number', 'agree', { abw: 'close 11 smaller offices', techledger: 'closure of 11 small offices' }],
['kaarlsby-jobs', 'number', 'agree', { abw: 'the loss of 650 jobs', bnb: 'Six hundred and fifty families', observer: 'which employs 650 people', techledger: 'Its 650 engineers and researchers', dagblad: 'All 650 workplaces' }],
['severance', 'number', 'agree', { abw: 'at least 16 weeks of pay', observer: "a minimum of 16 weeks' salary", techledger: 'a floor of 16 weeks of pay', dagblad: 'at least 16 weeks of salary' }],
['shares-rise', 'number', 'agree', { abw: 'rose 6.5%', bnb: 'closed up 6.5%', observer: 'jumped 6.5%', techledger: 'gained 6.5%', dagblad: 'climbed by 6,5 percent' }],
['ai-budget', 'number', 'agree', { abw: 'invest 2 billion dollars', bnb: 'spend $2 billion over three years', techledger: 'a $2bn AI budget' }],
['previous-cuts', 'number', 'agree', { abw: 'about 1,500 employees', observer: 'cost 1,500 jobs', techledger: 'about 1,500 roles', dagblad: 'removed 1.500 jobs' }],
['norvale', 'entity', 'agree', { abw: 'Norvale Technologies', bnb: 'Norvale Technologies', observer: 'Norvale', techledger: 'Norvale Technologies', dagblad: 'Norvale Technologies' }, { org: true }],
['armand', 'entity', 'agree', { abw: 'Victor Armand', bnb: 'Victor Armand', observer: 'Victor Armand', techledger: 'Victor Armand', dagblad: 'Victor Armand' }],
['kaarlsby', 'entity', 'agree', { abw: 'Kaarlsby', bnb: 'Kaarlsby', observer: 'Kaarlsby', techledger: 'Kaarlsby', dagblad: 'Kaarlsby' }, { org: true }],
['nordessa', 'entity', 'agree', { abw: 'Nordessa', bnb: 'Nordessa', observer: 'Nordessa', techledger: 'Nordessa' }, { org: true }],
['port-alden', 'entity', 'agree', { abw: 'Port Alden', observer: 'Port Alden', dagblad: 'Port Alden' }, { org: true }],
['dahlqvist', 'entity', 'variant', { bnb: 'Søren Dahlqvist', dagblad: 'Soren Dahlqvist' }],
['union', 'entity', 'variant', { bnb: 'Union of Technical Employees', dagblad: 'Union of the Technical Functionaries' }],
['lindqvist', 'entity', 'agree', { abw: 'Maja Lindqvist', dagblad: 'Maja Lindqvist' }],
['armand-quote', 'quote', 'variant', { abw: 'These are painful decisions, and I take full responsibility for them', bnb: 'These decisions are painful. I take full responsibility.', observer: 'full responsibility', dagblad: 'These are painful decisions, and I carry the full responsibility for them' }],
['dahlqvist-quote', 'quote', 'variant', { bnb: 'Six hundred and fifty families found out by email', dagblad: '650 families learned it by e-mail' }],
['lindqvist-quote', 'quote', 'agree', { abw: 'deeply disappointed', dagblad: 'deeply disappointed' }],
['job-cuts', 'event', 'variant', { abw: 'will cut about 4,200 jobs', bnb: 'Norvale to shed 4,200 jobs', observer: 'announced that it will cut', dagblad: 'Worldwide Norvale dismisses' }],
['centre-closure', 'event', 'variant', { abw: 'close its research centre in Kaarlsby', bnb: 'is to be shut by the summer', techledger: 'the closure of the Kaarlsby research centre', dagblad: 'closes its research centre in Kaarlsby' }],
['email', 'event', 'variant', { abw: 'told staff in an email', bnb: 'said in a message to employees', observer: 'wrote to employees', dagblad: 'learned the news through an e-mail' }, { unsure: true }],
['ai-shift', 'event', 'variant', { abw: 'shifts money into artificial intelligence', dagblad: 'wants to invest the freed money in artificial intelligence' }],
];
