/** The Prioritized Task Scheduling API, where the browser has it (Chromium does). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Waits for a later task of background priority: input, rendering and ordinary tasks go first,
 * so work split into such steps (the checker after a project opens, the check of stored rows)
 * never delays the paint of a click. Without the scheduler API, an ordinary task (`setTimeout`).
 */
export function backgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
