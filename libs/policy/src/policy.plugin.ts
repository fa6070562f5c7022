import { DomainPlugin } from '@gridhr/platform';
import { PolicySetting } from './policy-setting.entity';
import { PolicyModule } from './policy.module';

/** Jurisdiction policy: the settings regions store; the numbers themselves are declared by each domain. */
export const policyPlugin: DomainPlugin = { name: 'policy', module: PolicyModule, entities: [PolicySetting] };
