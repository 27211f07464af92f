// Marking industry names inside a plan sentence.
import { describe, expect, it } from 'vitest';
import { splitByTerms } from './highlight';

describe('splitByTerms', () => {
  it.each<[string, string, string[], [string, boolean][]]>([
    ['no terms', '发展人工智能', [], [['发展人工智能', false]]],
    [
      'one term',
      '发展人工智能产业',
      ['人工智能'],
      [
        ['发展', false],
        ['人工智能', true],
        ['产业', false],
      ],
    ],
    [
      'at both ends',
      '人工智能与区块链',
      ['人工智能', '区块链'],
      [
        ['人工智能', true],
        ['与', false],
        ['区块链', true],
      ],
    ],
    [
      'longer term wins',
      '智能制造与高端制造',
      ['智能制造', '智能制造与高端制造'],
      [['智能制造与高端制造', true]],
    ],
    [
      'regex characters are literal',
      '先进通信网络（5G/6G）',
      ['（5G/6G）'],
      [
        ['先进通信网络', false],
        ['（5G/6G）', true],
      ],
    ],
    ['absent term', '量子信息', ['人工智能'], [['量子信息', false]]],
    ['empty text', '', ['人工智能'], []],
  ])('%s', (_n, text, terms, expected) => {
    expect(splitByTerms(text, terms).map((s) => [s.text, s.term !== null])).toEqual(expected);
  });

  it('joins back to the sentence', () => {
    const text = '围绕人工智能、量子信息、区块链等重点方向';
    expect(
      splitByTerms(text, ['人工智能', '区块链'])
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});
