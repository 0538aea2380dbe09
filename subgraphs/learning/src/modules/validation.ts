export const PROGRAM_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/;

