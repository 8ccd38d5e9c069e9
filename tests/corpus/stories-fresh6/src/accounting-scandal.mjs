export const about = 'Written blind by helper fresh6b. Planted conflicts: chief executive Henrik Solvberg was arrested early on Tuesday 3 Mar (afw, cnord "Tuesday morning", agw "on 3 March", tidning "this Tuesday") vs "on Monday evening" (kep, citing neighbours and a police source; the authority announced it the next morning); revenue overstated by about 1.2 billion crowns (afw, kep, cnord, tidning, citing the company) vs 2.1 billion crowns (agw, citing the auditor\'s resignation letter). Traps: 2.1 billion vs Solvberg\'s 2.1 percent stake (afw, single); 40 million crowns of shares sold vs the Asian division\'s 40 percent of sales (agw, single); four weeks in custody vs more than four months of board silence (agw, single); 14,000 staff vs 2,600 in Kallberg (kep, single); 62 percent share fall vs 9 billion crowns of value lost; auditor resigned Fri 27 Feb vs disclosure Mon 2 Mar vs arrest and dismissal Tue 3 Mar vs trading halted Wed 4 Mar vs remand Thu 5 Mar; results originally due 26 Feb (afw, single); whistleblower in October 2025 (afw, agw; not in gold) vs share sale in November 2025; CEO since 2016 vs company founded 1958 (kep, tidning; not in gold); 23 countries (afw, tidning; not in gold). Undated: tidning, whose dateline has no date and which uses only relative dates ("this Thursday", "this Tuesday", "yesterday", "the past Friday").';
export const published = { tidning: '2026-03-05' };
export const sources = [
{ id: 'afw', outlet: 'Atlantic Financial Wire', published: '2026-03-03', text: `
KALLBERG, Orsenia, March 3 (AFW) - Police arrested Henrik Sølvberg, the chief executive of Orsenian industrial group Trevane, early on Tuesday on suspicion of aggravated accounting fraud, a day after the company admitted that its revenue had been overstated by about 1.2 billion crowns over three years.

Sølvberg, 54, was detained at his home in the Kallberg suburb of Lindholm, the Economic Crime Authority (ECA) said in a statement. Officers also searched Trevane's headquarters and the homes of two other senior managers.

"We suspect that the accounts were falsified deliberately and over several years," chief prosecutor Elsa Marttinen told reporters. She said Sølvberg was also suspected of insider trading over the sale of Trevane shares worth 40 million crowns in November.

Trevane's board dismissed Sølvberg later on Tuesday and named chief operating officer Jonas Brekke as interim chief executive. Chief financial officer Annika Lehtovaara has been put on leave.

"The board has been deceived, and so have our shareholders," chairwoman Ingrid Vallenius said in a statement.

Sølvberg's lawyer, Per Åkesson, said his client denied any wrongdoing. "He rejects all the accusations and will cooperate fully with the investigation," Åkesson said.

Trevane, which makes port cranes and warehouse systems and employs about 14,000 people in 23 countries, shocked investors on Monday when it said that an internal review had found that sales had been booked too early or invented between 2023 and 2025. Its shares plunged 62 percent on the Kallberg Stock Exchange, wiping some 9 billion crowns off its market value.

The review was launched after the company's auditor, Bramwell & Foss, resigned last Friday, saying it could not verify large parts of the group's revenue. Trevane had already postponed its annual results, originally due on Feb. 26.

The problems first surfaced in October, when a whistleblower wrote to the board about irregular contracts in the Asian business.

Sølvberg, a former management consultant, has led Trevane since 2016 and was long seen as one of the country's most successful executives. He owns about 2.1 percent of the company.

Trevane has net debt of about 4 billion crowns. Its banks have agreed not to call in loans while the review continues, the company said.
` },
{ id: 'kep', outlet: 'Kallberg Evening Post', published: '2026-03-04', title: 'Neighbours saw police lead Trevane boss from his villa', text: `
Neighbours saw police lead Trevane boss from his villa

Police came for Henrik Sølvberg on Monday evening, only hours after Trevane had told the stock market that its books could not be trusted.

Two neighbours on Strandvägen in Lindholm told the Evening Post they saw three unmarked cars stop outside the Trevane chief executive's villa shortly after nine, and the 54-year-old leave the house with officers about an hour later. A police source confirmed to this newspaper that Sølvberg was taken into custody that evening; the Economic Crime Authority only announced the arrest the following morning.

"We knew him as a friendly man who walked his dog by the water," said one neighbour, who did not want to be named. "I never thought I would see him like that."

The Economic Crime Authority says Sølvberg is suspected of aggravated accounting fraud and insider trading. On Monday, Trevane disclosed that its revenue for the last three years had been inflated by roughly 1.2 billion crowns. The shares lost nearly two thirds of their value in a single day.

This morning, trading in Trevane shares was halted at the company's request, and the Financial Supervisory Authority said it had opened its own investigation.

Few companies are as closely tied to Kallberg as Trevane. The group was founded in the city's harbour in 1958 and still employs around 2,600 people here, out of some 14,000 worldwide. At the crane factory in Nordhamn, workers arriving for the morning shift yesterday were worried. "We build good cranes. We did nothing wrong. But who will buy from us now?" said welder Tomas Lind, who has worked there for 22 years.

The board, led by Ingrid Vallenius, fired Sølvberg on Tuesday and named Jonas Brekke, the group's operations chief, to run the company for now. Vallenius said the board had been "deceived".

Sølvberg, who became chief executive in 2016, has not commented. His lawyer, Per Åkesson, said he denies the accusations.

The city's mayor, Lena Strand, said she had spoken with Brekke and had been assured that there were no plans for layoffs.
` },
{ id: 'agw', outlet: 'Audit & Governance Weekly', published: '2026-03-06', title: 'Trevane: what the auditor saw', text: `
Trevane: what the auditor saw

When Bramwell & Foss resigned as Trevane's auditor on Friday 27 February, its letter to the board was short, but it contained the number that matters. According to the letter, which Audit & Governance Weekly has seen, the firm had identified revenue of 2.1 billion crowns across the 2023, 2024 and 2025 financial years for which it could find "no adequate supporting evidence".

Trevane's own statement on 2 March put the overstatement at a lower figure, which the company described as preliminary. The difference appears to lie in how contracts that were booked early, rather than invented outright, are counted. Either way, the scale is unprecedented for a company listed in Kallberg.

The mechanics described in the letter are familiar. Long-term crane and automation contracts were recognised in full at signing rather than over the life of the project; several contracts in the Asian division, which generated about 40 percent of group sales, appear to have had no real customer at all.

Three questions now face the market.

The first concerns the audit itself. Bramwell & Foss signed off on Trevane's accounts for 2023 and 2024 without qualification. The Financial Supervisory Authority, which opened an inquiry on 4 March, is expected to look at the quality of that work as well.

The second concerns governance. A whistleblower alerted the board last October. The board's audit committee commissioned a review, but did not inform the market for more than four months. Chairwoman Ingrid Vallenius has said the board was "deceived"; investors will ask why it took so long.

The third concerns the criminal case. Henrik Sølvberg was arrested on 3 March and, on Thursday, a Kallberg district court ordered that he be held in custody for four weeks, citing the risk that evidence could be destroyed. Prosecutor Elsa Marttinen has said the figures were falsified "deliberately and over several years". Sølvberg, through his lawyer, denies wrongdoing.

Prosecutors are also examining the sale of shares worth 40 million crowns that Sølvberg made in November 2025, weeks after the whistleblower's letter.

Interim chief executive Jonas Brekke has promised restated accounts by the end of June.
` },
{ id: 'cnord', outlet: 'Channel Nord', published: '2026-03-05', title: 'Former Trevane boss to stay behind bars for a month', text: `
Former Trevane boss to stay behind bars for a month

A court in Kallberg has ordered that Henrik Solvberg, the ousted chief executive of Trevane, should remain in custody for four weeks while prosecutors investigate one of the biggest accounting scandals in Orsenia's history.

At a closed hearing on Thursday, the district court agreed with prosecutors that Mr Solvberg might destroy evidence or contact witnesses if he were released.

Mr Solvberg was arrested on Tuesday morning. He is suspected of aggravated accounting fraud, market manipulation and insider trading. His lawyer, Per Akesson, told Channel Nord outside the court that his client "denies all of the accusations" and would appeal.

What is Trevane accused of?

Trevane, one of Orsenia's best-known companies, makes cranes for ports and automated systems for warehouses. On Monday, it admitted that its sales figures for three years had been inflated - by about 1.2 billion crowns, according to the company.

The prosecutor in charge, Elsa Marttinen, says she believes the accounts were manipulated on purpose, year after year.

How have investors reacted?

Trevane's share price fell by 62% on Monday. Trading was then suspended on Wednesday, and the Financial Supervisory Authority has opened an investigation. About 9 billion crowns of the company's value has been wiped out.

Pension funds, which own large stakes in Trevane, have said they will consider suing the company and its former managers.

What about the workers?

Trevane employs 14,000 people worldwide. Interim chief executive Jonas Brekke said on Wednesday that the company's order book remained strong and that its banks were standing behind it. "Our customers are still with us, and so are our lenders," he said.

The chairwoman of the board, Ingrid Vallenius, has said the board was deceived.
` },
{ id: 'tidning', outlet: 'Orsenska Tidningen (automatic translation)', text: `
KALLBERG (Orsenska Tidningen) - The tribunal of district of Kallberg decided this Thursday that the ex-director general of Trevane, Henrik Sölvberg, remains in arrest during four weeks. The prosecution fears that he could destroy proofs or influence witnesses.

Sölvberg was arrested this Tuesday at the dawn in his house of Lindholm by agents of the National Authority against the Economic Crime. He is suspected of grave fraud of accounting and of commerce of initiated.

The scandal exploded on Monday, when Trevane communicated to the Bourse that the figures of sales of the years 2023 to 2025 were swollen of 1,2 billion crowns. The action fell of 62 per cent in one only day. Yesterday the quotation was suspended at the request of the enterprise.

"We suspect that the accounts were falsified with intention and during several years", declared the prosecutor Elsa Marttinen.

According to the investigation, Sölvberg sold in November actions for a value of 40 million crowns, few weeks after that a launcher of alert had written to the council of administration about irregular contracts in Asia.

The auditor Bramwell & Foss had renounced to its mandate the past Friday, affirming that it could not verify the revenues of the group.

The council dismissed Sölvberg on Tuesday and named director general in interim Jonas Brekke. "Our clients stay with us, and also our lenders", affirmed Brekke yesterday to the personnel.

The advocate of Sölvberg, Per Åkesson, declared that his client rejects all the accusations and that he will make appeal.

Sölvberg, of 54 years, directed Trevane since 2016. The group, founded in 1958, employs 14.000 persons in 23 countries and fabricates cranes for the ports. The Inspection of the Finances has opened an investigation on the enterprise, and also on the work of the auditor.
` },
];
export const facts = [
['arrest-day', 'date', 'conflict', { afw: 'early on Tuesday', cnord: 'arrested on Tuesday morning', agw: 'arrested on 3 March', tidning: 'arrested this Tuesday', kep: 'on Monday evening' }],
['disclosure-day', 'date', 'agree', { afw: 'shocked investors on Monday', kep: 'On Monday, Trevane disclosed', agw: 'statement on 2 March', cnord: 'On Monday, it admitted', tidning: 'exploded on Monday' }, { values: ['2026-03-02'] }],
['auditor-day', 'date', 'agree', { afw: 'resigned last Friday', agw: 'on Friday 27 February', tidning: 'the past Friday' }, { values: ['2026-02-27'] }],
['dismissal-day', 'date', 'agree', { afw: 'later on Tuesday', kep: 'fired Sølvberg on Tuesday', tidning: 'dismissed Sölvberg on Tuesday' }, { values: ['2026-03-03'] }],
['suspension-day', 'date', 'agree', { kep: 'This morning, trading', cnord: 'suspended on Wednesday', tidning: 'Yesterday the quotation' }, { values: ['2026-03-04'] }],
['remand-day', 'date', 'agree', { cnord: 'hearing on Thursday', agw: 'on Thursday, a Kallberg district court', tidning: 'decided this Thursday' }, { values: ['2026-03-05'] }],
['share-sale-month', 'date', 'agree', { afw: 'crowns in November', agw: 'in November 2025', tidning: 'sold in November' }, { values: ['2025-11'] }],
['ceo-since', 'date', 'agree', { afw: 'since 2016', kep: 'chief executive in 2016', tidning: 'since 2016' }, { values: ['2016'] }],
['brekke-day', 'date', 'agree', { cnord: 'Jonas Brekke said on Wednesday', tidning: 'affirmed Brekke yesterday' }, { values: ['2026-03-04'] }],
['overstatement', 'number', 'conflict', { afw: 'about 1.2 billion crowns', kep: 'roughly 1.2 billion crowns', cnord: 'about 1.2 billion crowns', tidning: '1,2 billion crowns', agw: 'revenue of 2.1 billion crowns' }],
['years-overstated', 'number', 'agree', { afw: 'over three years', kep: 'the last three years', cnord: 'for three years' }],
['share-fall', 'number', 'agree', { afw: 'plunged 62 percent', kep: 'nearly two thirds', cnord: 'fell by 62%', tidning: 'fell of 62 per cent' }, { unsure: true }],
['value-lost', 'number', 'agree', { afw: 'some 9 billion crowns', cnord: 'About 9 billion crowns' }],
['share-sale', 'number', 'agree', { afw: 'worth 40 million crowns', agw: 'worth 40 million crowns', tidning: 'value of 40 million crowns' }],
['employees', 'number', 'agree', { afw: 'about 14,000 people', kep: 'some 14,000 worldwide', cnord: 'employs 14,000 people', tidning: '14.000 persons' }],
['custody-weeks', 'number', 'agree', { cnord: 'remain in custody for four weeks', agw: 'held in custody for four weeks', tidning: 'during four weeks' }],
['age', 'number', 'agree', { afw: 'Sølvberg, 54', kep: 'the 54-year-old', tidning: 'of 54 years' }],
['solvberg', 'entity', 'variant', { afw: 'Henrik Sølvberg', kep: 'Henrik Sølvberg', agw: 'Henrik Sølvberg', cnord: 'Henrik Solvberg', tidning: 'Henrik Sölvberg' }],
['brekke', 'entity', 'agree', { afw: 'Jonas Brekke', kep: 'Jonas Brekke', agw: 'Jonas Brekke', cnord: 'Jonas Brekke', tidning: 'Jonas Brekke' }],
['vallenius', 'entity', 'agree', { afw: 'Ingrid Vallenius', kep: 'Ingrid Vallenius', agw: 'Ingrid Vallenius', cnord: 'Ingrid Vallenius' }],
['marttinen', 'entity', 'agree', { afw: 'Elsa Marttinen', agw: 'Elsa Marttinen', cnord: 'Elsa Marttinen', tidning: 'Elsa Marttinen' }],
['akesson', 'entity', 'variant', { afw: 'Per Åkesson', kep: 'Per Åkesson', cnord: 'Per Akesson', tidning: 'Per Åkesson' }],
['eca', 'entity', 'variant', { afw: 'Economic Crime Authority (ECA)', kep: 'Economic Crime Authority', tidning: 'National Authority against the Economic Crime' }],
['fsa', 'entity', 'variant', { kep: 'Financial Supervisory Authority', agw: 'Financial Supervisory Authority', cnord: 'Financial Supervisory Authority', tidning: 'Inspection of the Finances' }, { unsure: true }],
['auditor', 'entity', 'agree', { afw: 'Bramwell & Foss', agw: 'Bramwell & Foss', tidning: 'Bramwell & Foss' }, { org: true }],
['trevane', 'entity', 'agree', { afw: 'Trevane', kep: 'Trevane', agw: 'Trevane', cnord: 'Trevane', tidning: 'Trevane' }, { org: true }],
['lindholm', 'entity', 'agree', { afw: 'Lindholm', kep: 'Lindholm', tidning: 'Lindholm' }, { org: true }],
['kallberg', 'entity', 'agree', { afw: 'Kallberg', kep: 'Kallberg', agw: 'Kallberg', cnord: 'Kallberg', tidning: 'Kallberg' }, { org: true }],
['marttinen-quote', 'quote', 'variant', { afw: 'We suspect that the accounts were falsified deliberately and over several years', agw: 'deliberately and over several years', cnord: 'the accounts were manipulated on purpose, year after year', tidning: 'We suspect that the accounts were falsified with intention and during several years' }],
['vallenius-quote', 'quote', 'variant', { afw: 'The board has been deceived, and so have our shareholders', kep: 'the board had been "deceived"', agw: 'the board was "deceived"', cnord: 'the board was deceived' }],
['akesson-quote', 'quote', 'variant', { afw: 'He rejects all the accusations and will cooperate fully', cnord: 'denies all of the accusations', tidning: 'his client rejects all the accusations' }],
['brekke-quote', 'quote', 'variant', { cnord: 'Our customers are still with us, and so are our lenders', tidning: 'Our clients stay with us, and also our lenders' }],
['arrest', 'event', 'variant', { afw: 'Police arrested Henrik Sølvberg', kep: 'Sølvberg was taken into custody', agw: 'Henrik Sølvberg was arrested', cnord: 'Mr Solvberg was arrested', tidning: 'Sölvberg was arrested' }],
['dismissal', 'event', 'variant', { afw: 'board dismissed Sølvberg', kep: 'fired Sølvberg', tidning: 'The council dismissed Sölvberg' }],
['interim-ceo', 'event', 'variant', { afw: 'named chief operating officer Jonas Brekke as interim chief executive', kep: 'named Jonas Brekke, the group\'s operations chief, to run the company for now', tidning: 'named director general in interim Jonas Brekke' }],
['suspension', 'event', 'variant', { kep: 'trading in Trevane shares was halted', cnord: 'Trading was then suspended', tidning: 'the quotation was suspended' }],
['remand', 'event', 'variant', { cnord: 'should remain in custody', agw: 'ordered that he be held in custody', tidning: 'remains in arrest' }],
['auditor-resigns', 'event', 'variant', { afw: 'Bramwell & Foss, resigned', agw: "Bramwell & Foss resigned as Trevane's auditor", tidning: 'had renounced to its mandate' }],
['fsa-probe', 'event', 'variant', { kep: 'said it had opened its own investigation', agw: 'opened an inquiry', cnord: 'has opened an investigation', tidning: 'has opened an investigation' }],
['whistleblower', 'event', 'variant', { afw: 'a whistleblower wrote to the board', agw: 'A whistleblower alerted the board', tidning: 'a launcher of alert had written to the council of administration' }],
];
