export const about = 'Written blind by helper fresh3. Planted conflicts: attendance 19,400 (spw, velden) vs 14,900 (zinios); victory parade Monday 1 June (spw, zinios) vs Sunday (courtside). Traps: Papadakis 27 points vs aged 27; 12-point half-time deficit vs 12th final (courtside); 2 million euros prize money vs 1.2 million bonus; final Sat 30 May vs semi-final Thu 28 May vs parade; first title since 1998 vs 2024 final loss; spw return home Sunday 31 May (agrees with zinios "today") vs courtside parade Sunday.';
export const published = { zinios: '2026-05-31' };
export const sources = [
{ id: 'spw', outlet: 'Sports Press Wire', published: '2026-05-30', text: `
MARVIK, May 30 (SPW) - Tarvas Vilkai came back from 12 points down at half-time to beat Velden Royals 88-81 in the Continental Cup final on Saturday, winning the club's first European trophy since 1998.

Greek guard Yiorgos Papadakis led the comeback with 27 points, 19 of them after the break, and was named the final's most valuable player. Centre Tomas Zukas added 16 points and 11 rebounds.

Velden, the holders, dominated the first half in front of 19,400 fans at the Marvik Arena and led 48-36 at the interval. But Tarvas won the third quarter 28-15 and held their nerve in a tight finish, with Papadakis scoring six straight points in the final two minutes.

"These boys never stopped believing, not even at half-time," Tarvas coach Rimas Kazlauskas said. "This is for our city."

Velden coach Marco Ferrante was left to rue his side's collapse. "We gave the game away in the last five minutes," he said. "We stopped moving the ball."

The victory is sweet revenge for Tarvas, who lost to Velden in the 2024 final. It also earns the club prize money of 2 million euros and a place in next season's Champions Series.

Thousands of supporters gathered in Tarvas's main square to watch the game on big screens. The club said the team would return home on Sunday and that a victory parade would be held on Monday.

Velden had beaten Tarvas twice in the regular season and were favourites with most bookmakers before the game.
` },
{ id: 'courtside', outlet: 'Courtside', published: '2026-05-31', title: 'Papadakis delivers as Vilkai stun Velden', text: `
Papadakis delivers as Vilkai stun Velden

For twenty minutes on Saturday night, this looked like Velden's final. The Royals were sharper, faster and more clinical, and they went into the locker room ahead by 12.

Then Giorgos Papadakis happened.

The 27-year-old, signed from Athens last summer, took over the second half and dragged Tarvas Vilkai to an 88-81 win and the Continental Cup. He finished with 27 points, six assists and the MVP trophy, and his step-back three with 1:42 left was the shot of the season.

Coach Kazlauskas deserves credit too. Trailing at the break, he switched to a zone defence that Velden never solved, and his players, as he put it afterwards, "never stopped believing".

It was also a triumph of depth. Tarvas had needed overtime to get past Porto Azul in Thursday's semi-final and looked tired in the first half, but their bench outscored Velden's 24-9.

For Velden, the defeat hurts. This was their 12th final, more than any other club, and they had beaten Tarvas in the 2024 final with almost the same roster. Coach Marco Ferrante, whose contract ends in June, may not be back.

The new champions will be welcomed home at a parade on Sunday, and with Papadakis under contract until 2028, the Vilkai can dream of more.

One last number: Tarvas's players will share a bonus of 1.2 million euros promised by the club's owner before the final. Not a bad way to end the season, and a useful argument when the club sits down with its stars to talk about new contracts.
` },
{ id: 'zinios', outlet: 'Tarvo Zinios (translated)', text: `
TARVAS, 31 May (TNA) - The basketball club Tarvas Vilkai yesterday evening in Marvik has won the Continental Cup, defeating in the final the team Velden Royals with result 88:81. It is the first international trophy of the club from 1998.

After the first half the Vilkai lost 36:48, but in the second half the team of the coach Rimas Kazlauskas has turned the match. The best player of the final was recognised the Greek Yiorgos Papadakis, who scored 27 points.

"These boys never stopped to believe, even in the pause," said Kazlauskas after the match. "This victory is for our city."

The final watched 14,900 spectators in the Marvik Arena, among them about three thousand fans from Tarvas, who travelled with special trains and buses.

Tomas Žukas collected 11 rebounds and 16 points. The team returns today in Tarvas, and on Monday at 18 hours the celebration with the fans will take place on the Square of Freedom. The mayor of the city announced that the public transport will be free for that evening.

For the victory the club receives 2 million euro of prize fund. The president of the club, Audrius Mikalauskas, thanked to the fans and to the sponsors and promised to keep the team for the next season.

In the semifinal on Thursday the Vilkai defeated after extra time the Portuguese club Porto Azul. The coach Kazlauskas said that the tiredness of that match was felt in the first half, but that the character of the team made the difference.
` },
{ id: 'velden', outlet: 'Velden Evening Post', published: '2026-05-31', title: 'Royals throw away the Cup', text: `
Royals throw away the Cup

Velden Royals surrendered their Continental Cup title in Marvik on Saturday, losing 88-81 to Tarvas Vilkai after squandering a 12-point lead built up in a near-perfect first half.

The holders looked in control at the break, leading 48-36 in front of 19,400 fans, more than half of whom had travelled from Velden. But they scored only 33 points after half-time as the Vilkai's zone defence stifled their attack.

The damage was done by Giorgos Papadakis. The 27-year-old Greek guard, who Velden had tried to sign two years ago, scored almost at will in the fourth quarter.

"We threw it away in the last five minutes," a downcast Ferrante admitted. "We stopped moving the ball, we stopped running, and they punished us."

The defeat ends a run of two straight titles for the Royals, who beat Tarvas in 2024 and had reached Marvik with an impressive win over Madrigal on Thursday. The loss also costs the club the winner's prize of €2m, a blow for a side whose budget is already stretched.

Captain Luka Radman, 34, who may have played his last game for the club, said the team would learn from the defeat. "It hurts now, but we will be back," he said.

Ferrante's contract expires at the end of June, and the club has not said whether it will be renewed. Supporters on social media were divided, with many blaming the coach's decision to rest his starters in the third quarter, and others pointing at the board.
` },
];
export const facts = [
['final-day', 'date', 'agree', { spw: 'on Saturday', courtside: 'on Saturday night', zinios: 'yesterday evening', velden: 'on Saturday' }, { values: ['2026-05-30'] }],
['parade-day', 'date', 'conflict', { spw: 'on Monday', courtside: 'on Sunday', zinios: 'on Monday' }],
['semi-final-day', 'date', 'agree', { courtside: 'Thursday', zinios: 'on Thursday', velden: 'on Thursday' }, { values: ['2026-05-28'] }],
['return-home', 'date', 'agree', { spw: 'on Sunday', zinios: 'today' }, { values: ['2026-05-31'], unsure: true }],
['since-1998', 'date', 'agree', { spw: 'since 1998', zinios: 'from 1998' }, { values: ['1998'] }],
['final-2024', 'date', 'agree', { spw: '2024 final', courtside: '2024 final', velden: 'in 2024' }, { values: ['2024'] }],
['score-winner', 'number', 'agree', { spw: '88-81', courtside: '88-81', zinios: '88:81', velden: '88-81' }],
['halftime-score', 'number', 'agree', { spw: '48-36', zinios: '36:48', velden: '48-36' }, { unsure: true }],
['halftime-gap', 'number', 'agree', { spw: '12 points down', courtside: 'ahead by 12', velden: '12-point lead' }],
['papadakis-points', 'number', 'agree', { spw: '27 points', courtside: '27 points', zinios: '27 points' }],
['papadakis-age', 'number', 'agree', { courtside: 'The 27-year-old', velden: 'The 27-year-old' }],
['attendance', 'number', 'conflict', { spw: '19,400 fans', zinios: '14,900 spectators', velden: '19,400 fans' }],
['prize', 'number', 'agree', { spw: '2 million euros', zinios: '2 million euro', velden: '€2m' }],
['zukas-points', 'number', 'agree', { spw: '16 points', zinios: '16 points' }],
['zukas-rebounds', 'number', 'agree', { spw: '11 rebounds', zinios: '11 rebounds' }],
['papadakis', 'entity', 'variant', { spw: 'Yiorgos Papadakis', courtside: 'Giorgos Papadakis', zinios: 'Yiorgos Papadakis', velden: 'Giorgos Papadakis' }],
['kazlauskas', 'entity', 'agree', { spw: 'Rimas Kazlauskas', courtside: 'Coach Kazlauskas', zinios: 'Rimas Kazlauskas' }],
['ferrante', 'entity', 'agree', { spw: 'Marco Ferrante', courtside: 'Marco Ferrante', velden: 'Ferrante' }],
['zukas', 'entity', 'variant', { spw: 'Tomas Zukas', zinios: 'Tomas Žukas' }],
['vilkai', 'entity', 'agree', { spw: 'Tarvas Vilkai', courtside: 'Tarvas Vilkai', zinios: 'Tarvas Vilkai', velden: 'Tarvas Vilkai' }, { org: true }],
['royals', 'entity', 'agree', { spw: 'Velden Royals', zinios: 'Velden Royals', velden: 'Velden Royals' }, { org: true }],
['arena', 'entity', 'agree', { spw: 'Marvik Arena', zinios: 'Marvik Arena' }, { org: true }],
['porto-azul', 'entity', 'agree', { courtside: 'Porto Azul', zinios: 'Porto Azul' }, { org: true }],
['cup', 'entity', 'agree', { spw: 'Continental Cup', courtside: 'Continental Cup', zinios: 'Continental Cup', velden: 'Continental Cup' }],
['kazlauskas-quote', 'quote', 'variant', { spw: 'These boys never stopped believing', courtside: 'never stopped believing', zinios: 'These boys never stopped to believe' }],
['kazlauskas-city', 'quote', 'variant', { spw: 'This is for our city', zinios: 'This victory is for our city' }],
['ferrante-quote', 'quote', 'variant', { spw: 'We gave the game away in the last five minutes', velden: 'We threw it away in the last five minutes' }],
['ferrante-ball', 'quote', 'agree', { spw: 'We stopped moving the ball', velden: 'We stopped moving the ball' }],
['win-event', 'event', 'variant', { spw: 'to beat Velden Royals', courtside: 'stun Velden', zinios: 'has won the Continental Cup', velden: 'losing 88-81 to Tarvas Vilkai' }],
['comeback-event', 'event', 'variant', { spw: 'came back from 12 points down', zinios: 'has turned the match', velden: 'after squandering a 12-point lead' }, { unsure: true }],
['mvp-event', 'event', 'variant', { spw: 'was named the final\'s most valuable player', courtside: 'the MVP trophy', zinios: 'The best player of the final was recognised' }],
['semi-event', 'event', 'variant', { courtside: 'needed overtime to get past Porto Azul', zinios: 'defeated after extra time the Portuguese club Porto Azul' }],
];
