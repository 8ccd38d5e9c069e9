export const about = 'Written blind by helper fresh7 (blind7b). Tarvonia government and the Sarvel Liberation Front sign a ceasefire in Port Idrin, brokered by neighbouring Belkaria, Sat 14 Nov 2026; truce in force Sun 15 Nov. Planted conflicts: first prisoner release on Thursday 19 Nov (mpa "next Thursday", courier, bvn, glas) vs 26 November (brief, citing the annexed schedule); prisoners the government frees: 900 (mpa, bvn, brief "nine hundred", glas) vs 1,100 (courier, citing the SLF spokesman). Traps: 12 days of talks vs a 12-year war; three batches of 300 vs a 300-km front line; 212 captives held by the SLF vs more than 200 (bvn, vague); 60 monitors vs 10-km heavy-weapons pullback; 40,000 dead vs 1.2 million displaced; previous ceasefire of March 2023 that lasted six weeks vs two weeks between batches; talks opened Mon 2 Nov vs signing Sat 14 vs truce Sun 15 vs release Thu 19 vs monitors by 30 Nov vs political talks in January 2027. Undated: glas (machine translation), dateline "PORT IDRIN, 15 November", "yesterday" = Saturday 14.';
export const published = { glas: '2026-11-15' };
export const sources = [
{ id: 'mpa', outlet: 'Meridian Press Agency', published: '2026-11-14', text: `
PORT IDRIN, Belkaria, Nov 14 (MPA) - Tarvonia's government and the Sarvel Liberation Front (SLF) signed a ceasefire agreement on Saturday in the Belkarian capital, a deal meant to halt a 12-year insurgency that has killed more than 40,000 people.

The accord, reached after 12 days of talks hosted by neighbouring Belkaria, comes into force on Sunday and sets out a timetable for freeing prisoners. Under its terms, the government will release 900 detained rebels in three batches of 300, two weeks apart, with the first group to be set free next Thursday. The SLF will hand over 212 soldiers and police officers it holds, all of them in the first phase.

Tarvonian Interior Minister Mirela Kostovic and SLF commander Idris Bakhtarov put their names to the text, with Belkarian Foreign Minister Halvard Brenn signing as witness.

"This is not yet peace, but it is the road that leads to it," Kostovic told reporters after the ceremony.

Bakhtarov said his fighters would respect the truce "as long as Lesgrad keeps its word".

Belkaria will deploy 60 unarmed monitors along the roughly 300-kilometre front line by the end of the month, Brenn said. Both sides must also pull heavy weapons back 10 kilometres from their current positions.

"Belkaria will be a guarantor of this agreement, not a spectator," Brenn said.

The conflict in the mountainous Sarvel region began in 2014, when the SLF took up arms demanding self-rule for the region's mostly Sarvelian-speaking population. About 1.2 million people have been driven from their homes.

A previous ceasefire, agreed in March 2023, collapsed after six weeks amid mutual accusations of violations.

Talks on the political future of Sarvel, the most divisive issue, are due to begin in January, two diplomats familiar with the negotiations said. Tarvonian President Aurel Vanescu welcomed the deal in a written statement, calling it "a first step".

Belkaria, which shares a long mountain border with Sarvel, has hosted tens of thousands of refugees from the fighting and has pushed both sides for more than a year to return to the table.
` },
{ id: 'courier', outlet: 'The Lesgrad Courier', published: '2026-11-15', title: 'Guns fall silent in Sarvel as families count the days', text: `
Guns fall silent in Sarvel as families count the days

The first night of the truce passed without a single reported clash in the Sarvel highlands, the army and residents said yesterday, hours after the government and the rebels put their signatures to the deal in Port Idrin on Saturday.

"For the first time in months my children slept through the night," said Vesna Hadzic, a teacher in the frontline town of Dravec, reached by telephone.

In Lesgrad, a small crowd of mothers and wives gathered outside the gates of Korvan prison, where many of the detained fighters are held. The Interior Ministry said the first prisoners would walk free on Thursday, 19 November, but it has not published any names.

How many will eventually leave is not clear. Rasul Demirkhan, a spokesman for the Sarvel Liberation Front, told the Courier that 1,100 of the movement's members would be freed under the agreement, a figure the ministry declined to confirm. The rebels, for their part, are to free 212 servicemen they captured, among them 37 police officers.

Mirela Kostović, the interior minister who led the government delegation, returned to the capital late on Saturday. "It is not peace yet. But it is the road to peace," she told journalists at the airport, adding that nobody convicted of killing civilians would be released.

President Aurel Vanescu called the accord "a first step" and "a real one", and thanked Belkaria for its mediation.

The opposition was less warm. Tomas Ilic, leader of the National Unity Party, accused the government of "rewarding terrorists" and said his party would challenge the prisoner releases in court.

Twelve years of war have left deep scars on both sides. The fighting has forced some 1.2 million people to flee, and many of the villages along the front are empty.

Those who stayed remain cautious. "We had a ceasefire three years ago, too," said Hadzic. "It lasted until the snow melted."
` },
{ id: 'bvn', outlet: 'BVN World', published: '2026-11-15', title: 'Tarvonia ceasefire: what we know', text: `
Tarvonia ceasefire: what we know

Tarvonia and the rebels of the Sarvel Liberation Front have agreed a ceasefire after nearly two weeks of negotiations in neighbouring Belkaria. The truce took effect overnight, and by Sunday afternoon no fighting had been reported. Here is what the deal contains.

Who signed it?
The agreement was signed on Saturday in Port Idrin by Interior Minister Mirela Kostovic for the government and by rebel leader Idris Bakhtarov for the SLF. Belkaria's top diplomat, Halvard Brenn, chaired the talks.

What about the prisoners?
This is the heart of the deal. The government is to free 900 prisoners, in stages. The rebels will release more than 200 government soldiers and police officers. The first releases are due on Thursday.

Who will watch over it?
Belkaria will send 60 observers to the front line, all of them unarmed, by the end of November. Both sides are to withdraw heavy weapons 10km from the line of contact.

"We will be guarantors, not spectators," Mr Brenn said on Saturday.

Will it hold?
That is the big question. A ceasefire three years ago broke down after lasting just six weeks. This time, diplomats say, the prisoner exchange gives both sides a reason to keep their promises.

Bakhtarov warned that his men would observe the truce only "as long as Lesgrad keeps its promise".

What comes next?
The hardest part: the status of Sarvel itself. The rebels want broad autonomy; the government has so far offered only limited local powers. Those talks are expected early next year.

How bad has the war been?
More than 40,000 people have died since the uprising began, and more than a million have been displaced, many of them to Belkaria.

President Vanescu said in a statement that the ceasefire was "a first step". Across Sarvel, people were cautiously returning to markets on Sunday, and in some villages church bells were rung to mark the first day of the truce.
` },
{ id: 'brief', outlet: 'The Security Brief', published: '2026-11-17', title: 'Port Idrin deal: a truce built on a timetable', text: `
Port Idrin deal: a truce built on a timetable

The ceasefire signed on 14 November between Tarvonia and the Sarvel Liberation Front is, at its core, a schedule. Its main text runs to only eleven pages; the annex on prisoners is longer than the rest of the agreement combined.

According to the annex, seen by The Security Brief, Lesgrad is to free nine hundred detainees in tranches of 300, every fortnight. The first tranche is scheduled for 26 November, later than ministers suggested in public, apparently to give Belkarian officials time to check the lists against prison records. The SLF is to release all 212 of its captives at the same time as the first tranche.

The sequencing is deliberate. The government keeps most of its leverage until the final tranche, while the rebels give up theirs at once in exchange for guarantees from Belkaria. That is a significant concession by Idris Bakhtarov, and a sign of how much the SLF, with an estimated 8,000 fighters left, needs a pause.

The truce has been in force since 15 November. Heavy weapons are to be pulled back ten kilometres, and a Belkarian mission of 60 monitors should be in place along the 300km line of contact by 30 November. That is a thin presence for such a long front.

The failure of the March 2023 truce looms over all of this. It fell apart after barely six weeks, largely because there was no one on the ground to establish who had fired first.

The mediator also matters. Belkaria's foreign minister, Halvard Brenn, spent much of the talks, which opened on 2 November, shuttling between two hotels. Belkaria hosts more refugees from Sarvel than any other country and has a direct interest in quiet on its border.

For Interior Minister Mirela Kostović, the political risks are at home, where the opposition attacks any release as a reward for violence.

The real test comes in January, when talks on Sarvel's status are to start. A 12-year war that began in 2014 over self-rule will not end over prisoner lists alone.
` },
{ id: 'glas', outlet: 'Dnevni Glas (automatic translation)', text: `
PORT IDRIN, 15 November (Dnevni Glas) - The government of Tarvonia and the Front of Liberation of Sarvel have signed yesterday in Port Idrin the agreement about the cessation of the fire, with the mediation of Belkaria, after twelve days of negotiations which began on 2 November.

The cessation of the fire entered in force this Sunday at zero hours. According to the first information from the front, the night passed in calm.

By the agreement, the government will liberate 900 prisoners in three groups of 300, each two weeks, the first of which on 19 November. The Front will deliver 212 soldiers and policemen which it keeps in captivity.

The minister of Foreign Affairs of Belkaria, Halvard Brenn, declared that his country "will be guarantor of this agreement and not spectator". Belkaria will send 60 observers without weapons on the front of some 300 kilometres until the end of the month.

The minister of Interior of Tarvonia, Mirela Kostović, said: "This is still not the peace, but is the road toward it". From the side of the rebels the agreement signed the commander Idris Bahtarov.

The war in Sarvel began in the 2014 and carried away more of 40.000 lives. Hundreds of thousands of persons found refuge in Belkaria in these years.

The negotiations about the political status of Sarvel should begin in January. The previous truce, from the year 2023, did not survive even two months.

In Port Idrin the signing was followed by a reception in the Palace of the Government, to which took part also the ambassadors of the neighbouring countries. Brenn said that Belkaria "did only what the good neighbour must do" and that the merit belongs to the two delegations.

In the border villages of Belkaria the news was received with relief. "We hope that now our neighbours can return home," said the mayor of the border town Stari Most.
` },
];
export const facts = [
['signing-day', 'date', 'agree', { mpa: 'signed a ceasefire agreement on Saturday', courier: 'in Port Idrin on Saturday', bvn: 'signed on Saturday in Port Idrin', brief: 'signed on 14 November', glas: 'have signed yesterday' }, { values: ['2026-11-14'] }],
['in-force-day', 'date', 'agree', { mpa: 'comes into force on Sunday', brief: 'in force since 15 November', glas: 'entered in force this Sunday' }, { values: ['2026-11-15'] }],
['first-release-day', 'date', 'conflict', { mpa: 'next Thursday', courier: 'on Thursday, 19 November', bvn: 'due on Thursday', glas: 'the first of which on 19 November', brief: 'scheduled for 26 November' }],
['talks-start', 'date', 'agree', { brief: 'opened on 2 November', glas: 'began on 2 November' }, { values: ['2026-11-02'] }],
['war-start', 'date', 'agree', { mpa: 'began in 2014', brief: 'began in 2014', glas: 'began in the 2014' }, { values: ['2014'] }],
['previous-truce', 'date', 'agree', { mpa: 'agreed in March 2023', brief: 'the March 2023 truce', glas: 'from the year 2023' }, { values: ['2023-03'] }],
['status-talks', 'date', 'agree', { mpa: 'due to begin in January', brief: 'The real test comes in January', glas: 'should begin in January' }, { values: ['2027-01'] }],
['monitors-by', 'date', 'agree', { mpa: 'by the end of the month', bvn: 'by the end of November', brief: 'by 30 November', glas: 'until the end of the month' }, { values: ['2026-11-30'], unsure: true }],
['prisoners-freed', 'number', 'conflict', { mpa: 'release 900 detained rebels', bvn: 'free 900 prisoners', brief: 'nine hundred detainees', glas: 'liberate 900 prisoners', courier: '1,100 of the movement' }],
['batch-size', 'number', 'agree', { mpa: 'three batches of 300', brief: 'tranches of 300', glas: 'three groups of 300' }],
['interval', 'number', 'agree', { mpa: 'two weeks apart', brief: 'every fortnight', glas: 'each two weeks' }],
['captives', 'number', 'agree', { mpa: 'hand over 212 soldiers', courier: 'free 212 servicemen', bvn: 'more than 200 government soldiers', brief: 'all 212 of its captives', glas: 'deliver 212 soldiers' }],
['monitors', 'number', 'agree', { mpa: '60 unarmed monitors', bvn: '60 observers', brief: '60 monitors', glas: '60 observers without weapons' }],
['front-length', 'number', 'agree', { mpa: 'roughly 300-kilometre front line', brief: '300km line of contact', glas: 'some 300 kilometres' }],
['pullback', 'number', 'agree', { mpa: 'back 10 kilometres', bvn: '10km from the line', brief: 'ten kilometres' }],
['deaths', 'number', 'agree', { mpa: 'more than 40,000 people', bvn: 'More than 40,000 people have died', glas: 'more of 40.000 lives' }],
['displaced', 'number', 'agree', { mpa: 'About 1.2 million people', courier: 'some 1.2 million people', bvn: 'more than a million have been displaced' }],
['talks-days', 'number', 'agree', { mpa: '12 days of talks', bvn: 'nearly two weeks of negotiations', glas: 'twelve days of negotiations' }, { unsure: true }],
['war-years', 'number', 'agree', { mpa: '12-year insurgency', courier: 'Twelve years of war', brief: 'A 12-year war' }],
['previous-truce-length', 'number', 'agree', { mpa: 'collapsed after six weeks', bvn: 'lasting just six weeks', brief: 'barely six weeks' }],
['kostovic', 'entity', 'variant', { mpa: 'Mirela Kostovic', courier: 'Mirela Kostović', bvn: 'Mirela Kostovic', brief: 'Mirela Kostović', glas: 'Mirela Kostović' }],
['bakhtarov', 'entity', 'variant', { mpa: 'Idris Bakhtarov', bvn: 'Idris Bakhtarov', brief: 'Idris Bakhtarov', glas: 'Idris Bahtarov' }],
['brenn', 'entity', 'agree', { mpa: 'Halvard Brenn', bvn: 'Halvard Brenn', brief: 'Halvard Brenn', glas: 'Halvard Brenn' }],
['slf', 'entity', 'variant', { mpa: 'Sarvel Liberation Front (SLF)', courier: 'Sarvel Liberation Front', bvn: 'Sarvel Liberation Front', brief: 'Sarvel Liberation Front', glas: 'Front of Liberation of Sarvel' }],
['vanescu', 'entity', 'agree', { mpa: 'Aurel Vanescu', courier: 'President Aurel Vanescu', bvn: 'President Vanescu' }],
['port-idrin', 'entity', 'agree', { courier: 'Port Idrin', bvn: 'Port Idrin', brief: 'Port Idrin', glas: 'Port Idrin' }, { org: true }],
['belkaria', 'entity', 'agree', { mpa: 'Belkaria', courier: 'Belkaria', bvn: 'Belkaria', brief: 'Belkaria', glas: 'Belkaria' }, { org: true }],
['kostovic-quote', 'quote', 'variant', { mpa: 'This is not yet peace, but it is the road that leads to it', courier: 'It is not peace yet. But it is the road to peace', glas: 'This is still not the peace, but is the road toward it' }],
['brenn-quote', 'quote', 'variant', { mpa: 'Belkaria will be a guarantor of this agreement, not a spectator', bvn: 'We will be guarantors, not spectators', glas: 'will be guarantor of this agreement and not spectator' }],
['bakhtarov-quote', 'quote', 'variant', { mpa: 'as long as Lesgrad keeps its word', bvn: 'as long as Lesgrad keeps its promise' }],
['vanescu-quote', 'quote', 'agree', { mpa: 'a first step', courier: 'a first step', bvn: 'a first step' }],
['signing', 'event', 'variant', { mpa: 'signed a ceasefire agreement', courier: 'put their signatures to the deal', bvn: 'have agreed a ceasefire', glas: 'have signed yesterday in Port Idrin the agreement about the cessation of the fire' }],
['government-release', 'event', 'variant', { mpa: 'the government will release 900 detained rebels', bvn: 'The government is to free 900 prisoners', brief: 'Lesgrad is to free nine hundred detainees', glas: 'the government will liberate 900 prisoners' }],
['rebel-release', 'event', 'variant', { mpa: 'The SLF will hand over 212 soldiers', courier: 'The rebels, for their part, are to free 212 servicemen', bvn: 'The rebels will release more than 200', brief: 'The SLF is to release all 212', glas: 'The Front will deliver 212 soldiers' }],
['monitor-deployment', 'event', 'variant', { mpa: 'Belkaria will deploy 60 unarmed monitors', bvn: 'Belkaria will send 60 observers', glas: 'Belkaria will send 60 observers' }],
['weapons-pullback', 'event', 'variant', { mpa: 'pull heavy weapons back', bvn: 'withdraw heavy weapons', brief: 'Heavy weapons are to be pulled back' }],
['previous-collapse', 'event', 'variant', { mpa: 'collapsed after six weeks', bvn: 'broke down after lasting just six weeks', brief: 'It fell apart after barely six weeks' }],
];
