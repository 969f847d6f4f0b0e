/** A duration stored in minutes, edited as a number with a unit (minutes, hours, days). */
import { Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type Unit = keyof typeof UNITS;

const bestUnit = (minutes: number): Unit => (minutes % 1440 === 0 ? 'days' : minutes % 60 === 0 ? 'hours' : 'minutes');

export function DurationInput({
  label,
  value,
  onChange,
  disabled,
  testId,
}: {
  label: string;
  value: number;
  onChange: (minutes: number) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<Unit>(() => bestUnit(value));
  const amount = value / UNITS[unit];
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NumberInput
        label={label}
        min={1}
        step={1}
        decimalScale={2}
        value={amount}
        onChange={(v) => typeof v === 'number' && v > 0 && onChange(Math.max(1, Math.round(v * UNITS[unit])))}
        disabled={disabled}
        w={120}
        data-testid={testId}
      />
      <Select
        aria-label={`${label}: ${t('inboxSettings.sla.unit')}`}
        data={(Object.keys(UNITS) as Unit[]).map((u) => ({ value: u, label: t(`inboxSettings.sla.${u}`) }))}
        value={unit}
        onChange={(u) => u && setUnit(u as Unit)}
        allowDeselect={false}
        disabled={disabled}
        w={120}
      />
    </Group>
  );
}

/** "4 h", "30 min", "3 d" for tables. */
export function formatMinutes(minutes: number): string {
  const unit = bestUnit(minutes);
  return unit === 'days' ? `${minutes / 1440} d` : unit === 'hours' ? `${minutes / 60} h` : `${minutes} min`;
}
