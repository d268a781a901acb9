import { defineCatalogue } from './define-catalogue.js';

/** The manager console (/manager) and the administration (/admin). Keys start with `console.`. */
export const managerMessages = defineCatalogue({}, {});
