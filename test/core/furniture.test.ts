/** Furniture: datelines, credits and page prompts go; story sentences that merely look like them stay. */
import { describe, expect, it } from 'vitest';
import { isFurniture, removeFurniture, stripDateline } from '../../src/core/text/furniture';
import { normaliseTypography } from '../../src/core/text/normalise';

describe('stripDateline', () => {
  it.each([
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'The Senate voted on Tuesday.'],
    ['PARIS, Oct 26 (Reuters) - France said on Monday it would act.', 'France said on Monday it would act.'],
    ['NEW YORK, Oct. 12 (Reuters) - Stocks rose.', 'Stocks rose.'],
    ['NAIROBI - Kenyan authorities evacuated families.', 'Kenyan authorities evacuated families.'],
    ['LONDON/FRANKFURT (Reuters) - Banks fell on Monday.', 'Banks fell on Monday.'],
    ['BERGEN, Norway (AP) -- A ferry ran aground.', 'A ferry ran aground.'],
    ['KYIV, 12 October (AFP) - Ukraine said it would hold.', 'Ukraine said it would hold.'],
    ['(Reuters) - Stocks rose on Monday.', 'Stocks rose on Monday.'],
  ])('%s', (paragraph, expected) => {
    expect(stripDateline(paragraph)).toBe(expected);
  });

  it('strips an AP em-dash dateline once typography is normalised', () => {
    expect(stripDateline(normaliseTypography('HELSINKI (AP) \u2014 Finland closed its border on Monday.'))).toBe(
      'Finland closed its border on Monday.',
    );
  });

  it('leaves a sentence that starts with a capitalised word alone', () => {
    for (const sentence of ['NATO allies met on Monday.', 'Kenyan authorities evacuated 4,500 families.', 'The U.S. embassy said it would help.']) {
      expect(stripDateline(sentence)).toBe(sentence);
    }
  });
});

describe('isFurniture', () => {
  it.each([
    'By Jane Doe',
    'By Jane Doe and John Roe',
    'By Jane Doe, John Roe and Ali Musa',
    'By Jane Doe, Reuters',
    'By JANE DOE',
    'By Reuters',
    'Reporting by Jane Doe; Editing by John Roe',
    '(Reporting by Jane Doe in Nairobi; Additional reporting by Ali Musa; Editing by John Roe)',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    '\u00A9 2026 The Associated Press. All rights reserved.',
    'Associated Press writer Jane Doe in Nairobi contributed to this report.',
    'Also read: Kenya floods kill 17',
    'Read more: Somalia braces for rains',
    'Related: Floods in Somalia',
    'Advertisement',
    'ADVERTISEMENT',
    'Share this article',
    'Subscribe',
    'Sign up for our newsletter',
    '(Photo by Tony Karumba / AFP)',
    '(Photo by Chris McGrath/Getty Images)',
    'Photograph by Mikhail Metzel / TASS via Getty',
    'Jorge Silva / AP',
    '(Jorge Silva / AP)',
    'Brendan Smialowski | AFP | Getty Images',
    'REUTERS/Kevin Lamarque',
    '(AP Photo/Markus Schreiber)',
    'Markus Schreiber AP Photo',
    '(Aleksi Tuomola/Lehtikuva via AP)',
    'Image 6 of 9',
    '1 / 9',
    'Image 1of/9',
    'Back to Gallery',
    'Close',
    'Now Playing:',
    'Updated',
    'More',
    '2:20 p.m.',
    '6:30 am CDT, Monday, July 16, 2018',
    '07/15/2018 10:09 am ET',
    '7:53 PM 07/15/2018',
    'July 14, 2018 - 7:30pm',
    'Media: Associated Press',
    'PA via AP Andrew Milligan',
    'e-mail',
    'Tags:',
    'Previous story:',
    'https://t.co/4xDFNeyR23',
    'Photo: Tony Karumba',
    'AFP',
    'REUTER',
    'Reuter...',
    'Updated: Oct 12, 2026 09:14 GMT',
    'Published 12 October 2026',
    '— Jake Tapper (@jaketapper) July 14, 2018',
    '- Donald Tusk (@eucopresident) Jul. 15, 2018',
    'July 15, 2018 at 9:58 AM',
    'Jul 16, 2018 at 9:56 AM Jul 16, 2018 at 10:14 AM',
    '41 min ago',
    '1 hr 12 min ago',
    'Posted!',
    'Originally posted on',
    'USA TODAY Published 5:57 a.m. ET July 16, 2018',
    'Jill Colvin, Associated Press Published 9:21 a.m. ET July 15, 2018',
    'Politico Posted at 9:40 am on July 16, 2018',
    'Originally published July 15, 2018 at 3:56 am',
    'by Philip Bump July 16 at 10:32 AM Email the author',
    'by Philip Rucker, Anton Troianovski and Seung Min Kim July 16 at 4:59 AM Email the author',
    "window._taboola = window._taboola || []; _taboola.push({ mode: 'thumbnails-c', placement: 'Gallery Thumbnails 5' });",
    "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
  ])('%s', (paragraph) => {
    expect(isFurniture(normaliseTypography(paragraph))).toBe(true);
  });

  it.each([
    'By Friday, the river had burst its banks.',
    'By Monday, Kenya Red Cross teams had reached Garsen.',
    'By the end of the year, the company expects to hire 200 staff.',
    'Reuters reported the figure on Monday.',
    'Reuter said the bank would cut rates.',
    'Close to 300 people died in the floods.',
    'More than 40 people were hurt.',
    '2 p.m. was the deadline the union set.',
    'Media reports said the minister had resigned.',
    'On July 16, 2018 the leaders met in Helsinki.',
    'Tags were attached to the birds.',
    'Email records show the minister knew.',
    'Reuters/Ipsos polling showed support fell.',
    'The Senate voted 50/50 on the bill, AP said.',
    'AFP journalists saw bodies in the street.',
    'Advertisers fled the platform after the row.',
    'Advertising revenue fell 5% in the quarter.',
    'Related parties were paid millions, the audit said.',
    'Share prices fell 5% on Monday.',
    'Shares in the company rose 3%.',
    'Email records show the minister was warned.',
    'Print media revenue fell 10% last year, the report said.',
    'Comments by the minister angered farmers.',
    'Recommended changes to the law were shelved.',
    'Sponsored by the government, the scheme pays farmers.',
    'Updated figures showed 17 people had died by Tuesday.',
    'Published data showed inflation rose 3% in May.',
    'Photographs showed flooded roads near Garsen.',
    '- The senator (@SenJaneDoe) said on July 14, 2018 that she would vote against the bill.',
    'The report was published on July 16, 2018.',
    'The report was published on July 16',
    'Formulae for several novichok have been published for over a decade.',
    'Posted guards stood at the gate on July 16.',
    'Published reports said the deal was close.',
    'Trump and Putin are scheduled to hold a joint press conference at 9:50 a.m.',
    'Amazon.com (AMZN.O) said on Tuesday it would hire 100,000 workers; shares rose.',
    'U.S. officials said the talks would resume on Monday.',
  ])('keeps story text: %s', (paragraph) => {
    expect(isFurniture(paragraph)).toBe(false);
  });

  it('never takes a long paragraph for furniture', () => {
    expect(isFurniture(`Reporting by Jane Doe ${'and more text '.repeat(40)}`)).toBe(false);
  });
});

