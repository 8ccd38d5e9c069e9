export const about = 'Written blind by helper fresh3. Planted conflicts: arrests Tuesday 20 Oct (wpa, observer, gazette) vs Wednesday (artnews); loot worth 12 million euros (wpa, tv, artnews) vs 21 million euros (gazette). Traps: suspects aged 34 and 39 vs 39 cameras; four thieves vs two arrested; 12 million value vs 8 million insurance vs 50,000 reward; necklace made 1787 vs museum founded 1887; theft Sun 18, press conference Mon 19, arrests Tue 20, reopening Fri 23.';
export const published = { gazette: '2026-10-21' };
export const sources = [
{ id: 'wpa', outlet: 'Western Press Agency', published: '2026-10-20', text: `
CARVENNE, Oct 20 (WPA) - Police arrested two men on Tuesday over the theft of nine pieces of royal jewellery from the Saint-Aubert Museum in Carvenne, the city's prosecutor said, two days after a raid that took less than seven minutes.

The suspects, aged 34 and 39, were detained at dawn in a suburb north of the city and are being questioned by the Art Crimes Brigade. Neither has been charged. Prosecutor Laure Besson said investigators were still looking for two other men and for the jewels, which are valued at 12 million euros.

Four men wearing high-visibility vests used a truck fitted with a lifting platform to reach a first-floor window on Sunday, shortly after the museum opened. Two of them broke in, smashed two display cases with angle grinders and fled on scooters.

"This was a professional team that knew exactly what it was looking for," Besson told a news conference on Monday.

Among the stolen pieces is the so-called Dauphine necklace, made in 1787 for a court lady and set with more than 600 diamonds. Museum director Hélène Marchal called the loss "a wound for the whole nation".

Experts fear the jewels could be broken up and the stones sold separately, which would make them almost impossible to trace. The Art Crimes Brigade has alerted police forces across Europe and auction houses have been asked to report any suspicious offers.

The theft has raised questions about security at the museum, whose alarm system dates from 2009. The culture ministry has ordered an inspection of all national museums.
` },
{ id: 'observer', outlet: 'The Carvenne Observer', published: '2026-10-21', title: 'Two held over Saint-Aubert jewel raid', text: `
Two held over Saint-Aubert jewel raid

Detectives investigating last Sunday's raid on the Saint-Aubert Museum arrested two suspects yesterday, as questions mounted over how thieves were able to make off with nine items of royal jewellery in broad daylight.

The men were picked up in early-morning raids and are being held at the headquarters of the Art Crimes Brigade. Prosecutor Besson has until Thursday to decide whether to charge them.

Staff at the museum, which was founded in 1887 and draws some 400,000 visitors a year, have told this newspaper that several of the museum's 39 security cameras had not worked for months. One guard said repeated complaints had gone unanswered. The museum did not respond to our questions.

The raid itself lasted seven minutes. The thieves arrived in a stolen furniture truck with a lifting platform, cut through a window and went straight for two cases in the Apollo room. A guard who tried to stop them was threatened but not hurt.

The nine pieces were insured for 8 million euros, well below their estimated value, according to a person familiar with the policy.

Hélène Marchal, the museum's director since 2021, has resisted calls to resign. "My job now is to help bring these treasures home," she said.

The museum has been closed since the theft and will reopen on Friday, though the Apollo room will remain shut. Culture Minister Paul Verdier is expected to visit on the same day.

A reward of 50,000 euros has been offered for information leading to the recovery of the jewels.
` },
{ id: 'gazette', outlet: 'La Gazette de Carvenne (translation)', text: `
CARVENNE, 21 October (APC) - Two men of 34 and 39 years were arrested Tuesday in the investigation on the theft of the jewels of the Saint-Aubert Museum, has indicated the prosecutor of Carvenne, Laure Besson.

Sunday morning, towards 9:30, four individuals have accessed with a truck equipped of a nacelle to a window of the first floor. In 7 minutes they have stolen 9 jewels of the crown, of a value estimated to 21 million euros, before to flee on two scooters.

"It is about a team of professionals who knew exactly what they were searching", has declared Monday the prosecutor during a press conference. The investigators research still two other members of the band.

The director of the museum, Helene Marchal, has said: "It is a wound for all the nation." The museum, founded in 1887, receives every year 400.000 visitors.

According to the investigators, the thieves have neutralised the alarm of the room before the entry. The police has recovered the truck, burned, in a forest at 20 kilometres from the city.

The museum will reopen its doors Friday, except the gallery of Apollo where the theft happened. The minister of culture Paul Verdier has announced a plan of security for all the museums of the country.

Among the stolen objects is the necklace of the Dauphine, with more than 600 diamonds, a piece of exceptional historical value. The two arrested men are known to the police for thefts of luxury vehicles, according to a source near to the investigation. Their lawyers have not wished to comment.
` },
{ id: 'artnews', outlet: 'Art Market Journal', published: '2026-10-22', title: 'Can the Saint-Aubert jewels ever be sold?', text: `
Can the Saint-Aubert jewels ever be sold?

The jewels taken from the Saint-Aubert Museum in Carvenne on 18 October are among the most recognisable objects in European decorative art. That, dealers say, is exactly the problem for the thieves.

"Nobody in the legitimate market will touch them," said Julian Okafor, a London dealer in antique jewellery. "The risk is that they are cut up and the stones recut and sold. The history would then be gone forever."

The nine pieces, valued at €12 million, include the Dauphine necklace, made in 1787, and a sapphire tiara that belonged to the last queen. Their insurance cover of €8m, far below their value, has been criticised by experts.

Two suspects were arrested on Wednesday, but the jewels have not been recovered. Prosecutor Besson has said the gang was a professional team that "knew exactly what it was looking for". The raid, in which four masked men used a truck-mounted lift to reach a window, took seven minutes.

The case has revived a debate about security in museums that lack the budget for modern systems. The museum's 39 cameras were partly out of service, according to local reports, and its alarm was more than fifteen years old.

Museum director Hélène Marchal has appealed to the public for help. "These pieces belong to everyone," she said in a video message.

Past cases give some hope. Jewels stolen from a museum in Dresden were largely recovered years later. Others, like the Irish paintings taken in the 1980s, have never been found.
` },
{ id: 'tv', outlet: 'Channel 7 News', published: '2026-10-18', text: `
Breaking: jewels stolen from Saint-Aubert Museum in daring daylight raid

Thieves have stolen priceless royal jewels from the Saint-Aubert Museum in Carvenne this morning, in a raid that lasted less than seven minutes.

Four thieves, dressed as workmen, drove a truck with a lifting platform up to the museum's facade shortly after it opened at 9 a.m. Two men climbed to a first-floor window, forced it open and used power tools to break into two glass cases. They escaped on scooters with nine pieces, including the famous Dauphine necklace.

Police say the jewels are worth an estimated 12 million euros. Visitors inside the museum were evacuated and nobody was hurt.

"We are devastated," museum director Hélène Marchal told Channel 7. "These pieces are part of our shared history."

Prosecutor Laure Besson has opened an investigation and the case has been handed to the Art Crimes Brigade, which specialises in stolen art. Roads around the museum remain closed and the museum will stay shut until further notice.

One witness, a tourist from Canada, said she saw the men calmly loading their tools into the truck. "They looked like they were fixing something. Nobody stopped them," she said.

The theft comes a year after a smaller break-in at a museum in the south of the country, in which two paintings were stolen. Those paintings have still not been found.

We'll bring you more on this story as we get it, including reaction from the culture minister, who is expected to speak later today.
` },
];
export const facts = [
['theft-day', 'date', 'agree', { wpa: 'on Sunday', observer: 'last Sunday', gazette: 'Sunday morning', artnews: 'on 18 October', tv: 'this morning' }, { values: ['2026-10-18'] }],
['arrest-day', 'date', 'conflict', { wpa: 'on Tuesday', observer: 'yesterday', gazette: 'Tuesday', artnews: 'on Wednesday' }],
['press-conference', 'date', 'agree', { wpa: 'on Monday', gazette: 'Monday' }, { values: ['2026-10-19'] }],
['reopening', 'date', 'agree', { observer: 'on Friday', gazette: 'Friday' }, { values: ['2026-10-23'] }],
['necklace-made', 'date', 'agree', { wpa: 'made in 1787', artnews: 'made in 1787' }, { values: ['1787'] }],
['museum-founded', 'date', 'agree', { observer: 'founded in 1887', gazette: 'founded in 1887' }, { values: ['1887'] }],
['pieces', 'number', 'agree', { wpa: 'nine pieces', observer: 'nine items', gazette: '9 jewels', artnews: 'The nine pieces', tv: 'nine pieces' }],
['value', 'number', 'conflict', { wpa: '12 million euros', gazette: '21 million euros', artnews: '€12 million', tv: '12 million euros' }],
['insurance', 'number', 'agree', { observer: '8 million euros', artnews: '€8m' }],
['duration', 'number', 'agree', { wpa: 'less than seven minutes', observer: 'seven minutes', gazette: '7 minutes', artnews: 'took seven minutes', tv: 'less than seven minutes' }],
['thieves', 'number', 'agree', { wpa: 'Four men', gazette: 'four individuals', artnews: 'four masked men', tv: 'Four thieves' }],
['arrested-count', 'number', 'agree', { wpa: 'two men', observer: 'two suspects', gazette: 'Two men', artnews: 'Two suspects' }],
['age-younger', 'number', 'agree', { wpa: 'aged 34', gazette: 'of 34' }],
['age-older', 'number', 'agree', { wpa: 'and 39', gazette: '39 years' }],
['cameras', 'number', 'agree', { observer: '39 security cameras', artnews: '39 cameras' }],
['visitors', 'number', 'agree', { observer: '400,000 visitors', gazette: '400.000 visitors' }],
['diamonds', 'number', 'agree', { wpa: 'more than 600 diamonds', gazette: 'more than 600 diamonds' }],
['besson', 'entity', 'agree', { wpa: 'Laure Besson', observer: 'Prosecutor Besson', gazette: 'Laure Besson', artnews: 'Prosecutor Besson', tv: 'Laure Besson' }],
['marchal', 'entity', 'variant', { wpa: 'Hélène Marchal', observer: 'Hélène Marchal', gazette: 'Helene Marchal', artnews: 'Hélène Marchal', tv: 'Hélène Marchal' }],
['verdier', 'entity', 'agree', { observer: 'Paul Verdier', gazette: 'Paul Verdier' }],
['museum', 'entity', 'agree', { wpa: 'Saint-Aubert Museum', observer: 'Saint-Aubert Museum', gazette: 'Saint-Aubert Museum', artnews: 'Saint-Aubert Museum', tv: 'Saint-Aubert Museum' }, { org: true }],
['brigade', 'entity', 'agree', { wpa: 'Art Crimes Brigade', observer: 'Art Crimes Brigade', tv: 'Art Crimes Brigade' }, { org: true }],
['necklace', 'entity', 'variant', { wpa: 'Dauphine necklace', gazette: 'necklace of the Dauphine', artnews: 'Dauphine necklace', tv: 'Dauphine necklace' }],
['besson-quote', 'quote', 'variant', { wpa: 'knew exactly what it was looking for', gazette: 'knew exactly what they were searching', artnews: 'knew exactly what it was looking for' }],
['marchal-wound', 'quote', 'variant', { wpa: 'a wound for the whole nation', gazette: 'It is a wound for all the nation' }],
['theft-event', 'event', 'variant', { observer: 'make off with nine items', gazette: 'they have stolen 9 jewels', tv: 'Thieves have stolen' }],
['arrest-event', 'event', 'variant', { wpa: 'Police arrested two men', observer: 'arrested two suspects', gazette: 'were arrested', artnews: 'were arrested' }],
['lift-event', 'event', 'variant', { wpa: 'used a truck fitted with a lifting platform', gazette: 'have accessed with a truck equipped of a nacelle', artnews: 'used a truck-mounted lift', tv: 'drove a truck with a lifting platform' }],
['escape-event', 'event', 'variant', { wpa: 'fled on scooters', gazette: 'flee on two scooters', tv: 'escaped on scooters' }],
['reopen-event', 'event', 'variant', { observer: 'will reopen on Friday', gazette: 'will reopen its doors' }],
];
