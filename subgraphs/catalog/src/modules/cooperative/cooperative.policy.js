/** Who may see a cooperative's contact details (phone, e-mail, address): partners (and staff). Everything else is public. */
export const CONTACT_ROLES = ['PARTNER'];
//# sourceMappingURL=cooperative.policy.js.map