import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError, isUuid } from '@cooplab/kit';

/** Every key starts so: the gateway tells an API key from a JWT by it, and leaked keys are easy to grep for. */
export const API_KEY_PREFIX = 'ck_';

/** API keys stand for an organisation: a partner's dashboard, or the lab's own automation (STAFF). */
export const API_KEY_ROLES = ['PARTNER', 'STAFF'] as const;

const apiKeyRecord = z.object({
  id: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the key in lower-case hex'),
  role: z.enum(API_KEY_ROLES),
  organizationId: z.string().refine(isUuid, 'must be a UUID'),
  label: z.string().min(1),
});
/** One entry of the API keys file. Only the hash is stored: the file does not give the keys away. */
export type ApiKeyRecord = z.infer<typeof apiKeyRecord>;

/** A new random key: `ck_` and 32 random bytes in base64url. */
export const generateApiKey = (): string => `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;

/** SHA-256 hex of the whole key. No salt is needed: the keys are 256 random bits, not passwords. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new key and the record to add to the API keys file; the key itself is shown once and stored nowhere. */
export function issueApiKey(options: { organizationId: string; label: string; role?: ApiKeyRecord['role']; id?: string }): {
  key: string;
  record: ApiKeyRecord;
} {
  const key = generateApiKey();
  const parsed = apiKeyRecord.safeParse({
    id: options.id ?? randomUUID(),
    sha256: hashApiKey(key),
    role: options.role ?? 'PARTNER',
    organizationId: options.organizationId,
    label: options.label,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return { key, record: parsed.data };
}

/** Checks the content of an API keys file (a JSON array of records); lists every problem. */
export function parseApiKeys(json: unknown, source = 'API keys'): ApiKeyRecord[] {
  const result = z.array(apiKeyRecord).safeParse(json);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${source}: [${i.path.join('.')}] ${i.message}`));
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  const hashes = new Set<string>();
  for (const [index, record] of result.data.entries()) {
    if (ids.has(record.id)) problems.push(`${source}: [${index}] duplicate id ${record.id}`);
    if (hashes.has(record.sha256)) problems.push(`${source}: [${index}] duplicate key hash (key of ${record.id})`);
    ids.add(record.id);
    hashes.add(record.sha256);
  }
  if (problems.length) throw new ConfigError(problems);
  return result.data;
}

/** Reads and checks the API keys file (API_KEYS_FILE). */
export async function loadApiKeys(path: string): Promise<ApiKeyRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`API_KEYS_FILE: cannot read ${path} (${(error as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`API_KEYS_FILE: ${path} is not valid JSON (${(error as Error).message})`]);
  }
  return parseApiKeys(json, path);
}
