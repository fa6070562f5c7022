import { AppConfig, shanghaiToday } from '@gridhr/common';
import { seedDemo } from '@gridhr/demo';
import { createCliContext } from './cli-context';

/** Seeds the demo county through a command-line context on the configured database; false when it was not empty. */
export async function seedDemoDatabase(config: AppConfig): Promise<boolean> {
  const context = await createCliContext();
  try {
    return await seedDemo(context, { today: config.clockToday ?? shanghaiToday() });
  } finally {
    await context.close();
  }
}
