export const about = 'Written blind by helper blind9b. Planted conflicts: the topline results were released on Monday 9 Nov (nns, nordvision, post, gaceta "yesterday") vs "late on Sunday" (trialwatch, citing the time stamp of the stock exchange filing); patients enrolled 4,812 (nns, trialwatch, nordvision "more than 4,800", gaceta "4.812") vs "around 4,300" (post, citing the trial registry). Traps: 22% relative risk reduction vs 2.2 percentage points absolute vs analysts\' expected 15-20% (nns, single); 38% share jump vs "almost 40 percent" (nordvision, agree) vs Orsino up 3% (single); 14% fewer cardiovascular deaths vs presentation on Saturday 14 Nov; 4,812 patients vs 412 sites (single) vs a 4.1 billion euro market value; 9.1% vs 9.4% serious side effects; 640 employees vs 90,000 patients in Varendia (single); fifteen years of work vs founded 2011 vs mid-stage study 2021 (single) vs trial started 2022 vs Orsino deal 2023 (single) vs filing in 2027 vs launch 2028 (single); topline filing Sun 8 / release Mon 9 vs congress Sat 14 (nordvision "this weekend" left out). Undated: gaceta, whose dateline has no date and which uses only relative dates ("yesterday", "this Saturday", "next year").';
export const published = { gaceta: '2026-11-10' };
export const sources = [
{ id: 'nns', outlet: 'Northline News Service', published: '2026-11-09', text: `
NORRVIK, Varendia, Nov 9 (NNS) - Shares of Halvern Therapeutics jumped 38% on Monday after the Varendian biotech company said its experimental heart failure drug orvenastat cut the risk of cardiovascular death or hospitalisation by 22% in a large late-stage trial.

The Phase 3 study, called CORALIS-3, enrolled 4,812 patients with chronic heart failure in 31 countries and followed them for a median of 19 months, the company said in a statement released early on Monday, before the market opened. Patients received either orvenastat, a once-daily pill, or a placebo on top of standard treatment.

In absolute terms, the drug lowered the rate of the main outcome by 2.2 percentage points. Deaths from cardiovascular causes, a secondary goal of the study, were 14% lower in the orvenastat group, although Halvern said that result would need to be confirmed with the full data.

"This is the moment we have been working towards for fifteen years," Chief Executive Annika Ström said. "We believe orvenastat can become a new pillar of heart failure treatment."

Halvern, founded in 2011 as a spin-off from the University Hospital of Norrvik, plans to apply for approval to the Continental Medicines Authority and other regulators in the first quarter of 2027. The detailed results will be presented on Saturday at the International Heart Failure Congress in Port Almere.

The lead investigator, Professor Ruth Achterberg, said the size of the benefit was "in line with the best medicines we have". Side effects were broadly similar in both groups, the company said.

The share jump lifted Halvern's market value to about 4.1 billion euros, making it the most valuable listed company in Varendia's life sciences sector. Orsino Pharma, which bought rights to market the drug outside Varendia in 2023, gained 3% in Milanport trading.

Analysts had expected a reduction of 15% to 20%. Heart failure affects tens of millions of people worldwide, and about half of patients die within five years of diagnosis.
` },
{ id: 'nordvision', outlet: 'NordVision News', published: '2026-11-09', title: 'Norrvik drug maker soars on heart failure trial success', text: `
Norrvik drug maker soars on heart failure trial success

It was the day Halvern Therapeutics had been waiting for. The small Norrvik company announced on Monday that its heart failure pill, orvenastat, had passed its biggest test, and investors rushed to buy its shares, which closed almost 40 percent higher.

In the trial, more than 4,800 patients took either the new drug or a dummy pill. Those on orvenastat were 22 per cent less likely to die of heart problems or end up in hospital because of their heart failure.

"We have worked towards this moment for fifteen years, and today it has arrived," chief executive Annika Strom told NordVision at the company's headquarters, where staff gathered in the canteen to celebrate with cake and sparkling water.

Halvern employs 640 people, most of them in Norrvik's science park. Strom said the company would hire more staff next year to prepare for a possible launch. It wants to ask the medicines authorities for approval early next year.

Doctors were cautiously optimistic. "It is an important step, but we need to see all the data before we can say how big the benefit really is," said a cardiologist at the city's main hospital, who was not involved in the trial.

The full results will be shown to specialists at a cardiology congress this weekend.

For patients, the news brings hope. Around 90,000 people in Varendia live with heart failure, according to the national heart association. Many of them are admitted to hospital several times a year when fluid builds up in their lungs.

Maria Lindgren, 67, who took part in the trial at the university hospital, said she did not know whether she had received the drug or the placebo. "But I felt cared for, and if it helps other people, that is enough for me," she said.

Halvern's partner Orsino Pharma, which holds the rights outside Varendia, said it would work with the company on applications in other markets.
` },
{ id: 'post', outlet: 'Norrvik Evening Post', published: '2026-11-10', title: 'Halvern\'s big day: what the trial result means for Norrvik', text: `
Halvern's big day: what the trial result means for Norrvik

When Halvern Therapeutics published the results of its key heart drug trial on Monday, the news travelled fast through the science park on the edge of town. By lunchtime, the company's 640 employees had been called to a meeting, and by the evening the local stock had become the talk of every café.

The trial showed that orvenastat reduced the combined risk of dying from heart disease or being admitted to hospital for heart failure by more than a fifth. It enrolled around 4,300 patients, according to the trial's entry in the public registry, and started in 2022.

Shares closed 38 per cent higher, lifting the company's value to roughly €4.1bn. For a firm that began in 2011 with six researchers and a borrowed laboratory at the University Hospital of Norrvik, it is a remarkable journey.

"I remember when we were sharing one fridge with three other groups," said Professor Ruth Achterberg, who led the trial and is one of Halvern's founders. "These are the kind of results that change how we treat our patients."

The success could bring new jobs to the city. Chief executive Annika Ström said the company needed to build up manufacturing and sales teams, and that it intends to stay in Norrvik. The municipality, which owns the science park, said it was ready to offer more space.

Not everyone is celebrating. A group of small investors who sold their shares after a disappointing mid-stage study in 2021 said they felt they had been given too little information at the time. Halvern said it had always followed stock exchange rules.

The company now plans to file for approval in the first quarter of next year. If approved, the drug could reach pharmacies in 2028.

Professor Achterberg will present the full data at the International Heart Failure Congress on Saturday. "I have rewritten my slides four times already," she said.
` },
{ id: 'trialwatch', outlet: 'TrialWatch Pharma', published: '2026-11-11', title: 'CORALIS-3: orvenastat hits primary endpoint, but the details matter', text: `
CORALIS-3: orvenastat hits primary endpoint, but the details matter

Halvern Therapeutics disclosed topline results from CORALIS-3 late on Sunday, in a filing posted to the Norrvik stock exchange at 21:40 local time.

The headline: orvenastat met the primary endpoint, a composite of cardiovascular death or first hospitalisation for heart failure, with a 22% relative risk reduction versus placebo (hazard ratio 0.78). The trial randomised 4,812 patients at 412 sites in 31 countries, with a median follow-up of 19 months. The absolute risk reduction was 2.2 percentage points, which translates into a number needed to treat of roughly 45 over the study period.

On the key secondary endpoint, cardiovascular death, the company reported a 14% reduction but has not yet disclosed whether this reached statistical significance. That is the number to watch when Professor Ruth Achterberg presents the full dataset at the International Heart Failure Congress on 14 November.

Safety looks clean so far. Serious adverse events occurred in 9.1% of patients on orvenastat and 9.4% on placebo, and discontinuation rates were similar. There was a small excess of low blood pressure events in the treatment arm, which the company described as mild.

"Payers will look at the 2.2 points, not the 22%," said one healthcare analyst. "Pricing will decide how widely this drug is used."

The study began recruiting in 2022, and the readout came roughly in the window Halvern had guided. A filing with the Continental Medicines Authority is planned for Q1 2027, and partner Orsino Pharma is expected to submit elsewhere shortly afterwards.

Orvenastat works through a different mechanism from existing heart failure drugs, which means it could be added to current treatment rather than replace it. Whether doctors will add a fifth pill to regimens that already include four is an open question, and the subgroup data presented this weekend should show which patients benefit most.
` },
{ id: 'gaceta', outlet: 'La Gaceta Sanitaria (automatic translation)', text: `
NORRVIK (La Gaceta Sanitaria) - The pharmaceutical company Halvern Therapeutics announced yesterday that its medicine orvenastato reduced in 22 percent the risk of death of cardiovascular cause or of hospitalisation for cardiac insufficiency, in a trial of phase 3 with 4.812 patients of 31 countries.

The study CORALIS-3 compared the medicine, a pill of one time to the day, with a placebo during a median of 19 months. The serious adverse effects were presented in the 9,1% of the patients who received orvenastato, in front of 9,4% in the group of placebo, according to the company.

The actions of Halvern rose a 38% in the stock exchange of Norrvik after the announcement, the biggest rise in the history of the company.

"This is the moment for which we have worked during fifteen years", declared the executive director, Annika Ström. The principal investigator of the trial, the professor Ruth Achterberg, affirmed that they are "results of the type that change the form in which we treat the patients".

The company foresees to present the request of authorisation before the Continental Agency of Medicines in the first trimester of 2027. The complete results will be presented this Saturday in the International Congress of Cardiac Insufficiency of Port Almere.

The cardiac insufficiency affects to millions of persons and is one of the first causes of hospital admission in the elder persons. The specialists consulted by this newspaper consider that the result is positive, but they remember that it is necessary to know all the data, in particular about the mortality, before to evaluate the real benefit of the medicine.

The firm Orsino Pharma, partner of Halvern, has the rights of commercialisation of orvenastato outside of Varendia, and will be in charge of the requests in other markets.
` },
];
export const facts = [
['results-day', 'date', 'conflict', { nns: 'released early on Monday', nordvision: 'announced on Monday', post: 'heart drug trial on Monday', gaceta: 'announced yesterday', trialwatch: 'late on Sunday' }],
['congress-day', 'date', 'agree', { nns: 'presented on Saturday', post: 'Congress on Saturday', trialwatch: 'Congress on 14 November', gaceta: 'this Saturday' }, { values: ['2026-11-14'] }],
['filing-year', 'date', 'agree', { nns: 'first quarter of 2027', nordvision: 'early next year', post: 'first quarter of next year', trialwatch: 'Q1 2027', gaceta: 'first trimester of 2027' }, { values: ['2027'] }],
['founded', 'date', 'agree', { nns: 'founded in 2011', post: 'began in 2011' }, { values: ['2011'] }],
['trial-start', 'date', 'agree', { post: 'started in 2022', trialwatch: 'began recruiting in 2022' }, { values: ['2022'] }],
['patients', 'number', 'conflict', { nns: '4,812 patients', nordvision: 'more than 4,800 patients', trialwatch: 'randomised 4,812 patients', gaceta: '4.812 patients', post: 'around 4,300 patients' }],
['risk-cut', 'number', 'agree', { nns: 'by 22%', nordvision: '22 per cent less likely', post: 'by more than a fifth', trialwatch: '22% relative risk reduction', gaceta: 'in 22 percent' }],
['absolute', 'number', 'agree', { nns: '2.2 percentage points', trialwatch: 'reduction was 2.2 percentage points' }],
['countries', 'number', 'agree', { nns: 'in 31 countries', trialwatch: 'in 31 countries', gaceta: 'of 31 countries' }],
['follow-up', 'number', 'agree', { nns: 'median of 19 months', trialwatch: 'median follow-up of 19 months', gaceta: 'median of 19 months' }],
['cv-deaths', 'number', 'agree', { nns: '14% lower', trialwatch: 'a 14% reduction' }],
['shares', 'number', 'agree', { nns: 'jumped 38%', nordvision: 'almost 40 percent higher', post: '38 per cent higher', gaceta: 'a 38%' }],
['market-value', 'number', 'agree', { nns: 'about 4.1 billion euros', post: 'roughly €4.1bn' }],
['employees', 'number', 'agree', { nordvision: 'employs 640 people', post: "640 employees" }],
['sae-drug', 'number', 'agree', { trialwatch: '9.1% of patients', gaceta: '9,1% of the patients' }],
['sae-placebo', 'number', 'agree', { trialwatch: '9.4% on placebo', gaceta: '9,4% in the group of placebo' }],
['years-work', 'number', 'agree', { nns: 'working towards for fifteen years', nordvision: 'this moment for fifteen years', gaceta: 'during fifteen years' }, { unsure: true }],
['company', 'entity', 'agree', { nns: 'Halvern Therapeutics', nordvision: 'Halvern Therapeutics', post: 'Halvern Therapeutics', trialwatch: 'Halvern Therapeutics', gaceta: 'Halvern Therapeutics' }, { org: true }],
['drug', 'entity', 'variant', { nns: 'orvenastat', nordvision: 'orvenastat', post: 'orvenastat', trialwatch: 'orvenastat', gaceta: 'orvenastato' }],
['trial', 'entity', 'agree', { nns: 'CORALIS-3', trialwatch: 'CORALIS-3', gaceta: 'CORALIS-3' }],
['strom', 'entity', 'variant', { nns: 'Annika Ström', nordvision: 'Annika Strom', post: 'Annika Ström', gaceta: 'Annika Ström' }],
['achterberg', 'entity', 'agree', { nns: 'Professor Ruth Achterberg', post: 'Professor Ruth Achterberg', trialwatch: 'Professor Ruth Achterberg', gaceta: 'Ruth Achterberg' }],
['regulator', 'entity', 'variant', { nns: 'Continental Medicines Authority', trialwatch: 'Continental Medicines Authority', gaceta: 'Continental Agency of Medicines' }, { unsure: true }],
['congress', 'entity', 'variant', { nns: 'International Heart Failure Congress', post: 'International Heart Failure Congress', trialwatch: 'International Heart Failure Congress', gaceta: 'International Congress of Cardiac Insufficiency' }],
['orsino', 'entity', 'agree', { nns: 'Orsino Pharma', nordvision: 'Orsino Pharma', trialwatch: 'Orsino Pharma', gaceta: 'Orsino Pharma' }, { org: true }],
['town', 'entity', 'agree', { nns: 'Norrvik', nordvision: 'Norrvik', post: 'Norrvik', gaceta: 'Norrvik' }, { org: true }],
['port-almere', 'entity', 'agree', { nns: 'Port Almere', gaceta: 'Port Almere' }, { org: true }],
['strom-quote', 'quote', 'variant', { nns: 'This is the moment we have been working towards for fifteen years', nordvision: 'We have worked towards this moment for fifteen years', gaceta: 'This is the moment for which we have worked during fifteen years' }],
['achterberg-quote', 'quote', 'variant', { post: 'These are the kind of results that change how we treat our patients', gaceta: 'results of the type that change the form in which we treat the patients' }],
['announce', 'event', 'variant', { nns: 'the Varendian biotech company said its experimental heart failure drug', nordvision: 'The small Norrvik company announced', post: 'published the results', trialwatch: 'disclosed topline results', gaceta: 'announced yesterday that its medicine' }],
['share-jump', 'event', 'variant', { nns: 'Shares of Halvern Therapeutics jumped', nordvision: 'investors rushed to buy its shares', post: 'Shares closed 38 per cent higher', gaceta: 'The actions of Halvern rose' }],
['filing', 'event', 'variant', { nns: 'plans to apply for approval', nordvision: 'ask the medicines authorities for approval', post: 'plans to file for approval', trialwatch: 'A filing with the Continental Medicines Authority is planned', gaceta: 'present the request of authorisation' }],
['presentation', 'event', 'variant', { nns: 'The detailed results will be presented', post: 'will present the full data', trialwatch: 'presents the full dataset', gaceta: 'The complete results will be presented' }],
];
