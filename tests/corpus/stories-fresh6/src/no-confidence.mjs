export const about = 'Written blind by helper fresh6b. Planted conflicts: the Farmers\' Alliance quit the coalition on Monday 5 Oct (mpa, courier, glas) vs "late on Sunday 4 October" at a party council (prm, citing its published minutes; nwt\'s "at the start of last week" is vague and left out); votes for the motion 81 (mpa, nwt, courier, prm) vs 83 (glas, citing the opposition\'s own count). Traps: 18 Farmers\' Alliance deputies vs the 18% fuel-duty rise; 62 Civic Union seats vs 64 votes against; six abstentions vs six votes from small parties (prm); 57 PDR seats; 76 needed for a majority vs 151 seats; 11 hours of debate; 30 days to form a government; quit Mon 5 Oct vs motion tabled Fri 9 Oct vs vote Thu 15 Oct vs consultations Mon 19 Oct vs election in January; fuel duty raised in September vs the protest march on 26 Sep ("last month", not in gold); Veselic in office since 2023 vs the last fall of a government in 2009 (not in gold). Undated: glas, dateline "DREVNIK, 16 October".';
export const published = { glas: '2026-10-16' };
export const sources = [
{ id: 'mpa', outlet: 'Meridian Press Agency', published: '2026-10-15', text: `
DREVNIK, Lutavia, Oct 15 (MPA) - Lutavia's parliament voted Prime Minister Anton Veselić's government out of office on Thursday, passing a motion of no confidence by 81 votes to 64 after the centre-right coalition lost its majority over an unpopular rise in fuel duties.

Six deputies abstained in the 151-seat National Assembly, where 76 votes were needed for the motion to pass. Speaker Bogdan Ilin announced the result shortly before midnight, after a debate that lasted 11 hours.

The government's fall follows the departure of the Farmers' Alliance, the junior coalition partner, which announced on Monday, Oct. 5, that it was pulling out of the cabinet in protest at the 18 percent increase in fuel duty approved in September. Its 18 deputies all voted for the motion.

"We cannot sit in a government that makes farmers pay for its mistakes," Farmers' Alliance leader Petar Grubač told reporters before the vote.

The motion was tabled last Friday by the main opposition Party of Democratic Renewal (PDR), led by Irena Matušek.

"Today parliament listened to the street," Matušek said after the result was read out.

Veselić, who has led the government since June 2023, said he accepted the verdict and would remain in office as caretaker until a new cabinet is formed. "We have lost a vote, but not our convictions," he told deputies.

President Helena Sarić will begin consultations with party leaders on Monday, her office said. Under the constitution, if no new government wins the confidence of parliament within 30 days, the president must dissolve the assembly and call an early election.

Analysts said a snap vote in January was the most likely outcome, as no alternative majority appeared to exist. The PDR and its allies hold 57 seats.

The fuel duty increase, part of a plan to cut the budget deficit to 3 percent of GDP next year, triggered the country's biggest protests in a decade. Some 40,000 people marched through Drevnik on Sept. 26.

The lutar currency fell 0.8 percent against the euro after the vote.
` },
{ id: 'nwt', outlet: 'NordWorld Television', published: '2026-10-15', title: "Lutavia's government falls in no-confidence vote", text: `
Lutavia's government falls in no-confidence vote

Lutavia's government has been brought down by parliament, barely three years after it took office.

Eighty-one deputies backed a no-confidence motion against Prime Minister Anton Veselic on Thursday night, with 64 against, ending weeks of political turmoil sparked by a steep rise in fuel prices.

The coalition's collapse became inevitable once its junior partner, the rural Farmers' Alliance, walked out of government at the start of last week. Without its 18 seats, Mr Veselic's Civic Union was left with only 62 of the 151 seats in the chamber.

Outside parliament, several hundred supporters of the opposition waited in the rain for the result, and cheered when it was announced.

Irena Matusek, whose Party of Democratic Renewal tabled the motion, told NordWorld: "Parliament has finally listened to the street."

Mr Veselic remains in charge as head of a caretaker government. In a short speech after the vote, he said: "We lost a vote. We did not lose our convictions." He did not say whether he would lead his party into an election.

What happens next?

President Helena Saric has to nominate a new candidate for prime minister. She will start talks with the parties on Monday. If no government is approved within a month, parliament will be dissolved and an early election held - probably in January.

Why did the government fall?

In September, the government raised fuel duty by 18%, saying it needed the money to bring the deficit down. Farmers, hauliers and taxi drivers protested across the country, and tens of thousands marched in the capital, Drevnik, in the largest demonstration Lutavia has seen in years.

The Farmers' Alliance said the increase would ruin its voters. Its leader, Petar Grubac, said the party could not stay in a government that made farmers pay for its mistakes.

Mr Veselic, a former finance minister, became prime minister in 2023. His is only the third government in Lutavia's history to be ousted by a vote of no confidence.
` },
{ id: 'courier', outlet: 'The Drevnik Courier', published: '2026-10-16', title: 'Veselić out: eleven hours of debate, one minute of counting', text: `
Veselić out: eleven hours of debate, one minute of counting

It took the deputies of the National Assembly eleven hours to say everything they had to say about Anton Veselić, and less than a minute to vote him out.

When Speaker Bogdan Ilin read the result late on Thursday - 81 for, 64 against, six abstentions - the opposition benches rose to applaud, and the prime minister, who had listened to most of the debate in silence, gathered his papers and left the chamber without a word to journalists.

He spoke later, in a brief statement at the government building on Republic Square. "We lost a vote, not our convictions," Veselić said. He will stay on as acting prime minister until a successor is in place.

For Irena Matušek, the leader of the Party of Democratic Renewal, it was the night she has been waiting for since her defeat at the polls three years ago. "Today the parliament heard the voice of the street," she said, thanking the tens of thousands who filled Drevnik's avenues last month to protest against the fuel tax increase.

The decisive blow came from the Farmers' Alliance. The party's 18 deputies, who had sat in government with Veselić's Civic Union since the last election, voted with the opposition. Party leader Petar Grubač announced the break on 5 October, after a tense meeting of the party's leadership. "We cannot stay in a government that sends the bill for its mistakes to the farmers," he said at the time.

In the cafés around Republic Square, reactions were mixed. "They brought down the government over the price of diesel. Now we will have an election and the price of diesel will be the same," said Milan Havel, a retired tram driver.

President Helena Sarić has called the party leaders to the presidential palace from Monday. If, within thirty days, no new prime minister wins a majority of at least 76 votes, the assembly will be dissolved.

Few in Drevnik expect a new majority to emerge. Most party officials the Courier spoke to yesterday were already preparing for a campaign, with a vote likely in January.
` },
{ id: 'prm', outlet: 'Political Risk Monitor', published: '2026-10-17', title: 'Lutavia: after Veselić, an early election and a harder budget', text: `
Lutavia: after Veselić, an early election and a harder budget

The no-confidence vote that removed Anton Veselić's government on 15 October was the least surprising political event of the Lutavian autumn. Once the Farmers' Alliance announced its withdrawal from the coalition - late on Sunday 4 October, at the end of a party council whose minutes were published the same night - the arithmetic was settled. The Civic Union's 62 seats are 14 short of the 76 needed for a majority in the 151-member National Assembly.

The motion itself, filed by the opposition on 9 October, passed 81 to 64. The Party of Democratic Renewal's 57 seats and the Alliance's 18 add up to 75; the remaining six votes came from small parties and independents.

Three points stand out.

First, the trigger was fiscal. The 18% fuel-duty rise adopted in September was meant to raise roughly 0.6% of GDP and to put the deficit on track for 3% of GDP in 2027. No successor government is likely to keep it in full, and the deficit target now looks out of reach.

Second, the opposition is not ready to govern. Irena Matušek's party has no obvious partner with whom to build a majority. When President Helena Sarić opens consultations on 19 October, we expect her to test a technocratic cabinet, but we put the chance of one being approved within the constitutional deadline of 30 days at less than one in four.

Third, the timing is poor. An election would most likely fall in the second half of January, just as the 2027 budget should be in force. A provisional budget, running on monthly twelfths of this year's spending, is our base case until at least March.

Veselić's caretaker cabinet keeps full powers over day-to-day administration but cannot propose new laws. Markets took the vote calmly: the lutar eased 0.8% against the euro and ten-year yields rose by 15 basis points.

This is only the third government since independence in 1991 to fall in a confidence vote, and the first since 2009. Veselić, in office since 2023, had survived two earlier motions.
` },
{ id: 'glas', outlet: 'Glas Lutavije (automatic translation)', text: `
DREVNIK, 16 October (Glas Lutavije) - The government of the premier Anton Veselič fell yesterday in the National Assembly, after 83 deputies voted the motion of distrust presented by the opposition Party of the Democratic Renovation, according to the count of the party. Against voted 64 deputies.

It is the first time since 2009 that a Lutavian government is overthrown by the parliament. The session, which began in the morning, finished close to the midnight after more of eleven hours of discussion.

"Today the parliament has listened the street", declared the president of the PDR, Irena Matušek, after the speaker of the Assembly, Bogdan Ilin, announced the result.

The premier Veselič, who remains in the function with technical mandate until the formation of the new government, accepted the defeat. "We have lost one vote, but not the convictions", he said to the deputies.

The crisis began when the Alliance of the Farmers, minor partner of the coalition, abandoned the government on Monday 5 October because of the increase of 18 per cent of the excises on the fuels. The eighteen deputies of the Alliance voted all for the motion. Its president Petar Grubač has declared that the farmers cannot pay the errors of the government.

The president of the Republic, Helena Sarić, will begin on Monday the consultations with the parliamentary parties. If in 30 days no candidate obtains the confidence of the Assembly, she must dissolve it and convoke anticipated elections, which the analysts expect for January.

Last month around 40.000 persons manifested in Drevnik against the rise of the fuels, the biggest protest since ten years. The farmers blocked with tractors the roads toward the capital during three days.

The Civic Union of Veselič has 62 deputies, the PDR of Matušek counts 57 mandates. The lutar lost yesterday 0,8 per cent in front of the euro, and the interest of the state bonds rose.
` },
];
export const facts = [
['vote-day', 'date', 'agree', { mpa: 'out of office on Thursday', nwt: 'on Thursday night', courier: 'late on Thursday', prm: 'on 15 October', glas: 'fell yesterday' }, { values: ['2026-10-15'] }],
['quit-day', 'date', 'conflict', { mpa: 'on Monday, Oct. 5', courier: 'on 5 October', glas: 'on Monday 5 October', prm: 'late on Sunday 4 October' }],
['motion-filed', 'date', 'agree', { mpa: 'tabled last Friday', prm: 'filed by the opposition on 9 October' }, { values: ['2026-10-09'] }],
['consultations-day', 'date', 'agree', { mpa: 'consultations with party leaders on Monday', nwt: 'with the parties on Monday', courier: 'from Monday', prm: 'on 19 October', glas: 'will begin on Monday' }, { values: ['2026-10-19'] }],
['election-month', 'date', 'agree', { mpa: 'a snap vote in January', nwt: 'probably in January', courier: 'likely in January', prm: 'second half of January', glas: 'expect for January' }, { values: ['2027-01'] }],
['duty-month', 'date', 'agree', { mpa: 'approved in September', nwt: 'In September, the government raised', prm: 'adopted in September' }, { values: ['2026-09'] }],
['in-office-since', 'date', 'agree', { mpa: 'since June 2023', nwt: 'prime minister in 2023', prm: 'in office since 2023' }, { values: ['2023'] }],
['votes-for', 'number', 'conflict', { mpa: 'by 81 votes', nwt: 'Eighty-one deputies', courier: '81 for', prm: 'passed 81', glas: '83 deputies' }],
['votes-against', 'number', 'agree', { mpa: 'to 64', nwt: 'with 64 against', courier: '64 against', prm: '81 to 64', glas: 'Against voted 64 deputies' }],
['abstentions', 'number', 'agree', { mpa: 'Six deputies abstained', courier: 'six abstentions' }],
['seats', 'number', 'agree', { mpa: '151-seat', nwt: 'the 151 seats', prm: '151-member' }],
['majority', 'number', 'agree', { mpa: '76 votes were needed', courier: 'at least 76 votes', prm: 'the 76 needed' }],
['fa-deputies', 'number', 'agree', { mpa: 'Its 18 deputies', nwt: 'its 18 seats', courier: "The party's 18 deputies", prm: "the Alliance's 18", glas: 'The eighteen deputies' }],
['duty-rise', 'number', 'agree', { mpa: '18 percent increase', nwt: 'by 18%', prm: '18% fuel-duty rise', glas: '18 per cent' }],
['civic-seats', 'number', 'agree', { nwt: 'only 62', prm: "Civic Union's 62 seats", glas: 'has 62 deputies' }],
['pdr-seats', 'number', 'agree', { mpa: 'hold 57 seats', prm: "Renewal's 57 seats", glas: '57 mandates' }],
['debate-hours', 'number', 'agree', { mpa: 'lasted 11 hours', courier: 'eleven hours to say', glas: 'more of eleven hours' }],
['deadline-days', 'number', 'agree', { mpa: 'within 30 days', nwt: 'within a month', courier: 'within thirty days', prm: 'deadline of 30 days', glas: 'in 30 days' }, { unsure: true }],
['protesters', 'number', 'agree', { mpa: 'Some 40,000 people', nwt: 'tens of thousands marched', courier: 'the tens of thousands', glas: 'around 40.000 persons' }, { unsure: true }],
['lutar-fall', 'number', 'agree', { mpa: '0.8 percent', prm: '0.8%', glas: '0,8 per cent' }],
['veselic', 'entity', 'variant', { mpa: 'Anton Veselić', nwt: 'Anton Veselic', courier: 'Anton Veselić', prm: 'Anton Veselić', glas: 'Anton Veselič' }],
['matusek', 'entity', 'variant', { mpa: 'Irena Matušek', nwt: 'Irena Matusek', courier: 'Irena Matušek', prm: 'Irena Matušek', glas: 'Irena Matušek' }],
['grubac', 'entity', 'variant', { mpa: 'Petar Grubač', nwt: 'Petar Grubac', courier: 'Petar Grubač', glas: 'Petar Grubač' }],
['saric', 'entity', 'variant', { mpa: 'Helena Sarić', nwt: 'Helena Saric', courier: 'Helena Sarić', prm: 'Helena Sarić', glas: 'Helena Sarić' }],
['ilin', 'entity', 'agree', { mpa: 'Bogdan Ilin', courier: 'Bogdan Ilin', glas: 'Bogdan Ilin' }],
['farmers-alliance', 'entity', 'variant', { mpa: "Farmers' Alliance", nwt: "Farmers' Alliance", courier: "Farmers' Alliance", prm: "Farmers' Alliance", glas: 'Alliance of the Farmers' }],
['pdr', 'entity', 'variant', { mpa: 'Party of Democratic Renewal (PDR)', nwt: 'Party of Democratic Renewal', courier: 'Party of Democratic Renewal', prm: 'Party of Democratic Renewal', glas: 'Party of the Democratic Renovation' }],
['civic-union', 'entity', 'agree', { nwt: 'Civic Union', courier: 'Civic Union', prm: 'Civic Union', glas: 'Civic Union' }, { org: true }],
['national-assembly', 'entity', 'agree', { mpa: 'National Assembly', courier: 'National Assembly', prm: 'National Assembly', glas: 'National Assembly' }, { org: true }],
['drevnik', 'entity', 'agree', { mpa: 'Drevnik', nwt: 'Drevnik', courier: 'Drevnik', glas: 'Drevnik' }, { org: true }],
['veselic-quote', 'quote', 'variant', { mpa: 'We have lost a vote, but not our convictions', nwt: 'We lost a vote. We did not lose our convictions.', courier: 'We lost a vote, not our convictions', glas: 'We have lost one vote, but not the convictions' }],
['matusek-quote', 'quote', 'variant', { mpa: 'Today parliament listened to the street', nwt: 'Parliament has finally listened to the street', courier: 'Today the parliament heard the voice of the street', glas: 'Today the parliament has listened the street' }],
['grubac-quote', 'quote', 'variant', { mpa: 'We cannot sit in a government that makes farmers pay for its mistakes', nwt: 'could not stay in a government that made farmers pay for its mistakes', courier: 'We cannot stay in a government that sends the bill for its mistakes to the farmers' }],
['government-falls', 'event', 'variant', { mpa: "voted Prime Minister Anton Veselić's government out of office", nwt: 'has been brought down by parliament', courier: 'to vote him out', prm: "removed Anton Veselić's government", glas: 'fell yesterday in the National Assembly' }],
['fa-quits', 'event', 'variant', { mpa: 'pulling out of the cabinet', nwt: 'walked out of government', courier: 'announced the break', prm: 'announced its withdrawal from the coalition', glas: 'abandoned the government' }],
['caretaker', 'event', 'variant', { mpa: 'remain in office as caretaker', nwt: 'head of a caretaker government', courier: 'stay on as acting prime minister', prm: "Veselić's caretaker cabinet", glas: 'remains in the function with technical mandate' }],
['dissolution', 'event', 'variant', { mpa: 'must dissolve the assembly', nwt: 'parliament will be dissolved', courier: 'the assembly will be dissolved', glas: 'she must dissolve it' }],
['protest-march', 'event', 'variant', { mpa: 'marched through Drevnik', nwt: 'marched in the capital', courier: "filled Drevnik's avenues", glas: 'manifested in Drevnik' }],
];
