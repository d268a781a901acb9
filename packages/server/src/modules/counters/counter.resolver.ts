import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { queueDependencies, type RequestContext } from '../../graphql/context.js';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { closeCounter, openCounter, pauseCounter, resumeCounter } from './counter-status.service.js';
import { Counter, CounterService } from './counter.entity.js';
import { createCounter, setCounterServices } from './counter.service.js';
import { CounterServiceInput } from './counter.types.js';

@Resolver(() => Counter)
export class CounterResolver {
  @Mutation(() => Counter)
  async createCounter(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('label', () => String) label: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await createCounter(context.em, context.actor, hallId, label);
  }

  @Mutation(() => Counter)
  async setCounterServices(
    @Arg('counterId', () => ID) counterId: string,
    @Arg('services', () => [CounterServiceInput]) services: CounterServiceInput[],
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await setCounterServices(context.em, context.actor, counterId, services);
  }

  @Mutation(() => Counter)
  async openCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await openCounter(queueDependencies(context), counterId);
  }

  @Mutation(() => Counter)
  async pauseCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await pauseCounter(queueDependencies(context), counterId, reason);
  }

  @Mutation(() => Counter)
  async resumeCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await resumeCounter(queueDependencies(context), counterId);
  }

  @Mutation(() => Counter)
  async closeCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await closeCounter(queueDependencies(context), counterId);
  }

  @FieldResolver(() => Hall)
  async hall(@Root() counter: Counter): Promise<Hall> {
    return await counter.hall.loadOrFail();
  }

  @FieldResolver(() => [CounterService])
  async services(@Root() counter: Counter, @Ctx() context: RequestContext): Promise<CounterService[]> {
    return await context.em.find(
      CounterService,
      { counter: counter.id },
      { orderBy: { rank: 'asc', service: { prefix: 'asc' } }, populate: ['service'] },
    );
  }

  @FieldResolver(() => Staff, { nullable: true })
  async staff(@Root() counter: Counter): Promise<Staff | null> {
    return counter.staff ? await counter.staff.loadOrFail() : null;
  }
}

@Resolver(() => CounterService)
export class CounterServiceResolver {
  @FieldResolver(() => Service)
  async service(@Root() link: CounterService): Promise<Service> {
    return await link.service.loadOrFail();
  }
}
