// A real worker process with a changed plugin list, for the boot-check tests:
//   node -r ./test/support/ts-register.js test/support/worker-variant.ts <variant>
import { Injectable, Module } from '@nestjs/common';
import { DOMAINS } from '@gridhr/domains';
import { DomainPlugin, JobHandler } from '@gridhr/platform';
import { PUBLICITY_END } from '@gridhr/recruiting';
import { runWorker } from '../../apps/worker/src/main';

@Injectable()
class RogueHandler implements JobHandler<unknown> {
  async handle(): Promise<void> {}
}

@Module({ providers: [RogueHandler] })
class RogueModule {}

const VARIANTS: Record<string, () => DomainPlugin[]> = {
  // An older build: the training rules without the last one.
  'fewer-rules': () => DOMAINS.map((d) => (d.name === 'training' ? { ...d, rules: d.rules!.slice(0, -1) } : d)),
  // A second domain handling the end of publicity.
  'duplicate-handler': () => [...DOMAINS, { name: 'rogue', module: RogueModule, handlers: [{ job: PUBLICITY_END, handler: RogueHandler }] }],
  // Recruiting without its handler of the end of publicity.
  'missing-handler': () => DOMAINS.map((d) => (d.name === 'recruiting' ? { ...d, handlers: d.handlers!.filter((h) => h.job !== PUBLICITY_END) } : d)),
};

const variant = VARIANTS[process.argv[2]];
if (!variant) throw new Error(`unknown variant ${process.argv[2]}; known: ${Object.keys(VARIANTS).join(', ')}`);
void runWorker(variant());
