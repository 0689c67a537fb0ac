import { expect, it } from 'vitest';

it('runs in UTC whatever the machine is set to (vitest.config.ts pins TZ)', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('UTC');
  expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(0);
});
