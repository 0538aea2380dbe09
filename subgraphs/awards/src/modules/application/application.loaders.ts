import { defineLoader, loadByIds, loadGrouped } from '@cooplab/kit';
import { Application, ProjectHolder } from './application.entity.js';

export const applicationById = defineLoader<string, Application | null>((em, ids) => loadByIds(em, Application, ids));

/** A cooperative's applications, newest edition first. */
export const applicationsOfCooperative = defineLoader<string, Application[]>((em, ids) =>
  loadGrouped(em, Application, 'cooperativeId', ids, { orderBy: { createdAt: 'desc', id: 'asc' } }),
);

/** An application's project holders, lead first. */
export const holdersOfApplication = defineLoader<string, ProjectHolder[]>((em, ids) =>
  loadGrouped(em, ProjectHolder, 'application', ids, { orderBy: { position: 'asc' } }),
);
