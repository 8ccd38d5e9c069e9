export const about = 'Written blind by helper fresh7 (blind7b). Valdoria, a region of Surenne, votes on independence on Sunday 15 Nov 2026; Yes 57.4%, No 42.6%; the central government of PM Laurent Dufresnoy refuses to recognise the result. Planted conflicts: turnout 61.2% (atlas, tribune, gazeta "61,2 %", tnv "more than 60 percent", all from the regional electoral board) vs 54.8% (politeia, citing the interior ministry count); the Constitutional Court declared the vote illegal on 30 October (atlas, tribune, gazeta "the past 30 of October") vs 2 November (politeia). Traps: 2.39 million registered vs 1.46 million ballots vs 3.1 million inhabitants; 57.4% Yes vs 57 percent (tnv, rounded) vs 839,366 Yes votes; 30-day deadline vs 30 October ruling; 47 polling stations closed vs 23 injured vs 11 arrested; 85 observers vs 71 of 135 seats; 2015 consultation with 80% Yes and 37% turnout vs the 2026 vote; vote Sun 15 vs results and emergency cabinet Mon 16 vs interior ministry figure Tue 17 (single) vs parliament Thu 19. Undated: gazeta (machine translation), no date in its dateline, only relative dates ("yesterday", "this Monday", "this Thursday").';
export const published = { gazeta: '2026-11-16' };
export const sources = [
{ id: 'atlas', outlet: 'Atlas Press', published: '2026-11-16', text: `
BRÉVAL, Surenne, Nov 16 (Atlas Press) - Voters in Valdoria backed independence from Surenne by 57.4 percent to 42.6 percent in a referendum held on Sunday, the region's electoral authority said on Monday, setting up a confrontation with a central government that has branded the vote illegal.

Turnout was 61.2 percent of the 2.39 million people on the electoral roll, the Valdorian Electoral Board said in its final count. About 1.46 million ballots were cast, and around 840,000 of them were for independence.

Surenne's Constitutional Court declared the vote illegal on October 30, and the government of Prime Minister Laurent Dufresnoy refused to recognise the result. "This consultation has no legal value whatsoever," Dufresnoy said in Montclar. "The unity of Surenne is not put to a vote."

Regional president Mireia Castellvi, who called the referendum in defiance of the court, told cheering supporters in Bréval that the result gave her a mandate to negotiate a separation. "Valdoria has spoken, and Montclar must listen," she said. She gave the central government 30 days to open talks before the regional parliament takes what she called "the next steps".

The regional parliament is due to meet on Thursday to debate the outcome.

Voting was largely calm, but police closed 47 polling stations in the south of the region on the orders of a judge, and 23 people were injured in scuffles outside several of them, regional health services said.

A team of 85 international observers from the Network of Independent Electoral Observers (NIEO) said voting had been orderly but criticised the lack of any independent check of the voter roll.

Valdoria, a coastal region of about 3.1 million people, accounts for nearly a fifth of Surenne's economic output. It has its own language and a long tradition of self-government.

In 2015, a non-binding consultation organised by the regional government produced an 80 percent vote for independence, but turnout then was only 37 percent, as most opponents stayed away.

Surenne's borrowing costs rose slightly in early trading on Monday, and shares in Valdorian banks fell more than 3 percent.
` },
{ id: 'tribune', outlet: 'The Bréval Tribune', published: '2026-11-16', title: '"Valdoria has spoken": Yes wins, and now the hard part begins', text: `
"Valdoria has spoken": Yes wins, and now the hard part begins

Long queues formed outside schools and libraries across Valdoria yesterday, and by the time the Electoral Board published its final figures in the early hours of this morning, the outcome was beyond doubt: 57.4% Yes, 42.6% No.

Of the 1,462,310 ballots cast, 839,366 were for independence. Turnout stood at 61.2%, the Board said - more than even the organisers had dared hope, with nearly 2.4 million people on the rolls and the central government urging Valdorians to stay at home.

In the Plaça Major, where thousands waited through the night, president Mireia Castellví appeared shortly after the result was announced. "Valdoria has spoken. Now Montclar has to listen," she said, to a roar from the crowd. She gave Laurent Dufresnoy's government one month to agree to negotiations.

Not everyone was celebrating. In Sant Oriol, residents found their polling station sealed by police when they arrived to vote. Scuffles followed there and in several other towns; 23 people were hurt and eleven people were detained, according to the regional interior department.

"I came to vote No, and they would not even let me do that," said Jordi Ferran, 64, a retired engineer. "This is not how you defend the country."

The unionist platform Valdoria Together, which had urged its supporters to boycott the vote, dismissed the result as "a party for one half of the region". Its leader, Ernest Puig, said the real majority had stayed at home.

The Constitutional Court ruled on 30 October that the referendum breached the constitution, and Montclar has warned that officials who organised it could face prosecution.

The next test comes with Thursday's session of the regional parliament, where pro-independence parties hold 71 of the 135 seats. They are divided on how fast to move.

Many here remember the 2015 consultation, when Yes won four in five votes but fewer than four in ten voters took part. This time the numbers are harder to dismiss.
` },
{ id: 'tnv', outlet: 'TNV News', published: '2026-11-16', title: 'Government rejects Valdoria vote as having "no legal value"', text: `
Government rejects Valdoria vote as having "no legal value"

The government in Montclar has rejected the result of Sunday's independence referendum in Valdoria, saying the vote has no legal value whatsoever and will not be recognised.

Prime Minister Laurent Dufresnoy called an emergency cabinet meeting on Monday morning. Speaking afterwards, he struck a firm tone: "The unity of our country is not something you vote on. It belongs to all the people of Surenne."

According to the regional authorities, 57 percent of voters supported independence, on a turnout of more than 60 percent. The government does not accept those figures, which it says were produced without a proper electoral roll or independent supervision.

Interior Minister Sabine Marchetot defended the police, who had been ordered by a court to prevent voting. Officers shut down 47 polling stations and made 11 arrests. "The police acted with restraint and within the law," Marchetot said.

The government has also asked prosecutors to investigate members of the regional government for misusing public money to organise a vote the courts had banned.

In Bréval, regional leader Mireia Castellvi has given Montclar 30 days to start talks on independence. Asked about the ultimatum, Dufresnoy said: "Nobody sets deadlines for the government of Surenne."

Opposition parties in the national parliament backed the government's position, though some urged it to offer Valdoria more powers to defuse the crisis. "Refusing to talk is not a strategy," said Hélène Vautrin of the Green Alliance.

Valdoria, on the country's north-east coast, is home to more than three million people and has its own language. Support for independence has grown sharply since the economic crisis of the last decade.

The regional parliament meets later this week to decide its response.
` },
{ id: 'politeia', outlet: 'Politeia Review', published: '2026-11-18', title: 'Valdoria\'s referendum: a mandate, or a minority?', text: `
Valdoria's referendum: a mandate, or a minority?

Both sides in the Valdorian dispute woke up on 16 November claiming victory, and both have numbers to support them.

The separatists point to the headline result of the vote held on 15 November: 57.4 per cent for independence, a clear majority by any usual standard. Their opponents point to turnout. By the count of the interior ministry, released on Tuesday, turnout was only 54.8 per cent, which would mean that fewer than a third of registered voters actually backed leaving Surenne.

Turnout is the crux, because unionists largely boycotted the vote. A referendum in which one side stays home tells us how strong the Yes camp is, not how strong the No camp is.

The legal position is simpler. The Constitutional Court, which declared the referendum unconstitutional on 2 November, left no room for a binding result. Prime Minister Laurent Dufresnoy is now under pressure from his own party to go further, including by suspending parts of the region's autonomy, an option the constitution allows but that has never been used.

For now, he has chosen a middle path: refusing to recognise the outcome while referring regional officials to prosecutors. That keeps the door open to negotiation without conceding anything.

Mireia Castellví's 30-day ultimatum is partly for her own coalition. Pro-independence parties hold 71 of the 135 seats in the regional parliament, but they disagree about whether to declare independence or to use the result as leverage for a new deal with Montclar.

The observers' verdict will matter abroad. The 85-member mission of the Network of Independent Electoral Observers found the voting orderly but the roll unverified, a finding each side is already quoting selectively.

The lesson of the 2015 consultation is instructive. It produced a huge Yes vote on a small turnout and changed nothing. This vote, with a larger turnout and a government in Bréval willing to act on it, is a different matter, and Montclar knows it.
` },
{ id: 'gazeta', outlet: 'La Gazeta Surenca (automatic translation)', text: `
MONTCLAR (La Gazeta Surenca) - The Government of Surenne does not recognise the result of the referendum of independence celebrated yesterday in Valdoria, in which the yes obtained the 57,4 % of the votes, according to the data that the Electoral Sindicature of Valdoria published in the early morning of this Monday. The no obtained the 42,6 %. The participation was of the 61,2 % over an electoral census of 2,39 millions of persons.

The president of the Government, Laurent Dufresnoy, appeared this Monday before the press after an extraordinary meeting of the Council of Ministers and affirmed that the consultation "lacks any legal value". "The unity of Surenne is not voted", he added.

The Constitutional Tribunal declared illegal the referendum the past 30 of October, and the Government asked to the Prosecution to investigate the members of the regional executive which organised it.

The day of voting developed with normality in the most of the territory, but the police closed 47 electoral colleges in the south by judicial order. In the incidents there were 23 wounded and eleven detained.

The minister of the Interior, Sabine Marchetot, defended the action of the police forces, which acted "with proportion and within the law".

The president of the regional government, Mireia Castellví, celebrated the result before thousands of persons in Bréval. "Valdoria has spoken, and Montclar must listen to it", she said, and gave to the central Government a term of thirty days to open a negotiation.

The regional Parliament will meet this Thursday in extraordinary session to debate the result of the vote.

The unionist platform Valdoria Together called to not participate and qualified the referendum of "party of one half of the region". According to the platform, the real majority stayed in the house.

Analysts remember that in the consultation of the year 2015 the yes won with 80 % but with a participation of 37 %. In the markets, the risk premium of Surenne rose slightly this Monday.
` },
];
export const facts = [
['vote-day', 'date', 'agree', { atlas: 'referendum held on Sunday', tribune: 'across Valdoria yesterday', tnv: "Sunday's independence referendum", politeia: 'the vote held on 15 November', gazeta: 'celebrated yesterday in Valdoria' }, { values: ['2026-11-15'] }],
['results-day', 'date', 'agree', { atlas: 'said on Monday', tribune: 'in the early hours of this morning', gazeta: 'in the early morning of this Monday' }, { values: ['2026-11-16'] }],
['cabinet-day', 'date', 'agree', { tnv: 'emergency cabinet meeting on Monday morning', gazeta: 'appeared this Monday' }, { values: ['2026-11-16'], unsure: true }],
['court-ruling-day', 'date', 'conflict', { atlas: 'illegal on October 30', tribune: 'ruled on 30 October', gazeta: 'the past 30 of October', politeia: 'unconstitutional on 2 November' }],
['parliament-day', 'date', 'agree', { atlas: 'meet on Thursday', tribune: "Thursday's session", gazeta: 'will meet this Thursday' }, { values: ['2026-11-19'] }],
['consultation-2015', 'date', 'agree', { atlas: 'In 2015, a non-binding consultation', tribune: 'the 2015 consultation', politeia: 'the 2015 consultation', gazeta: 'the year 2015' }, { values: ['2015'] }],
['yes-share', 'number', 'agree', { atlas: '57.4 percent', tribune: '57.4% Yes', tnv: '57 percent of voters', politeia: '57.4 per cent', gazeta: '57,4 %' }],
['no-share', 'number', 'agree', { atlas: '42.6 percent', tribune: '42.6% No', gazeta: '42,6 %' }],
['turnout', 'number', 'conflict', { atlas: 'Turnout was 61.2 percent', tribune: 'Turnout stood at 61.2%', tnv: 'turnout of more than 60 percent', gazeta: 'of the 61,2 %', politeia: '54.8 per cent' }],
['registered', 'number', 'agree', { atlas: '2.39 million people', tribune: 'nearly 2.4 million people', gazeta: '2,39 millions of persons' }],
['ballots', 'number', 'agree', { atlas: 'About 1.46 million ballots', tribune: '1,462,310 ballots' }],
['yes-votes', 'number', 'agree', { atlas: 'around 840,000', tribune: '839,366' }],
['stations-closed', 'number', 'agree', { atlas: 'closed 47 polling stations', tnv: 'shut down 47 polling stations', gazeta: 'closed 47 electoral colleges' }],
['injured', 'number', 'agree', { atlas: '23 people were injured', tribune: '23 people were hurt', gazeta: '23 wounded' }],
['detained', 'number', 'agree', { tribune: 'eleven people were detained', tnv: 'made 11 arrests', gazeta: 'eleven detained' }],
['deadline', 'number', 'agree', { atlas: '30 days to open talks', tribune: 'one month', tnv: '30 days to start talks', politeia: '30-day ultimatum', gazeta: 'a term of thirty days' }],
['observers', 'number', 'agree', { atlas: '85 international observers', politeia: '85-member mission' }],
['seats', 'number', 'agree', { tribune: '71 of the 135 seats', politeia: '71 of the 135 seats' }],
['yes-2015', 'number', 'agree', { atlas: '80 percent vote', tribune: 'four in five votes', gazeta: 'with 80 %' }],
['turnout-2015', 'number', 'agree', { atlas: 'only 37 percent', tribune: 'fewer than four in ten voters', gazeta: 'participation of 37 %' }, { unsure: true }],
['population', 'number', 'agree', { atlas: 'about 3.1 million people', tnv: 'more than three million people' }],
['castellvi', 'entity', 'variant', { atlas: 'Mireia Castellvi', tribune: 'Mireia Castellví', tnv: 'Mireia Castellvi', politeia: 'Mireia Castellví', gazeta: 'Mireia Castellví' }],
['dufresnoy', 'entity', 'agree', { atlas: 'Prime Minister Laurent Dufresnoy', tribune: 'Laurent Dufresnoy', tnv: 'Prime Minister Laurent Dufresnoy', politeia: 'Prime Minister Laurent Dufresnoy', gazeta: 'Laurent Dufresnoy' }],
['marchetot', 'entity', 'agree', { tnv: 'Interior Minister Sabine Marchetot', gazeta: 'Sabine Marchetot' }],
['electoral-board', 'entity', 'variant', { atlas: 'Valdorian Electoral Board', tribune: 'Electoral Board', gazeta: 'Electoral Sindicature of Valdoria' }, { unsure: true }],
['court', 'entity', 'variant', { atlas: 'Constitutional Court', tribune: 'Constitutional Court', politeia: 'Constitutional Court', gazeta: 'Constitutional Tribunal' }],
['nieo', 'entity', 'agree', { atlas: 'Network of Independent Electoral Observers (NIEO)', politeia: 'Network of Independent Electoral Observers' }],
['valdoria-together', 'entity', 'agree', { tribune: 'Valdoria Together', gazeta: 'Valdoria Together' }, { org: true }],
['breval', 'entity', 'agree', { atlas: 'Bréval', tnv: 'Bréval', politeia: 'Bréval', gazeta: 'Bréval' }, { org: true }],
['montclar', 'entity', 'agree', { atlas: 'Montclar', tribune: 'Montclar', tnv: 'Montclar', politeia: 'Montclar', gazeta: 'Montclar' }, { org: true }],
['castellvi-quote', 'quote', 'variant', { atlas: 'Valdoria has spoken, and Montclar must listen', tribune: 'Valdoria has spoken. Now Montclar has to listen', gazeta: 'Valdoria has spoken, and Montclar must listen to it' }],
['dufresnoy-quote', 'quote', 'variant', { atlas: 'The unity of Surenne is not put to a vote', tnv: 'The unity of our country is not something you vote on', gazeta: 'The unity of Surenne is not voted' }],
['legal-value-quote', 'quote', 'variant', { atlas: 'This consultation has no legal value whatsoever', gazeta: 'lacks any legal value' }],
['marchetot-quote', 'quote', 'variant', { tnv: 'The police acted with restraint and within the law', gazeta: 'with proportion and within the law' }],
['yes-win', 'event', 'variant', { atlas: 'backed independence from Surenne', tnv: 'supported independence', politeia: 'backed leaving Surenne' }],
['non-recognition', 'event', 'variant', { atlas: 'refused to recognise the result', tnv: 'will not be recognised', politeia: 'refusing to recognise the outcome', gazeta: 'does not recognise the result' }],
['court-ban', 'event', 'variant', { atlas: 'declared the vote illegal', tribune: 'ruled on 30 October that the referendum breached the constitution', politeia: 'declared the referendum unconstitutional', gazeta: 'declared illegal the referendum' }],
['prosecutors', 'event', 'variant', { tnv: 'asked prosecutors to investigate', politeia: 'referring regional officials to prosecutors', gazeta: 'asked to the Prosecution to investigate' }],
['police-closure', 'event', 'variant', { atlas: 'police closed 47 polling stations', tnv: 'Officers shut down 47 polling stations', gazeta: 'the police closed 47 electoral colleges' }],
];
