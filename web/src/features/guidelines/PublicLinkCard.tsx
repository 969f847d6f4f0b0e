/** The public page's link, to copy into profile bios. */
import { Anchor, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconCopy, IconExternal } from '../../components/icons';

export function PublicLinkCard({ url, published }: { url: string; published: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('guidelines.publicLink.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('guidelines.publicLink.hint')}
        </Text>
        <Group wrap="nowrap" gap="xs" align="stretch">
          <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {url}
          </Code>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                onClick={copy}
                variant="light"
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                data-testid="guidelines-copy-link"
              >
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        {published ? (
          <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm" data-testid="guidelines-public-link">
            <Group gap={4} component="span">
              <IconExternal size={14} />
              {t('guidelines.publicLink.open')}
            </Group>
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed" data-testid="guidelines-public-link" data-href={url}>
            {t('guidelines.publicLink.notYet')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
