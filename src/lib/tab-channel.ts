/**
 * Messages between this app's open tabs (same origin, so same session): one
 * BroadcastChannel per connected owner (the query client), so two apps in one page (the
 * tests) hear each other the way two tabs do, and a tab never hears itself. Where the
 * browser has no BroadcastChannel, tabs simply do not hear each other (a reload still
 * shows everything).
 */
const CHANNEL = 'slm-tabs';

const channels = new WeakMap<object, BroadcastChannel>();

/** Listens for the other tabs' messages until the returned function is called. */
export function connectTabs(owner: object, onMessage: (message: unknown) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => onMessage(event.data);
  channels.set(owner, channel);
  return () => {
    channels.delete(owner);
    channel.close();
  };
}

/** Tells every other tab; `message` must be structured-cloneable. */
export function tellOtherTabs(owner: object, message: unknown): void {
  try {
    channels.get(owner)?.postMessage(message);
  } catch {
    // Not cloneable or the channel closed: the other tabs catch up on their next read.
  }
}
