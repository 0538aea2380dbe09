import { PrimaryKeyProp } from '@mikro-orm/postgresql';
import { LocalizedText } from '@cooplab/kit';
import { Country } from './country.entity.js';
export declare class Region {
    [PrimaryKeyProp]?: 'code';
    code: string;
    name: LocalizedText;
    country: Country;
    capital: string;
    latitude: number;
    longitude: number;
}
