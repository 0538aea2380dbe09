import { Migration } from '@mikro-orm/migrations';
import { cooperativeSearchText } from '../modules/cooperative/cooperative.search.js';

type Row = { name_fr: string; name_ar: string | null; name_en: string | null };

/**
 * A cooperative's search column also covers its activity and the names of its published products (it held its
 * names and registry number): recomputed for the rows that exist. Its trigram index covers it as it is.
 */
export class Migration20261126090000 extends Migration {
  override async up(): Promise<void> {
    const cooperatives = (await this.execute(
      'select id, name_fr, name_ar, name_en, registry_number, activity from cooperative',
    )) as (Row & { id: string; registry_number: string; activity: string })[];
    const products = (await this.execute(
      'select cooperative_id, name_fr, name_ar, name_en from product where published order by id',
    )) as (Row & { cooperative_id: string })[];
    const names = (r: Row) => ({ fr: r.name_fr, ar: r.name_ar, en: r.name_en });
    const byCooperative = new Map<string, Row[]>();
    for (const p of products) byCooperative.set(p.cooperative_id, [...(byCooperative.get(p.cooperative_id) ?? []), p]);
    for (const c of cooperatives) {
      const text = cooperativeSearchText(
        { name: names(c), registryNumber: c.registry_number, activity: c.activity },
        (byCooperative.get(c.id) ?? []).map(names),
      );
      this.addSql(this.getKnex()('cooperative').update({ search_text: text }).where({ id: c.id }));
    }
  }

  override async down(): Promise<void> {
    // Names and registry number only, as before.
    const cooperatives = (await this.execute('select id, name_fr, name_ar, name_en, registry_number from cooperative')) as (Row & {
      id: string;
      registry_number: string;
    })[];
    for (const c of cooperatives) {
      const text = cooperativeSearchText({ name: { fr: c.name_fr, ar: c.name_ar, en: c.name_en }, registryNumber: c.registry_number, activity: '' });
      this.addSql(this.getKnex()('cooperative').update({ search_text: text }).where({ id: c.id }));
    }
  }
}
