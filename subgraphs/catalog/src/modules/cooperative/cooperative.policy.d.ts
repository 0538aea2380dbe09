import type { Role } from '@cooplab/kit';
/** Who may see a cooperative's contact details (phone, e-mail, address): partners (and staff). Everything else is public. */
export declare const CONTACT_ROLES: Role[];
