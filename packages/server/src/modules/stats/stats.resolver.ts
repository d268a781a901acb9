import { Arg, Query, Resolver } from 'type-graphql';
import { notImplemented } from '../../common/domain-error.js';
import { StatsInput, StatsRow } from './stats.types.js';

@Resolver(() => StatsRow)
export class StatsResolver {
  @Query(() => [StatsRow])
  waitStats(@Arg('input', () => StatsInput) _input: StatsInput): StatsRow[] {
    throw notImplemented('waitStats');
  }

  @Query(() => String, { description: 'The same rows as waitStats, as CSV (UTF-8 with BOM)' })
  waitStatsCsv(@Arg('input', () => StatsInput) _input: StatsInput): string {
    throw notImplemented('waitStatsCsv');
  }
}
