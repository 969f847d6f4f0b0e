/** Line icons the inbox needs beyond the shared set (24×24, stroke = currentColor, decorative). */
import { icon } from '../../components/icons';

export const IconInbox = icon(
  ['M4 13h4l2 3h4l2-3h4', 'M6.5 5h11l2.5 8v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-5z'],
  'IconInbox',
);
export const IconReview = icon(
  ['M9 11l3 3 8-8', 'M20 12v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h11'],
  'IconReview',
);
export const IconSearch = icon(['M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14', 'M21 21l-4.3-4.3'], 'IconSearch');
export const IconFilter = icon(['M4 5h16l-6 8v5l-4 2v-7z'], 'IconFilter');
export const IconKeyboard = icon(
  [
    'M3 7a1 1 0 0 1 1-1h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z',
    'M7 10h.01',
    'M11 10h.01',
    'M15 10h.01',
    'M8 14h8',
  ],
  'IconKeyboard',
);
export const IconClock = icon(['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18', 'M12 7v5l3 2'], 'IconClock');
export const IconNote = icon(['M5 4h10l4 4v12H5z', 'M15 4v4h4', 'M9 13h6', 'M9 17h4'], 'IconNote');
export const IconBack = icon(['M15 6l-6 6 6 6'], 'IconBack');
