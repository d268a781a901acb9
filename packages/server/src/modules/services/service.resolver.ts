import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { notImplemented } from '../../common/domain-error.js';
import type { RequestContext } from '../../graphql/context.js';
import { Hall } from '../halls/hall.entity.js';
import { WaitEstimate } from '../tickets/ticket.types.js';
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

  @FieldResolver(() => Hall)
  async hall(@Root() service: Service): Promise<Hall> {
    return await service.hall.loadOrFail();
  }

  @FieldResolver(() => Int)
  waitingCount(): number {
    throw notImplemented('Service.waitingCount');
  }

  @FieldResolver(() => WaitEstimate, { nullable: true })
  estimate(): WaitEstimate | null {
    throw notImplemented('Service.estimate');
  }
}
