import { generateKeyPairSync } from 'node:crypto';
import { CompactSign, importJWK, compactVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { stableId } from '@cooplab/kit';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { createLearningSubgraph } from '../src/subgraph.js';
import { expectFiguresExact } from './figures-exact.js';
import { DEMO_TRAINER_ID, JURY, OTHER_TRAINER, PARTNER, STAFF, TRAINER, codeOf, fieldsOf, testConfig } from './support.js';
import { demoWorld } from '@cooplab/world';

let learning: TestSubgraph;
const config = testConfig({ LEARNING_VERIFY_MISSES_PER_CALLER: '5', LEARNING_VERIFY_MISSES_ANONYMOUS: '8' });

beforeAll(async () => {
  learning = await startTestSubgraph(createLearningSubgraph(config), inject('postgresUrl'), { seed: true });
});
afterAll(async () => {
  await learning?.stop();
});
// Certification figures are read from counts the database maintains: after each test (issues, renewals,
// suspensions, revocations, new trainers), they equal the counts from the rows.
afterEach(() => expectFiguresExact(learning));

const CERT = `id tool level status statusReason issuedOn expiresOn verificationCode path { stage participatedOn certifiedOn } issuer { id }
  history { action fromStatus toStatus reason actor at expiresOn }`;
type Cert = { id: string; status: string; statusReason: string | null; expiresOn: string; verificationCode: string; history: { action: string; fromStatus: string | null; toStatus: string; reason: string | null; actor: string; at: string }[] };

let trainerId: string;
const today = new Date().toISOString().slice(0, 10);
const inYears = (n: number) => `${Number(today.slice(0, 4)) + n}${today.slice(4, 10)}`;

async function newTrainer(name: string): Promise<string> {
  const res = await learning.query<{ createTrainer: { id: string } }>(
    `mutation ($input: CreateTrainerInput!) { createTrainer(input: $input) { id } }`,
    { input: { name, countryCode: 'SN' } },
    STAFF,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createTrainer.id;
}

async function issue(trainer: string, tool = 'THINK_COOP', extra: Record<string, unknown> = {}) {
  return learning.query<{ issueCertification: Cert }>(
    `mutation ($input: IssueCertificationInput!) { issueCertification(input: $input) { ${CERT} } }`,
    { input: { trainerId: trainer, tool, level: 'TRAINER', issuedOn: '2025-01-15', expiresOn: inYears(3), participatedOn: '2024-06-01', ...extra } },
    STAFF,
  );
}

const change = (mutation: string, input: Record<string, unknown>, principal = STAFF) =>
  learning.query<Record<string, Cert>>(`mutation ($input: ${mutation === 'renewCertification' ? 'RenewCertificationInput' : 'CertificationStatusChangeInput'}!) { ${mutation}(input: $input) { ${CERT} } }`, { input }, principal);

const verify = (code: string, principal = STAFF) =>
  learning.query<{ verifyCertification: { valid: boolean; status: string; code: string | null; checkedAt: string; certification: { trainerName: string; tool: string; status: string; issuer: { id: string } } | null } }>(
    `query ($code: String!) { verifyCertification(code: $code) { valid status code checkedAt certification { id trainerName tool level issuedOn expiresOn status issuer { id } } } }`,
    { code },
    principal,
  );

beforeAll(async () => {
  trainerId = await newTrainer('Awa Diop');
});

describe('the certification lifecycle', () => {
  let id: string;
  it('issues an ACTIVE certification with a readable code and an ISSUED entry', async () => {
    const res = await issue(trainerId);
    expect(res.errors).toBeUndefined();
    const c = res.data!.issueCertification;
    id = c.id;
    expect(c).toMatchObject({ status: 'ACTIVE', statusReason: null, path: { stage: 'CERTIFIED', participatedOn: '2024-06-01', certifiedOn: '2025-01-15' }, issuer: { id: stableId('organization', 'ilo') } });
    expect(c.verificationCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(c.history).toEqual([expect.objectContaining({ action: 'ISSUED', fromStatus: null, toStatus: 'ACTIVE', actor: 'staff-1' })]);
  });

  it('refuses a second live certification of the same trainer, tool and level', async () => {
    const res = await issue(trainerId);
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('suspends (reason required), reinstates, renews, revokes; revoked is final; every change in the history, in order', async () => {
    expect(fieldsOf(await change('suspendCertification', { certificationId: id }))).toEqual(['input.reason']);
    const suspended = await change('suspendCertification', { certificationId: id, reason: 'Complaint under review' });
    expect(suspended.data!.suspendCertification).toMatchObject({ status: 'SUSPENDED', statusReason: 'Complaint under review' });
    expect(codeOf(await change('suspendCertification', { certificationId: id, reason: 'again' }))).toBe('CONFLICT');
    expect(codeOf(await change('renewCertification', { certificationId: id, expiresOn: inYears(5) }))).toBe('CONFLICT');

    const reinstated = await change('reinstateCertification', { certificationId: id, reason: 'Complaint dismissed' }, { role: 'STAFF', subject: 'staff-2' });
    expect(reinstated.data!.reinstateCertification).toMatchObject({ status: 'ACTIVE', statusReason: null });

    expect(new Set(fieldsOf(await change('renewCertification', { certificationId: id, expiresOn: '2025-02-01' })))).toEqual(new Set(['input.expiresOn']));
    const renewed = await change('renewCertification', { certificationId: id, expiresOn: inYears(5) });
    expect(renewed.data!.renewCertification!.expiresOn).toBe(inYears(5));

    expect(fieldsOf(await change('revokeCertification', { certificationId: id, reason: '  ' }))).toEqual(['input.reason']);
    const revoked = await change('revokeCertification', { certificationId: id, reason: 'Certificate obtained by fraud' });
    expect(revoked.data!.revokeCertification).toMatchObject({ status: 'REVOKED', statusReason: 'Certificate obtained by fraud' });
    for (const [m, input] of [
      ['reinstateCertification', { certificationId: id }],
      ['suspendCertification', { certificationId: id, reason: 'why not' }],
      ['revokeCertification', { certificationId: id, reason: 'twice' }],
      ['renewCertification', { certificationId: id, expiresOn: inYears(6) }],
    ] as const) {
      const res = await change(m, input);
      expect(codeOf(res), m).toBe('CONFLICT');
      expect(res.errors![0]!.message).toMatch(/revoked, which is final/);
    }

    const history = revoked.data!.revokeCertification!.history;
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ['ISSUED', null, 'ACTIVE'],
      ['SUSPENDED', 'ACTIVE', 'SUSPENDED'],
      ['REINSTATED', 'SUSPENDED', 'ACTIVE'],
      ['RENEWED', 'ACTIVE', 'ACTIVE'],
      ['REVOKED', 'ACTIVE', 'REVOKED'],
    ]);
    expect(history.map((h) => h.actor)).toEqual(['staff-1', 'staff-1', 'staff-2', 'staff-1', 'staff-1']);
    expect(history[1]!.reason).toBe('Complaint under review');
    expect([...history.map((h) => h.at)].sort()).toEqual(history.map((h) => h.at));
  });

  it('keeps the history append-only in the database itself', async () => {
    const conn = learning.subgraph.db.orm.em.getConnection();
    await expect(conn.execute(`update certification_event set reason = 'x'`)).rejects.toThrow(/append-only/);
    await expect(conn.execute(`delete from certification_event`)).rejects.toThrow(/append-only/);
  });

  it('a revoked certification frees the trainer to be certified again on the tool', async () => {
    const res = await issue(trainerId);
    expect(res.errors).toBeUndefined();
  });

  it('names the field of bad input and writes nothing', async () => {
    const count = async () => Number((await learning.subgraph.db.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from certification`))[0]!.n);
    const before = await count();
    expect(fieldsOf(await issue(trainerId, 'MY_COOP', { expiresOn: '2024-01-01' }))).toEqual(['input.expiresOn']);
    expect(fieldsOf(await issue(trainerId, 'MY_COOP', { issuedOn: '2999-01-01', expiresOn: '2999-06-01' }))).toEqual(['input.issuedOn']);
    expect(fieldsOf(await issue(trainerId, 'MY_COOP', { participatedOn: '2025-06-01' }))).toEqual(['input.issuedOn']);
    expect(fieldsOf(await issue('not-a-uuid', 'MY_COOP'))).toEqual(['input.trainerId']);
    expect(codeOf(await issue(stableId('trainer', 'nobody'), 'MY_COOP'))).toBe('NOT_FOUND');
    expect(fieldsOf(await issue(trainerId, 'MY_COOP', { issuerId: 'ilo' }))).toEqual(['input.issuerId']);
    expect(fieldsOf(await change('reinstateCertification', { certificationId: 'x' }))).toEqual(['input.certificationId']);
    expect(codeOf(await change('reinstateCertification', { certificationId: stableId('certification', 'none') }))).toBe('NOT_FOUND');
    expect(fieldsOf(await change('suspendCertification', { certificationId: stableId('certification', 'demo:0'), reason: 'x' }))).toEqual(['input.reason']);
    expect(await count()).toBe(before);
  });

  it('registers trainers: e-mail unique (CONFLICT), bad input named, nothing written', async () => {
    const CREATE = `mutation ($input: CreateTrainerInput!) { createTrainer(input: $input) { id name countryCode email organization { id } } }`;
    const trainers = async () => Number((await learning.subgraph.db.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from trainer`))[0]!.n);
    const ok = await learning.query<{ createTrainer: { email: string } }>(CREATE, { input: { name: 'Ndeye Faye', countryCode: 'SN', email: 'Ndeye.Faye@Example.org', organizationId: stableId('organization', 'ilo') } }, STAFF);
    expect(ok.data!.createTrainer.email).toBe('ndeye.faye@example.org');
    const before = await trainers();
    const dup = await learning.query(CREATE, { input: { name: 'Other', countryCode: 'SN', email: 'ndeye.faye@example.org' } }, STAFF);
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(fieldsOf(dup)).toEqual(['input.email']);
    // The e-mail is an EmailAddress: refused as the variables are read, before the input's own rules run.
    const badEmail = await learning.query(CREATE, { input: { name: 'Ndeye', countryCode: 'SN', email: 'nope' } }, STAFF);
    expect(codeOf(badEmail)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badEmail)).toEqual(['input.email']);
    const bad = await learning.query(CREATE, { input: { name: 'N', countryCode: 'Senegal', email: 'n@example.org', organizationId: 'ilo' } }, STAFF);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['input.name', 'input.countryCode', 'input.organizationId']);
    expect(await trainers()).toBe(before);
  });
});

