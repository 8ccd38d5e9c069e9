export const about = 'Written blind by helper blind8a. Former Lubenian president Jaromir Holecek is arrested over kickbacks on a motorway contract (Nov 2026). Planted conflicts: arrested at dawn on Thursday 5 Nov (tns "early on Thursday", ltv "at dawn on Thursday", cgr "on 5 November", hlas "yesterday at dawn") vs "on Wednesday evening" (gazette, citing his lawyer); bribes of 18 million euros (tns, ltv, gazette, hlas, citing the prosecutors\' statement) vs 11.5 million (cgr, citing the charge sheet). Traps: 18 million vs 18 locations searched; 11.5 million vs 11 other suspects; 640 million contract vs 94-km motorway; 30 days of custody vs 15 years maximum; term 2014-2022 vs contract 2017 vs investigation since March 2025; arrest Thu 5 vs custody hearing Sat 7 vs the lawyer\'s Wednesday; 67 years old. Undated: hlas, whose dateline has no date and which uses only relative dates ("yesterday", "on Saturday", "last year").';
export const published = { hlas: '2026-11-06' };
export const sources = [
{ id: 'tns', outlet: 'Transcontinental News Service', published: '2026-11-05', text: `
DREVNO, Nov 5 (TNS) - Anti-corruption police arrested former Lubenian president Jaromír Holeček early on Thursday on suspicion of taking bribes worth 18 million euros in connection with a motorway contract awarded during his time in office, prosecutors said.

Holeček, 67, who led the country from 2014 to 2022, was detained at his villa in Stará Lipa, about 40 km north of the capital, by officers of the National Anti-Corruption Bureau (NAB). He faces charges of bribery, abuse of office and money laundering, which together carry a prison sentence of up to 15 years.

Prosecutors say the payments were channelled through consulting firms in three countries after the state awarded a €640 million contract for the 94-kilometre northern stretch of the A2 motorway to Vostra Construction in 2017. Vostra has denied wrongdoing.

"Nobody in this country stands above the law, and that includes those who once ran it," chief anti-corruption prosecutor Alena Dvorská told a news conference.

Investigators searched 18 locations on Thursday, including the headquarters of Vostra Construction and the homes of 11 other people who were also detained. Among them is Pavol Režný, transport minister at the time the contract was signed.

Prosecutors have asked a court to hold Holeček in custody for 30 days, arguing that he could try to influence witnesses. A judge is expected to rule on Saturday.

His lawyer, Marek Šindelář, called the arrest "political revenge, pure and simple" and said his client would prove his innocence. Holeček's Civic Renewal party, now in opposition, called a rally outside the bureau's headquarters for Thursday evening.

Holeček, a former university rector, remains a popular figure among older voters. His party has accused the government of Prime Minister Ivana Marešová of using the justice system to eliminate rivals ahead of next year's election, a charge the government rejects.
` },
{ id: 'gazette', outlet: 'The Drevno Gazette', published: '2026-11-06', title: 'Holecek spends night in cell as supporters rally', text: `
Holecek spends night in cell as supporters rally

Former president Jaromír Holeček spent his first night in a police cell after being taken into custody in what prosecutors call the largest corruption case in the country's history.

His lawyer, Marek Šindelář, told the Gazette that bureau officers detained the 67-year-old on Wednesday evening, as he returned home to Stará Lipa from a trip abroad, and not on Thursday morning as the bureau stated. "They waited for him at the gate," Šindelář said, describing the arrest as "an act of political vengeance and nothing else".

The National Anti-Corruption Bureau, which has been investigating the motorway deal since March 2025, declined to comment on the timing.

Holeček is accused of pocketing €18 million in kickbacks linked to the A2 motorway contract. Officers searched 18 addresses across the country on Thursday, taking away boxes of documents and several computers from the offices of the builder, Vostra Construction.

A court will decide on Saturday whether to grant the prosecutors' request for a 30-day remand.

Outside the bureau's headquarters on Republic Avenue, some two thousand supporters gathered last night, many of them waving the green flags of the Civic Renewal party. "They are afraid of him, that is why they do this," said Zdenka Horáková, a 71-year-old pensioner who travelled from Stará Lipa. The crowd dispersed peacefully shortly before midnight.

In a message read out by his son at the rally, Holeček said: "I have nothing to hide, and I will show it in court."

Chief prosecutor Alena Dvorská has insisted that nobody is above the law. She said the evidence included bank records from several countries and the testimony of a witness who had previously worked for one of the consulting firms.

Former transport minister Pavol Režný, detained in the same operation, has resigned from the board of a state-owned energy company.
` },
{ id: 'cgr', outlet: 'Corruption & Governance Review', published: '2026-11-09', title: 'The Holecek case: what the charge sheet says, and what it does not', text: `
The Holecek case: what the charge sheet says, and what it does not

The arrest of Jaromír Holeček on 5 November makes him the first former head of state in Lubenia to be detained on corruption charges. On 7 November a Drevno court granted the National Anti-Corruption Bureau's request to keep him in custody for 30 days.

The case concerns the 94 km northern section of the A2 motorway, tendered in 2017 and awarded to Vostra Construction for €640m, roughly a third more than the ministry's own cost estimate. The NAB opened its investigation in March last year, after a whistleblower inside one of the consulting firms contacted investigators.

The numbers

Public statements by prosecutors have referred to bribes of 18 million euros. The charge sheet, which the Review has seen, is more cautious: it attributes €11.5m in payments directly to accounts controlled by the former president or members of his family, and describes further sums as "under investigation". The difference matters: it is the smaller figure that prosecutors will have to prove in court.

Holeček, who served two terms as president between 2014 and 2022, is charged with bribery, abuse of office and money laundering. The most serious of these carries up to fifteen years in prison. Eleven other suspects, including former transport minister Pavol Režný, have been charged in the same case.

The politics

Holeček's lawyer calls the case revenge. The Civic Renewal party argues that the timing, a year before a general election, is no accident. Yet the investigation began under a chief prosecutor, Alena Dvorská, whose independence even the opposition has praised in the past. Her line that "no one stands above the law" has been repeated by the government, which may prove a mistake: the more ministers comment, the easier it becomes for the defence to claim political interference.

What to watch

The key test will be whether the bank records from abroad are admitted as evidence. If they are, the case is strong. If not, it may rest on a single witness.
` },
{ id: 'ltv', outlet: 'LTV News', published: '2026-11-05', title: 'Former president Holecek arrested in corruption probe', text: `
Former president Holecek arrested in corruption probe

Lubenia's former president Jaromír Holeček has been arrested on suspicion of corruption.

Officers from the National Anti-Corruption Bureau detained him at dawn on Thursday at his home in Stará Lipa.

Prosecutors say Mr Holeček took bribes totalling 18 million euros in return for helping a construction company win a 640 million euro contract to build part of the A2 motorway.

The former president, who was in office between 2014 and 2022, denies any wrongdoing. If convicted, he could spend 15 years in prison.

What did prosecutors say?

Chief anti-corruption prosecutor Alena Dvorská said: "In this country, no one is above the law."

She said eleven other suspects had also been detained, including a former minister.

What did his lawyer say?

Marek Šindelář described the arrest as "pure political revenge".

In a short statement published on social media, Mr Holeček said: "I have nothing to hide and I will prove it in court."

How did people react?

Around 2,000 supporters of Mr Holeček's party, Civic Renewal, gathered outside the bureau's headquarters in Drevno on Thursday evening. Some chanted his name and held up portraits of the former president.

Prime Minister Ivana Marešová said the government had not been informed of the arrest in advance. "The prosecutors are independent, and that is how it should be," she told reporters.

What happens next?

A court must decide within 48 hours whether Mr Holeček will remain in custody. Prosecutors say they fear he could influence witnesses.

Mr Holeček, a former university rector, was the country's most popular politician for much of his time in office. His party is currently second in opinion polls ahead of next year's general election.
` },
{ id: 'hlas', outlet: 'Večerní Hlas (automatic translation)', text: `
DREVNO (Večerní Hlas) - The former president of the republic Jaromir Holecek was yesterday at dawn detained by the National Bureau Against the Corruption in his villa in Stara Lipa. The prosecution accuses him that he took bribes in the height of 18 millions of euros for the contract for the motorway A2.

The contract in value of 640 millions of euros obtained in the year 2017 the firm Vostra Construction. The investigation lasts since March of last year.

The policemen made searches on 18 places, among them also in the seat of the firm Vostra. Together with the former president were detained also the former minister of transport Pavol Režný and further persons.

"Nobody in our country stands over the law, also not those who formerly governed it," said the chief prosecutor Alena Dvorská.

The defender of the former president Marek Sindelar designated the arrest as "a political revenge, nothing more". Holecek himself sent a message in which he writes: "I have nothing what to hide, and I will prove it before the court."

The prosecution proposes that Holecek, who is 67 years old, remains thirty days in the custody. The court will decide on Saturday.

Yesterday in the evening before the building of the bureau gathered around 2.000 supporters of the party Civic Renewal with flags and candles. The police did not register any incident.

Holecek stood at the head of the state in the years 2014 until 2022. During his mandate the economy grew fast, but the opposition then already criticised the way in which the state gave the big contracts for the infrastructure.

The prime minister Ivana Marešová refused that the government stands behind the arrest. According to the political analysts, the case can strongly influence the elections, which are expected next year.
` },
];
export const facts = [
['arrest-day', 'date', 'conflict', { tns: 'early on Thursday', ltv: 'at dawn on Thursday', cgr: 'on 5 November', hlas: 'yesterday at dawn', gazette: 'on Wednesday evening' }],
['hearing-day', 'date', 'agree', { tns: 'rule on Saturday', gazette: 'decide on Saturday', cgr: 'On 7 November', hlas: 'The court will decide on Saturday' }, { values: ['2026-11-07'] }],
['term-start', 'date', 'agree', { tns: 'from 2014', ltv: 'between 2014', cgr: 'between 2014', hlas: 'the years 2014' }, { values: ['2014'] }],
['term-end', 'date', 'agree', { tns: 'to 2022', ltv: 'and 2022', cgr: 'and 2022', hlas: 'until 2022' }, { values: ['2022'] }],
['contract-year', 'date', 'agree', { tns: 'in 2017', cgr: 'tendered in 2017', hlas: 'the year 2017' }, { values: ['2017'] }],
['probe-start', 'date', 'agree', { gazette: 'since March 2025', cgr: 'in March last year', hlas: 'since March of last year' }, { values: ['2025-03'] }],
['rally-day', 'date', 'agree', { tns: 'for Thursday evening', gazette: 'gathered last night', ltv: 'on Thursday evening', hlas: 'Yesterday in the evening' }, { values: ['2026-11-05'], unsure: true }],
['bribes', 'number', 'conflict', { tns: 'bribes worth 18 million euros', ltv: 'bribes totalling 18 million euros', gazette: '€18 million in kickbacks', hlas: '18 millions of euros', cgr: '€11.5m' }],
['contract-value', 'number', 'agree', { tns: '€640 million', ltv: '640 million euro', cgr: '€640m', hlas: '640 millions of euros' }],
['motorway-length', 'number', 'agree', { tns: '94-kilometre', cgr: '94 km' }],
['age', 'number', 'agree', { tns: 'Holeček, 67', gazette: 'the 67-year-old', hlas: '67 years old' }],
['max-sentence', 'number', 'agree', { tns: 'up to 15 years', ltv: '15 years in prison', cgr: 'up to fifteen years' }],
['custody-days', 'number', 'agree', { tns: 'for 30 days', gazette: '30-day remand', cgr: 'custody for 30 days', hlas: 'thirty days' }],
['searches', 'number', 'agree', { tns: '18 locations', gazette: '18 addresses', hlas: '18 places' }],
['other-suspects', 'number', 'agree', { tns: '11 other people', ltv: 'eleven other suspects', cgr: 'Eleven other suspects' }],
['supporters', 'number', 'agree', { gazette: 'some two thousand supporters', ltv: 'Around 2,000 supporters', hlas: 'around 2.000 supporters' }],
['holecek', 'entity', 'variant', { tns: 'Jaromír Holeček', gazette: 'Jaromír Holeček', cgr: 'Jaromír Holeček', ltv: 'Jaromír Holeček', hlas: 'Jaromir Holecek' }],
['sindelar', 'entity', 'variant', { tns: 'Marek Šindelář', gazette: 'Marek Šindelář', ltv: 'Marek Šindelář', hlas: 'Marek Sindelar' }],
['dvorska', 'entity', 'agree', { tns: 'Alena Dvorská', gazette: 'Alena Dvorská', cgr: 'Alena Dvorská', ltv: 'Alena Dvorská', hlas: 'Alena Dvorská' }],
['rezny', 'entity', 'agree', { tns: 'Pavol Režný', gazette: 'Pavol Režný', cgr: 'Pavol Režný', hlas: 'Pavol Režný' }],
['maresova', 'entity', 'agree', { tns: 'Ivana Marešová', ltv: 'Ivana Marešová', hlas: 'Ivana Marešová' }],
['nab', 'entity', 'variant', { tns: 'National Anti-Corruption Bureau (NAB)', gazette: 'National Anti-Corruption Bureau', cgr: 'National Anti-Corruption Bureau', ltv: 'National Anti-Corruption Bureau', hlas: 'National Bureau Against the Corruption' }],
['stara-lipa', 'entity', 'variant', { tns: 'Stará Lipa', gazette: 'Stará Lipa', ltv: 'Stará Lipa', hlas: 'Stara Lipa' }],
['vostra', 'entity', 'agree', { tns: 'Vostra Construction', gazette: 'Vostra Construction', cgr: 'Vostra Construction', hlas: 'Vostra Construction' }, { org: true }],
['civic-renewal', 'entity', 'agree', { tns: 'Civic Renewal', gazette: 'Civic Renewal', cgr: 'Civic Renewal', ltv: 'Civic Renewal', hlas: 'Civic Renewal' }, { org: true }],
['drevno', 'entity', 'agree', { tns: 'DREVNO', cgr: 'Drevno', ltv: 'Drevno', hlas: 'DREVNO' }, { org: true }],
['dvorska-quote', 'quote', 'variant', { tns: 'Nobody in this country stands above the law, and that includes those who once ran it', ltv: 'In this country, no one is above the law', cgr: 'no one stands above the law', hlas: 'Nobody in our country stands over the law, also not those who formerly governed it' }],
['sindelar-quote', 'quote', 'variant', { tns: 'political revenge, pure and simple', gazette: 'an act of political vengeance and nothing else', ltv: 'pure political revenge', hlas: 'a political revenge, nothing more' }],
['holecek-quote', 'quote', 'variant', { gazette: 'I have nothing to hide, and I will show it in court', ltv: 'I have nothing to hide and I will prove it in court', hlas: 'I have nothing what to hide, and I will prove it before the court' }],
['arrest', 'event', 'variant', { tns: 'Anti-corruption police arrested former Lubenian president', gazette: 'being taken into custody', cgr: 'The arrest of Jaromír Holeček', ltv: 'has been arrested on suspicion of corruption', hlas: 'was yesterday at dawn detained' }],
['charges', 'event', 'variant', { tns: 'He faces charges of bribery, abuse of office and money laundering', gazette: 'is accused of pocketing', cgr: 'is charged with bribery, abuse of office and money laundering', hlas: 'The prosecution accuses him that he took bribes' }],
['searches-event', 'event', 'variant', { tns: 'Investigators searched 18 locations', gazette: 'Officers searched 18 addresses', hlas: 'made searches on 18 places' }],
['custody-request', 'event', 'variant', { tns: 'Prosecutors have asked a court to hold', gazette: "grant the prosecutors' request", hlas: 'The prosecution proposes that Holecek' }],
['rally', 'event', 'variant', { gazette: 'some two thousand supporters gathered', ltv: 'gathered outside the bureau', hlas: 'before the building of the bureau gathered' }],
['search-day', 'date', 'agree', { tns: '18 locations on Thursday', gazette: 'across the country on Thursday' }, { values: ['2026-11-05'] }],
['election-year', 'date', 'agree', { tns: "next year's election", ltv: "next year's general election", cgr: 'a year before a general election', hlas: 'expected next year' }, { values: ['2027'], unsure: true }],
['witness-risk', 'event', 'variant', { tns: 'he could try to influence witnesses', ltv: 'he could influence witnesses' }],
];
