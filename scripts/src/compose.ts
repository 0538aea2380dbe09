/**
 * `npm run compose` writes schema/<subgraph>.graphql and schema/supergraph.graphql.
 * `npm run compose -- --check` fails when they are stale, or when composition reports an error or a hint.
 * Both also cover schema/operations.manifest.json, the persisted operations of schema/operations/.
 */
import { buildManifest, manifestIsCurrent, writeManifest } from './operations.js';
import { compose, staleFiles, writeComposition } from './supergraph.js';
import { subgraphs } from './subgraphs.js';

const check = process.argv.includes('--check');
try {
  const composition = await compose(subgraphs);
  for (const hint of composition.hints) console.warn(`hint: ${hint}`);
  if (check) {
    const stale = await staleFiles(composition);
    const manifest = await buildManifest();
    if (!(await manifestIsCurrent(manifest))) stale.push('schema/operations.manifest.json');
    if (stale.length) {
      console.error(`schema/ is stale; run \`npm run compose\`:\n${stale.map((s) => `  - ${s}`).join('\n')}`);
      process.exit(1);
    }
    if (composition.hints.length) {
      console.error('composition reported hints (see above): resolve them');
      process.exit(1);
    }
    console.log('schema/ is up to date and composes cleanly');
  } else {
    for (const path of await writeComposition(composition)) console.log(`wrote ${path}`);
    console.log(`wrote ${await writeManifest(await buildManifest())}`);
  }
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
