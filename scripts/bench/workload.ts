/**
 * The benchmark's workload: operations kept in schema/operations/, each with the caller it runs as, its
 * variables (at two list sizes where it has a list), and a check of its data — not just its status: a benchmark
 * that measures wrong answers measures nothing. Used by `npm run bench` and by its short mode in the suite.
 */
import { readFileSync } from 'node:fs';
import { EXACT_COUNT_LIMIT, foldForSearch, type Role } from '@cooplab/kit';

export const OPERATIONS_DIR = new URL('../../schema/operations/', import.meta.url);

export interface WorkloadOperation {
  /** File name under schema/operations/ without `.graphql`. */
  file: string;
  /** What it stands for in the report. */
  title: string;
  role: Role;
  /** The variables; `first` is the list size when the operation has one. */
  variables(first: number): Record<string, unknown>;
  /** The list sizes the SQL count is compared at (none: the operation has no list). */
  listSizes?: [number, number];
  /** The subgraph it touches alone, if any (measured straight as the floor). */
  onlySubgraph?: string;
  /** Returns what is wrong with the data, or nothing. */
  check(data: any, first: number): string | undefined;
  /** Run once before the operation (through the same runner): finds the ids its variables need. */
  prepare?(runner: Runner): Promise<void>;
}

const all = <T>(items: T[], test: (item: T) => boolean, what: string) => (items.every(test) ? undefined : what);

/** What placing an order needs, found by `prepare` on the data at hand: products on sale near the demo buyer, a partner. */
const shelf = { productIds: [] as string[], partnerId: '' };
let orderNumber = 0;
const BUYER_REGION = 'MA-04';

async function must(runner: Runner, query: string, variables: Record<string, unknown>, role: Role): Promise<any> {
  const res = await runner.query(query, variables, role);
  if (res.errors?.length || !res.data) throw new Error(`workload preparation failed: ${JSON.stringify(res.errors).slice(0, 300)}`);
  return res.data;
}

/**
 * What is wrong with a page of the registry's search for `search`: each cooperative's name holds the words (folded
 * as the search folds them), the page is as full as the count allows, and `totalCount` is exact up to
 * EXACT_COUNT_LIMIT and an estimate past it.
 */
function checkSearch(data: any, first: number, search: string, matches: (count: number) => string | undefined): string | undefined {
  const list = data?.cooperatives;
  const nodes = (list?.edges ?? []).map((e: any) => e.node);
  if (typeof list?.totalCount !== 'number') return 'no totalCount';
  if (nodes.length !== Math.min(first, list.totalCount)) return `expected ${Math.min(first, list.totalCount)} cooperatives on the page, got ${nodes.length}`;
  if (list.totalCountIsEstimate !== list.totalCount > EXACT_COUNT_LIMIT) return `totalCount ${list.totalCount} with totalCountIsEstimate ${list.totalCountIsEstimate}`;
  const words = foldForSearch(search);
  return all(nodes, (n: any) => foldForSearch(n.name.fr).includes(words), `a cooperative whose name lacks "${search}"`) ?? matches(list.totalCount);
}

