import { describe, expect, it } from 'vitest';
import {
  MAX_NAME_LENGTH,
  cleanName,
  completionState,
  formatDuration,
  parseStoredName,
  serializeName,
} from '~/lib/completion';

describe('cleanName(text)', () => {
  it('turns control characters and runs of spaces into one space and drops leading spaces', () => {
    expect(cleanName('  Ada\u0000\n\tLovelace')).toBe('Ada Lovelace');
    expect(cleanName('Ada\u2028Byron')).toBe('Ada Byron');
  });

  it(`keeps at most ${MAX_NAME_LENGTH} characters, counting an emoji as one`, () => {
    expect(cleanName('x'.repeat(200))).toHaveLength(MAX_NAME_LENGTH);
    const emoji = cleanName('🎓'.repeat(100));
    expect([...emoji]).toHaveLength(MAX_NAME_LENGTH);
    expect(emoji.endsWith('🎓')).toBe(true);
  });
});

describe('parseStoredName(raw) and serializeName(name)', () => {
  it('round-trips a clean name', () => {
    expect(parseStoredName(serializeName('Grace Hopper'))).toEqual({
      name: 'Grace Hopper',
      repaired: false,
    });
    expect(parseStoredName(null)).toEqual({ name: '', repaired: false });
  });

  it('repairs corrupt JSON, other versions and shapes, and unclean names', () => {
    for (const raw of [
      '{"name":',
      '"Ada"',
      '[]',
      'null',
      '{"version":2,"name":"Ada"}',
      '{"version":1}',
    ]) {
      expect(parseStoredName(raw), raw).toEqual({ name: '', repaired: true });
    }
    expect(parseStoredName('{"version":1,"name":" Ada\\n"}')).toEqual({
      name: 'Ada',
      repaired: true,
    });
    const long = parseStoredName(JSON.stringify({ version: 1, name: 'y'.repeat(500) }));
    expect(long.repaired).toBe(true);
    expect(long.name).toHaveLength(MAX_NAME_LENGTH);
  });
});

describe('completionState(chapterIds, completed)', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('splits chapters into done and remaining, keeping the given order', () => {
    expect(completionState(ids, { d: 1, b: 2 })).toEqual({
      done: ['b', 'd'],
      remaining: ['a', 'c'],
      complete: false,
    });
  });

  it('is complete only when every chapter is done; unknown ids do not count', () => {
    expect(completionState(ids, { a: 1, b: 1, c: 1, d: 1, zz: 1 }).complete).toBe(true);
    expect(completionState(ids, { a: 1, b: 1, c: 1, zz: 1 }).complete).toBe(false);
    expect(completionState([], {}).complete).toBe(false);
  });
});

describe('formatDuration(minutes)', () => {
  it('writes hours and minutes in words', () => {
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(61)).toBe('1 hour 1 minute');
    expect(formatDuration(535)).toBe('8 hours 55 minutes');
  });
});
