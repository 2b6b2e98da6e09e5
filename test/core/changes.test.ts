/** Changes that matter: altered quotes, numbers and names; house style, cuts and transliterations are not changes. */
import { describe, expect, it } from 'vitest';
import { align } from '../../src/core/align';
import { detectChanges } from '../../src/core/changes';
import { prepare } from '../../src/core/document';
import { paragraphsOf } from '../../src/core/paragraphs';
import type { Change } from '../../src/core/types';

function changes(source: string, page: string): Change[] {
  const wire = prepare(paragraphsOf(source));
  const copy = prepare(paragraphsOf(page));
  return detectChanges(wire, copy, align(wire, copy));
}

/** No changes, and every wire sentence but the `cut` ones aligned: an empty list because nothing differs. */
function expectUnchanged(source: string, page: string, cut: number[] = []): void {
  const wire = prepare(paragraphsOf(source));
  const copy = prepare(paragraphsOf(page));
  const alignment = align(wire, copy);
  const unlinked = alignment.bySource.flatMap((links, i) => (links.length === 0 ? [i] : []));
  expect(unlinked).toEqual(cut);
  expect(detectChanges(wire, copy, alignment)).toEqual([]);
}

const MINISTER =
  'Interior Minister Daniel Kiprono told reporters in Nairobi on Monday that the government had released 300 million shillings for emergency food and shelter. "No Kenyan will be left to face this disaster alone," Kiprono said.';
const EMBASSY =
  'The U.S. embassy in Nairobi said on Monday it would send water purification equipment and tents. "We stand ready to help the people of Kenya through this crisis, as we did in 2018," the embassy said in a statement.';

