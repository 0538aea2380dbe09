import { defineLoader, loadByIds } from '@cooplab/kit';
import { Expert } from './expert.entity.js';

export const expertById = defineLoader<string, Expert | null>((em, ids) => loadByIds(em, Expert, ids));
