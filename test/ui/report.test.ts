import { beforeEach, describe, expect, it } from 'vitest';
import { plainTextReport } from '../../src/popup/report';
import { installFakeExt } from './fake-ext';
import { derivedResult, states } from './fixtures';

beforeEach(() => installFakeExt());

describe('plain-text report', () => {
  it('prints no words line for a change too long to diff (a hostile page), and still prints the change', () => {
    const long = 'word '.repeat(60_000);
    const result = { ...derivedResult, changes: [{ kind: 'quote' as const, source: `${long}alpha`, page: `${long}beta`, sourceSentence: 2, pageSentence: 1 }] };
    const report = plainTextReport(states.done, result, new Date('2026-01-02T03:04:05Z'));
    expect(report).toContain('quote: Wire “word word');
    expect(report).not.toMatch(/words:\s*$/m);
    expect(report).not.toContain('words:');
  });
});
