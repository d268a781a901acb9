import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Staff } from '../staff/staff.entity.js';
import { currentStaff, login, logout } from './auth.service.js';
import { Session } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Query(() => Staff, { nullable: true })
  async me(@Ctx() context: RequestContext): Promise<Staff | null> {
    return await currentStaff(context.em, context.actor);
  }

  @Mutation(() => Session)
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: RequestContext,
  ): Promise<Session> {
    const result = await login(context.em, context.app, context.clientAddress, username, password);
    context.actor = result.actor;
    return result;
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() context: RequestContext): Promise<boolean> {
    return await logout(context.em, context.actor, context.app.clock());
  }
}
