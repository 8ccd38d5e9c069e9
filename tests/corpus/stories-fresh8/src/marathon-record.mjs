export const about = 'Written blind by helper fresh8. Abel Nduru Kasiwa of Lesandia breaks the marathon world record (2:00:27) at the Brennholm Marathon, Velsland, on Sunday 4 Oct 2026. Planted conflicts: the old record (Gudisso\'s 2:01:09 at Valmeer) was set in April 2025 (mpa; courier "in April last year"; reveil "last year") vs "in October 2024" (stride); the world-record bonus is $150,000 (mpa, vbs "150,000 dollars", reveil "150.000 dollars") vs $100,000 (courier, citing the race director, who says the rest is a shoe sponsor\'s bonus). stride\'s "six-figure record bonus" fits both and is left out. Traps: 2:00:27 vs Kasiwa aged 27; 42-second improvement vs 42.195 km; 38,000 runners vs the 38th edition; $150,000 bonus vs $50,000 winner\'s prize; pacemakers gone at 30 km vs the last 12 km alone vs the 35-km moment in the quote; debut in 2023 vs the old course record (2:03:50) from 2023; race Sun 4 Oct vs homecoming Wed 7 Oct; women\'s race won by Greta Holmsveen in 2:17:40 (a different event the same day); Dorrow second in 2:02:14 vs Kasiwa\'s old best 2:02:40; Brinkhaus moved to Lesandia a decade ago vs the biggest cut "in more than a decade" (stride) vs "only ten men" under 2:03 (vbs). Undated: reveil, whose dateline has no date and which uses only relative dates ("yesterday", "this Wednesday", "last year").';
export const published = { reveil: '2026-10-05' };
export const sources = [
{ id: 'mpa', outlet: 'Meridian Press Agency', published: '2026-10-04', text: `
BRENNHOLM, Velsland, Oct 4 (MPA) - Lesandia's Abel Nduru Kasiwa broke the men's marathon world record on Sunday, winning the Brennholm Marathon in 2:00:27 and taking the sport to within touching distance of the two-hour barrier.

The 27-year-old took 42 seconds off the previous mark of 2:01:09, set by Yonas Teferra Gudisso at the Valmeer Marathon in April 2025. His own best before Sunday was 2:02:40.

Kasiwa went through halfway in 59:51 behind three pacemakers, who all dropped out at 30 kilometres. From there he ran alone along the canals of the old town, his lead growing with every kilometre, and crossed the line in front of the town hall with his arms spread wide.

"At 35 kilometres I told myself: it is today, or it is never," Kasiwa said. "My legs were hurting, but I could hear the people and I kept pushing."

His compatriot Ismail Dorrow finished second in 2:02:14, more than a minute and a half behind. Home favourite Greta Holmsveen won the women's race in 2:17:40, a national record.

The time must still be ratified by the World Road Running Council (WRRC), which will check the course measurement and the results of the doping tests taken after the finish. Race director Henning Aalvik said the course had been measured twice this year and that he expected no problems.

Kasiwa collects $50,000 for the win and a world-record bonus of $150,000, organisers said.

The record crowns a rapid rise. Kasiwa ran his first marathon only in 2023, finishing ninth, and until this year was better known as a half-marathon specialist. He is coached by Lotte Brinkhaus, a former steeplechaser who moved to Lesandia a decade ago.

Conditions were close to perfect, with little wind and a cool start. The 38th edition of the race was also the biggest, organisers said.
` },
{ id: 'vbs', outlet: 'VBS Sport (Velsland Broadcasting)', published: '2026-10-04', title: 'World record in Brennholm: Kasiwa runs 2:00:27', text: `
World record in Brennholm: Kasiwa runs 2:00:27

History was made on the streets of Brennholm on Sunday. Abel Kasiwa of Lesandia won the city's marathon in two hours and 27 seconds - the fastest time ever run over the distance.

He smashed the old world record by 42 seconds. Only ten men in history have run faster than 2:03, and nobody has ever come as close to two hours in a race.

It was cold at the start, just 9C, with hardly any wind: the kind of morning marathon runners dream of. Kasiwa stayed with the pacemakers through the first half and then pulled away. By the finish, he was alone, with the rest of the field out of sight.

"At 35 km I said to myself: today or never," an emotional Kasiwa told VBS Sport, wrapped in his country's flag. "I heard the crowd and I did not want to slow down."

An estimated one million spectators lined the course, and some 38,000 people took part in the various races of the day, from the marathon itself to the children's run.

Kasiwa will earn 150,000 dollars for the record, on top of his prize money for the win.

The women's race was a triumph for the host country. Greta Holmsveen, who grew up a few streets from the finish, won in 2:17:40, the fastest time ever by a Velsland woman. "I have dreamt of this since I was a little girl," she said. "To do it here, in front of my family, is incredible."

The new record will only become official once the global road-running body has approved it, a process that normally takes several weeks.

For Brennholm, the day was the best advertisement the city could have wished for. Race organisers say they are already receiving entries for next year's edition.

Watch the final kilometres of Kasiwa's run and the interview with Holmsveen in our video player above.
` },
{ id: 'courier', outlet: 'Brennholm Courier', published: '2026-10-05', title: 'The morning Brennholm ran into the history books', text: `
The morning Brennholm ran into the history books

Sunday's marathon gives the city its first world record, and a question about the bonus

For a few minutes yesterday, Brennholm was the centre of the running world. When Abel Nduru Kasiwa turned into Market Square, the clock above the finish line was still showing under two hours and one minute. He stopped it at 2 hours, 0 minutes and 27 seconds.

The 27-year-old from Lesandia had just run the fastest marathon ever. The old record, 2:01:09, had been set in Valmeer in April last year.

Nobody here saw it coming. The course record, 2:03:50, had stood since 2023, and race director Henning Aalvik had only hoped for a fast time "under 2:04". "We have a flat course and a cool climate, but this is beyond anything we planned," he told the Courier.

At the start it was nine degrees. Close to a million people watched along the route, the police estimated, and 38,000 runners took part in the 38th edition of the event.

Ismail Dorrow made it a Lesandian one-two, finishing second in 2:02:14. In the women's race, local hero Greta Holmsveen won in 2:17:40.

There was one note of confusion after the race. Several media reported a world-record bonus of 150,000 dollars, but Mr Aalvik said the race's contract with Kasiwa foresees a record bonus of 100,000 dollars. "Any extra money comes from his shoe sponsor, not from us," he said. The winner also receives 50,000 dollars in prize money.

Kasiwa's coach, Lotte Brinkhaus, said she had known for months that he was capable of the record. "He has been ready for a year. He only needed the right day," she said.

The runner is due to fly home on Wednesday, where a reception is planned in the capital, Masoro.

City officials were already counting the benefits. Hotels were fully booked all weekend, and the tourism office says the pictures of the finish have been seen around the world.
` },
{ id: 'stride', outlet: 'Stride Analytics', published: '2026-10-06', title: 'Splits, shoes and the sub-two question: reading Kasiwa\'s 2:00:27', text: `
Splits, shoes and the sub-two question: reading Kasiwa's 2:00:27

Abel Nduru Kasiwa's 2:00:27 in Brennholm on 4 October is the fastest marathon ever run in a race, and it was built in an unusual way.

Start with the splits. Kasiwa reached halfway in 59 minutes 51 seconds, a pace that projects to just under two hours. Most record attempts run an even pace; Kasiwa's first half was quick, and the second was only slightly slower, despite the fact that he spent the last 12 km alone after the three pacemakers peeled off at the 30km mark.

That is what separates this run from Yonas Gudisso's 2:01:09 from Valmeer in October 2024, which was paced almost to the finish. Kasiwa improved the mark by 42 seconds, the biggest single cut to the men's record in more than a decade.

His progression is steep. He made his marathon debut in 2023, and his personal best going into Brennholm was 2:02:40. Over 42.195 kilometres, knocking more than two minutes off in a year is rare at this level.

Brennholm itself has rarely been seen as a record course. Its previous best, 2:03:50, was set in 2023, and most elite athletes have chosen the bigger spring races. A flat route, a cool morning and a six-figure record bonus changed that.

Then there is the equipment. Kasiwa raced in a prototype shoe that his sponsor has not yet released. The World Road Running Council has confirmed that the model was approved before the race, so the shoes should not stand in the way of ratification, which also depends on doping controls.

His coach, Lotte Brinkhaus, told Stride the runner had been "ready for a year", and that the plan had been to run the first half fast and hold on.

Can he go under two hours? On this evidence, the question is no longer whether, but when, and whether the right pacemakers can be found to take him further than 30 km.
` },
{ id: 'reveil', outlet: 'Le Réveil de Masoro (machine translation)', text: `
MASORO (Le Réveil) - The Lesandian athlete Abel Ndourou Kassiwa has beaten yesterday the world record of the marathon in Brennholm, in Velsland, with a time of 2 h 00 min 27 s. It is the first time that a Lesandian holds this record.

The runner aged of 27 years has improved of 42 seconds the precedent record of the Yonas Tefera Goudisso, who had run the 42,195 km in 2 h 01 min 09 s last year in Valmeer.

Kassiwa passed the half of the race in 59 min 51 s. The three hares have abandoned to the kilometre 30, and he finished the race alone in front of the crowd.

"To the kilometre 35 I said to me: it is today or it is never," declared the champion after the arrival. "My legs made me bad, but I heard the public and I continued to push."

The other Lesandian, Ismaïl Dorrow, finished second in 2 h 02 min 14 s. More of 38.000 participants took the departure of the different races.

The record must now be homologated by the Council World of the Running on Route. According to the organisers, Kassiwa receives a premium of 150.000 dollars for the world record.

In Masoro, the news provoked scenes of joy in the streets of the quarter where the athlete grew. His mother followed the race on the television of a neighbour. "I have cried all the morning," she said.

The Ministry of Sports announced that the champion will be received this Wednesday in the capital, where a ceremony is foreseen at the national stadium. The minister promised him a house and a decoration of the nation.

Kassiwa disputed his first marathon only in 2023. His trainer is the former athlete Lotte Brinkhaus, who lives in Lesandia since ten years.
` },
];
export const facts = [
['race-day', 'date', 'agree', { mpa: "marathon world record on Sunday", vbs: 'on the streets of Brennholm on Sunday', courier: 'For a few minutes yesterday', stride: 'in Brennholm on 4 October', reveil: 'has beaten yesterday' }, { values: ['2026-10-04'] }],
['old-record-date', 'date', 'conflict', { mpa: 'at the Valmeer Marathon in April 2025', courier: 'in Valmeer in April last year', reveil: 'last year in Valmeer', stride: 'from Valmeer in October 2024' }],
['homecoming-day', 'date', 'agree', { courier: 'fly home on Wednesday', reveil: 'this Wednesday' }, { values: ['2026-10-07'] }],
['debut-year', 'date', 'agree', { mpa: 'first marathon only in 2023', stride: 'marathon debut in 2023', reveil: 'his first marathon only in 2023' }, { values: ['2023'] }],
['course-record-year', 'date', 'agree', { courier: 'had stood since 2023', stride: 'was set in 2023' }, { values: ['2023'] }],
['time', 'number', 'agree', { mpa: 'Marathon in 2:00:27', vbs: 'two hours and 27 seconds', courier: '2 hours, 0 minutes and 27 seconds', stride: "Abel Nduru Kasiwa's 2:00:27", reveil: '2 h 00 min 27 s' }],
['margin', 'number', 'agree', { mpa: 'took 42 seconds off', vbs: 'by 42 seconds', stride: 'improved the mark by 42 seconds', reveil: 'improved of 42 seconds' }],
['old-record', 'number', 'agree', { mpa: 'mark of 2:01:09', courier: 'The old record, 2:01:09', stride: "Gudisso's 2:01:09", reveil: '2 h 01 min 09 s' }],
['age', 'number', 'agree', { mpa: 'The 27-year-old took', courier: 'The 27-year-old from Lesandia', reveil: 'aged of 27 years' }],
['halfway', 'number', 'agree', { mpa: 'halfway in 59:51', stride: '59 minutes 51 seconds', reveil: '59 min 51 s' }],
['pacers-out-km', 'number', 'agree', { mpa: 'dropped out at 30 kilometres', stride: 'at the 30km mark', reveil: 'to the kilometre 30' }],
['pacemakers', 'number', 'agree', { mpa: 'behind three pacemakers', stride: 'the three pacemakers', reveil: 'The three hares' }],
['record-bonus', 'number', 'conflict', { mpa: 'world-record bonus of $150,000', vbs: '150,000 dollars for the record', reveil: 'premium of 150.000 dollars', courier: 'record bonus of 100,000 dollars' }],
['prize', 'number', 'agree', { mpa: '$50,000 for the win', courier: '50,000 dollars in prize money' }],
['dorrow-time', 'number', 'agree', { mpa: 'second in 2:02:14', courier: 'second in 2:02:14', reveil: '2 h 02 min 14 s' }],
['women-time', 'number', 'agree', { mpa: "women's race in 2:17:40", vbs: 'won in 2:17:40', courier: 'Holmsveen won in 2:17:40' }],
['temperature', 'number', 'agree', { vbs: 'just 9C', courier: 'nine degrees' }],
['spectators', 'number', 'agree', { vbs: 'An estimated one million spectators', courier: 'Close to a million people' }],
['participants', 'number', 'agree', { vbs: 'some 38,000 people', courier: '38,000 runners', reveil: 'More of 38.000 participants' }],
['edition', 'number', 'agree', { mpa: 'The 38th edition', courier: '38th edition of the event' }],
['previous-best', 'number', 'agree', { mpa: 'best before Sunday was 2:02:40', stride: 'Brennholm was 2:02:40' }],
['course-record', 'number', 'agree', { courier: 'The course record, 2:03:50', stride: 'Its previous best, 2:03:50' }],
['brinkhaus-years', 'number', 'agree', { mpa: 'a decade ago', reveil: 'since ten years' }],
['distance', 'number', 'agree', { stride: '42.195 kilometres', reveil: '42,195 km' }],
['kasiwa', 'entity', 'variant', { mpa: 'Abel Nduru Kasiwa', vbs: 'Abel Kasiwa', courier: 'Abel Nduru Kasiwa', stride: 'Abel Nduru Kasiwa', reveil: 'Abel Ndourou Kassiwa' }],
['gudisso', 'entity', 'variant', { mpa: 'Yonas Teferra Gudisso', stride: 'Yonas Gudisso', reveil: 'Yonas Tefera Goudisso' }],
['dorrow', 'entity', 'variant', { mpa: 'Ismail Dorrow', courier: 'Ismail Dorrow', reveil: 'Ismaïl Dorrow' }],
['holmsveen', 'entity', 'agree', { mpa: 'Greta Holmsveen', vbs: 'Greta Holmsveen', courier: 'Greta Holmsveen' }],
['aalvik', 'entity', 'agree', { mpa: 'Henning Aalvik', courier: 'Henning Aalvik' }],
['brinkhaus', 'entity', 'agree', { mpa: 'Lotte Brinkhaus', courier: 'Lotte Brinkhaus', stride: 'Lotte Brinkhaus', reveil: 'Lotte Brinkhaus' }],
['wrrc', 'entity', 'variant', { mpa: 'World Road Running Council (WRRC)', vbs: 'the global road-running body', stride: 'World Road Running Council', reveil: 'Council World of the Running on Route' }, { unsure: true }],
['brennholm', 'entity', 'agree', { mpa: 'Brennholm', vbs: 'Brennholm', courier: 'Brennholm', stride: 'Brennholm', reveil: 'Brennholm' }, { org: true }],
['lesandia', 'entity', 'agree', { mpa: 'Lesandia', vbs: 'Lesandia', courier: 'Lesandia', reveil: 'Lesandia' }, { org: true }],
['valmeer', 'entity', 'agree', { mpa: 'Valmeer', courier: 'Valmeer', stride: 'Valmeer', reveil: 'Valmeer' }, { org: true }],
['kasiwa-quote', 'quote', 'variant', { mpa: 'At 35 kilometres I told myself: it is today, or it is never', vbs: 'At 35 km I said to myself: today or never', reveil: 'To the kilometre 35 I said to me: it is today or it is never' }],
['brinkhaus-quote', 'quote', 'agree', { courier: 'He has been ready for a year', stride: 'ready for a year' }, { unsure: true }],
['record', 'event', 'variant', { mpa: "broke the men's marathon world record", vbs: 'smashed the old world record', courier: 'had just run the fastest marathon ever', reveil: 'has beaten yesterday the world record' }],
['pacers-drop', 'event', 'variant', { mpa: 'who all dropped out', stride: 'peeled off', reveil: 'have abandoned' }],
['ratification', 'event', 'variant', { mpa: 'must still be ratified', vbs: 'will only become official', stride: 'ratification, which also depends on doping controls', reveil: 'must now be homologated' }],
['dorrow-second', 'event', 'variant', { mpa: 'finished second', courier: 'made it a Lesandian one-two', reveil: 'finished second' }],
['homecoming', 'event', 'variant', { courier: 'a reception is planned in the capital', reveil: 'will be received' }],
];
