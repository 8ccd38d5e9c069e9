export const about = 'Written blind by helper fresh4. Planted conflicts: sample collected 14 January (gsw, track "mid-January", sport) vs "in February" (courier); athlete aged 27 (gsw, sport, courier) vs 29 (track). Traps: four-year ban vs coach facing up to eight years; ban from 3 March vs indoor silver won in March vs return in March 2030; bronze from 2025 kept vs 2026 results annulled; 30 days to appeal vs 38-page decision; indoor championships in March vs continental championships in August (track, single); bronze from "last year" (courier) = 2025; 42,000 dollars prize money vs 44.61 seconds; ban announced Wed 20 May vs sample 14 Jan.';
export const published = { sport: '2026-05-21' };
export const sources = [
{ id: 'gsw', outlet: 'Global Sports Wire', published: '2026-05-20', text: `
BELLANZA, May 20 (GSW) - Artem Holovko, the 400 metres runner who won silver at the Continental Indoor Championships in March, was banned for four years on Wednesday after testing positive for the blood booster EPO, the Integrity Tribunal of the International Track Federation said.

The 27-year-old's urine sample, collected out of competition at a training camp in Valdoria on 14 January, contained recombinant EPO, the tribunal said in a 38-page decision. Analysis of his B sample confirmed the finding.

Holovko has been provisionally suspended since 3 March. The ban runs from that date, so he will be eligible to compete again in March 2030. All his results since the day of the test are annulled, including the indoor silver, which now goes to Samir Haddadi. His bronze from the 2025 World Championships is not affected.

The tribunal rejected his argument that the sample had been mishandled at the laboratory. "The chain of custody was intact at every stage," the panel wrote.

Holovko, who denies wrongdoing, has 30 days to appeal to the Sports Arbitration Court. "I have never taken a forbidden substance in my life and I will prove it," he wrote on social media after the ruling.

His coach, Ihor Danyliuk, was provisionally suspended while investigators examine whether he supplied the drug. If found guilty of trafficking, Danyliuk could face a ban of up to eight years.

ITF president Margarethe Lund said: "Clean athletes deserve clean competition. This decision sends exactly that message."

Holovko must also repay 42,000 dollars in prize money.

The case is the latest blow to a sport that has struggled to shake off its doping image. The federation said it carried out a record number of out-of-competition tests last season and that the Integrity Tribunal has handed down more bans in the past year than in any year since it was created.

Holovko's manager said the athlete was "devastated" and had not left his home since the verdict. His sponsors have not yet commented.
` },
{ id: 'track', outlet: 'TrackSide Magazine', published: '2026-05-21', title: 'Holovko ban leaves the 400m in shock', text: `
Holovko ban leaves the 400m in shock

Few people in the sport saw this coming. Artem Holovko, 29, was one of the most popular figures on the circuit, a late starter who had worked his way from club meetings in his home town of Zolotiv to a world championship podium.

On Wednesday the ITF's Integrity Tribunal handed him a four-year ban for EPO use. According to the 38-page ruling, his sample was taken in mid-January during a training camp in Valdoria, weeks before the indoor season in which he ran a personal best of 44.61 seconds and took silver at the continental indoor championships.

The ban is backdated to March 3, when he was provisionally suspended, and will keep him out of the sport until March 2030. The silver medal goes to Samir Haddadi, who finished third in the race. The bronze Holovko won at the 2025 World Championships stands, because it predates the positive test.

Holovko insists he is innocent. "I have never taken a forbidden substance in my life and I will prove it," he posted. His lawyers say they will take his case to the Sports Arbitration Court (SAC) within the 30 days allowed.

Margarethe Lund, the federation's president, was in no mood for sympathy. "Clean athletes deserve clean competition," Lund told reporters in Bellanza.

Questions now turn to his entourage. Coach Ihor Danyliuk, who also trains four other national team athletes, has been provisionally suspended. His other athletes have been tested twice in the past month, all negative.

For the event itself, the timing is painful. With the continental championships in August, organisers had been building their marketing around a rivalry between Holovko and Haddadi.
` },
{ id: 'sport', outlet: 'Sportyvna Hazeta (automatic translation)', text: `
ZOLOTIV, 21 May (Sportyvna Hazeta) - The runner Artyom Golovko is disqualified for four years. About this yesterday has reported the Integrity Tribunal of the International Federation of Track (ITF). In the sample of the athlete, taken the 14 January at the training collection in Valdoria, was found the forbidden preparation EPO.

The 27-year-old sportsman loses the silver medal of the Continental championship in hall, won in March. The term of the disqualification is counted from 3 March, when Golovko was temporarily suspended. He can return to competitions only in March 2030. Also he must return 42.000 dollars of prize money.

"I never in my life did not take forbidden substances and I will prove this", has written the athlete on his page in the social network. According to his lawyer, Golovko will address to the Sports Arbitration Court during 30 days.

The coach of the sportsman, Igor Danyliuk, is also temporarily suspended. The National federation of athletics has expressed "deep disappointment" and has declared that it will collaborate with the investigation.

In Zolotiv, where Golovko began to run at 15 years in the local school of sport, many do not believe in his guilt. "Artyom always trained honestly, I know him since childhood", told our newspaper his first trainer. In the city a collection of signatures in support of the athlete has begun.

It is the second case of doping in the national team of athletics in two years. The minister of sport has asked a meeting with the federation for next week.
` },
{ id: 'courier', outlet: 'The Evening Courier', published: '2026-05-20', title: 'Runner Holovko banned for four years over EPO', text: `
Runner Holovko banned for four years over EPO

Artem Holovko, one of the country's best-known athletes, has been banned from competition for four years after a positive test for the endurance drug EPO.

The 27-year-old failed an out-of-competition test in February, the International Track Federation's Integrity Tribunal announced on Wednesday. He has been suspended since the beginning of March, when the result first became known, and has lost the silver medal he won at the continental indoor championships.

The tribunal said it had checked his claim that the sample was mishandled and found that the chain of custody had been intact. Holovko says he is innocent and is expected to appeal.

His coach Ihor Danyliuk has also been suspended. Investigators want to know whether he obtained the drug for his athlete. Under the federation's rules, a coach found guilty of supplying banned substances can be banned for up to eight years, or for life in serious cases.

Federation president Margarethe Lund called the decision a victory for honest competitors. The National Athletics Federation said it was "deeply disappointed" and would cooperate fully with the investigation.

Holovko, who grew up in Zolotiv, became a national hero when he won bronze at the world championships last year. Sponsors were quick to react on Wednesday evening: a sportswear company said it was ending its contract with him with immediate effect.

Anti-doping experts say EPO, which boosts the production of red blood cells, remains one of the most common drugs in endurance sports despite improved tests, because it leaves the body within days.
` },
];
export const facts = [
['ban-announced', 'date', 'agree', { gsw: 'for four years on Wednesday', track: 'On Wednesday the', sport: 'yesterday has reported', courier: 'announced on Wednesday' }, { values: ['2026-05-20'] }],
['sample-date', 'date', 'conflict', { gsw: 'on 14 January', track: 'in mid-January', sport: 'the 14 January', courier: 'in February' }],
['suspended-since', 'date', 'agree', { gsw: 'since 3 March', track: 'backdated to March 3', sport: 'from 3 March', courier: 'since the beginning of March' }, { values: ['2026-03-03'], unsure: true }],
['return', 'date', 'agree', { gsw: 'again in March 2030', track: 'until March 2030', sport: 'only in March 2030' }, { values: ['2030-03'] }],
['indoor-silver', 'date', 'agree', { gsw: 'Championships in March', sport: 'won in March' }, { values: ['2026-03'] }],
['worlds-bronze', 'date', 'agree', { gsw: 'the 2025 World Championships', track: 'the 2025 World Championships', courier: 'last year' }, { values: ['2025'] }],
['ban-length', 'number', 'agree', { gsw: 'banned for four years', track: 'four-year ban', sport: 'disqualified for four years', courier: 'for four years after' }],
['age', 'number', 'conflict', { gsw: 'The 27-year-old', sport: 'The 27-year-old', courier: 'The 27-year-old', track: 'Artem Holovko, 29' }],
['appeal-days', 'number', 'agree', { gsw: '30 days to appeal', track: 'the 30 days allowed', sport: 'during 30 days' }],
['prize-money', 'number', 'agree', { gsw: '42,000 dollars', sport: '42.000 dollars' }],
['coach-max', 'number', 'agree', { gsw: 'up to eight years', courier: 'up to eight years' }],
['decision-pages', 'number', 'agree', { gsw: '38-page decision', track: '38-page ruling' }],
['holovko', 'entity', 'variant', { gsw: 'Artem Holovko', track: 'Artem Holovko', sport: 'Artyom Golovko', courier: 'Artem Holovko' }],
['danyliuk', 'entity', 'variant', { gsw: 'Ihor Danyliuk', track: 'Ihor Danyliuk', sport: 'Igor Danyliuk', courier: 'Ihor Danyliuk' }],
['lund', 'entity', 'agree', { gsw: 'Margarethe Lund', track: 'Margarethe Lund', courier: 'Margarethe Lund' }],
['haddadi', 'entity', 'agree', { gsw: 'Samir Haddadi', track: 'Samir Haddadi' }],
['itf', 'entity', 'variant', { gsw: 'International Track Federation', track: 'ITF', sport: 'International Federation of Track (ITF)', courier: 'International Track Federation' }],
['tribunal', 'entity', 'agree', { gsw: 'Integrity Tribunal', track: 'Integrity Tribunal', sport: 'Integrity Tribunal', courier: 'Integrity Tribunal' }, { org: true }],
['sac', 'entity', 'agree', { gsw: 'Sports Arbitration Court', track: 'Sports Arbitration Court (SAC)', sport: 'Sports Arbitration Court' }],
['valdoria', 'entity', 'agree', { gsw: 'Valdoria', track: 'Valdoria', sport: 'Valdoria' }, { org: true }],
['zolotiv', 'entity', 'agree', { track: 'Zolotiv', sport: 'Zolotiv', courier: 'Zolotiv' }, { org: true }],
['holovko-quote', 'quote', 'variant', { gsw: 'I have never taken a forbidden substance in my life and I will prove it', track: 'I have never taken a forbidden substance in my life and I will prove it', sport: 'I never in my life did not take forbidden substances and I will prove this' }],
['lund-quote', 'quote', 'agree', { gsw: 'Clean athletes deserve clean competition', track: 'Clean athletes deserve clean competition' }],
['custody-quote', 'quote', 'variant', { gsw: 'The chain of custody was intact at every stage', courier: 'the chain of custody had been intact' }, { unsure: true }],
['federation-quote', 'quote', 'variant', { sport: 'deep disappointment', courier: 'deeply disappointed' }],
['ban', 'event', 'variant', { gsw: 'was banned', track: 'handed him a four-year ban', sport: 'is disqualified', courier: 'has been banned' }],
['coach-suspended', 'event', 'variant', { gsw: 'was provisionally suspended while', track: 'has been provisionally suspended', sport: 'is also temporarily suspended', courier: 'has also been suspended' }],
['medal-lost', 'event', 'variant', { gsw: 'are annulled', sport: 'loses the silver medal', courier: 'has lost the silver medal' }],
['appeal', 'event', 'variant', { gsw: 'to appeal to', track: 'take his case to', sport: 'will address to', courier: 'is expected to appeal' }],
];
