import { Migration } from '@mikro-orm/migrations';

export class Migration20261126092547 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "award" drop constraint if exists "award_target_check";`);

    this.addSql(`alter table "award" add constraint "award_target_check" check("target" in ('WOMEN_COOPERATIVES', 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS', 'COOPERATIVES'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "award" drop constraint if exists "award_target_check";`);

    this.addSql(`alter table "award" add constraint "award_target_check" check("target" in ('WOMEN_COOPERATIVES', 'YOUNG_COOPERATIVES_AND_PROJECT_HOLDERS'));`);
  }

}
