import { defineLoader, loadByIds } from '@cooplab/kit';
import { Buyer } from './buyer.entity.js';

export const buyerById = defineLoader<string, Buyer | null>((em, ids) => loadByIds(em, Buyer, ids));
