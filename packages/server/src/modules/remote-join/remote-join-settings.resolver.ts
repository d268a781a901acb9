import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RemoteJoinSettings } from '@onestop/shared';
import type { RequestContext } from '../../graphql/context.js';
import { Service } from '../services/service.entity.js';
import { remoteJoinSettingsOfService, setRemoteJoinSettings } from './remote-join-settings.service.js';
import { RemoteJoinSettingsInput, RemoteJoinSettingsType } from './remote-join.types.js';

@Resolver(() => Service)
export class RemoteJoinSettingsResolver {
  @Mutation(() => Service)
  async setRemoteJoinSettings(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('input', () => RemoteJoinSettingsInput) input: RemoteJoinSettingsInput,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return await setRemoteJoinSettings(context.em, context.actor, serviceId, input);
  }

  @FieldResolver(() => RemoteJoinSettingsType)
  remoteJoinSettings(@Root() service: Service): RemoteJoinSettings {
    return remoteJoinSettingsOfService(service);
  }
}
