export const about = 'Written blind by helper fresh6a. Planted conflicts: the schools close from Monday 19 Oct (pna, erk, bulletin "since Monday 19 October", posten "from Monday") vs "from Wednesday" (tidende, citing the municipality\'s letter to parents); schools closed 12 (pna, tidende, erk, posten "twelve") vs 14 (bulletin, citing the institute\'s situation report). Traps: 14 schools vs symptoms 10 to 14 days after exposure; 214 cases vs 21 days of exclusion vs 21 children in intensive care (single); a two-year-old boy vs two weeks of closure; 78% coverage vs 95% target vs 95 cases in Østre Brekke; death Thu 15 vs announcement Fri 16 vs weekend clinics Sat 17-Sun 18 vs closure Mon 19 vs reopening 30 Oct; first case 3 Sep vs the 2019 outbreak. Undated: posten, dateline "SØLVIK, 18 October".';
export const published = { posten: '2026-10-18' };
export const sources = [
{ id: 'pna', outlet: 'Polar News Agency', published: '2026-10-16', text: `
SØLVIK, Eskeland, Oct 16 (PNA) - Authorities in the Eskeland city of Sølvik said on Friday they would close 12 schools for two weeks from Monday to slow a measles outbreak that has infected 214 people and killed a two-year-old boy.

The boy died on Thursday at Sølvik University Hospital, the first measles death in the country in more than a decade. He had not been vaccinated, the hospital said.

"Measles is not a harmless childhood illness. It can kill, and this week it did," said Ingrid Haraldsen, the city's chief medical officer. "The only real protection is two doses of vaccine."

Of the 214 confirmed cases, 31 people have needed hospital care. Most of those infected are children under ten. Symptoms usually appear 10 to 14 days after exposure, which means new cases are expected for weeks, health officials said.

The outbreak began with a child who returned from a trip abroad and was diagnosed on 3 September, according to the National Institute of Public Health (NIPH). It has since spread mainly in the district of Østre Brekke, where only 78% of children have received both doses of the vaccine, far below the 95% recommended by the World Health Organization.

The closures affect nearly 7,000 pupils, city education director Tomas Lunde said. "Closing schools is the last thing we wanted to do, but we cannot let the virus move from classroom to classroom," he said.

Schools are due to reopen on 30 October. Unvaccinated children who have been in contact with a case will have to stay at home for 21 days.

The city will open vaccination clinics in shopping centres, libraries and sports halls on Saturday and Sunday, and mobile teams will visit housing estates. Health Minister Anja Brekkestad said the government would release 40 million crowns to help municipalities catch up on vaccinations.

Eskeland's last large measles outbreak, in 2019, infected about 90 people.
` },
{ id: 'tidende', outlet: 'Sølvik Tidende', published: '2026-10-17', title: 'Schools shut as measles spreads: parents scramble for childcare', text: `
Schools shut as measles spreads: parents scramble for childcare

Parents in Sølvik spent Friday evening making phone calls. After the municipality decided to close twelve schools because of the measles outbreak, many of them suddenly had to find someone to look after their children for two weeks.

According to the letter sent to parents by the municipality, the closures will take effect from Wednesday, to give families and employers time to prepare. Teachers will use Monday and Tuesday to set up online lessons. The schools will reopen on 30 October at the earliest.

"I work nights at the hospital, my husband drives a bus. Who is going to stay with our kids?" asked Leila Amiri, a mother of three from Østre Brekke, the district at the centre of the outbreak.

The decision came a day after a two-year-old boy from the district died of the disease. He is the first person in Eskeland to die of measles in over ten years. His family has asked for privacy.

The number of cases rose to 214 on Friday. Thirty-one patients have been admitted to hospital, among them several babies too young to be vaccinated.

The city's chief medical officer, Dr. Ingrid Haraldsen, said the closures were unavoidable. "It is not a harmless children's disease. It kills, and this week it killed," she said.

Education director Tomas Lunde admitted that closing schools was "the very last thing" the city wanted, but said the virus could not be allowed to "go from class to class".

In Østre Brekke, vaccination rates have dropped to 78 per cent, well under the 95 per cent target. Health workers blame rumours spread on social media and a lack of family doctors in the district.

Children who are not vaccinated and have been exposed will be kept at home for 21 days, even after their school reopens.

This weekend, the vaccine will be offered without an appointment at the Brekke shopping centre, the main library and the Nordhall sports arena.
` },
{ id: 'bulletin', outlet: 'Epidemic Intelligence Bulletin', published: '2026-10-20', title: 'Measles in Sølvik: 214 cases, one death, school closures', text: `
Measles in Sølvik: 214 cases, one death, school closures

Situation. As of 16 October, 214 laboratory-confirmed measles cases had been notified in the municipality of Sølvik, Eskeland. The index case, a child returning from abroad, was confirmed on 3 September. Cases are concentrated in the Østre Brekke district, which accounts for 95 of them. Most cases are children under 10 years; 31 have been hospitalised, 21 of them with pneumonia. One death, in an unvaccinated two-year-old, was reported on 15 October.

Vaccination coverage. Two-dose MMR coverage in Østre Brekke is 78%, compared with a national average of 93% and the 95% threshold needed to stop transmission.

Measures. According to the situation report of the National Institute of Public Health, 14 schools in the affected districts have been closed since Monday 19 October, with reopening planned for 30 October. The municipality's own communication mentioned twelve; the difference could not be clarified at the time of writing. Unvaccinated contacts are excluded from school and childcare for 21 days after their last exposure.

A catch-up vaccination campaign began on 17 October with walk-in clinics and mobile teams. According to the municipality, about 3,400 doses were given over the weekend. The health ministry has announced 40 million crowns for catch-up vaccination nationally.

Assessment. Given the incubation period of 10 to 14 days and the low coverage in the affected district, further cases are expected in the coming weeks, including among infants too young to be vaccinated. School closures can reduce contacts but are unlikely on their own to stop transmission; rapid vaccination of susceptible children is the key measure.

Comment. "The only real protection is two doses," said Sølvik's chief medical officer, Ingrid Haraldsen. Eskeland's previous large outbreak, in 2019, involved about 90 cases.
` },
{ id: 'erk', outlet: 'ERK News', published: '2026-10-16', title: 'Measles: twelve Sølvik schools to close after child dies', text: `
Measles: twelve Sølvik schools to close after child dies

Twelve schools in Sølvik will close from Monday for two weeks because of a growing measles outbreak, the city announced on Friday.

The decision follows the death of a two-year-old boy on Thursday. He is the first person to die of measles in Eskeland in more than ten years.

So far 214 cases have been confirmed in the city, most of them young children. 31 people have been treated in hospital.

"Measles is not harmless. It can kill, and that is what happened this week," the chief medical officer, Ingrid Haraldsen, told ERK. She urged parents to check their children's vaccination records.

Almost 7,000 pupils will have to stay at home. The schools are expected to reopen on 30 October. Lessons will move online where possible.

The outbreak is centred on the Ostre Brekke district, where vaccination coverage is only 78 percent. Health authorities recommend at least 95 percent.

Education director Tomas Lunde said the closures were "the last thing we wanted". Some parents criticised the short notice, saying they had been given only a weekend to organise childcare.

Free vaccination will be available this weekend at several places in the city, with no appointment needed. Health Minister Anja Brekkestad promised 40 million crowns for the vaccination effort.

The National Institute of Public Health says most of those infected were not vaccinated. Measles is one of the most contagious diseases known: one infected person can pass it on to up to 18 others.

Children who have not been vaccinated and who have been in contact with an infected person must stay at home for 21 days.

The first case in the outbreak was confirmed in early September.
` },
{ id: 'posten', outlet: 'Brekke-Posten (automatic translation)', text: `
SØLVIK, 18 October (Brekke-Posten) - Twelve schools in Sølvik hold the doors closed from Monday, after the measles infection has reached 214 persons in the municipality. The schools shall open again the 30. October.

The decision was taken on Friday, one day after that a boy of two years died from measles at the University Hospital of Sølvik. It is the first death of measles in Eskeland on more than ten years.

"The measles is not an innocent children's illness. She can kill, and this week she has killed," says the municipal chief physician Ingrid Haraldsen.

31 patients have been laid in at the hospital. The infection spread first of all in Øst-Brekke, where only 78 percent of the children have taken both doses of vaccine. The goal of the health authorities is 95 percent.

The first case was confirmed the 3. September, by a child who had travelled abroad, informs the National Institute for Folk Health.

Almost 7000 pupils are touched by the closure. "To close the schools was the last we wished, but we cannot let the virus wander from class to class," says the school director Tomas Lunde.

Children who are not vaccinated and have been in contact with infected shall stay at home in 21 days.

Yesterday and today the municipality offers vaccine without appointment in the shopping centre, the library and the sports hall. According to the municipality, so far several thousand have been vaccinated.

The health minister Anja Brekkestad has promised 40 million kroner to the vaccination.
` },
];
export const facts = [
['closure-start', 'date', 'conflict', { pna: 'two weeks from Monday', erk: 'will close from Monday', bulletin: 'closed since Monday 19 October', posten: 'closed from Monday', tidende: 'take effect from Wednesday' }],
['death-day', 'date', 'agree', { pna: 'The boy died on Thursday', tidende: 'a day after a two-year-old boy', bulletin: 'reported on 15 October', erk: 'two-year-old boy on Thursday', posten: 'one day after that a boy' }, { values: ['2026-10-15'] }],
['decision-day', 'date', 'agree', { pna: 'said on Friday', erk: 'the city announced on Friday', posten: 'The decision was taken on Friday' }, { values: ['2026-10-16'] }],
['reopening', 'date', 'agree', { pna: 'reopen on 30 October', tidende: 'reopen on 30 October', bulletin: 'reopening planned for 30 October', erk: 'expected to reopen on 30 October', posten: 'the 30. October' }, { values: ['2026-10-30'] }],
['first-case', 'date', 'agree', { pna: 'diagnosed on 3 September', bulletin: 'confirmed on 3 September', erk: 'confirmed in early September', posten: 'the 3. September' }, { values: ['2026-09-03'] }],
['clinics-day', 'date', 'agree', { pna: 'on Saturday and Sunday', tidende: 'This weekend, the vaccine', bulletin: 'began on 17 October', erk: 'available this weekend', posten: 'Yesterday and today' }, { unsure: true, values: ['2026-10-17'] }],
['last-outbreak', 'date', 'agree', { pna: 'in 2019', bulletin: 'in 2019' }, { values: ['2019'] }],
['schools', 'number', 'conflict', { pna: 'close 12 schools', tidende: 'close twelve schools', erk: 'Twelve schools in Sølvik will close', posten: 'Twelve schools in Sølvik hold', bulletin: '14 schools in the affected districts' }],
['cases', 'number', 'agree', { pna: 'infected 214 people', tidende: 'rose to 214', bulletin: '214 laboratory-confirmed', erk: '214 cases have been confirmed', posten: 'reached 214 persons' }],
['hospitalised', 'number', 'agree', { pna: '31 people have needed hospital care', tidende: 'Thirty-one patients', bulletin: '31 have been hospitalised', erk: '31 people have been treated', posten: '31 patients' }],
['boy-age', 'number', 'agree', { pna: 'a two-year-old boy', tidende: 'a two-year-old boy from', bulletin: 'two-year-old, was', erk: 'a two-year-old boy on', posten: 'a boy of two years' }],
['weeks', 'number', 'agree', { pna: 'for two weeks from', tidende: 'for two weeks.', erk: 'for two weeks because' }],
['coverage', 'number', 'agree', { pna: 'only 78% of children', tidende: '78 per cent', bulletin: 'Østre Brekke is 78%', erk: 'only 78 percent', posten: 'only 78 percent' }],
['target', 'number', 'agree', { pna: 'the 95% recommended', tidende: 'the 95 per cent target', bulletin: 'the 95% threshold', erk: 'at least 95 percent', posten: 'is 95 percent' }],
['pupils', 'number', 'agree', { pna: 'nearly 7,000 pupils', erk: 'Almost 7,000 pupils', posten: 'Almost 7000 pupils' }],
['exclusion', 'number', 'agree', { pna: 'home for 21 days', tidende: 'home for 21 days', bulletin: 'childcare for 21 days', erk: 'home for 21 days', posten: 'home in 21 days' }],
['funds', 'number', 'agree', { pna: '40 million crowns to help', bulletin: '40 million crowns for catch-up', erk: '40 million crowns for the vaccination', posten: '40 million kroner' }],
['incubation', 'number', 'agree', { pna: '10 to 14 days after exposure', bulletin: 'incubation period of 10 to 14 days' }],
['old-cases', 'number', 'agree', { pna: 'about 90 people', bulletin: 'about 90 cases' }],
['haraldsen', 'entity', 'agree', { pna: 'Ingrid Haraldsen', tidende: 'Dr. Ingrid Haraldsen', bulletin: 'Ingrid Haraldsen', erk: 'Ingrid Haraldsen', posten: 'Ingrid Haraldsen' }],
['lunde', 'entity', 'agree', { pna: 'Tomas Lunde', tidende: 'Tomas Lunde', erk: 'Tomas Lunde', posten: 'Tomas Lunde' }],
['brekkestad', 'entity', 'agree', { pna: 'Anja Brekkestad', erk: 'Anja Brekkestad', posten: 'Anja Brekkestad' }],
['district', 'entity', 'variant', { pna: 'Østre Brekke', tidende: 'Østre Brekke', bulletin: 'Østre Brekke', erk: 'Ostre Brekke', posten: 'Øst-Brekke' }],
['niph', 'entity', 'variant', { pna: 'National Institute of Public Health (NIPH)', bulletin: 'National Institute of Public Health', erk: 'National Institute of Public Health', posten: 'National Institute for Folk Health' }, { unsure: true }],
['city', 'entity', 'agree', { pna: 'Sølvik', tidende: 'Sølvik', bulletin: 'Sølvik', erk: 'Sølvik', posten: 'Sølvik' }, { org: true }],
['hospital', 'entity', 'variant', { pna: 'Sølvik University Hospital', posten: 'University Hospital of Sølvik' }],
['haraldsen-quote', 'quote', 'variant', { pna: 'Measles is not a harmless childhood illness. It can kill, and this week it did', tidende: 'It is not a harmless children\'s disease. It kills, and this week it killed', erk: 'Measles is not harmless. It can kill, and that is what happened this week', posten: 'The measles is not an innocent children\'s illness. She can kill, and this week she has killed' }],
['lunde-quote', 'quote', 'variant', { pna: 'Closing schools is the last thing we wanted to do, but we cannot let the virus move from classroom to classroom', tidende: 'the very last thing', erk: 'the last thing we wanted', posten: 'To close the schools was the last we wished, but we cannot let the virus wander from class to class' }],
['two-doses-quote', 'quote', 'variant', { pna: 'The only real protection is two doses of vaccine.', bulletin: 'The only real protection is two doses,' }],
['closure', 'event', 'variant', { pna: 'would close 12 schools', tidende: 'decided to close twelve schools', erk: 'will close from Monday', posten: 'hold the doors closed' }],
['death', 'event', 'variant', { pna: 'The boy died', tidende: 'died of the disease', bulletin: 'One death, in an unvaccinated', erk: 'The decision follows the death', posten: 'died from measles' }],
['vaccination-drive', 'event', 'variant', { pna: 'will open vaccination clinics', tidende: 'the vaccine will be offered without an appointment', bulletin: 'A catch-up vaccination campaign began', erk: 'Free vaccination will be available', posten: 'the municipality offers vaccine without appointment' }],
['exclusion-rule', 'event', 'variant', { pna: 'will have to stay at home', tidende: 'will be kept at home', bulletin: 'Unvaccinated contacts are excluded', erk: 'must stay at home', posten: 'shall stay at home' }],
];
