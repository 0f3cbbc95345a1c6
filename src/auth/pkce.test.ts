import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64Url, challengeFor, createState, createVerifier } from './pkce';

describe('PKCE (RFC 7636)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes 43-character verifiers and states from the unreserved alphabet', () => {
    for (let i = 0; i < 50; i++) {
      expect(createVerifier()).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(createState()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(new Set(Array.from({ length: 100 }, createVerifier)).size).toBe(100);
  });

  it('draws 32 bytes from crypto.getRandomValues and never Math.random', () => {
    const random = vi.spyOn(crypto, 'getRandomValues');
    const mathRandom = vi.spyOn(Math, 'random');
    createVerifier();
    expect(random).toHaveBeenCalledTimes(1);
    expect((random.mock.calls[0]![0] as Uint8Array).length).toBe(32);
    expect(mathRandom).not.toHaveBeenCalled();
  });

  it('computes S256 as in RFC 7636 appendix B', async () => {
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('encodes base64url without padding', () => {
    expect(base64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect(base64Url(new Uint8Array([1]))).toBe('AQ');
  });
});
