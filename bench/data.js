// Deterministic timeline content for the benchmarks: 1,000 events in the contract's shape, with
// the mix a real timeline has (years, months, days; descriptions; figures, some in percent).
// `generation` makes a second, different set for the update benchmark.
export function timelineContent(generation = 0, count = 1000) {
  let seed = 0x9e3779b9 ^ (generation * 7919);
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const pad = (n) => String(n).padStart(2, '0');
  const events = [];
  for (let i = 0; i < count; i++) {
    const year = 1960 + Math.floor(random() * 66);
    const precision = random();
    const date = precision < 0.4 ? String(year) : precision < 0.7 ? `${year}-${pad(1 + Math.floor(random() * 12))}` : `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const event = { date, title: `Milestone ${generation}-${i}: program step <${i}>` };
    if (random() < 0.5) event.description = `Description ${i} of generation ${generation}, with enough words to wrap onto a second line in a narrow column & an ampersand.`;
    if (random() < 0.33)
      event.figures = random() < 0.5
        ? [{ value: Math.round(random() * 400000), approximate: random() < 0.5, label: 'trainees' }]
        : [{ value: Math.round(random() * 100) / 100, unit: 'percent', label: 'of residents' }];
    events.push(event);
  }
  return { heading: `Program timeline ${generation}`, events };
}
