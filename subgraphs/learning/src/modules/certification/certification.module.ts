import type { SubgraphModule } from '@cooplab/kit';
import type { LearningRuntime } from '../../runtime.js';
import { Certification, CertificationEvent } from './certification.entity.js';
import { resolveCertificationReference } from './certification.reference.js';
import { CertificationResolver } from './certification.resolver.js';
import { createCredentialResolver } from './credential.resolver.js';

/**
 * ILO COOP certifications of trainers: issue, renew, suspend, reinstate, revoke with their history; checking
 * a verification code; Open Badges credentials signed with the instance's key (hence made with its runtime).
 */
export const createCertificationModule = (runtime: LearningRuntime): SubgraphModule => ({
  name: 'certification',
  entities: [Certification, CertificationEvent],
  resolvers: [CertificationResolver, createCredentialResolver(runtime)],
  references: { Certification: resolveCertificationReference },
});
