import { defineLoader, loadGrouped } from '@cooplab/kit';
import { TrainingAttendance } from './training.entity.js';

export const attendanceOfSession = defineLoader<string, TrainingAttendance[]>((em, ids) =>
  loadGrouped(em, TrainingAttendance, 'session', ids, { orderBy: { cooperativeId: 'asc' } }),
);
