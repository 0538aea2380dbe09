import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';

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

/** "Every programme" and "any issuer" in the maintained sums (see the filtered figures migration). */
export const EVERY = '00000000-0000-0000-0000-000000000000';

/** The maintained sums' columns, summed, named as the rows are read. */
const SUMS = `sum(enrolled)::int as enrolled, sum(trained)::int as trained, sum(women_trained)::int as women, sum(men_trained)::int as men,
              sum(coached)::int as coached, sum(coaching_sessions)::int as sessions`;

/**
 * Figures of many places, programmes or cohorts of one scope at once, for any programme and year, read from the
 * sums the database maintains (migrations `…_figures` and `…_filtered_figures`): one statement (two for countries,
 * with their certified trainers) that reads at most one row per place (per cohort) and key, whatever the number of
 * enrolments and sessions. Exact: each sum counts a cooperative once per programme and year (see the migration).
 */
export async function learningFigures(
  em: EntityManager,
  scope: FiguresScope,
  codes: string[],
  programCode: string | null,
  year: number | null,
): Promise<Map<string, LearningFigures>> {
  const marks = codes.map(() => '?').join(', ');
  const connection = em.getConnection();
  // A programme filter names the programme by code: no such programme, no rows.
  const program = programCode ? `(select id from program where code = ?)` : `'${EVERY}'`;
  const programParams = programCode ? [programCode] : [];
  const read = (): Promise<Record<string, unknown>[]> => {
    switch (scope) {
      case 'region':
      case 'country':
        return connection.execute(
          `select ${scope}_code as code, ${SUMS} from figures_by_place
            where program_id = ${program} and year = ? and ${scope}_code in (${marks}) group by 1`,
          [...programParams, year ?? 0, ...codes],
        );
      case 'program':
        return connection.execute(
          `select p.code, ${SUMS} from program p join figures_by_place f on f.program_id = p.id
            where p.code in (${marks}) and f.year = ? ${programCode ? 'and p.code = ?' : ''} group by 1`,
          [...codes, year ?? 0, ...programParams],
        );
      case 'cohort':
        return connection.execute(
          `select f.cohort_id as code, ${SUMS} from figures_by_cohort f
            where f.cohort_id in (${marks}) and f.year = ? ${programCode ? `and f.cohort_id in (select c.id from cohort c where c.program_id = ${program})` : ''}
            group by 1`,
          [...codes, year ?? 0, ...programParams],
        );
    }
  };
  const counted = scope === 'country' && !programCode;
  const [rows, certifiedRows] = await Promise.all([
    read(),
    counted
      ? connection.execute<Record<string, unknown>[]>(
          `select country_code as code, trainers::int as certified from figures_of_certification
            where tool = '' and year = ? and issuer_id = '${EVERY}' and country_code in (${marks})`,
          [year ?? 0, ...codes],
        )
      : Promise.resolve([] as Record<string, unknown>[]),
  ]);

  const result = new Map<string, LearningFigures>(codes.map((code) => [code, { ...EMPTY_FIGURES, certifiedTrainers: counted ? 0 : null }]));
  for (const row of rows) {
    const f = result.get(String(row.code));
    if (!f) continue;
    f.cooperativesEnrolled = Number(row.enrolled);
    f.cooperativesTrained = Number(row.trained);
    f.womenTrained = Number(row.women);
    f.menTrained = Number(row.men);
    f.participantsTrained = f.womenTrained + f.menTrained;
    f.cooperativesCoached = Number(row.coached);
    f.coachingSessions = Number(row.sessions);
  }
  for (const row of certifiedRows) {
    const f = result.get(String(row.code));
    if (f) f.certifiedTrainers = Number(row.certified);
  }
  return result;
}
