import { integerInRange } from './validation.js';

/**
 * A feature's settings with an administrator's changes applied (appointments, remote join): `enabled`
 * when given, and each numeric setting given, checked against its limits (`BAD_USER_INPUT` naming
 * it). What is left out keeps its value. Returns a new object.
 */
export function withSettingChanges<NumberSetting extends string>(
  settings: { enabled: boolean } & Record<NumberSetting, number>,
  changes: { enabled?: boolean | null } & Partial<Record<NumberSetting, number | null>>,
  limits: Readonly<Record<NumberSetting, { min: number; max: number }>>,
): { enabled: boolean } & Record<NumberSetting, number> {
  const changed = { ...settings };
  if (changes.enabled != null) changed.enabled = changes.enabled;
  for (const setting of Object.keys(limits) as NumberSetting[]) {
    const value = changes[setting];
    if (value != null) {
      const { min, max } = limits[setting];
      (changed as Record<NumberSetting, number>)[setting] = integerInRange(setting, value, min, max);
    }
  }
  return changed;
}
