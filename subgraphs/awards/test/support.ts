import { randomUUID } from 'node:crypto';
import type { Principal } from '@cooplab/kit';

export const STAFF: Principal = { role: 'STAFF', subject: 'staff-1' };
export const PARTNER: Principal = { role: 'PARTNER', subject: 'partner-1', organizationId: randomUUID() };
export const juror = (subject: string): Principal => ({ role: 'JURY', subject });
export const cooperative = (cooperativeId: string): Principal => ({ role: 'COOPERATIVE', subject: `member-${cooperativeId.slice(0, 8)}`, cooperativeId });

type Res = { errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] };
export const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
export const fieldsOf = (res: Res) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);

/** An ISO date `days` from today (UTC). */
export function daysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
