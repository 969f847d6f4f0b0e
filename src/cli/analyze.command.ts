import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Analysis } from '../analysis/analysis.types.js';
import { CliError } from './cli-error.js';

/** sysexits.h: the input data was incorrect in some way. */
export const EX_DATAERR = 65;

export interface AnalyzeReport {
  analysed: number;
  malformed: number;
}

type Parsed = { id: string | number; text: string } | { id: string | number | null; error: string };

/** One input line → the item, or why it can't be analysed (keeping the id when there is one). */
function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'expected a JSON object like {"id": "…", "text": "…"}' };
  }
  const { id, text } = value as Record<string, unknown>;
  const validId = (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id));
  if (!validId) {
    return { id: null, error: id === undefined ? 'missing "id"' : '"id" must be a non-empty string or a number' };
  }
  if (text === undefined) return { id, error: 'missing "text"' };
  if (typeof text !== 'string') return { id, error: '"text" must be a string' };
  return { id, text };
}

/**
 * Read JSON lines {"id","text"} and write one JSON line per non-blank input line: the analysis, or an
 * error line {"id","line","error"}. Streams line by line, waiting for the reader when it is slower.
 */
export async function analyzeLines(
  input: Readable,
  output: Writable,
  analyzeText: (text: string) => Analysis,
): Promise<AnalyzeReport> {
  const report: AnalyzeReport = { analysed: 0, malformed: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    let out: object;
    if ('error' in parsed) {
      report.malformed += 1;
      out = { id: parsed.id, line: lineNumber, error: parsed.error };
    } else {
      report.analysed += 1;
      const a = analyzeText(parsed.text);
      out = {
        id: parsed.id,
        language: a.language,
        sentiment: a.sentiment,
        sentimentScore: a.sentimentScore,
        intent: a.intent,
        severity: a.severity,
        offensive: a.offensive,
        personalData: a.personalData.map(({ kind, start, end }) => ({ kind, start, end })),
      };
    }
    if (!output.write(`${JSON.stringify(out)}\n`)) await once(output, 'drain');
  }
  return report;
}

/** `samtal analyze`: batch analysis of JSON lines on stdin; needs no database or configuration. */
export function registerAnalyzeCommand(program: Command) {
  program
    .command('analyze')
    .description(
      'Analyse texts: reads JSON lines {"id","text"} on stdin, writes one JSON line per input line on stdout ' +
        '(id, language, sentiment, sentimentScore, intent, severity, offensive, personalData)',
    )
    .addHelpText(
      'after',
      '\nA malformed line (bad JSON, missing or ill-typed "id" or "text") gets {"id","line","error"} and the rest ' +
        'is still analysed. Blank lines are skipped.\n\nExit status: 0 when every line was analysed, ' +
        `${EX_DATAERR} (EX_DATAERR) when some lines were malformed.\n\n` +
        'Example:\n  echo \'{"id":"1","text":"Tack för hjälpen!"}\' | samtal analyze\n',
    )
    .action(async () => {
      // Loaded here, not at the top: the language model and sentiment data take a second to load,
      // which every other samtal command would pay for.
      const { analyzeText } = await import('../analysis/analyze.js');
      const report = await analyzeLines(process.stdin, process.stdout, analyzeText);
      if (report.malformed > 0) {
        throw new CliError(
          `${report.malformed} malformed line(s) of ${report.analysed + report.malformed}; see the "error" lines in the output`,
          EX_DATAERR,
        );
      }
    });
}
