import { describe, expect, it } from 'vitest';
import { MemoryCorpus, trace, type StoryRecord } from '../../src/core';

// Fictional test data: one wire story filed five times as it developed.
const LEAD = [
  'Floodwaters cut the main road between Garsen and Kipini on Monday, stranding hundreds of families, officials said.',
  'Kenya Red Cross said {deaths} people had died and {displaced} families had been moved to higher ground.',
  'The Tana River burst its banks after a week of heavy rain in the central highlands.',
  'Rescue teams were using boats to reach villages cut off by the water, the county governor said.',
];
const BACKGROUND = [
  'The rainy season in eastern Kenya usually runs from October to December.',
  'Floods in 2023 killed more than 100 people across the region and displaced thousands.',
];
const UPDATES = [
  'The governor appealed for helicopters to ferry food to the worst-hit villages near Ozi.',
  'Forecasters said the rains would ease by the weekend, but warned that the river would stay high for days.',
  'Health workers began vaccinating children against cholera in three evacuation camps on Tuesday.',
  'A bridge at Minjila collapsed late on Tuesday, cutting the last road link to the coast.',
];

function version(n: number): StoryRecord {
  const lead = LEAD.map((s) => s.replace('{deaths}', String(3 + n * 4)).replace('{displaced}', String(1000 * n)));
  return {
    id: `afp-tana-floods-v${n}`,
    storyId: 'afp-tana-floods',
    version: n,
    agency: 'AFP',
    title: 'Kenya floods cut off villages on Tana River',
    text: [...lead, ...UPDATES.slice(0, n - 1), ...BACKGROUND].join('\n\n'),
  };
}

const OTHER: StoryRecord = {
  id: 'reuters-nairobi-rates',
  agency: 'Reuters',
  title: 'Kenya central bank holds rates',
  text: 'The Central Bank of Kenya held its benchmark rate at 12.5% on Tuesday, citing easing inflation.\n\nThe shilling was steady against the dollar.',
};

describe('story versions', () => {
  const corpus = new MemoryCorpus([1, 2, 3, 4, 5].map(version).concat(OTHER));

  it('names the story once and the version the page follows', async () => {
    const page = version(2).text.split('\n\n').slice(0, 5);
    const result = await trace({ page: 'copy-of-v2', paragraphs: page }, corpus);
    expect(result.verdict).toBe('derived');
    expect(result.source).toMatchObject({ id: 'afp-tana-floods', version: 2 });
    expect(result.alternatives.map((a) => a.id)).not.toContain('afp-tana-floods');
    expect(result.additionalSources).toEqual([]);
  });

  it('a page with the latest update follows the latest version', async () => {
    const page = version(5).text.split('\n\n').slice(0, 8);
    const result = await trace({ page: 'copy-of-v5', paragraphs: page }, corpus);
    expect(result.source).toMatchObject({ id: 'afp-tana-floods', version: 5 });
  });
});
