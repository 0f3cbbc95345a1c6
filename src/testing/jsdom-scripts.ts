/**
 * jsdom does not fetch or run `<script src>` elements (and msw could not see its loader
 * if it did). A browser would, so for scripts the emulator serves (the Web Playback SDK
 * stand-in) this loads them through fetch, which msw hands to the in-process emulator,
 * runs them in the page's global scope and fires load or error, as a browser does.
 */
import { TEST_EMULATOR_ORIGIN } from './test-emulator';

async function run(script: HTMLScriptElement) {
  try {
    const response = await fetch(script.src);
    if (!response.ok) throw new Error(`${script.src}: ${response.status}`);
    const source = await response.text();
    // Running a served script is exactly what a browser does with it.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const body = new Function(source) as () => void;
    body();
    script.dispatchEvent(new Event('load'));
  } catch {
    script.dispatchEvent(new Event('error'));
  }
}

export function runEmulatorScripts(): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLScriptElement && node.src.startsWith(TEST_EMULATOR_ORIGIN))
          void run(node);
  });
  observer.observe(document.head, { childList: true });
  return () => observer.disconnect();
}
