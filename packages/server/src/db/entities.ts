import { StaffSession } from '../modules/auth/session.entity.js';
import { Counter, CounterService } from '../modules/counters/counter.entity.js';
import { Device } from '../modules/devices/device.entity.js';
import { Hall } from '../modules/halls/hall.entity.js';
import { Service } from '../modules/services/service.entity.js';
import { Staff } from '../modules/staff/staff.entity.js';

/** Every persisted entity, listed explicitly so the same list works from src/ and dist/. */
export const entities = [Hall, Service, Counter, CounterService, Staff, StaffSession, Device];
