/**
 * Batches "is this saved?" lookups: every heart on screen asks for its URI, and the
 * questions asked within a short window go out together, 40 URIs a request
 * (`GET /me/library/contains`, 5.2). A question withdrawn before its batch leaves (the
 * row scrolled away, its query cancelled) is not sent at all.
 */
import { spotify } from '../../api/client';
import { MalformedResponseError } from '../../api/errors';
import { LIBRARY_BATCH } from '../../api/library-writes';

/** Long enough to gather a screen of rows (and skip rows scrolled past), short to the eye. */
const GATHER_MS = 40;

interface Waiter {
  resolve: (saved: boolean) => void;
  reject: (error: unknown) => void;
}

const pending = new Map<string, Waiter[]>();
let timer: ReturnType<typeof setTimeout> | null = null;
/** When the batch leaves, unless a later question moves it on. */
let leaveAt = 0;

async function ask(uris: string[]): Promise<boolean[]> {
  const { data } = await spotify().GET('/me/library/contains', {
    params: { query: { uris: uris.join(',') } },
  });
  const answers = data as unknown;
  if (!Array.isArray(answers) || answers.length !== uris.length)
    throw new MalformedResponseError('Spotify sent saved states we could not read.');
  return answers.map((answer) => answer === true);
}

function flush() {
  timer = null;
  const batch = [...pending];
  pending.clear();
  for (let i = 0; i < batch.length; i += LIBRARY_BATCH) {
    const chunk = batch.slice(i, i + LIBRARY_BATCH);
    ask(chunk.map(([uri]) => uri)).then(
      (answers) =>
        chunk.forEach(([, waiters], j) => waiters.forEach((w) => w.resolve(answers[j]!))),
      (error: unknown) => chunk.forEach(([, waiters]) => waiters.forEach((w) => w.reject(error))),
    );
  }
}

export function lookUpSaved(uri: string, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const waiter = { resolve, reject };
    pending.set(uri, [...(pending.get(uri) ?? []), waiter]);
    signal?.addEventListener(
      'abort',
      () => {
        const left = (pending.get(uri) ?? []).filter((w) => w !== waiter);
        if (left.length) pending.set(uri, left);
        else pending.delete(uri);
        reject(new DOMException('The lookup was cancelled.', 'AbortError'));
      },
      { once: true },
    );
    // Gathering restarts with each new question (a scroll in progress) but never past
    // a full batch. One timer serves a screenful of questions: when it fires early it
    // waits the rest (setting and clearing a timer per row was a cost of its own).
    if (pending.size >= LIBRARY_BATCH) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, 0);
      return;
    }
    leaveAt = Date.now() + GATHER_MS;
    timer ??= setTimeout(leaveWhenGathered, GATHER_MS);
  });
}

function leaveWhenGathered() {
  const wait = leaveAt - Date.now();
  timer = wait > 0 ? setTimeout(leaveWhenGathered, wait) : null;
  if (!timer) flush();
}
