import { Group, Text } from '@mantine/core';

/** The Samtal mark: a speech bubble, and the name. */
export function Logo({ size = 28, compact = false }: { size?: number; compact?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-6)" />
        <path
          d="M8 10.5A3.5 3.5 0 0 1 11.5 7h9A3.5 3.5 0 0 1 24 10.5v6a3.5 3.5 0 0 1-3.5 3.5H15l-4.5 4v-4A3.5 3.5 0 0 1 8 16.5z"
          fill="#fff"
        />
      </svg>
      <Text
        fw={700}
        size="lg"
        lh={1}
        style={{ letterSpacing: '-0.01em' }}
        visibleFrom={compact ? 'sm' : undefined}
        data-testid="app-name"
      >
        Samtal
      </Text>
    </Group>
  );
}
