/*
 * A stand-in for Spotify's Web Playback SDK (https://sdk.scdn.co/spotify-player.js),
 * served by the local Spotify emulator. It imitates the SDK's documented public API
 * (window.onSpotifyWebPlaybackSDKReady, Spotify.Player and its events and methods); it
 * is not Spotify's code and plays no sound. Its device follows the emulator's simulated
 * player: it registers on connect(), polls its state (state changes become
 * player_state_changed events) and leaves on disconnect() or when the page is closed.
 */
(() => {
  'use strict';
  // Replaced by the emulator with its own origin when it serves this file.
  const ORIGIN = '__EMULATOR_ORIGIN__';
  /** How often the device checks its state; slower in a hidden page. */
  const POLL_MS = 1000;
  const HIDDEN_POLL_MS = 5000;
  /** The SDK waits this long for getOAuthToken to call back before giving up. */
  const TOKEN_TIMEOUT_MS = 10000;
  const EVENTS = [
    'ready',
    'not_ready',
    'player_state_changed',
    'autoplay_failed',
    'initialization_error',
    'authentication_error',
    'account_error',
    'playback_error',
  ];

  class AuthenticationFailed extends Error {}

  /** What makes two states differ for a listener: not the position moving on by itself. */
  function stateKey(state) {
    if (!state) return 'none';
    const anchor = state.paused ? `p${state.position}` : `a${state.timestamp - state.position}`;
    return [
      state.track_window.current_track.uri,
      state.context.uri,
      state.paused,
      state.shuffle,
      state.repeat_mode,
      anchor,
      JSON.stringify(state.disallows),
      state.track_window.next_tracks.map((t) => t.uri).join(','),
    ].join('|');
  }

  class Player {
    constructor(options) {
      if (!options || typeof options.getOAuthToken !== 'function' || !options.name)
        throw new TypeError('Spotify.Player needs { name, getOAuthToken }');
      const id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      this._options = { ...options, id };
      this._listeners = new Map();
      this._volume = typeof options.volume === 'number' ? options.volume : 1;
      this._deviceId = null;
      this._token = null;
      this._connected = false;
      this._timer = null;
      this._lastKey = null;
      this._activated = false;
      this._autoplayReported = false;
      this._onPageHide = () => this._leave(true);
    }

    addListener(event, callback) {
      if (!EVENTS.includes(event) || typeof callback !== 'function') return false;
      if (!this._listeners.has(event)) this._listeners.set(event, new Set());
      this._listeners.get(event).add(callback);
      return true;
    }

    on(event, callback) {
      return this.addListener(event, callback);
    }

    removeListener(event, callback) {
      if (!this._listeners.has(event)) return false;
      if (callback) this._listeners.get(event).delete(callback);
      else this._listeners.delete(event);
      return true;
    }

    _emit(event, payload) {
      for (const callback of [...(this._listeners.get(event) || [])]) {
        try {
          callback(payload);
        } catch (error) {
          // A listener's error must not stop the player; report it as the browser would.
          setTimeout(() => {
            throw error;
          });
        }
      }
    }

    _askForToken() {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new AuthenticationFailed('No access token was given')),
          TOKEN_TIMEOUT_MS,
        );
        this._options.getOAuthToken((token) => {
          clearTimeout(timer);
          resolve(token);
        });
      });
    }

    /** A request with the token; a refused token is asked for once more, as the SDK does. */
    async _request(method, path, body, keepalive = false) {
      for (let attempt = 0; ; attempt++) {
        if (!this._token) this._token = await this._askForToken();
        const response = await fetch(ORIGIN + path, {
          method,
          keepalive,
          headers: {
            Authorization: `Bearer ${this._token}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (response.status !== 401) return response;
        this._token = null;
        if (attempt > 0) throw new AuthenticationFailed('Authentication failed');
      }
    }

    async connect() {
      if (this._connected) return true;
      let response;
      try {
        response = await this._request('POST', '/web-playback/devices', {
          name: this._options.name,
          volume: this._volume,
          ...(this._deviceId ? { device_id: this._deviceId } : {}),
        });
      } catch (error) {
        if (error instanceof AuthenticationFailed) {
          this._emit('authentication_error', { message: error.message });
        } else {
          this._emit('initialization_error', { message: 'Failed to connect to Spotify' });
        }
        return false;
      }
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        const error = (body && body.error) || {};
        const type =
          error.type || (response.status === 403 ? 'authentication_error' : 'initialization_error');
        this._emit(type, {
          message:
            type === 'authentication_error' && !error.type
              ? 'Invalid token scopes.'
              : error.message || 'Failed to initialize player',
        });
        return false;
      }
      const { device_id: deviceId } = await response.json();
      this._deviceId = deviceId;
      this._connected = true;
      this._lastKey = null;
      window.addEventListener('pagehide', this._onPageHide);
      this._emit('ready', { device_id: deviceId });
      this._schedule(0);
      return true;
    }

    disconnect() {
      this._leave(false);
    }

    _leave(pageClosing) {
      if (!this._connected) return;
      this._connected = false;
      clearTimeout(this._timer);
      window.removeEventListener('pagehide', this._onPageHide);
      const id = this._deviceId;
      // keepalive lets the request finish while the page is being closed.
      this._request('DELETE', `/web-playback/devices/${id}`, undefined, pageClosing).catch(
        () => undefined,
      );
    }

    _schedule(ms) {
      clearTimeout(this._timer);
      if (!this._connected) return;
      const delay = ms !== undefined ? ms : document.hidden ? HIDDEN_POLL_MS : POLL_MS;
      this._timer = setTimeout(() => void this._poll(), delay);
    }

    /** Reads the device's state, reports changes and queued errors, and polls again. */
    async _poll() {
      if (!this._connected) return null;
      let response;
      try {
        response = await this._request('GET', `/web-playback/devices/${this._deviceId}/state`);
      } catch (error) {
        if (error instanceof AuthenticationFailed) {
          this._connected = false;
          clearTimeout(this._timer);
          this._emit('authentication_error', { message: error.message });
          return null;
        }
        this._schedule();
        return null;
      }
      if (response.status === 404) {
        // The device was forgotten (the page slept too long): offline, then back.
        this._connected = false;
        this._emit('not_ready', { device_id: this._deviceId });
        await this.connect();
        return null;
      }
      if (!response.ok || !this._connected) {
        this._schedule();
        return null;
      }
      const body = await response.json();
      this._volume = body.volume;
      for (const event of body.events) this._emit(event.type, { message: event.message });
      let state = body.state;
      if (state && !state.paused && body.autoplay_blocked && !this._activated) {
        // The browser refused to start sound without a user gesture: stop and say so.
        await this._command('pause', undefined, false);
        const { resuming: _resuming, ...others } = state.disallows;
        state = { ...state, paused: true, disallows: { ...others, pausing: true } };
        if (!this._autoplayReported) {
          this._autoplayReported = true;
          this._emit('autoplay_failed');
        }
      }
      const key = stateKey(state);
      if (key !== this._lastKey) {
        this._lastKey = key;
        this._emit('player_state_changed', state);
      }
      this._schedule();
      return state;
    }

    async _command(command, value, check = true) {
      if (!this._connected) return;
      await this._request('POST', `/web-playback/devices/${this._deviceId}/commands`, {
        command,
        ...(value === undefined ? {} : { value }),
      });
      if (check) await this._poll();
    }

    async getCurrentState() {
      if (!this._connected) return null;
      return this._poll();
    }

    getVolume() {
      return Promise.resolve(this._volume);
    }

    async setVolume(volume) {
      this._volume = Math.min(1, Math.max(0, Number(volume)));
      await this._command('volume', this._volume, false);
    }

    async setName(name) {
      this._options.name = String(name);
      if (this._connected) {
        await this._request('POST', '/web-playback/devices', {
          name: this._options.name,
          volume: this._volume,
          device_id: this._deviceId,
        });
      }
    }

    pause() {
      return this._command('pause');
    }

    resume() {
      return this._command('resume');
    }

    togglePlay() {
      return this._command('toggle');
    }

    nextTrack() {
      return this._command('next');
    }

    previousTrack() {
      return this._command('previous');
    }

    seek(positionMs) {
      return this._command('seek', positionMs);
    }

    /** Called from a user gesture: sound may start from now on (autoplay rules). */
    activateElement() {
      this._activated = true;
      this._autoplayReported = false;
      return Promise.resolve();
    }
  }

  window.Spotify = { Player };
  if (typeof window.onSpotifyWebPlaybackSDKReady === 'function')
    window.onSpotifyWebPlaybackSDKReady();
})();
