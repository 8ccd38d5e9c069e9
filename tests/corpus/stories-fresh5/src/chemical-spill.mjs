export const about = 'Written blind by helper fresh5. Planted conflicts: the leak began late on Sunday 8 Mar (npa, chemwatch "on the night of 8 March", rundschau "on Sunday evening", rnv "began leaking on Sunday") vs "early on Monday" (gazette, citing the fire brigade log); amount spilled about 12 tonnes (npa, rundschau, rnv "A dozen tonnes") vs "nearly 20 tonnes" (gazette); chemwatch\'s "between 12 and 20 tonnes" fits both and is left out. Traps: 12 tonnes vs 12 times the limit; 40 km stretch vs 400 staff; leak Sun 8 vs dead fish found Mon 9 vs intakes shut Tue 10 vs investigation Wed 11 vs water back Fri 13 vs fishing ban to 31 Mar; tank installed in 1987 vs earlier leak and fine in 2019; 2 million euro fund vs 5 million euro maximum fine vs 150,000 euro fine in 2019.';
export const published = { rundschau: '2026-03-11' };
export const sources = [
{ id: 'npa', outlet: 'Nordic Press Agency', published: '2026-03-10', text: `
OBERHAGEN, March 10 (NPA) - Drinking water supplies to some 60,000 people were cut off on Tuesday after a cyanide solution leaked from a chemical plant into the river Varn, killing fish along a 40-kilometre stretch downstream, authorities said.

About 12 tonnes of sodium cyanide solution escaped from a storage tank at the Brenntal Chemie plant in Oberhagen late on Sunday, the company said, and ran through a rainwater drain into the river. Anglers raised the alarm on Monday when they found dead fish floating near the town of Lauenthal.

The regional water authority closed the intakes serving three towns on Tuesday morning and began handing out bottled water. Samples taken downstream showed cyanide concentrations up to 12 times the permitted limit, the authority said.

"This is the worst environmental disaster on the Varn in a generation," regional environment minister Katrin Wessel told reporters on the riverbank. She said the company would be held "fully responsible" for the clean-up.

Brenntal Chemie chief executive Matthias Krüger apologised and said the firm would set up a fund of 2 million euros for fishermen and riverside businesses. "We deeply regret what has happened, and we will pay for the damage," he said in a statement.

Fire crews pumped hydrogen peroxide into the water to neutralise the poison, and more than 30 tonnes of dead fish have been pulled out so far. Fishing on the river has been banned until March 31.

The Oberhagen plant, which employs about 400 people, makes chemicals for the mining and electroplating industries. It was fined in 2019 after a smaller leak of acid into the same river.

Environmental groups called for the site to be shut until the cause of the leak is known. "A tank does not simply empty itself," said Lea Hartung of the campaign group Clean Rivers. Police have not said whether anyone is under suspicion.
` },
{ id: 'gazette', outlet: 'Varn Valley Gazette', published: '2026-03-11', title: 'Poison in the Varn: the night the tank gave way', text: `
Poison in the Varn: the night the tank gave way

The first call reached the fire station in Oberhagen at 4.12 in the morning. According to the brigade's own log, seen by the Gazette, the leak at Brenntal Chemie started early on Monday, when a valve on an old storage tank failed and the cyanide mixture began pouring into a drain that empties straight into the Varn.

By the time it was stopped, nearly 20 tonnes had gone into the river, fire chief Horst Baumann told this newspaper - a good deal more than the company has admitted so far. "We were fighting something we could not see," Baumann said.

A few hours later, anglers on the weir at Lauenthal saw the first fish belly-up in the water. Since then, over 30 tonnes of dead fish have been collected, among them pike and trout that local clubs had spent years restocking.

On Wednesday, public prosecutors in Lauenthal opened a criminal investigation into the company on suspicion of polluting waters. Under the law, Brenntal Chemie could face a fine of up to 5 million euros. The firm has offered a €2 million fund to fishermen and businesses along the river, a sum the anglers' association called "a start, nothing more".

For the around 60,000 residents of Lauenthal, Tessendorf and Kirchwalden, the taps have stayed dry since Tuesday. The water authority says the intakes will stay closed until at least Friday, and tankers are parked in the market squares.

Environment minister Dr Katrin Wessel visited Lauenthal again yesterday. She repeated that the company would be "made to pay for every fish and every litre of water".

Fishing on the whole river is forbidden until the end of the month. About 40 km of the Varn, from Oberhagen down to the Kirchwalden bridge, are affected.

For a town that lives from its river, the mood is bitter. The plant is one of the region's biggest employers, with 400 jobs, and many families have a foot on both sides. "My husband works there, my father fished here all his life," said one woman at the weir. "I don't know what to feel."
` },
{ id: 'chemwatch', outlet: 'ChemWatch Continental', published: '2026-03-12', title: 'Varn spill puts ageing storage tanks back in focus', text: `
Varn spill puts ageing storage tanks back in focus

ANALYSIS - The cyanide release at Brenntal Chemie's Oberhagen site is likely to become a test case for how regulators treat ageing storage infrastructure at mid-sized chemical plants.

What is known so far: on the night of 8 March, a valve on a bulk tank holding sodium cyanide solution failed. The tank was installed in 1987 and, according to permits seen by ChemWatch, was last inspected internally six years ago. Estimates of the volume released range between 12 and 20 tonnes; the company and the local fire brigade have given different figures.

The solution reached the Varn through a stormwater drain that, under the site's permit, should have been fitted with an automatic shut-off. Whether that device existed, and whether it worked, will be central to the criminal probe that prosecutors in Lauenthal opened on Wednesday.

Downstream measurements published by the Regional Water Authority show cyanide at up to twelve times the legal limit. The authority shut drinking-water intakes on 10 March, affecting about 60,000 residents. More than 30 tonnes of fish have died.

Chief executive Matthias Krueger said the group "deeply regrets" the incident and has promised €2m for affected fishermen and businesses. Analysts at Feldmann Research estimate total costs to the company, including clean-up, lost production and fines, at 25 to 40 million euros. Brenntal shares fell 9% over two sessions.

It is not the site's first incident. In 2019, Brenntal paid a €150,000 fine after hydrochloric acid escaped into the same river. At the time the company promised a full review of its containment systems.

The maximum penalty in the current case is €5m, a ceiling many environmental lawyers consider far too low for a company with annual sales close to 900 million euros.

For the wider industry, the lesson is uncomfortable. Industry surveys suggest that around a third of bulk chemical tanks in the region are more than 30 years old. Insurers, who have already raised premiums for older sites, will be watching closely. So will the roughly 400 employees at Oberhagen, where production has been halted.
` },
{ id: 'rnv', outlet: 'RNV News', published: '2026-03-11', title: 'Dead fish and dry taps: what we know about the Varn spill', text: `
Dead fish and dry taps: what we know about the Varn spill

Two days after a toxic leak from a chemical works turned part of the river Varn into a graveyard for fish, tens of thousands of people are still without tap water. Here is what we know so far.

What happened?
A storage tank at the Brenntal Chemie works in Oberhagen began leaking on Sunday. A dozen tonnes of liquid containing sodium cyanide - a highly toxic compound used in gold mining and metal plating - escaped into a drain and from there into the river. Anglers noticed the first dead fish the next morning.

How bad is the damage?
Roughly 40 kilometres of river, from the plant down to the bridge at Kirchwalden, are polluted. Around 30 tonnes of dead fish have been collected. Readings downstream peaked at twelve times the permitted level.

Who is affected?
Three towns - Lauenthal, Tessendorf and Kirchwalden - have had their water intakes closed since Tuesday, leaving roughly 60,000 people dependent on bottled water and tankers. The water authority hopes to turn supplies back on by Friday.

Who is to blame?
Prosecutors launched a criminal inquiry on Wednesday. Brenntal Chemie has apologised: its chief executive, Matthias Krüger, said the company deeply regretted the leak and would cover the cost. It has promised two million euros to fishermen and local businesses. Environment minister Katrin Wessel called the spill "the worst environmental disaster on the Varn in a generation".

What now?
Firefighters have been adding hydrogen peroxide to the water to break down the cyanide, and fishing is banned for the rest of March. Experts say it could take years for fish stocks to recover. The plant itself, which has about 400 workers, remains closed while investigators examine the tank.
` },
{ id: 'rundschau', outlet: 'Lauenthaler Rundschau (automatic translation)', text: `
LAUENTHAL, 11 March (Lauenthaler Rundschau) - The public prosecution of Lauenthal has opened today an investigation against the chemical company Brenntal Chemie, after from its factory in Oberhagen 12 tons of a cyanide solution flowed into the Varn. The leak happened on Sunday evening, communicated the company.

Since Monday morning the anglers find dead fish on the banks. Until now more than 30 tons of fish were removed from the river, among them many protected species. The pollution extends on 40 kilometres of the river.

The Water Office of the Region closed on Tuesday the water catchments of three municipalities. The 60.000 inhabitants of Lauenthal, Tessendorf and Kirchwalden receive water in bottles and from tank vehicles, at least until Friday.

"It is the biggest ecological catastrophe of the Varn since a generation", declared the regional minister of environment Katrin Weßel. The enterprise must carry all the costs, she said.

The chief of the enterprise, Matthias Krüger, asked for excuse. "We regret profoundly what happened and we will pay the damages", he declared. Brenntal Chemie creates a fund of 2 million euros for the fishermen.

The firemen under direction of Horst Baumann have introduced hydrogen peroxide in the river, to make the poison harmless. The fishing is forbidden until the 31 March. For the tomorrow the fishing clubs call to a silent march along the river.

Many inhabitants are angry. "Already in 2019 there was an accident, and nothing changed", said a pensioner from Tessendorf. In the factory work 400 persons; the production is stopped.
` },
];
export const facts = [
['leak-day', 'date', 'conflict', { npa: 'late on Sunday', chemwatch: 'on the night of 8 March', rundschau: 'on Sunday evening', rnv: 'began leaking on Sunday', gazette: 'started early on Monday' }],
['fish-found', 'date', 'agree', { npa: 'raised the alarm on Monday', rnv: 'the next morning', rundschau: 'Since Monday morning' }, { values: ['2026-03-09'] }],
['intakes-closed-day', 'date', 'agree', { npa: 'on Tuesday morning', gazette: 'dry since Tuesday', chemwatch: 'on 10 March', rnv: 'closed since Tuesday', rundschau: 'closed on Tuesday' }, { values: ['2026-03-10'] }],
['probe-day', 'date', 'agree', { gazette: 'On Wednesday, public prosecutors', chemwatch: 'opened on Wednesday', rnv: 'inquiry on Wednesday', rundschau: 'has opened today' }, { values: ['2026-03-11'] }],
['water-until', 'date', 'agree', { gazette: 'until at least Friday', rnv: 'back on by Friday', rundschau: 'at least until Friday' }, { values: ['2026-03-13'] }],
['fishing-ban-until', 'date', 'agree', { npa: 'until March 31', gazette: 'until the end of the month', rnv: 'for the rest of March', rundschau: 'until the 31 March' }, { values: ['2026-03-31'] }],
['earlier-leak', 'date', 'agree', { npa: 'fined in 2019', chemwatch: 'In 2019', rundschau: 'Already in 2019' }, { values: ['2019'] }],
['amount', 'number', 'conflict', { npa: 'About 12 tonnes', rundschau: '12 tons', rnv: 'A dozen tonnes', gazette: 'nearly 20 tonnes' }],
['residents', 'number', 'agree', { npa: 'some 60,000 people', gazette: 'around 60,000 residents', chemwatch: 'about 60,000 residents', rnv: 'roughly 60,000 people', rundschau: 'The 60.000 inhabitants' }],
['stretch', 'number', 'agree', { npa: '40-kilometre stretch', gazette: 'About 40 km', rnv: 'Roughly 40 kilometres', rundschau: '40 kilometres' }],
['towns', 'number', 'agree', { npa: 'three towns', rnv: 'Three towns', rundschau: 'three municipalities' }],
['concentration', 'number', 'agree', { npa: 'up to 12 times the permitted limit', chemwatch: 'up to twelve times the legal limit', rnv: 'twelve times the permitted level' }],
['dead-fish', 'number', 'agree', { npa: 'more than 30 tonnes of dead fish', gazette: 'over 30 tonnes of dead fish', chemwatch: 'More than 30 tonnes of fish', rnv: 'Around 30 tonnes of dead fish', rundschau: 'more than 30 tons of fish' }],
['fund', 'number', 'agree', { npa: 'fund of 2 million euros', gazette: '€2 million fund', chemwatch: '€2m', rnv: 'two million euros', rundschau: 'fund of 2 million euros' }],
['max-fine', 'number', 'agree', { gazette: 'up to 5 million euros', chemwatch: '€5m' }],
['staff', 'number', 'agree', { npa: 'about 400 people', gazette: '400 jobs', chemwatch: 'roughly 400 employees', rnv: 'about 400 workers', rundschau: '400 persons' }],
['brenntal', 'entity', 'agree', { rnv: 'Brenntal Chemie', npa: 'Brenntal Chemie', gazette: 'Brenntal Chemie', chemwatch: 'Brenntal Chemie', rundschau: 'Brenntal Chemie' }, { org: true }],
['oberhagen', 'entity', 'agree', { rnv: 'Oberhagen', npa: 'Oberhagen', gazette: 'Oberhagen', chemwatch: 'Oberhagen', rundschau: 'Oberhagen' }, { org: true }],
['lauenthal', 'entity', 'agree', { rnv: 'Lauenthal', npa: 'Lauenthal', gazette: 'Lauenthal', chemwatch: 'Lauenthal', rundschau: 'Lauenthal' }, { org: true }],
['varn', 'entity', 'agree', { rnv: 'Varn', npa: 'Varn', gazette: 'Varn', chemwatch: 'Varn', rundschau: 'Varn' }, { org: true }],
['wessel', 'entity', 'variant', { npa: 'Katrin Wessel', gazette: 'Katrin Wessel', rnv: 'Katrin Wessel', rundschau: 'Katrin Weßel' }],
['krueger', 'entity', 'variant', { npa: 'Matthias Krüger', rnv: 'Matthias Krüger', chemwatch: 'Matthias Krueger', rundschau: 'Matthias Krüger' }],
['baumann', 'entity', 'agree', { gazette: 'Horst Baumann', rundschau: 'Horst Baumann' }],
['water-authority', 'entity', 'variant', { npa: 'regional water authority', chemwatch: 'Regional Water Authority', rundschau: 'Water Office of the Region' }, { unsure: true }],
['kirchwalden', 'entity', 'agree', { gazette: 'Kirchwalden', rnv: 'Kirchwalden', rundschau: 'Kirchwalden' }, { org: true }],
['wessel-quote', 'quote', 'variant', { npa: 'This is the worst environmental disaster on the Varn in a generation', rnv: 'the worst environmental disaster on the Varn in a generation', rundschau: 'It is the biggest ecological catastrophe of the Varn since a generation' }],
['krueger-quote', 'quote', 'variant', { npa: 'We deeply regret what has happened, and we will pay for the damage', chemwatch: 'deeply regrets', rundschau: 'We regret profoundly what happened and we will pay the damages' }],
['leak', 'event', 'variant', { npa: 'leaked from a chemical plant into the river Varn', gazette: 'the cyanide mixture began pouring into a drain', chemwatch: 'The cyanide release', rnv: 'began leaking', rundschau: 'flowed into the Varn' }],
['intakes-closed', 'event', 'variant', { npa: 'closed the intakes serving three towns', chemwatch: 'shut drinking-water intakes', rundschau: 'closed on Tuesday the water catchments' }],
['probe', 'event', 'variant', { gazette: 'opened a criminal investigation', rnv: 'launched a criminal inquiry', chemwatch: 'the criminal probe', rundschau: 'has opened today an investigation' }],
['neutralised', 'event', 'variant', { npa: 'pumped hydrogen peroxide into the water', rnv: 'adding hydrogen peroxide to the water', rundschau: 'have introduced hydrogen peroxide in the river' }],
['fishing-ban', 'event', 'variant', { npa: 'Fishing on the river has been banned', gazette: 'Fishing on the whole river is forbidden', rnv: 'fishing is banned', rundschau: 'The fishing is forbidden' }],
];
