import { generateKeyPairSync } from 'node:crypto';
import { DEMO_PRINCIPALS, stableId, type Principal } from '@cooplab/kit';
import { loadLearningConfig } from '../src/subgraph.js';

export { JURY, PARTNER, STAFF, TRAINER } from '@cooplab/kit/testing';
export const DEMO_TRAINER_ID = DEMO_PRINCIPALS.trainerId;
/** A trainer of the demo world other than the demo one. */
export const OTHER_TRAINER: Principal = { role: 'TRAINER', subject: 'trainer-other', trainerId: stableId('trainer', 'ma-02') };

/** An explicit Ed25519 key in PKCS#8 PEM, as an operator would configure it. */
export function testKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export const testConfig = (extra: Record<string, string> = {}) =>
  loadLearningConfig({ LEARNING_CREDENTIAL_KEY: testKeyPem(), LEARNING_PUBLIC_URL: 'https://graph.cooplab.example', ...extra });

type Res = { errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] };
export const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
export const fieldsOf = (res: Res) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);
