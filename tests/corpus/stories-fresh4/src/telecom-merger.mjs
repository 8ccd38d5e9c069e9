export const about = 'Written blind by helper fresh4. Planted conflicts: deal closing in the first half of 2027 (nfw, dailybiz "next year", tidende) vs "before the end of this year" (techbeat); job cuts 1,800 (nfw, dailybiz, tidende) vs about 1,100 (radio). Traps: 27% premium vs 22% share jump; 31% stake; 4.6 billion price vs 3.9 billion revenue vs 4.2 million customers; savings by 2029 vs earlier bid in 2019 vs brand kept until 2028; union estimate 3,000 vs company figure; announcement Mon 8 Jun vs reference close Fri 5 Jun; 150 million break fee vs 600 call-centre staff.';
export const published = { tidende: '2026-06-09' };
export const sources = [
{ id: 'nfw', outlet: 'Nordic Financial Wire', published: '2026-06-08', text: `
HARSTED, June 8 (NFW) - Teleron agreed on Monday to buy smaller rival Vistacom for 4.6 billion euros including debt, a deal that would cut the number of mobile operators in the country from three to two and is likely to face a lengthy review by competition authorities.

Teleron will pay 7.40 euros in cash for each Vistacom share, a premium of 27% to Friday's closing price, the companies said in a joint statement. Vistacom's largest shareholder, the state pension fund Folkefond, which owns 31% of the company, has agreed to sell.

The combined group would have about 11.5 million mobile subscribers and annual revenue of 3.9 billion euros. Teleron expects cost savings of 350 million euros a year by 2029, partly from merging the two networks, and plans to cut 1,800 jobs over three years.

"Together we will build the network this country needs, with 5G coverage in every village," Teleron chief executive Margit Halvorsen told a news conference in Harsted.

Vistacom CEO Jonas Brekke, who will leave the company once the deal is completed, said the offer was "fair and full".

The companies expect the deal to close in the first half of 2027, subject to approval by the National Competition Authority (NCA). Teleron would pay a break fee of 150 million euros if regulators block the transaction.

Vistacom shares jumped 22% to 7.12 euros by the close, just below the offer price, while Teleron fell 3.1%.

Teleron tried to buy Vistacom once before, in 2019, but withdrew its offer after the competition authority raised objections. Analysts said the regulator was likely to demand the sale of radio frequencies or shops this time.

The Communication Workers' Union called the job cuts "unacceptable" and said it would seek talks with both companies.

The deal ends a long period of uncertainty for Vistacom, which has lost customers to Teleron and to the low-cost operator Fonix since a price war began in 2022. Its profit margins have fallen for four straight years, and its network is widely seen as the weakest of the three in rural areas.

Fonix, which would become the only remaining challenger, said in a short statement that it would ask the regulator to impose strict conditions, including guaranteed access to the merged company's network at regulated prices. Its chief executive declined to say whether Fonix would bid for any assets that might be put up for sale.
` },
{ id: 'radio', outlet: 'Radio North', published: '2026-06-08', title: 'Union vows to fight job cuts in telecom deal', text: `
Union vows to fight job cuts in telecom deal

Telecom workers' representatives reacted angrily on Monday to the news that Teleron is taking over its rival Vistacom.

The companies say about 1,100 jobs will disappear as the two networks, customer service centres and head offices are merged. The Communication Workers' Union (CWU) fears the real figure could be as many as 3,000, once subcontractors are included.

"This is unacceptable. Workers are paying for a deal that will only make shareholders richer," CWU chair Lise Moen told Radio North. She said the union would demand talks with both managements this week and did not rule out industrial action in the autumn.

Teleron is paying 4.6 billion euros for Vistacom. Its chief executive, Margit Halvorsen, promised the merged company would bring fast mobile internet to every village in the country.

Consumer groups are worried too. With only two mobile operators left, they fear prices will rise. The Consumer Council said it would ask the National Competition Authority to look closely at the deal.

Digital affairs minister Per Aaland said the government would not stand in the way but expected the companies to keep jobs in the regions. Vistacom runs a large call centre in Tromvik with 600 staff, one of the biggest private employers in the north.

In Tromvik, the news spread quickly. "Half my street works there," said one call-centre employee on her lunch break. "Everyone is asking the same question: will it be us?"

The deal must still be approved by the competition watchdog, which blocked a similar attempt seven years ago.
` },
{ id: 'techbeat', outlet: 'TechBeat', published: '2026-06-08', title: 'What the Teleron-Vistacom deal means for your phone bill', text: `
What the Teleron-Vistacom deal means for your phone bill

If you are one of Vistacom's 4.2 million customers, nothing will change for now. But the 4.6-billion-euro takeover announced by Teleron on Monday will reshape the country's mobile market, and probably your bill.

Teleron says the combined company will have around 11.5 million mobile subscribers, giving it a market share of about 60%. Only one competitor, the discount operator Fonix, would remain.

Teleron boss Margit Halvorsen promised better coverage: "Together we will build the network the country needs." The group plans to spend part of the savings from the merger - an estimated €350 million a year - on extending 5G to rural areas, she said.

Consumer advocates are not convinced. When three operators became two in other markets, prices usually rose within two years, said Jon Eide of the Consumer Council.

The deal is expected to be completed before the end of this year, Teleron said, if the National Competition Authority gives its approval. Vistacom customers will keep their contracts and phone numbers, and the Vistacom brand will survive at least until 2028.

Vistacom's CEO Jonas Brekke called the offer "fair and full". Shareholders will receive €7.40 a share.

Teleron's previous bid for Vistacom collapsed in 2019. NCA director Sigrun Vatne said on Monday that her staff would "examine the deal very carefully". This time, analysts expect the regulator to impose conditions, such as selling spectrum to Fonix, rather than block the deal outright.

Should you switch now? Probably not. Early termination fees still apply, and any price changes would have to be announced at least a month in advance.
` },
{ id: 'dailybiz', outlet: 'The Business Daily', published: '2026-06-09', title: 'Teleron bets big as regulators loom', text: `
Teleron bets big as regulators loom

Margit Halvorsen has never hidden her ambition. Three years after taking charge of Teleron, the chief executive yesterday struck the biggest deal in the country's telecom history, agreeing to acquire Vistacom for €4.6bn, debt included.

The price - 7.40 euros a share in cash - represents a 27 percent premium to Friday's close. Investors cheered: Vistacom stock rose 22 percent on Monday. Teleron's shares lost 3.1 percent as some analysts questioned whether savings of €350m a year by 2029 were realistic.

"It is a full price for a company that has lost market share for five years," said Kari Dahl, an analyst at Harsted Securities.

Halvorsen's argument is that the country cannot afford three networks. The merged company will shed 1,800 positions, mostly in administration and shop networks, over the next three years.

The biggest hurdle is the National Competition Authority. The NCA blocked Teleron's first approach in 2019 and has since become more aggressive. Its director, Sigrun Vatne, told reporters the authority would "examine the deal very carefully" and could open an in-depth investigation lasting up to nine months.

Teleron says it expects to close the transaction in the first half of next year and has agreed to pay Vistacom 150 million euros if it fails to win approval. The state pension fund Folkefond, with 31 percent of Vistacom, has already said yes.

For Brekke, 61, the deal means an exit after a difficult decade. He will step down when the takeover is completed.
` },
{ id: 'tidende', outlet: 'Harsted Tidende (automatic translation)', text: `
HARSTED, 9 June (Harsted Tidende) - The telecommunications group Teleron buys the competitor Vistacom for 4,6 billion euro, debts included. The agreement was announced yesterday from the two enterprises in Harsted.

Teleron pays 7,40 euro for every action, that is 27 per cent more of the course of closing of Friday. The pension fund of state Folkefond, that possesses the 31 per cent of Vistacom, has already accepted the offer.

"Together we construct the net of which the country has need, with the 5G in every village", has said the administrator delegate of Teleron, Margit Halvorsen. The number one of Vistacom, Jonas Brække, has defined the offer "right and complete".

The new group will count 11,5 million of mobile subscribers. Are foreseen savings for 350 million euro to the year until 2029 and the cut of 1.800 working places in three years. The syndicate CWU has defined the cuts "inacceptable" and asks a meeting with the direction.

The operation must be approved by the National Authority of Competition, that in 2019 had blocked a first tentative of Teleron. The closing is foreseen in the first semester of 2027.

In Bourse the action Vistacom is risen of the 22 per cent, while Teleron has lost the 3,1 per cent. According to the analysts the Authority will ask to sell frequencies or shops before to give the green light.

For the clients of Vistacom nothing changes for the moment: the contracts and the numbers remain valid. The minister of the digital affairs has said that the government will not oppose itself, but it wants that the posts of work remain in the regions.
` },
];
export const facts = [
['announced', 'date', 'agree', { nfw: 'agreed on Monday', techbeat: 'announced by Teleron on Monday', dailybiz: 'yesterday struck', tidende: 'announced yesterday' }, { values: ['2026-06-08'] }],
['reference-close', 'date', 'agree', { nfw: "Friday's closing price", dailybiz: "Friday's close", tidende: 'the course of closing of Friday' }, { values: ['2026-06-05'] }],
['closing', 'date', 'conflict', { nfw: 'in the first half of 2027', dailybiz: 'in the first half of next year', tidende: 'in the first semester of 2027', techbeat: 'before the end of this year' }],
['earlier-bid', 'date', 'agree', { nfw: 'in 2019', radio: 'seven years ago', techbeat: 'in 2019', dailybiz: 'in 2019', tidende: 'in 2019' }, { values: ['2019'] }],
['savings-by', 'date', 'agree', { nfw: 'by 2029', dailybiz: 'by 2029', tidende: 'until 2029' }, { values: ['2029'] }],
['price', 'number', 'agree', { nfw: '4.6 billion euros', radio: '4.6 billion euros', techbeat: '4.6-billion-euro', dailybiz: '€4.6bn', tidende: '4,6 billion euro' }],
['per-share', 'number', 'agree', { nfw: '7.40 euros in cash', techbeat: '€7.40 a share', dailybiz: '7.40 euros a share', tidende: '7,40 euro' }],
['premium', 'number', 'agree', { nfw: 'a premium of 27%', dailybiz: '27 percent premium', tidende: '27 per cent more' }],
['stake', 'number', 'agree', { nfw: 'owns 31%', dailybiz: 'with 31 percent', tidende: 'the 31 per cent' }],
['subscribers', 'number', 'agree', { nfw: 'about 11.5 million mobile subscribers', techbeat: 'around 11.5 million mobile subscribers', tidende: '11,5 million of mobile subscribers' }],
['savings', 'number', 'agree', { nfw: '350 million euros a year', techbeat: '€350 million a year', dailybiz: '€350m a year', tidende: '350 million euro to the year' }],
['jobs', 'number', 'conflict', { nfw: '1,800 jobs', dailybiz: '1,800 positions', tidende: '1.800 working places', radio: 'about 1,100 jobs' }],
['job-cut-period', 'number', 'agree', { nfw: 'over three years', dailybiz: 'over the next three years', tidende: 'in three years' }],
['break-fee', 'number', 'agree', { nfw: '150 million euros', dailybiz: '150 million euros' }],
['vistacom-shares', 'number', 'agree', { nfw: 'jumped 22%', dailybiz: 'rose 22 percent', tidende: 'risen of the 22 per cent' }],
['teleron-shares', 'number', 'agree', { nfw: 'fell 3.1%', dailybiz: 'lost 3.1 percent', tidende: 'lost the 3,1 per cent' }],
['operators-left', 'number', 'agree', { nfw: 'from three to two', radio: 'only two mobile operators left' }, { unsure: true }],
['halvorsen', 'entity', 'agree', { nfw: 'Margit Halvorsen', radio: 'Margit Halvorsen', techbeat: 'Margit Halvorsen', dailybiz: 'Margit Halvorsen', tidende: 'Margit Halvorsen' }],
['brekke', 'entity', 'variant', { nfw: 'Jonas Brekke', techbeat: 'Jonas Brekke', dailybiz: 'Brekke', tidende: 'Jonas Brække' }],
['nca', 'entity', 'variant', { nfw: 'National Competition Authority (NCA)', radio: 'National Competition Authority', techbeat: 'National Competition Authority', dailybiz: 'National Competition Authority', tidende: 'National Authority of Competition' }],
['teleron', 'entity', 'agree', { nfw: 'Teleron', radio: 'Teleron', techbeat: 'Teleron', dailybiz: 'Teleron', tidende: 'Teleron' }, { org: true }],
['vistacom', 'entity', 'agree', { nfw: 'Vistacom', radio: 'Vistacom', techbeat: 'Vistacom', dailybiz: 'Vistacom', tidende: 'Vistacom' }, { org: true }],
['folkefond', 'entity', 'agree', { nfw: 'Folkefond', dailybiz: 'Folkefond', tidende: 'Folkefond' }, { org: true }],
['union', 'entity', 'agree', { nfw: "Communication Workers' Union", radio: "Communication Workers' Union (CWU)", tidende: 'CWU' }],
['consumer-council', 'entity', 'agree', { radio: 'Consumer Council', techbeat: 'Consumer Council' }, { org: true }],
['harsted', 'entity', 'agree', { nfw: 'Harsted', dailybiz: 'Harsted', tidende: 'Harsted' }, { org: true }],
['vatne', 'entity', 'agree', { techbeat: 'Sigrun Vatne', dailybiz: 'Sigrun Vatne' }],
['vatne-quote', 'quote', 'agree', { techbeat: 'examine the deal very carefully', dailybiz: 'examine the deal very carefully' }],
['halvorsen-quote', 'quote', 'variant', { nfw: 'Together we will build the network this country needs', techbeat: 'Together we will build the network the country needs', tidende: 'Together we construct the net of which the country has need' }],
['brekke-quote', 'quote', 'variant', { nfw: 'fair and full', techbeat: 'fair and full', tidende: 'right and complete' }],
['union-quote', 'quote', 'variant', { nfw: 'unacceptable', radio: 'This is unacceptable', tidende: 'inacceptable' }],
['takeover', 'event', 'variant', { nfw: 'to buy smaller rival Vistacom', radio: 'is taking over its rival Vistacom', dailybiz: 'agreeing to acquire Vistacom', tidende: 'buys the competitor Vistacom' }],
['brekke-leaves', 'event', 'variant', { nfw: 'will leave the company', dailybiz: 'He will step down' }],
['folkefond-accepts', 'event', 'variant', { nfw: 'has agreed to sell', dailybiz: 'has already said yes', tidende: 'has already accepted the offer' }],
];
