import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { reachesHall } from '../auth/access.js';
import { Hall } from '../halls/hall.entity.js';
import { Staff } from './staff.entity.js';
import { createStaff, listStaff, resetPassword, updateStaff } from './staff.service.js';
import { StaffInput } from './staff.types.js';

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => [Staff])
  async staff(
    @Arg('hallId', () => ID, { nullable: true }) hallId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Staff[]> {
    return await listStaff(context.em, context.actor, hallId ?? null);
  }

  @Mutation(() => Staff)
  async createStaff(
    @Arg('input', () => StaffInput) input: StaffInput,
    @Ctx() context: RequestContext,
  ): Promise<Staff> {
    return await createStaff(context.em, context.actor, input);
  }

  @Mutation(() => Staff)
  async updateStaff(
    @Arg('staffId', () => ID) staffId: string,
    @Arg('input', () => StaffInput) input: StaffInput,
    @Ctx() context: RequestContext,
  ): Promise<Staff> {
    const staff = await updateStaff(context.em, context.actor, staffId, input);
    // Deactivation and a new password end the sessions: their live connections end with them.
    if (!staff.active || input.password) context.app.connections.closeStaff(staff.id, 'sessions ended');
    return staff;
  }

  @Mutation(() => Staff)
  async resetPassword(
    @Arg('staffId', () => ID) staffId: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: RequestContext,
  ): Promise<Staff> {
    const staff = await resetPassword(context.em, context.actor, staffId, password);
    context.app.connections.closeStaff(staff.id, 'sessions ended');
    return staff;
  }

  /** The staff member's halls that the caller reaches. */
  @FieldResolver(() => [Hall])
  async halls(@Root() staff: Staff, @Ctx() context: RequestContext): Promise<Hall[]> {
    const halls = await staff.halls.load();
    const visible: Hall[] = [];
    for (const hall of halls) if (await reachesHall(context.actor, hall.id)) visible.push(hall);
    return visible.sort((a, b) => a.code.localeCompare(b.code));
  }
}
