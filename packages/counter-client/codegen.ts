import { appCodegenConfig } from '../shared/tooling/codegen-config.ts';

export default appCodegenConfig;
