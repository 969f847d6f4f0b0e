/** Live checks of a draft (spelling, tone, sensitive words, length), asked for after a pause in typing. */
import { useEffect, useRef, useState } from 'react';
import { checkCompose } from './inbox.api';
import type { ComposeCheck } from './inbox.types';

const DEBOUNCE_MS = 450;

export function useComposeCheck(
  workspaceId: string,
  conversationId: string,
  text: string,
  enabled: boolean,
): { check: ComposeCheck | null; checking: boolean } {
  // The newest answer and the text it is about; while the text changes, the last answer stays shown.
  const [result, setResult] = useState<{ text: string; check: ComposeCheck | null } | null>(null);
  const sequence = useRef(0);
  const active = enabled && text.trim() !== '';

  useEffect(() => {
    const mine = ++sequence.current;
    if (!active) return;
    const timer = setTimeout(() => {
      checkCompose(workspaceId, { text, conversationId })
        .then((check) => {
          // An older answer arriving after a newer request is dropped.
          if (mine === sequence.current) setResult({ text, check });
        })
        .catch(() => {
          if (mine === sequence.current) setResult({ text, check: null });
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [workspaceId, conversationId, text, active]);

  if (!active) return { check: null, checking: false };
  return { check: result?.check ?? null, checking: result?.text !== text };
}
