import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../shared/paths.js';

/** `samtal analyze` as a real child process with stdin piped — no database, no configuration. */
function runAnalyze(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'samtal.js'), 'analyze'], {
      cwd: projectRoot,
      // Deliberately no DATABASE_URL or SAMTAL_SECRET_KEY: the command must not need them.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', SAMTAL_FROM_SOURCE: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('samtal analyze', () => {
  it('writes one analysis line per input line and exits 0', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Tack så mycket för hjälpen! Ring mig på 070-123 45 67' }),
      '',
      JSON.stringify({ id: 2, text: 'De app werkt niet meer sinds de update, ik krijg een foutmelding.' }),
      JSON.stringify({ id: 'c', text: 'I will kill you all, you fucking morons' }),
    ].join('\n');
    const run = await runAnalyze(input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [a, b, c] = lines(run.stdout);
    expect(lines(run.stdout)).toHaveLength(3);
    expect(a).toMatchObject({ id: 'a', language: 'sv', intent: 'praise', offensive: false });
    expect(a!.personalData).toEqual([{ kind: 'phone', start: 40, end: 53 }]);
    expect(Object.keys(a!).sort()).toEqual(
      ['id', 'intent', 'language', 'offensive', 'personalData', 'sentiment', 'sentimentScore', 'severity'].sort(),
    );
    expect(b).toMatchObject({ id: 2, language: 'nl', intent: 'problem_report' });
    expect(c).toMatchObject({ id: 'c', language: 'en', intent: 'threat', severity: 'critical', offensive: true });
    expect(typeof a!.sentimentScore).toBe('number');
  }, 60_000);

  it('reports malformed lines with their line number, goes on, and exits 65', async () => {
    const input = [
      '{"id": "ok-1", "text": "hoi"}',
      'this is not json',
      '{"id": "no-text"}',
      '{"text": "no id"}',
      '{"id": {"x": 1}, "text": "bad id"}',
      '{"id": "bad-text", "text": 42}',
      '   ',
      '["id", "text"]',
      '{"id": "ok-2", "text": "thanks!"}',
    ].join('\n');
    const run = await runAnalyze(input);
    expect(run.code).toBe(65);
    expect(run.stderr).toContain('6 malformed line(s) of 8');
    const out = lines(run.stdout);
    expect(out).toHaveLength(8);
    expect(out[0]).toMatchObject({ id: 'ok-1', language: 'nl' });
    expect(out[1]).toMatchObject({ id: null, line: 2, error: expect.stringContaining('not valid JSON') });
    expect(out[2]).toEqual({ id: 'no-text', line: 3, error: 'missing "text"' });
    expect(out[3]).toEqual({ id: null, line: 4, error: 'missing "id"' });
    expect(out[4]).toMatchObject({ id: null, line: 5, error: expect.stringContaining('"id" must be') });
    expect(out[5]).toEqual({ id: 'bad-text', line: 6, error: '"text" must be a string' });
    expect(out[6]).toMatchObject({ id: null, line: 8 });
    expect(out[7]).toMatchObject({ id: 'ok-2', language: 'en' });
  }, 60_000);

  it('streams a large input (thousands of lines) without trouble', async () => {
    const texts = ['Hur gör jag för att söka bygglov?', 'Waarom is mijn pakket nog niet bezorgd?', 'Love it!'];
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: texts[i % 3] })).join('\n');
    const run = await runAnalyze(input);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(3000);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(out[1]).toMatchObject({ language: 'nl', intent: 'question' });
  }, 90_000);

  it('documents the exit codes in its help', async () => {
    const run = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'samtal.js'), 'analyze', '--help'], {
        cwd: projectRoot,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', SAMTAL_FROM_SOURCE: '1' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.once('close', () => resolve({ stdout, stderr }));
    });
    expect(run.stdout, run.stderr).toContain('65 (EX_DATAERR)');
  }, 60_000);
});