describe('EXPIRED is derived from the date', () => {
  it('shows the seeded certification past its expiry as EXPIRED, in reads, filters and verification', async () => {
    const list = await learning.query<{ certifications: { totalCount: number; edges: { node: { status: string; expiresOn: string; trainer: { name: string } } }[] } }>(
      `{ certifications(filter: { statuses: [EXPIRED] }, first: 100) { totalCount edges { node { status expiresOn trainer { name } } } } }`,
      {},
      PARTNER,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.certifications.totalCount).toBe(1);
    expect(list.data!.certifications.edges[0]!.node).toMatchObject({ status: 'EXPIRED', expiresOn: '2023-06-14', trainer: { name: 'Rachid Chraibi' } });
    const active = await learning.query<{ certifications: { edges: { node: { status: string } }[] } }>(`{ certifications(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { status } } } }`, {}, PARTNER);
    expect(active.data!.certifications.edges.length).toBeGreaterThan(20);
    for (const { node } of active.data!.certifications.edges) expect(node.status).toBe('ACTIVE');
  });

  it('an issued certification whose expiry passes becomes EXPIRED without any write', async () => {
    const trainer = await newTrainer('Moussa Sow');
    const res = await issue(trainer, 'START_COOP', { issuedOn: '2020-01-10', expiresOn: '2021-01-09', participatedOn: null });
    expect(res.data!.issueCertification.status).toBe('EXPIRED');
    const check = await verify(res.data!.issueCertification.verificationCode);
    expect(check.data!.verifyCertification).toMatchObject({ valid: false, status: 'EXPIRED' });
  });
});

