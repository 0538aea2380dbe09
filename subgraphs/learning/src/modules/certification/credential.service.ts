import { CompactSign, compactVerify } from 'jose';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { NotFoundError, todayIso, type Principal } from '@cooplab/kit';
import type { LearningConfig } from '../../config.js';
import { Organization, organizationRef } from '../catalog.stubs.js';
import { Certification } from './certification.entity.js';
import { effectiveStatus } from './certification.rules.js';
import { CertificationLevel, CertificationStatus, CoopTool } from '../learning.enums.js';
import { requireSelfOrStaff } from '../trainer/trainer.policy.js';

export const VC_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

@ObjectType({ description: 'A certification exported as an Open Badges 3.0 credential, and the same secured as a VC-JWT.' })
export class CertificationCredential {
  @Field(() => GraphQLJSONObject, { description: 'The W3C Verifiable Credential (OpenBadgeCredential), as JSON.' })
  credential!: Record<string, unknown>;

  @Field(() => String, { description: 'The credential secured as a compact JWS (alg EdDSA, typ vc+jwt); its key is at /.well-known/jwks.json and in `credentialIssuerKeys`.' })
  jwt!: string;
}

export enum CredentialCheck {
  VALID = 'VALID',
  MALFORMED = 'MALFORMED',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  UNKNOWN_CERTIFICATION = 'UNKNOWN_CERTIFICATION',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(CredentialCheck, {
  name: 'CredentialCheck',
  description: 'The outcome of checking a credential.',
  valuesConfig: {
    VALID: { description: 'Signed by this issuer, within its validity dates, and its certification is ACTIVE today.' },
    MALFORMED: { description: 'Not a compact JWS holding an OpenBadgeCredential of this issuer.' },
    BAD_SIGNATURE: { description: 'Not signed with this issuer’s key, or altered since.' },
    NOT_YET_VALID: { description: 'Its validFrom is in the future.' },
    EXPIRED: { description: 'Its validUntil has passed, or its certification has expired.' },
    UNKNOWN_CERTIFICATION: { description: 'It names no certification of this issuer.' },
    SUSPENDED: { description: 'Its certification is suspended today, although the credential was validly signed.' },
    REVOKED: { description: 'Its certification was revoked, although the credential was validly signed.' },
  },
});

/**
 * What anyone who holds a credential may learn of its certification: a public view, with nothing that leads
 * further (no trainer to follow to their other certifications, no internal reason). The certification itself is
 * reachable by id only where its policy allows (certification(id), _entities).
 */
@ObjectType({ description: 'The public view of a certification a credential names: what it certifies and its status today.' })
export class PublicCertification {
  @Field(() => ID, { description: 'Id of the certification (the same as in the credential).' })
  id!: string;

  @Field(() => String, { description: 'Name of the certified trainer, as in the credential.' })
  trainerName!: string;

  @Field(() => CoopTool, { description: 'The ILO COOP tool.' })
  tool!: CoopTool;

  @Field(() => CertificationLevel, { description: 'The certification level.' })
  level!: CertificationLevel;

  @Field(() => GraphQLLocalDate, { description: 'Issue date.' })
  issuedOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last valid day.' })
  expiresOn!: string;

  @Field(() => CertificationStatus, { description: 'Its status today.' })
  status!: CertificationStatus;

  @Field(() => Organization, { description: 'The issuing organisation.' })
  issuer!: Organization;
}

export const publicView = (certification: Certification, today: string): PublicCertification => ({
  id: certification.id,
  trainerName: certification.trainer.name,
  tool: certification.tool,
  level: certification.level,
  issuedOn: certification.issuedOn,
  expiresOn: certification.expiresOn,
  status: effectiveStatus(certification.storedStatus, certification.expiresOn, today) as CertificationStatus,
  issuer: organizationRef(certification.issuerId),
});

/**
 * The verdict both ways of checking a certificate give (its printed code, `verifyCertification`; its exported
 * credential, `verifyCredential`): one shape, so that a verifier's page reads either the same way.
 */
@InterfaceType('CertificateVerdict', {
  description:
    'What a verifier learns from checking a certificate, by its code (`verifyCertification`) or its credential (`verifyCredential`): whether it is valid, when it was checked, and the public view of the certification it names.',
})
export abstract class CertificateVerdict {
  @Field(() => Boolean, { description: 'True only when every check passes and the certification is ACTIVE today.' })
  valid!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When the check ran (UTC): the verdict holds as of this moment, since a certification can be suspended, revoked or expire later.' })
  checkedAt!: Date;

