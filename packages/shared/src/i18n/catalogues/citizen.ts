import { defineCatalogue } from './define-catalogue.js';

/** The kiosk (/kiosk) and the citizen's phone page (/t/:accessCode). Keys start with `citizen.`. */
export const citizenMessages = defineCatalogue({}, {});
