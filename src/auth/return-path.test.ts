import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    ['/profile', '/profile'],
    ['/playlists/abc?x=1#y', '/playlists/abc?x=1#y'],
    [null, '/playlists'],
    ['https://evil.example/', '/playlists'],
    ['//evil.example/x', '/playlists'],
    ['/\\evil.example', '/playlists'],
    ['javascript:alert(1)', '/playlists'],
    ['/callback?code=x', '/playlists'],
  ])('%s -> %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
