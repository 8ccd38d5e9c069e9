export const about = 'Written blind by helper fresh5. Planted conflicts: special administration imposed on Thursday 12 Nov (mws, rta "late on Thursday", chronicle "on Thursday evening", corriere "On 12 November") vs "on Friday" (ledger); deposits withdrawn 1.4 billion euros (mws, corriere "1,4 billions", chronicle, rta "more than a billion") vs "about 900 million" (ledger, citing central bank data). Traps: 1.8 billion injection vs 1,800 staff; 1 euro price vs 1.4 billion; 100,000 euro guarantee vs 112 branches; loss disclosed Tue 10 vs shares suspended Wed 11 vs administration Thu 12 vs branches shut Fri 13 vs deal Sun 15 vs reopening Mon 16; founded 1874 vs "152 years"; 870 million loss vs 87% share fall.';
export const published = { corriere: '2026-11-16' };
export const sources = [
{ id: 'mws', outlet: 'Meridian Wire Service', published: '2026-11-15', text: `
CASTELMONTE, Ardesia, Nov 15 (MWS) - Credito Aurelio agreed on Sunday to take over the collapsed regional lender Banca Popolare di Valdora for a symbolic one euro, in a rescue backed by 1.8 billion euros from the country's deposit guarantee fund, ending a week of panic among savers.

The deal, brokered over the weekend by the Bank of Ardesia, means that Banca Popolare di Valdora's 112 branches will reopen on Monday under the Credito Aurelio brand, and its roughly 420,000 customers will have full access to their money.

"No depositor will lose a single euro," central bank governor Ettore Malvasi told a news conference in the capital. "The savings of families and businesses in Valdora are safe."

Shareholders, however, will be wiped out, and holders of about 300 million euros of subordinated bonds face heavy losses.

The 152-year-old bank, known locally as BPV, was placed under special administration on Thursday after customers withdrew 1.4 billion euros in three days. The run began after the bank disclosed on Tuesday a loss of 870 million euros, mostly on loans to property developers, and its shares were suspended the following day after falling 87%.

Credito Aurelio chief executive Federica Lanzi said the acquisition would strengthen the group in the north-east. "We are buying a bank with deep roots and a broken balance sheet. The roots are what interest us," she said.

Lanzi said it was too early to talk about job cuts among BPV's 1,800 employees, but analysts expect some of the overlapping branches to close.

Finance Minister Gianluca Orsenigo said no taxpayer money was involved, since the guarantee fund is financed by the banks themselves. Opposition parties demanded a parliamentary inquiry into how supervisors missed the warning signs.

Prosecutors in Castelmonte have opened an investigation into the bank's former management. Chief executive Renato Squillaci resigned on Thursday.
` },
{ id: 'rta', outlet: 'RTA News', published: '2026-11-16', title: 'Queues, relief and anger as Valdora bank reopens', text: `
Queues, relief and anger as Valdora bank reopens

There were queues again outside the branches of Banca Popolare di Valdora on Monday morning - but this time the doors opened.

After a weekend rescue, the lender's 112 branches across the region reopened under new ownership, with Credito Aurelio signs already taped over the old blue logo in some windows. Staff handed out leaflets explaining that all deposits were safe.

On Sunday, Credito Aurelio agreed to buy the troubled bank for just one euro. The deal is supported by €1.8bn from the national deposit guarantee fund, which will cover the bad loans that brought the bank down.

"Not a single euro of deposits will be lost," the governor of the Bank of Ardesia, Ettore Malvasi, promised on Sunday evening.

Many customers were not convinced. "I took everything out on Wednesday and I'm not putting it back," said Marisa, 67, outside the main branch in Castelmonte. Savers pulled more than a billion euros from the bank last week, after it revealed a loss of 870 million euros on Tuesday.

The central bank stepped in late on Thursday, placing the bank under special administration and removing its board. Branches stayed shut on Friday, and cash withdrawals were capped at 500 euros a day at cash machines.

For the roughly 1,800 people who work for BPV, the uncertainty is not over. Unions have asked for an urgent meeting with Credito Aurelio's chief executive, Federica Lanzi.

Shareholders, many of them local pensioners who were encouraged to buy shares at the counter, have lost everything. A group of them gathered outside the bank's headquarters on Monday with banners reading "Robbed twice".

Regional president Aldo Pescante called the collapse "a wound for all of Valdora" and said the region would set up a help desk for small shareholders.

The bank, founded in 1874, was for generations the lender of choice for farmers and small firms in the region.
` },
{ id: 'ledger', outlet: 'The Banking Ledger', published: '2026-11-17', title: 'BPV: how a small bank run turned into a weekend rescue', text: `
BPV: how a small bank run turned into a weekend rescue

The failure of Banca Popolare di Valdora will be studied for years, not because of its size - with about 420,000 clients it is a minnow by national standards - but because of the speed with which it unravelled.

Central bank data show that about 900 million euros in deposits left the bank between Tuesday and Friday, much of it through mobile banking apps. That is a far faster outflow, relative to the size of the balance sheet, than anything seen in Ardesia in the last crisis.

The trigger was BPV's disclosure of an €870m loss tied to commercial property loans. Supervisors at the Bank of Ardesia had been pressing the bank for two years to raise capital; it never did. When supervisors stepped in on Friday and placed the lender under special administration, its capital ratio had fallen below the legal minimum.

The resolution itself followed a familiar template. The national Deposit Guarantee Fund injects €1.8bn to absorb bad assets, and Credito Aurelio pays a token €1 for the clean bank. Equity is wiped out, and junior bondholders - owed some €300m - are first in line for losses.

Governor Ettore Malvasi's pledge that "no depositor will lose a single euro" will hold. Deposits up to €100,000 were protected by law in any case; the deal extends protection to larger corporate accounts.

For Credito Aurelio, led by Federica Lanzi, the deal is cheap but not free of risk. BPV brings 112 branches, many of them in towns where Aurelio already has an office, and a workforce of 1,800.

Questions remain about supervision. BPV's former chief executive, Renato Squillaci, who stepped down last week, had told investors as recently as September that the bank was "solid". Prosecutors in Castelmonte are now examining those statements, and parliament is expected to vote on an inquiry.
` },
{ id: 'chronicle', outlet: 'The Castelmonte Chronicle', published: '2026-11-16', title: "Castelmonte counts the cost of its bank's fall", text: `
Castelmonte counts the cost of its bank's fall

Ottavio Renna, 71, keeps the share certificates in a drawer of the kitchen dresser, next to his late wife's recipes. He bought them at the counter of his local branch in 2009, when a clerk told him Banca Popolare di Valdora shares were "as safe as a savings book". Since Sunday night, when the bank was sold off to Credito Aurelio, they are worth nothing.

"I don't blame the girl at the counter," he said. "I blame the people at the top."

Across the city, the weekend rescue brought relief to depositors and despair to shareholders. All 112 branches opened again this morning with new signs, and the lines that had formed outside them last week were shorter and calmer. Under the deal, every account is protected in full - not only the 100,000 euros guaranteed by law.

The sums involved are dizzying for a bank that for most of its history lent to farmers and shopkeepers. Customers took out 1.4 billion euros in the days after the bank admitted its losses, before the Bank of Ardesia put it under special administration on Thursday evening and removed its board. The same day, chief executive Renato Squillaci quit.

The city's prosecutors are now looking into what the bank's former managers knew, and when. Several shareholder groups have said they will join the case.

For the bank's staff - some 1,800 people, many of them in the Castelmonte headquarters on Piazza dei Mercanti - the worry now is jobs. Credito Aurelio's chief executive, Federica Lanzi, has promised to keep the headquarters open "for the foreseeable future", a phrase that unions found less than reassuring.

Regional president Aldo Pescante said the collapse was "a wound for the whole of Valdora". The region will open a help desk for small shareholders next week.

BPV was founded in 1874 by merchants and farmers of the valley. Its fall took less than a week.
` },
{ id: 'corriere', outlet: 'Il Corriere di Castelmonte (automatic translation)', text: `
CASTELMONTE, 16 November (Il Corriere di Castelmonte) - This morning the 112 agencies of the Banca Popolare di Valdora reopened the doors with the insignia of Credito Aurelio, the day after the agreement of rescue signed yesterday in the night.

Credito Aurelio acquires the Popolare for the symbolic price of one euro. The Interbank Fund of Guarantee of the Deposits puts 1,8 billions of euro to cover the credits deteriorated. The shareholders lose all.

"No saver will lose even one euro", has assured the governor of the Bank of Ardesia, Ettore Malvasi. The deposits of the 420 thousand clients are therefore all safe.

The crisis exploded on Tuesday, when the bank has communicated a loss of 870 million euro. In three days the clients withdrew 1,4 billions of euro. On 12 November the Bank of Ardesia has disposed the special administration and the administrator delegate Renato Squillaci has given the dismissions.

The public prosecutor of Castelmonte has opened a file on the ex leaders of the bank, for false communications to the market.

Worry among the 1.800 employees. The syndicates ask guarantees on the occupation. The administrator delegate of Credito Aurelio, Federica Lanzi, has declared: "We buy a bank with deep roots and a balance broken. It is the roots that interest to us."

The Popolare was born in 1874 from a group of merchants and farmers of the valley. The Minister of the Economy Gianluca Orsenigo has said that the operation does not cost nothing to the taxpayers.

In front of the seat of Piazza dei Mercanti, a hundred of little shareholders protested with placards. "I have put here the savings of a life", said a pensioner of 74 years.
` },
];
export const facts = [
['deal-day', 'date', 'agree', { mws: 'agreed on Sunday', rta: 'On Sunday, Credito Aurelio agreed', chronicle: 'Since Sunday night', corriere: 'signed yesterday in the night' }, { values: ['2026-11-15'] }],
['reopen-day', 'date', 'agree', { mws: 'will reopen on Monday', rta: 'on Monday morning', chronicle: 'opened again this morning', corriere: 'This morning' }, { values: ['2026-11-16'] }],
['administration-day', 'date', 'conflict', { mws: 'special administration on Thursday', rta: 'late on Thursday', chronicle: 'on Thursday evening', corriere: 'On 12 November', ledger: 'stepped in on Friday' }],
['loss-day', 'date', 'agree', { mws: 'disclosed on Tuesday', rta: 'on Tuesday', corriere: 'exploded on Tuesday' }, { values: ['2026-11-10'] }],
['squillaci-resigned-day', 'date', 'agree', { mws: 'resigned on Thursday', chronicle: 'The same day', corriere: 'On 12 November' }, { unsure: true, values: ['2026-11-12'] }],
['founded', 'date', 'agree', { mws: '152-year-old', rta: 'founded in 1874', chronicle: 'BPV was founded in 1874', corriere: 'born in 1874' }, { values: ['1874'] }],
['price', 'number', 'agree', { mws: 'symbolic one euro', rta: 'for just one euro', ledger: 'a token €1', corriere: 'symbolic price of one euro' }],
['injection', 'number', 'agree', { mws: '1.8 billion euros', rta: '€1.8bn from', ledger: 'injects €1.8bn', corriere: '1,8 billions of euro' }],
['branches', 'number', 'agree', { mws: "Valdora's 112 branches", rta: "lender's 112 branches", chronicle: 'All 112 branches', ledger: 'BPV brings 112 branches', corriere: 'the 112 agencies' }],
['customers', 'number', 'agree', { mws: 'roughly 420,000 customers', ledger: 'about 420,000 clients', corriere: '420 thousand clients' }],
['withdrawn', 'number', 'conflict', { mws: 'withdrew 1.4 billion euros', corriere: 'withdrew 1,4 billions of euro', chronicle: 'took out 1.4 billion euros', rta: 'more than a billion euros', ledger: 'about 900 million euros in deposits' }],
['loss', 'number', 'agree', { mws: 'loss of 870 million euros', rta: 'loss of 870 million euros', ledger: '€870m loss', corriere: 'loss of 870 million euro' }],
['run-days', 'number', 'agree', { mws: 'in three days', corriere: 'In three days' }],
['staff', 'number', 'agree', { mws: "BPV's 1,800 employees", rta: 'roughly 1,800 people', ledger: 'a workforce of 1,800', chronicle: 'some 1,800 people', corriere: 'the 1.800 employees' }],
['bonds', 'number', 'agree', { mws: 'about 300 million euros of subordinated bonds', ledger: 'some €300m' }],
['bpv', 'entity', 'agree', { chronicle: 'Banca Popolare di Valdora', mws: 'Banca Popolare di Valdora', rta: 'Banca Popolare di Valdora', ledger: 'Banca Popolare di Valdora', corriere: 'Banca Popolare di Valdora' }, { org: true }],
['aurelio', 'entity', 'agree', { chronicle: 'Credito Aurelio', mws: 'Credito Aurelio', rta: 'Credito Aurelio', ledger: 'Credito Aurelio', corriere: 'Credito Aurelio' }, { org: true }],
['bank-of-ardesia', 'entity', 'agree', { chronicle: 'Bank of Ardesia', mws: 'Bank of Ardesia', rta: 'Bank of Ardesia', ledger: 'Bank of Ardesia', corriere: 'Bank of Ardesia' }, { org: true }],
['castelmonte', 'entity', 'agree', { chronicle: 'Castelmonte', mws: 'Castelmonte', rta: 'Castelmonte', ledger: 'Castelmonte', corriere: 'Castelmonte' }, { org: true }],
['guarantee-fund', 'entity', 'variant', { mws: 'deposit guarantee fund', rta: 'national deposit guarantee fund', ledger: 'Deposit Guarantee Fund', corriere: 'Interbank Fund of Guarantee of the Deposits' }],
['malvasi', 'entity', 'agree', { mws: 'Ettore Malvasi', rta: 'Ettore Malvasi', ledger: 'Ettore Malvasi', corriere: 'Ettore Malvasi' }],
['lanzi', 'entity', 'agree', { chronicle: 'Federica Lanzi', mws: 'Federica Lanzi', rta: 'Federica Lanzi', ledger: 'Federica Lanzi', corriere: 'Federica Lanzi' }],
['squillaci', 'entity', 'agree', { chronicle: 'Renato Squillaci', mws: 'Renato Squillaci', ledger: 'Renato Squillaci', corriere: 'Renato Squillaci' }],
['orsenigo', 'entity', 'agree', { mws: 'Gianluca Orsenigo', corriere: 'Gianluca Orsenigo' }],
['malvasi-quote', 'quote', 'variant', { mws: 'No depositor will lose a single euro', rta: 'Not a single euro of deposits will be lost', ledger: 'no depositor will lose a single euro', corriere: 'No saver will lose even one euro' }],
['lanzi-quote', 'quote', 'variant', { mws: 'We are buying a bank with deep roots and a broken balance sheet. The roots are what interest us', corriere: 'We buy a bank with deep roots and a balance broken. It is the roots that interest to us' }],
['pescante', 'entity', 'agree', { rta: 'Aldo Pescante', chronicle: 'Aldo Pescante' }],
['pescante-quote', 'quote', 'variant', { rta: 'a wound for all of Valdora', chronicle: 'a wound for the whole of Valdora' }],
['guarantee-limit', 'number', 'agree', { ledger: 'Deposits up to €100,000', chronicle: '100,000 euros guaranteed by law' }],
['takeover', 'event', 'variant', { chronicle: 'the bank was sold off to Credito Aurelio', mws: 'take over the collapsed regional lender', rta: 'agreed to buy the troubled bank', corriere: 'Credito Aurelio acquires the Popolare' }],
['administration', 'event', 'variant', { mws: 'was placed under special administration', rta: 'placing the bank under special administration', ledger: 'placed the lender under special administration', chronicle: 'put it under special administration', corriere: 'has disposed the special administration' }],
['shareholders-wiped', 'event', 'variant', { mws: 'Shareholders, however, will be wiped out', ledger: 'Equity is wiped out', corriere: 'The shareholders lose all' }],
['probe', 'event', 'variant', { mws: 'have opened an investigation into the bank', ledger: 'Prosecutors in Castelmonte are now examining', chronicle: 'The city\'s prosecutors are now looking into', corriere: 'has opened a file on the ex leaders' }],
['resignation', 'event', 'variant', { mws: 'resigned on Thursday', ledger: 'who stepped down last week', chronicle: 'Renato Squillaci quit', corriere: 'has given the dismissions' }],
];
