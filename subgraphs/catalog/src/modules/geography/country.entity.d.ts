import { PrimaryKeyProp } from '@mikro-orm/postgresql';
import { LocalizedText } from '@cooplab/kit';
export declare class Country {
    [PrimaryKeyProp]?: 'code';
    code: string;
    name: LocalizedText;
}
