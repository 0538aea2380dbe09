/**
 * Mints credentials for the gateway.
 *
 *   npm run token -- jwt --role STAFF [--org <uuid>] [--trainer <uuid>] [--coop <uuid>] [--buyer <uuid>] [--sub name] [--ttl 8h] [--secret s]
 *       prints an HS256 JWT signed with JWT_SECRET (or --secret); JWT_ISSUER / JWT_AUDIENCE (or --issuer /
 *       --audience) are set in the token when given.
 *   npm run token -- api-key --org <uuid> --label "ODCO dashboard" [--role PARTNER|STAFF] [--file <path> | --print-only]
 *       prints a new API key (line 1, shown only this once) and its entry of an API keys file (line 2), and adds
 *       that entry to the file: --file, else API_KEYS_FILE, else .data/api-keys.json (read by `npm start`, which
 *       loads it at its next start). The file stores only the key's SHA-256.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, isRole } from '@cooplab/kit';
import { API_KEY_ROLES, issueApiKey, parseApiKeys, type ApiKeyRecord } from '@cooplab/gateway/apikeys';
import { mintJwt } from '@cooplab/gateway/tokens';
import { devApiKeysFile } from './data-dir.js';

const USAGE = `usage:
  token jwt --role <ANONYMOUS|TRAINER|COOPERATIVE|BUYER|PARTNER|JURY|STAFF> [--org <uuid>] [--trainer <uuid>]
            [--coop <uuid>] [--buyer <uuid>] [--sub <name>] [--ttl 8h]
            [--secret <secret>] [--issuer <iss>] [--audience <aud>]
  token api-key --org <uuid> --label <text> [--role PARTNER|STAFF] [--file <path> | --print-only]`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'jwt') {
    const { values } = parseArgs({
      args,
      options: {
        role: { type: 'string' },
        org: { type: 'string' },
        trainer: { type: 'string' },
        coop: { type: 'string' },
        buyer: { type: 'string' },
        sub: { type: 'string' },
        ttl: { type: 'string' },
        secret: { type: 'string' },
        issuer: { type: 'string' },
        audience: { type: 'string' },
      },
    });
    if (!isRole(values.role)) throw new UsageError(`--role is required: ${ROLES.join(', ')}`);
    const secret = values.secret ?? process.env.JWT_SECRET;
    if (!secret) throw new UsageError('set JWT_SECRET (as the gateway has it) or pass --secret');
    const token = await mintJwt({
      role: values.role,
      org: values.org,
      trainer: values.trainer,
      coop: values.coop,
      buyer: values.buyer,
      sub: values.sub,
      ttl: values.ttl,
      secret,
      issuer: values.issuer ?? (process.env.JWT_ISSUER || undefined),
      audience: values.audience ?? (process.env.JWT_AUDIENCE || undefined),
    });
    process.stdout.write(`${token}\n`);
    return;
  }
  if (command === 'api-key') {
    const { values } = parseArgs({
      args,
      options: {
        org: { type: 'string' },
        label: { type: 'string' },
        role: { type: 'string', default: 'PARTNER' },
        file: { type: 'string' },
        'print-only': { type: 'boolean', default: false },
      },
    });
    const role = API_KEY_ROLES.find((r) => r === values.role);
    if (!role) throw new UsageError(`--role must be one of ${API_KEY_ROLES.join(', ')}`);
    if (!values.org || !values.label) throw new UsageError('--org and --label are required');
    const { key, record } = issueApiKey({ organizationId: values.org, label: values.label, role });
    process.stderr.write('New API key (shown once; give it to the partner), then its entry of the API keys file:\n');
    process.stdout.write(`${key}\n${JSON.stringify(record)}\n`);
    if (!values['print-only']) {
      const file = values.file ? resolve(values.file) : devApiKeysFile();
      await addApiKey(file, record);
      process.stderr.write(`Added to ${file}; a gateway reading it (npm start reads it by default) accepts the key from its next start.\n`);
    }
    return;
  }
  throw new UsageError(command ? `unknown command ${command}` : 'a command is required');
}

/** Adds a record to an API keys file (created if missing), checking the whole file as the gateway will. */
async function addApiKey(file: string, record: ApiKeyRecord): Promise<void> {
  const records = existsSync(file) ? parseApiKeys(JSON.parse(await readFile(file, 'utf8')), file) : [];
  const all = parseApiKeys([...records, record], file);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`token: ${(error as Error).message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(usage ? 2 : 1);
});
