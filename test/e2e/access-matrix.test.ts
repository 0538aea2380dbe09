/**
 * Access on every path, generated from the schema: for every entity type and every field with an access rule
 * (`@authenticated`, `@requiresScopes` in the supergraph), each role asks through the gateway's root query and
 * straight through each subgraph's `_entities`, and must be allowed or refused exactly as ACCESS decides.
 * A field given an access rule without a decision here fails the test.
 */
import { readFile } from 'node:fs/promises';
import { Kind, getNamedType, isLeafType, parse, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloGateway } from '@apollo/gateway';
import { PRINCIPAL_HEADER, signPrincipal, stableId, type Principal } from '@cooplab/kit';
import { CALLERS, postGraphQL } from '@cooplab/kit/testing';
import { withoutSecurityFeatures } from '@cooplab/gateway/gateway';
import { SUPERGRAPH_PATH } from '@cooplab/scripts/supergraph';
import { DEMO_TRAINER, ODCO, startTestGraph, type TestGraph } from '../support/graph.js';

type Caller = keyof typeof CALLERS | 'API_KEY';
const ROLES: Caller[] = ['ANONYMOUS', 'TRAINER', 'COOPERATIVE', 'BUYER', 'PARTNER', 'JURY', 'STAFF', 'API_KEY'];
const ALL = ROLES;
const PARTNERS_STAFF: Caller[] = ['PARTNER', 'API_KEY', 'STAFF'];
const SIGNED_IN: Caller[] = ROLES.filter((r) => r !== 'ANONYMOUS');

/**
 * Who may read each entity (by its root query and `_entities`) and each field with an access rule. The samples
 * below belong to the demo callers (the demo trainer's certification, the demo cooperative), so a role that
 * may see its own appears here.
 */
const ACCESS: Record<string, Caller[]> = {
  Certification: ['TRAINER', ...PARTNERS_STAFF],
  'Certification.verificationCode': ['TRAINER', 'STAFF'],
  'Certification.history': ['TRAINER', 'STAFF'],
  Trainer: ['TRAINER', ...PARTNERS_STAFF],
  'Trainer.email': ['TRAINER', 'STAFF'],
  Cooperative: ALL,
  'Cooperative.phone': PARTNERS_STAFF,
  'Cooperative.email': PARTNERS_STAFF,
  'Cooperative.address': PARTNERS_STAFF,
  'Cooperative.enrollments': PARTNERS_STAFF,
  'Cooperative.coachingSessions': PARTNERS_STAFF,
  'Cooperative.coachingTotals': PARTNERS_STAFF,
  'Cooperative.latestAssessment': PARTNERS_STAFF,
  'Cooperative.developmentPlan': PARTNERS_STAFF,
  'Cooperative.priorityNeeds': PARTNERS_STAFF,
  // Every signed-in caller gets the field; which applications it lists (partners and staff all, a cooperative its
  // own, a juror the assigned ones, others none) is the awards subgraph's application scope, tested there.
  'Cooperative.applications': SIGNED_IN,
  // Networking: the cooperative itself (the demo cooperative is the sample), partners and staff. These carry no
  // @requiresScopes (the rule is per row: the cooperative itself), so only this table and the test record them.
  'Cooperative.networkProfile': ['COOPERATIVE', ...PARTNERS_STAFF],
  'Cooperative.matches': ['COOPERATIVE', ...PARTNERS_STAFF],
  'Cooperative.opportunities': ['COOPERATIVE', ...PARTNERS_STAFF],
  // The marketplace: a cooperative's orders and sales figures are its own members' (the demo cooperative is the
  // sample) and staff's; a delivery partner's deliveries its own organisation's (the sample, ODCO, delivers nothing:
  // its PARTNER callers get an empty list) and staff's; a buyer's orders its own and staff's.
  'Cooperative.orders': ['COOPERATIVE', 'STAFF'],
  'Cooperative.salesFigures': ['COOPERATIVE', 'STAFF'],
  'Organization.deliveries': PARTNERS_STAFF,
  'Buyer.orders': ['BUYER', 'STAFF'],
  Product: ALL,
  // Public; its e-mail and phone read null (no error) for all but partners and staff, which this matrix of
  // allowed / refused does not tell apart: networking's own tests check those values per role.
  Expert: ALL,
  Organization: ALL,
  Country: ALL,
  Region: ALL,
  // Reached only through types that are not entities (cohorts, training sessions, award editions and
  // applications): decided here, tested per role by their subgraph's own tests.
  'Cohort.enrollments': PARTNERS_STAFF,
  'TrainingSession.attendance': PARTNERS_STAFF,
  'Edition.applications': SIGNED_IN,
  'Edition.decidedBy': ['STAFF'],
  'Edition.ranking': ['STAFF'],
  'Application.score': ['STAFF'],
  'Application.juryAssignments': ['JURY', 'STAFF'],
  'NetworkingEvent.participants': ['COOPERATIVE', ...PARTNERS_STAFF],
  'NetworkingEvent.meetings': ['COOPERATIVE', ...PARTNERS_STAFF],
};

