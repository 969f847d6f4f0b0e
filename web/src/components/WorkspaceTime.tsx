import { Text, type TextProps, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../i18n';
import { formatDateTime, formatFull, formatRelative } from '../lib/time';
import { useNow } from '../lib/use-now';

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
}: {
  iso: string;
  timeZone: string;
  mode?: 'both' | 'relative' | 'absolute';
  template?: (time: string) => string;
} & TextProps) {
  const { i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage);
  // The clock ticks every 10 s; a moment newer than the last tick (or from a server clock slightly
  // ahead) is "now", never "in 5 seconds".
  const now = Math.max(useNow(), Date.parse(iso));
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