describe('removeFurniture', () => {
  it('drops furniture paragraphs, strips the dateline and inline credits, keeps the story in order', () => {
    expect(
      removeFurniture([
        'By Jane Doe and John Roe',
        'NAIROBI, Oct 12 (AFP) - Kenya evacuated 4,500 families on Monday, as quoted by AFP.',
        'Advertisement',
        'By Friday, the river had burst its banks.',
        'Also read: Somalia braces for rains',
        'Reuters reported the figure on Monday.',
        'Share prices of Kenyan insurers fell 5% on Monday.',
        '(Photo by Tony Karumba / AFP)',
        'Reporting by Jane Doe; Editing by John Roe',
        'Our Standards: The Thomson Reuters Trust Principles.',
      ]),
    ).toEqual([
      'Kenya evacuated 4,500 families on Monday.',
      'By Friday, the river had burst its banks.',
      'Reuters reported the figure on Monday.',
      'Share prices of Kenyan insurers fell 5% on Monday.',
    ]);
  });

  it('drops the photo credit that closes a caption, and keeps a slash that is story text', () => {
    expect(
      removeFurniture([
        'U.S. President Donald Trump arrives at Helsinki-Vantaa airport in Vantaa, Finland, July 15, 2018. REUTERS/Leonhard Foeger',
        'Trump waves as he arrives in Helsinki. (AP Photo/Pablo Martinez Monsivais)',
        'Pablo Martinez Monsivais',
        'A Reuters/Ipsos poll showed support fell. The flight went London/Helsinki.',
      ]),
    ).toEqual([
      'U.S. President Donald Trump arrives at Helsinki-Vantaa airport in Vantaa, Finland, July 15, 2018.',
      'Trump waves as he arrives in Helsinki.',
      'A Reuters/Ipsos poll showed support fell. The flight went London/Helsinki.',
    ]);
  });

  it("drops Reuters' sign-off after a paragraph's last sentence, and keeps the surname", () => {
    expect(removeFurniture(['Net profit rose 10 pct in the year. REUTER', 'The deal is done, said Ernst Reuter.'])).toEqual([
      'Net profit rose 10 pct in the year.',
      'The deal is done, said Ernst Reuter.',
    ]);
  });

  it('drops paragraphs left empty by stripping', () => {
    expect(removeFurniture(['WASHINGTON (Reuters) - ', 'The Senate voted.'])).toEqual(['The Senate voted.']);
  });
});
