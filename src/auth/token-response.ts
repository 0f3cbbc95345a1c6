/** Checks a token endpoint answer before anything is stored (RFC 6749 5.1, 5.2). */

export interface ValidTokenResponse {
  accessToken: string;
  expiresIn: number;
  refreshToken: string | undefined;
  scopes: string[] | undefined;
}

/** The Accounts service refused: its OAuth error code and description. */
export class OAuthError extends Error {
  override readonly name = 'OAuthError';
  constructor(
    readonly code: string,
    readonly description: string,
  ) {
    super(description || code);
  }
}

export class MalformedTokenResponseError extends Error {
  override readonly name = 'MalformedTokenResponseError';
  constructor() {
    super("Spotify's login answer could not be understood. Try logging in again.");
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * 200 with JSON, a string `access_token`, `token_type` bearer and a numeric
 * `expires_in`; a 400 becomes an OAuthError; anything else is malformed.
 */
export async function parseTokenResponse(response: Response): Promise<ValidTokenResponse> {
  const body = (await readJson(response)) as Record<string, unknown> | undefined;
  if (response.status === 400 || response.status === 401) {
    if (body && typeof body.error === 'string') {
      throw new OAuthError(
        body.error,
        typeof body.error_description === 'string' ? body.error_description : '',
      );
    }
  }
  if (
    response.status !== 200 ||
    !body ||
    typeof body.access_token !== 'string' ||
    body.access_token === '' ||
    typeof body.token_type !== 'string' ||
    body.token_type.toLowerCase() !== 'bearer' ||
    typeof body.expires_in !== 'number' ||
    !Number.isFinite(body.expires_in) ||
    body.expires_in <= 0
  ) {
    throw new MalformedTokenResponseError();
  }
  return {
    accessToken: body.access_token,
    expiresIn: body.expires_in,
    refreshToken:
      typeof body.refresh_token === 'string' && body.refresh_token ? body.refresh_token : undefined,
    scopes: typeof body.scope === 'string' ? body.scope.split(' ').filter(Boolean) : undefined,
  };
}

/** POST form-encoded to the token endpoint (2.3: JSON is rejected). */
export function postToken(accountsUrl: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${accountsUrl}/api/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}
