/** The screenshot artifact: our capture sheet rendered to PNG by headless Chromium. */
import type { Config } from '../config/config.js';
import { renderPng } from '../shared/headless-browser.js';
import { artifact, type PendingArtifact } from './evidence-artifact.js';
import { type ScreenshotInput, screenshotHtml } from './screenshot-page.js';

export async function captureScreenshot(
  config: Pick<Config, 'chromiumPath'>,
  input: ScreenshotInput,
): Promise<PendingArtifact> {
  const png = await renderPng(config.chromiumPath, screenshotHtml(input), { width: 900, height: 600 });
  return artifact('screenshot', 'screenshot.png', 'image/png', png);
}
