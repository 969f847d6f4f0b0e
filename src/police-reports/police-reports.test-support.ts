/** Test helpers: a sandbox item with captured evidence, and reading a PDF back as text. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { injectSandboxEvent } from '../channels/sandbox/sandbox-network.js';
import { syncChannel } from '../channels/sync-channel.js';
import type { ChannelFixture } from '../channels/channel-fixtures.js';
import type { TestApp } from '../test-support/test-app.js';

const run = promisify(execFile);

/** The text pdftotext reads out of a PDF. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'samtal-report-'));
  try {
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 20 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Unpacks the ZIP's files into a folder and runs the real `sha256sum -c SHA256SUMS` there (throws on a mismatch). */
export async function sha256sumCheck(files: Record<string, Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'samtal-package-'));
  try {
    for (const [path, bytes] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), bytes);
    }
    const { stdout } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Puts a post on the sandbox feed, syncs it in and returns the stored item. */
export async function ingestSandboxItem(
  t: TestApp,
  f: ChannelFixture,
  event: {
    platformId: string;
    text: string;
    url: string;
    occurredAt: string;
    author: { platformId: string; handle: string; name: string };
  },
) {
  await injectSandboxEvent(
    t.db,
    { workspaceId: f.workspaceId, channelId: f.channelId },
    {
      kind: 'comment',
      threadPlatformId: 'post-ekeby-1',
      language: 'sv',
      ...event,
    },
  );
  await syncChannel(t.ctx, f.channelId);
  return t.db
    .selectFrom('items')
    .selectAll()
    .where('channel_id', '=', f.channelId)
    .where('platform_id', '=', event.platformId)
    .executeTakeFirstOrThrow();
}

export const REPORTER = {
  name: 'Maria Lind',
  organisation: 'Ekeby kommun',
  role: 'Kommunikationschef',
  email: 'maria.lind@ekeby.example',
  phone: '+46 70 123 45 67',
  address: 'Stortorget 1, 123 45 Ekeby',
};
