import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { todayIso, TooManyRequestsError, type Principal } from '@cooplab/kit';
import type { LearningRuntime } from '../../runtime.js';
import { CertificationStatus, VerificationStatus } from '../learning.enums.js';
import { Certification } from './certification.entity.js';
import { normalizeVerificationCode } from './certification.rules.js';
import { CertificateVerdict, publicView } from './credential.service.js';

@ObjectType({ implements: CertificateVerdict, description: 'The outcome of checking a verification code printed on a certificate.' })
export class CertificationVerification extends CertificateVerdict {
  @Field(() => VerificationStatus, { description: 'Why it is valid or not: the certification’s status today, or UNKNOWN_CODE when no certification has this code.' })
  status!: VerificationStatus;

  @Field(() => String, { nullable: true, description: 'The code in its canonical form (e.g. K7QX-M4PT-9WHR); null when what was given cannot be a code.' })
  code!: string | null;
}

const unknown = (code: string | null, checkedAt: Date): CertificationVerification => ({ valid: false, checkedAt, status: VerificationStatus.UNKNOWN_CODE, code, certification: null });

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
    const checkedAt = new Date();
    if (!found) return unknown(code, checkedAt);
    limiter.refund(key);
    const certification = publicView(found, todayIso(checkedAt));
    return { valid: certification.status === CertificationStatus.ACTIVE, checkedAt, status: certification.status as unknown as VerificationStatus, code, certification };
  }
}
