import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from './concurrency';
import { descriptionText, parseDescription } from './description';
import {
  formatCount,
  formatDate,
  formatDuration,
  formatLongDuration,
  formatNumber,
} from './format';
import { onFirstUse } from './on-first-use';
import { parseLocalUri } from './local-file';

describe('parseDescription', () => {
  it('decodes entities and keeps open.spotify.com links only', () => {
    expect(
      parseDescription(
        'Rock &amp; roll &#8212; <a href="https://open.spotify.com/playlist/abc">More</a> &#x27;here&#x27;',
      ),
    ).toEqual([
      { kind: 'text', text: 'Rock & roll — ' },
      { kind: 'link', text: 'More', href: 'https://open.spotify.com/playlist/abc' },
      { kind: 'text', text: " 'here'" },
    ]);
  });

  it('turns javascript:, other hosts and spotify: URIs into plain text and drops scripts', () => {
    const parts = parseDescription(
      '<a href="javascript:alert(1)">click</a> <a href="https://evil.example/x">evil</a> <a href="spotify:playlist:x">uri</a><script>alert("x")</script><b>bold</b> &lt;3',
    );
    expect(parts).toEqual([{ kind: 'text', text: 'click evil uribold <3' }]);
  });

  it('handles empty and null descriptions', () => {
    expect(parseDescription(null)).toEqual([]);
    expect(descriptionText('a &amp; b')).toBe('a & b');
  });
});

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [65_432, '1:05'],
    [3_723_000, '1:02:03'],
    [null, '–'],
  ])('formatDuration(%s) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('writes dates as Intl does in English, in the local time zone, and nothing for a bad one', () => {
    const english = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
    for (const iso of ['2024-03-05T12:00:00Z', '1999-12-31T23:59:59Z', '2026-01-01T00:00:00Z'])
      expect(formatDate(iso)).toBe(english.format(Date.parse(iso)));
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('formats totals', () => {
    expect(formatLongDuration(45 * 60_000)).toBe('45 min');
    expect(formatLongDuration(135 * 60_000)).toBe('2 hr 15 min');
    expect(formatLongDuration(30_000)).toBe('30 sec');
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [12_001, '12,001'],
    [1_234_567, '1,234,567'],
    [-1500, '-1,500'],
    [1234.5, '1,234.5'],
    [NaN, '–'],
  ])('formatNumber(%s) = %s', (value, text) => expect(formatNumber(value)).toBe(text));

  it('counts with the singular for one', () => {
    expect(formatCount(1, 'song')).toBe('1 song');
    expect(formatCount(10_000, 'match', 'matches')).toBe('10,000 matches');
  });
});

describe('onFirstUse', () => {
  it('makes the value on the first call only', () => {
    let made = 0;
    const value = onFirstUse(() => ({ made: ++made }));
    expect(made).toBe(0);
    expect(value()).toBe(value());
    expect(made).toBe(1);
  });
});

describe('parseLocalUri', () => {
  it('decodes parts, + as space, and empty parts', () => {
    expect(parseLocalUri('spotify:local:Led+Zepplin::Stairway+to+Heaven:482')).toEqual({
      artist: 'Led Zepplin',
      album: '',
      title: 'Stairway to Heaven',
      durationMs: 482_000,
    });
    expect(parseLocalUri('spotify:local:Bj%C3%B6rk:Live%3A+X:J%C3%B3ga:305')?.artist).toBe('Björk');
    expect(parseLocalUri('spotify:track:abc')).toBeNull();
  });
});

describe('concurrencyLimit', () => {
  it('never runs more than the limit at once and keeps each result with its task', async () => {
    const run = concurrencyLimit(3);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        run(async () => {
          active += 1;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 1));
          active -= 1;
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });
});
