import { defineCatalogue } from './define-catalogue.js';

/** The clerk's counter workstation (/counter). Keys start with `workstation.`. */
export const counterMessages = defineCatalogue({}, {});
