import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Hall } from '../halls/hall.entity.js';
import { serviceDayOf } from '@onestop/shared';
import { estimateForService, waitingToday } from '../tickets/queue-readings.js';
import { WaitEstimate } from '../tickets/ticket.types.js';
import type { LocalizedText } from '@onestop/shared';
import { namesOf } from '../halls/localized-names.js';
import { LocalizedTextType } from '../halls/localized-text.types.js';
import { Service } from './service.entity.js';
import { createService, updateService } from './service.service.js';
import { ServiceInput } from './service.types.js';

@Resolver(() => Service)
export class ServiceResolver {
  @Mutation(() => Service)
  async createService(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('input', () => ServiceInput) input: ServiceInput,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return await createService(context.em, context.actor, hallId, input);
  }

  @Mutation(() => Service)
  async updateService(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('input', () => ServiceInput) input: ServiceInput,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return await updateService(context.em, context.actor, serviceId, input);
  }

  @FieldResolver(() => [LocalizedTextType])
  names(@Root() service: Service): LocalizedText[] {
    return namesOf(service);
  }

  @FieldResolver(() => Hall)
  async hall(@Root() service: Service): Promise<Hall> {
    return await service.hall.loadOrFail();
  }

  /** WAITING tickets of the service today that can be called (remote ones not checked in are not). */
  @FieldResolver(() => Int)
  async waitingCount(@Root() service: Service, @Ctx() context: RequestContext): Promise<number> {
    return await waitingToday(context.em, service, context.app.clock());
  }

  /** The wait range a citizen taking a ticket now would be given. */
  @FieldResolver(() => WaitEstimate, { nullable: true })
  async estimate(@Root() service: Service, @Ctx() context: RequestContext): Promise<WaitEstimate> {
    const now = context.app.clock();
    const hall = await service.hall.loadOrFail();
    const waiting = await waitingToday(context.em, service, now);
    return await estimateForService(context.em, service, waiting, serviceDayOf(now, hall.timezone), now);
  }
}
