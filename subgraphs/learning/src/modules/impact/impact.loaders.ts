import { defineGroupedLoader, type SubgraphContext } from '@cooplab/kit';
import { figureFilters } from './impact.args.js';
import { EMPTY_FIGURES, learningFigures, type FiguresKey, type FiguresScope, type LearningFigures } from './impact.figures.js';

/** Figures through one loader: keys are grouped by scope and filters, each group costs one batch of queries. */
export const figuresLoader = defineGroupedLoader<Omit<FiguresKey, 'code'>, LearningFigures>({
  batch: (em, codes, { scope, programCode, year }) => learningFigures(em, scope, codes, programCode, year),
  missing: () => ({ ...EMPTY_FIGURES }),
});

/** The figures of one region, country, programme or cohort, its filters checked (BAD_USER_INPUT naming the argument). */
export const figuresOf = (ctx: SubgraphContext, scope: FiguresScope, code: string, filters: { programCode?: string | null; year?: number | null }) =>
  figuresLoader(ctx).load({ scope, code, ...figureFilters(filters.programCode, filters.year) });
