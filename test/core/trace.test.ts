/** `trace` against a corpus: the specific story wins over shared background, two sources, empty input, huge input. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/document';
import { MemoryCorpus } from '../../src/core/memory-corpus';
import { trace } from '../../src/core/trace';
import type { PageInput, StoryRecord } from '../../src/core/types';
import { syntheticStories } from './synthetic-news';

const DISTRACTORS = syntheticStories(23, 240);

/** Background paragraphs every story of the (fictional) Loma Azul collapse repeats. */
const BACKGROUND = [
  'The Loma Azul mine, about 90 kilometres east of Antofagasta, produces around 120,000 tonnes of copper a year and employs 2,300 people.',
  "Chile is the world's largest copper producer, and mining accounts for about 12% of its economic output.",
  'A 2010 collapse at the San Jose mine trapped 33 men for 69 days before all were rescued.',
  'Kestrel Mining shares fell 6% in Santiago after the accident was announced.',
];

const SPECIFIC: Record<string, string[]> = {
  'reuters-loma-azul-day1': [
    "ANTOFAGASTA, Chile, Nov 2 (Reuters) - Eleven miners were trapped on Monday when a tunnel collapsed 450 metres below ground at Kestrel Mining's Loma Azul copper mine in northern Chile, the company said.",
    'Rescue teams reached the edge of the collapsed section by nightfall but could not make contact with the men.',
    '"We are using every machine we have," said Rodrigo Fuentes, the head of operations at Kestrel.',
  ],
  'reuters-loma-azul-day2': [
    'ANTOFAGASTA, Chile, Nov 3 (Reuters) - Rescuers in northern Chile made contact on Tuesday with all eleven miners trapped at the Loma Azul copper mine, lowering a microphone through a narrow borehole.',
    'The men are sheltering in a refuge chamber with food and water for about five days, Mining Minister Carla Vidal told reporters at the site.',
    'Engineers began drilling a second, wider shaft that could take up to a week to reach the chamber.',
  ],
  'reuters-loma-azul-day3': [
    'ANTOFAGASTA, Chile, Nov 4 (Reuters) - Drilling of the rescue shaft at the Loma Azul mine was halted on Wednesday after a rock fall damaged the drill head, delaying the operation by at least two days.',
    'Relatives camped at the gate of the mine demanded that the company bring in a second drilling rig from Peru.',
  ],
  'reuters-loma-azul-rescue': [
    "ANTOFAGASTA, Chile, Nov 7 (Reuters) - All eleven miners trapped for six days at Chile's Loma Azul copper mine were pulled to the surface on Saturday, cheered by relatives and rescue workers.",
    'The men were taken by helicopter to a hospital in Antofagasta, where doctors said they were in good condition.',
  ],
};

const EVENT: StoryRecord[] = Object.entries(SPECIFIC).map(([id, own], day) => ({
  id,
  agency: 'Reuters',
  title: `Chile mine collapse: update ${day + 1}`,
  published: `2026-11-0${day + 2}T12:00:00Z`,
  text: [...own, ...BACKGROUND].join('\n\n'),
}));

const QUAKE_REUTERS: StoryRecord = {
  id: 'reuters-peru-quake',
  agency: 'Reuters',
  title: 'Strong quake hits southern Peru, killing at least 14',
  url: 'https://wire.example/reuters/peru-quake',
  text: [
    'LIMA, Oct 20 (Reuters) - A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing at least 14 people and destroying hundreds of adobe homes in the Arequipa region, officials said.',
    'The quake was centred 38 kilometres north of the town of Chivay at a depth of 22 kilometres, the Geophysical Institute of Peru said.',
    'Landslides blocked the main road into the Colca valley, cutting off several villages popular with tourists.',
    'President Lucia Herrera flew to Arequipa and said the armed forces would deliver tents and food by helicopter.',
    'Copper miner Kestrel said its Cerro Pardo mine in the region had suspended operations to inspect the tunnels.',
    'Peru lies on the Pacific Ring of Fire and is hit by hundreds of tremors every year.',
  ].join('\n\n'),
};

