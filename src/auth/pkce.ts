/**
 * PKCE (RFC 7636) with S256. The verifier and the state are 32 random bytes from
 * crypto.getRandomValues, base64url-encoded: 43 characters, within 4.1's 43-128 from
 * [A-Za-z0-9-._~], and 256 bits of entropy (4.1 recommends 32 octets).
 */

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomBase64Url(byteLength = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

export const createVerifier = () => randomBase64Url(32);
export const createState = () => randomBase64Url(32);

/** code_challenge = BASE64URL(SHA256(ASCII(code_verifier))) (RFC 7636 4.2). */
export async function challengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}
