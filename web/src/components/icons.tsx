/**
 * A handful of line icons as inline SVG (24×24, stroke = currentColor), so the app needs no icon
 * library. Decorative by default (aria-hidden); give the surrounding control an accessible name.
 */
import type { SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement> & { size?: number };

/** A line icon from its SVG path data; features with icons of their own build them with this. */
export function icon(paths: string[], displayName: string) {
  const Icon = ({ size = 18, ...props }: IconProps) => (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
  Icon.displayName = displayName;
  return Icon;
}

export const IconChannels = icon(['M4 20l1.3-3.9A8 8 0 1 1 8.7 19.4L4 20', 'M8 10h8', 'M8 14h5'], 'IconChannels');
export const IconTeam = icon(
  [
    'M9 7a4 4 0 1 0 0 .01',
    'M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2',
    'M16 3.13a4 4 0 0 1 0 7.75',
    'M21 21v-2a4 4 0 0 0-3-3.85',
  ],
  'IconTeam',
);
export const IconAudit = icon(['M12 3l8 4v5c0 5-3.5 8.5-8 9-4.5-.5-8-4-8-9V7z', 'M9 12l2 2 4-4'], 'IconAudit');
export const IconCalendar = icon(['M4 6h16v14H4z', 'M4 10h16', 'M8 3v5', 'M16 3v5'], 'IconCalendar');
export const IconShield = icon(
  ['M12 3l8 4v5c0 5-3.5 8.5-8 9-4.5-.5-8-4-8-9V7z', 'M12 8v5', 'M12 16h.01'],
  'IconShield',
);
export const IconRules = icon(['M6 4h12v16H6z', 'M9 8h6', 'M9 12h6', 'M9 16h4'], 'IconRules');
export const IconSettings = icon(
  [
    'M10.3 4.3c.4-1.8 3-1.8 3.4 0a1.7 1.7 0 0 0 2.6 1.1c1.5-.9 3.3.8 2.4 2.4a1.7 1.7 0 0 0 1 2.5c1.8.5 1.8 3 0 3.5a1.7 1.7 0 0 0-1 2.5c.9 1.5-.9 3.3-2.4 2.4a1.7 1.7 0 0 0-2.6 1c-.4 1.8-3 1.8-3.4 0a1.7 1.7 0 0 0-2.6-1c-1.5.9-3.3-.9-2.4-2.4a1.7 1.7 0 0 0-1-2.5c-1.8-.5-1.8-3 0-3.5a1.7 1.7 0 0 0 1-2.5c-.9-1.6.9-3.3 2.4-2.4a1.7 1.7 0 0 0 2.6-1.1z',
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6',
  ],
  'IconSettings',
);
export const IconUser = icon(
  ['M12 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8', 'M6 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2'],
  'IconUser',
);
export const IconLogout = icon(
  ['M14 8V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-2', 'M9 12h12l-3-3', 'M18 15l3-3'],
  'IconLogout',
);
export const IconLanguage = icon(
  ['M4 5h7', 'M9 3v2c0 4.4-2.2 8-5 8', 'M5 9c0 2.1 2.9 3.9 6.6 4', 'M12 20l4-9 4 9', 'M19.1 18h-6.2'],
  'IconLanguage',
);
export const IconSelector = icon(['M8 9l4-4 4 4', 'M16 15l-4 4-4-4'], 'IconSelector');
export const IconCheck = icon(['M5 12l5 5L20 7'], 'IconCheck');
export const IconCopy = icon(
  [
    'M8 8h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10a2 2 0 0 1-2-2z',
    'M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2',
  ],
  'IconCopy',
);
export const IconComment = icon(
  ['M8 9h8', 'M8 13h6', 'M18 4a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-5l-5 3v-3H6a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3z'],
  'IconComment',
);
export const IconReply = icon(['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H13'], 'IconReply');
export const IconMention = icon(
  ['M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8', 'M16 12v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-5.5 8.3'],
  'IconMention',
);
export const IconQuote = icon(
  [
    'M10 11H6a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v6c0 2.7-1.3 4.3-4 5',
    'M19 11h-4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v6c0 2.7-1.3 4.3-4 5',
  ],
  'IconQuote',
);
export const IconMail = icon(
  ['M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z', 'M3 7l9 6 9-6'],
  'IconMail',
);
export const IconExternal = icon(
  ['M12 6H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6', 'M11 13l9-9', 'M15 4h5v5'],
  'IconExternal',
);
export const IconPlus = icon(['M12 5v14', 'M5 12h14'], 'IconPlus');
export const IconTrash = icon(
  [
    'M4 7h16',
    'M10 11v6',
    'M14 11v6',
    'M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12',
    'M9 7V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v3',
  ],
  'IconTrash',
);
export const IconEdit = icon(['M4 20h4L18.5 9.5a2.8 2.8 0 0 0-4-4L4 16v4', 'M13.5 6.5l4 4'], 'IconEdit');
export const IconAlert = icon(
  ['M12 9v4', 'M12 16h.01', 'M10.3 3.9L2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0'],
  'IconAlert',
);
export const IconLock = icon(
  ['M5 13a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2z', 'M8 11V7a4 4 0 1 1 8 0v4'],
  'IconLock',
);
// Inbox settings, responders, knowledge and the notification bell.
export const IconBell = icon(
  ['M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9', 'M10.3 21a1.94 1.94 0 0 0 3.4 0'],
  'IconBell',
);
export const IconBook = icon(
  ['M4 19.5A2.5 2.5 0 0 1 6.5 17H20', 'M6.5 2H20v20H6.5A2.5 2.5 0 0 1 4 19.5v-15A2.5 2.5 0 0 1 6.5 2z'],
  'IconBook',
);
export const IconHeadset = icon(
  ['M3 14v-2a9 9 0 0 1 18 0v2', 'M3 14h3v6H4a1 1 0 0 1-1-1z', 'M21 14h-3v6h2a1 1 0 0 0 1-1z'],
  'IconHeadset',
);
export const IconSliders = icon(
  ['M4 6h10', 'M18 6h2', 'M4 12h4', 'M12 12h8', 'M4 18h12', 'M20 18h0', 'M16 4v4', 'M10 10v4', 'M18 16v4'],
  'IconSliders',
);
