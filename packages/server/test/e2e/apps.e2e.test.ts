import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureState } from './accessibility.js';
import { demoPassword, startDemoApp, type DemoApp } from './demo-app.js';

// The real server serving the built apps (packages/*/dist) with the demo district, in Chromium.
let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'apps' });
});
afterAll(async () => await demo?.close());

describe('the apps, served by the server', () => {
  it('shows the wall display of the demo hall with its display token', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${demo.testApp.url}/display?token=${demo.deviceToken('DISPLAY')}`);
    await page.getByRole('heading', { name: /青山区政务服务中心/ }).waitFor();
    await expect(page.getByText('社会保障').first().isVisible()).resolves.toBe(true);
    // The demo's district centre shows Mongolian first, then Chinese and English.
    const lines = await page.locator('h1 [lang]').all();
    expect(await Promise.all(lines.map((line) => line.getAttribute('lang')))).toEqual([
      'mn-Mong',
      'zh-CN',
      'en',
    ]);
    // The token moved from the address into the browser's storage.
    expect(new URL(page.url()).searchParams.get('token')).toBeNull();
    await captureState(page, 'display-landscape.png');
    await page.close();
  });

  it('shows the kiosk of the demo hall, and leads a revoked token back to the setup screen', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(`${demo.testApp.url}/kiosk?token=${demo.deviceToken('KIOSK')}`);
    await page.getByRole('heading', { name: /青山区政务服务中心/ }).waitFor();
    await page.locator('h1 [lang="mn-Mong"]').waitFor();
    await captureState(page, 'kiosk-portrait.png');

    const adminToken = await demo.testApp.login('admin', demoPassword);
    const kioskId = (
      await demo.testApp.graphql<{ devices: { id: string; role: string }[] }>(
        'query($hallId: ID!) { devices(hallId: $hallId) { id role } }',
        { hallId: demo.hall.id },
        { token: adminToken },
      )
    ).data!.devices.find((device) => device.role === 'KIOSK')!.id;
    await demo.testApp.graphql(
      'mutation($id: ID!) { revokeDevice(deviceId: $id) { id } }',
      { id: kioskId },
      { token: adminToken },
    );
    await page.reload();
    await page.locator('input[name="deviceToken"]').waitFor();
    await captureState(page, 'kiosk-revoked.png');
    await page.close();
  });

  it('logs a clerk in at /counter and shows the counters of their hall', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await demo.logIn(page, '/counter', 'clerk1');
    await page.getByText('李明').first().waitFor();
    // The counter picker names services in the browser's language (Chromium here speaks English).
    await page
      .getByText(/社会保障|Social Security/)
      .first()
      .waitFor();
    await captureState(page, 'counter.png');

    // A clerk may not administer: /admin says so instead of showing the page.
    await page.goto(`${demo.testApp.url}/admin`);
    await page
      .getByText(/无权|not allowed/i)
      .first()
      .waitFor();
    await page.close();
  });

  it('shows the administration page to the admin', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 } });
    // The staff are one tab of the administration.
    await demo.logIn(page, '/admin?tab=staff', 'admin');
    await page.getByText('clerk2').first().waitFor();
    await captureState(page, 'admin.png');
    await page.close();
  });
});
