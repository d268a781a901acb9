import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import { PostgresFailureRateLimiter, PostgresRequestRateLimiter } from './postgres-rate-limiter.js';
import {
  FailureRateLimiter,
  RequestRateLimiter,
  type FailureLimiter,
  type RequestLimiter,
} from './rate-limiter.js';

/** Failed logins, counted per username and per client address. */
export interface LoginLimiter {
  byUsername: FailureLimiter;
  byAddress: FailureLimiter;
}

/** The app's limits: failed logins, and requests per minute (issues per kiosk; access-code requests and bookings without a login per address). */
export interface RateLimits {
  loginLimiter: LoginLimiter;
  requestLimits: { kioskIssues: RequestLimiter; accessCodes: RequestLimiter; onlineBookings: RequestLimiter };
}

/** Failed logins allowed per username, and per client address, in a window of 15 minutes. */
const loginFailuresPerUsername = 5;
const loginFailuresPerAddress = 30;
const loginWindowSeconds = 15 * 60;

/**
 * The login and request limiters. One server (EVENT_BUS=memory) counts in memory; several
 * instances (EVENT_BUS=postgres or redis) count in PostgreSQL, so a kiosk or an address cannot
 * multiply its allowance by the number of instances behind the load balancer.
 */
export function createRateLimits(config: AppConfig, orm: MikroORM<PostgreSqlDriver>): RateLimits {
  const { clock } = config;
  if (config.eventBus === 'memory') {
    return {
      loginLimiter: {
        byUsername: new FailureRateLimiter(loginFailuresPerUsername, loginWindowSeconds, clock),
        byAddress: new FailureRateLimiter(loginFailuresPerAddress, loginWindowSeconds, clock),
      },
      requestLimits: {
        kioskIssues: new RequestRateLimiter(config.kioskIssuesPerMinute, clock),
        accessCodes: new RequestRateLimiter(config.accessCodeRequestsPerMinute, clock),
        onlineBookings: new RequestRateLimiter(config.onlineBookingsPerMinute, clock),
      },
    };
  }
  return {
    loginLimiter: {
      byUsername: new PostgresFailureRateLimiter(
        orm,
        'login-username',
        loginFailuresPerUsername,
        loginWindowSeconds,
        clock,
      ),
      byAddress: new PostgresFailureRateLimiter(
        orm,
        'login-address',
        loginFailuresPerAddress,
        loginWindowSeconds,
        clock,
      ),
    },
    requestLimits: {
      kioskIssues: new PostgresRequestRateLimiter(orm, 'kiosk-issues', config.kioskIssuesPerMinute, clock),
      accessCodes: new PostgresRequestRateLimiter(
        orm,
        'access-codes',
        config.accessCodeRequestsPerMinute,
        clock,
      ),
      onlineBookings: new PostgresRequestRateLimiter(
        orm,
        'online-bookings',
        config.onlineBookingsPerMinute,
        clock,
      ),
    },
  };
}
