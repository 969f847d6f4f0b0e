/** Inline styles of the calendar grids (CSS grid; no global stylesheet needed). */
import type { CSSProperties } from 'react';

const border = '1px solid var(--mantine-color-default-border)';

export const monthGridStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
  borderTop: border,
  borderLeft: border,
};

export const weekGridStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '52px repeat(7, minmax(0, 1fr))',
  borderTop: border,
  borderLeft: border,
  maxHeight: 640,
  overflowY: 'auto',
};

export const headStyle: CSSProperties = { borderRight: border, borderBottom: border, padding: 4 };

export function cellStyle(outside: boolean, today: boolean): CSSProperties {
  return {
    minHeight: 112,
    padding: 4,
    borderRight: border,
    borderBottom: border,
    background: today ? 'var(--mantine-color-blue-light)' : outside ? 'var(--mantine-color-gray-0)' : undefined,
    minWidth: 0,
  };
}

export const hourStyle: CSSProperties = {
  minHeight: 36,
  padding: 2,
  borderRight: border,
  borderBottom: border,
  minWidth: 0,
};

export const DROP_OUTLINE = '2px dashed var(--mantine-color-blue-5)';
