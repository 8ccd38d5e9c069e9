export const about = 'Written blind by helper fresh6a. Planted conflicts: the roof fall happened early on Tuesday 10 Nov (mpa, roi, msj "early hours of 10 November", vecernik "Tuesday at dawn") vs "shortly before midnight on Monday" (courier, citing the seismological institute); miners trapped 17 (mpa, courier, roi, vecernik "seventeen") vs 19 (msj, citing the union\'s shift roster). Traps: two dead vs two survivors seriously injured; six rescued vs a 6-kilometre access road; nine still trapped vs the 9th-level tunnel; 800 metres deep vs 2,300 workers; more than 120 rescuers vs a 12-hour shift; tremor of magnitude 2.9 vs 29 years of work; collapse Tue 10 vs rescue and PM visit Wed 11 vs tapping Thu 12 vs funeral Saturday; mine opened 1962 vs fine in 2023 vs the 1987 disaster. Undated: vecernik, dateline "BREZNO DOL, 12 November".';
export const published = { vecernik: '2026-11-12' };
export const sources = [
{ id: 'mpa', outlet: 'Meridian Press Agency', published: '2026-11-12', text: `
BREZNO DOL, Orvenia, Nov 12 (MPA) - Rescuers in eastern Orvenia heard knocking from behind a wall of fallen rock on Thursday, raising hopes that at least some of the nine coal miners still trapped 800 metres underground at the Kalina mine are alive, two days after a tunnel caved in.

The roof of a coal face gave way early on Tuesday, trapping 17 members of the night shift, the state-owned Tessa Coal Company (TCC) said. Six of them were brought to the surface alive on Wednesday, and two were found dead.

"We heard tapping, regular and clear, three times in a row," said Dušan Havel, head of the State Mine Rescue Service. "Every hour counts. We will not stop until the last man is out."

More than 120 rescuers are working around the clock. They have drilled a narrow borehole towards the chamber where the men are believed to be sheltering and hope to lower a camera and a microphone through it later in the day, Havel told reporters at the pithead.

The six survivors were taken to hospital in the regional capital, Velká Tessa. Two of them are seriously injured, doctors said.

The cause of the collapse is not yet known. Prosecutors have opened a criminal investigation, and TCC has halted all coal extraction at Kalina, which employs about 2,300 people.

Prime Minister Ivana Merten, who visited the mine on Wednesday and met relatives of the trapped men, promised that "no money and no effort will be spared". "Orvenia is holding its breath," she said.

The Miners' Union has demanded an independent inquiry. "These men went down to earn a living, not to die," its leader, Milena Korbová, said.

Kalina, opened in 1962, is one of the deepest coal mines in the country. In 2023 it was fined by the state mining inspectorate for failures in its ventilation system.
` },
{ id: 'courier', outlet: 'Tessa Valley Courier', published: '2026-11-12', title: 'Brezno Dol waits at the pithead', text: `
Brezno Dol waits at the pithead

Nobody in Brezno Dol has slept much since Monday night. In the canteen of the Kalina mine, wives, mothers and children sit at long tables under the strip lights, waiting for news from the men trapped below.

The ground shook shortly before midnight on Monday, according to the national seismological institute, which recorded a tremor of magnitude 2.9 under the mine. TCC's first statement spoke of a collapse "during the night shift", and the company has not explained why the alarm was raised only hours later.

Seventeen miners were working in the section when the roof came down. Six men were pulled out on Wednesday afternoon, covered in dust but able to walk to the ambulances. Two of their colleagues did not survive. Nine men are still down there, and this morning, for the first time, the rescuers heard them knocking on a pipe.

"When they told us, the whole room stood up," said Jana Pokorná, whose brother is among the missing. "Now we want to see them."

The rescue chief, Dušan Havel, has promised the families that his teams will not stop until the last man is out. Around them, the town has closed ranks: the bakery sends bread to the pithead every morning, and the parish church stays open all night.

But the mood is also angry. The pit, which opened in 1962, was fined in 2023 over ventilation problems, and miners say the company has been cutting maintenance. Milena Korbová of the Miners' Union put it bluntly: "They went down to earn their bread, not to die."

The district prosecutor's office has launched a criminal inquiry. Prime Minister Ivana Merten came to Brezno Dol on Wednesday and spent an hour with the families, out of sight of the cameras.

About 2,300 people work at Kalina, and almost every family in the valley has someone underground or retired from the pit. The funeral of the two dead miners is planned for Saturday.
` },
{ id: 'msj', outlet: 'Mining & Safety Journal', published: '2026-11-13', title: 'Kalina roof fall: what we know about the deep-level risks', text: `
Kalina roof fall: what we know about the deep-level risks

The roof fall at the Kalina colliery in Orvenia, which struck in the early hours of 10 November, has put deep-level coal mining in the region back under scrutiny.

According to the shift roster obtained by the Miners' Union, 19 miners were working in the affected longwall section at the 800-metre level when the roof collapsed. Tessa Coal Company has given a lower figure and has not published its own list, saying the roster included men who had already left the face.

The national seismological institute recorded a tremor of magnitude 2.9 at the time of the collapse. At this depth, mining-induced tremors, or rock bursts, are a known hazard: stress builds up in the rock as coal is removed, and can be released suddenly. Specialists we spoke to said the event was consistent with a rock burst, but stressed that only the investigation can establish the cause.

The rescue operation is led by the State Mine Rescue Service under Dušan Havel, with more than 120 rescuers rotating in teams. After six survivors were recovered on Wednesday, rescuers drilled a 15-centimetre borehole towards a refuge chamber. Knocking was detected through it on Thursday, and oxygen and water are now being pumped down.

TCC has suspended extraction at Kalina pending the inquiry. The mine, in operation since 1962, employs some 2,300 workers and produced 1.9 million tonnes of coal last year.

Safety records will be a focus. In 2023 the state mining inspectorate fined TCC over deficiencies in the ventilation system at Kalina, and the union says methane sensors in the affected section had been reported faulty several times since the summer. The company denies that.

Orvenia's worst mining accident, in 1987, killed 41 men at the neighbouring Dubina pit. Since then, fatalities have fallen sharply, but the industry's shift to deeper seams has made roof control more difficult.
` },
{ id: 'roi', outlet: 'Radio Orvenia International', published: '2026-11-12', title: 'Signs of life from trapped Kalina miners', text: `
Signs of life from trapped Kalina miners

Rescuers at the Kalina coal mine say they have heard signs of life from the nine miners still trapped deep underground.

Knocking sounds were picked up on Thursday through a borehole drilled towards the place where the men are thought to be, said Dusan Havel, who heads the State Mine Rescue Service. "Every hour is precious. We won't stop until we get the last man out," he said.

Seventeen miners were caught by the collapse early on Tuesday, about 800 metres below the surface. Six were rescued on Wednesday and are in hospital; two of them have serious injuries. Two miners were killed.

Over 120 rescuers are taking part in the operation, working 12-hour shifts. The mine's operator, Tessa Coal Company, has stopped all work at the mine.

Prime Minister Ivana Merten travelled to Brezno Dol on Wednesday. "The whole of Orvenia is holding its breath," she said after meeting the families.

Prosecutors have started a criminal investigation into the collapse. The head of the Miners' Union, Milena Korbova, said the men "went down to work, not to die", and called for an independent inquiry into safety at the mine.

Families have been waiting at the pithead since Tuesday. Local people have brought food and blankets, and the town's church has stayed open through the night.

Brezno Dol lies in the Upper Tessa region, about 6 kilometres from the main road to Velka Tessa. The access road has been reserved for ambulances and rescue vehicles.

Kalina is one of the largest employers in the region, with about 2,300 staff. In 2023 the mine was fined for problems with its ventilation.

Relatives say many of the trapped men have worked underground for decades; one of them, a shift foreman, has 29 years in the pit.
` },
{ id: 'vecernik', outlet: 'Večerník Brezno (automatic translation)', text: `
BREZNO DOL, 12 November (Večerník) - The rescuers registered this Thursday knocks from the depth of the mine Kalina, where remain closed nine miners. It is the first sign of life since the collapse of Tuesday at dawn.

In the moment of the accident worked in the section seventeen miners of the night shift. Six miners were extracted alive on Wednesday, two miners lost the life. The collapse happened at the depth of 800 meters, in the tunnel of the 9th level.

"Every hour decides. We will not stop while the last man is not outside," declared the chief of the Main Station of Mine Rescue, Dušan Havel. In the action participate more of 120 rescuers, who alternate in the work without interruption.

The rescuers will try to descend by the borehole a camera, so that they could see the miners and speak with them. The Society of Coal of Tessa, which operates the mine, interrupted the extraction.

The prime minister Ivana Merten visited on Wednesday Brezno Dol and met the families of the miners. "All Orvenia holds the breath," she said.

The Prosecution opened an investigation of the accident. The syndicate of the miners demands independent commission. "These men descended to work, not to die," said its president Milena Korbová.

The mine Kalina employs 2.300 persons and belongs to the most deep mines of the country. It was opened in the year 1962. In the year 2023 the mining inspection sanctioned it for the bad functioning of the ventilation.

The two deceased miners will be buried in Brezno Dol on Saturday. The town declared for the day of the funeral mourning.
` },
];
export const facts = [
['collapse-day', 'date', 'conflict', { mpa: 'gave way early on Tuesday', roi: 'collapse early on Tuesday', msj: 'early hours of 10 November', vecernik: 'Tuesday at dawn', courier: 'shortly before midnight on Monday' }],
['rescue-day', 'date', 'agree', { mpa: 'brought to the surface alive on Wednesday', courier: 'pulled out on Wednesday afternoon', msj: 'recovered on Wednesday', roi: 'Six were rescued on Wednesday', vecernik: 'extracted alive on Wednesday' }, { values: ['2026-11-11'] }],
['contact-day', 'date', 'agree', { mpa: 'heard knocking from behind a wall of fallen rock on Thursday', courier: 'this morning, for the first time', msj: 'detected through it on Thursday', roi: 'picked up on Thursday', vecernik: 'registered this Thursday' }, { values: ['2026-11-12'] }],
['pm-visit-day', 'date', 'agree', { mpa: 'visited the mine on Wednesday', courier: 'came to Brezno Dol on Wednesday', roi: 'travelled to Brezno Dol on Wednesday', vecernik: 'visited on Wednesday' }, { values: ['2026-11-11'] }],
['opened-year', 'date', 'agree', { mpa: 'opened in 1962', courier: 'which opened in 1962', msj: 'since 1962', vecernik: 'the year 1962' }, { values: ['1962'] }],
['fine-year', 'date', 'agree', { mpa: 'In 2023 it was fined', courier: 'fined in 2023', msj: 'In 2023 the state mining inspectorate', roi: 'In 2023 the mine was fined', vecernik: 'In the year 2023' }, { values: ['2023'] }],
['funeral-day', 'date', 'agree', { courier: 'planned for Saturday', vecernik: 'buried in Brezno Dol on Saturday' }, { values: ['2026-11-14'] }],
['trapped', 'number', 'conflict', { mpa: 'trapping 17 members', courier: 'Seventeen miners were working', roi: 'Seventeen miners were caught', vecernik: 'seventeen miners of the night shift', msj: '19 miners were working' }],
['depth', 'number', 'agree', { mpa: '800 metres underground', msj: 'the 800-metre level', roi: 'about 800 metres below', vecernik: 'depth of 800 meters' }],
['rescued', 'number', 'agree', { mpa: 'Six of them were brought', courier: 'Six men were pulled out', msj: 'six survivors were recovered', roi: 'Six were rescued', vecernik: 'Six miners were extracted' }],
['dead', 'number', 'agree', { mpa: 'two were found dead', courier: 'Two of their colleagues did not survive', roi: 'Two miners were killed', vecernik: 'two miners lost the life' }],
['still-trapped', 'number', 'agree', { mpa: 'nine coal miners still trapped', courier: 'Nine men are still down there', roi: 'the nine miners still trapped', vecernik: 'remain closed nine miners' }],
['rescuers', 'number', 'agree', { mpa: 'More than 120 rescuers', msj: 'more than 120 rescuers', roi: 'Over 120 rescuers', vecernik: 'more of 120 rescuers' }],
['staff', 'number', 'agree', { mpa: 'about 2,300 people', courier: 'About 2,300 people work', msj: 'some 2,300 workers', roi: 'about 2,300 staff', vecernik: '2.300 persons' }],
['injured', 'number', 'agree', { mpa: 'Two of them are seriously injured', roi: 'two of them have serious injuries' }],
['tremor', 'number', 'agree', { courier: 'magnitude 2.9 under', msj: 'magnitude 2.9 at the time' }],
['havel', 'entity', 'variant', { mpa: 'Dušan Havel', courier: 'Dušan Havel', msj: 'Dušan Havel', roi: 'Dusan Havel', vecernik: 'Dušan Havel' }],
['korbova', 'entity', 'variant', { mpa: 'Milena Korbová', courier: 'Milena Korbová', roi: 'Milena Korbova', vecernik: 'Milena Korbová' }],
['merten', 'entity', 'agree', { mpa: 'Ivana Merten', courier: 'Ivana Merten', roi: 'Ivana Merten', vecernik: 'Ivana Merten' }],
['company', 'entity', 'variant', { mpa: 'Tessa Coal Company (TCC)', courier: 'TCC', msj: 'Tessa Coal Company', roi: 'Tessa Coal Company', vecernik: 'The Society of Coal of Tessa' }, { unsure: true }],
['rescue-service', 'entity', 'variant', { mpa: 'State Mine Rescue Service', msj: 'State Mine Rescue Service', roi: 'State Mine Rescue Service', vecernik: 'Main Station of Mine Rescue' }, { unsure: true }],
['union', 'entity', 'agree', { mpa: "Miners' Union", courier: "Miners' Union", msj: "Miners' Union", roi: "Miners' Union" }, { org: true }],
['kalina', 'entity', 'agree', { mpa: 'Kalina', courier: 'Kalina', msj: 'Kalina', roi: 'Kalina', vecernik: 'Kalina' }, { org: true }],
['town', 'entity', 'agree', { mpa: 'BREZNO DOL', courier: 'Brezno Dol', roi: 'Brezno Dol', vecernik: 'Brezno Dol' }, { org: true }],
['velka-tessa', 'entity', 'variant', { mpa: 'Velká Tessa', roi: 'Velka Tessa' }],
['havel-quote', 'quote', 'variant', { mpa: 'Every hour counts. We will not stop until the last man is out.', roi: "Every hour is precious. We won't stop until we get the last man out", vecernik: 'Every hour decides. We will not stop while the last man is not outside' }],
['korbova-quote', 'quote', 'variant', { mpa: 'These men went down to earn a living, not to die', courier: 'They went down to earn their bread, not to die', roi: 'went down to work, not to die', vecernik: 'These men descended to work, not to die' }],
['merten-quote', 'quote', 'variant', { mpa: 'Orvenia is holding its breath', roi: 'The whole of Orvenia is holding its breath', vecernik: 'All Orvenia holds the breath' }],
['collapse', 'event', 'variant', { mpa: 'The roof of a coal face gave way', courier: 'the roof came down', msj: 'the roof collapsed', roi: 'caught by the collapse', vecernik: 'the collapse of Tuesday' }],
['investigation', 'event', 'variant', { mpa: 'Prosecutors have opened a criminal investigation', courier: "The district prosecutor's office has launched a criminal inquiry", roi: 'Prosecutors have started a criminal investigation', vecernik: 'The Prosecution opened an investigation' }],
['suspension', 'event', 'variant', { mpa: 'TCC has halted all coal extraction', msj: 'TCC has suspended extraction', roi: 'has stopped all work at the mine', vecernik: 'interrupted the extraction' }],
['pm-visit', 'event', 'variant', { mpa: 'met relatives of the trapped men', courier: 'spent an hour with the families', roi: 'after meeting the families', vecernik: 'met the families of the miners' }],
];
