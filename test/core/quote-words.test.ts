/** The words of a quote as compared: spelling conventions fold, wording does not. */
import { describe, expect, it } from 'vitest';
import { closeCompounds, closePartCompounds, quoteParts, quoteWords } from '../../src/core/text/quote-words';

function same(a: string, b: string): void {
  expect(quoteWords(a)).toEqual(quoteWords(b));
}

describe('quoteWords', () => {
  it('folds contractions, with or without the apostrophe', () => {
    same("It's probably not the easiest time", 'It is probably not the easiest time');
    same("We don't know, we're not sure and we won't guess", 'We do not know, we are not sure and we will not guess');
    same('recall isnt one of them', "recall isn't one of them");
    same("I'd say we've done it", 'I would say we have done it');
  });

  it("keeps a possessive 's apart from \"is\"", () => {
    expect(quoteWords("the court's decision")).toEqual(['the', 'court', 'decision']);
    expect(quoteWords("Boston's mayor")).not.toEqual(quoteWords('Boston is mayor'));
  });

  it('folds "per cent", "percent" and "%"', () => {
    same('rose 8 per cent', 'rose 8 percent');
    same('rose 8%', 'rose 8 percent');
  });

  it('folds ordinals, small numbers, dotted initials and months', () => {
    same('September the 11th', 'September the 11');
    same('ten years and 2 months', '10 years and two months');
    same('the F.T.C. said', 'the FTC said');
    same('in Sept.', 'in September');
    // Day and month in either order are house style; "May" is left alone (it is also a modal).
    same('our experience on 11 September', 'our experience on September 11');
    expect(quoteWords('on 2 may')).toEqual(['on', '2', 'may']);
  });

  it('folds wire abbreviations of units and scales', () => {
    same('the six pct level', 'the six percent level');
    same('I think the 18 dlrs a barrel will continue', 'I think the $18 a barrel will continue');
    same('it cost 4.5 mln dlrs', 'it cost $4.5 million');
  });

  it('folds irregular verb forms to one', () => {
    same('this administration chose to settle old scores', 'this administration choose to settle old scores');
    same('they took it and went', 'they take it and go');
  });

  it('reads words that name object properties as words', () => {
    expect(quoteWords('the constructor of toString')).toEqual(['the', 'constructor', 'of', 'tostring']);
  });

  it('leaves out editorial insertions, even one an ellipsis cut through', () => {
    same('This (the note program) will be the platform', 'This [it] will be the platform');
    same('This (the medium term note', 'This');
    same('program) will be the platform', 'will be the platform');
  });

  it('keeps different words different', () => {
    expect(quoteWords('this disaster')).not.toEqual(quoteWords('this catastrophe'));
    expect(quoteWords('4,500 troops')).not.toEqual(quoteWords('450 troops'));
    expect(quoteWords('we can act')).not.toEqual(quoteWords('we cannot act'));
  });
});

describe('quoteParts', () => {
  it('splits a quote at every ellipsis and bracketed insertion, adjacent marks leaving an empty part', () => {
    expect(quoteParts('selling...against little')).toEqual([['selling'], ['against', 'little']]);
    expect(quoteParts('expertise . . . [and strengthens] our ability')).toEqual([['expertise'], [], ['our', 'ability']]);
    expect(quoteParts('[...] alone\u2026')).toEqual([[], ['alone'], []]);
    expect(quoteParts('work with [our] customers')).toEqual([['work', 'with'], ['customers']]);
  });

  it('leaves a quote without marks whole, parentheses and single full stops included', () => {
    expect(quoteParts('It rose 4.5 percent. We (the board) agreed')).toEqual([quoteWords('It rose 4.5 percent. We (the board) agreed')]);
  });
});

describe('closeCompounds', () => {
  it('closes open compounds where the other side writes them as one word', () => {
    expect(closeCompounds(quoteWords('a political head-kicker'), quoteWords('a political head kicker'))).toEqual([
      ['a', 'political', 'headkicker'],
      ['a', 'political', 'headkicker'],
    ]);
    const [a, b] = closeCompounds(quoteWords('the national Do Not Call list'), quoteWords('the national do-not-call list'));
    expect(a).toEqual(b);
  });

  it('leaves words alone when the other side has no such compound', () => {
    expect(closeCompounds(['head', 'kicker'], ['head', 'hunter'])).toEqual([
      ['head', 'kicker'],
      ['head', 'hunter'],
    ]);
  });
});

describe('closePartCompounds', () => {
  it('closes open compounds in each part against all the other quote\'s words', () => {
    expect(closePartCompounds([['a', 'head', 'kicker'], ['here']], [['headkicker', 'is'], []])).toEqual([
      [['a', 'headkicker'], ['here']],
      [['headkicker', 'is'], []],
    ]);
  });
});