describe('verification by code', () => {
  it('answers a valid code, whatever its case, spaces and dashes, with what a verifier needs only', async () => {
    const res = await issue(await newTrainer('Binta Fall'), 'MY_COOP');
    const code = res.data!.issueCertification.verificationCode;
    const messy = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    const check = await verify(messy, { role: 'ANONYMOUS' });
    expect(check.errors).toBeUndefined();
    expect(check.data!.verifyCertification).toMatchObject({ valid: true, status: 'ACTIVE', code, certification: { id: res.data!.issueCertification.id, trainerName: 'Binta Fall', tool: 'MY_COOP', status: 'ACTIVE', issuer: { id: stableId('organization', 'ilo') } } });
    expect(Math.abs(Date.parse(check.data!.verifyCertification.checkedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('answers a revoked certification as REVOKED and an unknown code as a normal answer', async () => {
    const res = await issue(await newTrainer('Cheikh Ba'), 'MY_COOP');
    const c = res.data!.issueCertification;
    await change('revokeCertification', { certificationId: c.id, reason: 'Withdrawn by the ILO' });
    expect((await verify(c.verificationCode)).data!.verifyCertification).toMatchObject({ valid: false, status: 'REVOKED' });
    const unknown = await verify('2222-3333-4444');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.verifyCertification).toEqual(expect.objectContaining({ valid: false, status: 'UNKNOWN_CODE', code: '2222-3333-4444', certification: null }));
    expect((await verify('not a code at all')).data!.verifyCertification).toMatchObject({ status: 'UNKNOWN_CODE', code: null });
  });

  it('stops callers who ask for too many unknown codes with TOO_MANY_REQUESTS, per caller and for anonymous callers together', async () => {
    const caller = { role: 'PARTNER' as const, subject: 'guesser' };
    for (let i = 0; i < 5; i++) expect((await verify(`2222-3333-${String(5000 + i).replace(/[01]/g, '9')}`, caller)).data!.verifyCertification.status).toBe('UNKNOWN_CODE');
    const refused = await verify('2222-3333-9999', caller);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(JSON.stringify(refused)).not.toMatch(/stack/);
    // Even a known code is refused: answering hits only would tell a guesser the same thing.
    const known = (await learning.query<{ me: { trainer: { certifications: { verificationCode: string }[] } } }>(`{ me { trainer { certifications { verificationCode } } } }`, {}, TRAINER)).data!.me.trainer.certifications[0]!.verificationCode;
    expect(codeOf(await verify(known, caller))).toBe('TOO_MANY_REQUESTS');
    // Others are not affected.
    expect((await verify(known, { role: 'PARTNER', subject: 'honest' })).data!.verifyCertification.valid).toBe(true);

    const anonymous = { role: 'ANONYMOUS' as const };
    let refusedAt = -1;
    for (let i = 0; i < 12 && refusedAt < 0; i++) if (codeOf(await verify(`3333-4444-${'23456789AB'[i % 10]}${'XYZ'[i % 3]}22`, anonymous)) === 'TOO_MANY_REQUESTS') refusedAt = i;
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt).toBeLessThanOrEqual(8);
  });

  it('gives each anonymous client the gateway names a budget of its own, counted alias by alias within one request', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: verifyCertification(code: "4444-5555-${'23456789'[i]}Q22") { status }`).join(' ')} }`;
    // The budget is 5: five aliases in one request are answered, the next lookup is refused.
    const first = { role: 'ANONYMOUS' as const, client: 'ip:203.0.113.8' };
    const five = await learning.query<Record<string, { status: string }>>(aliases(5), {}, first);
    expect(Object.values(five.data!).map((v) => v.status)).toEqual(Array(5).fill('UNKNOWN_CODE'));
    expect(codeOf(await verify('4444-5555-9Q22', first))).toBe('TOO_MANY_REQUESTS');
    // Eight aliases in one request do not all pass a check made before any of them is counted.
    const second = { role: 'ANONYMOUS' as const, client: 'ip:203.0.113.9' };
    const eight = await learning.query(aliases(8), {}, second);
    expect(eight.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected by this one's guesses.
    const neighbour = await verify('4444-5555-9Q22', { role: 'ANONYMOUS', client: 'ip:203.0.113.10' });
    expect(neighbour.data!.verifyCertification.status).toBe('UNKNOWN_CODE');
  });
});

describe('portable credentials (Open Badges 3.0, VC-JWT)', () => {
  const EXPORT = `query ($id: ID!) { certificationCredential(id: $id) { credential jwt } }`;
  const VERIFY = `query ($jwt: String!) { verifyCredential(jwt: $jwt) { valid reason certification { id status } } }`;
  type Exported = { certificationCredential: { credential: Record<string, any>; jwt: string } };
  type Checked = { verifyCredential: { valid: boolean; reason: string; certification: { id: string; status: string } | null } };

  let certId: string;
  beforeAll(async () => {
    const me = await learning.query<{ me: { trainer: { certifications: { id: string; status: string }[] } } }>(`{ me { trainer { certifications { id status } } } }`, {}, TRAINER);
    certId = me.data!.me.trainer.certifications.find((c) => c.status === 'ACTIVE')!.id;
  });

  it('exports an OpenBadgeCredential signed with EdDSA, verifiable with the published key', async () => {
    const res = await learning.query<Exported>(EXPORT, { id: certId }, TRAINER);
    expect(res.errors).toBeUndefined();
    const { credential, jwt } = res.data!.certificationCredential;
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`urn:uuid:${certId}`);
    expect(credential.issuer).toMatchObject({ type: ['Profile'], name: 'CoopLab', id: 'https://graph.cooplab.example/issuer' });
    expect(credential.credentialSubject).toMatchObject({ type: ['AchievementSubject'], name: 'Samira El Idrissi', achievement: { type: ['Achievement'], name: 'Think.COOP Trainer' } });
    expect(credential.credentialSubject.achievement.criteria.narrative).toBeTruthy();
    expect(credential.credentialStatus.id).toContain(certId);
    expect(credential.validFrom).toBe('2024-03-15T00:00:00Z');

    const keys = await learning.query<{ credentialIssuerKeys: { keys: Record<string, string>[] } }>(`{ credentialIssuerKeys }`);
    const jwks = keys.data!.credentialIssuerKeys;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const served = (await (await fetch(`${learning.subgraph.origin}/.well-known/jwks.json`)).json()) as typeof jwks;
    expect(served).toEqual(jwks);
    const { payload, protectedHeader } = await compactVerify(jwt, await importJWK(jwks.keys[0]!, 'EdDSA'));
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', kid: jwks.keys[0]!.kid });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(credential);

    const checked = await learning.query<Checked>(VERIFY, { jwt });
    expect(checked.data!.verifyCredential).toEqual({ valid: true, reason: 'VALID', certification: { id: certId, status: 'ACTIVE' } });
  });

  it('gives one verdict shape for a code and a credential (CertificateVerdict): the same certification, the same view', async () => {
    const jwt = (await learning.query<Exported>(EXPORT, { id: certId }, TRAINER)).data!.certificationCredential.jwt;
    const code = (await learning.query<{ certification: { verificationCode: string } }>(`query ($id: ID!) { certification(id: $id) { verificationCode } }`, { id: certId }, TRAINER)).data!.certification.verificationCode;
    const VERDICT = `fragment Verdict on CertificateVerdict { __typename valid checkedAt certification { id trainerName tool level issuedOn expiresOn status } }`;
    type Verdict = { __typename: string; valid: boolean; checkedAt: string; certification: { id: string } };
    const res = await learning.query<{ byCode: Verdict; byCredential: Verdict }>(
      `query ($code: String!, $jwt: String!) { byCode: verifyCertification(code: $code) { ...Verdict } byCredential: verifyCredential(jwt: $jwt) { ...Verdict } } ${VERDICT}`,
      { code, jwt },
      { role: 'PARTNER', subject: 'verdict-shape' },
    );
    expect(res.errors).toBeUndefined();
    const { byCode, byCredential } = res.data!;
    expect([byCode.__typename, byCredential.__typename]).toEqual(['CertificationVerification', 'CredentialVerification']);
    expect(byCode.valid).toBe(true);
    expect(byCredential.valid).toBe(true);
    expect(byCode.certification).toEqual(byCredential.certification);
    expect(byCode.certification.id).toBe(certId);
    for (const verdict of [byCode, byCredential]) expect(Math.abs(Date.parse(verdict.checkedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('answers anyone checking a credential with a public view of the certification, which leads nowhere else', async () => {
    const jwt = (await learning.query<Exported>(EXPORT, { id: certId }, TRAINER)).data!.certificationCredential.jwt;
    const view = await learning.query<{ verifyCredential: { certification: Record<string, unknown> } }>(
      `query ($jwt: String!) { verifyCredential(jwt: $jwt) { certification { id trainerName tool level issuedOn expiresOn status issuer { id } } } }`,
      { jwt },
    );
    expect(view.errors).toBeUndefined();
    expect(view.data!.verifyCredential.certification).toMatchObject({ id: certId, trainerName: 'Samira El Idrissi', tool: 'THINK_COOP', status: 'ACTIVE' });
    // The trainer's other certifications and the internal reasons of a status are not reachable from it.
    for (const selection of ['trainer { certifications { statusReason } }', 'statusReason', 'history { reason }', 'verificationCode']) {
      const res = await learning.query(`query ($jwt: String!) { verifyCredential(jwt: $jwt) { certification { ${selection} } } }`, { jwt });
      expect(res.errors?.[0]?.extensions?.code, selection).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('fails a tampered credential and one signed with another key', async () => {
    const { jwt, credential } = (await learning.query<Exported>(EXPORT, { id: certId }, STAFF)).data!.certificationCredential;
    const [header, , signature] = jwt.split('.');
    const forged = Buffer.from(JSON.stringify({ ...credential, validUntil: '2099-12-31T23:59:59Z' })).toString('base64url');
    expect((await learning.query<Checked>(VERIFY, { jwt: `${header}.${forged}.${signature}` })).data!.verifyCredential).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });

    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const foreign = await new CompactSign(new TextEncoder().encode(JSON.stringify(credential))).setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt' }).sign(otherKey);
    expect((await learning.query<Checked>(VERIFY, { jwt: foreign })).data!.verifyCredential).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE', certification: null });
    expect((await learning.query<Checked>(VERIFY, { jwt: 'garbage' })).data!.verifyCredential).toMatchObject({ valid: false, reason: 'MALFORMED' });
  });

  it('fails a validly signed credential once its certification is suspended or revoked', async () => {
    const trainer = await newTrainer('Kadiatou Sylla');
    const c = (await issue(trainer, 'START_COOP')).data!.issueCertification;
    const { jwt } = (await learning.query<Exported>(EXPORT, { id: c.id }, STAFF)).data!.certificationCredential;
    expect((await learning.query<Checked>(VERIFY, { jwt })).data!.verifyCredential.valid).toBe(true);
    await change('suspendCertification', { certificationId: c.id, reason: 'Under review' });
    expect((await learning.query<Checked>(VERIFY, { jwt })).data!.verifyCredential).toMatchObject({ valid: false, reason: 'SUSPENDED' });
    await change('revokeCertification', { certificationId: c.id, reason: 'Fraud' });
    expect((await learning.query<Checked>(VERIFY, { jwt })).data!.verifyCredential).toMatchObject({ valid: false, reason: 'REVOKED', certification: { id: c.id, status: 'REVOKED' } });
  });

  it('exports for the trainer themself and staff only', async () => {
    expect(codeOf(await learning.query(EXPORT, { id: certId }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await learning.query(EXPORT, { id: certId }, OTHER_TRAINER))).toBe('FORBIDDEN');
    expect(codeOf(await learning.query(EXPORT, { id: certId }, PARTNER))).toBe('FORBIDDEN');
    expect(codeOf(await learning.query(EXPORT, { id: 'nope' }, STAFF))).toBe('BAD_USER_INPUT');
  });
});

describe('who sees what of trainers and certifications', () => {
  const TRAINER_Q = `query ($id: ID!) { trainer(id: $id) { name email } }`;

  it('shows a trainer’s e-mail to the trainer and staff only', async () => {
    const own = await learning.query<{ trainer: { email: string } }>(TRAINER_Q, { id: DEMO_TRAINER_ID }, TRAINER);
    expect(own.data!.trainer.email).toBe('samira.elidrissi@trainers.example');
    expect((await learning.query<{ trainer: { email: string } }>(TRAINER_Q, { id: DEMO_TRAINER_ID }, STAFF)).data!.trainer.email).toBeTruthy();
    const partner = await learning.query(`query ($id: ID!) { trainer(id: $id) { name email } }`, { id: DEMO_TRAINER_ID }, PARTNER);
    expect(codeOf(partner)).toBe('FORBIDDEN');
    expect(codeOf(await learning.query(TRAINER_Q, { id: DEMO_TRAINER_ID }, OTHER_TRAINER))).toBe('FORBIDDEN');
    expect(codeOf(await learning.query(TRAINER_Q, { id: DEMO_TRAINER_ID }))).toBe('UNAUTHENTICATED');
    const viaFederation = await learning.query(`{ _entities(representations: [{ __typename: "Trainer", id: "${DEMO_TRAINER_ID}" }]) { ... on Trainer { email } } }`);
    expect(codeOf(viaFederation)).toBe('UNAUTHENTICATED');
  });

  it('lists trainers and certifications to partners and staff, not to trainers, juries or anonymous callers', async () => {
    for (const q of [`{ trainers { totalCount } }`, `{ certifications { totalCount } }`]) {
      expect(codeOf(await learning.query(q))).toBe('UNAUTHENTICATED');
      expect(codeOf(await learning.query(q, {}, TRAINER))).toBe('FORBIDDEN');
      expect(codeOf(await learning.query(q, {}, JURY))).toBe('FORBIDDEN');
      expect((await learning.query(q, {}, PARTNER)).errors).toBeUndefined();
    }
  });

  it('filters trainers by country, tool, certification and name', async () => {
    const q = `query ($filter: TrainerFilter) { trainers(filter: $filter, first: 100) { totalCount edges { node { name countryCode } } } }`;
    const count = async (filter: Record<string, unknown>) => (await learning.query<{ trainers: { totalCount: number } }>(q, { filter }, PARTNER)).data!.trainers.totalCount;
    expect(await count({ countries: ['GN'] })).toBe(3);
    // Two Moroccan trainers not certified yet, and the 24 cooperative advisers trained as trainers (not ILO-certified).
    const l = demoWorld().learning;
    const uncertified = l.trainers.filter((t) => t.countryCode === 'MA' && !l.certifications.some((c) => c.trainerId === t.id));
    expect(uncertified).toHaveLength(26);
    expect(await count({ countries: ['MA'], certified: false })).toBe(uncertified.length);
    expect(await count({ countries: ['MA', 'GN', 'CV', 'CI'], certified: true })).toBe(22);
    expect(await count({ tools: ['MY_COOP'], countries: ['CV'] })).toBe(1);
    expect(await count({ search: 'FATOU ndiaye' })).toBe(1);
    expect(await count({ search: 'joao' })).toBe(1);
    const bad = await learning.query(q, { filter: { countries: ['Guinea'] } }, PARTNER);
    expect(fieldsOf(bad)).toEqual(['filter.countries']);
  });

  it('lets a signed-in trainer read their profile and certifications through me; others get no trainer', async () => {
    const res = await learning.query<{ me: { trainer: { id: string; name: string; email: string; certifications: { tool: string; status: string; verificationCode: string; history: unknown[] }[] } | null } }>(
      `{ me { trainer { id name email certifications { tool status verificationCode history { action } } } } }`,
      {},
      TRAINER,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.trainer).toMatchObject({ id: DEMO_TRAINER_ID, name: 'Samira El Idrissi' });
    expect(res.data!.me.trainer!.certifications.map((c) => c.tool)).toEqual(['THINK_COOP', 'START_COOP']);
    expect((await learning.query<{ me: { trainer: null } }>(`{ me { trainer { id } } }`)).data!.me.trainer).toBeNull();
    expect((await learning.query<{ me: { trainer: null } }>(`{ me { trainer { id } } }`, {}, PARTNER)).data!.me.trainer).toBeNull();
  });

  it('keeps verification codes and history from partners and other trainers', async () => {
    const q = `query ($id: ID!) { trainer(id: $id) { certifications { tool verificationCode } } }`;
    expect(codeOf(await learning.query(q, { id: DEMO_TRAINER_ID }, PARTNER))).toBe('FORBIDDEN');
    const staff = await learning.query(q, { id: DEMO_TRAINER_ID }, STAFF);
    expect(staff.errors).toBeUndefined();
  });

  it('lets staff only issue and change certifications', async () => {
    for (const principal of [PARTNER, TRAINER, JURY]) expect(codeOf(await learning.query(`mutation { createTrainer(input: { name: "X Y", countryCode: "MA" }) { id } }`, {}, principal))).toBe('FORBIDDEN');
    expect(codeOf(await learning.query(`mutation { createTrainer(input: { name: "X Y", countryCode: "MA" }) { id } }`))).toBe('UNAUTHENTICATED');
    const input = { certificationId: stableId('certification', 'demo:0'), reason: 'no' };
    expect(codeOf(await change('revokeCertification', input, TRAINER))).toBe('FORBIDDEN');
  });
});
