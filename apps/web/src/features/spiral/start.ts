import { emptySpiral, type Vault } from '@securebase/core';

/** Starts a spiral as a saved draft right away, so nothing typed afterwards can be lost. */
export async function startSpiral(vault: Vault): Promise<string> {
  const rec = await vault.create('spiral', emptySpiral(Date.now()));
  return rec.id;
}