describe('quote changes', () => {
  it('flags an altered quote with both texts', () => {
    expect(changes(MINISTER, MINISTER.replace('left to face this disaster alone', 'left alone to face this catastrophe'))).toEqual([
      {
        kind: 'quote',
        source: 'No Kenyan will be left to face this disaster alone',
        page: 'No Kenyan will be left alone to face this catastrophe',
        sourceSentence: 1,
        pageSentence: 1,
      },
    ]);
  });

  it('does not flag an identical quote printed with curly quotes', () => {
    const curly = MINISTER.replace('"No', '\u201CNo').replace('alone,"', 'alone,\u201D');
    expectUnchanged(MINISTER, curly);
  });

  it('does not flag an identical quote with different punctuation at its end', () => {
    expectUnchanged(MINISTER, MINISTER.replace('alone," Kiprono said.', 'alone." Kiprono said so.'));
    expectUnchanged(MINISTER, MINISTER.replace('"No Kenyan will be left to face this disaster alone," Kiprono said.', 'Kiprono said: "No Kenyan will be left to face this disaster alone."'));
  });

  it('does not flag "U.S." printed as "US" or "2018" with typography changes', () => {
    const page = EMBASSY.replace(/U\.S\./g, 'US').replace('"We', '\u201CWe').replace('2018,"', '2018,\u201D');
    expectUnchanged(EMBASSY, page);
    const dotted = EMBASSY.replace('people of Kenya', 'people of Kenya and the U.S.');
    expectUnchanged(dotted, dotted.replace(/U\.S\./g, 'US'));
  });

  it('does not flag a quote shortened with an ellipsis', () => {
    expectUnchanged(MINISTER, MINISTER.replace('No Kenyan will be left to face this disaster alone', 'No Kenyan will be left ... alone'));
    expectUnchanged(MINISTER, MINISTER.replace('No Kenyan will be left to face this disaster alone', 'No Kenyan will be left\u2026 alone'));
  });

  const QUALCOMM =
    'Broadcom sued its rival on Tuesday. "Qualcomm has enjoyed many years of selling...against little or no competition," Broadcom said.';

  it('does not flag words printed where the wire quote has an ellipsis or bracketed words', () => {
    expectUnchanged(QUALCOMM, QUALCOMM.replace('selling...against', 'selling CDMA chips against'));
    expectUnchanged(QUALCOMM, QUALCOMM.replace('selling...against', 'selling . . . [chips] against'));
    const ponds =
      'The lawyer spoke outside the court on Friday. "If draining the ponds will help establish [his] innocence, we welcome it," the lawyer said.';
    expectUnchanged(ponds, ponds.replace('[his]', "the scientist's"));
    expectUnchanged(ponds.replace('[his]', 'his'), ponds.replace('[his]', '[the scientist\'s]'));
  });

  it('flags a changed word an ellipsis or brackets do not cover', () => {
    expect(changes(QUALCOMM, QUALCOMM.replace('many years of selling...', 'few years of selling CDMA chips '))).toEqual([
      {
        kind: 'quote',
        source: 'Qualcomm has enjoyed many years of selling...against little or no competition',
        page: 'Qualcomm has enjoyed few years of selling CDMA chips against little or no competition',
        sourceSentence: 1,
        pageSentence: 1,
      },
    ]);
    const ximian =
      'Novell bought Ximian on Monday. "Ximian brings Novell unparalleled expertise, strengthening our ability to work with [our] customers and leverage open source initiatives more constructively," Novell said.';
    const page = ximian.replace(
      'unparalleled expertise, strengthening our ability to work with [our] customers and',
      'unparalleled Linux expertise . . . [and strengthens] our ability to work with and',
    );
    // The ellipsis and the brackets are the editor's; "Linux" outside them and "customers" cut without an ellipsis are not.
    expect(changes(ximian, page).map((c) => [c.kind, c.page])).toEqual([
      ['quote', 'Ximian brings Novell unparalleled Linux expertise... [and strengthens] our ability to work with and leverage open source initiatives more constructively'],
    ]);
    expectUnchanged(ximian, page.replace('Linux expertise', 'expertise').replace('with and', 'with customers and'));
  });

  it('flags a quote turned into indirect speech, with page null', () => {
    const page = MINISTER.replace(
      '"No Kenyan will be left to face this disaster alone," Kiprono said.',
      'Kiprono said no Kenyan would be left to face the disaster alone.',
    );
    expect(changes(MINISTER, page)).toEqual([
      { kind: 'quote', source: 'No Kenyan will be left to face this disaster alone', page: null, sourceSentence: 1, pageSentence: 1 },
    ]);
  });

  const SPLIT =
    'Opposition leader Amina Wekesa criticised the relief effort on Tuesday. "Instead of pursuing the most urgent needs of the flooded counties," Wekesa said, "this government chose to settle old political scores."';

  it('compares a quote split by its attribution as one quote', () => {
    const joined = SPLIT.replace(
      '"Instead of pursuing the most urgent needs of the flooded counties," Wekesa said, "this government chose to settle old political scores."',
      '"Instead of pursuing the most urgent needs of the flooded counties, this government has chosen to settle old political scores," Wekesa said.',
    );
    expectUnchanged(SPLIT, joined);
    expect(changes(SPLIT, joined.replace('old political scores', 'old tribal scores'))).toEqual([
      {
        kind: 'quote',
        source: 'this government chose to settle old political scores',
        page: 'Instead of pursuing the most urgent needs of the flooded counties, this government has chosen to settle old tribal scores',
        sourceSentence: 1,
        pageSentence: 1,
      },
    ]);
  });

  it('does not flag part of a quote with only function words edited, but flags a content word lost at its edge', () => {
    const motives =
      'Senator Robert Byrd spoke from the Senate floor on Wednesday. "But I do question the motives of a deskbound president who assumes the garb of a warrior for the purposes of a speech," Byrd said.';
    const part = motives.replace(
      '"But I do question the motives of a deskbound president who assumes the garb of a warrior for the purposes of a speech," Byrd said.',
      'Byrd said he questioned "the motives of a deskbound president who assumes the garb of a warrior for purposes of a speech."',
    );
    expectUnchanged(motives, part);
    // Inflection does not alter part of a quote any more than a whole one.
    const sentence = 'The prosecutor spoke after the hearing on Friday. "The sentence reflects the seriousness with which our office and the courts views these crimes," she said.';
    expectUnchanged(sentence, sentence.replace('"The sentence reflects', 'The sentence "reflects').replace('courts views', 'courts view'));
    const negated =
      'The congressman spoke in Des Moines on Friday. "I don\'t want to be the candidate for guys with Confederate flags in their pickup trucks," he said.';
    expect(changes(negated, negated.replace("I don't want", 'I still want')).map((c) => c.kind)).toEqual(['quote']);
    const first = 'She spoke at the ceremony on Sunday. "It was one of the first times in my life that I felt we were truly being treated as Americans," she said.';
    expect(changes(first, first.replace('the first times', 'the few times')).map((c) => c.kind)).toEqual(['quote']);
  });

  it('flags a changed modal, quantifier, degree word or pronoun, but not edited articles, prepositions or "that"', () => {
    const banks =
      'The finance minister met creditors in Paris on Thursday. "We are confident that the banks would accept a plan for many of the smaller debtors," he said.';
    for (const [wire, page] of [
      ['would accept', 'will accept'],
      ['many of the smaller', 'the smaller'],
      ['are confident', 'are very confident'],
      ['We are', 'They are'],
    ]) {
      expect(changes(banks, banks.replace(wire, page)).map((c) => c.kind)).toEqual(['quote']);
    }
    expectUnchanged(banks, banks.replace('confident that the', 'confident the').replace('a plan for', 'the plan on'));
    // Words are counted: the quote keeps one "their" but lost the other.
    const twice = 'Union leaders spoke in Seoul on Monday. "Workers will press their struggle until their demands are met," a union leader said.';
    expect(changes(twice, twice.replace('press their struggle', 'press the struggle')).map((c) => c.kind)).toEqual(['quote']);
  });

  it('does not flag a quote that differs only in spelling conventions', () => {
    const spelled = 'The union said on Friday its members backed the deal. "It\'s a decent deal: wages rise 4 per cent, and the night-shift bonus stays," its leader said.';
    expectUnchanged(spelled, spelled.replace("It's", 'It is').replace('4 per cent', '4%').replace('night-shift', 'night shift'));
  });

  it('does not flag a quote the page simply cut', () => {
    expectUnchanged(MINISTER, MINISTER.replace(' "No Kenyan will be left to face this disaster alone," Kiprono said.', ''), [1]);
  });
});