  @Field(() => PublicCertification, { nullable: true, description: 'The public view of the certification the code or credential names: what it certifies and its status today; null when it names none.' })
  certification!: PublicCertification | null;
}

@ObjectType({ implements: CertificateVerdict, description: 'The outcome of checking a VC-JWT credential.' })
export class CredentialVerification extends CertificateVerdict {
  @Field(() => CredentialCheck, { description: 'Which check decided.' })
  reason!: CredentialCheck;
}

const TOOL_NAMES: Record<CoopTool, string> = {
  [CoopTool.THINK_COOP]: 'Think.COOP',
  [CoopTool.START_COOP]: 'Start.COOP',
  [CoopTool.MY_COOP]: 'My.COOP',
  [CoopTool.MANAGE_COOP]: 'Manage.COOP',
};
const LEVEL_NAMES: Record<CertificationLevel, string> = {
  [CertificationLevel.TRAINER]: 'Trainer',
  [CertificationLevel.MASTER_TRAINER]: 'Master Trainer',
};

/** The Open Badges 3.0 credential of a certification (unsigned). */
export function buildCredential(certification: Certification, config: LearningConfig): Record<string, unknown> {
  const { tool, level } = certification;
  const achievementName = `${TOOL_NAMES[tool]} ${LEVEL_NAMES[level]}`;
  return {
    '@context': VC_CONTEXT,
    id: `urn:uuid:${certification.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${achievementName} certification`,
    issuer: { id: `${config.publicUrl}/issuer`, type: ['Profile'], name: config.issuerName },
    validFrom: `${certification.issuedOn}T00:00:00Z`,
    validUntil: `${certification.expiresOn}T23:59:59Z`,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: certification.trainer.name,
      achievement: {
        id: `${config.publicUrl}/achievements/${tool.toLowerCase()}/${level.toLowerCase()}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: achievementName,
        description: `Certified ${LEVEL_NAMES[level].toLowerCase()} of the ILO ${TOOL_NAMES[tool]} training tool.`,
        criteria: {
          narrative: `Followed the ${TOOL_NAMES[tool]} training of trainers, was selected as a candidate, delivered a training under the coaching of a master trainer, and was certified.`,
        },
        creator: { id: `urn:uuid:${certification.issuerId}`, type: ['Profile'] },
      },
    },
    // The certification's status today is what counts: ask `verifyCredential` (or `verifyCertification` with the code).
    credentialStatus: { id: `${config.publicUrl}/graphql#certification-status-${certification.id}`, type: 'CoopLabCertificationStatus' },
  };
}

const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Exports and checks credentials signed with the subgraph's Ed25519 key. */
export class CredentialService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: LearningConfig,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The certification as a credential, for the trainer themself or staff. */
  async export(id: string, principal: Principal): Promise<CertificationCredential> {
    const certification = await this.em.findOne(Certification, { id }, { populate: ['trainer'] });
    if (!certification) throw new NotFoundError('Certification', id, 'id');
    requireSelfOrStaff(principal, certification.trainer.id);
    const credential = buildCredential(certification, this.config);
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(credential)))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: this.config.credentialKey.kid })
      .sign(this.config.credentialKey.privateKey);
    return { credential, jwt };
  }

  /** Checks the signature, the validity dates, and the certification's status today in the database. */
  async verify(jwt: string): Promise<CredentialVerification> {
    const today = todayIso(this.now());
    const checkedAt = this.now();
    const fail = (reason: CredentialCheck, certification: Certification | null = null): CredentialVerification => ({
      valid: false,
      checkedAt,
      reason,
      certification: certification && publicView(certification, today),
    });
    if (jwt.split('.').length !== 3) return fail(CredentialCheck.MALFORMED);
    let payload: Uint8Array;
    try {
      const result = await compactVerify(jwt.trim(), this.config.credentialKey.publicKey, { algorithms: ['EdDSA'] });
      if (result.protectedHeader.typ !== 'vc+jwt') return fail(CredentialCheck.MALFORMED);
      payload = result.payload;
    } catch (error) {
      const code = (error as { code?: string }).code;
      return fail(code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? CredentialCheck.BAD_SIGNATURE : CredentialCheck.MALFORMED);
    }
    let credential: Record<string, unknown>;
    try {
      credential = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    } catch {
      return fail(CredentialCheck.MALFORMED);
    }
    const match = typeof credential.id === 'string' ? UUID_URN.exec(credential.id) : null;
    const types = Array.isArray(credential.type) ? credential.type : [];
    if (!match || !types.includes('OpenBadgeCredential')) return fail(CredentialCheck.MALFORMED);
    const certification = await this.em.findOne(Certification, { id: match[1]!.toLowerCase() }, { populate: ['trainer'] });
    if (!certification) return fail(CredentialCheck.UNKNOWN_CERTIFICATION);
    const now = this.now().getTime();
    const validFrom = Date.parse(String(credential.validFrom));
    const validUntil = Date.parse(String(credential.validUntil));
    if (Number.isNaN(validFrom) || Number.isNaN(validUntil)) return fail(CredentialCheck.MALFORMED, certification);
    if (now < validFrom) return fail(CredentialCheck.NOT_YET_VALID, certification);
    if (now > validUntil) return fail(CredentialCheck.EXPIRED, certification);
    const status = effectiveStatus(certification.storedStatus, certification.expiresOn, today);
    if (status === CertificationStatus.REVOKED) return fail(CredentialCheck.REVOKED, certification);
    if (status === CertificationStatus.SUSPENDED) return fail(CredentialCheck.SUSPENDED, certification);
    if (status === CertificationStatus.EXPIRED) return fail(CredentialCheck.EXPIRED, certification);
    return { valid: true, checkedAt, reason: CredentialCheck.VALID, certification: publicView(certification, today) };
  }
}

/** The public key set that verifies the credentials (served at /.well-known/jwks.json and as `credentialIssuerKeys`). */
export const publicJwks = (config: LearningConfig) => ({ keys: [config.credentialKey.publicJwk] });
