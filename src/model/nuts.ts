/** NUTS codes: two letters, then up to three letters or digits (DEA34, NL213, BE2). */
export const NUTS_CODE = /^[A-Z]{2}[A-Z0-9]{0,3}$/;

/** Cooperation area ids as the areas data names them (euregio_maas_rijn). */
export const AREA_ID = /^[a-z0-9_]{1,60}$/;
