/**
 * One shared clock for relative times: a single timer, started while any time is on screen, that
 * ticks every 10 seconds. Rendering reads the last tick, so it stays pure.
 */
import { useSyncExternalStore } from 'react';

const TICK_MS = 10_000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now(); // after an idle spell; useSyncExternalStore re-reads the snapshot after subscribing
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