/** How each entity is reached at the root of the graph, with its sample's key. */
const SAMPLES: Record<string, { root: string; key: Record<string, string> }> = {
  Certification: { root: 'certification(id: $id)', key: { id: '' } },
  Trainer: { root: 'trainer(id: $id)', key: { id: DEMO_TRAINER } },
  Cooperative: { root: 'cooperative(id: $id)', key: { id: stableId('cooperative', 'RC-01-2020-0001') } },
  Product: { root: 'product(id: $id)', key: { id: '' } },
  Organization: { root: 'organization(id: $id)', key: { id: ODCO } },
  Country: { root: 'country(code: $code)', key: { code: 'MA' } },
  Region: { root: 'region(code: $code)', key: { code: 'MA-09' } },
  Expert: { root: 'expert(id: $id)', key: { id: '' } },
};

let t: TestGraph;
let supergraph: string;

beforeAll(async () => {
  t = await startTestGraph();
  supergraph = await readFile(SUPERGRAPH_PATH, 'utf8');
  const me = await t.query<{ me: { trainer: { certifications: { id: string }[] } } }>(`{ me { trainer { certifications { id } } } }`, {}, t.tokens.TRAINER);
  SAMPLES.Certification!.key.id = me.data!.me.trainer.certifications[0]!.id;
  const experts = await t.query<{ experts: { edges: { node: { id: string } }[] } }>(`{ experts(first: 1) { edges { node { id } } } }`);
  SAMPLES.Expert!.key.id = experts.data!.experts.edges[0]!.node.id;
  // A published product: an unpublished one is its cooperative's partners' and staff's only (product.policy.ts).
  const coop = await t.query<{ cooperative: { products: { edges: { node: { id: string; published: boolean } }[] } } }>(
    `query ($id: ID!) { cooperative(id: $id) { products(first: 100) { edges { node { id published } } } } }`,
    SAMPLES.Cooperative!.key,
    t.tokens.STAFF,
  );
  SAMPLES.Product!.key.id = coop.data!.cooperative.products.edges.find((e) => e.node.published)!.node.id;
});
afterAll(async () => {
  await t?.stop();
});

/** Fields of the supergraph carrying an access rule, as `Type.field`, and the entity types (with a @key). */
function accessRules(sdl: string): { ruled: string[]; entities: string[] } {
  const ruled: string[] = [];
  const entities: string[] = [];
  for (const d of parse(sdl).definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    if (d.directives?.some((x) => x.name.value === 'join__type' && x.arguments?.some((a) => a.name.value === 'key'))) entities.push(d.name.value);
    if (d.name.value === 'Query' || d.name.value === 'Mutation') continue;
    for (const f of d.fields ?? []) {
      if (f.directives?.some((x) => x.name.value === 'authenticated' || x.name.value === 'requiresScopes')) ruled.push(`${d.name.value}.${f.name.value}`);
    }
  }
  return { ruled: ruled.sort(), entities: entities.sort() };
}

/** Which subgraphs resolve each field of an entity (those listed by @join__field, else every graph of the type). */
function fieldGraphs(sdl: string, type: string): Map<string, string[]> {
  const def = parse(sdl).definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === type);
  if (!def || def.kind !== Kind.OBJECT_TYPE_DEFINITION) return new Map();
  const graphOf = (args: readonly { name: { value: string }; value: { kind: string; value?: string } }[] | undefined) =>
    String(args?.find((a) => a.name.value === 'graph')?.value.value ?? '').toLowerCase();
  const typeGraphs = (def.directives ?? []).filter((x) => x.name.value === 'join__type').map((x) => graphOf(x.arguments as never));
  return new Map(
    (def.fields ?? []).map((f) => {
      const joins = (f.directives ?? []).filter((x) => x.name.value === 'join__field' && !x.arguments?.some((a) => a.name.value === 'external'));
      return [f.name.value, joins.length ? joins.map((x) => graphOf(x.arguments as never)).filter(Boolean) : typeGraphs];
    }),
  );
}

