import { OptionalProps } from '@mikro-orm/postgresql';
import { LocalizedText } from '@cooplab/kit';
import { CooperativeStatus, Sector } from '../catalog.enums.js';
import { Country } from '../geography/country.entity.js';
import { Region } from '../geography/region.entity.js';
/** A cooperative is women-only when every member is a woman. One definition, used by fields and filters. */
export declare const isWomenOnly: (c: Pick<Cooperative, "membersTotal" | "membersWomen">) => boolean;
export declare const WOMEN_ONLY_SQL: (alias: string) => string;
/** A cooperative is youth-led when young members (18–35) are more than half of its members. */
export declare const isYouthLed: (c: Pick<Cooperative, "membersTotal" | "membersYouth">) => boolean;
export declare const YOUTH_LED_SQL: (alias: string) => string;
export declare class Cooperative {
    [OptionalProps]?: 'membersMen' | 'womenOnly' | 'youthLed' | 'createdAt' | 'updatedAt';
    id: string;
    registryNumber: string;
    name: LocalizedText;
    /** Folded names and registry number (see foldForSearch), for case- and accent-insensitive search. */
    searchText: string;
    sector: Sector;
    activity: string;
    region?: Region | null;
    province?: string | null;
    commune?: string | null;
    country: Country;
    foundedOn: string;
    membersTotal: number;
    membersWomen: number;
    membersYouth: number;
    get membersMen(): number;
    get womenOnly(): boolean;
    get youthLed(): boolean;
    status: CooperativeStatus;
    phone?: string | null;
    email?: string | null;
    address?: string | null;
    createdAt: Date;
    updatedAt: Date;
}