describe('number changes', () => {
  const TROOPS =
    'The government said on Tuesday it would deploy 4,500 troops to the northern border region to secure the crossing points after the attacks.';

  it('flags "4,500 troops" printed as "450 troops"', () => {
    expect(changes(TROOPS, TROOPS.replace('4,500', '450'))).toEqual([
      { kind: 'number', source: '4,500 troops', page: '450 troops', sourceSentence: 0, pageSentence: 0 },
    ]);
  });

  it('reports a change once when the wire repeats the sentence (a photo caption printed twice)', () => {
    const page = TROOPS.replace('4,500', '450');
    expect(changes(`${TROOPS}\n\nMore of the story follows here about the crossing points.\n\n${TROOPS}`, page)).toEqual([
      { kind: 'number', source: '4,500 troops', page: '450 troops', sourceSentence: 0, pageSentence: 0 },
    ]);
  });

  it('does not flag the same number printed without its separator', () => {
    expectUnchanged(TROOPS, TROOPS.replace('4,500', '4500'));
  });

  it('does not flag a number the page dropped', () => {
    expectUnchanged(TROOPS, TROOPS.replace('4,500 ', ''));
  });

  it('does not flag a distance converted to other units, but flags one that changed', () => {
    const distance = 'Police said on Sunday the gunmen fired from a mosque in the town, 30 miles west of the capital, before fleeing north.';
    expectUnchanged(distance, distance.replace('30 miles', '50 km'));
    expect(changes(distance, distance.replace('30 miles', '80 km'))).toEqual([
      { kind: 'number', source: '30 miles', page: '80 km', sourceSentence: 0, pageSentence: 0 },
    ]);
  });

  it("does not flag the wire's figure rounded on the page, but flags the page's figure made more precise", () => {
    const results = 'The group reported a profit of $446 million on revenue of $6.32 billion in the quarter, against forecasts of $6.1 billion.';
    expectUnchanged(results, results.replace('$6.32 billion', '$6.3 billion'));
    const rounded = 'The group reported a profit of $446 million on revenue of $6.3 billion in the quarter, against forecasts of $6.1 billion.';
    expect(changes(rounded, rounded.replace('$6.3 billion', '$6.32 billion'))).toEqual([
      { kind: 'number', source: '6.3 billion', page: '6.32 billion', sourceSentence: 0, pageSentence: 0 },
    ]);
  });

  it('does not flag a figure in another notation ("$16.5m", a decimal comma), and shows a changed time whole', () => {
    const raised = 'The company said on Tuesday it had raised $16.5 million from investors led by a Boston fund.';
    expectUnchanged(raised, raised.replace('$16.5 million', '$16.5m'));
    const inflation = 'Inflation in the euro zone rose to 4.5 percent in March, the highest since the 1990s, the office said.';
    expectUnchanged(inflation, inflation.replace('4.5', '4,5'));
    const lacy = 'Even after he turned 94, Lacy worked to change baseball, his friends at the newspaper said.';
    expectUnchanged(lacy, lacy.replace('after he turned 94', 'into his 90s'));
    expect(changes(inflation, inflation.replace('1990s', '1980s'))).toEqual([
      { kind: 'number', source: '1990s', page: '1980s', sourceSentence: 0, pageSentence: 0 },
    ]);
    const meeting = 'The meeting in the capital will start at 10:30 on Thursday, officials from the finance ministry said.';
    expect(changes(meeting, meeting.replace('10:30', '11:30'))).toEqual([
      { kind: 'number', source: '10:30', page: '11:30', sourceSentence: 0, pageSentence: 0 },
    ]);
  });

  it('does not pair numbers that measure different things', () => {
    const term = 'With all precincts reporting, Fletcher, a three-term congressman, had won 57 percent of the vote in the state.';
    expect(changes(term, 'With all precincts reporting, Fletcher had 88,747 votes, or 57 percent of the vote in the state.')).toEqual([]);
    const year = 'By 2007, antivirus software will carry a worldwide price tag of $4.4 billion, double that of five years earlier.';
    expect(changes(year, 'By 2007, antivirus software will carry a worldwide price tag double that of 2002: $4.4 billion.')).toEqual([]);
  });

  it('does not flag the same date in another style', () => {
    const dated = 'The electoral commission said on Tuesday the vote would be held on Oct. 12 in all 47 counties of the country.';
    expectUnchanged(dated, dated.replace('Oct. 12', '12 October'));
  });
});

