import { Text, type TextProps, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../i18n';
import { formatDateTime, formatFull, formatRelative } from '../lib/time';

/** Re-renders every `ms` so relative times ("2 minutes ago") stay true. One timer per mounted clock. */
function useTick(ms: number) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
}

/**
 * A moment in the workspace's time zone: relative ("3 minutes ago") plus the clock time, with the
 * full date and zone on hover. Rendered in a <time> element for assistive tech.
 */
export function WorkspaceTime({
  iso,
  timeZone,
  mode = 'both',
  template,
  ...text
}: { iso: string; timeZone: string; mode?: 'both' | 'relative' | 'absolute'; template?: (time: string) => string } & TextProps) {
  const { i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage);
  useTick(30_000);
  const now = Date.now(); // read at every render: a moment that just changed must not look like the future
  const relative = formatRelative(iso, locale, now);
  const absolute = formatDateTime(iso, locale, timeZone, new Date(now));
  const label = mode === 'relative' ? relative : mode === 'absolute' ? absolute : `${relative} · ${absolute}`;
  return (
    <Tooltip label={formatFull(iso, locale, timeZone)} openDelay={400}>
      <Text component="time" dateTime={iso} size="xs" c="dimmed" {...text}>
        {template ? template(label) : label}
      </Text>
    </Tooltip>
  );
}
