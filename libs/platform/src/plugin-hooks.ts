import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ActivationCheck, ContractCheck, ExitCheck, TransferHook } from './lifecycle-hooks';
import { PluginRegistry } from './plugin-registry';

/** The lifecycle hooks the plugins declare, as the provider instances of their modules. */
@Injectable()
export class PluginHooks {
  private resolved: { activation: ActivationCheck[]; transfer: TransferHook[]; contract: ContractCheck[]; exit: ExitCheck[] } | null = null;

  constructor(
    private readonly registry: PluginRegistry,
    private readonly moduleRef: ModuleRef,
  ) {}

  private get all() {
    this.resolved ??= {
      activation: this.registry.hooks('activation').map((type) => this.moduleRef.get(type, { strict: false })),
      transfer: this.registry.hooks('transfer').map((type) => this.moduleRef.get(type, { strict: false })),
      contract: this.registry.hooks('contract').map((type) => this.moduleRef.get(type, { strict: false })),
      exit: this.registry.hooks('exit').map((type) => this.moduleRef.get(type, { strict: false })),
    };
    return this.resolved;
  }

  activationChecks(): ActivationCheck[] {
    return this.all.activation;
  }

  transferHooks(): TransferHook[] {
    return this.all.transfer;
  }

  contractChecks(): ContractCheck[] {
    return this.all.contract;
  }

  exitChecks(): ExitCheck[] {
    return this.all.exit;
  }
}
