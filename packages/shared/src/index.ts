export * from './errors.js';
export * from './enums.js';
export * from './i18n/locale.js';
export * from './i18n/error-messages.js';
export * from './format.js';
export * from './i18n/ui.js';
export * from './call-announcement.js';
