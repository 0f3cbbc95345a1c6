/**
 * Lets the browser handle input and paint between pieces of long work: `scheduler.yield`
 * where the browser has it (the work resumes ahead of other tasks), else a message
 * through a MessageChannel (a task, without setTimeout's 4 ms clamp).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
