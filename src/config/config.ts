/**
 * The one configuration module. Read once at boot (`loadConfig`), validated with zod, and passed
 * down explicitly. Every variable is documented here and in the README's configuration table.
 * A missing or invalid variable stops the process with a message naming it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const key32 = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

/** A number from the environment, with messages a person understands ("must be a whole number …"). */
const num = (options: { min: number; max?: number; integer?: boolean }) => {
  const range = options.max === undefined ? `at least ${options.min}` : `between ${options.min} and ${options.max}`;
  const kind = options.integer === false ? 'a number' : 'a whole number';
  const message = `must be ${kind} ${range}`;
  let schema = z.coerce.number({ error: message }).min(options.min, { error: message });
  if (options.max !== undefined) schema = schema.max(options.max, { error: message });
  return options.integer === false ? schema : schema.int({ error: message });
};

export const SERVICES = ['api', 'worker'] as const;
export type Service = (typeof SERVICES)[number];

export const EnvSchema = z.object({
  /** HTTP port of the API and web app. */
  PORT: num({ min: 0, max: 65535 }).default(3000),
  /** Interface to listen on. Use 0.0.0.0 behind a reverse proxy or in a container. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** External PostgreSQL (postgres://user:pass@host:port/db). Unset: an embedded PostgreSQL is started. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres://user:password@host:port/database URL' })
    .optional(),
  /** Where the embedded PostgreSQL and the generated secret key live. */
  SAMTAL_DATA_DIR: z.string().min(1).default('./.samtal'),
  /** Port of the embedded PostgreSQL. */
  SAMTAL_EMBEDDED_PG_PORT: num({ min: 1, max: 65535 }).default(54329),
  /** AES-256-GCM key for secrets and channel tokens at rest. Unset outside production: generated once into the data dir. */
  SAMTAL_SECRET_KEY: key32.optional(),
  /** Earlier keys, comma separated, still accepted for decryption during a key rotation. */
  SAMTAL_PREVIOUS_SECRET_KEYS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(key32)),
  /** Which services this process runs: api, worker, or both (comma separated). */
  SAMTAL_SERVICES: z
    .string()
    .default('api,worker')
    .transform((v) => v.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(SERVICES, { error: `must be a comma-separated list of: ${SERVICES.join(', ')}` })).min(1)),
  /** Public base URL, used for links and to decide whether cookies are marked Secure. */
  SAMTAL_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  /** Create the demo workspaces, users and sandbox traffic when the database has no workspace yet. */
  SAMTAL_DEMO: bool.default(true),
  /** Inbound items per minute that each sandbox channel produces. 0 stops the simulated traffic. */
  SAMTAL_SANDBOX_RATE: num({ min: 0, max: 60_000, integer: false }).default(6),
  /** Meta app secret: checks X-Hub-Signature-256 on Facebook/Instagram webhook deliveries. Unset: the webhook answers 503. */
  SAMTAL_META_APP_SECRET: z.string().min(8, 'must be the app secret from the Meta app dashboard').optional(),
  /** The verify token typed into the Meta app dashboard's webhook setup (the GET handshake). */
  SAMTAL_META_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  /** Base URL of the Graph API, with its version. */
  SAMTAL_META_GRAPH_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .default('https://graph.facebook.com/v21.0'),
  /** Where Bluesky accounts sign in when the connect form names no server. */
  SAMTAL_BLUESKY_SERVICE: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .default('https://bsky.social'),
  /** Let channels point at private-network addresses (localhost, 10.x …). Unset: allowed outside production only. */
  SAMTAL_ALLOW_PRIVATE_URLS: bool.optional(),
  /** Chromium for evidence screenshots and police-report PDFs (Debian: apt-get install chromium). */
  SAMTAL_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** Session lifetime without activity, in minutes. */
  SAMTAL_SESSION_IDLE_MINUTES: num({ min: 1 }).default(12 * 60),
  /** Absolute session lifetime, in hours. */
  SAMTAL_SESSION_MAX_HOURS: num({ min: 1 }).default(7 * 24),
  /** Parallel jobs per worker process (most wait on the network or the database, not the CPU). */
  SAMTAL_WORKER_CONCURRENCY: num({ min: 1, max: 100 }).default(20),
  /** Largest accepted request body, in bytes. */
  SAMTAL_BODY_LIMIT: num({ min: 1024 }).default(1_048_576),
  /** pino log level. */
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of: ${LOG_LEVELS.join(', ')}` }).default('info'),
  NODE_ENV: z.enum(NODE_ENVS, { error: `must be one of: ${NODE_ENVS.join(', ')}` }).default('development'),
});

export type Env = z.input<typeof EnvSchema>;

/** Every variable Samtal reads (the README's configuration table lists exactly these). */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape) as Array<keyof Env>;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  secretKeys: Buffer[]; // first encrypts, all decrypt
  services: Service[];
  publicUrl: string;
  secureCookies: boolean;
  demo: boolean;
  sandboxRatePerMinute: number;
  meta: { appSecret: string | undefined; verifyToken: string | undefined; graphUrl: string };
  blueskyService: string;
  /** Outbound calls to channel servers may reach private addresses (tests, local networks). */
  allowPrivateUrls: boolean;
  /** Headless Chromium that renders evidence screenshots and report PDFs. */
  chromiumPath: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  workerConcurrency: number;
  bodyLimit: number;
  logLevel: string;
  production: boolean;
}

export class ConfigError extends Error {}

/** Parse and validate the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(raw);
  // Report every problem at once, so fixing the environment takes one round, not one per variable.
  // One line per variable (a list like SAMTAL_SERVICES may have several bad entries).
  const problems = parsed.success
    ? []
    : [...new Set(parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '(env)')}: ${i.message}`))];
  if (raw.NODE_ENV === 'production' && !raw.SAMTAL_SECRET_KEY) {
    problems.push('  SAMTAL_SECRET_KEY: required when NODE_ENV=production (openssl rand -base64 32)');
  }
  if (!parsed.success || problems.length) {
    throw new ConfigError(
      `Invalid configuration:\n${problems.join('\n')}\nEvery variable is described in the Configuration section of README.md.`,
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.SAMTAL_DATA_DIR);
  const primaryKey = e.SAMTAL_SECRET_KEY ?? readOrCreateDevKey(dataDir);
  const publicUrl = e.SAMTAL_PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    embeddedPgPort: e.SAMTAL_EMBEDDED_PG_PORT,
    secretKeys: [primaryKey, ...e.SAMTAL_PREVIOUS_SECRET_KEYS].map((k) => Buffer.from(k, 'base64')),
    services: [...new Set(e.SAMTAL_SERVICES)],
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    demo: e.SAMTAL_DEMO,
    sandboxRatePerMinute: e.SAMTAL_SANDBOX_RATE,
    meta: {
      appSecret: e.SAMTAL_META_APP_SECRET,
      verifyToken: e.SAMTAL_META_VERIFY_TOKEN,
      graphUrl: e.SAMTAL_META_GRAPH_URL.replace(/\/+$/, ''),
    },
    blueskyService: e.SAMTAL_BLUESKY_SERVICE.replace(/\/+$/, ''),
    allowPrivateUrls: e.SAMTAL_ALLOW_PRIVATE_URLS ?? !production,
    chromiumPath: e.SAMTAL_CHROMIUM_PATH,
    sessionIdleMinutes: e.SAMTAL_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SAMTAL_SESSION_MAX_HOURS,
    workerConcurrency: e.SAMTAL_WORKER_CONCURRENCY,
    bodyLimit: e.SAMTAL_BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
    production,
  };
}

/**
 * Outside production a key is generated once and kept beside the data, so `npm start` needs no setup.
 * Two processes starting together (api + worker) end up with the same key.
 */
function readOrCreateDevKey(dataDir: string): string {
  const file = path.join(dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // Written aside, then hard-linked into place: a reader never sees a half-written key.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  const key = readFileSync(file, 'utf8').trim();
  if (Buffer.from(key, 'base64').length !== 32) {
    throw new ConfigError(
      `Invalid configuration:\n  SAMTAL_SECRET_KEY: unset, and the generated key in ${file} is damaged (not 32 bytes, base64). ` +
        'Restore it, or set SAMTAL_SECRET_KEY.',
    );
  }
  return key;
}
