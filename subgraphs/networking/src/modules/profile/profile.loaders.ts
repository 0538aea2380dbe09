import { defineLoader, loadByIds } from '@cooplab/kit';
import { NetworkProfile } from './profile.entity.js';

export const profileOfCooperative = defineLoader<string, NetworkProfile | null>((em, ids) => loadByIds(em, NetworkProfile, ids, 'cooperativeId', true));
