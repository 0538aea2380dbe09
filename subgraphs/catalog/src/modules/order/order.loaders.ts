import { defineLoader, loadByIds, loadGrouped } from '@cooplab/kit';
import { Order, OrderLine } from './order.entity.js';

export const orderById = defineLoader<string, Order | null>((em, ids) => loadByIds(em, Order, ids));
export const linesOfOrder = defineLoader<string, OrderLine[]>((em, ids) => loadGrouped(em, OrderLine, 'order', ids, { orderBy: { id: 'asc' } }));
