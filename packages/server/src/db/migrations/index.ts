import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125030403_foundation } from './Migration20261125030403_foundation.js';
import { Migration20261125034908_queue_engine } from './Migration20261125034908_queue_engine.js';
import { Migration20261125044041_rating_hall_created_at } from './Migration20261125044041_rating_hall_created_at.js';
import { Migration20261125061944_service_queue_alert_threshold } from './Migration20261125061944_service_queue_alert_threshold.js';
import { Migration20261125062924_stats_year_speed } from './Migration20261125062924_stats_year_speed.js';
import { Migration20261125070208_segment_measures } from './Migration20261125070208_segment_measures.js';
import { Migration20261125085136_rate_limit_window } from './Migration20261125085136_rate_limit_window.js';
import { Migration20261125094500_estimate_indexes } from './Migration20261125094500_estimate_indexes.js';
import { Migration20261201200000_counter_holds_one } from './Migration20261201200000_counter_holds_one.js';
import { Migration20261201210000_queue_head_index } from './Migration20261201210000_queue_head_index.js';

/** Committed migrations, oldest first. `pnpm migration:create` writes a new file; list it here. */
import { Migration20261206190000_district_calendar } from './Migration20261206190000_district_calendar.js';
import { Migration20261206200000_public_languages } from './Migration20261206200000_public_languages.js';
import { Migration20261206230000_appointment_settings } from './Migration20261206230000_appointment_settings.js';
import { Migration20261206231000_appointments } from './Migration20261206231000_appointments.js';
import { Migration20261206232000_appointment_cancellation } from './Migration20261206232000_appointment_cancellation.js';
import { Migration20261207010000_appointment_ticket } from './Migration20261207010000_appointment_ticket.js';
import { Migration20261207060000_remote_join } from './Migration20261207060000_remote_join.js';
import { Migration20261207090000_estimate_readings } from './Migration20261207090000_estimate_readings.js';
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125030403_foundation', class: Migration20261125030403_foundation },
  { name: 'Migration20261125034908_queue_engine', class: Migration20261125034908_queue_engine },
  {
    name: 'Migration20261125044041_rating_hall_created_at',
    class: Migration20261125044041_rating_hall_created_at,
  },
  {
    name: 'Migration20261125061944_service_queue_alert_threshold',
    class: Migration20261125061944_service_queue_alert_threshold,
  },
  { name: 'Migration20261125062924_stats_year_speed', class: Migration20261125062924_stats_year_speed },
  { name: 'Migration20261125070208_segment_measures', class: Migration20261125070208_segment_measures },
  { name: 'Migration20261125085136_rate_limit_window', class: Migration20261125085136_rate_limit_window },
  { name: 'Migration20261125094500_estimate_indexes', class: Migration20261125094500_estimate_indexes },
  { name: 'Migration20261201200000_counter_holds_one', class: Migration20261201200000_counter_holds_one },
  { name: 'Migration20261201210000_queue_head_index', class: Migration20261201210000_queue_head_index },
  { name: 'Migration20261206190000_district_calendar', class: Migration20261206190000_district_calendar },
  { name: 'Migration20261206200000_public_languages', class: Migration20261206200000_public_languages },
  {
    name: 'Migration20261206230000_appointment_settings',
    class: Migration20261206230000_appointment_settings,
  },
  { name: 'Migration20261206231000_appointments', class: Migration20261206231000_appointments },
  {
    name: 'Migration20261206232000_appointment_cancellation',
    class: Migration20261206232000_appointment_cancellation,
  },
  { name: 'Migration20261207010000_appointment_ticket', class: Migration20261207010000_appointment_ticket },
  { name: 'Migration20261207060000_remote_join', class: Migration20261207060000_remote_join },
  {
    name: 'Migration20261207090000_estimate_readings',
    class: Migration20261207090000_estimate_readings,
  },
];
