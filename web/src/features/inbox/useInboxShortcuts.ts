/** Single-key shortcuts for the inbox, like mail clients. Never while typing in a field or with a modifier. */
import { useEffect, useRef } from 'react';

export type ShortcutAction = 'next' | 'previous' | 'reply' | 'note' | 'resolve' | 'assignMe' | 'search' | 'help';

export const SHORTCUTS: ReadonlyArray<[key: string, action: ShortcutAction]> = [
  ['j', 'next'],
  ['k', 'previous'],
  ['r', 'reply'],
  ['n', 'note'],
  ['e', 'resolve'],
  ['a', 'assignMe'],
  ['/', 'search'],
  ['?', 'help'],
];

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return target.closest('[role="dialog"], [role="listbox"], [role="menu"]') !== null;
}

export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  return SHORTCUTS.find(([key]) => key === event.key)?.[1] ?? null;
}

export function useInboxShortcuts(handler: (action: ShortcutAction) => void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
