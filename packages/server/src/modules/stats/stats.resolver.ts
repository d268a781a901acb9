import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { waitStats, waitStatsCsv, type StatsDependencies } from './stats.service.js';
import { StatsInput, StatsRow } from './stats.types.js';

function statsDependencies(context: RequestContext): StatsDependencies {
  return { em: context.em, actor: context.actor, now: context.app.clock(), locale: context.locale };
}

@Resolver(() => StatsRow)
export class StatsResolver {
  @Query(() => [StatsRow])
  async waitStats(
    @Arg('input', () => StatsInput) input: StatsInput,
    @Ctx() context: RequestContext,
  ): Promise<StatsRow[]> {
    return await waitStats(statsDependencies(context), input);
  }

  @Query(() => String, { description: 'The same rows as waitStats, as CSV (UTF-8 with BOM)' })
  async waitStatsCsv(
    @Arg('input', () => StatsInput) input: StatsInput,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return await waitStatsCsv(statsDependencies(context), input);
  }
}
