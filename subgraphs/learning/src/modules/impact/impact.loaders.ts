import { defineGroupedLoader } from '@cooplab/kit';
import { EMPTY_FIGURES, learningFigures, type FiguresKey, type LearningFigures } from './impact.figures.js';

/** Figures through one loader: keys are grouped by scope and filters, each group costs one batch of queries. */
export const figuresLoader = defineGroupedLoader<Omit<FiguresKey, 'code'>, LearningFigures>({
  batch: (em, codes, { scope, programCode, year }) => learningFigures(em, scope, codes, programCode, year),
  missing: () => ({ ...EMPTY_FIGURES }),
});
