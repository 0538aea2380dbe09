import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { yearRange } from './impact.args.js';

@ObjectType({
  description:
    'What the learning subgraph counts for a region, a country, a programme or a cohort. A cooperative is placed in a region and country by ' +
    'the place recorded when it was enrolled or coached (see `enrollCooperative`). Filters by programme and year apply to every figure: the ' +
    'year of the session for training and coaching, of the application for enrolments.',
})
export class LearningFigures {
  @Field(() => Int, { description: 'Distinct cooperatives enrolled (withdrawn enrolments left out).' })
  cooperativesEnrolled!: number;

  @Field(() => Int, { description: 'Distinct cooperatives trained: they attended at least one training session.' })
  cooperativesTrained!: number;

  @Field(() => Int, { description: 'Distinct cooperatives coached: they had at least one coaching session.' })
  cooperativesCoached!: number;

  @Field(() => Int, { description: 'Coaching sessions held.' })
  coachingSessions!: number;

  @Field(() => Int, {
    description:
      'People trained, counted without repeats: for each trained cooperative, the most women and the most men it sent to one session, summed. ' +
      'A lower bound of the distinct people, since attendance is counted, not named.',
  })
  participantsTrained!: number;

  @Field(() => Int, { description: 'Women trained (same counting as participantsTrained).' })
  womenTrained!: number;

  @Field(() => Int, { description: 'Men trained (same counting as participantsTrained).' })
  menTrained!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Certified trainers working in the country: distinct trainers holding a certification that was not revoked (active, expired or suspended: ' +
      'they were certified); with a year, certifications issued that year. Null for regions (trainers are placed by country only), programmes, ' +
      'cohorts and when filtered by programme (certifications belong to no programme).',
  })
  certifiedTrainers!: number | null;
}

export const EMPTY_FIGURES: LearningFigures = {
  cooperativesEnrolled: 0,
  cooperativesTrained: 0,
  cooperativesCoached: 0,
  coachingSessions: 0,
  participantsTrained: 0,
  womenTrained: 0,
  menTrained: 0,
  certifiedTrainers: null,
};

export type FiguresScope = 'region' | 'country' | 'program' | 'cohort';

export interface FiguresKey {
  scope: FiguresScope;
  /** Region or country code, programme code, or cohort id. */
  code: string;
  programCode: string | null;
  year: number | null;
}

/** How each scope groups: the grouping column and whether it needs the cooperative's place. */
const GROUP: Record<FiguresScope, { column: string; place: boolean }> = {
  region: { column: 'b.region_code', place: true },
  country: { column: 'b.country_code', place: true },
  program: { column: 'p.code', place: false },
  cohort: { column: 'c.id', place: false },
};

/**
 * Figures of many places, programmes or cohorts of one scope at once: three (four for countries) grouped queries,
 * or, for places over every programme and year, one read of the maintained sums (and the certified trainers).
 */
