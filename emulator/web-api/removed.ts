/** Endpoints Development Mode removed answer a plain 403 "Forbidden", as Spotify does (docs/spotify-api.md#removed-endpoints). */
import type { Hono } from 'hono';
import { ApiProblem } from '../http';
import type { ApiEnv } from './bearer';

const REMOVED: [method: string, path: string][] = [
  ['ALL', '/v1/playlists/:id/tracks'],
  ['ALL', '/v1/playlists/:id/followers'],
  ['ALL', '/v1/playlists/:id/followers/contains'],
  ['ALL', '/v1/users/:id'],
  ['ALL', '/v1/users/:id/playlists'],
  ['GET', '/v1/tracks'],
  ['GET', '/v1/albums'],
  ['GET', '/v1/artists'],
  ['GET', '/v1/episodes'],
  ['GET', '/v1/shows'],
  ['GET', '/v1/audiobooks'],
  ['GET', '/v1/chapters'],
  ['GET', '/v1/artists/:id/top-tracks'],
  ['GET', '/v1/artists/:id/related-artists'],
  ['GET', '/v1/recommendations'],
  ['ALL', '/v1/audio-features/*'],
  ['ALL', '/v1/audio-features'],
  ['ALL', '/v1/audio-analysis/*'],
  ['ALL', '/v1/browse/*'],
  ['GET', '/v1/markets'],
  ['PUT', '/v1/me/following'],
  ['DELETE', '/v1/me/following'],
  ['GET', '/v1/me/following/contains'],
  ['PUT', '/v1/me/tracks'],
  ['DELETE', '/v1/me/tracks'],
  ['GET', '/v1/me/tracks/contains'],
  ['PUT', '/v1/me/albums'],
  ['DELETE', '/v1/me/albums'],
  ['GET', '/v1/me/albums/contains'],
  ['PUT', '/v1/me/episodes'],
  ['DELETE', '/v1/me/episodes'],
  ['PUT', '/v1/me/shows'],
  ['DELETE', '/v1/me/shows'],
];

export function registerRemoved(app: Hono<ApiEnv>) {
  for (const [method, path] of REMOVED) {
    app.on(method === 'ALL' ? ['GET', 'POST', 'PUT', 'DELETE'] : [method], path, () => {
      throw new ApiProblem(403, 'Forbidden');
    });
  }
}
