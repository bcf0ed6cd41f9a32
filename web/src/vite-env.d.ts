/// <reference types="vite/client" />

/** The CLDR data of the catalogues' languages (web/vite.config.ts). */
declare module 'virtual:intl-locale-data';
