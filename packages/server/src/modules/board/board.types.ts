import { AlertKind, CounterStatus, HallEventType } from '@onestop/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Counter } from '../counters/counter.entity.js';
import { Device } from '../devices/device.entity.js';
import { Service } from '../services/service.entity.js';
import { WaitEstimate } from '../tickets/ticket.types.js';

@ObjectType('Call')
export class Call {
  @Field(() => Int)
  seq!: number;

  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  ticketNumber!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => String)
  serviceName!: string;

  @Field(() => ID)
  counterId!: string;

  @Field(() => String)
  counterLabel!: string;

  @Field(() => Date)
  calledAt!: Date;

  @Field(() => Int)
  recallCount!: number;
}

@ObjectType('ServiceQueue')
export class ServiceQueue {
  @Field(() => Service)
  service!: Service;

  @Field(() => Int, {
    description: 'Tickets waiting that can be called: remote tickets not checked in yet are counted apart',
  })
  waiting!: number;

  @Field(() => Int, { description: 'Remote tickets (远程取号) waiting, not checked in at the hall yet' })
  remoteWaiting!: number;

  @Field(() => Int, {
    description: 'Remote tickets checked in at the hall and still waiting (among `waiting`)',
  })
  remoteCheckedIn!: number;

  @Field(() => WaitEstimate, { nullable: true })
  estimate!: WaitEstimate | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the longest-waiting ticket of the service queued (null when nobody waits)',
  })
  oldestQueuedAt!: Date | null;
}

@ObjectType('CounterState')
export class CounterState {
  @Field(() => Counter)
  counter!: Counter;

  @Field(() => CounterStatus)
  status!: CounterStatus;

  @Field(() => String, { nullable: true })
  ticketNumber!: string | null;
}

@ObjectType('Board', { description: 'Everything a wall display shows. Public: it carries no personal data.' })
export class Board {
  @Field(() => ID)
  hallId!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => Date)
  at!: Date;

  @Field(() => [ServiceQueue])
  queues!: ServiceQueue[];

  @Field(() => [Call])
  recentCalls!: Call[];

  @Field(() => [CounterState])
  counters!: CounterState[];

  @Field(() => String, {
    nullable: true,
    description:
      'A code the wall display shows as a QR, changing every minute: scanning it checks a remote ticket in',
  })
  checkInCode!: string | null;

  /** The minute `checkInCode` belongs to (remote-join/check-in-code.ts), so a feed knows when it is stale. */
  checkInCodeMinute!: number | null;
}

@ObjectType('Alert')
export class Alert {
  @Field(() => AlertKind)
  kind!: AlertKind;

  @Field(() => String)
  message!: string;

  @Field(() => Date)
  since!: Date;

  @Field(() => Service, { nullable: true })
  service!: Service | null;

  @Field(() => Counter, { nullable: true })
  counter!: Counter | null;

  @Field(() => Device, { nullable: true })
  device!: Device | null;
}

@ObjectType('HallStatus', { description: 'What a manager watches: the board plus staff, devices and alerts' })
export class HallStatus {
  @Field(() => ID)
  hallId!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => Board)
  board!: Board;

  @Field(() => [Counter])
  counters!: Counter[];

  @Field(() => [Device])
  devices!: Device[];

  @Field(() => [Alert])
  alerts!: Alert[];
}

/** One event of a hall's log; ticket and counter are resolved on demand by BoardResolver. */
@ObjectType('HallEvent')
export class HallEvent {
  @Field(() => ID)
  hallId!: string;

  @Field(() => Int, { description: 'Per hall, gapless and increasing' })
  seq!: number;

  @Field(() => HallEventType)
  type!: HallEventType;

  @Field(() => Date)
  at!: Date;

  ticketId!: string | null;
  counterId!: string | null;

  @Field(() => Call, { nullable: true })
  call!: Call | null;
}
