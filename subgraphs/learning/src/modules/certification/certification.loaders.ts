import { defineLoader, loadByIds, loadGrouped } from '@cooplab/kit';
import { Certification, CertificationEvent } from './certification.entity.js';

export const certificationById = defineLoader<string, Certification | null>((em, ids) => loadByIds(em, Certification, ids));
export const certificationsOfTrainer = defineLoader<string, Certification[]>((em, ids) =>
  loadGrouped(em, Certification, 'trainer', ids, { orderBy: { issuedOn: 'asc', id: 'asc' } }),
);
export const eventsOfCertification = defineLoader<string, CertificationEvent[]>((em, ids) =>
  loadGrouped(em, CertificationEvent, 'certification', ids, { orderBy: { at: 'asc', id: 'asc' } }),
);