const allowed = (type: string, field: string, caller: Caller) =>
  (ACCESS[type] ?? []).includes(caller) && (ACCESS[`${type}.${field}`] ?? ALL).includes(caller);

describe('access decisions', () => {
  it('cover every field with an access rule and every entity type of the supergraph', () => {
    const { ruled, entities } = accessRules(supergraph);
    expect(ruled.filter((f) => !(f in ACCESS)), 'fields with an access rule and no decision').toEqual([]);
    expect(entities.filter((e) => !(e in ACCESS) || !(e in SAMPLES)), 'entity types without a decision or a sample').toEqual([]);
    // A decision may also cover a field whose rule is per row and so not in the SDL; it must name a real field.
    const fields = new Set(
      parse(supergraph).definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION ? (d.fields ?? []).map((f) => `${d.name.value}.${f.name.value}`) : [])),
    );
    expect(Object.keys(ACCESS).filter((k) => k.includes('.') && !fields.has(k)), 'decisions about fields that do not exist').toEqual([]);
  });
});

describe('each role, each path', () => {
  const principal = (caller: Caller): Principal =>
    caller === 'API_KEY' ? { role: 'PARTNER', subject: 'api-key:matrix', organizationId: ODCO } : CALLERS[caller];
  const token = (caller: Caller) => (caller === 'ANONYMOUS' ? undefined : caller === 'API_KEY' ? t.partnerApiKey : t.tokens[caller]);

  it('answers every entity field to every role the same through the gateway and through _entities, as decided', async () => {
    const gateway = new ApolloGateway({ supergraphSdl: withoutSecurityFeatures(supergraph) });
    const { schema } = await gateway.load();
    await gateway.stop();
    const mismatches: string[] = [];
    let checked = 0;
    for (const type of Object.keys(SAMPLES)) {
      const object = schema.getType(type) as GraphQLObjectType;
      const graphs = fieldGraphs(supergraph, type);
      const sample = SAMPLES[type]!;
      const keyVars = Object.keys(sample.key)
        .map((k) => `$${k}: ${k === 'id' ? 'ID!' : 'String!'}`)
        .join(', ');
      const fields = Object.values(object.getFields()).filter((f) => !f.args.some((a) => a.type.toString().endsWith('!')));
      const jobs: (() => Promise<void>)[] = [];
      for (const field of fields) {
        const selection = `${field.name}${isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'}`;
        for (const caller of ROLES) {
          const expected = allowed(type, field.name, caller);
          jobs.push(async () => {
            const root = await t.query(`query (${keyVars}) { ${sample.root} { ${selection} } }`, sample.key, token(caller));
            const rootAllowed = !root.errors?.length && root.data?.[sample.root.split('(')[0]!] != null;
            if (rootAllowed !== expected) mismatches.push(`gateway ${type}.${field.name} as ${caller}: ${rootAllowed ? 'allowed' : 'refused'}, decided ${expected ? 'allowed' : 'refused'}`);
            for (const graph of graphs.get(field.name) ?? []) {
              const url = t.graph.subgraphs[graph]!.url;
              const signed = await signPrincipal(principal(caller), t.internalSecret);
              const direct = await postGraphQL<{ _entities: unknown[] }>(
                url,
                `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`,
                { r: [{ __typename: type, ...sample.key }] },
                { [PRINCIPAL_HEADER]: signed },
              );
              const directAllowed = !direct.errors?.length && direct.data?._entities?.[0] != null;
              if (directAllowed !== expected) mismatches.push(`_entities of ${graph} ${type}.${field.name} as ${caller}: ${directAllowed ? 'allowed' : 'refused'}, decided ${expected ? 'allowed' : 'refused'}`);
              checked++;
            }
          });
        }
      }
      for (let i = 0; i < jobs.length; i += 8) await Promise.all(jobs.slice(i, i + 8).map((job) => job()));
    }
    expect(checked).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });
});
