import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '@cooplab/kit';

/** The languages of a name, as stored or as given. */
export type Names = { fr: string; ar?: string | null; en?: string | null };

const names = (n: Names) => [n.fr, n.ar, n.en];

/**
 * What the search column of a cooperative holds, folded (see foldForSearch): its names, registry number and
 * activity, and the names of its published products, so that "argan" finds the cooperatives that press argan
 * oil. Unpublished products stay out: anyone may search, and their names are not public.
 */
export function cooperativeSearchText(c: { name: Names; registryNumber: string; activity: string }, publishedProductNames: readonly Names[] = []): string {
  return foldForSearch([...names(c.name), c.registryNumber, c.activity, ...publishedProductNames.flatMap(names)].filter(Boolean).join(' '));
}

type Row = { name_fr: string; name_ar: string | null; name_en: string | null };
const rowNames = (r: Row): Names => ({ fr: r.name_fr, ar: r.name_ar, en: r.name_en });

/**
 * Recomputes a cooperative's search column from the database, in the transaction of `em` (pending changes are
 * flushed first). Called by every write that changes what the column covers: the cooperative's names or
 * activity, a product's name or publication.
 */
export async function refreshCooperativeSearchText(em: EntityManager, cooperativeId: string): Promise<void> {
  await em.flush();
  const [cooperative] = await em.execute<(Row & { registry_number: string; activity: string })[]>(
    'select name_fr, name_ar, name_en, registry_number, activity from cooperative where id = ?',
    [cooperativeId],
  );
  if (!cooperative) return;
  const products = await em.execute<Row[]>('select name_fr, name_ar, name_en from product where cooperative_id = ? and published order by id', [cooperativeId]);
  const text = cooperativeSearchText(
    { name: rowNames(cooperative), registryNumber: cooperative.registry_number, activity: cooperative.activity },
    products.map(rowNames),
  );
  await em.execute('update cooperative set search_text = ? where id = ?', [text, cooperativeId]);
}
