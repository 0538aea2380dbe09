import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { checkPlace, ConflictError, flushUnique, ForbiddenError, hasRole, newId, NotFoundError, Problems, todayIso, type Principal } from '@cooplab/kit';
import { ApplicantKind, ApplicationStatus, EditionStatus } from '../awards.enums.js';
import { Edition } from '../award/award.entity.js';
import { Application, ProjectHolder } from './application.entity.js';
import type { ApplicationRefInput, CreateApplicationInput, ShortlistApplicationsInput } from './application.inputs.js';
import { checkEligibility } from './eligibility.rules.js';

/** Statuses an applicant may still withdraw from. */
const WITHDRAWABLE = new Set([ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE, ApplicationStatus.SHORTLISTED]);

/** Whether the call of an edition is open on `today`: OPEN, and between its opening and closing dates. */
export const callIsOpen = (edition: Pick<Edition, 'status' | 'opensOn' | 'closesOn'>, today: string) =>
  edition.status === EditionStatus.OPEN && edition.opensOn <= today && today <= edition.closesOn;

/** Applications: drafting, submission with the automatic eligibility check, withdrawal and shortlisting. */
export class ApplicationService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  private actAsApplicant(application: Pick<Application, 'cooperativeId'>): void {
    const p = this.principal;
    if (hasRole(p, ['STAFF'])) return;
    if (p.role === 'COOPERATIVE' && p.cooperativeId && application.cooperativeId === p.cooperativeId) return;
    throw new ForbiddenError('Only the applying cooperative or staff may do this');
  }

  async create(input: CreateApplicationInput): Promise<Application> {
    return this.em.transactional(async (em) => {
      const problems = new Problems();
      const cooperativeId = input.cooperativeId?.toLowerCase() ?? null;
      const holders = input.projectHolders ?? [];
      const regionCode = input.regionCode ?? null;
      checkPlace(input.countryCode, regionCode, problems);
      if (input.kind === ApplicantKind.COOPERATIVE) {
        problems.check(cooperativeId !== null, 'input.cooperativeId', 'is required for a cooperative’s application');
        problems.check(holders.length === 0, 'input.projectHolders', 'must be left out for a cooperative’s application');
        problems.check(Boolean(input.registeredOn), 'input.registeredOn', 'is required for a cooperative’s application');
        if (input.registeredOn) problems.check(input.registeredOn <= todayIso(), 'input.registeredOn', 'must not be in the future');
      } else {
        problems.check(cooperativeId === null, 'input.cooperativeId', 'must be left out for project holders (their cooperative is not registered yet)');
        problems.check(holders.length > 0, 'input.projectHolders', 'must name at least one project holder');
        problems.check(!input.registeredOn, 'input.registeredOn', 'must be left out for project holders');
        holders.forEach((h, i) => problems.check(h.birthDate < todayIso(), `input.projectHolders.${i}.birthDate`, 'must be in the past'));
      }
      problems.throwIfAny();
      // The role decides who may file which application: a cooperative for itself, staff for anyone.
      if (!hasRole(this.principal, ['STAFF'])) {
        if (input.kind !== ApplicantKind.COOPERATIVE) throw new ForbiddenError('Project holders apply through staff');
        this.actAsApplicant({ cooperativeId });
      }
      const edition = await em.findOne(Edition, { id: input.editionId.toLowerCase() });
      if (!edition || edition.status === EditionStatus.DRAFT) throw new NotFoundError('Edition', input.editionId, 'input.editionId');
      if (edition.status !== EditionStatus.OPEN) throw new ConflictError(`The call of this edition is not open (${edition.status})`, 'input.editionId');
      const applicantKey = cooperativeId ?? `holder:${holders[0]!.email.trim().toLowerCase()}`;
      const application = em.create(Application, {
        id: newId(),
        edition,
        kind: input.kind,
        cooperativeId,
        applicantKey,
        applicantName: input.applicantName.trim(),
        projectTitle: input.projectTitle.trim(),
        countryCode: input.countryCode,
        regionCode,
        womenOnly: input.womenOnly,
        registeredOn: input.registeredOn ?? null,
        status: ApplicationStatus.DRAFT,
        createdBy: this.principal.subject ?? this.principal.role.toLowerCase(),
      });
      holders.forEach((h, position) =>
        em.create(ProjectHolder, {
          id: newId(),
          application,
          position,
          fullName: h.fullName.trim(),
          birthDate: h.birthDate,
          nationality: h.nationality,
          email: h.email.trim().toLowerCase(),
          phone: h.phone ?? null,
        }),
      );
      const field = cooperativeId ? 'input.cooperativeId' : 'input.projectHolders.0.email';
      await flushUnique(em, () => new ConflictError('This applicant has applied to this edition already', field));
      return application;
    });
  }

  /** Submits a draft while the call is open; the eligibility rules are checked on the facts declared, at once. */
  async submit(input: ApplicationRefInput, now: Date = new Date()): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.lockApplication(em, input.applicationId);
      this.actAsApplicant(application);
      if (application.status !== ApplicationStatus.DRAFT) throw new ConflictError(`Only a draft can be submitted; this application is ${application.status}`, 'input.applicationId');
      const edition = application.edition;
      if (!callIsOpen(edition, todayIso(now))) {
        throw new ConflictError(`The call is not open: applications are submitted from ${edition.opensOn} to ${edition.closesOn} while the edition is OPEN`, 'input.applicationId');
      }
      const holders = await em.find(ProjectHolder, { application }, { orderBy: { position: 'asc' } });
      const result = checkEligibility(
        edition.rules,
        {
          kind: application.kind,
          countryCode: application.countryCode,
          womenOnly: application.womenOnly,
          registeredOn: application.registeredOn ?? null,
          holderBirthDates: holders.map((h) => h.birthDate),
        },
        edition.closesOn,
      );
      application.submittedAt = now;
      if (result.eligible) {
        application.status = ApplicationStatus.ELIGIBLE;
      } else {
        application.status = ApplicationStatus.INELIGIBLE;
        application.ineligibleRule = result.rule;
        application.ineligibleReason = result.reason;
      }
      return application;
    });
  }

  async withdraw(input: ApplicationRefInput): Promise<Application> {
    return this.em.transactional(async (em) => {
      const application = await this.lockApplication(em, input.applicationId);
      this.actAsApplicant(application);
      if (!WITHDRAWABLE.has(application.status)) throw new ConflictError(`An application that is ${application.status} cannot be withdrawn`, 'input.applicationId');
      application.status = ApplicationStatus.WITHDRAWN;
      return application;
    });
  }

  async shortlist(input: ShortlistApplicationsInput): Promise<Application[]> {
    return this.em.transactional(async (em) => {
      const edition = await em.findOne(Edition, { id: input.editionId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!edition) throw new NotFoundError('Edition', input.editionId, 'input.editionId');
      if (edition.status !== EditionStatus.REVIEW) throw new ConflictError(`Applications are shortlisted while the edition is under REVIEW, not ${edition.status}`, 'input.editionId');
      const ids = input.applicationIds.map((id) => id.toLowerCase());
      const found = new Map((await em.find(Application, { id: { $in: ids } })).map((a) => [a.id, a]));
      const problems = new Problems();
      ids.forEach((id, i) => {
        const a = found.get(id);
        if (!a || a.edition.id !== edition.id) problems.add(`input.applicationIds.${i}`, 'is not an application of this edition');
        else if (a.status !== ApplicationStatus.ELIGIBLE && a.status !== ApplicationStatus.SHORTLISTED) problems.add(`input.applicationIds.${i}`, `is ${a.status}, not ELIGIBLE`);
      });
      problems.throwIfAny();
      const applications = ids.map((id) => found.get(id)!);
      for (const a of applications) a.status = ApplicationStatus.SHORTLISTED;
      return applications;
    });
  }

  private async lockApplication(em: EntityManager, id: string): Promise<Application> {
    const application = await em.findOne(Application, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!application) throw new NotFoundError('Application', id, 'input.applicationId');
    await em.findOneOrFail(Edition, { id: application.edition.id });
    return application;
  }
}

