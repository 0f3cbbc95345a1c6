/**
 * Loads the Web Playback SDK script once per page. The SDK announces itself by calling
 * window.onSpotifyWebPlaybackSDKReady, which must exist before the script runs.
 */
let loading: { url: string; sdk: Promise<typeof Spotify> } | null = null;

export class SdkLoadError extends Error {
  override readonly name = 'SdkLoadError';
}

export function loadWebPlaybackSdk(url: string): Promise<typeof Spotify> {
  if (loading?.url === url) return loading.sdk;
  const sdk = new Promise<typeof Spotify>((resolve, reject) => {
    window.onSpotifyWebPlaybackSDKReady = () => resolve(window.Spotify);
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.addEventListener('error', () => {
      // Forget the failure so a later attempt (e.g. back online) loads it again.
      loading = null;
      script.remove();
      reject(new SdkLoadError("Spotify's player could not be loaded."));
    });
    document.head.append(script);
  });
  loading = { url, sdk };
  return sdk;
}
