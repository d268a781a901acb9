import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Hall } from '../halls/hall.entity.js';
import { exportConfiguration } from './export-configuration.service.js';
import { importConfiguration } from './import-configuration.service.js';

@Resolver()
export class ConfigurationResolver {
  @Query(() => String, {
    description:
      "A district's configuration (halls below it, services, counters, hours, calendar, staff without secrets) as JSON",
  })
  async exportConfiguration(
    @Arg('hallId', () => ID) hallId: string,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return await exportConfiguration(context.em, context.actor, hallId);
  }

  @Mutation(() => [Hall], {
    description:
      "Creates or updates halls, services, counters, hours and calendar from exportConfiguration's JSON",
  })
  async importConfiguration(
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Arg('configuration', () => String) configuration: string,
    @Ctx() context: RequestContext,
  ): Promise<Hall[]> {
    return await importConfiguration(context.em, context.actor, { parentId, configuration });
  }
}