export const WORKLOAD: WorkloadOperation[] = [
  {
    file: 'bench-marketplace-page',
    title: 'marketplace page (products of a region with a label, and their cooperative)',
    role: 'ANONYMOUS',
    variables: (first) => ({ region: 'MA-09', label: 'ORGANIC', first }),
    listSizes: [5, 20],
    onlySubgraph: 'catalog',
    check(data, first) {
      const nodes = (data?.products?.edges ?? []).map((e: any) => e.node);
      if (nodes.length !== first) return `expected ${first} products, got ${nodes.length}`;
      return (
        all(nodes, (n: any) => n.labels.includes('ORGANIC'), 'a product without the label') ??
        all(nodes, (n: any) => n.cooperative?.region?.code === 'MA-09', 'a product of another region') ??
        (nodes.every((n: any, i: number) => i === 0 || nodes[i - 1].price.centimes <= n.price.centimes) ? undefined : 'not cheapest first')
      );
    },
  },
  {
    file: 'bench-search-selective',
    title: 'registry search with few matches (a name)',
    role: 'ANONYMOUS',
    variables: (first) => ({ search: 'Ittihad des femmes de Ksar El Kebir', first }),
    listSizes: [5, 20],
    onlySubgraph: 'catalog',
    check: (data, first) => checkSearch(data, first, 'Ittihad des femmes de Ksar El Kebir', (count) => (count >= 1 && count <= 100 ? undefined : `expected a few matches, got ${count}`)),
  },
  {
    file: 'bench-search-broad',
    title: "registry search with many matches (the women's cooperatives)",
    role: 'ANONYMOUS',
    variables: (first) => ({ search: 'des femmes', first }),
    listSizes: [5, 20],
    onlySubgraph: 'catalog',
    // About 42% of the registry: hundreds in the demo world, 25,000 at the scale world's full size.
    check: (data, first) => checkSearch(data, first, 'des femmes', (count) => (count >= 100 ? undefined : `expected many matches, got ${count}`)),
  },
  {
    file: 'impact-by-region',
    title: 'partner dashboard (impact per region, catalog and learning)',
    role: 'PARTNER',
    variables: () => ({}),
    check(data) {
      const regions = data?.regions ?? [];
      if (regions.length < 12) return `expected the 12 regions at least, got ${regions.length}`;
      return (
        all(regions, (r: any) => r.cooperativeFigures && r.cooperativeFigures.womenOnlyCooperatives <= r.cooperativeFigures.cooperatives, 'catalog figures missing or inconsistent') ??
        all(regions, (r: any) => r.learningFigures && r.learningFigures.cooperativesTrained <= r.learningFigures.cooperativesEnrolled, 'learning figures missing or inconsistent')
      );
    },
  },
  {
    file: 'bench-cooperative-profiles',
    title: "cooperatives' full profiles across every subgraph",
    role: 'PARTNER',
    variables: (first) => ({ first }),
    listSizes: [5, 20],
    check(data, first) {
      const nodes = (data?.cooperatives?.edges ?? []).map((e: any) => e.node);
      if (nodes.length !== first) return `expected ${first} cooperatives, got ${nodes.length}`;
      return (
        all(nodes, (n: any) => Array.isArray(n.products?.edges) && Array.isArray(n.enrollments) && n.coachingTotals && Array.isArray(n.prizes), 'a profile without its parts') ??
        all(nodes, (n: any) => n.products.edges.length === Math.min(10, n.products.totalCount), 'a first page of products that is not min(10, totalCount) long')
      );
    },
  },
  {
    file: 'learning-verify-certification',
    title: 'certificate verification',
    role: 'ANONYMOUS',
    variables: () => ({}),
    check: (data) => (data?.verifyCertification?.valid === true && data.verifyCertification.certification?.trainerName ? undefined : 'the demo certificate is not valid'),
  },
  {
    file: 'networking-suggest-matches',
    title: 'match suggestions',
    role: 'PARTNER',
    variables: () => ({}),
    check: (data) =>
      data?.cooperatives?.length === 5 && data.cooperatives.every((s: any, i: number) => s.rank === i + 1 && s.cooperative?.name?.fr) ? undefined : 'not 5 ranked suggestions with their cooperative',
  },
  {
    file: 'marketplace-place-order',
    title: 'placing an order (a new idempotency key each time)',
    role: 'BUYER',
    onlySubgraph: 'catalog',
    async prepare(runner) {
      // Ten products on sale in the demo buyer's region, stocked up for any number of orders, and a partner delivering them.
      const data = await must(runner, `query ($region: String!) { products(filter: { regions: [$region], published: true }, first: 10) { edges { node { id } } } }`, { region: BUYER_REGION }, 'ANONYMOUS');
      shelf.productIds = data.products.edges.map((e: any) => e.node.id);
      for (const productId of shelf.productIds) {
        await must(runner, `mutation ($input: AdjustProductStockInput!) { adjustProductStock(input: $input) { stock } }`, { input: { productId, change: 100_000 } }, 'STAFF');
      }
      const quote = await must(
        runner,
        `query ($input: DeliveryQuoteInput!) { deliveryQuote(input: $input) { parts { options { partner { id } } } } }`,
        { input: { deliveryRegionCode: BUYER_REGION, lines: [{ productId: shelf.productIds[0], quantity: 1 }] } },
        'ANONYMOUS',
      );
      shelf.partnerId = quote.deliveryQuote.parts[0].options[0].partner.id;
    },
    variables: () => {
      const n = ++orderNumber;
      return {
        input: {
          idempotencyKey: `bench-${process.pid}-${Date.now()}-${n}`,
          lines: [{ productId: shelf.productIds[n % shelf.productIds.length], quantity: 1 }],
          deliveryAddress: '1 avenue Mohammed V, Rabat',
          deliveryRegionCode: BUYER_REGION,
          deliveryPartnerId: shelf.partnerId,
          contactPhone: '+212 661-123456',
        },
      };
    },
    check: (data) =>
      data?.placeOrder?.status === 'PLACED' && data.placeOrder.lines?.length === 1 && data.placeOrder.total?.centimes > data.placeOrder.subtotal?.centimes
        ? undefined
        : 'no order placed with its line and delivery fee',
  },
  {
    file: 'awards-winners',
    title: "an edition's winners (public)",
    role: 'ANONYMOUS',
    variables: () => ({}),
    check: (data) => {
      const winners = data?.award?.edition?.winners ?? [];
      return winners.length > 0 && winners.every((w: any, i: number) => w.rank >= (winners[i - 1]?.rank ?? 0) && w.winner?.kind) ? undefined : 'no winners by rank';
    },
  },
  {
    file: 'awards-edition-ranking',
    title: "the ranking of an edition's shortlist (staff)",
    role: 'STAFF',
    variables: () => ({}),
    onlySubgraph: 'awards',
    check: (data) => {
      const ranking = data?.award?.edition?.ranking ?? [];
      return ranking.length > 0 && ranking.every((r: any, i: number) => r.rank === i + 1 || r.rank === ranking[i - 1]?.rank) ? undefined : 'no ranking by rank';
    },
  },
];

