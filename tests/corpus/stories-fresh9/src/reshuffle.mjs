export const about = 'Written blind by helper blind9b. Planted conflicts: the new ministers are sworn in on Thursday 19 Nov (mpa, srt "on Thursday morning", review "sworn in on Thursday", vjesnik "today") vs "on Friday" (courier, citing the president\'s office because the president is abroad); helicopter contract worth 1.2 billion crowns (mpa, srt "1.2bn crowns", vjesnik "1,2 billion of crowns") vs 1.6 billion crowns (courier, citing the audit report); review\'s "more than a billion crowns" fits both and is left out. Traps: 12 helicopters vs 1.2 billion crowns; five portfolios of 17 vs three newcomers vs Brelic aged 52 (single) vs Holt mayor for eight years (single); 78 of 151 seats vs "a majority of just two" (review, single) vs 23 percent poll; audit report Thu 12 Nov (mpa "last Thursday") vs resignation Mon 16 vs prosecutors Tue 17 vs reshuffle Wed 18 vs swearing-in Thu 19 / Fri 20 vs confidence vote Tue 24 vs motion filed "last week" (mpa, single); contract signed 2024 vs deliveries until 2027 (single) vs election 2028; srt\'s Brelic interview (no day) vs prosecutors on Tuesday. Undated: vjesnik, dateline "TALLOMIR, 19 November".';
export const published = { vjesnik: '2026-11-19' };
export const sources = [
{ id: 'mpa', outlet: 'Meridian Press Agency', published: '2026-11-18', text: `
TALLOMIR, Seravia, Nov 18 (MPA) - Seravian Prime Minister Daria Velkova reshuffled her cabinet on Wednesday, handing five portfolios to new holders two days after Interior Minister Tomáš Brelić resigned over a disputed police helicopter deal, as she tried to steady her coalition ahead of a no-confidence vote.

Velkova moved Justice Minister Vesna Radulović to the interior ministry and brought three newcomers into government, among them law professor Emil Skarra, who takes over at justice. The new ministers will be sworn in on Thursday by President Konstantin Daro, the prime minister's office said.

Brelić, 52, stepped down on Monday after the State Audit Office said in a report published last Thursday that a 1.2 billion crown contract for 12 helicopters had been awarded to Valcor Aerospace without a proper tender. He has denied any wrongdoing. Prosecutors said on Tuesday they had opened a preliminary investigation into the deal, which was signed in 2024 and foresees deliveries until 2027.

"I will not allow my name to become a burden for this government," Brelić said in his resignation statement.

Health Minister Karol Mesz, who has faced criticism over long hospital waiting lists, was replaced by hospital director Ida Brenner. Lukas Ferenc of the junior coalition partner, the Green Alliance, becomes transport minister, and Mira Holt takes over regional development.

"This government is a team, and a team has to earn trust every day," Velkova told reporters after presenting the changes.

The opposition National Renewal party, which filed the no-confidence motion last week, dismissed the shake-up. "It is a new coat of paint on a rotten house," party leader Radek Horvat said. Parliament is due to vote on the motion next Tuesday.

Velkova's Civic Union and the Green Alliance together hold 78 of the 151 seats in parliament, a majority that has looked fragile since the Greens threatened to quit the government over the helicopter affair. With the changes, the 17-member cabinet keeps the same number of seats for each party.

Analysts said the prime minister was likely to survive the vote but would struggle to regain ground before the next general election.
` },
{ id: 'srt', outlet: 'SRT News', published: '2026-11-18', title: 'Velkova shakes up government after interior minister quits', text: `
Velkova shakes up government after interior minister quits

Prime Minister Daria Velkova has reshaped her government, putting new people in charge of five ministries less than 48 hours after the resignation of Interior Minister Tomas Brelic.

Speaking at the government office on Wednesday, Velkova said the changes were about restoring confidence. "Governing is teamwork, and the team must win back trust day after day," she said.

The interior ministry goes to Vesna Radulović, until now the justice minister. A former state prosecutor, she has a reputation as a tough manager who rarely gives interviews.

Brelic quit on Monday evening after weeks of pressure over the purchase of a dozen helicopters for the police. Auditors found that the deal, worth 1.2bn crowns, had been handed to the manufacturer Valcor Aerospace without any competition. Brelic says he did nothing wrong. "I do not want my name to weigh on this government," he told SRT in an interview.

Lukas Ferenc from the Green Alliance is the new transport minister - seen in Tallomir as a concession to the junior partner, which had threatened to walk out of the coalition over the scandal.

The ministers are due to take their oath at the presidential palace on Thursday morning.

The opposition is not impressed. National Renewal leader Radek Horvat described the reshuffle as "fresh paint on a house that is rotting", and his party's motion of no confidence will be put to a vote on November 24.

On the streets of the capital, reactions were mixed. "They change the faces, but the problems stay the same," said a pensioner outside the central market. A student said she was glad the government had at least acted quickly.

Political commentators say the choice of Radulović is a signal that the prime minister wants the interior ministry, which oversees the police, cleaned up before any further revelations from the investigation. Prosecutors are looking into how the contract was prepared and who signed off on it.
` },
{ id: 'courier', outlet: 'The Tallomir Courier', published: '2026-11-19', title: 'President abroad: new ministers to take oath on Friday', text: `
President abroad: new ministers to take oath on Friday

The five ministers named by Prime Minister Daria Velkova will be sworn in on Friday, the president's office confirmed to the Courier last night. President Konstantin Daro is on a state visit abroad and returns only late on Thursday.

Velkova presented the reshuffle on Wednesday afternoon, after a morning of talks with the leaders of the Green Alliance. Two of the new faces have strong ties to the capital. Mira Holt, who takes the regional development portfolio, was for eight years the mayor of Tallomir's Old Town district. The new interior minister, Vesna Radulović, grew up in the Hillside neighbourhood and still lives there.

Her predecessor, Tomáš Brelić, resigned on Monday. The affair that cost him his job began with the audit report published on 12 November, which found that the contract for twelve helicopters had gone to Valcor Aerospace with no open tender. According to that report, the contract was worth 1.6 billion crowns.

Prosecutors opened an inquiry on Tuesday. Brelić, who rejects all accusations, has not said whether he will keep his seat in parliament.

For the prime minister, the timing could hardly be worse. Her Civic Union has slipped to 23 percent in the latest poll, its lowest level since she took office, and the opposition National Renewal wants to topple the government long before the 2028 election. Its no-confidence motion comes to a vote on 24 November.

"We need a government that works, not one that shuffles chairs," said National Renewal's Radek Horvat, who will lead the debate.

At the city hall, the reaction to Holt's promotion was warm across party lines. "She knows what a pothole is and who to call about it," said one councillor from the opposition. Holt said she would keep her flat in the Old Town and travel to the ministry by tram.

The outgoing health minister, Karol Mesz, also a Tallomir man, said he was leaving "with a clear conscience" and would return to his medical practice.
` },
{ id: 'review', outlet: 'Seravia Policy Review', published: '2026-11-20', title: 'Velkova\'s reshuffle buys time, not trust', text: `
Velkova's reshuffle buys time, not trust

Analysis

Reshuffles are the oldest tool in a prime minister's box, and Daria Velkova has now used it. Five of the 17 cabinet posts changed hands this week, and three new faces joined the government when the ministers were sworn in on Thursday. The question is whether any of it changes the arithmetic that matters.

That arithmetic is simple. The coalition of the Civic Union and the Green Alliance holds 78 seats out of 151, a majority of just two. Monday's resignation of Tomáš Brelić removed the most obvious target, but the no-confidence vote set for next Tuesday will test whether the Greens are still willing to stand behind a prime minister whose party is polling at 23 percent.

The choices themselves are telling. Vesna Radulović at the interior ministry is a law-and-order appointment meant to show that the government takes the helicopter affair seriously. The State Audit Office's report of November 12 found that a contract worth more than a billion crowns had been awarded without competition, and prosecutors are now investigating. Putting a former prosecutor in charge of the police is, in that light, a defensive move.

Ida Brenner at health is a different kind of signal. A hospital director with no party background, she inherits waiting lists that have become the government's biggest weakness with older voters. Lukas Ferenc's arrival at transport, meanwhile, is the price of keeping the Greens on board: they now control a ministry with one of the largest investment budgets in the state.

What the reshuffle does not do is answer the question voters keep asking: who knew what about the 2024 contract, and when? Until the investigation reports, the affair will remain open, and Velkova's opponents will keep using it.

The 2028 election is still far away. But governments rarely recover from a scandal of this kind by changing personnel alone, and the prime minister's own standing has fallen steadily since the summer. If the vote next week goes her way, she will have bought time. Whether she can also buy back trust is another matter.
` },
{ id: 'vjesnik', outlet: 'Dnevni Vjesnik (machine translation)', text: `
TALLOMIR, 19 November (Dnevni Vjesnik) - The president of the republic Konstantin Daro will take today the oath from the new ministers, after the premier Darja Velkova yesterday presented the changes in the government. In the reshuffle were exchanged five ministers, of whom three are new persons in the cabinet.

The minister of interior Tomáš Brelić gave the resignation on Monday, after the Supreme Office of Control found that the contract for 12 helicopters of the firm Valcor Aerospace in the value of 1,2 billion of crowns was given without the public tender. Brelić refuses every guilt. "I will not permit that my name becomes a burden for the government", he wrote in his declaration.

The state prosecution opened on Tuesday a preliminary investigation.

On the place of the minister of interior comes the until now minister of justice Vesna Radulovič. The ministry of justice takes over the professor of law Emil Skarra. The new minister of health will be Ida Brenner, director of the hospital, and the ministry of transport goes to Lukas Ferenc from the Alliance of the Greens.

"The government is a team, and the team must earn the trust every day", declared Velkova on the press conference.

The opposition is not satisfied. The president of the National Renewal Radek Horvat said that it is about "new colour on a rotten house". His party submitted the proposal of no-confidence to the government, about which the parliament will vote on Tuesday, 24 November.

The coalition of the Civic Union and the Alliance of the Greens has in the parliament 78 from 151 mandates. The Greens in the last weeks threatened with exit from the coalition, but after the talks with the premier they remain in the government and receive one ministry more.

According to the observers, the premier with the reshuffle wants to calm the situation before the vote. The citizens in the capital are divided: part of them greets the fast reaction, the others consider that the changes are only cosmetic.
` },
];
export const facts = [
['resign-day', 'date', 'agree', { mpa: 'stepped down on Monday', srt: 'quit on Monday evening', courier: 'resigned on Monday', review: "Monday's resignation", vjesnik: 'gave the resignation on Monday' }, { values: ['2026-11-16'] }],
['reshuffle-day', 'date', 'agree', { mpa: 'reshuffled her cabinet on Wednesday', srt: 'government office on Wednesday', courier: 'on Wednesday afternoon', vjesnik: 'yesterday presented the changes' }, { values: ['2026-11-18'] }],
['sworn-day', 'date', 'conflict', { mpa: 'sworn in on Thursday', srt: 'on Thursday morning', review: 'sworn in on Thursday', vjesnik: 'will take today the oath', courier: 'sworn in on Friday' }],
['audit-day', 'date', 'agree', { mpa: 'published last Thursday', courier: 'published on 12 November', review: 'report of November 12' }, { values: ['2026-11-12'] }],
['probe-day', 'date', 'agree', { mpa: 'Prosecutors said on Tuesday', courier: 'opened an inquiry on Tuesday', vjesnik: 'opened on Tuesday' }, { values: ['2026-11-17'] }],
['vote-day', 'date', 'agree', { mpa: 'vote on the motion next Tuesday', srt: 'vote on November 24', courier: 'vote on 24 November', review: 'set for next Tuesday', vjesnik: 'Tuesday, 24 November' }, { values: ['2026-11-24'] }],
['contract-year', 'date', 'agree', { mpa: 'signed in 2024', review: 'the 2024 contract' }, { values: ['2024'] }],
['election-year', 'date', 'agree', { courier: 'the 2028 election', review: 'The 2028 election' }, { values: ['2028'] }],
['contract-value', 'number', 'conflict', { mpa: '1.2 billion crown contract', srt: 'worth 1.2bn crowns', vjesnik: '1,2 billion of crowns', courier: 'worth 1.6 billion crowns' }],
['helicopters', 'number', 'agree', { mpa: '12 helicopters', srt: 'a dozen helicopters', courier: 'twelve helicopters', vjesnik: '12 helicopters' }],
['portfolios', 'number', 'agree', { mpa: 'five portfolios', srt: 'five ministries', courier: 'The five ministers', review: 'Five of the 17 cabinet posts', vjesnik: 'exchanged five ministers' }],
['newcomers', 'number', 'agree', { mpa: 'three newcomers', review: 'three new faces', vjesnik: 'three are new persons' }],
['cabinet-size', 'number', 'agree', { mpa: '17-member cabinet', review: 'of the 17 cabinet posts' }],
['seats', 'number', 'agree', { mpa: '78 of the 151 seats', review: '78 seats out of 151', vjesnik: '78 from 151 mandates' }],
['poll', 'number', 'agree', { courier: 'slipped to 23 percent', review: 'polling at 23 percent' }],
['velkova', 'entity', 'variant', { mpa: 'Daria Velkova', srt: 'Daria Velkova', courier: 'Daria Velkova', review: 'Daria Velkova', vjesnik: 'Darja Velkova' }],
['brelic', 'entity', 'variant', { mpa: 'Tomáš Brelić', srt: 'Tomas Brelic', courier: 'Tomáš Brelić', review: 'Tomáš Brelić', vjesnik: 'Tomáš Brelić' }],
['radulovic', 'entity', 'variant', { mpa: 'Vesna Radulović', srt: 'Vesna Radulović', courier: 'Vesna Radulović', review: 'Vesna Radulović', vjesnik: 'Vesna Radulovič' }],
['skarra', 'entity', 'agree', { mpa: 'Emil Skarra', vjesnik: 'Emil Skarra' }],
['brenner', 'entity', 'agree', { mpa: 'Ida Brenner', review: 'Ida Brenner', vjesnik: 'Ida Brenner' }],
['ferenc', 'entity', 'agree', { mpa: 'Lukas Ferenc', srt: 'Lukas Ferenc', review: "Lukas Ferenc", vjesnik: 'Lukas Ferenc' }],
['holt', 'entity', 'agree', { mpa: 'Mira Holt', courier: 'Mira Holt' }],
['mesz', 'entity', 'agree', { mpa: 'Karol Mesz', courier: 'Karol Mesz' }],
['horvat', 'entity', 'agree', { mpa: 'Radek Horvat', srt: 'Radek Horvat', courier: 'Radek Horvat', vjesnik: 'Radek Horvat' }],
['daro', 'entity', 'agree', { mpa: 'President Konstantin Daro', courier: 'President Konstantin Daro', vjesnik: 'Konstantin Daro' }],
['company', 'entity', 'agree', { mpa: 'Valcor Aerospace', srt: 'Valcor Aerospace', courier: 'Valcor Aerospace', vjesnik: 'Valcor Aerospace' }, { org: true }],
['greens', 'entity', 'variant', { mpa: 'Green Alliance', srt: 'Green Alliance', courier: 'Green Alliance', review: 'Green Alliance', vjesnik: 'Alliance of the Greens' }],
['audit-office', 'entity', 'variant', { mpa: 'State Audit Office', review: 'State Audit Office', vjesnik: 'Supreme Office of Control' }, { unsure: true }],
['civic-union', 'entity', 'agree', { mpa: 'Civic Union', courier: 'Civic Union', review: 'Civic Union', vjesnik: 'Civic Union' }, { org: true }],
['brelic-quote', 'quote', 'variant', { mpa: 'I will not allow my name to become a burden for this government', srt: 'I do not want my name to weigh on this government', vjesnik: 'I will not permit that my name becomes a burden for the government' }],
['velkova-quote', 'quote', 'variant', { mpa: 'This government is a team, and a team has to earn trust every day', srt: 'Governing is teamwork, and the team must win back trust day after day', vjesnik: 'The government is a team, and the team must earn the trust every day' }],
['horvat-quote', 'quote', 'variant', { mpa: 'It is a new coat of paint on a rotten house', srt: 'fresh paint on a house that is rotting', vjesnik: 'new colour on a rotten house' }],
['resignation', 'event', 'variant', { mpa: 'Tomáš Brelić resigned', srt: 'Brelic quit', courier: 'Tomáš Brelić, resigned', review: "resignation of Tomáš Brelić", vjesnik: 'gave the resignation' }],
['no-tender', 'event', 'variant', { mpa: 'awarded to Valcor Aerospace without a proper tender', srt: 'handed to the manufacturer Valcor Aerospace without any competition', courier: 'gone to Valcor Aerospace with no open tender', review: 'awarded without competition', vjesnik: 'was given without the public tender' }],
['probe', 'event', 'variant', { mpa: 'opened a preliminary investigation', courier: 'Prosecutors opened an inquiry', review: 'prosecutors are now investigating', vjesnik: 'opened on Tuesday a preliminary investigation' }],
['denial', 'event', 'variant', { mpa: 'He has denied any wrongdoing', srt: 'Brelic says he did nothing wrong', courier: 'rejects all accusations', vjesnik: 'Brelić refuses every guilt' }],
];
