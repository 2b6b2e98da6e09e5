/** When two capitalised words name one thing, and when a capitalised word names nobody. */
import { describe, expect, it } from 'vitest';
import { acronymOf, capitalisedRuns, describedByArticle, isTitle, sameNameSpelling } from '../../src/core/text/name-variants';
import { surfaceWords, tokenize, type Token } from '../../src/core/text/tokens';

function name(text: string, raw: string): Token {
  const token = tokenize(text).find((t) => t.raw === raw);
  if (!token) throw new Error(`no ${raw} in ${text}`);
  return token;
}

describe('sameNameSpelling', () => {
  it('accepts case, a country and its adjective, and an abbreviation', () => {
    expect(sameNameSpelling(name('fear of Aids grew', 'Aids'), name('fear of AIDS grew', 'AIDS'), () => [])).toBe(true);
    expect(sameNameSpelling(name('the U.S. military', 'U.S.'), name('the American military', 'American'), () => [])).toBe(true);
    expect(sameNameSpelling(name('to Iraqi currency', 'Iraqi'), name("to Iraq's currency", "Iraq's"), () => [])).toBe(true);
    const texts = ['Bill Frist, R-Tenn., said'];
    expect(sameNameSpelling(name(texts[0], 'Tenn'), name('Frist, Republican of Tennessee, said', 'Tennessee'), () => texts)).toBe(true);
    expect(sameNameSpelling(name('on Wall Street today', 'Street'), name('on Wall St today', 'St'), () => [])).toBe(true);
  });

  it('accepts a short given name only before the same surname', () => {
    expect(sameNameSpelling(name('FTC Chairman Tim Muris said', 'Tim'), name('FTC Chairman Timothy Muris said', 'Timothy'), () => [])).toBe(true);
    expect(sameNameSpelling(name('To reach John Dvorak call', 'John'), name('in Johnson County', 'Johnson'), () => [])).toBe(false);
    // Middle initials stand between the given name and the surname.
    const feith = ['"Everything is going to move," Doug Feith said.', '"Everything is going to move," Douglas J. Feith said.'];
    expect(sameNameSpelling(name(feith[0], 'Doug'), name(feith[1], 'Douglas'), () => feith)).toBe(true);
    const other = [feith[0], '"Everything is going to move," Douglas J. Ferris said.'];
    expect(sameNameSpelling(name(other[0], 'Doug'), name(other[1], 'Douglas'), () => other)).toBe(false);
  });

  it('keeps different names apart', () => {
    expect(sameNameSpelling(name('said Petra Lindner', 'Lindner'), name('said Petra Lindemann', 'Lindemann'), () => [])).toBe(false);
    expect(sameNameSpelling(name('United Airlines plans', 'Airlines'), name('United Airways plans', 'Airways'), () => [])).toBe(false);
  });
});

const runs = (...texts: string[]) => texts.flatMap(capitalisedRuns);

describe('acronymOf', () => {
  it('matches an acronym to the words of the name it abbreviates', () => {
    expect(acronymOf('ATF', 'Bureau', runs('the Bureau of Alcohol, Tobacco, Firearms and Explosives said', 'the ATF said'))).toBe(true);
    expect(acronymOf('UCLA', 'University', runs('conducted by the University of California at Los Angeles'))).toBe(true);
    expect(acronymOf('N.Y.', 'New', runs('in his home in Amherst, New York.'))).toBe(true);
  });

  it('does not match a word outside that name', () => {
    expect(acronymOf('U.S.', 'Airlines', runs('United Airlines plans to be the first U.S. carrier'))).toBe(false);
    expect(acronymOf('US', 'Hussein', runs('he and Hussein hail from there, U.S. officials said'))).toBe(false);
  });
});

describe('titles and descriptions', () => {
  it('knows titles are not names', () => {
    expect(['Adm', 'Admiral', 'Senator', 'Prime', 'Minister', 'Mr'].every(isTitle)).toBe(true);
    expect(isTitle('Gehman')).toBe(false);
  });

  it('sees a name that opens with an article as a description', () => {
    const words = surfaceWords('a just war," the Connecticut Democrat told reporters');
    expect(describedByArticle(words, words.indexOf('Connecticut'))).toBe(true);
    const bare = surfaceWords('a just war," Lieberman told reporters');
    expect(describedByArticle(bare, bare.indexOf('Lieberman'))).toBe(false);
  });
});
