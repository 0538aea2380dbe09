import { defineLoader, loadByIds } from '@cooplab/kit';
import { Trainer } from './trainer.entity.js';

export const trainerById = defineLoader<string, Trainer | null>((em, ids) => loadByIds(em, Trainer, ids));
