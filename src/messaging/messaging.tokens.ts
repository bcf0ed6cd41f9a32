/** The compiled ICU message catalogues (messages/*.json), loaded once at boot. */
export const MESSAGE_CATALOGUES = Symbol('MESSAGE_CATALOGUES');
