import { afterEach, describe, expect, it } from 'vitest';
import { openTabChannel } from './tabChannel';
import type { SavedMessage, TabChannel } from './tabChannel';

const open: TabChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** Channels for `tabs`, and what each one's listeners heard within `ms`. */
function heard(ms: number, tabs: string[]): { channels: TabChannel[]; got: Promise<Record<string, string[]>> } {
  const log: Record<string, string[]> = Object.fromEntries(tabs.map((t) => [t, []]));
  const channels = tabs.map((t) => {
    const c = openTabChannel(
      t,
      (m: SavedMessage) => log[t]?.push(`saved ${m.projectId} ${m.updatedAt}`),
      () => log[t]?.push('lists'),
    );
    open.push(c);
    return c;
  });
  return { channels, got: new Promise((r) => setTimeout(() => r(log), ms)) };
}

describe('the channel between tabs', () => {
  it('carries saves and list changes to the other tabs, not back to the sender', async () => {
    const { channels, got } = heard(150, ['A', 'B', 'C']);
    const [a, b] = channels as [TabChannel, TabChannel];
    a.announceLists();
    b.announce({ projectId: 'p1', updatedAt: '2026-11-22T10:00:00Z' });
    expect(await got).toEqual({
      A: ['saved p1 2026-11-22T10:00:00Z'],
      B: ['lists'],
      C: ['lists', 'saved p1 2026-11-22T10:00:00Z'],
    });
  });
});
