export const about = 'Written blind by helper blind8a. Norvenia expels nine Dravonian diplomats over the Brekke spying case (Tue 10 Mar 2026), Dravonia retaliates (Wed 11 Mar). Planted conflicts: Brekke was arrested on 27 Feb (mpa "Feb. 27", monitor "27 February", nrt "last month", glas "at the end of February") vs "on 2 March" (courier, citing court documents); Dravonia expelled nine Norvenian diplomats (mpa, courier, nrt, glas) vs eleven (monitor, citing the list handed to the charge d\'affaires). Traps: eleven staff of the Marrevik consulate (courier) vs eleven expelled (monitor); nine expelled vs 31 diplomats in the embassy vs three each in 2019; 72 hours ("three days") vs deadline Fri 13 Mar for the Dravonians vs 18 Mar for the Norvenians; ambassador summoned Mon 9 vs expulsion Tue 10 vs retaliation Wed 11 vs Solvang in parliament Thu 12 (single); up to 12 years vs 12 March dateline; 44-year-old vs 4.2 billion euros. Undated: glas, dateline "KOSTEL, 12 March".';
export const published = { glas: '2026-03-12' };
export const sources = [
{ id: 'mpa', outlet: 'Meridian Press Agency', published: '2026-03-11', text: `
HALSTRUP, March 11 (MPA) - Dravonia ordered nine Norvenian diplomats out of the country on Wednesday and shut Norvenia's consulate in the port city of Marrevik, a day after Halstrup expelled the same number of Dravonian envoys over an espionage case involving a defence ministry employee.

The Dravonian foreign ministry said the Norvenian diplomats had until March 18 to depart. Spokeswoman Mirela Kovačić called Norvenia's decision "an unfriendly act built on fabrications" and said Kostel had been left with no choice but to respond in kind.

Norvenia on Tuesday declared nine staff of the Dravonian embassy persona non grata and gave them 72 hours to leave. Foreign Minister Ingrid Solvang said the diplomats had been engaged in "activities incompatible with their status", the customary diplomatic wording for spying.

The expulsions follow the arrest on Feb. 27 of Tomas Brekke, a 44-year-old civilian analyst at the Norvenian defence ministry. Prosecutors accuse him of handing more than 300 pages of classified documents on the country's coastal radar network to Dravonian intelligence officers in exchange for about 85,000 euros. He has been charged with espionage, which carries a sentence of up to 12 years in prison. His lawyer said he denies the accusations.

"Espionage against Norvenia has consequences, whoever is behind it," Solvang told reporters in Halstrup.

Dravonia's ambassador, Stefan Vuković, had been summoned to the foreign ministry on Monday and handed a formal protest, officials said. He was not among those expelled.

The case was uncovered by Norvenia's counter-intelligence service, the National Security Directorate (NSD), which said it had watched Brekke's meetings with his handlers for several months.

The Dravonian embassy in Halstrup had 31 accredited diplomats before the expulsions. It is the largest such move between the two neighbours since 2019, when each side sent home three diplomats after a dispute over a border survey.

Trade between the two countries was worth about 4.2 billion euros last year, and Norvenian officials stressed that economic ties would not be affected.
` },
{ id: 'courier', outlet: 'The Halstrup Courier', published: '2026-03-12', title: 'Kostel hits back: nine of our diplomats out, Marrevik consulate to close', text: `
Kostel hits back: nine of our diplomats out, Marrevik consulate to close

The Dravonian government struck back yesterday, throwing nine of our diplomats out of the country and ordering the closure of the Norvenian consulate in Marrevik, where eleven people work. The diplomats must leave by next Wednesday.

The reply came barely a day after Foreign Minister Ingrid Solvang announced on Tuesday that nine Dravonian diplomats were being sent home. They have three days to pack their bags and must be gone by Friday.

The Dravonian ambassador, Stefan Vukovic, was called in on Monday, when he was told of the decision in a meeting that lasted less than ten minutes, according to a ministry official.

At the heart of the affair is Tomas Brekke, a defence ministry analyst from the suburb of Nordvik. According to court documents seen by the Courier, Brekke was taken into custody on 2 March at his home, where investigators seized two laptops and a stack of printed files. The 44-year-old is accused of passing hundreds of pages of secret material on coastal radars to Dravonian agents, who allegedly paid him €85,000 over two years.

He now faces up to twelve years behind bars after being charged with spying. Neighbours described him as a quiet man who coached a youth football team.

Solvang said spying on Norvenia would "always have a price, no matter who is behind it". The Dravonian foreign ministry spokeswoman, Mirela Kovacic, described the expulsions as "an unfriendly step resting on inventions".

In Marrevik, the news of the consulate's closure caused concern among the roughly 6,000 Norvenians living in the region, many of whom work in the shipyards. "Where will we renew our passports now?" asked one welder outside the consulate.

The foreign ministry said it would try to keep consular services running from the embassy in Kostel.
` },
{ id: 'monitor', outlet: 'Eastern Security Monitor', published: '2026-03-13', title: 'Radars, cash and a message: reading the Norvenia-Dravonia expulsions', text: `
Radars, cash and a message: reading the Norvenia-Dravonia expulsions

When Halstrup announced on 10 March that it was expelling nine Dravonian diplomats, it removed nearly a third of an embassy that counted 31 diplomats. By the standards of the region, that is a heavy blow to an intelligence presence that Norvenian officials privately describe as the largest in the country.

Kostel's answer came on 11 March, and it went further: eleven Norvenian diplomats, according to the list handed to the Norvenian chargé d'affaires, plus the closure of the consulate in Marrevik. For a smaller embassy, the loss is proportionally larger.

The trigger was the case of Tomas Brekke, the defence ministry analyst arrested on 27 February by the National Security Directorate (NSD), Norvenia's counter-intelligence agency. According to the indictment, Brekke handed over some 300 pages of material on the coastal radar chain that Norvenia has been modernising since 2021, receiving 85,000 euros in return. The radar chain is of obvious interest to a neighbour whose fleet regularly exercises just outside Norvenian waters.

The Dravonians must be out by 13 March. Analysts in Halstrup say the short deadline was a deliberate signal.

Foreign Minister Ingrid Solvang has kept the public message short: spying, she said, "has consequences". In 2019, in a much smaller affair, both countries expelled three diplomats each and restored normal relations within months.

This time a quick thaw looks unlikely. But neither side has touched the economic relationship, worth €4.2bn in annual trade, and the gas interconnector linking the two grids continues to operate. The expulsions, in other words, are calibrated: painful for the intelligence services, costless for the economy.

What happens next depends partly on the Brekke trial. If prosecutors can show in open court that Dravonian officers ran him directly, Halstrup may push for European sanctions. If the evidence stays classified, the affair will likely fade into another round of quiet, mutual suspicion.
` },
{ id: 'nrt', outlet: 'NRT News', published: '2026-03-11', title: 'Dravonia expels Norvenian diplomats in tit-for-tat move', text: `
Dravonia expels Norvenian diplomats in tit-for-tat move

Dravonia has expelled nine Norvenian diplomats and ordered the consulate in Marrevik to close, in retaliation for Norvenia's decision to send home Dravonian embassy staff over a spying scandal.

The Dravonian foreign ministry announced the measures on Wednesday morning. The Norvenian diplomats must leave Dravonia by 18 March.

The ministry's spokeswoman, Mirela Kovačić, said Norvenia's move was "unfriendly and based on fabrications". She added that Dravonia "does not accept lectures" from its neighbour.

On Tuesday, Norvenia declared nine Dravonian diplomats "persona non grata" and gave them 72 hours to leave the country.

What is the spy case about?

Tomas Brekke, who worked as an analyst at the defence ministry, was arrested last month. Prosecutors say he sold classified documents about Norvenia's coastal radar system to Dravonian intelligence. He has been charged with espionage and is in custody. Brekke denies wrongdoing.

The arrest followed a months-long surveillance operation by the NSD, Norvenia's domestic security service.

What has Norvenia said?

Foreign Minister Ingrid Solvang said: "Espionage against Norvenia will have consequences, no matter who is behind it."

She is due to brief parliament's foreign affairs committee on Thursday.

The Dravonian ambassador, Stefan Vukovic, is not on the list of expelled diplomats and will remain in Halstrup for now.

How have people reacted?

Opposition parties in Halstrup backed the government's decision. Some business groups expressed concern that the row could spill over into trade, though both governments have said economic relations are not affected.

Relations between the two neighbours have been tense for years, with disputes over fishing rights and the border survey that led to a smaller round of expulsions seven years ago.
` },
{ id: 'glas', outlet: 'Kostelski Glas (automatic translation)', text: `
KOSTEL, 12 March (Kostelski Glas) - The Ministry of Foreign Affairs of Dravonia informed yesterday that nine employees of the Norvenian embassy are declared undesirable persons and must abandon the territory of the republic until 18 March. At the same time the consulate of Norvenia in Marrevik will be closed.

It is the answer to the decision of Halstrup, which on Tuesday expelled nine our diplomats, giving them only 72 hours for the departure.

"It is about an unfriendly act which rests on fabrications", declared the speaker of the ministry Mirela Kovačić. According to her, Dravonia had "no other possibility than to answer in the same way".

The Norvenian side accuses the Dravonian services that they recruited Tomas Brekke, employee of the ministry of defence of Norvenia, of 44 years. Brekke was arrested at the end of February and is indicted for espionage. He allegedly received 85 thousand euros for documents about the radars on the coast. The Directorate of National Security of Norvenia affirms that it followed him during several months.

The ambassador of Dravonia in Halstrup Stefan Vuković was summoned on Monday into the ministry of foreign affairs of Norvenia, where he received a note of protest. He will stay in his function.

The minister of foreign affairs of Norvenia Ingrid Solvang stated that "the espionage against Norvenia has consequences, whoever stands behind it".

The political scientist Dragan Ilić from the University of Kostel says that the relations between the two states are on the lowest level since the year 2019. "Then it went about three diplomats on each side. Now it is a serious crisis", he said to our newspaper.

The opposition in the Dravonian parliament supported the steps of the government, but demanded that the ministry explains to the citizens what will happen with the services of the consulate for the Dravonian citizens who work in Norvenia.
` },
];
export const facts = [
['expel-day', 'date', 'agree', { mpa: 'Norvenia on Tuesday declared', courier: 'announced on Tuesday', monitor: 'announced on 10 March', nrt: 'On Tuesday, Norvenia declared', glas: 'on Tuesday expelled' }, { values: ['2026-03-10'] }],
['retaliation-day', 'date', 'agree', { mpa: 'out of the country on Wednesday', courier: 'struck back yesterday', monitor: 'came on 11 March', nrt: 'on Wednesday morning', glas: 'informed yesterday' }, { values: ['2026-03-11'] }],
['arrest-day', 'date', 'conflict', { mpa: 'arrest on Feb. 27', monitor: 'arrested on 27 February', nrt: 'was arrested last month', glas: 'arrested at the end of February', courier: 'taken into custody on 2 March' }],
['summon-day', 'date', 'agree', { mpa: 'summoned to the foreign ministry on Monday', courier: 'called in on Monday', glas: 'summoned on Monday' }, { values: ['2026-03-09'] }],
['norvenians-deadline', 'date', 'agree', { mpa: 'until March 18', courier: 'leave by next Wednesday', nrt: 'by 18 March', glas: 'until 18 March' }, { values: ['2026-03-18'] }],
['dravonians-deadline', 'date', 'agree', { courier: 'must be gone by Friday', monitor: 'out by 13 March' }, { values: ['2026-03-13'] }],
['precedent-year', 'date', 'agree', { mpa: 'since 2019', monitor: 'In 2019', glas: 'the year 2019', nrt: 'seven years ago' }, { values: ['2019'], unsure: true }],
['expelled-by-norvenia', 'number', 'agree', { mpa: 'declared nine staff', courier: 'nine Dravonian diplomats were being sent home', monitor: 'expelling nine Dravonian diplomats', nrt: 'declared nine Dravonian diplomats', glas: 'expelled nine our diplomats' }],
['expelled-by-dravonia', 'number', 'conflict', { mpa: 'ordered nine Norvenian diplomats', courier: 'throwing nine of our diplomats out', nrt: 'expelled nine Norvenian diplomats', glas: 'nine employees of the Norvenian embassy', monitor: 'eleven Norvenian diplomats' }],
['hours-to-leave', 'number', 'agree', { mpa: '72 hours to leave', courier: 'three days to pack', nrt: '72 hours to leave', glas: '72 hours for the departure' }, { unsure: true }],
['brekke-age', 'number', 'agree', { mpa: 'a 44-year-old', courier: 'The 44-year-old', glas: 'of 44 years' }],
['pages', 'number', 'agree', { mpa: 'more than 300 pages', courier: 'hundreds of pages', monitor: 'some 300 pages' }],
['payment', 'number', 'agree', { mpa: 'about 85,000 euros', courier: '€85,000', monitor: '85,000 euros', glas: '85 thousand euros' }],
['max-sentence', 'number', 'agree', { mpa: 'up to 12 years', courier: 'up to twelve years' }],
['embassy-size', 'number', 'agree', { mpa: '31 accredited diplomats', monitor: 'counted 31 diplomats' }],
['expelled-2019', 'number', 'agree', { mpa: 'sent home three diplomats', monitor: 'three diplomats each', glas: 'about three diplomats on each side' }],
['trade', 'number', 'agree', { mpa: 'about 4.2 billion euros', monitor: '€4.2bn' }],
['solvang', 'entity', 'agree', { mpa: 'Ingrid Solvang', courier: 'Ingrid Solvang', monitor: 'Ingrid Solvang', nrt: 'Ingrid Solvang', glas: 'Ingrid Solvang' }],
['kovacic', 'entity', 'variant', { mpa: 'Mirela Kovačić', courier: 'Mirela Kovacic', nrt: 'Mirela Kovačić', glas: 'Mirela Kovačić' }],
['vukovic', 'entity', 'variant', { mpa: 'Stefan Vuković', courier: 'Stefan Vukovic', nrt: 'Stefan Vukovic', glas: 'Stefan Vuković' }],
['brekke', 'entity', 'agree', { mpa: 'Tomas Brekke', courier: 'Tomas Brekke', monitor: 'Tomas Brekke', nrt: 'Tomas Brekke', glas: 'Tomas Brekke' }],
['nsd', 'entity', 'variant', { mpa: 'National Security Directorate (NSD)', monitor: 'National Security Directorate (NSD)', nrt: 'NSD', glas: 'Directorate of National Security' }, { unsure: true }],
['marrevik', 'entity', 'agree', { mpa: 'Marrevik', courier: 'Marrevik', monitor: 'Marrevik', nrt: 'Marrevik', glas: 'Marrevik' }, { org: true }],
['halstrup', 'entity', 'agree', { mpa: 'Halstrup', monitor: 'Halstrup', nrt: 'Halstrup', glas: 'Halstrup' }, { org: true }],
['kostel', 'entity', 'agree', { mpa: 'Kostel', courier: 'Kostel', monitor: 'Kostel', glas: 'Kostel' }, { org: true }],
['solvang-quote', 'quote', 'variant', { mpa: 'Espionage against Norvenia has consequences, whoever is behind it', courier: 'always have a price, no matter who is behind it', nrt: 'Espionage against Norvenia will have consequences, no matter who is behind it', glas: 'the espionage against Norvenia has consequences, whoever stands behind it' }],
['kovacic-quote', 'quote', 'variant', { mpa: 'an unfriendly act built on fabrications', courier: 'an unfriendly step resting on inventions', nrt: 'unfriendly and based on fabrications', glas: 'It is about an unfriendly act which rests on fabrications' }],
['expulsion', 'event', 'variant', { mpa: 'declared nine staff of the Dravonian embassy persona non grata', courier: 'nine Dravonian diplomats were being sent home', monitor: 'it was expelling nine Dravonian diplomats', nrt: 'declared nine Dravonian diplomats "persona non grata"', glas: 'which on Tuesday expelled nine our diplomats' }],
['retaliation', 'event', 'variant', { mpa: 'Dravonia ordered nine Norvenian diplomats out of the country', courier: 'The Dravonian government struck back', nrt: 'Dravonia has expelled nine Norvenian diplomats', glas: 'are declared undesirable persons' }],
['consulate-closure', 'event', 'variant', { mpa: "shut Norvenia's consulate", courier: 'ordering the closure of the Norvenian consulate', monitor: 'plus the closure of the consulate', nrt: 'ordered the consulate in Marrevik to close', glas: 'will be closed' }],
['brekke-charged', 'event', 'variant', { mpa: 'He has been charged with espionage, which', courier: 'after being charged with spying', nrt: 'He has been charged with espionage and', glas: 'is indicted for espionage' }],
['ambassador-summoned', 'event', 'variant', { mpa: 'had been summoned', courier: 'was called in', glas: 'was summoned' }],
['ambassador-stays', 'event', 'variant', { mpa: 'He was not among those expelled', nrt: 'is not on the list of expelled diplomats', glas: 'He will stay in his function' }],
['brekke-denies', 'event', 'variant', { mpa: 'he denies the accusations', nrt: 'Brekke denies wrongdoing' }],
['respond-in-kind', 'quote', 'variant', { mpa: 'no choice but to respond in kind', glas: 'no other possibility than to answer in the same way' }, { unsure: true }],
];
