import { Migration } from '@mikro-orm/migrations';

/**
 * The matching engine's first stratum: profiles store their tags sorted (checkTags), and a btree on the `needs` of
 * open profiles finds those that need exactly a given set of tags (all of them met by a cooperative's offers); one on
 * the number of needs of open profiles gives the engine its bound (the most needs a profile holds).
 */
export class Migration20261126092030 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "network_profile" set "offers" = array(select distinct t from unnest("offers") t order by t), "needs" = array(select distinct t from unnest("needs") t order by t);`);
    this.addSql(`update "expert" set "expertise" = array(select distinct t from unnest("expertise") t order by t);`);
    this.addSql(`create index "network_profile_open_needs" on "network_profile" ("needs") where "open_to_meetings";`);
    this.addSql(`create index "network_profile_open_need_count" on "network_profile" (cardinality("needs")) where "open_to_meetings";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "network_profile_open_need_count";`);
    this.addSql(`drop index "network_profile_open_needs";`);
  }
}
