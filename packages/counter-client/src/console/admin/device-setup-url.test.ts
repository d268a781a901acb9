import { describe, expect, it } from 'vitest';
import { deviceSetupUrl } from './device-setup-url';

describe('deviceSetupUrl', () => {
  it('sends a kiosk to /kiosk and a display to /display, the token escaped', () => {
    expect(deviceSetupUrl('https://hall.example', 'KIOSK', 'abc+/=')).toBe(
      'https://hall.example/kiosk?token=abc%2B%2F%3D',
    );
    expect(deviceSetupUrl('http://10.0.0.2:4000', 'DISPLAY', 'xyz')).toBe(
      'http://10.0.0.2:4000/display?token=xyz',
    );
  });
});