const QUAKE_AP: StoryRecord = {
  id: 'ap-peru-quake',
  agency: 'AP',
  title: 'Villagers in Peru dig through rubble after deadly quake',
  text: [
    'CHIVAY, Peru (AP) - Villagers in the Colca valley used shovels and bare hands on Wednesday to search the ruins of a colonial church that collapsed during Mass.',
    'The Roman Catholic bishop of Arequipa said three worshippers and the parish priest were among the dead.',
    '"The bell tower fell on the people leaving the church," said Teodoro Quispe, a farmer who helped pull out survivors.',
    'Red Cross volunteers set up a field kitchen in the main square, serving soup to about 600 people who spent the night outdoors.',
    'Aftershocks kept shaking the valley through the night, frightening families into sleeping in their fields.',
  ].join('\n\n'),
};

const page = (paragraphs: string[]): PageInput => ({ page: 'https://news.example/story', title: 'A story', paragraphs });

describe('trace', () => {
  it('lets the story with the page\'s specific sentences win over stories that share its background', async () => {
    const corpus = new MemoryCorpus([...DISTRACTORS, ...EVENT]);
    const day2 = SPECIFIC['reuters-loma-azul-day2'].map((p) => p.replace(/^.*\(Reuters\) - /, ''));
    // More background than specific text: the background alone must not decide.
    const result = await trace(page([day2[0], BACKGROUND[0], BACKGROUND[1], day2[1], BACKGROUND[2], day2[2], BACKGROUND[3]]), corpus);
    expect(result.source?.id).toBe('reuters-loma-azul-day2');
    expect(result.verdict).toBe('derived');
    expect(result.additionalSources).toEqual([]);
    expect(result.sourceSentences.map((s) => s.status)).toEqual(['kept', 'kept', 'kept', 'kept', 'kept', 'kept', 'kept']);
    expect(result.pageSentences.every((s) => s.status === 'copied' && s.sourceId === undefined)).toBe(true);
    // The sister stories are reported as alternatives, below the winner.
    const alternatives = result.alternatives.map((a) => a.id);
    expect(alternatives).toEqual(expect.arrayContaining(['reuters-loma-azul-day1', 'reuters-loma-azul-day3', 'reuters-loma-azul-rescue']));
    expect(result.confidence).toBeGreaterThan(0);
  });

  it('finds the rescue story when the page carries its own sentences', async () => {
    const corpus = new MemoryCorpus([...DISTRACTORS, ...EVENT]);
    const rescue = SPECIFIC['reuters-loma-azul-rescue'];
    const result = await trace(page([...rescue, ...BACKGROUND.slice(0, 3)]), corpus);
    expect(result.source?.id).toBe('reuters-loma-azul-rescue');
    expect(result.additionalSources).toEqual([]);
  });

  it('reports a second wire story the page also draws on', async () => {
    const corpus = new MemoryCorpus([...DISTRACTORS, QUAKE_REUTERS, QUAKE_AP, ...EVENT]);
    const reuters = QUAKE_REUTERS.text.split('\n\n');
    const ap = QUAKE_AP.text.split('\n\n');
    const result = await trace(page([reuters[0], reuters[1], reuters[2], reuters[3], ap[0], ap[1], ap[3]]), corpus);
    expect(result.verdict).toBe('derived');
    expect(result.source).toEqual({
      id: 'reuters-peru-quake',
      agency: 'Reuters',
      title: QUAKE_REUTERS.title,
      url: QUAKE_REUTERS.url,
    });
    expect(result.additionalSources.map((s) => s.id)).toEqual(['ap-peru-quake']);
    const [extra] = result.additionalSources;
    expect(extra.agency).toBe('AP');
    expect(extra.sourceSentences.map((s) => s.status)).toEqual(['kept', 'kept', 'cut', 'kept', 'cut']);
    expect(extra.reuse).toBeCloseTo(3 / 7);
    expect(result.pageSentences.map((s) => s.sourceId)).toEqual([undefined, undefined, undefined, undefined, 'ap-peru-quake', 'ap-peru-quake', 'ap-peru-quake']);
    expect(result.sourceSentences.map((s) => s.status)).toEqual(['kept', 'kept', 'kept', 'kept', 'cut', 'cut']);
    expect(result.alternatives.map((a) => a.id)).not.toContain('ap-peru-quake');
  });

  it('does not let versions of one story share its sentences away to a story the page drew less from', async () => {
    const versions = Array.from({ length: 16 }, (_, i) => ({
      ...QUAKE_REUTERS,
      id: `reuters-peru-quake-${i + 1}`,
      text: `${QUAKE_REUTERS.text}\n\nThe death toll was revised in update number ${i + 1} of the story.`,
    }));
    const corpus = new MemoryCorpus([...syntheticStories(23, 600), ...versions, QUAKE_AP]);
    const reuters = QUAKE_REUTERS.text.split('\n\n');
    const ap = QUAKE_AP.text.split('\n\n');
    const result = await trace(page([...reuters.slice(0, 5), ap[0], ap[1], ap[3]]), corpus);
    expect(result.source?.id).toMatch(/^reuters-peru-quake-/);
    expect(result.additionalSources.map((s) => s.id)).toEqual(['ap-peru-quake']);
  });

  it('looks up the sentences the leading story leaves unexplained on their own, to find a second story', async () => {
    const corpus = new MemoryCorpus([...DISTRACTORS, QUAKE_REUTERS, QUAKE_AP, ...EVENT]);
    const reuters = QUAKE_REUTERS.text.split('\n\n');
    const ap = QUAKE_AP.text.split('\n\n');
    // The whole page's retrieval keeps one candidate: the AP story is found only from what Reuters leaves unexplained.
    const result = await trace(page([reuters[0], reuters[1], reuters[2], reuters[3], ap[0], ap[1], ap[3]]), corpus, { candidates: 1 });
    expect(result.source?.id).toBe('reuters-peru-quake');
    expect(result.additionalSources.map((s) => s.id)).toEqual(['ap-peru-quake']);
  });

  it('counts a verbatim quote toward the second story whose sentences come with it', async () => {
    const rescue: StoryRecord = {
      id: 'ap-peru-rescue',
      agency: 'AP',
      title: 'Girl pulled alive from Peru school rubble',
      text: [
        'AREQUIPA, Peru (AP) - Rescuers pulled a seven-year-old girl alive from the rubble of a collapsed school in the Colca valley on Thursday, two days after the earthquake.',
        // Quoted words and names only: no evidence of a source by itself.
        '"She was asking for her mother," Teodoro Quispe said.',
        'Doctors at the regional hospital said the girl had a broken leg.',
      ].join('\n\n'),
    };
    const corpus = new MemoryCorpus([...DISTRACTORS, QUAKE_REUTERS, rescue, ...EVENT]);
    const reuters = QUAKE_REUTERS.text.split('\n\n');
    const [found, quote] = rescue.text.split('\n\n');
    const result = await trace(page([...reuters.slice(0, 4), found.replace(/^.*\(AP\) - /, ''), quote]), corpus);
    expect(result.source?.id).toBe('reuters-peru-quake');
    expect(result.additionalSources.map((s) => s.id)).toEqual(['ap-peru-rescue']);
    expect(result.pageSentences.map((s) => s.sourceId)).toEqual([undefined, undefined, undefined, undefined, 'ap-peru-rescue', 'ap-peru-rescue']);
  });

  it('aligns a story that shares the page\'s words but not its phrasing only when nothing better is found', async () => {
    // Each sentence's words in reverse order: the same names, figures and rare words, none of the sentences.
    const reversed = (text: string) => text.split('\n\n').map((p) => p.split(' ').reverse().join(' ')).join('\n\n');
    const shuffled: StoryRecord = { ...QUAKE_REUTERS, id: 'reuters-peru-quake-reworded', text: reversed(QUAKE_REUTERS.text) };
    const version: StoryRecord = { ...QUAKE_REUTERS, id: 'reuters-peru-quake-update', text: `${QUAKE_REUTERS.text}\n\nRescue teams were still searching on Wednesday.` };
    const corpus = new MemoryCorpus([...DISTRACTORS, QUAKE_REUTERS, shuffled, version]);
    const copied = await trace(page(QUAKE_REUTERS.text.split('\n\n').slice(0, 5)), corpus);
    expect(copied.source?.id).toBe('reuters-peru-quake');
    expect(copied.alternatives.map((a) => a.id)).toEqual(['reuters-peru-quake-update']);
    // A page made of the reworded story's own text still finds it.
    const own = await trace(page(shuffled.text.split('\n\n').slice(0, 5)), corpus);
    expect(own.source?.id).toBe('reuters-peru-quake-reworded');
  });

  it('returns no source for an empty corpus', async () => {
    const result = await trace(page(QUAKE_REUTERS.text.split('\n\n')), new MemoryCorpus());
    expect(result.verdict).toBe('none');
    expect(result.source).toBeNull();
    expect(result.confidence).toBe(0);
    expect(result.sourceSentences).toEqual([]);
    expect(result.pageSentences.every((s) => s.status === 'added')).toBe(true);
    expect(result.alternatives).toEqual([]);
    expect(result.additionalSources).toEqual([]);
  });

  it('returns no source for an empty page, or a page of furniture only', async () => {
    const corpus = new MemoryCorpus([...DISTRACTORS, QUAKE_REUTERS]);
    for (const paragraphs of [[], ['   '], ['By Jane Doe', 'Advertisement', 'Reporting by Jane Doe; Editing by John Roe']]) {
      const result = await trace(page(paragraphs), corpus);
      expect(result.verdict).toBe('none');
      expect(result.source).toBeNull();
      expect(result.pageSentences).toEqual([]);
      expect(result.changes).toEqual([]);
      expect(result.page).toBe('https://news.example/story');
    }
  });

  /** Local news no wire story carries. */
  const LOCAL = [
    'The city council voted on Thursday to turn the old tram depot into a public library and community kitchen.',
    'Work is due to start in the spring and will cost the town about 3.2 million euros, the mayor said.',
    'Neighbours have campaigned for a decade to save the red-brick building from demolition.',
  ];

  it('returns no source for a page the corpus did not write', async () => {
    const corpus = new MemoryCorpus([...DISTRACTORS, QUAKE_REUTERS, ...EVENT]);
    const result = await trace(page(LOCAL), corpus);
    expect(result.verdict).toBe('none');
    expect(result.source).toBeNull();
    expect(result.alternatives).toEqual([]);
    expect(result.additionalSources).toEqual([]);
  });

  it('reports nothing against a story it does not name: one borrowed sentence is no source', async () => {
    const corpus = new MemoryCorpus([...DISTRACTORS, QUAKE_REUTERS, ...EVENT]);
    const borrowed = QUAKE_REUTERS.text.split('\n\n')[1];
    const result = await trace(
      page([LOCAL[0], borrowed, ...LOCAL.slice(1), 'The library will open seven days a week and host classes for adults learning to read.']),
      corpus,
    );
    expect(result.verdict).toBe('none');
    expect(result.source).toBeNull();
    expect([result.confidence, result.coverage, result.reuse]).toEqual([0, 0, 0]);
    expect(result.sourceSentences).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.pageSentences.every((s) => s.status === 'added' && s.source.length === 0)).toBe(true);
  });

  it('completes on a 5 MB page of repeated text and keeps the result within the bounds', async () => {
    const story = DISTRACTORS[0];
    // A credit in every repeat: cutting credits once rebuilt the paragraph for each, quadratic in its length.
    const paragraph = `${story.text.split('\n\n')[1]} (AFP)`;
    const repeats = Math.ceil(5_000_000 / (paragraph.length + 1));
    const corpus = new MemoryCorpus(DISTRACTORS.slice(0, 40));
    // One paragraph: the hardest shape (a page without block structure), and the one segmentation once choked on.
    const text = Array(repeats).fill(paragraph).join(' ');
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = await trace({ page: 'huge', paragraphs: [text] }, corpus);
    expect(result.pageSentences.length).toBeGreaterThan(0);
    expect(result.pageSentences.length).toBeLessThanOrEqual(LIMITS.maxSentences);
    expect(result.pageSentences.reduce((sum, s) => sum + s.text.length, 0)).toBeLessThanOrEqual(LIMITS.maxChars);
    expect(result.source?.id).toBe(story.id);
    expect(result.alternatives.length).toBeLessThanOrEqual(5);
    expect(result.additionalSources.length).toBeLessThanOrEqual(2);
  });
});
