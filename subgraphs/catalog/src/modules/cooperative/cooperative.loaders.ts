import { defineLoader, loadByIds } from '@cooplab/kit';
import { Cooperative } from './cooperative.entity.js';

export const cooperativeById = defineLoader<string, Cooperative | null>((em, ids) => loadByIds(em, Cooperative, ids));
