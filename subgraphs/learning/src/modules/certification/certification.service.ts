import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { ConflictError, flushUnique, newId, NotFoundError, paginate, Problems, stableId, todayIso, type Page, type PageRequest, type Principal, defineService } from '@cooplab/kit';
import { CertificationAction, CertificationStage, StoredCertificationStatus } from '../learning.enums.js';
import { Trainer } from '../trainer/trainer.entity.js';
import { Certification, CertificationEvent } from './certification.entity.js';
import type { CertificationFilter, CertificationStatusChangeInput, IssueCertificationInput, RenewCertificationInput } from './certification.inputs.js';
import { certificationTransition, effectiveStatusWhere, generateVerificationCode } from './certification.rules.js';

/** The ILO, issuer of the COOP tools' certifications unless said otherwise. */
export const ILO = stableId('organization', 'ilo');

/** Who made a change, for the audit trail: the subject of the caller's token. */
export const actorOf = (principal: Principal): string => principal.subject ?? `${principal.role.toLowerCase()} (no subject)`;

type StaffAction = Exclude<CertificationAction, CertificationAction.ISSUED>;

/** Rules of certifications: issue, renew, suspend, reinstate, revoke, each recorded in the append-only history. */
export class CertificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly today: () => string = () => todayIso(),
  ) {}

  list(filter: CertificationFilter | null | undefined, page: PageRequest): Promise<Page<Certification>> {
    const today = this.today();
    const where = (): FilterQuery<Certification> => {
      const w: Record<string, unknown> = {};
      if (filter?.statuses?.length) w.$or = [...new Set(filter.statuses)].map((s) => effectiveStatusWhere(s, today));
      if (filter?.tools?.length) w.tool = { $in: filter.tools };
      if (filter?.countries?.length) w.trainer = { countryCode: { $in: filter.countries } };
      if (filter?.expiringBefore) w.expiresOn = { $lt: filter.expiringBefore };
      return w as FilterQuery<Certification>;
    };
    return paginate(this.em, Certification, where, page, { expiresOn: 'asc', id: 'asc' });
  }

  async issue(input: IssueCertificationInput, principal: Principal): Promise<Certification> {
    return this.em.transactional(async (em) => {
      const trainer = await em.findOne(Trainer, { id: input.trainerId.toLowerCase() });
      if (!trainer) throw new NotFoundError('Trainer', input.trainerId, 'input.trainerId');
      const problems = new Problems();
      problems.check(input.issuedOn <= this.today(), 'input.issuedOn', 'must not be in the future');
      problems.check(input.expiresOn > input.issuedOn, 'input.expiresOn', 'must be after issuedOn');
      const path = [
        ['participatedOn', input.participatedOn],
        ['candidateOn', input.candidateOn],
        ['coachedOn', input.coachedOn],
        ['issuedOn', input.issuedOn],
      ] as const;
      let previous: string | null = null;
      for (const [field, date] of path) {
        if (!date) continue;
        if (previous) problems.check(date >= previous, `input.${field}`, 'must not be before the earlier stages of the path');
        previous = date;
      }
      problems.throwIfAny();
      const conflict = () => new ConflictError(`This trainer holds a ${input.level} certification on ${input.tool} already`, 'input.tool');
      const held = await em.count(Certification, { trainer, tool: input.tool, level: input.level, storedStatus: { $ne: StoredCertificationStatus.REVOKED } });
      if (held) throw conflict();
      let verificationCode = generateVerificationCode();
      // ~59 bits: a collision is all but impossible, but a unique index backs the check anyway.
      while (await em.count(Certification, { verificationCode })) verificationCode = generateVerificationCode();
      const certification = em.create(Certification, {
        id: newId(),
        trainer,
        tool: input.tool,
        level: input.level,
        stage: CertificationStage.CERTIFIED,
        participatedOn: input.participatedOn ?? null,
        candidateOn: input.candidateOn ?? null,
        coachedOn: input.coachedOn ?? null,
        issuerId: input.issuerId?.toLowerCase() ?? ILO,
        issuedOn: input.issuedOn,
        expiresOn: input.expiresOn,
        storedStatus: StoredCertificationStatus.ACTIVE,
        verificationCode,
      });
      this.record(em, certification, CertificationAction.ISSUED, null, principal, null);
      await flushUnique(em, conflict);
      return certification;
    });
  }

  renew(input: RenewCertificationInput, principal: Principal): Promise<Certification> {
    return this.change(input.certificationId, CertificationAction.RENEWED, input.reason ?? null, principal, (certification, problems) => {
      problems.check(input.expiresOn > certification.expiresOn, 'input.expiresOn', 'must be after the current expiry date');
      problems.check(input.expiresOn >= this.today(), 'input.expiresOn', 'must not be in the past');
      return () => {
        certification.expiresOn = input.expiresOn;
      };
    });
  }

  suspend(input: CertificationStatusChangeInput, principal: Principal): Promise<Certification> {
    return this.statusChange(input, CertificationAction.SUSPENDED, principal, true);
  }

  reinstate(input: CertificationStatusChangeInput, principal: Principal): Promise<Certification> {
    return this.statusChange(input, CertificationAction.REINSTATED, principal, false);
  }

  revoke(input: CertificationStatusChangeInput, principal: Principal): Promise<Certification> {
    return this.statusChange(input, CertificationAction.REVOKED, principal, true);
  }

  private statusChange(input: CertificationStatusChangeInput, action: StaffAction, principal: Principal, reasonRequired: boolean): Promise<Certification> {
    const reason = input.reason?.trim() || null;
    return this.change(input.certificationId, action, reason, principal, (certification, problems) => {
      if (reasonRequired) problems.check(reason !== null, 'input.reason', `is required to ${action === CertificationAction.SUSPENDED ? 'suspend' : 'revoke'} a certification`);
      return () => {
        certification.statusReason = action === CertificationAction.REINSTATED ? null : reason;
      };
    });
  }

  /**
   * One staff action: lock the row, check the input and the transition, apply, and append to the history,
   * all in one transaction.
   */
  private async change(
    id: string,
    action: StaffAction,
    reason: string | null,
    principal: Principal,
    prepare: (certification: Certification, problems: Problems) => () => void,
  ): Promise<Certification> {
    return this.em.transactional(async (em) => {
      const certification = await em.findOne(Certification, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!certification) throw new NotFoundError('Certification', id, 'input.certificationId');
      const problems = new Problems();
      const apply = prepare(certification, problems);
      problems.throwIfAny();
      const transition = certificationTransition(action, certification.storedStatus);
      if (!transition.ok) throw new ConflictError(`This certification ${transition.message}`, 'input.certificationId');
      const from = certification.storedStatus;
      apply();
      certification.storedStatus = transition.to;
      this.record(em, certification, action, from, principal, reason);
      return certification;
    });
  }

  private record(
    em: EntityManager,
    certification: Certification,
    action: CertificationAction,
    from: StoredCertificationStatus | null,
    principal: Principal,
    reason: string | null,
  ): void {
    const setsExpiry = action === CertificationAction.ISSUED || action === CertificationAction.RENEWED;
    em.create(CertificationEvent, {
      id: newId(),
      certification,
      action,
      fromStatus: from,
      toStatus: certification.storedStatus,
      expiresOn: setsExpiry ? certification.expiresOn : null,
      reason,
      actor: actorOf(principal),
    });
  }
}

export const certificationService = defineService((ctx) => new CertificationService(ctx.em));
