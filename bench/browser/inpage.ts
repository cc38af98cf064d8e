/**
 * Instrumentation that runs inside the page, installed with `addInitScript` so it is there from
 * the first byte of every navigation. It is plain JavaScript text on purpose: tsx compiles
 * functions with `keepNames`, and a compiled function passed to `page.evaluate` would refer to a
 * helper (`__name`) that does not exist in the page.
 *
 * Every time is `performance.now()` of the page (milliseconds since navigation start) or an
 * event's `timeStamp`, which Chromium takes when the input reached the browser (same clock).
 * "Painted" means: the next animation frame ran and a task queued from it ran, which happens after
 * that frame was drawn.
 */
export const INIT_SCRIPT = String.raw`(() => {
  if (globalThis.__bench) return;
  const B = (globalThis.__bench = {
    cardAt: null, readyAt: null, longtasks: [], events: [], downloads: [],
    keyAt: null, pointerAt: null, exStartAt: null, selectedAt: null,
  });
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  B.afterPaint = afterPaint;
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) B.longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { B.noLongtask = String(e); }
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) B.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId || 0 });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (e) { B.noEventTiming = String(e); }
  addEventListener('keydown', (e) => { if (e.key === 'Enter') B.keyAt = e.timeStamp; }, true);
  addEventListener('pointerdown', (e) => { B.pointerAt = e.timeStamp; }, true);
  addEventListener('click', (e) => {
    const t = e.target;
    if (t instanceof HTMLAnchorElement && t.hasAttribute('download')) B.downloads.push(performance.now());
    else if (t instanceof Element && t.closest('[data-testid="ex-start"]')) B.exStartAt = e.timeStamp;
  }, true);

  // The first card of the canvas, once the store is there too.
  const first = new MutationObserver(() => {
    if (B.cardAt !== null || !globalThis.kaskade || !document.querySelector('.react-flow__node')) return;
    B.cardAt = performance.now();
    first.disconnect();
    afterPaint((t) => { B.readyAt = t; });
  });
  first.observe(document, { childList: true, subtree: true });

  /** End of the last long task (or 0). */
  B.lastLongTaskEnd = () => B.longtasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);

  /** Starts watching for node 'id' to show as selected; sets selectedAt when that is painted. */
  B.watchSelected = (id) => {
    B.selectedAt = null;
    if (B.selObserver) B.selObserver.disconnect();
    const sel = '.react-flow__node[data-id="' + CSS.escape(id) + '"] .card.selected';
    const check = () => {
      if (B.selectedAt !== null || !document.querySelector(sel)) return false;
      B.selObserver.disconnect();
      afterPaint((t) => { B.selectedAt = t; });
      return true;
    };
    B.selObserver = new MutationObserver(check);
    B.selObserver.observe(document.querySelector('.react-flow') || document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  };

  /** A card wholly inside the canvas, and a point on its text (not on a button). */
  B.pickCard = (skip) => {
    const pane = document.querySelector('.react-flow');
    if (!pane) return null;
    const r = pane.getBoundingClientRect();
    const cards = [];
    for (const n of document.querySelectorAll('.react-flow__node')) {
      const b = n.getBoundingClientRect();
      const id = n.getAttribute('data-id');
      const text = n.querySelector('.card-sasaran') || n;
      const t = text.getBoundingClientRect();
      if (b.left >= r.left + 4 && b.right <= r.right - 4 && b.top >= r.top + 4 && b.bottom <= r.bottom - 4 && t.width > 8 && t.height > 4) {
        cards.push({ id, x: t.left + Math.min(t.width / 2, 40), y: t.top + t.height / 2, sel: n.querySelector('.card.selected') !== null });
      }
    }
    cards.sort((a, b) => a.y - b.y || a.x - b.x);
    const free = cards.filter((c) => !c.sel && !(skip || []).includes(c.id));
    return free[0] || null;
  };

  /**
   * For the open benchmark: null until the first card is painted; then a card to click, with the
   * watch for its selection armed, so the harness needs a single round trip before clicking.
   */
  B.clickTarget = () => {
    if (B.readyAt === null) return null;
    if (B.target) return B.target;
    const c = B.pickCard([]);
    if (!c) return null;
    B.watchSelected(c.id);
    B.target = c;
    return c;
  };

  /** Watches the text of the elements with these test ids (badges, roll-ups). */
  B.armBadges = (tids) => {
    const read = (t) => { const el = document.querySelector('[data-testid="' + CSS.escape(t) + '"]'); return el ? el.textContent : null; };
    const items = {};
    for (const t of tids) items[t] = { before: read(t), now: read(t), changedAt: null, paintedAt: null };
    B.keyAt = null;
    if (B.badgeObserver) B.badgeObserver.disconnect();
    B.badgeObserver = new MutationObserver(() => {
      const now = performance.now();
      for (const t of tids) {
        const it = items[t];
        const v = read(t);
        if (v === it.now) continue;
        it.now = v;
        it.changedAt = now;
        it.paintedAt = null;
        afterPaint((p) => { if (it.changedAt === now) it.paintedAt = p; });
      }
    });
    B.badgeObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
    B.badges = items;
  };
  B.badgeReport = () => {
    if (B.badgeObserver) B.badgeObserver.disconnect();
    return { keyAt: B.keyAt, items: B.badges };
  };

  /** The canvas transform: x, y, zoom. */
  B.viewport = () => {
    const el = document.querySelector('.react-flow__viewport');
    const m = el && /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/.exec(el.style.transform);
    return m ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) } : null;
  };

  /**
   * 'frames' animation frames; with a step, each frame first moves a mouse drag on the canvas pane
   * by (dx, dy) (d3-zoom, React Flow's pan handler, takes them like real input). Resolves with the
   * frame rate over the frames, the longest frame, and how many cards were mounted.
   */
  B.frames = (frames, dx, dy) => new Promise((resolve) => {
    const pane = document.querySelector('.react-flow__pane');
    const r = pane.getBoundingClientRect();
    const x0 = r.left + r.width * 0.5;
    const y0 = r.top + r.height * 0.5;
    const drag = dx !== 0 || dy !== 0;
    const mouse = (type, target, x, y) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
    const before = B.viewport();
    const stamps = [];
    const mounted = [];
    const tick = (ts) => {
      const i = stamps.length;
      stamps.push(ts);
      if (i % 30 === 0) mounted.push(document.querySelectorAll('.react-flow__node').length);
      if (i === frames) {
        if (drag) mouse('mouseup', window, x0 + dx * frames, y0 + dy * frames);
        const after = B.viewport();
        let longest = 0;
        for (let k = 1; k < stamps.length; k++) longest = Math.max(longest, stamps[k] - stamps[k - 1]);
        const elapsed = stamps[stamps.length - 1] - stamps[0];
        resolve({ fps: (frames * 1000) / elapsed, elapsed, longest, mounted, before, after });
        return;
      }
      if (drag) {
        if (i === 0) mouse('mousedown', pane, x0, y0);
        mouse('mousemove', window, x0 + dx * (i + 1), y0 + dy * (i + 1));
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
})();`;

/** `__bench.<expr>` evaluated in the page, with JSON arguments inlined. */
export function call(method: string, ...args: unknown[]): string {
  return `globalThis.__bench.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
}