describe('name changes', () => {
  const SUMMIT =
    'Finance minister John Smith told the summit in Brussels on Tuesday that the budget deficit would shrink next year as growth picked up.';

  it('flags "Smith told" printed as "Jones told"', () => {
    expect(changes(SUMMIT, SUMMIT.replace('Smith told', 'Jones told'))).toEqual([
      { kind: 'name', source: 'Smith', page: 'Jones', sourceSentence: 0, pageSentence: 0 },
    ]);
  });

  it('does not flag a transliteration ("Zelenskiy"/"Zelensky")', () => {
    const kyiv =
      'Ukrainian President Volodymyr Zelenskiy told parliament in Kyiv on Tuesday that the army would hold the eastern front through the winter.';
    expectUnchanged(kyiv, kyiv.replace('Zelenskiy', 'Zelensky'));
  });

  it('does not flag a country printed as its adjective, an acronym spelled out, or an abbreviation', () => {
    const troops = 'But U.S. troops will not shrink from mounting raids on the militants near Tikrit, the Defense Department said on Monday.';
    expectUnchanged(troops, troops.replace('U.S.', 'American'));
    const league = 'The Nets and the Spurs are crossing new frontiers of offensive ineptitude, to the dismay of their American Basketball Association forefathers.';
    expectUnchanged(league, league.replace('American Basketball Association', 'ABA'));
    const senator = 'Senate majority leader Bill Frist, R-Tenn., said he hoped Congress would finish work on the bill by the end of September.';
    expectUnchanged(senator, senator.replace('R-Tenn.', 'Republican of Tennessee'));
  });

  it('does not flag a title or a description standing for the name', () => {
    const chairman = '"The bolt catcher is not as robust as it is supposed to be," the board\'s chairman, retired Adm. Hal Gehman, said on Tuesday.';
    expectUnchanged(chairman, chairman.replace('Adm. Hal Gehman', 'Navy Admiral Harold W. Gehman Jr.'));
    const senator = '"By its actions, the administration threatens to give a bad name to a just war," Lieberman told a news conference.';
    expectUnchanged(senator, senator.replace('Lieberman', 'the Connecticut Democrat'));
  });

  it('still flags another name in the same place', () => {
    const airline = 'United Airlines plans to become the first domestic airline to offer e-mail on all its domestic flights by the end of the year.';
    expect(changes(airline, airline.replace('United Airlines', 'United Airways'))).toEqual([
      { kind: 'name', source: 'Airlines', page: 'Airways', sourceSentence: 0, pageSentence: 0 },
    ]);
  });

  it('does not flag a name the page dropped', () => {
    expectUnchanged(SUMMIT, SUMMIT.replace('Finance minister John Smith told', 'The finance minister told'));
  });
});

it('finds nothing between a text and itself', () => {
  expectUnchanged(`${MINISTER}\n\n${EMBASSY}`, `${MINISTER}\n\n${EMBASSY}`);
});
