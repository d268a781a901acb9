import { Role } from '@onestop/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Device } from './device.entity.js';
import {
  createDeviceToken,
  currentDevice,
  heartbeat,
  isDeviceOnline,
  listDevices,
  revokeDevice,
} from './device.service.js';
import { DeviceToken } from './device.types.js';

@Resolver(() => Device)
export class DeviceResolver {
  @Query(() => [Device])
  async devices(@Arg('hallId', () => ID) hallId: string, @Ctx() context: RequestContext): Promise<Device[]> {
    return await listDevices(context.em, context.actor, hallId);
  }

  @Query(() => Device, { nullable: true, description: 'The kiosk or display the token belongs to' })
  async myDevice(@Ctx() context: RequestContext): Promise<Device | null> {
    return await currentDevice(context.em, context.actor);
  }

  @Mutation(() => DeviceToken)
  async createDeviceToken(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('role', () => Role) role: Role,
    @Arg('name', () => String) name: string,
    @Ctx() context: RequestContext,
  ): Promise<DeviceToken> {
    return await createDeviceToken(context.em, context.actor, hallId, role, name, context.app.clock());
  }

  @Mutation(() => Device)
  async revokeDevice(
    @Arg('deviceId', () => ID) deviceId: string,
    @Ctx() context: RequestContext,
  ): Promise<Device> {
    const device = await revokeDevice(context.em, context.actor, deviceId, context.app.clock());
    // Its open displays and kiosk feeds end now, not at their next reconnect.
    context.app.connections.closeDevice(device.id, 'device revoked');
    return device;
  }

  @Mutation(() => Device, {
    description: 'A device says it is alive (kiosks and displays, every 30 s or so)',
  })
  async heartbeat(@Ctx() context: RequestContext): Promise<Device> {
    return await heartbeat(context.em, context.actor, context.app.clock());
  }

  @FieldResolver(() => Boolean)
  online(@Root() device: Device, @Ctx() context: RequestContext): boolean {
    return isDeviceOnline(device, context.app.clock());
  }
}
