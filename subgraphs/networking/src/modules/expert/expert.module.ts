import type { SubgraphModule } from '@cooplab/kit';
import { Expert } from './expert.entity.js';
import { resolveExpertReference } from './expert.reference.js';
import { ExpertResolver } from './expert.resolver.js';

/** The Rawabit expert pool. */
export const expertModule: SubgraphModule = { name: 'expert', entities: [Expert], resolvers: [ExpertResolver], references: { Expert: resolveExpertReference } };
