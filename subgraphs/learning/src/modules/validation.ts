export const PROGRAM_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/;
export const UUID_MESSAGE = 'must be a UUID';