export async function learningFigures(
  em: EntityManager,
  scope: FiguresScope,
  codes: string[],
  programCode: string | null,
  year: number | null,
): Promise<Map<string, LearningFigures>> {
  const { column, place } = GROUP[scope];
  const marks = codes.map(() => '?').join(', ');
  const range = yearRange(year);
  const filters = (dateColumn: string) => {
    const sql = [`${column} in (${marks})`];
    const params: unknown[] = [...codes];
    if (programCode) {
      sql.push('p.code = ?');
      params.push(programCode);
    }
    if (range) {
      sql.push(`${dateColumn} >= ? and ${dateColumn} < ?`);
      params.push(...range);
    }
    return { where: sql.join(' and '), params };
  };
  const placeJoin = (cooperativeColumn: string) => (place ? `join beneficiary b on b.cooperative_id = ${cooperativeColumn}` : '');
  const connection = em.getConnection();

  const enrolled = filters('e.applied_on');
  const trained = filters('s.held_on');
  const coached = filters('cs.held_on');
  const coachingCohortJoin =
    scope === 'cohort'
      ? `join enrollment e on e.cooperative_id = cs.cooperative_id and e.status <> 'WITHDRAWN' join cohort c on c.id = e.cohort_id and c.program_id = cs.program_id`
      : '';
  // Over every programme and year, a region's or country's figures are the sums the database maintains
  // (`figures_by_place`, migration `Migration20261126120000_figures`): one small query whatever the data's size.
  const maintained = place && !programCode && !range;
  const fromRows = () =>
    Promise.all([
      connection.execute<Record<string, unknown>[]>(
        `select ${column} as code, count(distinct e.cooperative_id)::int as enrolled
           from enrollment e join cohort c on c.id = e.cohort_id join program p on p.id = c.program_id ${placeJoin('e.cooperative_id')}
          where e.status <> 'WITHDRAWN' and ${enrolled.where}
          group by 1`,
        enrolled.params,
      ),
      connection.execute<Record<string, unknown>[]>(
        `select code, count(*)::int as trained, coalesce(sum(women), 0)::int as women, coalesce(sum(men), 0)::int as men from (
           select ${column} as code, a.cooperative_id, max(a.participants_women) as women, max(a.participants_men) as men
             from training_attendance a join training_session s on s.id = a.session_id join cohort c on c.id = s.cohort_id
             join program p on p.id = c.program_id ${placeJoin('a.cooperative_id')}
            where ${trained.where}
            group by 1, 2
         ) per_cooperative group by code`,
        trained.params,
      ),
      connection.execute<Record<string, unknown>[]>(
        `select ${column} as code, count(distinct cs.cooperative_id)::int as coached, count(distinct cs.id)::int as sessions
           from coaching_session cs join program p on p.id = cs.program_id ${placeJoin('cs.cooperative_id')} ${coachingCohortJoin}
          where ${coached.where}
          group by 1`,
        coached.params,
      ),
    ]);
  const fromSummary = async () => {
    const rows = await connection.execute<Record<string, unknown>[]>(
      `select ${scope}_code as code, sum(enrolled)::int as enrolled, sum(trained)::int as trained, sum(women_trained)::int as women,
              sum(men_trained)::int as men, sum(coached)::int as coached, sum(coaching_sessions)::int as sessions
         from figures_by_place where ${scope}_code in (${marks}) group by 1`,
      [...codes],
    );
    return [rows, rows, rows] as const;
  };
  const [[enrolledRows, trainedRows, coachedRows], certifiedRows] = await Promise.all([
    maintained ? fromSummary() : fromRows(),
    scope === 'country' && !programCode
      ? connection.execute<Record<string, unknown>[]>(
          `select t.country_code as code, count(distinct t.id)::int as certified
             from trainer t join certification x on x.trainer_id = t.id
            where t.country_code in (${marks}) and x.stored_status <> 'REVOKED' ${range ? 'and x.issued_on >= ? and x.issued_on < ?' : ''}
            group by 1`,
          [...codes, ...(range ?? [])],
        )
      : Promise.resolve([] as Record<string, unknown>[]),
  ]);

  const result = new Map<string, LearningFigures>(
    codes.map((code) => [code, { ...EMPTY_FIGURES, certifiedTrainers: scope === 'country' && !programCode ? 0 : null }]),
  );
  for (const row of enrolledRows) {
    const f = result.get(String(row.code));
    if (f) f.cooperativesEnrolled = Number(row.enrolled);
  }
  for (const row of trainedRows) {
    const f = result.get(String(row.code));
    if (!f) continue;
    f.cooperativesTrained = Number(row.trained);
    f.womenTrained = Number(row.women);
    f.menTrained = Number(row.men);
    f.participantsTrained = f.womenTrained + f.menTrained;
  }
  for (const row of coachedRows) {
    const f = result.get(String(row.code));
    if (!f) continue;
    f.cooperativesCoached = Number(row.coached);
    f.coachingSessions = Number(row.sessions);
  }
  for (const row of certifiedRows) {
    const f = result.get(String(row.code));
    if (f) f.certifiedTrainers = Number(row.certified);
  }
  return result;
}
