import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '../application/application.entity.js';
import { ApplicantKind } from '../awards.enums.js';
import { Award, Edition, EditionSponsor } from '../award/award.entity.js';
import { Prize } from './prize.entity.js';

/** The 360Giving identifier prefix of the graph's own records. */
export const GRANT_PREFIX = '360G-cooplab';

/** One grant of the 360Giving Data Standard (the fields this graph publishes). */
export interface Grant360 {
  identifier: string;
  title: string;
  description: string;
  currency: 'MAD';
  amountAwarded: number;
  awardDate: string;
  recipientOrganization?: { id: string; name: string }[];
  recipientIndividual?: { id: string; name: string };
  fundingOrganization: { id: string; name: string }[];
  grantProgramme: { code: string; title: string }[];
  beneficiaryLocation: { name: string; countryCode: string; geoCode?: string; geoCodeType?: string }[];
}

/** A 360Giving package: `{ grants: [...] }`, one grant a prize. */
export interface Grants360Package {
  grants: Grant360[];
}

const orgId = (id: string) => `${GRANT_PREFIX}-org-${id}`;

/**
 * An edition's prizes as 360Giving grants. Amounts are in MAD (the standard's amounts are decimal numbers in
 * `currency`); a cooperative is the recipient organisation, project holders a recipient individual named by
 * their project only (no personal data is published); each prize's sponsor is its funding organisation.
 */
export async function grants360(em: EntityManager, edition: Edition): Promise<Grants360Package> {
  const [award, prizes, sponsors] = await Promise.all([
    em.findOneOrFail(Award, { id: edition.award.id }),
    em.find(Prize, { edition }, { orderBy: { rank: 'asc' } }),
    em.find(EditionSponsor, { edition }),
  ]);
  const applications = new Map((await em.find(Application, { id: { $in: prizes.map((p) => p.application.id) } })).map((a) => [a.id, a]));
  const sponsorById = new Map(sponsors.map((s) => [s.id, s]));
  const programme = { code: `${award.code}-${edition.year}`, title: `${award.name.fr} ${edition.year}` };
  return {
    grants: prizes.map((prize) => {
      const application = applications.get(prize.application.id)!;
      const sponsor = prize.sponsor ? sponsorById.get(prize.sponsor.id) : undefined;
      const recipient =
        application.kind === ApplicantKind.COOPERATIVE
          ? { recipientOrganization: [{ id: orgId(application.cooperativeId!), name: application.applicantName }] }
          : { recipientIndividual: { id: `${GRANT_PREFIX}-ind-${application.id}`, name: application.applicantName } };
      return {
        identifier: `${GRANT_PREFIX}-prize-${prize.id}`,
        title: `${programme.title}: ${application.projectTitle}`,
        description: `Prize ranked ${prize.rank} of the ${programme.title} edition, awarded to ${application.applicantName}.`,
        currency: 'MAD' as const,
        amountAwarded: prize.amountCentimes / 100,
        awardDate: prize.awardedOn,
        ...recipient,
        fundingOrganization: sponsor ? [{ id: orgId(sponsor.organizationId), name: sponsor.name }] : [],
        grantProgramme: [programme],
        beneficiaryLocation: [
          application.regionCode
            ? { name: application.regionCode, countryCode: application.countryCode, geoCode: application.regionCode, geoCodeType: 'ISO 3166-2' }
            : { name: application.countryCode, countryCode: application.countryCode },
        ],
      };
    }),
  };
}
