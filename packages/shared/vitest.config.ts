import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The service-day sweep is two CPU-bound files: one per core (Vitest's default leaves one idle).
    maxWorkers: 2,
  },
});
