export const about = 'Written blind by helper fresh4. Planted conflicts: Korvath arrested in March 2024 (cpa, record, vestnik, fdw) vs "in May 2024" (times); her sentence nine years (cpa, record, fdw) vs 12 years (vestnik). Traps: 11 freed by Velmora vs 8 by Drustan vs 19 in all; six freed in the 2019 swap vs 15-year sentence; pardon Thu 23 Jul vs swap Fri 24 vs homecomings Sat 25 (two different arrivals on the same day); al-Hamdan convicted 2023 vs Korvath sentenced January 2025; 18 months of talks vs 41-year-old.';
export const published = { vestnik: '2026-07-25' };
export const sources = [
{ id: 'cpa', outlet: 'Continental Press Agency', published: '2026-07-24', text: `
PORT SARIYA, July 24 (CPA) - Velmora and Drustan exchanged 19 people on Friday in the largest prisoner swap between the two rivals in decades, freeing the Velmoran journalist Lena Korvath after more than two years in a Drustani jail.

Two planes stood side by side on the tarmac of Port Sariya airport in Belmarra, which brokered the deal, as the prisoners walked across in small groups under the eyes of Belmarran officials. Velmora released 11 prisoners and Drustan freed eight, among them two aid workers.

Korvath, a 41-year-old correspondent for the Aldren Record, was arrested in March 2024 while reporting on protests in the Drustani capital, Druskovo, and was later sentenced to nine years in a high-security prison for espionage, a charge she and her newspaper always rejected. Drustani President Anatol Grekov pardoned her on Thursday, clearing the way for the exchange.

The most prominent prisoner returned to Drustan was Yusuf al-Hamdan, a businessman convicted in Velmora in 2023 of evading sanctions and serving a 15-year sentence.

"Tonight Lena is free, and tomorrow she will be home," Velmoran President Katarina Voss said in a televised address. She thanked Belmarra for its "patient and discreet" mediation. Korvath is expected to land in Aldren on Saturday.

Belmarran Foreign Minister Farid Osmani, who flew between the two capitals repeatedly over the past year and a half, told reporters at the airport: "Dialogue can achieve what pressure cannot."

Drustan's foreign ministry called the release a "gesture of goodwill" and said it hoped for better relations.

The last exchange between the two countries, in 2019, involved six prisoners. Human rights groups say at least 30 Velmoran citizens remain in Drustani custody.

The swap followed months of shuttle diplomacy in which, according to diplomats, the list of names changed several times. Velmora had long insisted that Korvath be released unconditionally, while Drustan made al-Hamdan's return a condition of any deal.

Press freedom organisations welcomed the release but warned that the exchange could encourage governments to detain foreign reporters as bargaining chips. "A journalist is not a currency," the head of one such group said.
` },
{ id: 'record', outlet: 'The Aldren Record', published: '2026-07-25', title: 'Welcome home, Lena', text: `
Welcome home, Lena

Our colleague Lena Korvath landed at Aldren airport early this morning, 863 days after she was arrested by Drustani security officers on 14 March 2024.

Pale and thinner, but smiling, she walked down the steps of the government plane into the arms of her husband and their two daughters. A crowd of several hundred people, many holding copies of this newspaper, had waited through the night.

"I never stopped believing," she said, her voice breaking. "Every day I told myself: not today, maybe tomorrow."

Korvath was freed on Friday in Belmarra as part of an exchange in which Velmora handed over eleven Drustanis, including the businessman Yusuf al-Hamdan, and Drustan released eight people held in its prisons. Two aid workers were among the eight.

She had been convicted of espionage in January last year after a closed trial that lasted four days, and was serving a nine-year sentence. This newspaper has always maintained that she was doing nothing but her job.

President Voss, who came to the airport to greet her, said on Friday night that "Lena is free and tomorrow she will be home with us", and kept her word. The president praised the Belmarran government for its mediation.

Doctors will examine Korvath over the coming days. Her family asked for privacy, and the paper's editor, Miklos Arany, said she would take as long as she needed before returning to work.

"Her reporting from Druskovo was brave and accurate," Arany said. "We are proud of her and we are happy beyond words."
` },
{ id: 'vestnik', outlet: 'Drustan Vestnik (automatic translation)', text: `
DRUSKOVO (Drustan Vestnik) - Today, Saturday 25 July, at the airport of Druskovo were welcomed with flowers the compatriots which returned to the Homeland after the exchange of prisoners realised yesterday in Belmarra.

From the Velmoran side were liberated 11 persons, between them the known entrepreneur Yousef al-Hamdan, who in 2023 was condemned in Velmora to 15 years of deprivation of freedom for the violation of the sanctions. "I am grateful to the President and to all who did not forget about us", declared al-Hamdan to the journalists.

In exchange the Drustani side transferred 8 persons. Among them the Velmoran journalist Lena Korvath, who in March of 2024 was detained in Druskovo and condemned to 12 years for espionage. The 23 July President Anatol Grekov signed the decree of pardon of Korvath.

The Ministry of Foreign Affairs of Drustan has underlined that the decision is an "act of good will" and expressed the hope for the normalisation of relations with Velmora.

The exchange became possible thanks to the mediation of Belmarra. The Minister of Foreign Affairs of Belmarra Farid Osmani has declared, that "the dialogue can reach that what the pressure can not reach".

According to the data of the ministry, the negotiations lasted about one and a half year. It is the first exchange between the two countries since 2019.

The families of the returned citizens waited in the hall of the airport from the early morning. Many of them had not seen their relatives for several years. The President will receive the liberated in the palace of the government next week.
` },
{ id: 'times', outlet: 'Belmarra Times', published: '2026-07-24', title: 'Belmarra brokers landmark prisoner exchange', text: `
Belmarra brokers landmark prisoner exchange

Belmarra on Friday hosted the biggest prisoner exchange between Velmora and Drustan in a generation, a diplomatic success that officials in Port Sariya said was the result of eighteen months of quiet talks.

In all, 19 prisoners were swapped at Port Sariya airport: eleven were handed over by Velmora and eight by Drustan. The best known of them is Lena Korvath, a Velmoran reporter who was detained in Druskovo in May 2024 and later convicted of spying.

Foreign Minister Osmani, who personally oversaw the handover, said the agreement showed that "dialogue can achieve what pressure cannot". He said Belmarra had acted at the request of both governments and had received nothing in return.

Among the prisoners returned to Drustan is Youssef al-Hamdan, a businessman jailed in Velmora for sanctions evasion, whose case had become a cause celebre in the Drustani media.

The Drustani prisoners will fly home on Saturday, officials said, while Korvath was expected to leave Port Sariya for Aldren later on Friday night.

Belmarra, a small state with good relations on both sides, has positioned itself in recent years as a mediator in regional disputes. Diplomats credit Osmani personally: he made more than a dozen trips to Aldren and Druskovo since the talks began, often unannounced.

The government in Port Sariya declined to say whether further exchanges were being discussed. Velmoran officials said privately that they would raise the cases of other detained citizens. Human rights groups estimate that dozens of people remain behind bars on both sides for what they call political reasons.
` },
{ id: 'fdw', outlet: 'Foreign Desk Weekly', published: '2026-07-27', title: 'What the Velmora-Drustan swap tells us', text: `
What the Velmora-Drustan swap tells us

When Lena Korvath stepped off the plane in Aldren on Saturday, it marked the end of a 28-month ordeal that had become a symbol of the collapse in relations between Velmora and Drustan.

The exchange on July 24 at Port Sariya airport freed 19 people in total. It was the product of 18 months of talks brokered by Belmarra's foreign minister, Farid Osmani, and it came at a price: Velmora gave up Yusuf al-Hamdan, a businessman it had once described as the linchpin of Drustan's sanctions-busting network.

Korvath was arrested in March 2024 and sentenced in January 2025 to nine years for espionage after a trial that Western observers were not allowed to attend. Her release was made possible by a pardon from Drustan's president, Anatol Grekov, a step the Drustani government described as a goodwill gesture.

"I never stopped believing I would come back," Korvath told reporters at the airport.

The swap is the first since 2019, when the two countries traded six detainees. But there are reasons to doubt that it marks a real thaw. Both governments face elections next year, and both have used prisoners as bargaining chips before. Velmoran President Katarina Voss called the deal a "first step", but her government renewed its sanctions against Drustani banks the same week.

For Belmarra, the swap is a diplomatic coup. Osmani has built a reputation as a patient go-between, and his line that "dialogue can achieve what pressure cannot" has become something of a motto in Port Sariya.
` },
];
export const facts = [
['swap-day', 'date', 'agree', { cpa: 'on Friday in the largest', record: 'freed on Friday', vestnik: 'realised yesterday', times: 'Belmarra on Friday', fdw: 'on July 24' }, { values: ['2026-07-24'] }],
['korvath-arrest', 'date', 'conflict', { cpa: 'in March 2024', record: 'on 14 March 2024', vestnik: 'in March of 2024', fdw: 'in March 2024', times: 'in May 2024' }],
['pardon-day', 'date', 'agree', { cpa: 'pardoned her on Thursday', vestnik: 'The 23 July' }, { values: ['2026-07-23'] }],
['korvath-home', 'date', 'agree', { cpa: 'land in Aldren on Saturday', record: 'early this morning', fdw: 'in Aldren on Saturday' }, { values: ['2026-07-25'] }],
['drustanis-home', 'date', 'agree', { vestnik: 'Today, Saturday 25 July', times: 'fly home on Saturday' }, { values: ['2026-07-25'] }],
['hamdan-convicted', 'date', 'agree', { cpa: 'in 2023', vestnik: 'in 2023' }, { values: ['2023'] }],
['korvath-sentenced', 'date', 'agree', { record: 'in January last year', fdw: 'in January 2025' }, { values: ['2025-01'] }],
['previous-swap', 'date', 'agree', { cpa: 'in 2019', vestnik: 'since 2019', fdw: 'since 2019' }, { values: ['2019'] }],
['total', 'number', 'agree', { cpa: 'exchanged 19 people', times: '19 prisoners', fdw: '19 people in total' }],
['freed-by-velmora', 'number', 'agree', { cpa: 'Velmora released 11 prisoners', record: 'eleven Drustanis', vestnik: 'were liberated 11 persons', times: 'eleven were handed over by Velmora' }],
['freed-by-drustan', 'number', 'agree', { cpa: 'Drustan freed eight', record: 'released eight people', vestnik: 'transferred 8 persons', times: 'eight by Drustan' }],
['aid-workers', 'number', 'agree', { cpa: 'two aid workers', record: 'Two aid workers' }],
['korvath-sentence', 'number', 'conflict', { cpa: 'nine years', record: 'nine-year sentence', fdw: 'nine years for espionage', vestnik: '12 years for espionage' }],
['hamdan-sentence', 'number', 'agree', { cpa: '15-year sentence', vestnik: '15 years of deprivation of freedom' }],
['talks-duration', 'number', 'agree', { cpa: 'the past year and a half', vestnik: 'about one and a half year', times: 'eighteen months', fdw: '18 months' }, { unsure: true }],
['previous-swap-count', 'number', 'agree', { cpa: 'involved six prisoners', fdw: 'six detainees' }],
['detention-length', 'number', 'agree', { cpa: 'more than two years', record: '863 days', fdw: '28-month ordeal' }, { unsure: true }],
['korvath', 'entity', 'agree', { cpa: 'Lena Korvath', record: 'Lena Korvath', vestnik: 'Lena Korvath', times: 'Lena Korvath', fdw: 'Lena Korvath' }],
['al-hamdan', 'entity', 'variant', { cpa: 'Yusuf al-Hamdan', record: 'Yusuf al-Hamdan', vestnik: 'Yousef al-Hamdan', times: 'Youssef al-Hamdan', fdw: 'Yusuf al-Hamdan' }],
['osmani', 'entity', 'agree', { cpa: 'Farid Osmani', vestnik: 'Farid Osmani', times: 'Foreign Minister Osmani', fdw: 'Farid Osmani' }],
['voss', 'entity', 'agree', { cpa: 'Katarina Voss', record: 'President Voss', fdw: 'Katarina Voss' }],
['grekov', 'entity', 'agree', { cpa: 'Anatol Grekov', vestnik: 'Anatol Grekov', fdw: 'Anatol Grekov' }],
['belmarra', 'entity', 'agree', { cpa: 'Belmarra', record: 'Belmarra', vestnik: 'Belmarra', times: 'Belmarra', fdw: 'Belmarra' }, { org: true }],
['port-sariya', 'entity', 'agree', { cpa: 'Port Sariya airport', times: 'Port Sariya airport', fdw: 'Port Sariya airport' }, { org: true }],
['osmani-quote', 'quote', 'variant', { cpa: 'Dialogue can achieve what pressure cannot', times: 'dialogue can achieve what pressure cannot', vestnik: 'the dialogue can reach that what the pressure can not reach', fdw: 'dialogue can achieve what pressure cannot' }],
['voss-quote', 'quote', 'variant', { cpa: 'Tonight Lena is free, and tomorrow she will be home', record: 'Lena is free and tomorrow she will be home with us' }],
['korvath-quote', 'quote', 'variant', { record: 'I never stopped believing', fdw: 'I never stopped believing I would come back' }, { unsure: true }],
['goodwill', 'quote', 'variant', { cpa: 'gesture of goodwill', vestnik: 'act of good will', fdw: 'a goodwill gesture' }],
['swap', 'event', 'variant', { cpa: 'exchanged 19 people', times: '19 prisoners were swapped', vestnik: 'the exchange of prisoners realised', fdw: 'freed 19 people' }],
['pardon', 'event', 'variant', { cpa: 'pardoned her', vestnik: 'signed the decree of pardon', fdw: 'a pardon from' }],
['korvath-arrested', 'event', 'variant', { cpa: 'was arrested in March 2024', record: 'she was arrested', vestnik: 'was detained in Druskovo', times: 'was detained in Druskovo' }],
];
