import { appViteConfig } from '../shared/tooling/vite-app-config.ts';

export default appViteConfig({ appName: 'hall-display', devPort: 5173, testUrl: 'http://hall.test/display' });
