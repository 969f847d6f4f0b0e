/** Images of one variant, each with its alt text (networks and screen readers need it). */
import { ActionIcon, FileButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../posts.types';

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function MediaPicker({
  channelId,
  media,
  onChange,
  disabled,
}: {
  channelId: string;
  media: MediaItem[];
  onChange: (media: MediaItem[]) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const add = async (files: File[]) => {
    const images = files.filter((f) => f.type.startsWith('image/') && f.size <= MAX_IMAGE_BYTES);
    const read = await Promise.all(
      images.map(async (f) => ({ mimeType: f.type, alt: '', dataBase64: await readBase64(f) })),
    );
    onChange([...media, ...read]);
  };
  return (
    <Stack gap={6}>
      {media.map((item, index) => (
        <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
          {item.dataBase64 ? (
            <Image
              src={`data:${item.mimeType};base64,${item.dataBase64}`}
              alt={item.alt ?? ''}
              w={64}
              h={64}
              fit="cover"
            />
          ) : (
            <Text size="xs" c="dimmed" w={64}>
              {item.mimeType}
            </Text>
          )}
          <TextInput
            style={{ flex: 1 }}
            label={t('publishing.editor.altText')}
            value={item.alt ?? ''}
            error={(item.alt ?? '').trim() === '' ? t('publishing.editor.altMissing') : undefined}
            onChange={(e) => onChange(media.map((m, i) => (i === index ? { ...m, alt: e.currentTarget.value } : m)))}
            disabled={disabled}
            data-testid={`variant-alt-${channelId}-${index}`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('publishing.editor.removeImage')}
            onClick={() => onChange(media.filter((_, i) => i !== index))}
            disabled={disabled}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <FileButton onChange={(files) => void add(files)} accept="image/*" multiple disabled={disabled}>
        {(props) => (
          <Text
            component="button"
            type="button"
            size="xs"
            c="blue.7"
            style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', alignSelf: 'flex-start' }}
            data-testid={`variant-add-image-${channelId}`}
            {...props}
          >
            + {t('publishing.editor.addImage')}
          </Text>
        )}
      </FileButton>
    </Stack>
  );
}
