export const about = 'Written blind by helper fresh6a. Planted conflicts: the agreements were signed on Tuesday 17 Nov (aws "on Tuesday", vtv "on Tuesday", daily "on Tuesday evening", yawm "yesterday") vs "on Wednesday" (monitor, citing the Valmont defence ministry); fighter jets ordered 24 (aws, daily, vtv "two dozen", yawm) vs 20 (monitor, citing the contract summary). Traps: 24 jets vs 24 years since the last visit (2002); 3 million tonnes of LNG a year vs the three-day visit; 15-year supply contract vs 15 agreements in all; EUR 6.4bn arms vs EUR 25bn gas vs 4,000 jobs vs 40 business leaders; arrival Mon 16 vs signing Tue 17 vs departure Wed 18 vs gas from 2028 vs jets from 2029 vs a return visit next year. Undated: yawm, whose dateline has no date and which uses only relative dates ("this Monday", "yesterday", "today").';
export const published = { yawm: '2026-11-18' };
export const sources = [
{ id: 'aws', outlet: 'Atlas Wire Service', published: '2026-11-17', text: `
AL-MAREEN, Nov 17 (AWS) - Valmont and Zahrania signed a long-term gas supply contract and an order for 24 fighter jets on Tuesday, sealing a rapprochement between the two countries during the first visit by a Valmontese president to the Gulf state since 2002.

Under the energy agreement, Zahrania National Petroleum (ZNP) will deliver 3 million tonnes of liquefied natural gas a year to Valmont's state-owned Valgaz for 15 years, starting in 2028. Officials put the value of the contract at around 25 billion euros.

The arms deal, worth 6.4 billion euros, covers 24 Aquila multirole jets built by the Valmontese manufacturer Aerovance, together with pilot training and maintenance. Deliveries are due to begin in 2029.

President Étienne Roussard, who arrived in Al-Mareen on Monday with some 40 business leaders, called the agreements "the beginning of a partnership for a whole generation".

His host, President Khalil bin Saeed al-Harthi, said Zahrania "chooses its friends with care, and Valmont is one of them". The two leaders signed a joint declaration on energy security and regional stability after talks at the presidential palace.

In all, 15 agreements were signed, ranging from university exchanges to a desalination project. Roussard's office said the contracts would secure about 4,000 jobs in Valmont, most of them at Aerovance plants.

Human rights groups criticised the arms sale. The Geneva-based group Open Watch said Valmont was "selling fighter jets without asking a single question" about Zahrania's role in regional conflicts and its treatment of critics at home.

Valmont is seeking to replace gas that it used to buy from pipelines in the east and that has become scarcer and more expensive in the past two years.

Roussard leaves on Wednesday after a visit to the new port of Ras Hadir. Al-Harthi accepted an invitation to visit Valmont next year, officials said.
` },
{ id: 'daily', outlet: 'The Lisère Daily', published: '2026-11-18', title: 'Gas, jets and questions: what Roussard brings home from Zahrania', text: `
Gas, jets and questions: what Roussard brings home from Zahrania

When Etienne Roussard steps off his plane tonight, he will bring back what his advisers call the biggest export success of his presidency: a fighter-jet order for Aerovance and a gas contract meant to keep Valmont's homes warm well into the 2040s.

The contracts were signed on Tuesday evening in Al-Mareen, at the end of a day of talks with President Khalil bin Saeed al-Harthi. Zahrania will buy 24 Aquila fighters for €6.4 billion. In return - although no official will use those words - Valgaz gets gas: 3m tonnes of LNG a year, from 2028, for a decade and a half.

For Aerovance, whose order book had been thinning, the deal is a lifeline. Management says around 4,000 jobs at its three plants are now safe for years. "This is the best news we have had since I joined the company," a technician at the Saint-Orme plant told the Daily.

The opposition is less enthusiastic. "We are swapping one dependency for another, and paying for it with weapons," said Greens leader Mathilde Corvin. Rights groups have also protested; Open Watch accused the government of selling jets to Zahrania "without asking a single question".

Roussard defended the deal before leaving Al-Mareen. "We are not buying gas for one winter, we are building a partnership for a generation," he said, adding that human rights had been "raised frankly" in his private talks with al-Harthi.

The gas contract, worth about €25bn, is the largest ever signed by Valgaz. It does not solve the problem of the next two winters, since deliveries only begin in 2028, but it gives the company a stable supply for the decade that follows.

Roussard, who landed in Al-Mareen on Monday, was the first Valmontese head of state to visit Zahrania in 24 years. His predecessor's visit in 2002 produced a handful of agreements that were never carried out.

Parliament is expected to debate the arms sale next month.
` },
{ id: 'monitor', outlet: 'Defence & Energy Monitor', published: '2026-11-19', title: 'Analysis: the Aquila deal and the gas behind it', text: `
Analysis: the Aquila deal and the gas behind it

Valmont's agreements with Zahrania, signed on Wednesday according to a statement from the Valmontese defence ministry, tie together two markets that are usually negotiated separately: combat aircraft and liquefied natural gas.

On the defence side, the contract summary released by the ministry lists 20 Aquila F4 fighters, plus a training package, spare parts and weapons integration. Aerovance declined to comment on the number of aircraft. The price, €6.4bn, is high for the fleet size, which suggests a generous support package; first deliveries are scheduled for 2029.

On the energy side, ZNP will supply Valgaz with 3 million tonnes per annum of LNG over 15 years from 2028, on an oil-indexed formula. At current prices, that is worth roughly €25 billion. For Zahrania, which is expanding its liquefaction capacity at Ras Hadir, a guaranteed European buyer secures financing for the next train.

The link between the two deals was never spelled out, but it was hardly hidden. Both were concluded during President Étienne Roussard's three-day state visit, which began on Monday, and both were announced at the same ceremony in the presidential palace, in the presence of President Khalil bin Saeed al-Harthi.

For Aerovance, the order is the largest export deal since 2019 and fills its Saint-Orme line into the next decade. The company and the government say 4,000 jobs depend on it.

The political risks are real. Rights groups, led by Open Watch, have criticised the sale, and Valmont's parliament will debate it. Export controls allow the government to suspend deliveries if the aircraft are used in breach of international law, but such clauses have rarely been applied.

The visit ended on Wednesday. Al-Harthi is expected in Valmont next year, when the two sides want to agree on a second gas contract and possibly a naval deal.
` },
{ id: 'vtv', outlet: 'VTV News', published: '2026-11-17', title: 'Roussard signs gas and fighter jet deals in Zahrania', text: `
Roussard signs gas and fighter jet deals in Zahrania

President Etienne Roussard has signed major gas and arms agreements with Zahrania on the second day of his state visit to the Gulf country.

At a ceremony in Al-Mareen on Tuesday, Zahrania agreed to buy two dozen Aquila fighter jets from Valmont's Aerovance, in a deal worth 6.4 billion euros.

In exchange, the state gas company Valgaz will receive three million tonnes of liquefied gas every year for fifteen years from the Zahrani national oil company, ZNP. The first cargoes are due in 2028.

Speaking to VTV after the ceremony, the president said Valmont was "building a partnership that will last a generation". He said he had also discussed human rights with his counterpart, Khalil bin Saeed al-Harthi, "openly and without taboos".

The presidency says the agreements will protect 4,000 jobs in Valmont, most of them at Aerovance's three factories.

But not everyone is celebrating. Open Watch, a human rights group, said Valmont was putting business before principles. Around 200 people protested outside the foreign ministry in Lisère on Tuesday afternoon.

The president arrived in Zahrania on Monday accompanied by forty business leaders and several ministers, including Foreign Minister Claire Dumesnil and Energy Minister Paul Vergès.

It is the first visit by a Valmontese president to Zahrania since 2002. Relations cooled after a diplomatic row in 2011 but have improved steadily in the last three years.

The gas deal is meant to help Valmont replace the supplies it used to receive by pipeline from the east, which have dwindled over the past two years and pushed household energy bills to record levels.

President Roussard returns to Lisère on Wednesday.
` },
{ id: 'yawm', outlet: 'Al-Mareen Al-Yawm (automatic translation)', text: `
AL-MAREEN (Al-Yawm) - His Excellency the President Khalil ben Said al-Harthy and the President of the Republic of Valmont, Étienne Roussard, signed yesterday a group of agreements in the fields of the energy, the defence and the investment, at the Presidential Palace in Al-Mareen.

The most important of the agreements is a contract by which the Company of Petroleum National of Zahrania will supply the Valmontese company Valgaz with 3 millions of tonnes of liquefied natural gas annually during fifteen years, from the year 2028. The value of the contract is estimated with 25 milliards of euros.

In the defence domain, Zahrania will acquire 24 aircraft of combat of model Aquila, with the training of the pilots and the maintenance, for a value of 6,4 milliards of euros.

The President al-Harthy declared: "Zahrania chooses its friends with caution, and Valmont is from them." The President Roussard affirmed from his side that the agreements are "the start of a partnership for a complete generation".

The two presidents signed also a common declaration about the security of the energy and the stability of the region. The total of the agreements signed reached 15 agreements.

The Valmontese President had arrived to the country this Monday, at the head of a delegation that includes 40 of the businessmen, in the first visit of its kind since the year 2002. He is ending today his visit with a tour in the port of Ras Hadir.

The President al-Harthy accepted an invitation to visit Valmont in the next year.
` },
];
export const facts = [
['signing-day', 'date', 'conflict', { aws: 'on Tuesday, sealing', daily: 'signed on Tuesday evening', vtv: 'in Al-Mareen on Tuesday', yawm: 'signed yesterday', monitor: 'signed on Wednesday' }],
['arrival-day', 'date', 'agree', { aws: 'arrived in Al-Mareen on Monday', daily: 'landed in Al-Mareen on Monday', monitor: 'which began on Monday', vtv: 'arrived in Zahrania on Monday', yawm: 'arrived to the country this Monday' }, { values: ['2026-11-16'] }],
['departure-day', 'date', 'agree', { aws: 'leaves on Wednesday', daily: 'steps off his plane tonight', monitor: 'ended on Wednesday', vtv: 'returns to Lisère on Wednesday', yawm: 'ending today his visit' }, { values: ['2026-11-18'] }],
['gas-start', 'date', 'agree', { aws: 'starting in 2028', daily: 'from 2028, for a decade', monitor: 'over 15 years from 2028', vtv: 'due in 2028', yawm: 'from the year 2028' }, { values: ['2028'] }],
['jets-start', 'date', 'agree', { aws: 'begin in 2029', monitor: 'scheduled for 2029' }, { values: ['2029'] }],
['last-visit', 'date', 'agree', { aws: 'since 2002', daily: 'visit in 2002', vtv: 'Zahrania since 2002', yawm: 'since the year 2002' }, { values: ['2002'] }],
['return-visit', 'date', 'agree', { aws: 'visit Valmont next year', monitor: 'expected in Valmont next year', yawm: 'in the next year' }, { values: ['2027'] }],
['jets', 'number', 'conflict', { aws: 'an order for 24 fighter jets', daily: 'buy 24 Aquila fighters', vtv: 'two dozen Aquila fighter jets', yawm: '24 aircraft of combat', monitor: '20 Aquila F4 fighters' }],
['lng-volume', 'number', 'agree', { aws: '3 million tonnes of liquefied natural gas', daily: '3m tonnes of LNG', monitor: '3 million tonnes per annum', vtv: 'three million tonnes of liquefied gas', yawm: '3 millions of tonnes' }],
['lng-years', 'number', 'agree', { aws: 'for 15 years', daily: 'a decade and a half', monitor: 'over 15 years', vtv: 'for fifteen years', yawm: 'during fifteen years' }],
['gas-value', 'number', 'agree', { aws: 'around 25 billion euros', daily: 'about €25bn', monitor: 'roughly €25 billion', yawm: '25 milliards of euros' }],
['arms-value', 'number', 'agree', { aws: 'worth 6.4 billion euros', daily: 'for €6.4 billion', monitor: 'The price, €6.4bn', vtv: 'worth 6.4 billion euros', yawm: '6,4 milliards of euros' }],
['jobs', 'number', 'agree', { aws: 'about 4,000 jobs', daily: 'around 4,000 jobs', monitor: '4,000 jobs depend', vtv: 'protect 4,000 jobs' }],
['delegation', 'number', 'agree', { aws: 'some 40 business leaders', vtv: 'forty business leaders', yawm: '40 of the businessmen' }],
['agreements', 'number', 'agree', { aws: '15 agreements were signed', yawm: 'reached 15 agreements' }],
['roussard', 'entity', 'variant', { aws: 'Étienne Roussard', daily: 'Etienne Roussard', monitor: 'Étienne Roussard', vtv: 'Etienne Roussard', yawm: 'Étienne Roussard' }],
['harthi', 'entity', 'variant', { aws: 'Khalil bin Saeed al-Harthi', daily: 'Khalil bin Saeed al-Harthi', monitor: 'Khalil bin Saeed al-Harthi', vtv: 'Khalil bin Saeed al-Harthi', yawm: 'Khalil ben Said al-Harthy' }],
['znp', 'entity', 'variant', { aws: 'Zahrania National Petroleum (ZNP)', monitor: 'ZNP', vtv: 'ZNP', yawm: 'Company of Petroleum National of Zahrania' }, { unsure: true }],
['valgaz', 'entity', 'agree', { aws: 'Valgaz', daily: 'Valgaz', monitor: 'Valgaz', vtv: 'Valgaz', yawm: 'Valgaz' }, { org: true }],
['aerovance', 'entity', 'agree', { aws: 'Aerovance', daily: 'Aerovance', monitor: 'Aerovance', vtv: 'Aerovance' }, { org: true }],
['open-watch', 'entity', 'agree', { aws: 'Open Watch', daily: 'Open Watch', monitor: 'Open Watch', vtv: 'Open Watch' }, { org: true }],
['ras-hadir', 'entity', 'agree', { aws: 'Ras Hadir', monitor: 'Ras Hadir', yawm: 'Ras Hadir' }, { org: true }],
['aquila', 'entity', 'agree', { aws: 'Aquila', daily: 'Aquila', monitor: 'Aquila', vtv: 'Aquila', yawm: 'Aquila' }],
['roussard-quote', 'quote', 'variant', { aws: 'the beginning of a partnership for a whole generation', daily: 'we are building a partnership for a generation', vtv: 'building a partnership that will last a generation', yawm: 'the start of a partnership for a complete generation' }],
['harthi-quote', 'quote', 'variant', { aws: 'chooses its friends with care, and Valmont is one of them', yawm: 'Zahrania chooses its friends with caution, and Valmont is from them.' }],
['open-watch-quote', 'quote', 'agree', { aws: 'selling fighter jets without asking a single question', daily: 'without asking a single question' }],
['signing', 'event', 'variant', { aws: 'signed a long-term gas supply contract', daily: 'The contracts were signed', monitor: 'agreements with Zahrania, signed', vtv: 'has signed major gas and arms agreements', yawm: 'signed yesterday a group of agreements' }],
['joint-declaration', 'event', 'variant', { aws: 'signed a joint declaration on energy security and regional stability', yawm: 'signed also a common declaration about the security of the energy and the stability of the region' }],
['criticism', 'event', 'variant', { aws: 'Human rights groups criticised the arms sale', daily: 'Rights groups have also protested', monitor: 'have criticised the sale', vtv: 'Valmont was putting business before principles' }],
['invitation', 'event', 'variant', { aws: 'accepted an invitation to visit Valmont', monitor: 'Al-Harthi is expected in Valmont', yawm: 'accepted an invitation to visit Valmont' }],
];
