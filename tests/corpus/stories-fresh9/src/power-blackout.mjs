export const about = 'Written blind by helper blind9a. Planted conflicts: power fully restored on Thursday 12 Feb (aps "by Thursday afternoon", cnv, gpm "by the evening of 12 February", all on the operator\'s account) vs "only on Friday, 13 February" (herald, whose valley stayed dark); generation lost 6,000 MW (aps, cnv "6 gigawatts", jornal "6.000 megawatts") vs "nearly 9 GW" (gpm, citing the regional grid association). Traps: 4.2 million customers vs 42 hospitals on generators; some 30,000 stranded passengers vs the 30-day inquiry deadline; 6,000 MW lost vs 1,500 MW imported from Austrava vs four seconds; 80% restored by Thursday morning vs minus 8 degrees; blackout Wed 11 Feb vs schools shut Thu 12 vs restoration Thu/Fri vs hearing Tue 17 vs the regulator\'s warning in November 2025 vs the 2003 blackout (single); some 40,000 homes in the Brancoso valley (herald, single). Undated: jornal, whose dateline has no date and which uses only relative dates ("yesterday", "this Thursday", "next Tuesday").';
export const published = { jornal: '2026-02-12' };
export const sources = [
{ id: 'aps', outlet: 'Atlantic Press Service', published: '2026-02-12', text: `
CORVANTO, Valmera, Feb 12 (APS) - Power had been restored across the whole of Valmera by Thursday afternoon, the grid operator said, after a nationwide blackout on Wednesday evening left about 4.2 million homes and businesses without electricity, stranded commuters and forced hospitals onto emergency generators.

The outage began shortly before 7 p.m., at the peak of evening demand, when a fault at the Ribafria substation in the centre of the country triggered a chain of shutdowns. Within seconds, some 6,000 megawatts of generation had dropped off the grid.

"We lost the equivalent of a small country's electricity in four seconds," said Duarte Salgueiro, chief executive of the operator, Rede Elétrica de Valmera (REV). By Thursday morning, 80% of customers were connected again, helped by 1,500 megawatts of imports from neighbouring Austrava.

Two people died of carbon monoxide poisoning from generators used indoors, police said. Forty-two hospitals ran on backup power, and about 180 trains came to a halt, leaving some 30,000 passengers stranded, many of them for hours in unheated carriages as temperatures fell to minus 8 degrees in the north.

The Corvanto metro was evacuated through its tunnels, and three airports suspended flights. Prime Minister Tomás Ferrim declared a state of emergency late on Wednesday, and schools across the country were closed on Thursday.

Energy Minister Inês Monforte ordered an independent inquiry and gave it 30 days to report. "Nobody will be spared by this investigation, not even the operator," she said.

Critics pointed out that the regulator had warned about the ageing of several substations, including Ribafria. REV said maintenance at the site had been carried out on schedule and that it was too early to speak about the cause.

Valmera's last major blackout, in 2003, affected only the southern half of the country.
` },
{ id: 'herald', outlet: 'The Brancoso Herald', published: '2026-02-13', title: 'Two nights in the dark: the valley the grid forgot', text: `
Two nights in the dark: the valley the grid forgot

When the lights went out across Valmera on Wednesday, 11 February, nobody in Brancoso expected to spend two nights in the dark.

But while the capital was celebrating the return of power on Thursday, some 40,000 homes in the upper valley were still waiting. Contrary to the operator's statement that the whole country was back on the network, the last customers here were reconnected only on Friday, 13 February, shortly after six in the morning, according to figures from the local distribution company.

"They said on the radio that everything was fixed. We were sitting in our coats with candles," said Albina Corte, who runs a grocery on the main square. Temperatures in the valley fell to -11C on Thursday night.

Nationally, the blackout hit 4.2 million customers. Two deaths have been linked to it, both caused by fumes from generators. One of them was a 71-year-old man from a village near Brancoso.

The mayor, Rui Pascoal, said the town had been "the last in the queue, as always". He has written to the grid operator, the Rede Eléctrica de Valmera, asking for an explanation of the delay.

Energy Minister Ines Monforte promised an investigation without exceptions, "including the operator itself". Parliament's energy committee will question her and the head of the operator next Tuesday.

Local engineers point to the single line that connects the valley to the national grid. The regulator named that line as a weak point in a report last November, together with the substation where Wednesday's collapse started. Nothing was done.

On Friday, the shops in Brancoso opened again, and the school reopened after two days. Many residents threw away the contents of their freezers. The town council said it would ask for compensation for farmers, whose milking machines stopped for more than a day.
` },
{ id: 'gpm', outlet: 'Grid & Power Monitor', published: '2026-02-16', title: 'Valmera blackout: the anatomy of a system collapse', text: `
Valmera blackout: the anatomy of a system collapse

The blackout that hit Valmera on 11 February was the largest in the country's history, and one of the largest in the region in two decades. The early figures suggest the grid had far less margin than its operator admits.

According to preliminary data from the regional grid association, nearly 9 GW of generation tripped in the first minute of the event, well above the figure the operator REV gave on the night. The cascade started with a busbar fault at the Ribafría substation, which isolated two large power plants. Frequency fell so quickly that automatic load shedding could not keep up.

REV chief executive Salgueiro described the event in stark terms: in four seconds, he said, the grid lost the equivalent of a small country's consumption. The system then split into islands, most of which went dark.

Recovery was faster. With 1,500 MW of emergency imports over the interconnector with Austrava, REV had 80 percent of load back by Thursday morning and says all of its 4.2m customers had power by the evening of 12 February.

The regulator had warned in November 2025 that several substations, Ribafría among them, were operating beyond their design life. Whether that warning was ignored will be one of the questions for the independent panel set up by the energy ministry, which has a 30-day deadline.

Parliament's energy committee holds a hearing on 17 February. Members are expected to ask why the grid code's reserve requirements were lowered two years ago, and why investment in new substations has lagged behind the growth of solar capacity.

For the industry, the lesson is familiar. Grids with large amounts of renewable generation need fast reserves and strong links to their neighbours. Valmera has built the first and neglected the second, analysts say.
` },
{ id: 'cnv', outlet: 'CNV Online', published: '2026-02-12', title: 'Valmera blackout: what we know', text: `
Valmera blackout: what we know

A huge power cut on Wednesday evening left more than four million homes in Valmera without electricity. Here is what we know so far.

What happened?

At the busiest time of the evening, a fault at a substation in the centre of the country set off a chain reaction. About 6 gigawatts of power was lost almost at once, and the network shut down to protect itself.

Was anyone hurt?

Two people have died, both poisoned by fumes from generators. Some 42 hospitals had to use their own generators.

Around 30,000 people were stuck on trains, and the metro in the capital, Corvanto, was evacuated. The country's three main airports stopped all flights for the night.

Is the power back?

Yes. The grid operator REV said eight in ten homes had electricity again by Thursday morning and that the whole country was reconnected by Thursday evening. Schools stayed closed on Thursday.

What are the authorities saying?

Prime Minister Tomas Ferrim declared a state of emergency. Energy Minister Inês Monforte said no one would be spared from the inquiry, "not the operator either".

REV's chief executive, Duarte Salgueiro, apologised to customers and said the company would cooperate fully.

What caused it?

That is not yet clear. Officials have ruled out a cyber attack, but say it will take weeks to understand exactly what failed and why the protection systems did not contain the fault.

What should I do if it happens again?

The civil protection agency advises keeping a battery radio, a torch and some water at home, and never using a generator or a gas heater indoors.
` },
{ id: 'jornal', outlet: 'Jornal da Manhã (automatic translation)', text: `
CORVANTO (Jornal da Manhã) - The Valmera lived yesterday at the end of the afternoon the biggest general failure of energy of its history. 4,2 millions of consumers remained without electricity, after a breakdown in the substation of Ribafría, informed the Electrical Network of Valmera.

According to the president of the company, Duarte Salgueiro, the system lost 6.000 megawatts almost instantly. "We lost in four seconds the equivalent of a small country," he affirmed.

Two persons died intoxicated by the gases of generators. 42 hospitals functioned with generators. About 180 trains stopped and 30 thousand passengers were blocked, in some cases with 8 degrees below zero. The metropolitan of Corvanto was evacuated by the tunnels.

The prime minister Tomás Ferrim decreed the state of emergency during the night. This Thursday the schools of all the country remain closed.

The minister of the Energy, Inês Monforte, created a commission of investigation that must present conclusions in 30 days. "No one will be spared, including the operator," she guaranteed.

The energy of Austrava helped to return the current to the network. In the morning of this Thursday, the majority of the consumers had again light, according to the operator.

The parties of opposition demand the explanations of the minister, that will be heard in the parliament the next Tuesday. The association of consumers announced that it will ask for indemnities for the damages in foods and equipments.

In the streets of the capital, the people lived a night of confusion, without traffic lights, without telephone and without transports. Many citizens walked hours to arrive to home.
` },
];
export const facts = [
['blackout-day', 'date', 'agree', { aps: 'blackout on Wednesday evening', herald: 'on Wednesday, 11 February', gpm: 'hit Valmera on 11 February', cnv: 'A huge power cut on Wednesday evening', jornal: 'yesterday at the end of the afternoon' }, { values: ['2026-02-11'] }],
['restored-day', 'date', 'conflict', { aps: 'by Thursday afternoon', herald: 'only on Friday, 13 February', gpm: 'by the evening of 12 February', cnv: 'reconnected by Thursday evening' }],
['schools-day', 'date', 'agree', { aps: 'closed on Thursday', cnv: 'Schools stayed closed on Thursday', jornal: 'This Thursday the schools' }, { values: ['2026-02-12'] }],
['hearing-day', 'date', 'agree', { herald: 'next Tuesday', gpm: 'hearing on 17 February', jornal: 'the next Tuesday' }, { values: ['2026-02-17'] }],
['warning-date', 'date', 'agree', { herald: 'in a report last November', gpm: 'warned in November 2025' }, { values: ['2025-11'] }],
['morning-restored', 'date', 'agree', { aps: 'By Thursday morning, 80%', gpm: 'back by Thursday morning', cnv: 'again by Thursday morning', jornal: 'In the morning of this Thursday' }, { unsure: true, values: ['2026-02-12'] }],
['customers', 'number', 'agree', { aps: 'about 4.2 million homes and businesses', herald: 'hit 4.2 million customers', gpm: '4.2m customers', cnv: 'more than four million homes', jornal: '4,2 millions of consumers' }],
['lost-generation', 'number', 'conflict', { aps: 'some 6,000 megawatts', gpm: 'nearly 9 GW', cnv: 'About 6 gigawatts', jornal: '6.000 megawatts' }],
['deaths', 'number', 'agree', { aps: 'Two people died', herald: 'Two deaths', cnv: 'Two people have died', jornal: 'Two persons died' }],
['hospitals', 'number', 'agree', { aps: 'Forty-two hospitals', cnv: 'Some 42 hospitals', jornal: '42 hospitals' }],
['trains', 'number', 'agree', { aps: 'about 180 trains', jornal: 'About 180 trains' }],
['stranded', 'number', 'agree', { aps: 'some 30,000 passengers', cnv: 'Around 30,000 people', jornal: '30 thousand passengers' }],
['imports', 'number', 'agree', { aps: '1,500 megawatts of imports', gpm: '1,500 MW of emergency imports' }],
['share-restored', 'number', 'agree', { aps: '80% of customers', gpm: '80 percent of load', cnv: 'eight in ten homes' }],
['inquiry-deadline', 'number', 'agree', { aps: 'gave it 30 days', gpm: '30-day deadline', jornal: 'in 30 days' }],
['airports', 'number', 'agree', { aps: 'three airports', cnv: 'three main airports' }],
['seconds', 'number', 'agree', { aps: 'in four seconds', gpm: 'in four seconds, he said', jornal: 'We lost in four seconds' }],
['cold', 'number', 'agree', { aps: 'minus 8 degrees', jornal: '8 degrees below zero' }],
['rev', 'entity', 'variant', { aps: 'Rede Elétrica de Valmera (REV)', herald: 'Rede Eléctrica de Valmera', gpm: 'REV', cnv: 'REV', jornal: 'Electrical Network of Valmera' }],
['monforte', 'entity', 'variant', { aps: 'Inês Monforte', herald: 'Ines Monforte', cnv: 'Inês Monforte', jornal: 'Inês Monforte' }],
['salgueiro', 'entity', 'agree', { aps: 'Duarte Salgueiro', gpm: 'Salgueiro', cnv: 'Duarte Salgueiro', jornal: 'Duarte Salgueiro' }],
['ferrim', 'entity', 'variant', { aps: 'Tomás Ferrim', cnv: 'Tomas Ferrim', jornal: 'Tomás Ferrim' }],
['ribafria', 'entity', 'variant', { aps: 'Ribafria', gpm: 'Ribafría', jornal: 'Ribafría' }],
['austrava', 'entity', 'agree', { aps: 'Austrava', gpm: 'Austrava', jornal: 'Austrava' }, { org: true }],
['corvanto', 'entity', 'agree', { aps: 'Corvanto', cnv: 'Corvanto', jornal: 'Corvanto' }, { org: true }],
['salgueiro-quote', 'quote', 'variant', { aps: "We lost the equivalent of a small country's electricity in four seconds", gpm: "in four seconds, he said, the grid lost the equivalent of a small country's consumption", jornal: 'We lost in four seconds the equivalent of a small country' }],
['monforte-quote', 'quote', 'variant', { aps: 'Nobody will be spared by this investigation, not even the operator', herald: 'including the operator itself', cnv: 'not the operator either', jornal: 'No one will be spared, including the operator' }, { unsure: true }],
['emergency', 'event', 'variant', { aps: 'declared a state of emergency', cnv: 'declared a state of emergency', jornal: 'decreed the state of emergency' }],
['inquiry', 'event', 'variant', { aps: 'ordered an independent inquiry', gpm: 'independent panel set up by the energy ministry', jornal: 'created a commission of investigation' }],
['metro', 'event', 'variant', { aps: 'The Corvanto metro was evacuated', cnv: 'the metro in the capital, Corvanto, was evacuated', jornal: 'The metropolitan of Corvanto was evacuated' }],
['generator-deaths', 'event', 'variant', { aps: 'died of carbon monoxide poisoning from generators', herald: 'caused by fumes from generators', cnv: 'poisoned by fumes from generators', jornal: 'died intoxicated by the gases of generators' }],
['flights', 'event', 'variant', { aps: 'suspended flights', cnv: 'stopped all flights' }],
['substation-fault', 'event', 'variant', { aps: 'a fault at the Ribafria substation', gpm: 'a busbar fault at the Ribafría substation', cnv: 'a fault at a substation in the centre of the country', jornal: 'a breakdown in the substation of Ribafría' }],
['hearing', 'event', 'variant', { herald: "Parliament's energy committee will question her", gpm: "Parliament's energy committee holds a hearing", jornal: 'will be heard in the parliament' }],
];
