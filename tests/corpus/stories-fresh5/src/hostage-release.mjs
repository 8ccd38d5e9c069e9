export const about = 'Written blind by helper fresh5. Planted conflicts: the three were abducted on 2 June (gwa, nbx, monitor "on 2 June") vs "on May 30" (herald, citing the family); echo\'s "more than three months ago" fits both and is left out. Prisoners freed in return: seven (gwa, monitor) vs 12 (echo, citing the group\'s statement); nbx "several prisoners" is vague and left out. Traps: 12 prisoners vs 12 remaining international staff; 94 days in captivity vs Hale aged 51 vs driver 45; release Fri 4 Sep vs landing Sat 5 Sep vs the first proof-of-life video in July (single) vs the 2023 kidnapping (single); three hostages vs third kidnapping of foreigners this year. Undated: echo, whose dateline has no date and which uses only relative dates ("yesterday", "this Saturday").';
export const published = { echo: '2026-09-05' };
export const sources = [
{ id: 'gwa', outlet: 'Global Wire Agency', published: '2026-09-04', text: `
MANDAROUN, Kessara, Sept 4 (GWA) - Three aid workers held by an armed group in eastern Kessara for 94 days were freed on Friday after mediation by the Emirate of Zahran, officials said.

Nurse Margaux Lefevre, 34, engineer Daniel Hale, 51, and their Kessaran driver Umar Tanjigora, 45, were handed over to Zahrani mediators near the desert town of In-Kelbane and flown by helicopter to the capital, Mandaroun, a Kessaran security official told GWA.

The three, who worked for the relief organisation Aid Horizon, were kidnapped on June 2 while driving back from a clinic they ran for displaced families. The Eastern Sands Brigade, which operates along the border, later claimed responsibility.

A Kessaran security source, speaking on condition of anonymity, said seven prisoners linked to the group had been released from a jail in the east as part of the deal. The government did not comment on that claim, and all sides denied that any ransom had been paid.

"They are tired and thinner, but in good health," said Aid Horizon director Ines Carvalho. "This is the day we have waited for since June."

Zahran's foreign ministry thanked "all parties" and said the mediation had been led by its special envoy, Sheikh Hamad bin Rashid al-Nuaimi, who travelled to Kessara twice in August.

The two foreign hostages were expected to fly home on Saturday after medical checks.

Kidnappings of foreigners have become more frequent in eastern Kessara, where government forces have lost control of large areas to armed groups. This was the third kidnapping of foreign nationals in the country this year.

Aid Horizon has suspended its work in the region and withdrawn its 12 remaining international staff, Carvalho said, adding that local employees would continue to run two clinics.
` },
{ id: 'nbx', outlet: 'NBX World', published: '2026-09-05', title: "'I never stopped believing': freed aid workers land home", text: `
'I never stopped believing': freed aid workers land home

Two aid workers held hostage for more than three months in Kessara touched down on Saturday morning to hugs, tears and a small crowd waving flags at the military airport.

Daniel Hale, an engineer, and nurse Margaux Lefèvre walked down the steps of a government plane shortly after dawn, both visibly thinner. Hale lifted his youngest daughter into the air before speaking briefly to reporters.

"I never stopped believing I would see my children again," he said. "Some days that belief was all I had."

The pair, together with their Kessaran driver, were released on Friday in a remote part of eastern Kessara after negotiations led by the small emirate of Zahran. They had been abducted on 2 June by the Eastern Sands Brigade, an armed group that has controlled stretches of the eastern border for several years.

Reports from the region suggest several prisoners were let go by the Kessaran authorities in return, though officials have refused to confirm any exchange. The foreign ministry insisted no ransom was paid.

Foreign Minister Rachel Okonjo thanked the Emir of Zahran and his envoy, Sheikh Hamad bin Rashid al-Nuaimi, "for their patience and their courage".

Aid Horizon, the charity the three worked for, said its staff would get counselling and as much time as they needed. Its director, Ines Carvalho, said: "Today we are simply happy. The questions can wait."

The driver, Umar Tanjigora, returned to his family in Mandaroun.

It is the third time this year that foreigners have been kidnapped in Kessara. Travel advice has warned against all travel to the eastern provinces since 2023, when two mining engineers were seized and held for almost a year.
` },
{ id: 'herald', outlet: 'Westerby Herald', published: '2026-09-05', title: 'Daniel is coming home', text: `
Daniel is coming home

For more than three months, the yellow ribbons on the railings of St Aldric's church in Westerby have been a daily reminder of one of our own. This weekend, they can finally come down.

Daniel Hale, the 51-year-old water engineer who grew up on Marsh Lane and went to Westerby Grammar, was freed on Friday with two colleagues after being held by gunmen in the Kessaran desert since May 30.

His sister, Joanne Pryor, told the Herald that the family had been given that date by Aid Horizon in the first days after the kidnapping, although later official statements gave a date a few days later. "To us it was always May 30. That was the last time he called," she said.

The news reached Westerby late on Friday afternoon. "Mum just sat down and cried. Then she put the kettle on," Joanne said. "We'll hold the party when he's had some sleep."

Daniel was due to land at the military airport early on Saturday, along with nurse Margaux Lefèvre, who had worked beside him at a clinic for displaced families near In-Kelbane. Their driver, Oumar Tandjigora, was also freed.

A security source quoted by news agencies said seven prisoners had been released by the Kessaran government as part of a deal brokered by the Emirate of Zahran. The family said they knew nothing about the terms and did not want to. In a short message passed on by the Foreign Office, Daniel told them he had "never stopped believing he would see the children again".

Daniel's former teacher, Malcolm Reeve, remembered a quiet boy "who mended everybody's bikes". Friends in Westerby raised more than £18,000 during his captivity for the clinic where he worked.

The first sign he was alive came in July, when the kidnappers released a short video. "Seeing him thin and tired was awful," Joanne said, "but it was also the best day of the summer - until yesterday."

The vigil planned for Sunday evening at St Aldric's will now be a service of thanksgiving.
` },
{ id: 'monitor', outlet: 'Sahel Security Monitor', published: '2026-09-07', title: 'Behind the Aid Horizon release: Zahran\'s quiet diplomacy', text: `
Behind the Aid Horizon release: Zahran's quiet diplomacy

The release on 4 September of three Aid Horizon workers held in eastern Kessara confirms Zahran's growing role as the go-to mediator in the region's hostage crises.

The nurse, engineer and driver had been seized on 2 June on the road outside In-Kelbane, an area where the Eastern Sands Brigade collects "taxes" from trucks and aid convoys. The group has in the past demanded both money and the release of its fighters; this time, according to our sources in Mandaroun, it obtained the latter.

Seven detainees, including a mid-level commander captured in 2024, were released from Tamsa prison two days before the handover. Kessara's government has neither confirmed nor denied this, and Zahran's statement spoke only of "humanitarian goodwill on all sides".

The envoy who carried the talks, Sheikh Hamad bin Rashid al-Nuaimi, is a former intelligence officer who built up contacts with armed groups in the region during earlier negotiations. He made two trips to Kessara in August, meeting both government officials and intermediaries with tribal ties to the brigade.

For humanitarian organisations the episode is a serious setback. Aid Horizon has pulled out its expatriate staff, and at least two other agencies are reviewing their presence in the east. Access to an estimated 300,000 displaced people depends on a handful of such groups.

For the brigade, the outcome is a clear gain: a prisoner exchange in all but name, and renewed attention. Analysts fear it will encourage further abductions. Three kidnappings of foreigners have already been recorded in Kessara this year, compared with one in the whole of 2025.

Zahran, for its part, gains credit in foreign capitals at little cost. Its mediators are now involved in at least two other hostage cases in the wider region, according to diplomats.
` },
{ id: 'echo', outlet: "L'Écho de Tamsa (automatic translation)", text: `
TAMSA (L'Écho de Tamsa) - The three humanitarians of the organisation Aid Horizon, kidnapped more than three months ago in the east of the country, have been liberated yesterday, after 94 days of captivity, thanks to a mediation of the Emirate of Zahran.

The French-speaking nurse Margaux Lefèvre, the engineer Daniel Hale and the Kessaran chauffeur Oumar Tandjigora were remitted to the emissaries of Zahran in the region of In-Kelbane, according to a local notable who assisted to the scene. They were then transported in helicopter to Mandaroun.

In a communiqué received by our editorial office, the Brigade of the Eastern Sands affirms to have obtained in exchange the liberation of 12 of its combatants, detained in the prison of Tamsa. The authorities have not reacted. The organisation denies also any payment of ransom.

The envoy of Zahran, the sheikh Hamed ben Rached al-Nouaïmi, had made two visits to Kessara during the last month.

"They are fatigued and have lost weight, but they are in good health", declared the director of Aid Horizon, Inès Carvalho. The two foreigners must regain their country this Saturday.

In Tamsa, the news was received with relief but also with worry. Many families depend on the clinics of the humanitarian organisations, and Aid Horizon has already withdrawn its 12 expatriate agents.

"The kidnappers have won, and it is the poor who will pay", estimated a nurse of the hospital of Tamsa, who asked to keep the anonymity.

This kidnapping is the third of foreigners in Kessara since the start of the year. The region of Tamsa is classified red by the majority of the foreign chancelleries.
` },
];
export const facts = [
['release-day', 'date', 'agree', { gwa: 'freed on Friday', nbx: 'released on Friday', herald: 'was freed on Friday', monitor: 'on 4 September', echo: 'liberated yesterday' }, { values: ['2026-09-04'] }],
['kidnap-day', 'date', 'conflict', { gwa: 'on June 2', nbx: 'on 2 June by', monitor: 'seized on 2 June', herald: 'since May 30' }],
['home-day', 'date', 'agree', { gwa: 'fly home on Saturday', nbx: 'touched down on Saturday morning', herald: 'early on Saturday', echo: 'this Saturday' }, { values: ['2026-09-05'] }],
['envoy-trips', 'date', 'agree', { gwa: 'twice in August', monitor: 'two trips to Kessara in August', echo: 'during the last month' }, { values: ['2026-08'] }],
['days', 'number', 'agree', { gwa: 'for 94 days', echo: 'after 94 days of captivity' }],
['hostages', 'number', 'agree', { gwa: 'Three aid workers', monitor: 'three Aid Horizon workers', echo: 'The three humanitarians' }],
['prisoners', 'number', 'conflict', { gwa: 'seven prisoners', herald: 'seven prisoners', monitor: 'Seven detainees', echo: 'liberation of 12 of its combatants' }],
['hale-age', 'number', 'agree', { gwa: 'Daniel Hale, 51', herald: 'the 51-year-old water engineer' }],
['staff-withdrawn', 'number', 'agree', { gwa: 'its 12 remaining international staff', echo: 'its 12 expatriate agents' }],
['third-kidnapping', 'number', 'agree', { gwa: 'the third kidnapping of foreign nationals', nbx: 'the third time this year', monitor: 'Three kidnappings of foreigners', echo: 'the third of foreigners' }, { unsure: true }],
['envoy-visits', 'number', 'agree', { gwa: 'travelled to Kessara twice', monitor: 'two trips', echo: 'two visits' }],
['lefevre', 'entity', 'variant', { gwa: 'Margaux Lefevre', nbx: 'Margaux Lefèvre', herald: 'Margaux Lefèvre', echo: 'Margaux Lefèvre' }],
['hale', 'entity', 'agree', { gwa: 'Daniel Hale', nbx: 'Daniel Hale', herald: 'Daniel Hale', echo: 'Daniel Hale' }],
['driver', 'entity', 'variant', { gwa: 'Umar Tanjigora', nbx: 'Umar Tanjigora', herald: 'Oumar Tandjigora', echo: 'Oumar Tandjigora' }],
['envoy', 'entity', 'variant', { gwa: 'Sheikh Hamad bin Rashid al-Nuaimi', nbx: 'Sheikh Hamad bin Rashid al-Nuaimi', monitor: 'Sheikh Hamad bin Rashid al-Nuaimi', echo: 'Hamed ben Rached al-Nouaïmi' }],
['carvalho', 'entity', 'variant', { gwa: 'Ines Carvalho', nbx: 'Ines Carvalho', echo: 'Inès Carvalho' }],
['brigade', 'entity', 'variant', { gwa: 'Eastern Sands Brigade', nbx: 'Eastern Sands Brigade', monitor: 'Eastern Sands Brigade', echo: 'Brigade of the Eastern Sands' }],
['aid-horizon', 'entity', 'agree', { gwa: 'Aid Horizon', nbx: 'Aid Horizon', herald: 'Aid Horizon', monitor: 'Aid Horizon', echo: 'Aid Horizon' }, { org: true }],
['zahran', 'entity', 'agree', { gwa: 'Emirate of Zahran', nbx: 'Zahran', herald: 'Emirate of Zahran', monitor: 'Zahran', echo: 'Emirate of Zahran' }, { org: true }],
['in-kelbane', 'entity', 'agree', { gwa: 'In-Kelbane', herald: 'In-Kelbane', monitor: 'In-Kelbane', echo: 'In-Kelbane' }, { org: true }],
['mandaroun', 'entity', 'agree', { gwa: 'Mandaroun', nbx: 'Mandaroun', monitor: 'Mandaroun', echo: 'Mandaroun' }, { org: true }],
['hale-quote', 'quote', 'variant', { nbx: 'I never stopped believing I would see my children again', herald: 'never stopped believing he would see the children again' }],
['carvalho-quote', 'quote', 'variant', { gwa: 'They are tired and thinner, but in good health', echo: 'They are fatigued and have lost weight, but they are in good health' }],
['release', 'event', 'variant', { gwa: 'were freed on Friday after mediation', nbx: 'were released on Friday in a remote part', herald: 'freed on Friday with two colleagues', monitor: 'The release on 4 September', echo: 'have been liberated yesterday' }],
['mediation', 'event', 'variant', { gwa: 'after mediation by the Emirate of Zahran', nbx: 'after negotiations led by the small emirate of Zahran', herald: 'a deal brokered by the Emirate of Zahran', echo: 'thanks to a mediation of the Emirate of Zahran' }],
['handover', 'event', 'variant', { gwa: 'were handed over to Zahrani mediators', echo: 'were remitted to the emissaries of Zahran' }],
['kidnapping', 'event', 'variant', { gwa: 'were kidnapped on June 2', nbx: 'They had been abducted', monitor: 'had been seized', echo: 'kidnapped more than three months ago' }],
['no-ransom', 'event', 'variant', { gwa: 'all sides denied that any ransom had been paid', nbx: 'insisted no ransom was paid', echo: 'denies also any payment of ransom' }],
['airlift', 'event', 'variant', { gwa: 'flown by helicopter to the capital', echo: 'transported in helicopter to Mandaroun' }],
['staff-pullout', 'event', 'variant', { gwa: 'withdrawn its 12 remaining international staff', monitor: 'has pulled out its expatriate staff', echo: 'has already withdrawn its 12 expatriate agents' }],
];
