/** The composer's live checks (POST …/publishing/check), asked for after a pause in typing; stale answers are dropped. */
import { useEffect, useRef, useState } from 'react';
import { checkPost } from '../posts.api';
import type { CheckInput, PostCheck } from '../posts.types';

const DEBOUNCE_MS = 500;

export function usePostCheck(workspaceId: string, input: CheckInput): { check: PostCheck | null; checking: boolean } {
  const key = JSON.stringify(input);
  const [result, setResult] = useState<{ key: string; check: PostCheck | null } | null>(null);
  const sequence = useRef(0);
  const active = input.variants.some((v) => v.text.trim() !== '');

  useEffect(() => {
    const mine = ++sequence.current;
    if (!active) return;
    const timer = setTimeout(() => {
      checkPost(workspaceId, JSON.parse(key) as CheckInput)
        .then((check) => {
          if (mine === sequence.current) setResult({ key, check });
        })
        .catch(() => {
          if (mine === sequence.current) setResult({ key, check: null });
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [workspaceId, key, active]);

  if (!active) return { check: null, checking: false };
  // While the text changes, the last answer stays on screen.
  return { check: result?.check ?? null, checking: result?.key !== key };
}
