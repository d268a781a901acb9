import { appViteConfig } from '../shared/tooling/vite-app-config.ts';

export default appViteConfig({
  appName: 'counter-client',
  devPort: 5174,
  testUrl: 'http://hall.test/counter',
});
