// Synthetic stories for benchmarks: N sources of about 5 KB each, in our own words, with dates, quotes,
// numbers and names drawn from a seeded generator so every run compares the same input.
export function makeStory(nSources, seed = 7, bytesPerSource = 5000) {
  let state = seed >>> 0;
  const rnd = (n) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
  const pick = (list) => list[rnd(list.length)];
  const people = ['Mayor Lena Ortiz', 'Minister Pavel Dorn', 'union leader Marta Quell', 'spokesman Ivo Brandt', 'Governor Sam Reyes'];
  const orgs = ['the port authority', 'the city council', 'the transport ministry', 'the dockers union'];
  const days = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on March 3', 'on Jan. 12', 'last week', 'in 2019'];
  const things = ['ships', 'containers', 'workers', 'trucks', 'passengers'];
  const quotes = [
    'We will not accept an offer that ignores the night shifts',
    'The harbour must reopen before the holiday traffic begins',
    'Nobody wants a long strike, least of all the families',
    'Our proposal is fair and it stays on the table',
  ];
  const sentence = () => {
    switch (rnd(5)) {
      case 0: return `${cap(pick(people))} said ${pick(days)} that ${pick(orgs)} would meet again ${pick(days)}.`;
      case 1: return `“${pick(quotes)},” ${pick(people)} told reporters ${pick(days)}.`;
      case 2: return `About ${100 + rnd(2000)} ${pick(things)} were delayed ${pick(days)}, according to ${pick(orgs)}.`;
      case 3: return `${cap(pick(orgs))} spoke by telephone with ${pick(people)} ${pick(days)} for ${1 + rnd(5)} hours.`;
      default: return `The dispute, which began ${pick(days)}, has cost more than ${1 + rnd(40)} million euros so far.`;
    }
  };
  const sources = [];
  for (let i = 0; i < nSources; i++) {
    const paragraphs = [];
    let size = 0;
    while (size < bytesPerSource) {
      const p = [sentence(), sentence(), sentence()].join(' ');
      paragraphs.push(p);
      size += p.length + 2;
    }
    sources.push({ id: `src${i + 1}`, outlet: `Outlet ${i + 1}`, published: `2024-05-${String(14 + rnd(4)).padStart(2, '0')}`, text: paragraphs.join('\n\n') });
  }
  return { sources };
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

// Many short reports of one event, as when hundreds of outlets run the same news: each source's lead gives the same
// weekday and a figure of its own, so every lead date and every count falls into one block of the aligners.
export function makeEchoStory(nSources, seed = 5) {
  let state = seed >>> 0;
  const rnd = (n) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
  const verbs = ['said', 'announced', 'confirmed', 'reported'];
  const sources = [];
  for (let i = 0; i < nSources; i++) {
    const text = `The river authority ${verbs[rnd(verbs.length)]} on Tuesday that ${20 + rnd(480)} families had left ` +
      `their homes in Varnholt after the dike broke on March ${1 + rnd(28)}. Engineer Tomas Hlegg inspected the breach.`;
    sources.push({ id: `echo${i + 1}`, outlet: `Outlet ${i + 1}`, published: '2024-03-14', text });
  }
  return { sources };
}
