import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { AppointmentSettings } from '@onestop/shared';
import type { RequestContext } from '../../graphql/context.js';
import { Service } from '../services/service.entity.js';
import { appointmentSettingsOfService, setAppointmentSettings } from './appointment-settings.service.js';
import { AppointmentSettingsInput, AppointmentSettingsType } from './appointment-settings.types.js';

@Resolver(() => Service)
export class AppointmentSettingsResolver {
  @Mutation(() => Service)
  async setAppointmentSettings(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('input', () => AppointmentSettingsInput) input: AppointmentSettingsInput,
    @Ctx() context: RequestContext,
  ): Promise<Service> {
    return await setAppointmentSettings(context.em, context.actor, serviceId, input);
  }

  @FieldResolver(() => AppointmentSettingsType)
  appointmentSettings(@Root() service: Service): AppointmentSettings {
    return appointmentSettingsOfService(service);
  }
}
