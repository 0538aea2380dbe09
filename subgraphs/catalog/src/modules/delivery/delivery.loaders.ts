import { defineLoader } from '@cooplab/kit';
import { DeliveryService } from './delivery.entity.js';

/** The delivery offer of organisations, by organisation id; null for organisations that deliver nothing. */
export const deliveryServiceOf = defineLoader<string, DeliveryService | null>(async (em, ids) => {
  const rows = await em.find(DeliveryService, { organization: { $in: [...new Set(ids)] } });
  const byId = new Map(rows.map((row) => [row.organization.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
});
