import { Migration } from '@mikro-orm/migrations';

/**
 * A region's cooperatives by (region, id): a region filter joined to products, or counted, reads the index alone
 * instead of the cooperative table. Replaces the index on region_code alone. (The generator also proposed dropping
 * what earlier migrations wrote by hand — trigram and partial indexes, checks — which the entities do not describe:
 * left out.)
 */
export class Migration20261126134415_region_id_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "cooperative_region_code_id_index" on "cooperative" ("region_code", "id");`);
    this.addSql(`drop index "cooperative_region_code_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "cooperative_region_code_index" on "cooperative" ("region_code");`);
    this.addSql(`drop index "cooperative_region_code_id_index";`);
  }
}
