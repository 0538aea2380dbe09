import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { todayIso, TooManyRequestsError, type Principal } from '@cooplab/kit';
import type { LearningRuntime } from '../../runtime.js';
import { Organization, organizationRef } from '../catalog.stubs.js';
import { CertificationLevel, CertificationStatus, CoopTool, VerificationStatus } from '../learning.enums.js';
import { Certification } from './certification.entity.js';
import { effectiveStatus, normalizeVerificationCode } from './certification.rules.js';

@ObjectType({ description: 'What a verifier learns from a verification code: whether the certification is valid and, if the code exists, what it certifies.' })
export class CertificationVerification {
  @Field(() => Boolean, { description: 'True only when the certification is ACTIVE today.' })
  valid!: boolean;

  @Field(() => VerificationStatus, { description: 'Why it is valid or not; UNKNOWN_CODE when no certification has this code.' })
  status!: VerificationStatus;

  @Field(() => String, { nullable: true, description: 'The code in its canonical form (e.g. K7QX-M4PT-9WHR); null when what was given cannot be a code.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the certified trainer.' })
  trainerName!: string | null;

  @Field(() => CoopTool, { nullable: true, description: 'The ILO COOP tool.' })
  tool!: CoopTool | null;

  @Field(() => CertificationLevel, { nullable: true, description: 'The certification level.' })
  level!: CertificationLevel | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Issue date.' })
  issuedOn!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last valid day.' })
  expiresOn!: string | null;

  @Field(() => Organization, { nullable: true, description: 'The issuing organisation.' })
  issuer!: Organization | null;
}

const unknown = (code: string | null): CertificationVerification => ({
  valid: false,
  status: VerificationStatus.UNKNOWN_CODE,
  code,
  trainerName: null,
  tool: null,
  level: null,
  issuedOn: null,
  expiresOn: null,
  issuer: null,
});

/**
 * Verification by code. Codes carry ~59 bits, so guessing one is hopeless; on top of that, callers who keep
 * asking for unknown codes are stopped, each caller on its own budget: the gateway names the caller in the
 * principal (`client`: its API key, its token's subject, or an anonymous caller's address). Anonymous calls
 * that name no client share one budget. Once a budget is spent every lookup is refused until the window ends:
 * answering known codes while refusing unknown ones would tell a guesser the same thing. Each lookup takes its
 * hit before it reads, and gives it back when the code exists, so the aliases of one request count one by one.
 */
export class VerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: LearningRuntime,
  ) {}

  async verify(input: string, principal: Principal): Promise<CertificationVerification> {
    const shared = principal.role === 'ANONYMOUS' && !principal.client;
    const limiter = shared ? this.runtime.verifyMissesAnonymous : this.runtime.verifyMissesPerCaller;
    const key = shared
      ? 'anonymous'
      : (principal.client ?? `${principal.role}:${principal.subject ?? principal.trainerId ?? principal.organizationId ?? 'unknown'}`);
    if (!limiter.take(key)) {
      throw new TooManyRequestsError('Too many unknown verification codes: try again in a minute', 60);
    }
    const code = normalizeVerificationCode(input);
    const found = code ? await this.em.findOne(Certification, { verificationCode: code }, { populate: ['trainer'] }) : null;
    if (!found) return unknown(code);
    limiter.refund(key);
    const status = effectiveStatus(found.storedStatus, found.expiresOn, todayIso());
    return {
      valid: status === CertificationStatus.ACTIVE,
      status: status as unknown as VerificationStatus,
      code,
      trainerName: found.trainer.name,
      tool: found.tool,
      level: found.level,
      issuedOn: found.issuedOn,
      expiresOn: found.expiresOn,
      issuer: organizationRef(found.issuerId),
    };
  }
}
