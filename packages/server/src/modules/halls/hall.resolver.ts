import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { compareLabels } from '../../common/labels.js';
import type { RequestContext } from '../../graphql/context.js';
import { reachesHall } from '../auth/access.js';
import { Counter } from '../counters/counter.entity.js';
import { Service } from '../services/service.entity.js';
import { Hall } from './hall.entity.js';
import type { LocalizedText } from '@onestop/shared';
import { createHall } from './hall-tree.service.js';
import { namesOf } from './localized-names.js';
import { LocalizedTextType } from './localized-text.types.js';
import { findHall, listHalls, updateHall } from './hall.service.js';
import { CreateHallInput, HallSettingsInput } from './hall.types.js';

@Resolver(() => Hall)
export class HallResolver {
  @Query(() => [Hall])
  async halls(@Ctx() context: RequestContext): Promise<Hall[]> {
    return await listHalls(context.em, context.actor);
  }

  @Query(() => Hall, { nullable: true })
  async hall(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Hall | null> {
    return await findHall(context.em, context.actor, id);
  }

  @Mutation(() => Hall)
  async createHall(
    @Arg('input', () => CreateHallInput) input: CreateHallInput,
    @Ctx() context: RequestContext,
  ): Promise<Hall> {
    return await createHall(context.em, context.actor, input);
  }

  @Mutation(() => Hall)
  async updateHall(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('input', () => HallSettingsInput) input: HallSettingsInput,
    @Ctx() context: RequestContext,
  ): Promise<Hall> {
    return await updateHall(context.em, context.actor, hallId, input);
  }

  @FieldResolver(() => [LocalizedTextType])
  names(@Root() hall: Hall): LocalizedText[] {
    return namesOf(hall);
  }

  /** The parent hall, when the caller reaches it. */
  @FieldResolver(() => Hall, { nullable: true })
  async parent(@Root() hall: Hall, @Ctx() context: RequestContext): Promise<Hall | null> {
    if (!hall.parent || !(await reachesHall(context.actor, hall.parent.id))) return null;
    return await hall.parent.load();
  }

  /** Child halls the caller reaches. */
  @FieldResolver(() => [Hall])
  async children(@Root() hall: Hall, @Ctx() context: RequestContext): Promise<Hall[]> {
    const children = await context.em.find(Hall, { parent: hall.id }, { orderBy: { code: 'asc' } });
    const reachable = await Promise.all(children.map((child) => reachesHall(context.actor, child.id)));
    return children.filter((_, index) => reachable[index]);
  }

  @FieldResolver(() => [Service])
  async services(@Root() hall: Hall, @Ctx() context: RequestContext): Promise<Service[]> {
    return await context.em.find(Service, { hall: hall.id }, { orderBy: { prefix: 'asc' } });
  }

  @FieldResolver(() => [Counter])
  async counters(@Root() hall: Hall, @Ctx() context: RequestContext): Promise<Counter[]> {
    const counters = await context.em.find(Counter, { hall: hall.id });
    return counters.sort((left, right) => compareLabels(left.label, right.label));
  }
}
