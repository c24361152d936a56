/**
 * An e-mail address as ajv-formats' `email` format takes it (the format the config's contacts
 * are checked with): ASCII, one @, a dotted domain. A full-width at sign or letter is refused, not converted.
 */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export const isEmail = (text: string): boolean => EMAIL.test(text);
