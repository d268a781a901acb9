import { graphql } from '../gql';

// Every GraphQL document of the manager console and the administration, in one place so that
// codegen names them once and the pages share their fragments.

export const consoleHallsQuery = graphql(`
  query ConsoleHalls {
    halls {
      id
      code
      name
      nameEn
      timezone
      targetWaitMinutes
      maxRecalls
    }
  }
`);

export const hallStatusFieldsFragment = graphql(`
  fragment ConsoleHallStatusFields on HallStatus {
    hallId
    seq
    board {
      at
      queues {
        waiting
        oldestQueuedAt
        estimate {
          p50Minutes
          p90Minutes
        }
        service {
          id
          name
          nameEn
          prefix
          targetWaitMinutes
        }
      }
    }
    counters {
      id
      label
      status
      pauseReason
      staff {
        id
        displayName
      }
      currentTicket {
        id
        number
        status
        service {
          id
          name
          nameEn
        }
      }
    }
    devices {
      id
      name
      role
      online
      lastSeenAt
    }
    alerts {
      kind
      message
      since
      service {
        id
      }
      counter {
        id
        label
      }
      device {
        id
        name
      }
    }
  }
`);

export const hallStatusSubscription = graphql(`
  subscription ConsoleHallStatusUpdated($hallId: ID!) {
    hallStatusUpdated(hallId: $hallId) {
      ...ConsoleHallStatusFields
    }
  }
`);

export const statsRowFieldsFragment = graphql(`
  fragment ConsoleStatsRowFields on StatsRow {
    key
    label
    issued
    served
    noShows
    cancelled
    expired
    avgWaitSeconds
    p50WaitSeconds
    p90WaitSeconds
    maxWaitSeconds
    avgServiceSeconds
    p50ServiceSeconds
    p90ServiceSeconds
    slaRate
    noShowRate
    abandonRate
    waitedOver
    ratings
    satisfactionRate
    utilisation
  }
`);

export const waitStatsQuery = graphql(`
  query ConsoleWaitStats($input: StatsInput!) {
    waitStats(input: $input) {
      ...ConsoleStatsRowFields
    }
  }
`);

export const waitStatsCsvQuery = graphql(`
  query ConsoleWaitStatsCsv($input: StatsInput!) {
    waitStatsCsv(input: $input)
  }
`);

export const hallSetupQuery = graphql(`
  query ConsoleHallSetup($hallId: ID!) {
    hall(id: $hallId) {
      id
      code
      name
      nameEn
      timezone
      targetWaitMinutes
      maxRecalls
      services {
        id
        code
        prefix
        name
        nameEn
        targetWaitMinutes
        dailyQuota
        queueAlertThreshold
        active
      }
      counters {
        id
        label
        status
        services {
          rank
          service {
            id
            prefix
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const hallStaffQuery = graphql(`
  query ConsoleHallStaff($hallId: ID) {
    staff(hallId: $hallId) {
      id
      username
      displayName
      role
      active
      halls {
        id
        name
        nameEn
      }
    }
  }
`);

export const ratingsQuery = graphql(`
  query ConsoleRatings($hallId: ID!, $from: DateTime!, $to: DateTime!) {
    ratings(hallId: $hallId, from: $from, to: $to) {
      id
      score
      comment
      createdAt
      followUpNote
      followedUpAt
      ticket {
        id
        number
      }
      segment {
        id
        service {
          id
          name
          nameEn
        }
        counter {
          id
          label
        }
        staff {
          id
          displayName
        }
      }
    }
  }
`);

export const followUpRatingMutation = graphql(`
  mutation ConsoleFollowUpRating($ratingId: ID!, $note: String!) {
    followUpRating(ratingId: $ratingId, note: $note) {
      id
      followUpNote
      followedUpAt
    }
  }
`);

export const updateHallMutation = graphql(`
  mutation ConsoleUpdateHall($hallId: ID!, $input: HallSettingsInput!) {
    updateHall(hallId: $hallId, input: $input) {
      id
      name
      nameEn
      timezone
      targetWaitMinutes
      maxRecalls
    }
  }
`);

export const createServiceMutation = graphql(`
  mutation ConsoleCreateService($hallId: ID!, $input: ServiceInput!) {
    createService(hallId: $hallId, input: $input) {
      id
    }
  }
`);

export const updateServiceMutation = graphql(`
  mutation ConsoleUpdateService($serviceId: ID!, $input: ServiceInput!) {
    updateService(serviceId: $serviceId, input: $input) {
      id
    }
  }
`);

export const createCounterMutation = graphql(`
  mutation ConsoleCreateCounter($hallId: ID!, $label: String!) {
    createCounter(hallId: $hallId, label: $label) {
      id
    }
  }
`);

export const setCounterServicesMutation = graphql(`
  mutation ConsoleSetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {
    setCounterServices(counterId: $counterId, services: $services) {
      id
    }
  }
`);

export const createStaffMutation = graphql(`
  mutation ConsoleCreateStaff($input: StaffInput!) {
    createStaff(input: $input) {
      id
    }
  }
`);

export const updateStaffMutation = graphql(`
  mutation ConsoleUpdateStaff($staffId: ID!, $input: StaffInput!) {
    updateStaff(staffId: $staffId, input: $input) {
      id
      active
    }
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ConsoleResetPassword($staffId: ID!, $password: String!) {
    resetPassword(staffId: $staffId, password: $password) {
      id
    }
  }
`);

export const hallDevicesQuery = graphql(`
  query ConsoleDevices($hallId: ID!) {
    devices(hallId: $hallId) {
      id
      name
      role
      online
      lastSeenAt
      revoked
    }
  }
`);

export const createDeviceTokenMutation = graphql(`
  mutation ConsoleCreateDeviceToken($hallId: ID!, $name: String!, $role: Role!) {
    createDeviceToken(hallId: $hallId, name: $name, role: $role) {
      id
      name
      role
      token
    }
  }
`);

export const revokeDeviceMutation = graphql(`
  mutation ConsoleRevokeDevice($deviceId: ID!) {
    revokeDevice(deviceId: $deviceId) {
      id
      revoked
    }
  }
`);
