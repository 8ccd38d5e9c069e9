export const about = 'Written blind by helper fresh7 (blind7a). Planted conflicts: the interior minister ordered the independent inquiry on Sunday 18 Oct (awx, dbc, journal "the day after the disaster") vs "on Monday" (courier, which says the order was signed then); deaths 11 (awx, dbc, courier, journal, all citing police) vs 13 (glas, citing the city hospitals association). Traps: 52,000 sold-out crowd vs 520 stewards; 16 seriously injured vs the youngest victim aged 16; 11 dead vs seven women and four men; show stopped about 40 minutes in vs oldest victim 41; crush Sat 17 Oct vs mourning declared and Sunday show cancelled Sun 18 vs two people detained Sunday evening vs inquiry (Sun/Mon) vs mourning ending Tue 20; stadium reopened in 2019 vs 2011 Halden crush (single); three days of mourning vs seven hospitals. Undated: glas, dateline "PORT AVERIN, 19 October".';
export const published = { glas: '2026-10-19' };
export const sources = [
{ id: 'awx', outlet: 'Allied Wire Exchange', published: '2026-10-18', text: `
PORT AVERIN, Dalmora, Oct 18 (AWX) - Eleven people were killed and 164 injured when part of a sold-out crowd of 52,000 surged towards the stage at a concert by pop singer Ayla Verenne in the Dalmoran port city of Port Averin on Saturday night, police said.

The crush happened at the front of the standing area of Meridian Stadium, where crowd barriers collapsed under the pressure of fans pushing forward, Police Commissioner Irena Voss told reporters early on Sunday. The concert was halted about 40 minutes into Verenne's set.

"The barriers simply gave way, and people fell on top of each other," Voss said.

The dead, seven women and four men, were aged between 16 and 41, according to police. Sixteen of the injured were in a serious condition.

Interior Minister Tomas Hradel ordered an independent inquiry on Sunday into the safety arrangements at the stadium, which is run by the city and was rented for two nights by promoter Brightline Live.

"No concert is worth a single human life," Hradel said after visiting the injured in hospital. "We will find out who failed, and they will answer for it."

Police estimated that some 6,000 people without tickets had gathered outside the stadium before the show and that a number of them forced their way in through the north entrance, adding to the pressure inside.

The government declared three days of national mourning. Brightline Live said the second concert, planned for Sunday evening, had been cancelled and that all ticket holders would be refunded.

Verenne, 27, who had been performing on the last Dalmoran date of her world tour, said she was "heartbroken beyond words."

"I will carry the names of every one of them with me," she wrote on social media on Sunday.
` },
{ id: 'dbc', outlet: 'DBC News (Dalmoran Broadcasting Corporation)', published: '2026-10-18', title: 'Port Averin concert crush: what we know so far', text: `
Port Averin concert crush: what we know so far

Eleven people died in a crush at Ayla Verenne's concert at the Meridian Stadium in Port Averin on Saturday evening. Here is what we know.

What happened?
Around 52,000 fans had packed the stadium for the first of two sold-out shows. About 40 minutes after the singer came on stage, a surge of people towards the front pushed over the metal barriers that separated the standing area from the stage. Dozens of people were trampled or crushed against the stage.

Witnesses told the DBC that the music kept playing for several minutes before the singer stopped the show and asked the crowd to step back.

How many people were hurt?
Besides the eleven who lost their lives, more than 160 people were injured. They were taken to seven hospitals across the city. Sixteen remain in a serious condition, doctors say.

What are the authorities saying?
Police chief Irena Voss said the barriers had "just given way". Interior Minister Tomas Hradel, who travelled to Port Averin from the capital, Selvany, ordered an independent inquiry on Sunday. He told the DBC that no concert was worth a human life.

The government has announced three days of national mourning, with flags at half-mast on public buildings until Tuesday.

What about the second concert?
The show that was meant to take place on Sunday night was called off. The promoter, Brightline Live, says refunds will be paid automatically.

What has Ayla Verenne said?
The 27-year-old star posted a statement on Sunday morning saying she was heartbroken beyond words, and that she would carry the names of the victims with her.

Questions are now being asked about crowd management outside the stadium, where thousands of people without tickets had gathered before the doors opened.
` },
{ id: 'courier', outlet: 'The Port Averin Courier', published: '2026-10-19', title: 'A city in mourning asks how it could happen', text: `
A city in mourning asks how it could happen

On the steps of the Meridian Stadium, the flowers and candles now stretch for more than a hundred metres. Among the photographs is one of Lina Markovec, a 16-year-old schoolgirl from the Harbour district, the youngest of the 11 people who lost their lives in Saturday's crush.

She had saved for months to buy her ticket. Like the 52 000 others in the stadium, she had come to see Ayla Verenne.

Police say seven women and four men died when barriers at the front of the pitch collapsed. A further 164 people were hurt, 16 of them seriously, and several remain in intensive care.

The Courier has learned that only 520 stewards were on duty for the concert, fewer than the number required by the stadium's own safety plan for an event of that size. Brightline Live, the promoter, declined to comment on the figure.

Police detained two people on Sunday evening: the promoter's head of security and the manager of a private firm that supplied stewards. Neither has been charged.

Interior Minister Tomas Hradel signed the order for an independent inquiry on Monday, his office confirmed, after a day of pressure from opposition parties and victims' families. A retired judge will lead it.

Residents who live near the stadium say the problems began hours before the show. Around 6,000 people without tickets crowded the north gate, and some climbed the fences. "There were no police, just a few stewards in yellow vests," said a man who runs a kiosk on Ferry Road.

The stadium, which belongs to the city, reopened in 2019 after a four-year renovation. Mayor Dragan Illic said on Monday that it would remain closed until the inquiry reports.

A memorial service will be held at the cathedral on Tuesday, the last of the three days of national mourning.
` },
{ id: 'journal', outlet: 'Live Events Safety Journal', published: '2026-10-21', title: 'Port Averin: the warning signs were there', text: `
Port Averin: the warning signs were there

Every large crowd disaster is different, but most share a pattern: too many people in too little space, a late reaction, and nowhere for the pressure to go. Early accounts of the crush at Meridian Stadium on 17 October, which killed 11 people according to police, fit that pattern closely.

The standing area in front of the stage, known in the trade as the "golden circle", appears to have been filled well beyond what its entrances and exits could handle. When fans at the back pushed forward, the front-of-stage barriers, which industry sources say were a lighter model than the one specified in the venue's plans, buckled and fell.

Staffing will be a key question for the inquiry, which Interior Minister Tomas Hradel ordered the day after the disaster. The promoter, Brightline Live, had 520 stewards on site for a 52,000-capacity show. For a stadium concert of that size, guidance in most European countries would call for well over 700, with trained crowd managers watching the pit.

Another question is why the show went on for so long. The performance was stopped only about 40 minutes after Ayla Verenne took the stage, and witnesses describe several minutes of distress signals from the front before the music stopped.

Outside the venue, police estimated that 6,000 people without tickets had gathered. Unticketed crowds put pressure on gates and staff, and a forced entry at the north gate is now being examined.

The Meridian Stadium reopened in 2019 after a renovation that raised its concert capacity. Dalmora's last serious crowd incident, at the Halden festival in 2011, led to new rules for open-air events, but stadium concerts were left out of them.

Brightline Live has said it is cooperating fully. The two people detained on Sunday have since been released without charge.
` },
{ id: 'glas', outlet: 'Glas Averina (machine translation)', text: `
PORT AVERIN, 19 October (Glas Averina) - The number of the dead in the tragedy of the stadium Meridian rose to 13, communicated this Monday the Association of the Hospitals of the city, after two injured persons died in the night. The police continues to speak of 11 victims, because it counts only the persons who died at the place.

The catastrophe happened the Saturday in the evening, during the concert of the singer Aila Verene, when the crowd in the zone before the stage pushed and the protective fences fell. In the stadium were present 52.000 spectators.

According to the hospitals, 164 persons were wounded, among them sixteen in grave state. The youngest victim was a girl of 16 years.

The minister of the Interior, Tomáš Hrádel, declared that "no concert is worth of one only human life". The government proclaimed three days of national mourning.

The police arrested the Sunday in the evening two persons, among them the chief of security of the organiser Brightline Live. The company cancelled the second concert, which was foreseen for Sunday, and promised to return the money of the tickets.

According to the police, around 6 thousand persons without ticket were waiting in front of the stadium, and a part of them entered by force through the northern gate.

The singer wrote on the social networks that she has "the heart broken beyond all words". "The names of each of them I will carry with me", she added.

The inhabitants of Port Averin brought flowers and candles in front of the stadium during all the day of Sunday. The mayor Dragan Ilić announced that the stadium will remain closed until the end of the investigation.
` },
];
export const facts = [
['inquiry-day', 'date', 'conflict', { awx: 'ordered an independent inquiry on Sunday into', dbc: 'ordered an independent inquiry on Sunday.', journal: 'ordered the day after the disaster', courier: 'independent inquiry on Monday' }],
['crush-day', 'date', 'agree', { awx: 'on Saturday night', dbc: 'on Saturday evening', courier: "Saturday's crush", journal: 'on 17 October', glas: 'the Saturday in the evening' }, { values: ['2026-10-17'] }],
['second-show-day', 'date', 'agree', { awx: 'planned for Sunday evening', dbc: 'take place on Sunday night', glas: 'foreseen for Sunday' }, { values: ['2026-10-18'] }],
['detained-day', 'date', 'agree', { courier: 'detained two people on Sunday evening', journal: 'detained on Sunday', glas: 'the Sunday in the evening two persons' }, { values: ['2026-10-18'] }],
['statement-day', 'date', 'agree', { awx: 'on social media on Sunday', dbc: 'statement on Sunday morning' }, { values: ['2026-10-18'] }],
['mourning-end', 'date', 'agree', { dbc: 'until Tuesday', courier: 'Tuesday, the last of the three days' }, { unsure: true, values: ['2026-10-20'] }],
['reopened-year', 'date', 'agree', { courier: 'reopened in 2019', journal: 'reopened in 2019' }, { values: ['2019'] }],
['deaths', 'number', 'conflict', { awx: 'Eleven people were killed', dbc: 'Eleven people died', courier: 'the 11 people who lost their lives', journal: 'killed 11 people', glas: 'rose to 13' }],
['injured', 'number', 'agree', { awx: '164 injured', dbc: 'more than 160 people were injured', courier: 'A further 164 people were hurt', glas: '164 persons were wounded' }],
['serious', 'number', 'agree', { awx: 'Sixteen of the injured', dbc: 'Sixteen remain in a serious condition', courier: '16 of them seriously', glas: 'sixteen in grave state' }],
['crowd', 'number', 'agree', { awx: 'sold-out crowd of 52,000', dbc: 'Around 52,000 fans', courier: 'the 52 000 others', journal: '52,000-capacity show', glas: '52.000 spectators' }],
['stewards', 'number', 'agree', { courier: 'only 520 stewards', journal: 'had 520 stewards on site' }],
['youngest', 'number', 'agree', { courier: 'a 16-year-old schoolgirl', glas: 'a girl of 16 years' }],
['women-men', 'number', 'agree', { awx: 'seven women and four men, were', courier: 'seven women and four men died' }],
['minutes', 'number', 'agree', { awx: 'about 40 minutes into', dbc: 'About 40 minutes after', journal: 'about 40 minutes after' }],
['unticketed', 'number', 'agree', { awx: 'some 6,000 people without tickets', dbc: 'thousands of people without tickets', courier: 'Around 6,000 people without tickets', journal: '6,000 people without tickets', glas: 'around 6 thousand persons without ticket' }, { unsure: true }],
['mourning-days', 'number', 'agree', { awx: 'three days of national mourning', dbc: 'three days of national mourning', courier: 'the three days of national mourning', glas: 'three days of national mourning' }],
['singer-age', 'number', 'agree', { awx: 'Verenne, 27,', dbc: 'The 27-year-old star' }],
['detained-count', 'number', 'agree', { courier: 'detained two people', journal: 'The two people detained', glas: 'two persons, among them' }],
['verenne', 'entity', 'variant', { awx: 'Ayla Verenne', dbc: 'Ayla Verenne', courier: 'Ayla Verenne', journal: 'Ayla Verenne', glas: 'Aila Verene' }],
['hradel', 'entity', 'variant', { awx: 'Tomas Hradel', dbc: 'Tomas Hradel', courier: 'Tomas Hradel', journal: 'Tomas Hradel', glas: 'Tomáš Hrádel' }],
['voss', 'entity', 'agree', { awx: 'Police Commissioner Irena Voss', dbc: 'Police chief Irena Voss' }],
['brightline', 'entity', 'agree', { awx: 'Brightline Live', dbc: 'Brightline Live', courier: 'Brightline Live', journal: 'Brightline Live', glas: 'Brightline Live' }, { org: true }],
['stadium', 'entity', 'variant', { awx: 'Meridian Stadium', dbc: 'Meridian Stadium', courier: 'Meridian Stadium', journal: 'Meridian Stadium', glas: 'stadium Meridian' }],
['illic', 'entity', 'variant', { courier: 'Mayor Dragan Illic', glas: 'The mayor Dragan Ilić' }],
['port-averin', 'entity', 'agree', { awx: 'Port Averin', dbc: 'Port Averin', glas: 'Port Averin' }, { org: true }],
['hradel-quote', 'quote', 'variant', { awx: 'No concert is worth a single human life', dbc: 'no concert was worth a human life', glas: 'no concert is worth of one only human life' }],
['voss-quote', 'quote', 'variant', { awx: 'The barriers simply gave way', dbc: 'the barriers had "just given way"' }],
['verenne-quote', 'quote', 'variant', { awx: 'heartbroken beyond words."', dbc: 'she was heartbroken beyond words', glas: 'the heart broken beyond all words' }],
['barriers-collapse', 'event', 'variant', { awx: 'crowd barriers collapsed', dbc: 'pushed over the metal barriers', courier: 'barriers at the front of the pitch collapsed', journal: 'buckled and fell', glas: 'the protective fences fell' }],
['show-halted', 'event', 'variant', { awx: 'The concert was halted', dbc: 'the singer stopped the show', journal: 'The performance was stopped' }],
['show-cancelled', 'event', 'variant', { awx: 'the second concert, planned for Sunday evening, had been cancelled', dbc: 'was called off', glas: 'The company cancelled the second concert' }],
['refunds', 'event', 'variant', { awx: 'all ticket holders would be refunded', dbc: 'refunds will be paid automatically', glas: 'promised to return the money of the tickets' }],
['forced-entry', 'event', 'variant', { awx: 'forced their way in through the north entrance', journal: 'a forced entry at the north gate', glas: 'entered by force through the northern gate' }],
['stadium-closed', 'event', 'variant', { courier: 'it would remain closed until the inquiry reports', glas: 'the stadium will remain closed until the end of the investigation' }],
];
