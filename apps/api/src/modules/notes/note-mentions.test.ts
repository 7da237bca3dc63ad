// Which colleagues a note's text mentions.
import { describe, expect, it } from 'vitest';
import { mentionPrefixes, mentionedUsers } from './note-mentions.ts';

const users = [
  { id: 'ana', name: 'Ana' },
  { id: 'anak', name: 'Ana Kovač' },
  { id: 'zoe', name: 'Žofie Nová' },
];

describe('note mentions', () => {
  it('finds full names after an @ that opens a word, the longest name first, without case', () => {
    expect([...mentionedUsers('hi @ana kovač, and @ŽOFIE NOVÁ.', users)].sort()).toEqual(['anak', 'zoe']);
    expect([...mentionedUsers('(@Ana) please', users)]).toEqual(['ana']);
  });

  it('ignores e-mail addresses, partial words and a bare @', () => {
    expect([...mentionedUsers('mail ana@Ana Kovač or @Anabel or @ alone', users)]).toEqual([]);
  });

  it('gives the first word of each mention for the candidate look-up', () => {
    expect(mentionPrefixes('@Ana Kovač and @ana and x@Bob and @Žofie')).toEqual(['ana', 'žofie']);
  });
});