/** The text of a workload operation. */
export function operationText(op: WorkloadOperation): string {
  return readFileSync(new URL(`${op.file}.graphql`, OPERATIONS_DIR), 'utf8');
}

export interface Runner {
  /** Runs an operation as `role` through the gateway. */
  query(query: string, variables: Record<string, unknown>, role: Role): Promise<{ data?: any; errors?: unknown[] }>;
  /** SQL statements sent so far, over every subgraph. */
  sqlCount(): number;
}

export interface ShortResult {
  file: string;
  /** SQL statements per list size (a single entry for an operation without a list). */
  sql: Record<number, number>;
  problems: string[];
}

/**
 * The short mode: each operation once per list size (after a warm-up), its data checked, its SQL statements
 * counted. Problems are wrong data, errors, and an SQL count that grows with the list size — never a time.
 */
export async function runShort(runner: Runner): Promise<ShortResult[]> {
  const results: ShortResult[] = [];
  for (const op of WORKLOAD) {
    const text = operationText(op);
    const sizes = op.listSizes ?? [20];
    const result: ShortResult = { file: op.file, sql: {}, problems: [] };
    await op.prepare?.(runner);
    await runner.query(text, op.variables(sizes[0]), op.role); // warm-up (plans, caches)
    for (const first of sizes) {
      const before = runner.sqlCount();
      const res = await runner.query(text, op.variables(first), op.role);
      result.sql[first] = runner.sqlCount() - before;
      if (res.errors?.length) result.problems.push(`first=${first}: errors ${JSON.stringify(res.errors).slice(0, 300)}`);
      const wrong = op.check(res.data, first);
      if (wrong) result.problems.push(`first=${first}: ${wrong}`);
    }
    if (op.listSizes && result.sql[op.listSizes[1]]! > result.sql[op.listSizes[0]]!) {
      result.problems.push(`SQL statements grow with the list size: ${JSON.stringify(result.sql)}`);
    }
    results.push(result);
  }
  return results;
}
