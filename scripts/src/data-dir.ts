import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm start` keeps its state: PostgreSQL's data, the development secrets, the API keys minted for it. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.COOPLAB_DATA_DIR ? resolve(env.COOPLAB_DATA_DIR) : fileURLToPath(new URL('../../.data', import.meta.url));
}

/**
 * The API keys file of the graph of `npm start` (a JSON array of key records, as API_KEYS_FILE): API_KEYS_FILE
 * when set, otherwise `.data/api-keys.json`, where `npm run token -- api-key` adds the keys it mints.
 */
export function devApiKeysFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.API_KEYS_FILE ? resolve(env.API_KEYS_FILE) : resolve(dataDir(env), 'api-keys.json');
}
