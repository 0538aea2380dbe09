import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, flushUnique, NotFoundError, Problems, newId, paginate, toLocalized, type Page, type PageRequest, defineService } from '@cooplab/kit';
import { ProgramKind } from '../learning.enums.js';
import { Cohort, Program } from './program.entity.js';
import type { CreateCohortInput, CreateProgramInput } from './program.inputs.js';

/** Rules of programmes and their cohorts. */
export class ProgramService {
  constructor(private readonly em: EntityManager) {}

  list(kind: ProgramKind | null | undefined, page: PageRequest): Promise<Page<Program>> {
    return paginate(this.em, Program, () => (kind ? { kind } : {}), page, { code: 'asc', id: 'asc' });
  }

  cohorts(programCode: string | null | undefined, page: PageRequest): Promise<Page<Cohort>> {
    return paginate(this.em, Cohort, () => (programCode ? { program: { code: programCode.trim().toUpperCase() } } : {}), page, { startsOn: 'asc', id: 'asc' });
  }

  async create(input: CreateProgramInput): Promise<Program> {
    return this.em.transactional(async (em) => {
      const code = input.code.trim().toUpperCase();
      if (await em.count(Program, { code })) throw new ConflictError(`A programme with code ${code} exists already`, 'input.code');
      const program = em.create(Program, {
        id: newId(),
        code,
        name: toLocalized(input.name),
        kind: input.kind,
        partnerIds: [...new Set((input.partnerIds ?? []).map((id) => id.toLowerCase()))],
        targetCooperatives: input.targetCooperatives ?? null,
        startsOn: input.startsOn ?? null,
      });
      await flushUnique(em, () => new ConflictError(`A programme with code ${code} exists already`, 'input.code'));
      return program;
    });
  }

  async createCohort(input: CreateCohortInput): Promise<Cohort> {
    return this.em.transactional(async (em) => {
      const program = await em.findOne(Program, { id: input.programId.toLowerCase() });
      if (!program) throw new NotFoundError('Program', input.programId, 'input.programId');
      const problems = new Problems();
      if (input.endsOn) problems.check(input.endsOn >= input.startsOn, 'input.endsOn', 'must not be before startsOn');
      problems.throwIfAny();
      const name = input.name.trim();
      const conflict = () => new ConflictError(`Programme ${program.code} has a cohort named "${name}" already`, 'input.name');
      if (await em.count(Cohort, { program, name })) throw conflict();
      const cohort = em.create(Cohort, {
        id: newId(),
        program,
        name,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        regionCodes: [...new Set(input.regionCodes ?? [])].sort(),
        capacity: input.capacity,
      });
      await flushUnique(em, conflict);
      return cohort;
    });
  }
}

export const programService = defineService((ctx) => new ProgramService(ctx.em));
